//! The lines the extension writes to PHP's error log: one per failed plugin
//! run (level `errors`, the default) and, with `runs`, one per successful
//! run. They name the command as configured, the duration and the outcome;
//! never a token, a key, the plugin's stdout or an environment value. Errors
//! are logged by their kind and first line only (an error's detail may quote
//! the plugin's stderr, which a plugin could fill with anything).
//!
//! Lines are queued here and written by the request thread (the PHP layer
//! drains the queue): a background thread must never call into the engine.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};

use super::error::AuthError;
use super::expiry::Micros;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogLevel {
    Off,
    #[default]
    Errors,
    Runs,
}

impl LogLevel {
    /// PHP's ini parser turns a bare `off`, `no`, `none` or `false` into
    /// "" before the module sees it, so "" is `off` too.
    pub fn parse(v: &str) -> Option<LogLevel> {
        match v.trim().to_ascii_lowercase().as_str() {
            "" | "off" | "0" | "none" | "no" | "false" => Some(LogLevel::Off),
            "errors" | "error" => Some(LogLevel::Errors),
            "runs" | "all" => Some(LogLevel::Runs),
            _ => None,
        }
    }
}

/// Longest command shown in a line (a hostile kubeconfig may name a huge one).
const MAX_COMMAND: usize = 200;
/// Most lines kept before the request thread writes them; beyond it the
/// oldest are dropped (and the drop is counted in the next line).
const MAX_QUEUED: usize = 100;

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 10.0 {
        format!("{s:.2} s")
    } else {
        format!("{s:.1} s")
    }
}

/// The command as configured, shortened and on one line.
fn command(c: &str) -> String {
    let mut out: String = c
        .chars()
        .map(|ch| if ch.is_control() { '?' } else { ch })
        .take(MAX_COMMAND)
        .collect();
    if c.chars().count() > MAX_COMMAND {
        out.push('…');
    }
    out
}

