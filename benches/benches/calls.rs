//! Per-call overhead without I/O: building, validating, encoding and signing one request of
//! each operation, parsing each operation's documented response, and getting the credentials
//! (fixed keys beside a role's, cached).
//!
//! `cargo bench -p benches --bench calls`

use alicloud_migration::runtime::{self, HttpResponse, Request};
use alicloud_migration::{dataworks_public, dts, rds, Config, Credentials, OperationInput as _};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use serde_json::json;
use std::collections::BTreeMap;

fn config() -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credentials::new("LTAI5tExampleId", "example-secret"))
        .build()
        .unwrap()
}

/// Makes one operation's request.
type Builder<'a> = Box<dyn Fn() -> Request + 'a>;

/// Builds, validates, encodes and signs: all a call does before its first byte is sent.
fn bench_build_and_sign(c: &mut Criterion) {
    let config = config();
    let creds = Credentials::new("LTAI5tExampleId", "example-secret");
    let (rds, dts, dw) = (
        rds::Client::new(&config),
        dts::Client::new(&config),
        dataworks_public::Client::new(&config),
    );
    let runtime = |req: &Request| runtime::Client::new(&config, req.op.product);
    let mut group = c.benchmark_group("build+sign");
    let ops: Vec<(&str, Builder<'_>)> = vec![
        (
            "ModifyImportTask",
            Box::new(|| {
                rds.modify_import_task()
                    .region_id("cn-hangzhou")
                    .db_instance_id("rm-2ze63v2p3o3k")
                    .task_id("1234567")
                    .operation("CANCEL")
                    .build()
                    .unwrap()
                    .to_request()
            }),
        ),
        (
            "DescibeImportsFromDatabase",
            Box::new(|| {
                rds.describe_imports_from_database()
                    .db_instance_id("rm-bp1")
                    .engine("MySQL")
                    .start_time("2011-06-11T15:00Z")
                    .end_time("2011-06-11T16:00Z")
                    .page_size(50)
                    .client_token("ETnLKlblzczshOTUbOCz")
                    .build()
                    .unwrap()
                    .to_request()
            }),
        ),
        (
            "CancelImport",
            Box::new(|| {
                rds.cancel_import()
                    .db_instance_id("rm-uf6")
                    .import_id(8562584)
                    .build()
                    .unwrap()
                    .to_request()
            }),
        ),
        (
            "ModifyDtsJob",
            Box::new(|| {
                dts.modify_dts_job()
                    .dts_instance_id("dtsbi6e22ay243")
                    .db_list(
                        [(
                            "dtstest".to_owned(),
                            dts::modify_dts_job::DbListEntry {
                                name: Some("dtstest".into()),
                                all: Some(true),
                                ..Default::default()
                            },
                        )]
                        .into_iter()
                        .collect::<BTreeMap<_, _>>(),
                    )
                    .reserved(
                        [("maxRetryTime".to_owned(), json!(43200))]
                            .into_iter()
                            .collect::<BTreeMap<_, _>>(),
                    )
                    .client_token("0c593ea1-3bea-11e9")
                    .build()
                    .unwrap()
                    .to_request()
            }),
        ),
        (
            "UpdateDISyncTask",
            Box::new(|| {
                dw.update_di_sync_task()
                .project_id(10000)
                .task_type("DI_OFFLINE")
                .task_content(json!({"type": "job", "version": "2.0", "steps": [{"stepType": "mysql"}, {"stepType": "odps"}]}))
                .task_param(dataworks_public::update_di_sync_task::TaskParam { resource_group: Some("S_res_group".into()), ..Default::default() })
                .file_id(1000000)
                .build()
                .unwrap()
                .to_request()
            }),
        ),
    ];
    for (name, build) in &ops {
        let client = runtime(&build());
        group.bench_function(*name, |b| {
            b.iter(|| black_box(client.signed_request(&build(), &creds).unwrap()))
        });
    }
    group.finish();
}

fn response(body: serde_json::Value) -> HttpResponse {
    HttpResponse {
        status: 200,
        headers: Default::default(),
        body: body.to_string().into_bytes(),
    }
}

