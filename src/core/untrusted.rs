//! How bytes from outside (a plugin's stdout and stderr, kubeconfig values,
//! paths) may appear in a message. stdout is never shown, only described:
//! whatever shape a plugin prints, the credential may be in it. Everything
//! that is shown is escaped, so no message carries a NUL (PHP cannot throw
//! it), a terminal escape sequence or a carriage return that hides a line.

use std::fmt::Write;

/// `bytes` as text fit for a message: invalid UTF-8 as `\xNN`, NUL as `\0`,
/// other control characters (C0 except line feed and tab, DEL, C1) and the
/// Unicode bidirectional overrides as `\u{…}`. Line feeds and tabs stay: a
/// plugin's multi-line stderr must stay readable.
pub fn escape(bytes: &[u8]) -> String {
    let (bytes, cut) = bounded(bytes, MAX_TEXT);
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            push_char(&mut out, c, true);
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push_str(&cut);
    out
}

/// [`escape`] for text that continues a message over several lines (a
/// plugin's stderr, an install hint): every line after the first is
/// indented, so none of it can start a line that reads like a record of
/// the error log it may end up in (`[30-Nov-2026 …] PHP Fatal error: …`).
pub fn escape_block(bytes: &[u8]) -> String {
    escape(bytes).replace('\n', "\n  ")
}

/// Longest text ([`escape`]: hints, stderr) and one-line value
/// ([`escape_line`]: commands, names, keys, paths) a message shows: every
/// one of them can come from a customer's kubeconfig, and a failure must
/// not write megabytes into the error log.
pub const MAX_TEXT: usize = 4096;
pub const MAX_LINE: usize = 1024;

/// The first `max` bytes of `bytes` (cut on a UTF-8 boundary where there
/// is one nearby) and, when anything was cut, a note saying how much.
fn bounded(bytes: &[u8], max: usize) -> (&[u8], String) {
    if bytes.len() <= max {
        return (bytes, String::new());
    }
    let mut end = max;
    // Back up over UTF-8 continuation bytes (at most 3) so a character is not split.
    while end > max - 3 && bytes[end] & 0xc0 == 0x80 {
        end -= 1;
    }
    (
        &bytes[..end],
        format!("… [{} not shown]", plural(bytes.len() - end, "byte")),
    )
}

/// A one-line form of `s` for a message: like [`escape`], and line feeds and
/// tabs escaped too (a path or a name never legitimately holds them).
pub fn escape_line(s: &str) -> String {
    let (bytes, cut) = bounded(s.as_bytes(), MAX_LINE);
    let mut out = String::with_capacity(bytes.len());
    for c in String::from_utf8_lossy(bytes).chars() {
        push_char(&mut out, c, false);
    }
    out.push_str(&cut);
    out
}

/// [`escape_line`] of a path, as bytes (paths need not be UTF-8).
pub fn escape_path(p: &std::path::Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let (bytes, cut) = bounded(p.as_os_str().as_bytes(), MAX_LINE);
    let shown = escape(bytes) + &cut;
    if shown.contains(['\n', '\t']) {
        escape_line(&shown)
    } else {
        shown
    }
}

