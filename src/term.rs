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

/// True for a character that must not reach a terminal raw from untrusted text: C0 and
/// C1 controls and DEL (escape sequences, CSI 0x9b, bell), the bidirectional overrides,
/// embeddings and isolates (U+202A..U+202E, U+2066..U+2069, U+200E/U+200F, U+061C:
/// "Trojan Source", CVE-2021-42574), zero-width characters (U+200B..U+200D, U+2060,
/// U+FEFF) and the line and paragraph separators U+2028/U+2029.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Replaces every [`is_unsafe_char`] character with a `\u{…}` escape and bounds the
/// length, so untrusted text cannot move the cursor, ring the bell, reorder what is
/// shown or flood the terminal. The one sanitizer of text output; JSON output uses
/// [`terminal_safe_json`], which applies the same rule as JSON escapes.
pub fn sanitize(s: &str) -> String {
    const MAX: usize = 2000;
    let mut out = String::with_capacity(s.len().min(MAX));
    for (i, c) in s.chars().enumerate() {
        if i >= MAX {
            out.push('…');
            break;
        }
        if is_unsafe_char(c) && c.is_ascii() {
            out.extend(c.escape_default());
        } else if is_unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Pretty JSON (plus a newline) in which every [`is_unsafe_char`] character inside a
/// string is written as a `\uXXXX` escape (RFC 8259 §7): the document still parses to
/// exactly the same value, but no byte of it can steer a terminal.
pub fn terminal_safe_json(v: &serde_json::Value) -> String {
    let text = serde_json::to_string_pretty(v).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        // Newlines outside strings are the layout; serde_json escapes those inside.
        if is_unsafe_char(c) && c != '\n' {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out.push('\n');
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
        for bad in [
            '\x1b', '\x07', '\x7f', '\u{9b}', '\u{85}', '\u{202e}', '\u{2066}', '\u{2069}',
            '\u{200f}', '\u{2028}', '\u{2029}', '\u{feff}', '\u{61c}',
        ] {
            let s = sanitize(&format!("a{bad}b"));
            assert!(!s.contains(bad), "{bad:?}: {s}");
            assert!(s.starts_with('a') && s.ends_with('b'), "{s}");
        }
    }

    #[test]
    fn terminal_safe_json_keeps_the_value() {
        let v = serde_json::json!({"a": "x\u{1b}[2J\u{7f}\u{9b}\u{202e}\u{2028}y\nz"});
        let s = terminal_safe_json(&v);
        assert!(!s.chars().any(|c| is_unsafe_char(c) && c != '\n'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
