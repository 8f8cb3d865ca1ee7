//! Expiration timestamps: RFC 3339 parsing with Go's rules (what kubectl
//! accepts) and the refresh-buffer check of the PHP provider.

use chrono::{DateTime, NaiveDate, Utc};

/// An instant in whole microseconds since the Unix epoch, PHP's resolution.
pub type Micros = i64;

/// Parses a timestamp the way Go's `time.Parse(time.RFC3339, s)` does:
/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, upper-case `T` and `Z` only,
/// fractional seconds of any length (also after a comma), no leap second.
pub fn parse_rfc3339(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        part.iter().all(u8::is_ascii_digit).then(|| {
            part.iter()
                .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
        })
    };
    let year = num(0, 4)?;
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || b.get(10) != Some(&b'T') {
        return None;
    }
    let (month, day) = (num(5, 2)?, num(8, 2)?);
    if b.get(13) != Some(&b':') || b.get(16) != Some(&b':') {
        return None;
    }
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let mut i = 19;
    let mut nanos: u32 = 0;
    if matches!(b.get(i), Some(b'.') | Some(b',')) {
        let start = i + 1;
        let mut end = start;
        while b.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if end == start {
            return None;
        }
        for (k, d) in b[start..end].iter().take(9).enumerate() {
            nanos += u32::from(d - b'0') * 10u32.pow(8 - k as u32);
        }
        i = end;
    }
    let offset_secs: i64 = match b.get(i) {
        Some(b'Z') if b.len() == i + 1 => 0,
        Some(sign @ (b'+' | b'-')) if b.len() == i + 6 && b[i + 3] == b':' => {
            let (oh, om) = (num(i + 1, 2)?, num(i + 4, 2)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let v = i64::from(oh * 3600 + om * 60);
            if *sign == b'-' { -v } else { v }
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let naive = date.and_hms_nano_opt(hour, minute, second, nanos)?;
    let utc = naive.and_utc() - chrono::Duration::seconds(offset_secs);
    Some(utc)
}

/// Go's `time.Time{}` (0001-01-01T00:00:00Z, in any offset): client-go's
/// `IsZero()`, meaning "no expiry".
pub fn is_go_zero(t: &DateTime<Utc>) -> bool {
    t.timestamp() == -62_135_596_800 && t.timestamp_subsec_nanos() == 0
}

pub fn to_micros(t: &DateTime<Utc>) -> Micros {
    t.timestamp_micros()
}

/// The PHP provider's rule: expired when `expiresAt <= now + buffer`.
pub fn is_expired(expires_at: Option<Micros>, now: Micros, refresh_buffer_secs: i64) -> bool {
    match expires_at {
        None => false,
        Some(exp) => exp <= now.saturating_add(refresh_buffer_secs.saturating_mul(1_000_000)),
    }
}

/// Wall-clock now in microseconds: the clock `Utc::now()` reads, without
/// its calendar conversion (on every request's first call).
pub fn now_micros() -> Micros {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_micros() as Micros,
        Err(_) => Utc::now().timestamp_micros(),
    }
}

/// Wall-clock now from the kernel's coarse clock (a few milliseconds of
/// resolution, a fraction of the cost): plenty for a refresh buffer in seconds,
/// and it keeps `getToken()` on a held token near an empty method call.
pub fn coarse_now_micros() -> Micros {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_REALTIME_COARSE, &mut ts) };
    if rc != 0 {
        return now_micros();
    }
    ts.tv_sec * 1_000_000 + ts.tv_nsec / 1_000
}

/// `Y-m-d H:i:s.u` in UTC, the form PHP's date parser reads back exactly.
pub fn format_for_php(t: Micros) -> String {
    let dt = DateTime::<Utc>::from_timestamp_micros(t).unwrap_or_default();
    dt.format("%Y-%m-%d %H:%M:%S%.6f UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        parse_rfc3339(s).map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true))
    }

    #[test]
    fn accepts_what_go_accepts() {
        assert_eq!(
            p("2030-01-01T00:00:00Z").unwrap(),
            "2030-01-01T00:00:00.000000000Z"
        );
        assert_eq!(
            p("2030-01-01T00:00:00.123456789Z").unwrap(),
            "2030-01-01T00:00:00.123456789Z"
        );
        assert_eq!(
            p("2030-01-01T02:00:00+02:00").unwrap(),
            "2030-01-01T00:00:00.000000000Z"
        );
        assert_eq!(
            p("2029-12-31T23:30:00-00:30").unwrap(),
            "2030-01-01T00:00:00.000000000Z"
        );
        assert_eq!(
            p("2030-01-01T00:00:00,5Z").unwrap(),
            "2030-01-01T00:00:00.500000000Z"
        );
        assert!(p("0000-01-01T00:00:00Z").is_some());
    }

    #[test]
    fn rejects_what_go_rejects() {
        for s in [
            "",
            "2030-01-01",
            "2030-01-01t00:00:00Z",
            "2030-01-01T00:00:00z",
            "2030-01-01 00:00:00Z",
            "2030-01-01T00:00:00",
            "2030-01-01T00:00:60Z",
            "2030-02-30T00:00:00Z",
            "2030-01-01T24:00:00Z",
            "2030-01-01T00:00:00.Z",
            "2030-01-01T00:00:00+0200",
            "2030-01-01T00:00:00+24:00",
            "2030-1-01T00:00:00Z",
            "2030-01-01T00:00:00Z ",
        ] {
            assert!(p(s).is_none(), "{s:?} should be rejected");
        }
    }

    #[test]
    fn buffer_rule_matches_the_php_provider() {
        let now = 1_000_000_000;
        assert!(!is_expired(None, now, 60));
        assert!(is_expired(Some(now + 60_000_000), now, 60));
        assert!(!is_expired(Some(now + 60_000_001), now, 60));
        assert!(is_expired(Some(now - 1), now, 0));
        assert!(!is_expired(Some(now + 1), now, 0));
    }

    #[test]
    fn php_format_round_trips_microseconds() {
        let t = parse_rfc3339("2030-01-01T00:00:00.123456Z").unwrap();
        assert_eq!(
            format_for_php(to_micros(&t)),
            "2030-01-01 00:00:00.123456 UTC"
        );
    }
}
