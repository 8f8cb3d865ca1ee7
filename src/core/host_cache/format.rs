//! The layout of the cache file, version 1, all integers little-endian.
//!
//! ```text
//! header (4096 bytes)
//!   0  magic "PK8SHOST"        8  format version u32   12 slot count u32
//!   16 slot size u32           20 header size u32      24 key [16]
//!   40 check u64 (keyed hash of bytes 0..40)
//!   64 counters u64 × 4: plugin runs, failures, background refreshes, waited
//! slot i at 4096 + i × 16384
//!   0  seq u64 (odd while written)   8  stamp u64 (random per publish)
//!   16 entry id u128    32 fetched µs i64     40 expires µs i64
//!   48 flags u32 (1 expires, 2 cert, 4 key)    52 token, 56 cert, 60 key lengths u32
//!   64 token tag u128   80 checksum u128 (keyed hash of slot index, bytes 0..80, data)
//!   96 token, client certificate, client key bytes
//! ```
//!
//! A slot whose id is 0 is empty. Nothing read from the file is trusted
//! until its checksum, made with the file's random key, matches.

use super::super::credential::Credential;
use super::super::expiry::Micros;
use super::super::keyed_hash::KeyedHash;
use super::super::secret::Secret;

pub(super) const MAGIC: [u8; 8] = *b"PK8SHOST";
pub(super) const FORMAT_VERSION: u32 = 1;
pub const SLOTS: usize = 256;
pub const SLOT_SIZE: usize = 16384;
pub(super) const HEADER_SIZE: usize = 4096;
pub const FILE_SIZE: u64 = (HEADER_SIZE + SLOTS * SLOT_SIZE) as u64;
pub(super) const HEAD: usize = 96;
/// The most token + certificate + key bytes one entry holds.
pub const MAX_DATA: usize = SLOT_SIZE - HEAD;
/// How many slots an entry may land in, from its id-derived home slot.
pub(super) const PROBE: usize = 16;
pub(super) const COUNTERS_AT: u64 = 64;
const HEADER_CHECKED: usize = 40;

const HAS_EXPIRY: u32 = 1;
const HAS_CERT: u32 = 2;
const HAS_KEY: u32 = 4;

pub(super) fn slot_offset(slot: usize) -> u64 {
    (HEADER_SIZE + slot * SLOT_SIZE) as u64
}

/// The slots an entry may occupy, home slot first.
pub(super) fn window(id: u128) -> impl Iterator<Item = usize> {
    let home = (id % SLOTS as u128) as usize;
    (0..PROBE).map(move |i| (home + i) % SLOTS)
}

/// Bytes zeroed when dropped: copies of slots hold tokens and keys.
pub(super) struct Wipe(pub Vec<u8>);

impl Drop for Wipe {
    fn drop(&mut self) {
        for b in self.0.iter_mut() {
            // SAFETY: a valid, aligned byte we own; volatile so the
            // compiler keeps the store although the buffer is then freed.
            unsafe { std::ptr::write_volatile(b, 0) };
        }
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}
pub(super) fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}
pub(super) fn u128_at(b: &[u8], at: usize) -> u128 {
    u128::from_le_bytes(b[at..at + 16].try_into().expect("16 bytes"))
}

/// A new header with `key`.
pub(super) fn header(key: [u8; 16]) -> Vec<u8> {
    let mut h = vec![0u8; HEADER_SIZE];
    h[0..8].copy_from_slice(&MAGIC);
    h[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    h[12..16].copy_from_slice(&(SLOTS as u32).to_le_bytes());
    h[16..20].copy_from_slice(&(SLOT_SIZE as u32).to_le_bytes());
    h[20..24].copy_from_slice(&(HEADER_SIZE as u32).to_le_bytes());
    h[24..40].copy_from_slice(&key);
    let check = KeyedHash::new(key).hash(&[&h[..HEADER_CHECKED]]) as u64;
    h[40..48].copy_from_slice(&check.to_le_bytes());
    h
}

/// The key of a valid header, or None for anything else.
pub(super) fn header_key(h: &[u8]) -> Option<[u8; 16]> {
    if h.len() < 48
        || h[0..8] != MAGIC
        || u32_at(h, 8) != FORMAT_VERSION
        || u32_at(h, 12) != SLOTS as u32
        || u32_at(h, 16) != SLOT_SIZE as u32
        || u32_at(h, 20) != HEADER_SIZE as u32
    {
        return None;
    }
    let key: [u8; 16] = h[24..40].try_into().expect("16 bytes");
    let check = KeyedHash::new(key).hash(&[&h[..HEADER_CHECKED]]) as u64;
    (u64_at(h, 40) == check).then_some(key)
}

/// The fixed part of a slot, as read (unverified).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Head {
    pub seq: u64,
    pub stamp: u64,
    pub id: u128,
    pub fetched: Micros,
    pub expires: Micros,
    pub flags: u32,
    pub lens: [u32; 3],
    pub tag: u128,
    pub sum: u128,
}

