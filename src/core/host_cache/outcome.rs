//! What the header records beside the entries: how the last run of an
//! entry ended when it left nothing in the file, and a revocation epoch.
//!
//! ```text
//! header
//!   96  revocations u64: bumped by remove / forget_token / clear (not by eviction)
//!   256 outcome records × 64, 48 bytes each, record i for the ids with id % 64 == i:
//!       0 entry id u128   16 ended µs i64   24 outcome u32   28 run timeout ms u32 (0: none)
//!       32 check u128 (keyed hash of record index and bytes 0..32)
//! ```
//!
//! A process that waited for another one's run and finds the run lock free
//! but no new entry reads the record: the run failed (the waiter reports it
//! instead of running the plugin again behind it), the answer was too large
//! to share (the waiter runs its own, without queueing), or there is no
//! record for this run: the holder died, and the waiter takes over.

use super::format::{self, HEADER_SIZE};
use super::{EntryId, HostCache, RunLock, pread_exact, pwrite_all};
use crate::core::expiry::Micros;

const REVOCATIONS_AT: u64 = 96;
const RECORDS_AT: u64 = 256;
const RECORDS: u64 = 64;
const RECORD: usize = 48;
const _: () = assert!(RECORDS_AT as usize + RECORDS as usize * RECORD <= HEADER_SIZE);

/// How a run that left no entry in the file ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The plugin failed; its error is in that process's log.
    Failed,
    /// It answered, but the credential is too large for a slot.
    NotShared,
    /// It ran into that process's `exec_timeout` (in the record): a caller
    /// allowed to wait longer runs its own.
    TimedOut,
}

impl Outcome {
    fn code(self) -> u32 {
        match self {
            Outcome::Failed => 1,
            Outcome::NotShared => 2,
            Outcome::TimedOut => 3,
        }
    }
}

/// One run's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub outcome: Outcome,
    /// When it ended (wall clock, µs).
    pub ended: Micros,
    /// The `exec_timeout` it ran with, in ms (0: none).
    pub timeout_ms: u32,
}

fn record_at(id: EntryId) -> (u64, u64) {
    let i = (id % u128::from(RECORDS)) as u64;
    (i, RECORDS_AT + i * RECORD as u64)
}

impl HostCache {
    /// The revocation epoch: an entry gone from the file while this is
    /// unchanged was evicted (or is being rewritten), not revoked.
    pub fn revocations(&self) -> u64 {
        let mut b = [0u8; 8];
        if pread_exact(self.fd.fd(), &mut b, REVOCATIONS_AT) {
            u64::from_le_bytes(b)
        } else {
            0
        }
    }

    pub(super) fn bump_revocations(&self) {
        self.add_at(REVOCATIONS_AT);
    }

    /// Records how the run `lock` stands for ended, when it left no entry.
    pub fn record_outcome(&self, lock: &RunLock, r: Record) {
        let (i, at) = record_at(lock.id);
        let mut b = [0u8; RECORD];
        b[0..16].copy_from_slice(&lock.id.to_le_bytes());
        b[16..24].copy_from_slice(&r.ended.to_le_bytes());
        b[24..28].copy_from_slice(&r.outcome.code().to_le_bytes());
        b[28..32].copy_from_slice(&r.timeout_ms.to_le_bytes());
        let check = self.hasher.hash(&[&i.to_le_bytes(), &b[..32]]);
        b[32..48].copy_from_slice(&check.to_le_bytes());
        let _writes = super::lock_unpoisoned(&self.writes);
        pwrite_all(self.fd.fd(), &b, at);
    }

    /// The last recorded outcome of a run of `id`; None when there is none
    /// (or another id's record took its place).
    pub fn outcome(&self, id: EntryId) -> Option<Record> {
        let (i, at) = record_at(id);
        let mut b = [0u8; RECORD];
        if !pread_exact(self.fd.fd(), &mut b, at) {
            return None;
        }
        let check = self.hasher.hash(&[&i.to_le_bytes(), &b[..32]]);
        if format::u128_at(&b, 32) != check || format::u128_at(&b, 0) != id {
            return None;
        }
        let ended = format::u64_at(&b, 16) as Micros;
        let outcome = match u32::from_le_bytes(b[24..28].try_into().expect("4 bytes")) {
            1 => Outcome::Failed,
            2 => Outcome::NotShared,
            3 => Outcome::TimedOut,
            _ => return None,
        };
        let timeout_ms = u32::from_le_bytes(b[28..32].try_into().expect("4 bytes"));
        Some(Record {
            outcome,
            ended,
            timeout_ms,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn open(name: &str) -> (std::path::PathBuf, Arc<HostCache>) {
        let d =
            std::env::temp_dir().join(format!("k8s-auth-outcome-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        let c = HostCache::open(&d).expect("opens");
        (d, c)
    }

    #[test]
    fn an_outcome_reads_back_for_its_id_only() {
        let (d, c) = open("rt");
        assert_eq!(c.outcome(7), None);
        let l = c.try_lock(7).unwrap();
        let failed = Record {
            outcome: Outcome::Failed,
            ended: 1234,
            timeout_ms: 60_000,
        };
        c.record_outcome(&l, failed);
        assert_eq!(c.outcome(7), Some(failed));
        // Another id of the same record takes its place.
        assert_eq!(c.outcome(7 + 64), None);
        drop(l);
        let l = c.try_lock(7 + 64).unwrap();
        let big = Record {
            outcome: Outcome::NotShared,
            ended: 99,
            timeout_ms: 0,
        };
        c.record_outcome(&l, big);
        assert_eq!(c.outcome(7), None);
        assert_eq!(c.outcome(7 + 64), Some(big));
        // A flipped byte is no record at all.
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(c.path())
            .unwrap();
        let (_, at) = record_at(7 + 64);
        use std::os::unix::fs::FileExt;
        f.write_all_at(&[0xAA], at + 17).unwrap();
        assert_eq!(c.outcome(7 + 64), None);
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn revocations_count_removals_not_publishes() {
        let (d, c) = open("rev");
        let r0 = c.revocations();
        let l = c.try_lock(5).unwrap();
        let cred = crate::core::credential::Credential {
            token: crate::core::secret::Secret::new("t-rev".into()),
            client_certificate_data: None,
            client_key_data: None,
            expires_at: None,
        };
        assert!(c.publish(&l, &cred, 1));
        assert_eq!(c.revocations(), r0);
        c.forget_token(b"t-rev");
        assert!(c.revocations() > r0);
        let r1 = c.revocations();
        c.clear();
        assert!(c.revocations() > r1);
        let _ = std::fs::remove_dir_all(d);
    }
}
