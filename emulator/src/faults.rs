//! Fault injection for users' resilience tests: throttling, latency, error codes and 5xx, per
//! operation or for every operation, for the next N calls or until cleared. Set through
//! [`Emulator::inject`](crate::Emulator::inject) or `POST /_emulator/faults` with the same
//! JSON.

use crate::problem::Problem;
use serde::{Deserialize, Serialize};
use std::sync::Mutex;
use std::time::Duration;

/// One injected fault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// The action it applies to; every action when absent.
    #[serde(default)]
    pub action: Option<String>,
    #[serde(flatten)]
    pub kind: FaultKind,
    /// How many calls it applies to; every call until cleared when absent.
    #[serde(default)]
    pub times: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "fault", rename_all = "snake_case", deny_unknown_fields)]
pub enum FaultKind {
    /// `Throttling.User`, HTTP 400, as the service throttles.
    Throttle,
    /// The answer is delayed by this many milliseconds (then given as usual).
    Latency { millis: u64 },
    /// An error answer with this code; the status is the operation's documented one for the
    /// code, or 400.
    Error {
        code: String,
        #[serde(default)]
        status: Option<u16>,
        #[serde(default)]
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
}
