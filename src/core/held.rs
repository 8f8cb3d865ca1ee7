//! Whether a credential a provider holds can still be handed out as it is.

use super::credential_cache::{self, Fetched};
use super::expiry::{self, Micros};

impl Fetched {
    /// True while the credential may be served at `now` with `buffer`
    /// seconds of refresh buffer: its cache entry was not replaced by
    /// another provider's run, `max_credential_age` (or `cache_max_age`
    /// without an expiry) has not passed, its token was not `forget()`-ed,
    /// it does not expire within the buffer, and (with refresh ahead) its
    /// refresh point has not come: then the cache is asked, which starts the
    /// background refresh or hands out its result.
    pub fn usable_at(&self, now: Micros, buffer: i64) -> bool {
        self.slot
            .as_ref()
            .is_none_or(|s| s.generation() == self.generation)
            && self.reuse_until.is_none_or(|t| now < t)
            && self.refresh_at.is_none_or(|t| now < t)
            && !credential_cache::forgotten_since(self.forget_epoch, self.tag)
            && match self.credential.expires_at {
                None => true,
                Some(exp) => !expiry::is_expired(Some(exp), now, buffer),
            }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::core::credential::parse;
    use crate::core::exec_config::ApiVersion;

    const SECOND: Micros = 1_000_000;

    fn fetched(expiry: Option<&str>) -> Fetched {
        let status = match expiry {
            Some(t) => format!(r#"{{"token":"tok-held-rule","expirationTimestamp":"{t}"}}"#),
            None => r#"{"token":"tok-held-rule"}"#.to_owned(),
        };
        let answer = format!(
            r#"{{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{status}}}"#
        );
        Fetched::detached(Arc::new(
            parse(answer.as_bytes(), ApiVersion::V1).expect("valid answer"),
        ))
    }

    #[test]
    fn a_credential_is_usable_until_its_expiry_minus_the_buffer() {
        let f = fetched(Some("2030-01-01T00:00:00Z"));
        let exp = f.credential.expires_at.expect("has an expiry");
        assert!(f.usable_at(exp - 61 * SECOND, 60));
        assert!(!f.usable_at(exp - 60 * SECOND, 60));
        assert!(f.usable_at(exp - SECOND, 0));
        assert!(!f.usable_at(exp, 0));
    }

    #[test]
    fn without_an_expiry_only_the_reuse_limit_ends_it() {
        let mut f = fetched(None);
        assert!(f.usable_at(Micros::MAX / 2, 60));
        f.reuse_until = Some(100 * SECOND);
        assert!(f.usable_at(99 * SECOND, 60));
        assert!(!f.usable_at(100 * SECOND, 60));
    }
}