impl Head {
    pub(super) fn parse(b: &[u8]) -> Head {
        Head {
            seq: u64_at(b, 0),
            stamp: u64_at(b, 8),
            id: u128_at(b, 16),
            fetched: u64_at(b, 32) as i64,
            expires: u64_at(b, 40) as i64,
            flags: u32_at(b, 48),
            lens: [u32_at(b, 52), u32_at(b, 56), u32_at(b, 60)],
            tag: u128_at(b, 64),
            sum: u128_at(b, 80),
        }
    }

    /// How many data bytes follow, when that fits a slot.
    pub(super) fn data_len(&self) -> Option<usize> {
        let n: u64 = self.lens.iter().map(|&l| u64::from(l)).sum();
        (n <= MAX_DATA as u64).then_some(n as usize)
    }

    /// Nothing in it but the sequence number: never used, or zeroed.
    pub(super) fn is_blank(&self) -> bool {
        self.seq.is_multiple_of(2) && Head { seq: 0, ..*self } == Head::parse(&[0u8; HEAD])
    }

    /// When it stops being worth keeping, for eviction: earliest expiry
    /// first, then oldest fetch.
    pub(super) fn eviction_rank(&self) -> (Micros, Micros) {
        let exp = if self.flags & HAS_EXPIRY != 0 {
            self.expires
        } else {
            Micros::MAX
        };
        (exp, self.fetched)
    }
}

/// The tag that lets `forget($token)` find a token without storing it twice.
pub(super) fn token_tag(h: &KeyedHash, token: &[u8]) -> u128 {
    h.hash(&[b"pk8s-host-token", token])
}

fn checksum(h: &KeyedHash, slot: usize, head: &[u8], data: &[u8]) -> u128 {
    h.hash(&[
        b"pk8s-host-slot",
        &(slot as u64).to_le_bytes(),
        &head[..80],
        data,
    ])
}

/// The whole slot content for `c` with sequence number `seq` (even), or
/// None when it does not fit a slot.
#[allow(clippy::too_many_arguments)]
pub(super) fn encode(
    h: &KeyedHash,
    slot: usize,
    seq: u64,
    stamp: u64,
    id: u128,
    c: &Credential,
    fetched: Micros,
) -> Option<Wipe> {
    let token = c.token.expose().as_bytes();
    let cert = c
        .client_certificate_data
        .as_ref()
        .map(|s| s.expose().as_bytes());
    let key = c.client_key_data.as_ref().map(|s| s.expose().as_bytes());
    let parts = [token, cert.unwrap_or(b""), key.unwrap_or(b"")];
    let len: usize = parts.iter().map(|p| p.len()).sum();
    if len > MAX_DATA {
        return None;
    }
    let mut b = Wipe(vec![0u8; HEAD + len]);
    let flags = if c.expires_at.is_some() {
        HAS_EXPIRY
    } else {
        0
    } | if cert.is_some() { HAS_CERT } else { 0 }
        | if key.is_some() { HAS_KEY } else { 0 };
    let buf = &mut b.0;
    buf[0..8].copy_from_slice(&seq.to_le_bytes());
    buf[8..16].copy_from_slice(&stamp.to_le_bytes());
    buf[16..32].copy_from_slice(&id.to_le_bytes());
    buf[32..40].copy_from_slice(&fetched.to_le_bytes());
    buf[40..48].copy_from_slice(&c.expires_at.unwrap_or(0).to_le_bytes());
    buf[48..52].copy_from_slice(&flags.to_le_bytes());
    let mut at = HEAD;
    for (i, p) in parts.iter().enumerate() {
        buf[52 + 4 * i..56 + 4 * i].copy_from_slice(&(p.len() as u32).to_le_bytes());
        buf[at..at + p.len()].copy_from_slice(p);
        at += p.len();
    }
    let tag = if token.is_empty() {
        0
    } else {
        token_tag(h, token)
    };
    buf[64..80].copy_from_slice(&tag.to_le_bytes());
    let sum = checksum(h, slot, &buf[..HEAD], &buf[HEAD..]);
    buf[80..96].copy_from_slice(&sum.to_le_bytes());
    Some(b)
}

