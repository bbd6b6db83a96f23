//! Loopback throughput of the full client (validate, sign, send, read, parse) against the
//! local test server, beside two bare POSTs of the same bytes to the same server: with
//! reqwest (the yardstick of the performance targets) and with hyper's pooled client, which
//! the runtime is built on (the floor no client on it can beat). Sequential calls on one
//! connection.
//!
//! `cargo bench -p benches --bench throughput`

use alicloud_migration::{rds, Config, Credentials, OperationInput as _, RetryPolicy};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::json;
use tests::server::{Reply, Server};

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // No tracing subscriber, as in a program that has not turned on debug logging (the test
    // suite's TRACE-level capture would format every span into memory).
    let server = rt.block_on(Server::start_untraced("bench-secret"));
    server.serve_forever(Reply::json(
        200,
        json!({"RequestId": "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74"}),
    ));
    let config = Config::builder()
        .endpoint(server.url())
        .credentials(Credentials::new("id", "bench-secret"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let client = rds::Client::new(&config);

    // The bare POSTs: the same request line, headers and body, already signed.
    let bare = reqwest::Client::builder().build().unwrap();
    let req = client
        .cancel_import()
        .db_instance_id("rm-uf6wjk5xxxxxxx")
        .import_id(8562584)
        .build()
        .unwrap()
        .to_request();
    let signed = alicloud_migration::runtime::Client::new(&config, req.op.product)
        .signed_request(&req, &Credentials::new("id", "bench-secret"))
        .unwrap();
    let uri = signed.uri().clone();
    let url = reqwest::Url::parse(&uri.to_string()).unwrap();
    let headers = signed.headers().clone();

    let mut group = c.benchmark_group("loopback");
    group.throughput(Throughput::Elements(1));
    group.bench_function("client: CancelImport", |b| {
        b.iter(|| {
            rt.block_on(
                client
                    .cancel_import()
                    .db_instance_id("rm-uf6wjk5xxxxxxx")
                    .import_id(8562584)
                    .send(),
            )
            .unwrap();
        })
    });
    group.bench_function("bare reqwest POST", |b| {
        b.iter(|| {
            rt.block_on(async {
                let resp = bare
                    .post(url.clone())
                    .headers(headers.clone())
                    .send()
                    .await
                    .unwrap();
                resp.bytes().await.unwrap();
            })
        })
    });
    let hy: hyper_util::client::legacy::Client<_, http_body_util::Full<bytes::Bytes>> =
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build(hyper_util::client::legacy::connect::HttpConnector::new());
    group.bench_function("bare hyper POST", |b| {
        b.iter(|| {
            rt.block_on(async {
                let mut req = hyper::Request::new(http_body_util::Full::new(bytes::Bytes::new()));
                *req.method_mut() = hyper::Method::POST;
                *req.uri_mut() = uri.clone();
                *req.headers_mut() = headers.clone();
                let resp = hy.request(req).await.unwrap();
                use http_body_util::BodyExt;
                resp.into_body().collect().await.unwrap().to_bytes();
            })
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
