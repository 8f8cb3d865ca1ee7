//! Writes the core's queued log lines through PHP's own `error_log()` (that
//! is `php_log_err`: the `error_log` setting, syslog, or php-fpm's
//! `catch_workers_output`). Only the request thread calls this.

use ext_php_rs::types::ZendCallable;

/// Writes every queued line; cheap when the queue is empty. Like PHP's own
/// errors, nothing is written while `log_errors` is Off.
pub fn flush() {
    let lines = crate::core::log::drain();
    if lines.is_empty() {
        return;
    }
    let log_errors = ZendCallable::try_from_name("ini_get")
        .ok()
        .and_then(|f| f.try_call(vec![&"log_errors"]).ok())
        .and_then(|z| z.string())
        .is_none_or(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "1" | "on" | "yes" | "true"
            )
        });
    if !log_errors {
        return;
    }
    let Ok(error_log) = ZendCallable::try_from_name("error_log") else {
        return; // disabled with disable_functions: nowhere to write
    };
    for line in lines {
        let _ = error_log.try_call(vec![&line]);
    }
}