fn push_char(out: &mut String, c: char, keep_lines: bool) {
    match c {
        '\0' => out.push_str("\\0"),
        '\n' | '\t' if keep_lines => out.push(c),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        // Unicode's line and paragraph separators end a line for some viewers.
        c if c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}') => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}

/// Characters that reorder the text around them on screen (Trojan Source).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// What a plugin's stdout looked like, without any of its content: its size
/// and the format it resembles, for "Invalid JSON output" messages.
pub fn describe_stdout(stdout: &[u8]) -> String {
    let size = plural(stdout.len(), "byte");
    if stdout.is_empty() {
        return size;
    }
    if stdout.iter().all(u8::is_ascii_whitespace) {
        return format!("{size} of whitespace");
    }
    let mut notes = Vec::new();
    if let Err(e) = std::str::from_utf8(stdout) {
        notes.push(format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        ));
    }
    if let Some(at) = stdout.iter().position(|b| *b == 0) {
        notes.push(format!("a NUL byte at offset {at}"));
    }
    let text = String::from_utf8_lossy(stdout);
    let body = text.trim_start_matches('\u{feff}').trim();
    let lines = body.lines().count();
    let shape = if body.starts_with('{') && looks_single_quoted(body) {
        "what looks like a Python dict or a JavaScript object literal (single-quoted strings), not JSON: JSON needs double quotes".to_owned()
    } else if body.starts_with(['{', '[']) {
        format!("what looks like JSON ({})", plural(lines, "line"))
    } else if starts_with_ignore_case(body, "bearer ") {
        "an HTTP Authorization value (\"Bearer …\"), not an ExecCredential object".to_owned()
    } else if !body.contains(char::is_whitespace) {
        format!(
            "a single word of {}, perhaps a bare token; the plugin must print an ExecCredential object",
            plural(body.chars().count(), "character")
        )
    } else if looks_like_yaml(body) {
        format!("what looks like YAML ({})", plural(lines, "line"))
    } else {
        format!("text ({})", plural(lines, "line"))
    };
    notes.insert(0, shape);
    format!("{size}: {}", notes.join(", "))
}

fn looks_single_quoted(body: &str) -> bool {
    let first_quote = body.find(['\'', '"']);
    first_quote.is_some_and(|i| body.as_bytes()[i] == b'\'')
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Some line reads `key: …` with a plain key.
fn looks_like_yaml(body: &str) -> bool {
    body.lines().any(|l| {
        let l = l.trim_start().trim_start_matches("- ");
        l.split_once(':').is_some_and(|(k, rest)| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
                && (rest.is_empty() || rest.starts_with(' '))
        })
    })
}

fn plural(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// A string value from a plugin's answer, quoted only when it has the form
/// `allowed` accepts (so it cannot be a credential); otherwise only its length.
pub fn value_or_length(s: &str, allowed: fn(&str) -> bool) -> String {
    if allowed(s) {
        format!("{s:?}")
    } else {
        format!(
            "a string of {} (not shown)",
            plural(s.chars().count(), "character")
        )
    }
}

/// `group/version` as Kubernetes writes API versions, e.g.
/// `client.authentication.k8s.io/v1beta1`.
pub fn is_api_version(s: &str) -> bool {
    let Some((group, version)) = s.rsplit_once('/') else {
        return false;
    };
    let group_ok = !group.is_empty()
        && group.len() <= 253
        && group
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-'));
    let Some(v) = version.strip_prefix('v') else {
        return false;
    };
    let digits = v.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &v[digits..];
    let stage_ok = rest.is_empty()
        || ["alpha", "beta"].iter().any(|stage| {
            rest.strip_prefix(stage).is_some_and(|n| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
            })
        });
    group_ok && (1..=3).contains(&digits) && stage_ok
}

/// Shaped like a Kubernetes kind: a short word of letters only (credentials
/// carry digits or symbols), in any case, so `execcredential` is shown.
pub fn is_kind(s: &str) -> bool {
    (1..=40).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic())
}

