//! Fault injection for users' resilience tests: throttling, latency, error codes and 5xx, per
//! operation or for every operation, for the next N calls or until cleared. Set through
//! [`Emulator::inject`](crate::Emulator::inject) or `POST /_emulator/faults` with the same
//! JSON.

use crate::problem::Problem;
use serde::{Deserialize, Serialize};
use spec_model::record;
use std::sync::Mutex;
use std::time::Duration;

/// One injected fault. Its JSON is one flat object: `fault` names the kind, beside the kind's
/// own keys and `action` and `times` (docs/emulator.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// The action it applies to; every action when absent.
    pub action: Option<String>,
    pub kind: FaultKind,
    /// How many calls it applies to; every call until cleared when absent.
    pub times: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// `Throttling.User`, HTTP 400, as the service throttles.
    Throttle,
    /// The answer is delayed by this many milliseconds (then given as usual).
    Latency { millis: u64 },
    /// An error answer with this code; the status is the operation's documented one for the
    /// code, or 400.
    Error {
        code: String,
        status: Option<u16>,
        message: Option<String>,
    },
    /// `ServiceUnavailable` (503) or `InternalError` (any other 5xx).
    Unavailable { status: u16 },
}

impl Fault {
    fn new(action: Option<&str>, kind: FaultKind) -> Fault {
        Fault {
            action: action.map(str::to_owned),
            kind,
            times: None,
        }
    }

    /// `Throttling.User` for `action` (`None`: every action).
    pub fn throttle(action: Option<&str>) -> Fault {
        Fault::new(action, FaultKind::Throttle)
    }

    pub fn latency(action: Option<&str>, delay: Duration) -> Fault {
        let millis = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        Fault::new(action, FaultKind::Latency { millis })
    }

    pub fn error(action: Option<&str>, code: &str) -> Fault {
        Fault::new(
            action,
            FaultKind::Error {
                code: code.to_owned(),
                status: None,
                message: None,
            },
        )
    }

    pub fn unavailable(action: Option<&str>, status: u16) -> Fault {
        Fault::new(action, FaultKind::Unavailable { status })
    }

    /// Applies to the next `n` calls only.
    pub fn times(mut self, n: u32) -> Fault {
        self.times = Some(n);
        self
    }

    /// Refuses what cannot be answered: a status outside 400..=599, an empty code.
    pub fn check(&self) -> Result<(), String> {
        match &self.kind {
            FaultKind::Error { code, .. } if code.is_empty() => Err("an empty error code".into()),
            FaultKind::Error {
                status: Some(s), ..
            } if !(400..=599).contains(s) => Err(format!("status {s} is not an error status")),
            FaultKind::Unavailable { status } if !(500..=599).contains(status) => {
                Err(format!("status {status} is not a 5xx status"))
            }
            _ => Ok(()),
        }
    }
}

record! {
    /// Every key a fault's JSON may have; which belong to which kind is checked on reading.
    struct Wire {
        action: Option<String> = optional "action",
        fault: String = required "fault",
        millis: Option<u64> = optional "millis",
        code: Option<String> = optional "code",
        status: Option<u16> = optional "status",
        message: Option<String> = optional "message",
        times: Option<u32> = optional "times",
    }
}

impl Wire {
    fn into_fault(self) -> Result<Fault, String> {
        let Wire {
            action,
            fault,
            millis,
            code,
            status,
            message,
            times,
        } = self;
        // The keys given beside `fault` that its kind does not take.
        let stray = |allowed: &[&str]| {
            let given = [
                ("millis", millis.is_some()),
                ("code", code.is_some()),
                ("status", status.is_some()),
                ("message", message.is_some()),
            ];
            match given.iter().find(|(k, set)| *set && !allowed.contains(k)) {
                Some((k, _)) => Err(format!("`{k}` does not apply to a {fault:?} fault")),
                None => Ok(()),
            }
        };
        let missing = |key: &str| format!("a {fault:?} fault needs `{key}`");
        let kind = match fault.as_str() {
            "throttle" => stray(&[]).map(|()| FaultKind::Throttle)?,
            "latency" => {
                stray(&["millis"])?;
                FaultKind::Latency {
                    millis: millis.ok_or_else(|| missing("millis"))?,
                }
            }
            "error" => {
                stray(&["code", "status", "message"])?;
                FaultKind::Error {
                    code: code.ok_or_else(|| missing("code"))?,
                    status,
                    message,
                }
            }
            "unavailable" => {
                stray(&["status"])?;
                FaultKind::Unavailable {
                    status: status.ok_or_else(|| missing("status"))?,
                }
            }
            other => {
                return Err(format!(
                    "unknown fault {other:?}, expected throttle, latency, error or unavailable"
                ))
            }
        };
        Ok(Fault {
            action,
            kind,
            times,
        })
    }
}

impl<'de> Deserialize<'de> for Fault {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Wire::deserialize(d)?
            .into_fault()
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for Fault {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        if let Some(a) = &self.action {
            m.serialize_entry("action", a)?;
        }
        match &self.kind {
            FaultKind::Throttle => m.serialize_entry("fault", "throttle")?,
            FaultKind::Latency { millis } => {
                m.serialize_entry("fault", "latency")?;
                m.serialize_entry("millis", millis)?;
            }
            FaultKind::Error {
                code,
                status,
                message,
            } => {
                m.serialize_entry("fault", "error")?;
                m.serialize_entry("code", code)?;
                if let Some(s) = status {
                    m.serialize_entry("status", s)?;
                }
                if let Some(t) = message {
                    m.serialize_entry("message", t)?;
                }
            }
            FaultKind::Unavailable { status } => {
                m.serialize_entry("fault", "unavailable")?;
                m.serialize_entry("status", status)?;
            }
        }
        if let Some(n) = self.times {
            m.serialize_entry("times", &n)?;
        }
        m.end()
    }
}

