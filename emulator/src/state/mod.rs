//! The resources of the three workflows (RDS import tasks, DTS instances and jobs, DataWorks
//! sync tasks and instances), the operations that change them and the answers that report
//! them. States advance on an emulated clock that runs `time_scale` times faster than the
//! wall clock; every state reported is a value the spec documents for that field (a test
//! checks it against the specs).

mod dataworks;
mod dts;
mod rds;

use crate::problem::Problem;
use serde_json::Value;
use spec_model::record;
use std::collections::BTreeMap;
use std::time::Instant;

pub use dataworks::{DiConfig, DiTask};
pub use dts::{DtsInstance, DtsJob};
pub use rds::ImportTask;

record! {
    /// Everything the emulator remembers; saved to and loaded from `--state FILE` as JSON.
    #[derive(Clone, Debug, Default)]
    pub struct World {
        /// Emulated time (Unix milliseconds) when the state was saved.
        pub saved_at: u64 = required "saved_at",
        pub next_id: u64 = required "next_id",
        pub dts_instances: BTreeMap<String, DtsInstance> = required "dts_instances",
        pub dts_jobs: BTreeMap<String, DtsJob> = required "dts_jobs",
        pub imports: BTreeMap<String, ImportTask> = required "imports",
        pub validations: BTreeMap<String, String> = required "validations",
        pub di_tasks: BTreeMap<String, DiTask> = required "di_tasks",
        pub di_configs: BTreeMap<String, DiConfig> = required "di_configs",
    }
}

impl World {
    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
}

/// The emulated clock: Unix milliseconds that run `scale` times faster than real time.
#[derive(Clone, Debug)]
pub struct Clock {
    started: Instant,
    base: u64,
    scale: f64,
}

impl Clock {
    pub fn new(base_ms: u64, scale: f64) -> Clock {
        Clock {
            started: Instant::now(),
            base: base_ms,
            scale,
        }
    }

    pub fn now(&self) -> u64 {
        self.base + (self.started.elapsed().as_secs_f64() * 1000.0 * self.scale) as u64
    }
}

record! {
    /// A resource's state and when it was entered (emulated Unix milliseconds).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Phase {
        pub status: String = required "status",
        pub since: u64 = required "since",
    }
}

impl Phase {
    pub fn new(status: &str, now: u64) -> Phase {
        Phase {
            status: status.to_owned(),
            since: now,
        }
    }

    pub fn set(&mut self, status: &str, now: u64) {
        self.status = status.to_owned();
        self.since = now;
    }

    /// Follows automatic transitions (`next(status)` = the next status and the seconds the
    /// current one lasts) up to `now`.
    pub fn advance(&mut self, now: u64, next: impl Fn(&str) -> Option<(&'static str, u64)>) {
        while let Some((to, secs)) = next(&self.status) {
            let at = self.since + secs * 1000;
            if now < at {
                break;
            }
            self.status = to.to_owned();
            self.since = at;
        }
    }
}

/// A resource whose state can be set directly, for tests of paths the clock never takes
/// (a failed pre-check, a failed import).
///
/// In JSON (the control endpoint's `resource`): `dts_job`, `import`, `di_instance`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resource {
    /// A DTS job, by DtsJobId.
    DtsJob,
    /// An RDS import task, by TaskId / ImportId.
    Import,
    /// A DataWorks sync task's instance, by FileId.
    DiInstance,
}

impl Resource {
    /// Every resource, with its JSON name.
    pub const ALL: [(Resource, &'static str); 3] = [
        (Resource::DtsJob, "dts_job"),
        (Resource::Import, "import"),
        (Resource::DiInstance, "di_instance"),
    ];

    /// The JSON name.
    pub fn name(self) -> &'static str {
        Resource::ALL
            .iter()
            .find(|(r, _)| *r == self)
            .map_or("", |(_, n)| n)
    }

    /// The operation and response field reporting the state: their documented values are
    /// the states a resource may be given.
    pub fn reported_by(self) -> (&'static str, &'static str) {
        match self {
            Resource::DtsJob => ("DescribeDtsJobDetail", "Status"),
            Resource::Import => (
                "DescibeImportsFromDatabase",
                "Items.ImportResultFromDB.ImportDataStatus",
            ),
            Resource::DiInstance => ("GetDISyncInstanceInfo", "Data.Status"),
        }
    }
}

impl serde::Serialize for Resource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Resource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Resource::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(r, _)| *r)
            .ok_or_else(|| {
                serde::de::Error::unknown_variant(&name, &["dts_job", "import", "di_instance"])
            })
    }
}

/// Puts a resource in `status` (already checked to be documented) from `now` on.
pub fn force(
    world: &mut World,
    resource: Resource,
    id: &str,
    status: &str,
    now: u64,
) -> Result<(), String> {
    let missing = || format!("no {resource:?} {id:?}");
    let phase = match resource {
        Resource::DtsJob => &mut world.dts_jobs.get_mut(id).ok_or_else(missing)?.phase,
        Resource::Import => &mut world.imports.get_mut(id).ok_or_else(missing)?.phase,
        Resource::DiInstance => {
            let task = world.di_tasks.get_mut(id).ok_or_else(missing)?;
            task.instance.get_or_insert_with(|| Phase::new(status, now))
        }
    };
    phase.set(status, now);
    Ok(())
}

/// Received parameters by wire name.
#[derive(Clone, Copy, Debug)]
pub struct Args<'a>(pub &'a [(String, String)]);

impl<'a> Args<'a> {
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    pub fn require(&self, name: &str) -> Result<&'a str, Problem> {
        self.get(name).ok_or_else(|| Problem::missing(name))
    }

    pub fn int(&self, name: &str, default: u64) -> u64 {
        self.get(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    }
}

/// Applies `action` of `product` (its code) to the world. `Ok(Some(v))` is laid over the
/// spec's answer; `Ok(None)` leaves it as it is (an action without state).
pub fn apply(
    world: &mut World,
    (product, action): (&str, &str),
    args: Args<'_>,
    now: u64,
    spec_answer: &Value,
) -> Result<Option<Value>, Problem> {
    match product {
        "Dts" => dts::apply(world, action, args, now, spec_answer),
        "Rds" => rds::apply(world, action, args, now, spec_answer),
        "dataworks-public" => dataworks::apply(world, action, args, now),
        _ => Ok(None),
    }
}

/// `yyyy-MM-ddTHH:mm:ssZ` of an emulated time.
pub fn timestamp(ms: u64) -> String {
    alicloud_migration_runtime::sign::utc_timestamp(ms / 1000)
}