/// Parsing each documented success body into the typed output.
fn bench_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    let item = |i: i64| json!({"ImportDataStatus": "FullImporting", "ImportDataStatusDescription": "d", "ImportDataType": "Full", "ImportId": i, "IncrementalImportingTime": "2011-06-11T15:00Z"});
    let modify = response(
        json!({"RequestId": "069EB9B1-DE12-54B9-8C20-822", "TaskId": 41698, "TaskName": "task_1234", "Status": "IMPORTING"}),
    );
    let describe = response(
        json!({"TotalRecordCount": 30, "PageRecordCount": 30, "RequestId": "B000AA91", "PageNumber": 1, "Items": {"ImportResultFromDB": (0..30).map(item).collect::<Vec<_>>()}}),
    );
    let cancel = response(json!({"RequestId": "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74"}));
    let dts_job = response(
        json!({"DtsJobId": "bi6e22a", "RequestId": "1D6ECADF-C5E9-4C96-8811-77602B31", "Success": true}),
    );
    let di = response(
        json!({"Success": true, "RequestId": "0bc1411515937635973", "Data": {"Status": "success", "Message": ""}}),
    );
    group.bench_function("ModifyImportTask", |b| {
        b.iter(|| {
            runtime::parse::<rds::ModifyImportTaskOutput, rds::ModifyImportTaskError>(black_box(
                &modify,
            ))
            .unwrap()
        })
    });
    group.bench_function("DescibeImportsFromDatabase (30 items)", |b| {
        b.iter(|| {
            runtime::parse::<
                rds::DescribeImportsFromDatabaseOutput,
                rds::DescribeImportsFromDatabaseError,
            >(black_box(&describe))
            .unwrap()
        })
    });
    group.bench_function("CancelImport", |b| {
        b.iter(|| {
            runtime::parse::<rds::CancelImportOutput, rds::CancelImportError>(black_box(&cancel))
                .unwrap()
        })
    });
    group.bench_function("ModifyDtsJob", |b| {
        b.iter(|| {
            runtime::parse::<dts::ModifyDtsJobOutput, dts::ModifyDtsJobError>(black_box(&dts_job))
                .unwrap()
        })
    });
    group.bench_function("UpdateDISyncTask", |b| {
        b.iter(|| {
            runtime::parse::<
                dataworks_public::UpdateDiSyncTaskOutput,
                dataworks_public::UpdateDiSyncTaskError,
            >(black_box(&di))
            .unwrap()
        })
    });
    group.finish();
}

/// What a call pays to get its credentials: fixed keys against a role's, cached (the cache's
/// fast path: no refresh due).
fn bench_credentials(c: &mut Criterion) {
    use alicloud_migration::runtime::credentials::cache::{Fetch, Refreshing};
    use alicloud_migration::{Clock, CredentialsError, ProvideCredentials};
    use std::time::{Duration, SystemTime};

    #[derive(Debug)]
    struct Issue;
    impl Fetch for Issue {
        fn source(&self) -> String {
            "a fixed role".into()
        }
        fn fetch(
            &self,
        ) -> std::pin::Pin<
            Box<
                dyn std::future::Future<Output = Result<Credentials, CredentialsError>> + Send + '_,
            >,
        > {
            Box::pin(async {
                Ok(Credentials::new("STS.id", "secret")
                    .with_security_token("CAIS-token")
                    .with_expiration(SystemTime::now() + Duration::from_secs(3600)))
            })
        }
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let keys = Credentials::new("LTAI5tExampleId", "example-secret");
    let role = Refreshing::new(Issue, Clock::default());
    rt.block_on(role.provide()).unwrap();
    let mut group = c.benchmark_group("credentials");
    group.bench_function("fixed keys", |b| {
        b.iter(|| rt.block_on(black_box(&keys).provide()).unwrap())
    });
    group.bench_function("a role's, cached", |b| {
        b.iter(|| rt.block_on(black_box(&role).provide()).unwrap())
    });
    group.finish();
}

criterion_group!(
    benches,
    bench_build_and_sign,
    bench_parse,
    bench_credentials
);
criterion_main!(benches);
