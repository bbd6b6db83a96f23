//! DTS instances and jobs: buy (`CreateDtsInstance`), configure (pre-check starts), start,
//! watch, modify, suspend, stop, reset, delete.
//!
//! Job states (`DescribeDtsJobDetail.Status`): `NotConfigured` after the purchase;
//! `Prechecking` for 60 s after `ConfigureDtsJob`, then `PreCheckPass`; `StartDtsJob` →
//! `Initializing` for 120 s, then `Migrating` (MIGRATION), `Synchronizing` (SYNC) or
//! `Finished` (a migration without incremental data synchronization); `SuspendDtsJob` →
//! `Suspending` (from a running, initialising or modifying job); `StopDtsJob` → `Finished`;
//! `ResetDtsJob` → `NotStarted`; `ModifyDtsJob` → `Modifying` for 30 s, then back.
//! Durations are emulated seconds (see `--time-scale`). The pages do not say which
//! transitions the service refuses; the emulator refuses the ones above do not list with
//! `OperationDenied.JobStatus` (403), and a modification during a modification with the
//! documented `OperationDenied.JobStatusModifying`.

use super::{timestamp, Args, Phase, World};
use crate::answer::first_item;
use crate::problem::Problem;
use serde_json::{json, Value};
use spec_model::record;

record! {
    #[derive(Clone, Debug)]
    pub struct DtsInstance {
        pub job_id: String = required "job_id",
        pub kind: String = required "kind",
        pub created: u64 = required "created",
    }
}

record! {
    #[derive(Clone, Debug)]
    pub struct DtsJob {
        pub instance_id: String = required "instance_id",
        pub name: String = required "name",
        pub job_type: String = required "job_type",
        /// Incremental data synchronization after the initial load.
        pub sync: bool = required "sync",
        pub phase: Phase = required "phase",
        /// The state a modification returns to.
        pub resume: Option<String> = optional "resume",
        pub created: u64 = required "created",
    }
}

impl DtsJob {
    fn advance(&mut self, now: u64) {
        let running = match self.job_type.as_str() {
            "SYNC" => "Synchronizing",
            _ if !self.sync => "Finished",
            _ => "Migrating",
        };
        let resume = self.resume.clone().unwrap_or_else(|| running.to_owned());
        let resume: &'static str = match resume.as_str() {
            "Synchronizing" => "Synchronizing",
            "Migrating" => "Migrating",
            "Suspending" => "Suspending",
            "Finished" => "Finished",
            _ => "PreCheckPass",
        };
        self.phase.advance(now, |s| match s {
            "Prechecking" => Some(("PreCheckPass", 60)),
            "Initializing" => Some((running, 120)),
            "Modifying" => Some((resume, 30)),
            _ => None,
        });
    }

    fn summary(&self, id: &str) -> Value {
        json!({
            "DtsJobId": id,
            "DtsInstanceID": self.instance_id,
            "DtsJobName": self.name,
            "Status": self.phase.status,
            "CreateTime": timestamp(self.created),
        })
    }
}

fn not_found(id: &str) -> Problem {
    Problem::not_found("InvalidJobId.NotFound", "DTS job", id)
}

/// The job named by `DtsJobId`, or the one of `DtsInstanceId` / `DtsInstanceID`.
fn job_id(world: &World, args: Args<'_>) -> Result<String, Problem> {
    if let Some(id) = args.get("DtsJobId") {
        return world
            .dts_jobs
            .contains_key(id)
            .then(|| id.to_owned())
            .ok_or_else(|| not_found(id));
    }
    let instance = args
        .get("DtsInstanceId")
        .or_else(|| args.get("DtsInstanceID"))
        .ok_or_else(|| Problem::missing("DtsJobId"))?;
    world
        .dts_instances
        .get(instance)
        .map(|i| i.job_id.clone())
        .ok_or_else(|| Problem::not_found("InvalidInstanceId.NotFound", "DTS instance", instance))
}

fn denied(action: &str, status: &str) -> Problem {
    Problem::denied(
        "OperationDenied.JobStatus",
        format!("{action} is not allowed while the job is {status}."),
    )
}

