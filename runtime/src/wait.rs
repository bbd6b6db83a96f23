//! Waiters: polling an operation until the resource it describes reaches a documented state.
//! The generated crate describes each waiter (its operation, the state's place in the answer,
//! which states end the wait); the loop, the backoff and the errors are written once here.

use crate::client::Client;
use crate::error::Error;
use crate::operation::{send, OperationInput};
use crate::validate::{Rule, ValidationError};
use std::fmt;
use std::time::{Duration, Instant};

/// A waiter's documented rules, from its spec.
#[derive(Debug)]
pub struct WaiterMeta {
    /// The waiter's name, as in `wait_until_<name>`.
    pub name: &'static str,
    /// The state values that end the wait successfully.
    pub success: &'static [&'static str],
    /// The state values that end it with [`WaitError::Failed`].
    pub failure: &'static [&'static str],
    /// The first delay between polls; later delays double up to `max_delay`.
    pub min_delay: Duration,
    pub max_delay: Duration,
    /// The default limit on the whole wait.
    pub timeout: Duration,
}

/// One waiter of an operation: the generated marker types implement it.
pub trait Waiter: Default {
    /// The operation polled.
    type Input: OperationInput;
    const META: &'static WaiterMeta;

    /// The state in an answer, where the spec says it is.
    fn state(out: &<Self::Input as OperationInput>::Output) -> Option<&str>;

    /// The first parameter the waiter needs that is not set (its wire name).
    fn missing(input: &Self::Input) -> Option<&'static str>;

    fn options(&mut self) -> &mut WaitOptions;
    fn into_options(self) -> WaitOptions;
}

/// Per-wait settings that override the waiter's documented defaults.
#[derive(Clone, Debug, Default)]
pub struct WaitOptions {
    pub max_wait: Option<Duration>,
    pub delays: Option<(Duration, Duration)>,
}

/// Why a wait ended without reaching a success state.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<E> {
    /// The resource reached a state the documentation lists as failure.
    Failed {
        waiter: &'static str,
        state: String,
        polls: u32,
    },
    /// The time limit passed first. `last_state` is the state of the last answer, if it had
    /// one.
    TimedOut {
        waiter: &'static str,
        last_state: Option<String>,
        waited: Duration,
        polls: u32,
    },
    /// A poll failed after its own retries, or a parameter was invalid (nothing was sent).
    Call(Error<E>),
}

impl<E> WaitError<E> {
    /// The last state seen, for `Failed` and `TimedOut`.
    pub fn last_state(&self) -> Option<&str> {
        match self {
            WaitError::Failed { state, .. } => Some(state),
            WaitError::TimedOut { last_state, .. } => last_state.as_deref(),
            WaitError::Call(_) => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for WaitError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failed {
                waiter,
                state,
                polls,
            } => write!(
                f,
                "waiter {waiter}: reached the failure state `{state}` after {polls} poll(s)"
            ),
            WaitError::TimedOut {
                waiter,
                last_state,
                waited,
                polls,
            } => {
                write!(
                    f,
                    "waiter {waiter}: gave up after {:.1?} and {polls} poll(s); ",
                    waited
                )?;
                match last_state {
                    Some(s) => write!(f, "the last state seen was `{s}`"),
                    None => write!(f, "no answer carried a state"),
                }
            }
            // A poll's own error (or a parameter check before the first poll), as it is.
            WaitError::Call(e) => e.fmt(f),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for WaitError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Call(e) => Some(e),
            _ => None,
        }
    }
}

/// The delay before poll `n + 1` (n ≥ 1): exponential from `min`, capped at `max`, with
/// jitter drawn from the upper half so many waiters started together spread out, never
/// below `min`.
pub fn delay(n: u32, min: Duration, max: Duration, fraction: f64) -> Duration {
    let step = min
        .saturating_mul(1u32 << n.saturating_sub(1).min(20))
        .min(max);
    let jittered = step.mul_f64(0.5 + 0.5 * fraction.clamp(0.0, 1.0));
    jittered.max(min).min(max.max(min))
}

/// Polls `input` until its state is a success or failure value, or time runs out. Each
/// poll is an ordinary call with its own retries; its error ends the wait.
pub async fn wait<W: Waiter>(
    client: &Client,
    input: W::Input,
    waiter: W,
) -> Result<<W::Input as OperationInput>::Output, WaitError<<W::Input as OperationInput>::Error>> {
    let meta = W::META;
    if let Some(param) = W::missing(&input) {
        return Err(WaitError::Call(Error::Validation(ValidationError {
            param,
            rule: Rule::Required,
        })));
    }
    // A bad parameter fails now, not after the first delay.
    input.validate().map_err(|e| WaitError::Call(e.into()))?;
    let options = waiter.into_options();
    let limit = options.max_wait.unwrap_or(meta.timeout);
    let (min, max) = options.delays.unwrap_or((meta.min_delay, meta.max_delay));
    let started = Instant::now();
    let mut polls = 0u32;
    loop {
        polls += 1;
        let out = send(client.clone(), input.clone())
            .await
            .map_err(WaitError::Call)?;
        let state = W::state(&out).map(str::to_owned);
        tracing::debug!(
            waiter = meta.name,
            polls,
            state = state.as_deref(),
            "polled"
        );
        if let Some(s) = &state {
            if meta.success.contains(&s.as_str()) {
                return Ok(out);
            }
            if meta.failure.contains(&s.as_str()) {
                return Err(WaitError::Failed {
                    waiter: meta.name,
                    state: s.clone(),
                    polls,
                });
            }
        }
        let pause = delay(polls, min, max, crate::random::fraction());
        let waited = started.elapsed();
        if waited + pause > limit {
            return Err(WaitError::TimedOut {
                waiter: meta.name,
                last_state: state,
                waited,
                polls,
            });
        }
        tokio::time::sleep(pause).await;
    }
}

#[cfg(test)]
mod tests {
    use super::delay;
    use std::time::Duration;

    #[test]
    fn delays_grow_to_the_cap_and_stay_within_bounds() {
        let (min, max) = (Duration::from_secs(2), Duration::from_secs(30));
        assert_eq!(delay(1, min, max, 1.0), min);
        assert_eq!(delay(2, min, max, 1.0), Duration::from_secs(4));
        assert_eq!(delay(4, min, max, 1.0), Duration::from_secs(16));
        assert_eq!(delay(9, min, max, 1.0), max);
        assert_eq!(delay(60, min, max, 1.0), max, "no overflow on long waits");
        // Jitter takes up to half off, never going under the minimum.
        assert_eq!(delay(4, min, max, 0.0), Duration::from_secs(8));
        assert_eq!(delay(1, min, max, 0.0), min);
        // Capped steps jitter below the cap too: half of 30 s at the least.
        for f in [0.0, 0.3, 0.99] {
            let d = delay(5, min, max, f);
            assert!(d >= Duration::from_secs(15) && d <= max, "{d:?}");
        }
    }
}
