//! Paginators on the wire: page numbers until the total or an empty page, tokens until an
//! answer names no next page (or names the page just read).

use super::{assert_signed, config, SECRET};
use alicloud_migration::rds;
use serde_json::json;
use tests::server::{Reply, Server};

#[tokio::test]
async fn describe_imports_from_database_pages_until_the_total() {
    let server = Server::start(SECRET).await;
    let item =
        |id: i64| json!({"ImportId": id, "ImportDataStatus": "Success", "ImportDataType": "Full"});
    server
        .push(Reply::json(200, json!({"TotalRecordCount": 5, "PageNumber": 1, "PageRecordCount": 2, "RequestId": "a", "Items": {"ImportResultFromDB": [item(1), item(2)]}})))
        .push(Reply::json(200, json!({"TotalRecordCount": "5", "PageNumber": 2, "PageRecordCount": 2, "RequestId": "b", "Items": {"ImportResultFromDB": [item(3), item(4)]}})))
        .push(Reply::json(200, json!({"TotalRecordCount": 5, "PageNumber": 3, "PageRecordCount": 1, "RequestId": "c", "Items": {"ImportResultFromDB": [item(5)]}})));
    let items = rds::Client::new(&config(&server))
        .describe_imports_from_database()
        .db_instance_id("rm-bp1")
        .engine("MySQL")
        .start_time("2011-06-11T15:00Z")
        .end_time("2011-06-11T16:00Z")
        .page_size(30)
        .client_token("user-token")
        .paginate()
        .collect_items()
        .await
        .unwrap();
    let ids: Vec<_> = items.iter().map(|i| i.import_id.unwrap()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3, "stops at the total, no fourth request");
    assert_signed(&reqs, "DescibeImportsFromDatabase", "2014-08-15");
    let pages: Vec<_> = reqs
        .iter()
        .map(|r| r.param("PageNumber").unwrap_or("unset").to_owned())
        .collect();
    assert_eq!(pages, ["unset", "2", "3"]);
    assert!(reqs.iter().all(|r| r.param("PageSize") == Some("30")));
    // The user's token goes with the first page; later pages get tokens of their own.
    assert_eq!(reqs[0].param("ClientToken"), Some("user-token"));
    let (t2, t3) = (
        reqs[1].param("ClientToken").unwrap(),
        reqs[2].param("ClientToken").unwrap(),
    );
    assert!(t2 != "user-token" && t2 != t3);
}

#[tokio::test]
async fn paging_stops_on_an_empty_page_without_a_total() {
    let server = Server::start(SECRET).await;
    server
        .push(Reply::json(
            200,
            json!({"Items": {"ImportResultFromDB": [{"ImportId": 1}]}}),
        ))
        .push(Reply::json(
            200,
            json!({"Items": {"ImportResultFromDB": []}}),
        ));
    let mut pages = rds::Client::new(&config(&server))
        .describe_imports_from_database()
        .db_instance_id("rm-bp1")
        .engine("MySQL")
        .start_time("2011-06-11T15:00Z")
        .end_time("2011-06-11T16:00Z")
        .paginate();
    assert!(pages.next_page().await.unwrap().is_ok());
    assert!(pages.next_page().await.unwrap().is_ok());
    assert!(pages.next_page().await.is_none());
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn list_import_tasks_pages_by_token_until_none_is_given() {
    let server = Server::start(SECRET).await;
    let item = |id: i64| json!({"TaskId": id, "Status": "SUCCESS"});
    server
        .push(Reply::json(
            200,
            json!({"Items": [item(1), item(2)], "NextToken": "t-2"}),
        ))
        .push(Reply::json(
            200,
            json!({"Items": [item(3), item(4)], "NextToken": "t-3"}),
        ))
        .push(Reply::json(
            200,
            json!({"Items": [item(5)], "NextToken": ""}),
        ));
    let items = rds::Client::new(&config(&server))
        .list_import_tasks()
        .db_instance_id("rm-bp1")
        .region_id("cn-hangzhou")
        .max_results(2)
        .paginate()
        .collect_items()
        .await
        .unwrap();
    let ids: Vec<_> = items.iter().map(|i| i.task_id.unwrap()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3, "an empty NextToken ends the paging");
    assert_signed(&reqs, "ListImportTasks", "2014-08-15");
    let tokens: Vec<_> = reqs
        .iter()
        .map(|r| r.param("NextToken").unwrap_or("unset").to_owned())
        .collect();
    assert_eq!(tokens, ["unset", "t-2", "t-3"]);
    assert!(reqs.iter().all(|r| r.param("MaxResults") == Some("2")));
}

#[tokio::test]
async fn token_paging_starts_where_the_caller_says_and_never_loops_on_one_token() {
    let server = Server::start(SECRET).await;
    // A service that names the page it just served as the next one: read once, then stop.
    server
        .push(Reply::json(
            200,
            json!({"Items": [{"TaskId": 7}], "NextToken": "t-7"}),
        ))
        .push(Reply::json(
            200,
            json!({"Items": [{"TaskId": 8}], "NextToken": "t-7"}),
        ))
        .push(Reply::json(200, json!({"Items": [{"TaskId": 9}]})));
    let mut pages = rds::Client::new(&config(&server))
        .list_import_tasks()
        .db_instance_id("rm-bp1")
        .region_id("cn-hangzhou")
        .next_token("t-6")
        .paginate();
    assert!(pages.next_page().await.unwrap().is_ok());
    assert!(pages.next_page().await.unwrap().is_ok());
    assert!(pages.next_page().await.is_none());
    let tokens: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.param("NextToken").unwrap_or("unset").to_owned())
        .collect();
    assert_eq!(tokens, ["t-6", "t-7"]);
}