/// What the faults set for one call: a delay, then perhaps an error instead of the answer.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Effect {
    pub delay: Duration,
    pub problem: Option<Problem>,
}

#[derive(Debug, Default)]
pub struct Faults(Mutex<Vec<Fault>>);

impl Faults {
    pub fn add(&self, fault: Fault) {
        self.lock().push(fault);
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    pub fn list(&self) -> Vec<Fault> {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Fault>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The effect on a call of `action`; counts the call against every fault it matches.
    /// `documented` gives an error code's documented HTTP status.
    pub fn take(&self, action: &str, documented: impl Fn(&str) -> Option<u16>) -> Effect {
        let mut faults = self.lock();
        if faults.is_empty() {
            return Effect::default();
        }
        let mut effect = Effect::default();
        for f in faults.iter_mut() {
            if f.action.as_deref().is_some_and(|a| a != action) || f.times == Some(0) {
                continue;
            }
            if let Some(n) = &mut f.times {
                *n -= 1;
            }
            let problem = match &f.kind {
                FaultKind::Latency { millis } => {
                    effect.delay += Duration::from_millis(*millis);
                    None
                }
                FaultKind::Throttle => Some(Problem::throttled()),
                FaultKind::Error {
                    code,
                    status,
                    message,
                } => Some(Problem::new(
                    status.or_else(|| documented(code)).unwrap_or(400),
                    code,
                    message
                        .clone()
                        .unwrap_or_else(|| format!("Injected fault: {code}.")),
                )),
                FaultKind::Unavailable { status: 503 } => Some(Problem::new(
                    503,
                    "ServiceUnavailable",
                    "The request has failed due to a temporary failure of the server.",
                )),
                FaultKind::Unavailable { status } => Some(Problem::new(
                    *status,
                    "InternalError",
                    "The request processing has failed due to some unknown error.",
                )),
            };
            if effect.problem.is_none() {
                effect.problem = problem;
            }
        }
        faults.retain(|f| f.times != Some(0));
        effect
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_faults_run_out_and_match_their_action() {
        let faults = Faults::default();
        faults.add(Fault::throttle(Some("StartDtsJob")).times(2));
        faults.add(Fault::latency(None, Duration::from_millis(5)).times(1));
        let e = faults.take("DescribeDtsJobDetail", |_| None);
        assert_eq!(e.delay, Duration::from_millis(5));
        assert_eq!(e.problem, None);
        for _ in 0..2 {
            let e = faults.take("StartDtsJob", |_| None);
            assert_eq!(
                e.problem.map(|p| p.code),
                Some("Throttling.User".to_owned())
            );
        }
        assert_eq!(faults.take("StartDtsJob", |_| None), Effect::default());
        assert!(faults.list().is_empty());
    }

    #[test]
    fn error_faults_take_the_documented_status_and_parse_from_json() {
        let f: Fault = serde_json::from_str(
            r#"{"action":"ModifyDtsJob","fault":"error","code":"OperationDenied.JobStatusModifying","times":1}"#,
        )
        .unwrap();
        let faults = Faults::default();
        faults.add(f);
        let e = faults.take("ModifyDtsJob", |c| {
            (c == "OperationDenied.JobStatusModifying").then_some(403)
        });
        assert_eq!(e.problem.unwrap().status, 403);
        let bad: Fault = serde_json::from_str(r#"{"fault":"unavailable","status":404}"#).unwrap();
        assert!(bad.check().is_err());
        assert!(serde_json::from_str::<Fault>(r#"{"fault":"explode"}"#).is_err());
    }

    #[test]
    fn every_kind_reads_back_what_it_writes_and_stray_keys_are_refused() {
        let all = [
            Fault::throttle(Some("StartDtsJob")).times(2),
            Fault::latency(None, Duration::from_millis(200)),
            Fault::error(None, "Forbidden.RAM"),
            Fault {
                action: None,
                kind: FaultKind::Error {
                    code: "X".into(),
                    status: Some(403),
                    message: Some("no".into()),
                },
                times: Some(1),
            },
            Fault::unavailable(Some("DescribeDtsJobDetail"), 503),
        ];
        for f in all {
            let text = serde_json::to_string(&f).unwrap();
            assert_eq!(serde_json::from_str::<Fault>(&text).unwrap(), f, "{text}");
        }
        let text = serde_json::to_string(&Fault::throttle(None)).unwrap();
        assert_eq!(text, r#"{"fault":"throttle"}"#);
        for (json, says) in [
            (
                r#"{"fault":"throttle","millis":3}"#,
                "`millis` does not apply",
            ),
            (r#"{"fault":"latency"}"#, "needs `millis`"),
            (
                r#"{"fault":"unavailable","code":"X","status":503}"#,
                "`code`",
            ),
            (
                r#"{"fault":"error","code":"X","colour":1}"#,
                "unknown field `colour`",
            ),
            (r#"{"fault":"explode"}"#, "unknown fault \"explode\""),
        ] {
            let e = serde_json::from_str::<Fault>(json).unwrap_err().to_string();
            assert!(e.contains(says), "{json}: {e}");
        }
    }
}