/// The credential in a slot's bytes (head and data), when they are exactly
/// what a writer of this file put there.
pub(super) fn decode(h: &KeyedHash, slot: usize, b: &[u8]) -> Option<(Head, Credential)> {
    if b.len() < HEAD {
        return None;
    }
    let head = Head::parse(b);
    if !head.seq.is_multiple_of(2) || head.id == 0 || head.data_len()? != b.len() - HEAD {
        return None;
    }
    if checksum(h, slot, &b[..HEAD], &b[HEAD..]) != head.sum {
        return None;
    }
    let has = |f: u32| head.flags & f != 0;
    if head.flags & !(HAS_EXPIRY | HAS_CERT | HAS_KEY) != 0
        || (!has(HAS_CERT) && head.lens[1] != 0)
        || (!has(HAS_KEY) && head.lens[2] != 0)
    {
        return None;
    }
    let mut at = HEAD;
    let mut take = |len: u32| {
        let s = &b[at..at + len as usize];
        at += len as usize;
        std::str::from_utf8(s)
            .ok()
            .map(|s| Secret::new(s.to_owned()))
    };
    let token = take(head.lens[0])?;
    let cert = take(head.lens[1])?;
    let key = take(head.lens[2])?;
    Some((
        head,
        Credential {
            token,
            client_certificate_data: has(HAS_CERT).then_some(cert),
            client_key_data: has(HAS_KEY).then_some(key),
            expires_at: has(HAS_EXPIRY).then_some(head.expires),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cred(token: &str, pair: bool, expires: Option<Micros>) -> Credential {
        Credential {
            token: Secret::new(token.into()),
            client_certificate_data: pair.then(|| Secret::new("-----CERT-----".into())),
            client_key_data: pair.then(|| Secret::new("-----KEY-----".into())),
            expires_at: expires,
        }
    }

    #[test]
    fn an_encoded_slot_decodes_to_the_same_credential() {
        let h = KeyedHash::new([3; 16]);
        for c in [
            cred("tok", false, Some(1_700_000_000_000_000)),
            cred("", true, None),
            cred("tök\tx", true, Some(-5)),
            cred("", true, Some(0)),
        ] {
            let b = encode(&h, 7, 4, 99, 42, &c, 123).unwrap();
            let (head, back) = decode(&h, 7, &b.0).unwrap();
            assert_eq!(back, c);
            assert_eq!(
                (head.id, head.stamp, head.fetched, head.seq),
                (42, 99, 123, 4)
            );
        }
    }

    #[test]
    fn any_changed_byte_another_key_or_slot_or_an_odd_seq_is_refused() {
        let h = KeyedHash::new([3; 16]);
        let c = cred("secret-token", true, Some(77));
        let b = encode(&h, 7, 4, 99, 42, &c, 123).unwrap();
        for i in 0..b.0.len() {
            let mut x = b.0.clone();
            x[i] ^= 0x20;
            assert!(decode(&h, 7, &x).is_none(), "byte {i}");
        }
        assert!(decode(&KeyedHash::new([4; 16]), 7, &b.0).is_none());
        assert!(decode(&h, 8, &b.0).is_none());
        assert!(decode(&h, 7, &b.0[..b.0.len() - 1]).is_none());
        let odd = encode(&h, 7, 5, 99, 42, &c, 123).unwrap();
        assert!(decode(&h, 7, &odd.0).is_none());
    }

    #[test]
    fn a_credential_larger_than_a_slot_is_not_encoded() {
        let h = KeyedHash::new([3; 16]);
        assert!(encode(&h, 0, 2, 1, 1, &cred(&"x".repeat(MAX_DATA), false, None), 0).is_some());
        assert!(
            encode(
                &h,
                0,
                2,
                1,
                1,
                &cred(&"x".repeat(MAX_DATA + 1), false, None),
                0
            )
            .is_none()
        );
    }

    #[test]
    fn a_header_is_valid_only_as_written() {
        let h = header([9; 16]);
        assert_eq!(header_key(&h), Some([9; 16]));
        for i in 0..48 {
            let mut x = h.clone();
            x[i] ^= 1;
            assert_eq!(header_key(&x), None, "byte {i}");
        }
        assert_eq!(header_key(&[0u8; 4096]), None);
        assert!(Head::parse(&[0u8; HEAD]).is_blank());
    }
}
