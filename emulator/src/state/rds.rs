//! RDS import tasks: validate the source (`ValidateImportTask`), create the task
//! (`CreateImportTask`), watch it (`DescribeImportTask`, `ListImportTasks`,
//! `DescibeImportsFromDatabase`), cancel or retry it (`CancelImport`, `ModifyImportTask`).
//!
//! A task moves through the documented `ImportDataStatus` values: `NotStart` (10 s),
//! `FullExporting` (60 s), `FullImporting` (120 s), `Success`; a cancel gives `Canceling`
//! (10 s), then `Canceled`. `ImportDatabaseBetweenInstances`, which starts the imports
//! `DescibeImportsFromDatabase` reports, is not in the specs: the emulator reports the tasks
//! of `CreateImportTask` there, with `ImportId` = `TaskId`, so the `import_finished` waiter
//! can be exercised. The task's own `Status` (DescribeImportTask, ListImportTasks) has no
//! documented values; the emulator reports `IMPORTING` (the page's example), `SUCCESS`,
//! `CANCELED` and `FAILED`.

use super::{timestamp, Args, Phase, World};
use crate::answer::first_item;
use crate::problem::Problem;
use serde_json::{json, Value};
use spec_model::record;

record! {
    #[derive(Clone, Debug)]
    pub struct ImportTask {
        pub db_instance: String = required "db_instance",
        pub phase: Phase = required "phase",
        pub created: u64 = required "created",
    }
}

impl ImportTask {
    fn advance(&mut self, now: u64) {
        self.phase.advance(now, |s| match s {
            "NotStart" => Some(("FullExporting", 10)),
            "FullExporting" => Some(("FullImporting", 60)),
            "FullImporting" => Some(("Success", 120)),
            "Canceling" => Some(("Canceled", 10)),
            _ => None,
        });
    }

    fn task_status(&self) -> &'static str {
        match self.phase.status.as_str() {
            "Success" => "SUCCESS",
            "Canceled" | "Canceling" => "CANCELED",
            "Failed" => "FAILED",
            _ => "IMPORTING",
        }
    }
}

fn instance<'a>(args: Args<'a>) -> Result<&'a str, Problem> {
    args.get("DBInstanceId")
        .or_else(|| args.get("DbInstanceId"))
        .ok_or_else(|| Problem::missing("DBInstanceId"))
}

/// The task `id` of the instance named in the request.
fn task<'w>(world: &'w mut World, args: Args<'_>, id: &str) -> Result<&'w mut ImportTask, Problem> {
    let db = instance(args)?;
    world
        .imports
        .get_mut(id)
        .filter(|t| t.db_instance == db)
        .ok_or_else(|| Problem::not_found("InvalidImportId.NotFound", "import task", id))
}

pub fn apply(
    world: &mut World,
    action: &str,
    args: Args<'_>,
    now: u64,
    spec: &Value,
) -> Result<Option<Value>, Problem> {
    for t in world.imports.values_mut() {
        t.advance(now);
    }
    Ok(Some(match action {
        "ValidateImportTask" => {
            let n = world.id();
            world
                .validations
                .insert(n.to_string(), instance(args)?.to_owned());
            json!({ "TaskId": n })
        }
        "DescribeImportTaskValidation" => {
            let id = args.require("TaskId")?;
            match world.validations.get(id) {
                Some(db) if db == instance(args)? => json!({ "Success": true }),
                _ => {
                    return Err(Problem::not_found(
                        "InvalidTaskId.NotFound",
                        "validation task",
                        id,
                    ))
                }
            }
        }
        "CreateImportTask" => {
            let n = world.id();
            let db = instance(args)?.to_owned();
            world.imports.insert(
                n.to_string(),
                ImportTask {
                    db_instance: db,
                    phase: Phase::new("NotStart", now),
                    created: now,
                },
            );
            json!({ "TaskId": n.to_string() })
        }
        "DescribeImportTask" => {
            let id = args.require("TaskId")?;
            let t = task(world, args, id)?;
            json!({
                "TaskId": id.parse::<i64>().unwrap_or_default(),
                "Status": t.task_status(),
                "TargetInstanceName": t.db_instance,
            })
        }
        "ListImportTasks" => {
            let db = instance(args)?;
            let start: usize = args
                .get("NextToken")
                .and_then(|t| t.parse().ok())
                .unwrap_or(0);
            let max = args.int("MaxResults", 30).max(1) as usize;
            let base = first_item(spec, &["Items"]);
            let all: Vec<(&String, &ImportTask)> = world
                .imports
                .iter()
                .filter(|(_, t)| t.db_instance == db)
                .collect();
            let items: Vec<Value> = all
                .iter()
                .skip(start)
                .take(max)
                .map(|(id, t)| {
                    let mut item = base.clone();
                    crate::answer::merge(
                        &mut item,
                        json!({
                            "TaskId": id.parse::<i64>().unwrap_or_default(),
                            "Status": t.task_status(),
                            "TargetInstanceName": t.db_instance,
                            "CreatedTime": timestamp(t.created),
                        }),
                    );
                    item
                })
                .collect();
            let next = (start + max < all.len()).then(|| (start + max).to_string());
            json!({ "Items": items, "MaxResults": max, "NextToken": next.unwrap_or_default() })
        }
        "DescibeImportsFromDatabase" => {
            let db = instance(args)?;
            let (page, size) = (args.int("PageNumber", 1).max(1), args.int("PageSize", 30));
            let base = first_item(spec, &["Items", "ImportResultFromDB"]);
            let all: Vec<Value> = world
                .imports
                .iter()
                .filter(|(id, t)| {
                    t.db_instance == db && args.get("ImportId").is_none_or(|x| x == id.as_str())
                })
                .map(|(id, t)| {
                    let mut item = base.clone();
                    crate::answer::merge(
                        &mut item,
                        json!({
                            "ImportId": id.parse::<i64>().unwrap_or_default(),
                            "ImportDataStatus": t.phase.status,
                            "ImportDataType": "Full",
                        }),
                    );
                    item
                })
                .collect();
            let total = all.len();
            let page_items: Vec<Value> = all
                .into_iter()
                .skip(((page - 1) * size) as usize)
                .take(size as usize)
                .collect();
            json!({
                "Items": { "ImportResultFromDB": page_items },
                "PageNumber": page,
                "PageRecordCount": page_items.len(),
                "TotalRecordCount": total,
            })
        }
        "CancelImport" => {
            let t = task(world, args, args.require("ImportId")?)?;
            cancel(t, now)?;
            json!({})
        }
        "ModifyImportTask" => {
            let id = args.require("TaskId")?;
            let t = task(world, args, id)?;
            match args.require("Operation")? {
                "CANCEL" => cancel(t, now)?,
                _ if matches!(t.phase.status.as_str(), "Failed" | "Canceled") => {
                    t.phase.set("NotStart", now)
                }
                _ => return Err(status_denied()),
            }
            json!({ "TaskId": id, "Status": t.task_status() })
        }
        _ => return Ok(None),
    }))
}

fn cancel(t: &mut ImportTask, now: u64) -> Result<(), Problem> {
    match t.phase.status.as_str() {
        "Success" | "Failed" | "Canceled" | "Canceling" => Err(status_denied()),
        _ => {
            t.phase.set("Canceling", now);
            Ok(())
        }
    }
}

/// ModifyImportTask's documented code (spelled as the service spells it).
fn status_denied() -> Problem {
    Problem::new(
        400,
        "InvalideStatus.Format",
        "The instance status does not support this operation.",
    )
}
