//! A cluster's `proxy-url` as kubectl passes it to the plugin: Go's
//! `url.Parse(s)` then `u.String()` (lower-case scheme, userinfo and path
//! re-escaped, an escaping kept when it is a valid one), and kubectl's check
//! that the scheme is http, https or socks5. Only the absolute
//! `scheme://authority/path?query#fragment` form is re-written; the rules are
//! those of Go's net/url (shouldEscape, validEncoded, validUserinfo).

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Path,
    UserPassword,
    Host,
    Fragment,
}

fn should_escape(c: u8, mode: Mode) -> bool {
    if c.is_ascii_alphanumeric() {
        return false;
    }
    if mode == Mode::Host
        && matches!(
            c,
            b'!' | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'"'
        )
    {
        return false;
    }
    match c {
        b'-' | b'_' | b'.' | b'~' => false,
        b'$' | b'&' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' => match mode {
            Mode::Path => c == b'?',
            Mode::UserPassword => matches!(c, b'@' | b'/' | b'?' | b':'),
            Mode::Fragment => false,
            Mode::Host => true,
        },
        b'!' | b'(' | b')' | b'*' if mode == Mode::Fragment => false,
        _ => true,
    }
}

fn escape(s: &[u8], mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s {
        if should_escape(c, mode) {
            out.push_str(&format!("%{c:02X}"));
        } else {
            out.push(c as char);
        }
    }
    out
}

fn unhex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unescape(s: &str, mode: Mode) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let (Some(h), Some(l)) = (
                    b.get(i + 1).copied().and_then(unhex),
                    b.get(i + 2).copied().and_then(unhex),
                ) else {
                    return Err("invalid URL escape".into());
                };
                if mode == Mode::Host && h < 8 && &b[i..i + 3] != b"%25" {
                    return Err("invalid URL escape in host".into());
                }
                out.push(h << 4 | l);
                i += 3;
            }
            c => {
                if mode == Mode::Host && c < 0x80 && should_escape(c, mode) {
                    return Err("invalid character in host name".into());
                }
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn valid_encoded(s: &str, mode: Mode) -> bool {
    s.bytes().all(|c| {
        matches!(
            c,
            b'!' | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'@'
                | b'['
                | b']'
                | b'%'
        ) || !should_escape(c, mode)
    })
}

/// Go's EscapedPath / EscapedFragment: the text as written when it is a
/// valid escaping of the same value, else the value escaped.
fn escaped(raw: &str, mode: Mode) -> Result<String, String> {
    let value = unescape(raw, mode)?;
    if valid_encoded(raw, mode) {
        return Ok(raw.to_string());
    }
    Ok(escape(&value, mode))
}

/// `proxy-url` normalised as kubectl sends it, or why kubectl refuses it.
pub fn normalise_proxy_url(raw: &str) -> Result<String, String> {
    if raw.bytes().any(|c| c < 0x20 || c == 0x7f) {
        return Err("net/url: invalid control character in URL".into());
    }
    let (rest, fragment) = match raw.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (raw, None),
    };
    let colon = rest.find(':').ok_or("missing protocol scheme")?;
    let scheme = &rest[..colon];
    let ok_scheme = scheme
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
    if !ok_scheme {
        return Err("missing protocol scheme".into());
    }
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https" | "socks5") {
        return Err(format!(
            "unsupported scheme \"{scheme}\", must be http, https, or socks5"
        ));
    }
    let rest = &rest[colon + 1..];
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let Some(after) = rest.strip_prefix("//") else {
        // Opaque form (`http:host`): Go keeps it as written.
        return Ok(raw.replacen(&raw[..colon], &scheme, 1));
    };
    let (authority, path) = match after.find('/') {
        Some(i) => (&after[..i], &after[i..]),
        None => (after, ""),
    };
    let (userinfo, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let mut out = format!("{scheme}:");
    let user = match userinfo {
        None => None,
        Some(u) => {
            if !u
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"-._:~!$&'()*+,;=%@".contains(&c))
            {
                return Err("net/url: invalid userinfo".into());
            }
            Some(match u.split_once(':') {
                Some((name, pass)) => format!(
                    "{}:{}",
                    escape(&unescape(name, Mode::UserPassword)?, Mode::UserPassword),
                    escape(&unescape(pass, Mode::UserPassword)?, Mode::UserPassword)
                ),
                None => escape(&unescape(u, Mode::UserPassword)?, Mode::UserPassword),
            })
        }
    };
    // Port: what follows the last ':' outside an IPv6 literal must be digits.
    let port_from = if host.starts_with('[') {
        host.find(']').map(|i| i + 1)
    } else {
        host.rfind(':')
    };
    if let Some(i) = port_from
        && let Some(port) = host.get(i..).filter(|p| !p.is_empty())
        && !(port.starts_with(':') && port[1..].bytes().all(|c| c.is_ascii_digit()))
    {
        return Err("invalid port after host".into());
    }
    let host = unescape(host, Mode::Host)?;
    let path_value = unescape(path, Mode::Path)?;
    if !host.is_empty() || !path_value.is_empty() || user.is_some() {
        out.push_str("//");
    }
    if let Some(u) = user {
        out.push_str(&u);
        out.push('@');
    }
    out.push_str(&escape(&host, Mode::Host));
    out.push_str(&escaped(path, Mode::Path)?);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = fragment
        && !f.is_empty()
    {
        out.push('#');
        out.push_str(&escaped(f, Mode::Fragment)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_kubectl_1_33() {
        // What kubectl 1.33 put in KUBERNETES_EXEC_INFO for each proxy-url.
        let cases = [
            ("HTTP://Proxy.EXAMPLE:3128", "http://Proxy.EXAMPLE:3128"),
            ("http://proxy:3128/", "http://proxy:3128/"),
            (
                "http://user:p@ss@proxy:3128",
                "http://user:p%40ss@proxy:3128",
            ),
            ("socks5://proxy:1080", "socks5://proxy:1080"),
            ("http://proxy:3128/a b", "http://proxy:3128/a%20b"),
            ("http://[::1]:3128", "http://[::1]:3128"),
            ("http://proxy:3128?x=1#f", "http://proxy:3128?x=1#f"),
            ("http://proxy:3128/%41%2f", "http://proxy:3128/%41%2f"),
            ("http://us%65r@proxy", "http://user@proxy"),
            ("http://proxy:3128/ä", "http://proxy:3128/%C3%A4"),
            ("https://p:443", "https://p:443"),
            ("http://proxy:99999", "http://proxy:99999"),
        ];
        for (raw, want) in cases {
            assert_eq!(normalise_proxy_url(raw).as_deref(), Ok(want), "{raw}");
        }
        for bad in ["proxy:3128", "http://pro xy", "ftp://x"] {
            assert!(normalise_proxy_url(bad).is_err(), "{bad}");
        }
    }
}