pub fn apply(
    world: &mut World,
    action: &str,
    args: Args<'_>,
    now: u64,
    spec: &Value,
) -> Result<Option<Value>, Problem> {
    for job in world.dts_jobs.values_mut() {
        job.advance(now);
    }
    Ok(Some(match action {
        "CreateDtsInstance" => {
            let n = world.id();
            let instance = format!("dts{n:08}");
            let job = args
                .get("JobId")
                .map_or_else(|| format!("dtsjob{n:08}"), str::to_owned);
            world.dts_instances.insert(
                instance.clone(),
                DtsInstance {
                    job_id: job.clone(),
                    kind: args.get("Type").unwrap_or("MIGRATION").to_owned(),
                    created: now,
                },
            );
            world.dts_jobs.insert(
                job.clone(),
                DtsJob {
                    instance_id: instance.clone(),
                    name: String::new(),
                    job_type: args.get("Type").unwrap_or("MIGRATION").to_owned(),
                    sync: true,
                    phase: Phase::new("NotConfigured", now),
                    resume: None,
                    created: now,
                },
            );
            json!({"InstanceId": instance, "JobId": job, "Success": true})
        }
        "ConfigureDtsJob" => {
            let id = if args.get("DtsJobId").is_some() || args.get("DtsInstanceId").is_some() {
                job_id(world, args)?
            } else {
                let n = world.id();
                let (instance, job) = (format!("dts{n:08}"), format!("dtsjob{n:08}"));
                world.dts_instances.insert(
                    instance.clone(),
                    DtsInstance {
                        job_id: job.clone(),
                        kind: args.get("JobType").unwrap_or("MIGRATION").to_owned(),
                        created: now,
                    },
                );
                world.dts_jobs.insert(
                    job.clone(),
                    DtsJob {
                        instance_id: instance,
                        name: String::new(),
                        job_type: String::new(),
                        sync: true,
                        phase: Phase::new("NotConfigured", now),
                        resume: None,
                        created: now,
                    },
                );
                job
            };
            let job = world.dts_jobs.get_mut(&id).expect("found above");
            job.name = args.require("DtsJobName")?.to_owned();
            job.job_type = args.require("JobType")?.to_owned();
            job.sync = args.get("DataSynchronization") == Some("true");
            job.resume = None;
            job.phase.set("Prechecking", now);
            json!({"DtsJobId": id, "DtsInstanceId": job.instance_id, "Success": true})
        }
        "DescribePreCheckStatus" => {
            let id = job_id(world, args)?;
            let job = &world.dts_jobs[&id];
            let (state, item) = match job.phase.status.as_str() {
                "NotConfigured" | "NotStarted" => ("NotStarted", "NotStarted"),
                "Prechecking" => ("Checking", "Checking"),
                "PrecheckFailed" => ("Failed", "Failed"),
                _ => ("Finished", "Success"),
            };
            let mut progress = first_item(spec, &["JobProgress"]);
            progress["State"] = json!(item);
            json!({
                "JobId": id,
                "JobName": job.name,
                "State": state,
                "Total": 1,
                "JobProgress": [progress],
                "Success": true,
            })
        }
        "StartDtsJob" => {
            let id = job_id(world, args)?;
            let job = world.dts_jobs.get_mut(&id).expect("found above");
            match job.phase.status.as_str() {
                "PreCheckPass" | "NotStarted" => job.phase.set("Initializing", now),
                "Suspending" => {
                    let running = if job.job_type == "SYNC" {
                        "Synchronizing"
                    } else {
                        "Migrating"
                    };
                    job.phase.set(running, now);
                }
                other => return Err(denied(action, other)),
            }
            json!({"Success": true})
        }
        "DescribeDtsJobDetail" => {
            let id = job_id(world, args)?;
            let job = &world.dts_jobs[&id];
            let mut v = job.summary(&id);
            v["JobType"] = json!(job.job_type);
            v["Success"] = json!(true);
            v
        }
        "DescribeDtsJobs" => {
            let status = args.get("Status");
            let (page, size) = (args.int("PageNumber", 1).max(1), args.int("PageSize", 20));
            let base = first_item(spec, &["DtsJobList"]);
            let mut jobs: Vec<Value> = world
                .dts_jobs
                .iter()
                .filter(|(id, j)| {
                    args.get("DtsJobId").is_none_or(|x| x == id.as_str())
                        && args.get("DtsInstanceId").is_none_or(|x| x == j.instance_id)
                        && status.is_none_or(|s| s == j.phase.status)
                })
                .map(|(id, j)| {
                    let mut item = base.clone();
                    crate::answer::merge(&mut item, j.summary(id));
                    item
                })
                .collect();
            let total = jobs.len();
            let jobs: Vec<Value> = jobs
                .drain(..)
                .skip(((page - 1) * size) as usize)
                .take(size as usize)
                .collect();
            json!({
                "DtsJobList": jobs,
                "PageNumber": page,
                "PageRecordCount": jobs.len(),
                "TotalRecordCount": total,
                "Success": true,
            })
        }
        "SuspendDtsJob" => {
            let id = job_id(world, args)?;
            let job = world.dts_jobs.get_mut(&id).expect("found above");
            match job.phase.status.as_str() {
                "Initializing" | "Migrating" | "Synchronizing" | "Modifying" => {
                    job.resume = None;
                    job.phase.set("Suspending", now)
                }
                other => return Err(denied(action, other)),
            }
            json!({"Success": true})
        }
        "StopDtsJob" => {
            let id = job_id(world, args)?;
            let job = world.dts_jobs.get_mut(&id).expect("found above");
            job.phase.set("Finished", now);
            json!({"Success": true})
        }
        "ResetDtsJob" => {
            let id = job_id(world, args)?;
            let job = world.dts_jobs.get_mut(&id).expect("found above");
            job.phase.set("NotStarted", now);
            json!({"Success": true})
        }
        "DeleteDtsJob" => {
            let id = job_id(world, args)?;
            if let Some(job) = world.dts_jobs.remove(&id) {
                world.dts_instances.remove(&job.instance_id);
            }
            json!({"Success": true})
        }
        "ModifyDtsJob" => {
            let id = job_id(world, args)?;
            let job = world.dts_jobs.get_mut(&id).expect("found above");
            match job.phase.status.as_str() {
                "Modifying" => {
                    return Err(Problem::denied(
                        "OperationDenied.JobStatusModifying",
                        "The job is being modified; try again when the modification ends.",
                    ))
                }
                "Prechecking" | "NotConfigured" => {
                    return Err(Problem::denied(
                        "CheckStatus.InvalidInitStatus",
                        "The job has not finished its pre-check.",
                    ))
                }
                s => {
                    job.resume = Some(s.to_owned());
                    job.phase.set("Modifying", now);
                }
            }
            json!({"DtsJobId": id, "Status": "200", "Success": true})
        }
        _ => return Ok(None),
    }))
}
