//! DataWorks Data Integration: generate a task's configuration, create, update and deploy the
//! task, start, watch, stop and terminate its instance, delete the task.
//!
//! An instance (`GetDISyncInstanceInfo`'s `Data.Status`) is `NORUN` until started, then
//! `WAIT` for 5 s and `RUN`; a real-time task (DI_REALTIME) runs until stopped (`PAUSE`) or
//! terminated (`KILLING` for 5 s, then `NORUN`); a solution or batch task ends `success` after
//! 60 s of `RUN`. Starting a task that was never deployed answers `Invalid.DI.Parameter`, the
//! product's documented code, as do unknown FileIds and process IDs.

use super::{Args, Phase, World};
use crate::problem::Problem;
use serde_json::{json, Value};
use spec_model::record;

record! {
    #[derive(Clone, Debug)]
    pub struct DiTask {
        pub project: String = required "project",
        pub task_type: String = required "task_type",
        pub name: String = required "name",
        pub content: String = required "content",
        pub deployed: bool = required "deployed",
        pub instance: Option<Phase> = optional "instance",
    }
}

record! {
    #[derive(Clone, Debug)]
    pub struct DiConfig {
        pub project: String = required "project",
        pub task_param: String = required "task_param",
    }
}

fn invalid(message: String) -> Problem {
    Problem::new(400, "Invalid.DI.Parameter", message)
}

fn task<'w>(world: &'w mut World, args: Args<'_>) -> Result<&'w mut DiTask, Problem> {
    let id = args.require("FileId")?;
    let project = args.require("ProjectId")?;
    world
        .di_tasks
        .get_mut(id)
        .filter(|t| t.project == project)
        .ok_or_else(|| {
            invalid(format!(
                "The sync task {id} does not exist in project {project}."
            ))
        })
}

fn ok(data: Value) -> Value {
    let mut data = data;
    data["Status"] = json!("success");
    json!({ "Success": true, "Data": data })
}

pub fn apply(
    world: &mut World,
    action: &str,
    args: Args<'_>,
    now: u64,
) -> Result<Option<Value>, Problem> {
    for t in world.di_tasks.values_mut() {
        let realtime = t.task_type == "DI_REALTIME";
        if let Some(phase) = &mut t.instance {
            phase.advance(now, |s| match s {
                "WAIT" => Some(("RUN", 5)),
                "RUN" if !realtime => Some(("success", 60)),
                "KILLING" => Some(("NORUN", 5)),
                _ => None,
            });
        }
    }
    Ok(Some(match action {
        "GenerateDISyncTaskConfigForCreating" => {
            let n = world.id();
            world.di_configs.insert(
                n.to_string(),
                DiConfig {
                    project: args.require("ProjectId")?.to_owned(),
                    task_param: args.require("TaskParam")?.to_owned(),
                },
            );
            ok(json!({ "ProcessId": n }))
        }
        "QueryDISyncTaskConfigProcessResult" => {
            let id = args.require("AsyncProcessId")?;
            let project = args.require("ProjectId")?;
            let config = world
                .di_configs
                .get(id)
                .filter(|c| c.project == project)
                .ok_or_else(|| invalid(format!("The process {id} does not exist.")))?;
            // The generated configuration: the parameters it was generated from, as a job.
            let content = json!({ "type": "job", "version": "2.0", "params": config.task_param });
            ok(json!({ "TaskContent": content.to_string() }))
        }
        "CreateDISyncTask" => {
            let n = world.id();
            world.di_tasks.insert(
                n.to_string(),
                DiTask {
                    project: args.require("ProjectId")?.to_owned(),
                    task_type: args.require("TaskType")?.to_owned(),
                    name: args.get("TaskName").unwrap_or_default().to_owned(),
                    content: args.require("TaskContent")?.to_owned(),
                    deployed: false,
                    instance: None,
                },
            );
            ok(json!({ "FileId": n }))
        }
        "GetDISyncTask" => {
            let t = task(world, args)?;
            ok(json!({ "Code": t.content }))
        }
        "UpdateDISyncTask" => {
            let t = task(world, args)?;
            t.content = args.require("TaskContent")?.to_owned();
            ok(json!({}))
        }
        "DeployDISyncTask" => {
            task(world, args)?.deployed = true;
            ok(json!({}))
        }
        "StartDISyncInstance" => {
            let t = task(world, args)?;
            if !t.deployed {
                return Err(invalid(
                    "The sync task has not been deployed; call DeployDISyncTask first.".into(),
                ));
            }
            match &mut t.instance {
                Some(p) if matches!(p.status.as_str(), "WAIT" | "RUN" | "KILLING") => {}
                Some(p) => p.set("WAIT", now),
                None => t.instance = Some(Phase::new("WAIT", now)),
            }
            ok(json!({}))
        }
        "GetDISyncInstanceInfo" => {
            let t = task(world, args)?;
            let status = t.instance.as_ref().map_or("NORUN", |p| p.status.as_str());
            json!({ "Success": true, "Data": { "Status": status, "Name": t.name } })
        }
        "StopDISyncInstance" => {
            let t = task(world, args)?;
            if let Some(p) = &mut t.instance {
                if matches!(p.status.as_str(), "WAIT" | "RUN") {
                    p.set("PAUSE", now);
                }
            }
            ok(json!({}))
        }
        "TerminateDISyncInstance" => {
            let t = task(world, args)?;
            if let Some(p) = &mut t.instance {
                if matches!(p.status.as_str(), "WAIT" | "RUN" | "PAUSE") {
                    p.set("KILLING", now);
                }
            }
            ok(json!({}))
        }
        "DeleteDISyncTask" => {
            let id = args.require("FileId")?.to_owned();
            task(world, args)?;
            world.di_tasks.remove(&id);
            ok(json!({}))
        }
        _ => return Ok(None),
    }))
}