/// What an RFC 3339 timestamp is made of, at a timestamp's length.
pub fn is_timestamp_like(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, 'T' | 't' | 'Z' | 'z' | ':' | '+' | '-' | '.' | ' ')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_shows_controls_and_bad_bytes_but_keeps_lines() {
        assert_eq!(
            escape(b"a\0b\x1b[31mc\rd\ne\tf\xff\x7f"),
            "a\\0b\\u{1b}[31mc\\rd\ne\tf\\xff\\u{7f}"
        );
        assert_eq!(escape("x\u{202e}y\u{85}".as_bytes()), "x\\u{202e}y\\u{85}");
        assert_eq!(escape_line("a\nb\tc\0"), "a\\nb\\tc\\0");
        assert_eq!(escape("ünïcode ok".as_bytes()), "ünïcode ok");
        assert_eq!(
            escape("a\u{2028}b\u{2029}".as_bytes()),
            "a\\u{2028}b\\u{2029}"
        );
    }

    #[test]
    fn a_block_never_starts_a_line_of_its_own() {
        let forged = b"first\n[30-Nov-2026 00:00:00 UTC] PHP Fatal error: forged\r\nlast";
        let shown = escape_block(forged);
        assert_eq!(
            shown,
            "first\n  [30-Nov-2026 00:00:00 UTC] PHP Fatal error: forged\\r\n  last"
        );
        assert!(shown.lines().skip(1).all(|l| l.starts_with("  ")));
    }

    #[test]
    fn shown_values_are_bounded_and_say_how_much_was_cut() {
        let long = "é".repeat(5000);
        let line = escape_line(&long);
        assert!(line.len() <= MAX_LINE + 40, "{}", line.len());
        assert!(line.ends_with("… [8976 bytes not shown]"), "{line:?}");
        assert!(!line.contains('\u{fffd}'));
        let text = escape(&vec![b'a'; 10_000_000]);
        assert!(text.len() <= MAX_TEXT + 40);
        assert!(
            text.ends_with("… [9995904 bytes not shown]"),
            "{:?}",
            &text[4000..]
        );
        let path = escape_path(std::path::Path::new(&"/x".repeat(100_000)));
        assert!(path.len() <= MAX_LINE + 40);
        assert_eq!(escape_line("short"), "short");
    }

    #[test]
    fn escaped_text_never_holds_a_nul_or_escape_character() {
        let all: Vec<u8> = (0..=255).collect();
        let e = escape(&all);
        assert!(!e.contains('\0') && !e.contains('\x1b') && !e.contains('\r'));
    }

    #[test]
    fn stdout_descriptions_never_contain_the_content() {
        let secret = "SEKRIT-7f3a";
        for out in [
            format!("{{'status': {{'token': '{secret}'}}}}"),
            format!("Bearer {secret}"),
            format!("apiVersion: v1\nstatus:\n token: {secret}\n  bad: indent"),
            format!("{{\"status\": {{\"token\": {secret}}}}}"),
            format!("{secret}\0{secret}"),
            format!("token={secret} more words"),
        ] {
            let d = describe_stdout(out.as_bytes());
            assert!(!d.contains("SEKRIT"), "{d}");
            assert!(d.starts_with(&format!("{} bytes: ", out.len())), "{d}");
        }
    }

    #[test]
    fn stdout_shapes_are_named() {
        let cases: [(&[u8], &str); 7] = [
            (b"{'status': {'token': 'x'}}", "Python dict"),
            (b"Bearer abc", "\"Bearer"),
            (b"status:\n  token: x\n", "YAML (2 lines)"),
            (b"{\"a\": b}", "JSON (1 line)"),
            (b"abcdef", "single word of 6 characters"),
            (b"\xff\xfe", "not valid UTF-8 (first bad byte at offset 0)"),
            (b"a b\0", "a NUL byte at offset 3"),
        ];
        for (input, want) in cases {
            let d = describe_stdout(input);
            assert!(d.contains(want), "{d}");
        }
        assert_eq!(describe_stdout(b" \n"), "2 bytes of whitespace");
    }

    #[test]
    fn only_harmless_values_are_quoted() {
        assert!(is_api_version("client.authentication.k8s.io/v1beta1"));
        assert!(is_api_version("client.authentication.k8s.io/v1"));
        assert!(!is_api_version("k8s-aws-v1.aHR0cHM6Ly9zdHM"));
        assert!(!is_api_version("a/vX"));
        assert!(is_kind("Secret") && is_kind("execcredential"));
        assert!(!is_kind("AKIA1234") && !is_kind("eyJhbGciOiJSUzI1NiJ9") && !is_kind(""));
        assert!(is_timestamp_like("2030-01-01T00:00:00Z") && !is_timestamp_like("tomorrow"));
        assert_eq!(
            value_or_length("tomorrow", is_timestamp_like),
            "a string of 8 characters (not shown)"
        );
        assert_eq!(value_or_length("Secret", is_kind), "\"Secret\"");
    }
}
