"""Computes a legacy RPC HMAC-SHA1 signature with the vendor's own Python package
(alibabacloud-openapi-util). Reads {"params": {...}, "method": "GET", "secret": "..."} on
stdin, prints the signature."""
import json
import sys

from alibabacloud_openapi_util.client import Client

r = json.load(sys.stdin)
sys.stdout.write(Client.get_rpcsignature(r["params"], r["method"], r["secret"]))
