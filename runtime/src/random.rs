//! Nonces, client tokens and jitter from the system's secure random source.

use ring::rand::{SecureRandom, SystemRandom};
use std::fmt::Write;

fn bytes<const N: usize>() -> [u8; N] {
    const { assert!(N <= POOL) };
    POOL_BYTES.with(|cell| {
        let mut pool = cell.borrow_mut();
        let pid = std::process::id();
        // Refilled when used up, and in a forked child, which must not repeat its parent's
        // nonces (the service rejects a nonce it has seen).
        if pool.next + N > POOL || pool.pid != pid {
            fill(&mut pool.bytes);
            pool.next = 0;
            pool.pid = pid;
        }
        let at = pool.next;
        let mut out = [0u8; N];
        out.copy_from_slice(&pool.bytes[at..at + N]);
        // Used bytes are wiped, so no later value can be read back from the pool.
        pool.bytes[at..at + N].fill(0);
        pool.next = at + N;
        out
    })
}

/// Bytes drawn from the system source at once: one system call per 32 nonces rather than
/// one per request.
const POOL: usize = 512;

struct Pool {
    bytes: [u8; POOL],
    next: usize,
    pid: u32,
}

thread_local! {
    static POOL_BYTES: std::cell::RefCell<Pool> = const {
        std::cell::RefCell::new(Pool { bytes: [0; POOL], next: POOL, pid: 0 })
    };
}

fn fill(b: &mut [u8]) {
    // The system source only fails when the OS cannot supply randomness at all; falling
    // back to the clock keeps nonces unique enough for that near-impossible case.
    if SystemRandom::new().fill(b).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        for (i, x) in b.iter_mut().enumerate() {
            *x = (t >> ((i % 16) * 8)) as u8 ^ i as u8;
        }
    }
}

/// 32 hex digits, for `x-acs-signature-nonce`.
pub fn nonce() -> String {
    crate::sign::hex(&bytes::<16>())
}

/// A random UUID (version 4), for `ClientToken`s: 36 ASCII characters.
pub fn client_token() -> String {
    let mut b = bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut s = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        let _ = write!(s, "{x:02x}");
    }
    s
}

/// A uniformly random fraction in [0, 1).
pub fn fraction() -> f64 {
    (u64::from_le_bytes(bytes::<8>()) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    #[test]
    fn shapes() {
        let t = super::client_token();
        assert_eq!(t.len(), 36);
        assert_eq!(&t[14..15], "4");
        assert_ne!(super::client_token(), t);
        assert_eq!(super::nonce().len(), 32);
        let f = super::fraction();
        assert!((0.0..1.0).contains(&f));
    }

    #[test]
    fn nonces_stay_distinct_across_pool_refills() {
        let all: std::collections::HashSet<String> = (0..200).map(|_| super::nonce()).collect();
        assert_eq!(all.len(), 200);
    }
}
