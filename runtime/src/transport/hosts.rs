//! Connections per destination: never more than the cap, and never more than the calls that
//! need them. A connection opens only while fewer are open or opening than calls are in
//! flight to its host, and holds a permit of the host's cap from before it opens until it
//! closes. hyper's pool races a new connection against an idle one coming free and keeps the
//! loser; without the demand check, callers held up to two connections each (BENCHMARKS.md,
//! section 8).

use http::uri::Authority;
use std::collections::HashMap;
use std::future::Future;
use std::pin::pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::Poll;
use std::time::Duration;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Every destination's cap and demand.
pub struct Hosts {
    max: usize,
    /// How long a connection may wait for a call to need it: the connect timeout. Only one
    /// racing an idle connection that already served its call waits that long.
    patience: Duration,
    hosts: Mutex<HashMap<HostKey, Arc<Host>>>,
}

/// A destination by scheme (whether HTTPS) and authority: found with no allocation per call.
type HostKey = (bool, Option<Authority>);

impl Hosts {
    pub fn new(max: usize, patience: Duration) -> Hosts {
        Hosts {
            max: max.max(1),
            patience,
            hosts: Mutex::default(),
        }
    }

    pub fn of(&self, dst: &http::Uri) -> Arc<Host> {
        let key = (
            dst.scheme() == Some(&http::uri::Scheme::HTTPS),
            dst.authority().cloned(),
        );
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts
            .entry(key)
            .or_insert_with(|| {
                Arc::new(Host {
                    cap: Arc::new(Semaphore::new(self.max)),
                    demand: Mutex::default(),
                    more: Notify::new(),
                    idle: Notify::new(),
                    patience: self.patience,
                })
            })
            .clone()
    }
}

/// One destination.
pub struct Host {
    cap: Arc<Semaphore>,
    demand: Mutex<Demand>,
    /// Woken when a call starts or a connection closes: a waiting connection may now open.
    more: Notify,
    /// Woken (all) when the last call in flight ends: no waiting connection is needed then.
    idle: Notify,
    patience: Duration,
}

#[derive(Default)]
struct Demand {
    calls: usize,
    conns: usize,
}

impl Host {
    fn demand(&self) -> MutexGuard<'_, Demand> {
        self.demand.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts a call in flight until the guard drops.
    pub fn call(self: &Arc<Self>) -> InFlight {
        self.demand().calls += 1;
        // One more call: one more connection may open.
        self.more.notify_one();
        InFlight(self.clone())
    }

    /// Waits for a permit of the cap, then until a call needs one more connection than are
    /// open or opening; the hold is the connection's until it closes. In that order: with the
    /// cap reached, connections wait in the semaphore's queue, first come first served, and
    /// only the few holding permits watch the demand. With no call in flight, none is needed:
    /// a connection hyper keeps opening after its call was served gives up then, instead of
    /// holding the pool (and its idle connections) until a permit frees.
    pub async fn admit(self: Arc<Self>) -> Result<Hold, BoxError> {
        const UNNEEDED: &str = "no call needs another connection";
        let mut acquire = pin!(self.cap.clone().acquire_owned());
        let permit = loop {
            let mut idle = pin!(self.idle.notified());
            idle.as_mut().enable();
            if self.demand().calls == 0 {
                return Err(UNNEEDED.into());
            }
            let next = std::future::poll_fn(|cx| {
                if let Poll::Ready(p) = acquire.as_mut().poll(cx) {
                    return Poll::Ready(Some(p));
                }
                idle.as_mut().poll(cx).map(|()| None)
            });
            if let Some(p) = next.await {
                break p?;
            }
        };
        let wanted = async {
            loop {
                let mut woken = pin!(self.more.notified());
                woken.as_mut().enable();
                {
                    let mut d = self.demand();
                    if d.calls == 0 {
                        return false;
                    }
                    if d.conns < d.calls {
                        d.conns += 1;
                        return true;
                    }
                }
                woken.await;
            }
        };
        match tokio::time::timeout(self.patience, wanted).await {
            Ok(true) => Ok(Hold {
                host: self.clone(),
                _permit: permit,
            }),
            _ => Err(UNNEEDED.into()),
        }
    }
}

/// A call in flight to a host.
pub struct InFlight(Arc<Host>);

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut d = self.0.demand();
        d.calls -= 1;
        if d.calls == 0 {
            drop(d);
            self.0.idle.notify_waiters();
            // A connection watching the demand learns it too.
            self.0.more.notify_waiters();
        }
    }
}

/// A connection's place: counted against its host's demand and holding a permit of its cap.
pub struct Hold {
    host: Arc<Host>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Hold {
    fn drop(&mut self) {
        self.host.demand().conns -= 1;
        // One fewer connection: one more may open.
        self.host.more.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(f)
    }

    fn host(max: usize) -> Arc<Host> {
        Hosts::new(max, Duration::from_millis(50)).of(&"http://h".parse().unwrap())
    }

    #[test]
    fn a_connection_opens_only_for_a_call_that_needs_one() {
        run(opens_only_when_needed());
    }

    async fn opens_only_when_needed() {
        let h = host(8);
        // No call in flight: nobody needs it.
        assert!(h.clone().admit().await.is_err());
        let call = h.call();
        let first = h.clone().admit().await.unwrap();
        // One call, one connection: a second waits, and opens when a second call starts.
        let second = tokio::spawn(h.clone().admit());
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(!second.is_finished());
        let _call2 = h.call();
        let _second = second.await.unwrap().unwrap();
        // Two calls, two connections: a third waits; a closed one makes room for it.
        let third = tokio::spawn(h.clone().admit());
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(!third.is_finished());
        drop(first);
        let _third = third.await.unwrap().unwrap();
        // With the calls over, nobody needs another.
        drop((call, _call2));
        assert!(h.clone().admit().await.is_err());
    }

    #[test]
    fn the_cap_holds_whatever_the_demand() {
        run(cap_holds());
    }

    async fn cap_holds() {
        let h = host(2);
        let _calls: Vec<_> = (0..5).map(|_| h.call()).collect();
        let a = h.clone().admit().await.unwrap();
        let _b = h.clone().admit().await.unwrap();
        let c = tokio::spawn(h.clone().admit());
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(
            !c.is_finished(),
            "a third connection opened under a cap of two"
        );
        drop(a);
        let _c = c.await.unwrap().unwrap();
    }

    #[test]
    fn a_connection_waiting_for_the_cap_gives_up_when_the_calls_end() {
        run(gives_up_when_idle());
    }

    async fn gives_up_when_idle() {
        // Patience far longer than the test: only the end of the calls can release it.
        let h = Hosts::new(1, Duration::from_secs(3600)).of(&"http://h".parse().unwrap());
        let calls: Vec<_> = (0..2).map(|_| h.call()).collect();
        let _a = h.clone().admit().await.unwrap();
        let waiting = tokio::spawn(h.clone().admit());
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(!waiting.is_finished());
        drop(calls);
        let gave_up = tokio::time::timeout(Duration::from_secs(1), waiting).await;
        assert!(gave_up.expect("it gave up at once").unwrap().is_err());
    }
}
