//! Nonces, client tokens and jitter from the system's secure random source.

use ring::rand::{SecureRandom, SystemRandom};
use std::fmt::Write;

fn bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    // The system source only fails when the OS cannot supply randomness at all; falling
    // back to the clock keeps nonces unique enough for that near-impossible case.
    if SystemRandom::new().fill(&mut b).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        for (i, x) in b.iter_mut().enumerate() {
            *x = (t >> ((i % 16) * 8)) as u8 ^ i as u8;
        }
    }
    b
}

/// 32 hex digits, for `x-acs-signature-nonce`.
pub fn nonce() -> String {
    let mut s = String::with_capacity(32);
    for b in bytes::<16>() {
        let _ = write!(s, "{b:02x}");
    }
    s
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
}
