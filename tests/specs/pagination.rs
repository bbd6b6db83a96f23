//! Pagination in specs: by page number or by token, and each way a `pagination:` entry can
//! name the wrong thing.

use super::{assert_one, DESCRIBE};
use tests::edited;

#[test]
fn pagination_naming_a_missing_parameter() {
    let files = edited(DESCRIBE, "  page_size: PageSize\n", "  page_size: Size\n");
    assert_one(
        &files,
        DESCRIBE,
        "page_size: Size",
        "pagination.page_size",
        "no parameter `Size`",
    );
}

const LIST: &str = "rds/ListImportTasks.yaml";

#[test]
fn token_pagination_is_modelled() {
    let model = codegen::model::load(&tests::real_specs()).unwrap();
    let list = model
        .products
        .iter()
        .flat_map(|p| &p.operations)
        .find(|o| o.action == "ListImportTasks")
        .unwrap();
    let p = list.pagination.as_ref().expect("paginated by token");
    match &p.by {
        codegen::model::PageBy::Token { param, next } => {
            assert_eq!(
                (param.as_str(), next.dotted()),
                ("next_token", "NextToken".into())
            );
        }
        other => panic!("pages by token, not {other:?}"),
    }
    assert_eq!(
        (p.page_size.as_str(), p.total.is_none()),
        ("max_results", true)
    );
}

#[test]
fn token_pagination_without_the_answer_field() {
    let files = edited(
        LIST,
        "  next_token: NextToken
",
        "",
    );
    assert_one(
        &files,
        LIST,
        "pagination:",
        "pagination",
        "pages by token need both `token` (the parameter) and `next_token` (the response field)",
    );
}

#[test]
fn token_pagination_naming_a_field_that_is_not_text() {
    let files = edited(
        LIST,
        "  next_token: NextToken
",
        "  next_token: MaxResults
",
    );
    assert_one(
        &files,
        LIST,
        "next_token: MaxResults",
        "pagination.next_token",
        "`MaxResults` is not a string field",
    );
}

#[test]
fn token_pagination_naming_a_parameter_that_is_not_text() {
    let files = edited(
        LIST,
        "  token: NextToken
",
        "  token: MaxResults
",
    );
    assert_one(
        &files,
        LIST,
        "token: MaxResults",
        "pagination.token",
        "parameter `MaxResults` is not a string",
    );
}

#[test]
fn pagination_by_number_and_by_token_at_once() {
    let files = edited(
        DESCRIBE,
        "  page_number: PageNumber
",
        "  page_number: PageNumber
  token: ResourceGroupId
",
    );
    assert_one(
        &files,
        DESCRIBE,
        "pagination:",
        "pagination",
        "give either `page_number` (pages by number) or `token` and `next_token` (pages by token)",
    );
}

#[test]
fn pagination_by_number_without_a_total() {
    let files = edited(
        DESCRIBE,
        "  total: TotalRecordCount
",
        "",
    );
    assert_one(
        &files,
        DESCRIBE,
        "pagination:",
        "pagination.total",
        "pages by number need the response's `total` to know when to stop",
    );
}
