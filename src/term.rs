//! stdout/stderr discipline: terminal detection, error printing, debug lines and the
//! sanitising of untrusted text (IdP error descriptions, JWT headers) before printing.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::CliError;

static DEBUG: AtomicBool = AtomicBool::new(false);

/// Turns `--debug` lines on or off for this process.
pub fn set_debug(on: bool) {
    DEBUG.store(on, Ordering::Relaxed);
}

/// True when `--debug` was given.
pub fn debug_enabled() -> bool {
    DEBUG.load(Ordering::Relaxed)
}

/// Prints a `debug: …` line on stderr when `--debug` is on. Never pass secret values.
#[macro_export]
macro_rules! debug {
    ($($arg:tt)*) => {
        if $crate::term::debug_enabled() {
            eprintln!("debug: {}", format_args!($($arg)*));
        }
    };
}

/// Prints a `warning: …` line on stderr.
pub fn warn(msg: impl AsRef<str>) {
    eprintln!("warning: {}", msg.as_ref());
}

/// Prints an error as `error: msg`, `  caused by: …` for each source, then `hint: …` lines.
pub fn print_error(e: &CliError) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "error: {}", sanitize(&e.error.to_string()));
    let mut cur = e.error.source();
    while let Some(s) = cur {
        let _ = writeln!(err, "  caused by: {}", sanitize(&s.to_string()));
        cur = s.source();
    }
    for h in &e.hints {
        let _ = writeln!(err, "hint: {h}");
    }
}

/// True when stdout is a terminal (then `get` adds a newline and binary output is refused).
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// True when we may prompt: stderr is a terminal and `/dev/tty` can be opened.
///
/// Prompts are written to the terminal, never to stdout, so `get` stays pipeable.
pub fn can_prompt() -> bool {
    std::io::stderr().is_terminal() && std::fs::File::open("/dev/tty").is_ok()
}

/// Replaces control characters (except none) with `\u{…}` escapes and bounds the length,
/// so untrusted text cannot move the cursor, ring the bell or flood the terminal.
pub fn sanitize(s: &str) -> String {
    const MAX: usize = 2000;
    let mut out = String::with_capacity(s.len().min(MAX));
    for (i, c) in s.chars().enumerate() {
        if i >= MAX {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes `bytes` to stdout and flushes; a broken pipe surfaces as an `io::Error`.
pub fn write_stdout(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_control_characters() {
        assert_eq!(sanitize("a\x1b[31mb\nc"), "a\\u{1b}[31mb\\nc");
        assert_eq!(sanitize("héllo"), "héllo");
    }
}
