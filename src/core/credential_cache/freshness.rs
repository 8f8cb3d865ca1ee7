//! When a cached credential is handed out as it is, refreshed in the
//! background while it is handed out, or fetched again before anyone gets it.
//!
//! Without refresh ahead (`shared_cache = Off`) a credential is fetched again
//! once it expires within the caller's refresh buffer, as PHP K8s does. With
//! it, the refresh starts in the background at 80 % of the credential's
//! usable lifetime (from its fetch to its expiry minus the buffer), and the
//! credential is still handed out, without waiting, until it expires within
//! half the buffer: a caller waits only when no credential valid for at
//! least half the buffer exists.

use super::CachePolicy;
use crate::core::credential::Credential;
use crate::core::expiry::Micros;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Hand it out.
    Fresh,
    /// Hand it out, and start a refresh in the background.
    Due,
    /// Fetch again before handing anything out.
    Stale,
}

const SECOND: i128 = 1_000_000;

/// The first moment `c` is [`Freshness::Due`] (`None`: never, it is valid for
/// good), or, without refresh ahead, the moment it becomes stale.
pub fn refresh_point(
    c: &Credential,
    fetched: Micros,
    policy: &CachePolicy,
    buffer_secs: i64,
) -> Option<Micros> {
    let end = end_before_expiry(c, fetched, policy, i128::from(buffer_secs) * SECOND)?;
    if !policy.refresh_ahead {
        return Some(end);
    }
    let usable = (i128::from(end) - i128::from(fetched)).max(0);
    Some(clamp(i128::from(fetched) + usable * 4 / 5))
}

/// The moment `c` is no longer handed out at all (`None`: never).
pub fn stale_point(
    c: &Credential,
    fetched: Micros,
    policy: &CachePolicy,
    buffer_secs: i64,
) -> Option<Micros> {
    let buffer = i128::from(buffer_secs) * SECOND;
    let keep = if policy.refresh_ahead {
        buffer / 2
    } else {
        buffer
    };
    end_before_expiry(c, fetched, policy, keep)
}

/// `before` µs ahead of the expiry, or the end of the reuse window if that
/// comes first (`None`: neither exists).
fn end_before_expiry(
    c: &Credential,
    fetched: Micros,
    policy: &CachePolicy,
    before: i128,
) -> Option<Micros> {
    let expires = c.expires_at.map(|e| clamp(i128::from(e) - before));
    min_opt(expires, reuse_until(c, fetched, policy))
}

pub fn freshness(
    c: &Credential,
    fetched: Micros,
    policy: &CachePolicy,
    buffer_secs: i64,
    now: Micros,
) -> Freshness {
    if stale_point(c, fetched, policy, buffer_secs).is_some_and(|t| now >= t) {
        return Freshness::Stale;
    }
    match refresh_point(c, fetched, policy, buffer_secs) {
        Some(t) if policy.refresh_ahead && now >= t => Freshness::Due,
        _ => Freshness::Fresh,
    }
}

/// Until when a credential fetched at `fetched` may be reused whatever its
/// expiry says: `max_credential_age`, or `cache_max_age` without an expiry.
pub fn reuse_until(c: &Credential, fetched: Micros, policy: &CachePolicy) -> Option<Micros> {
    let after = |d: std::time::Duration| clamp(i128::from(fetched) + d.as_micros() as i128);
    let cap = (!policy.max_credential_age.is_zero()).then(|| after(policy.max_credential_age));
    let no_expiry = c
        .expires_at
        .is_none()
        .then(|| after(policy.max_age_without_expiry));
    min_opt(cap, no_expiry)
}

fn min_opt(a: Option<Micros>, b: Option<Micros>) -> Option<Micros> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn clamp(v: i128) -> Micros {
    v.clamp(i128::from(Micros::MIN), i128::from(Micros::MAX)) as Micros
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::secret::Secret;
    use std::time::Duration;

    const S: Micros = 1_000_000;

    fn cred(expires: Option<Micros>) -> Credential {
        Credential {
            token: Secret::new("t".into()),
            client_certificate_data: None,
            client_key_data: None,
            expires_at: expires,
        }
    }

    fn ahead() -> CachePolicy {
        CachePolicy {
            refresh_ahead: true,
            ..CachePolicy::default()
        }
    }

    #[test]
    fn the_issue_scenario_refreshes_at_eight_seconds_and_waits_only_after_forty() {
        // Fetched at 0, valid for 70 s, buffer 60 s: usable for 10 s.
        let c = cred(Some(70 * S));
        let p = ahead();
        let f = |now| freshness(&c, 0, &p, 60, now);
        assert_eq!(f(0), Freshness::Fresh);
        assert_eq!(f(8 * S - 1), Freshness::Fresh);
        assert_eq!(f(8 * S), Freshness::Due);
        // Inside PHP K8s's buffer, still handed out while 30 s remain.
        assert_eq!(f(39 * S), Freshness::Due);
        assert_eq!(f(40 * S), Freshness::Stale);
    }

    #[test]
    fn without_refresh_ahead_the_buffer_decides_as_in_php_k8s() {
        let c = cred(Some(70 * S));
        let p = CachePolicy::default();
        assert_eq!(freshness(&c, 0, &p, 60, 9 * S), Freshness::Fresh);
        assert_eq!(freshness(&c, 0, &p, 60, 10 * S), Freshness::Stale);
        assert_eq!(refresh_point(&c, 0, &p, 60), Some(10 * S));
    }

    #[test]
    fn a_credential_already_inside_the_buffer_is_due_at_once() {
        let c = cred(Some(50 * S));
        assert_eq!(freshness(&c, 0, &ahead(), 60, 0), Freshness::Due);
        assert_eq!(freshness(&c, 0, &ahead(), 60, 20 * S), Freshness::Stale);
    }

    #[test]
    fn without_an_expiry_the_reuse_window_counts() {
        let c = cred(None);
        let p = CachePolicy {
            max_age_without_expiry: Duration::from_secs(100),
            ..ahead()
        };
        assert_eq!(freshness(&c, 0, &p, 60, 79 * S), Freshness::Fresh);
        assert_eq!(freshness(&c, 0, &p, 60, 80 * S), Freshness::Due);
        assert_eq!(freshness(&c, 0, &p, 60, 100 * S), Freshness::Stale);
    }

    #[test]
    fn max_credential_age_is_a_hard_end() {
        let c = cred(Some(3600 * S));
        let p = CachePolicy {
            max_credential_age: Duration::from_secs(10),
            ..ahead()
        };
        assert_eq!(freshness(&c, 0, &p, 60, 8 * S), Freshness::Due);
        assert_eq!(freshness(&c, 0, &p, 60, 10 * S), Freshness::Stale);
    }

    #[test]
    fn extreme_values_do_not_overflow() {
        let c = cred(Some(Micros::MAX));
        for b in [i64::MIN, -1, 0, i64::MAX] {
            for now in [Micros::MIN, 0, Micros::MAX] {
                let _ = freshness(&c, Micros::MIN, &ahead(), b, now);
                let _ = freshness(&c, Micros::MAX, &CachePolicy::default(), b, now);
            }
        }
    }
}
