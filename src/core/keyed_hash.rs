//! Keyed 128-bit hashing (SipHash-1-3): cache keys, environment digests and
//! token tags. Keyed so that a kubeconfig cannot aim for a collision with
//! another tenant's entry; the key is random per process, or the host-wide
//! cache file's own secret key when entries are shared between processes.

use std::hash::Hasher;

use siphasher::sip128::{Hasher128, SipHasher13};

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct KeyedHash {
    k0: u64,
    k1: u64,
}

impl std::fmt::Debug for KeyedHash {
    // The key is a secret: never shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyedHash(…)")
    }
}

impl KeyedHash {
    pub fn new(key: [u8; 16]) -> Self {
        let (a, b) = key.split_at(8);
        KeyedHash {
            k0: u64::from_le_bytes(a.try_into().expect("8 bytes")),
            k1: u64::from_le_bytes(b.try_into().expect("8 bytes")),
        }
    }

    /// A fresh random key from the OS (getrandom; std's RandomState if that fails).
    pub fn random() -> Self {
        let mut key = [0u8; 16];
        // SAFETY: getrandom writes at most `key.len()` bytes into `key`.
        let n = unsafe { libc::getrandom(key.as_mut_ptr().cast(), key.len(), 0) };
        if n != key.len() as isize {
            use std::hash::{BuildHasher, RandomState};
            let a = RandomState::new().hash_one(1u8);
            let b = RandomState::new().hash_one(2u8);
            key[..8].copy_from_slice(&a.to_le_bytes());
            key[8..].copy_from_slice(&b.to_le_bytes());
        }
        KeyedHash::new(key)
    }

    /// The hash of `parts`, each length-prefixed so that ("ab", "c") and
    /// ("a", "bc") differ.
    pub fn hash(&self, parts: &[&[u8]]) -> u128 {
        let mut h = SipHasher13::new_with_keys(self.k0, self.k1);
        for p in parts {
            h.write_u64(p.len() as u64);
            h.write(p);
        }
        h.finish128().as_u128()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_delimited_and_the_key_counts() {
        let k = KeyedHash::new([7; 16]);
        assert_eq!(k.hash(&[b"ab", b"c"]), k.hash(&[b"ab", b"c"]));
        assert_ne!(k.hash(&[b"ab", b"c"]), k.hash(&[b"a", b"bc"]));
        assert_ne!(k.hash(&[b"x"]), KeyedHash::new([8; 16]).hash(&[b"x"]));
        assert_ne!(KeyedHash::random(), KeyedHash::random());
        assert_eq!(format!("{k:?}"), "KeyedHash(…)");
    }
}
