"""Computes ACS3-HMAC-SHA256 Authorization headers with the vendor's own Python package
(alibabacloud-openapi-util), for requests our client sent. Reads a JSON list of requests on
stdin, prints a JSON list of Authorization values."""
import json
import sys

from alibabacloud_openapi_util.client import Client
from Tea.request import TeaRequest

out = []
for r in json.load(sys.stdin):
    req = TeaRequest()
    req.method = r["method"]
    req.pathname = r["path"]
    req.query = dict(r["query"])
    req.headers = dict(r["headers"])
    out.append(Client.get_authorization(req, "ACS3-HMAC-SHA256", r["payload"], r["ak"], r["secret"]))
json.dump(out, sys.stdout)