fn rfc3339(m: Micros) -> String {
    DateTime::<Utc>::from_timestamp_micros(m)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `php_k8s_auth: plugin aws ran in 0.31 s, token valid until 2030-01-01T00:00:00Z`
pub fn run_line(
    cmd: &str,
    took: Duration,
    expires_at: Option<Micros>,
    certificate: bool,
) -> String {
    let what = if certificate {
        "client certificate"
    } else {
        "token"
    };
    let until = match expires_at {
        Some(m) => format!("{what} valid until {}", rfc3339(m)),
        None => format!("{what} without expiry"),
    };
    format!(
        "php_k8s_auth: plugin {} ran in {}, {until}",
        command(cmd),
        seconds(took)
    )
}

/// `php_k8s_auth: plugin aws failed after 1.20 s: exit code 3 …`
pub fn failure_line(cmd: &str, took: Duration, error: &AuthError) -> String {
    format!(
        "php_k8s_auth: plugin {} failed after {}: {}",
        command(cmd),
        seconds(took),
        failure_summary(error)
    )
}

/// What went wrong, without anything the plugin printed.
fn failure_summary(error: &AuthError) -> String {
    match error {
        // "executable X not found (searched PATH=…)": the PATH is an
        // environment value, so only the part before the parenthesis.
        AuthError::NotFound { message, .. } => {
            let head = message.lines().next().unwrap_or_default();
            command(head.split(" (").next().unwrap_or_default())
        }
        AuthError::Failed { message, .. } => {
            // "executable X failed with exit code 1: <stderr>" — keep the part
            // before the stderr.
            let head = message.split(": ").next().unwrap_or_default();
            let head = head.lines().next().unwrap_or_default();
            match head
                .find(" failed with ")
                .or_else(|| head.find(" was killed by "))
            {
                Some(i) => head[i + 1..].to_owned(),
                None => head.to_owned(),
            }
        }
        AuthError::Timeout { seconds, .. } => format!("timed out after {seconds} s and was killed"),
        AuthError::OutputTooLarge { limit, .. } => {
            format!("printed more than {limit} bytes and was killed")
        }
        AuthError::Interactive { .. } => "needs a terminal it does not have".into(),
        AuthError::Policy { .. } => "refused by php_k8s_auth.plugin_policy".into(),
        AuthError::InvalidJson { .. } => "its output is not JSON".into(),
        AuthError::InvalidResponse(m) => {
            let first = m.split(": ").next().unwrap_or_default();
            format!("invalid ExecCredential ({})", command(first))
        }
        AuthError::Config(_) => "invalid configuration".into(),
        other => {
            let s = other.to_string();
            command(s.split(": ").next().unwrap_or_default())
        }
    }
}

/// Queues the line for one plugin run (or a failure to start it), as the
/// level asks.
pub fn record(
    level: LogLevel,
    cmd: &str,
    took: Duration,
    result: std::result::Result<&super::credential::Credential, &AuthError>,
) {
    match (level, result) {
        (LogLevel::Off, _) | (LogLevel::Errors, Ok(_)) => {}
        (_, Err(e)) => queue(failure_line(cmd, took, e)),
        (LogLevel::Runs, Ok(c)) => queue(run_line(
            cmd,
            took,
            c.expires_at,
            c.token.is_empty() && c.client_certificate_data.is_some(),
        )),
    }
}

static QUEUE: Mutex<(VecDeque<String>, usize)> = Mutex::new((VecDeque::new(), 0));
/// Whether QUEUE may hold anything: set under its lock when a line is queued,
/// so the request thread's drain after every call takes no lock when empty.
static QUEUED: AtomicBool = AtomicBool::new(false);

/// One record, one line, whatever a message it summarises held: a line
/// feed or carriage return must not start a forged record of the log.
fn one_line(line: &str) -> String {
    super::untrusted::escape_line(line)
}

/// Queues a line for the request thread.
pub fn queue(line: String) {
    let mut q = QUEUE.lock().unwrap_or_else(|p| p.into_inner());
    if q.0.len() >= MAX_QUEUED {
        q.0.pop_front();
        q.1 += 1;
    }
    q.0.push_back(one_line(&line));
    QUEUED.store(true, Ordering::Release);
}

/// Takes the queued lines (and a note when some were dropped).
pub fn drain() -> Vec<String> {
    // A line queued by another thread just now is written at the next drain.
    if !QUEUED.load(Ordering::Acquire) {
        return Vec::new();
    }
    let mut q = QUEUE.lock().unwrap_or_else(|p| p.into_inner());
    QUEUED.store(false, Ordering::Release);
    let mut lines: Vec<String> = q.0.drain(..).collect();
    if q.1 > 0 {
        lines.insert(
            0,
            format!(
                "php_k8s_auth: {} older log lines were dropped (more than {MAX_QUEUED} waited for a request)",
                q.1
            ),
        );
        q.1 = 0;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels() {
        assert_eq!(LogLevel::parse("Runs"), Some(LogLevel::Runs));
        assert_eq!(LogLevel::parse(" off "), Some(LogLevel::Off));
        assert_eq!(LogLevel::parse(""), Some(LogLevel::Off));
        assert_eq!(LogLevel::parse("errors"), Some(LogLevel::Errors));
        assert_eq!(LogLevel::parse("verbose"), None);
    }

    #[test]
    fn run_line_names_command_duration_and_expiry_only() {
        let l = run_line(
            "aws",
            Duration::from_millis(310),
            Some(1_893_456_000_000_000),
            false,
        );
        assert_eq!(
            l,
            "php_k8s_auth: plugin aws ran in 0.31 s, token valid until 2030-01-01T00:00:00Z"
        );
        assert_eq!(
            run_line("p", Duration::from_secs(12), None, true),
            "php_k8s_auth: plugin p ran in 12.0 s, client certificate without expiry"
        );
    }

    #[test]
    fn failure_line_drops_stderr() {
        let e = AuthError::Failed {
            message: "executable /bin/p failed with exit code 3: token=SEKRIT\nmore".into(),
            hint: Some("install it".into()),
        };
        let l = failure_line("./p", Duration::from_millis(1200), &e);
        assert_eq!(
            l,
            "php_k8s_auth: plugin ./p failed after 1.20 s: failed with exit code 3"
        );
        let e = AuthError::InvalidJson {
            reason: "x".into(),
            shape: "SEKRIT".into(),
        };
        assert!(!failure_line("p", Duration::ZERO, &e).contains("SEKRIT"));
        let e = AuthError::NotFound {
            message: "executable aws not found (searched PATH=/secret/bin)".into(),
            hint: None,
        };
        assert_eq!(
            failure_line("aws", Duration::ZERO, &e),
            "php_k8s_auth: plugin aws failed after 0.00 s: executable aws not found"
        );
        let e = AuthError::InvalidResponse("missing status.token: SEKRIT".into());
        assert_eq!(
            failure_line("p", Duration::ZERO, &e),
            "php_k8s_auth: plugin p failed after 0.00 s: invalid ExecCredential (missing status.token)"
        );
    }

    #[test]
    fn commands_are_one_short_line() {
        let l = run_line(
            &format!("a\nb{}", "x".repeat(500)),
            Duration::ZERO,
            None,
            false,
        );
        assert!(!l.contains('\n') && l.len() < 300, "{l}");
    }

    #[test]
    fn every_queued_line_is_one_line() {
        assert_eq!(
            one_line("a\n[30-Nov-2026] PHP Fatal error: forged\rb"),
            "a\\n[30-Nov-2026] PHP Fatal error: forged\\rb"
        );
    }

    #[test]
    fn queue_keeps_the_newest_lines() {
        for i in 0..(MAX_QUEUED + 5) {
            queue(format!("line {i}"));
        }
        let lines = drain();
        assert!(
            lines[0].contains("5 older log lines were dropped"),
            "{}",
            lines[0]
        );
        assert_eq!(lines.len(), MAX_QUEUED + 1);
        assert_eq!(lines.last().unwrap(), &format!("line {}", MAX_QUEUED + 4));
        assert!(drain().is_empty());
    }
}
