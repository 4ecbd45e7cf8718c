//! `jws`, `jwe`, `pubkey`, and JWT minting for `header`: argument resolution, stdin,
//! output, and the mapping of [`JoseError`] to exit statuses and hints.

mod inspect;
mod jwe;
pub mod pubkey;
mod sign;
mod verify;

use crate::cli::GlobalArgs;
use crate::cli::jose::{JweCommand, JwsCommand};
use crate::error::{CliError, CliResult, ErrorKind, user_error};
use crate::jose::JoseError;

pub use pubkey::cmd_pubkey;
pub use sign::sign_jwt_for_header;

/// `jws …`.
pub fn cmd_jws(g: &GlobalArgs, c: JwsCommand) -> CliResult {
    match c {
        JwsCommand::Sign(a) => sign::cmd_jws_sign(g, a),
        JwsCommand::Verify(a) => verify::cmd_jws_verify(g, a),
        JwsCommand::Inspect(a) => inspect::cmd_jws_inspect(a),
    }
}

/// `jwe …`.
pub fn cmd_jwe(g: &GlobalArgs, c: JweCommand) -> CliResult {
    match c {
        JweCommand::Encrypt(a) => jwe::cmd_jwe_encrypt(g, a),
        JweCommand::Decrypt(a) => jwe::cmd_jwe_decrypt(g, a),
    }
}

/// Turns a domain error into the user's error: token verdicts are a definite "no"
/// (exit 1), key and usage problems exit 2 with a hint.
pub(crate) fn jose_error(e: JoseError, name: &str) -> CliError {
    let kind = match &e {
        JoseError::WrongKeyType(_) | JoseError::InvalidClaims(_) => ErrorKind::Usage,
        JoseError::KeyUnusable | JoseError::Crypto => ErrorKind::Failure,
        _ => ErrorKind::No,
    };
    let hint = match &e {
        JoseError::Expired(_) | JoseError::NotYetValid(_) | JoseError::IssuedInFuture(_) => Some(
            "check the clocks; `--leeway SECONDS` allows skew, `--at TIME` verifies as of a time"
                .to_string(),
        ),
        JoseError::MissingExp => Some("`--allow-missing-exp` accepts tokens without exp".into()),
        JoseError::UnexpectedAudience => {
            Some("name the audience you answer to with `--aud`".into())
        }
        JoseError::AlgorithmMismatch { .. } | JoseError::AlgNone => Some(format!(
            "the algorithm comes from the secret {name:?}, never from the token"
        )),
        JoseError::WrongKeyType(_) => {
            Some("jws and header take hs256 or rs256 secrets; jwe and pubkey take rs256".into())
        }
        JoseError::KeyUnusable => Some(format!(
            "the stored key of {name:?} cannot be loaded; re-import it with `flowlet-secrets add … --force`"
        )),
        _ => None,
    };
    let err = CliError::new(kind, e);
    match hint {
        Some(h) => err.hinted(h),
        None => err,
    }
}

/// Reads a token from the argument or stdin (at most `max` bytes) and trims the
/// surrounding whitespace a shell pipe adds.
pub(crate) fn read_token(arg: Option<String>, max: usize) -> CliResult<String> {
    let text = match arg {
        Some(t) => t,
        None if std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            return Err(user_error("no token given")
                .hinted("pass the token as an argument or on standard input"));
        }
        None => {
            // One byte over the cap for a trailing newline.
            let buf = crate::cmd::input::read_capped(std::io::stdin().lock(), max as u64 + 1)?
                .ok_or_else(|| CliError::new(ErrorKind::No, JoseError::TooLarge { max }))?;
            String::from_utf8(buf.to_vec()).map_err(|_| {
                CliError::new(
                    ErrorKind::No,
                    JoseError::Malformed("token is not text".into()),
                )
            })?
        }
    };
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    if t.is_empty() {
        return Err(user_error("no token given")
            .hinted("pass the token as an argument or on standard input"));
    }
    Ok(t.to_string())
}

/// Reads all of stdin, refusing more than `max` bytes; the buffer is zeroized on drop.
pub(crate) fn read_stdin_capped(max: usize) -> CliResult<zeroize::Zeroizing<Vec<u8>>> {
    crate::cmd::input::read_capped(std::io::stdin().lock(), max as u64)?
        .ok_or_else(|| user_error(format!("standard input is larger than {max} bytes")))
}

/// Parses `--at TIME`: Unix seconds, or an RFC 3339 date-time.
pub(crate) fn parse_time(s: &str) -> CliResult<i64> {
    if let Ok(n) = s.parse::<i64>() {
        return Ok(n);
    }
    humantime::parse_rfc3339_weak(s)
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64)
        .ok_or_else(|| {
            user_error(format!("cannot read time {:?}", crate::term::sanitize(s)))
                .hinted("give Unix seconds (1300819300) or RFC 3339 (2011-03-22T18:00:00Z)")
        })
}

/// JSON for stdout that untrusted strings cannot drive a terminal with: one sanitizer,
/// [`crate::term::terminal_safe_json`].
pub(crate) use crate::term::terminal_safe_json;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_output_is_terminal_safe_and_still_json() {
        let v = serde_json::json!({"a": "x\u{1b}[2J\u{7f}\u{9b}\u{202e}y\nz"});
        let s = terminal_safe_json(&v);
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'));
        assert!(!s.contains('\u{202e}'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("1300819300").unwrap(), 1300819300);
        assert_eq!(parse_time("2011-03-22T18:43:00Z").unwrap(), 1300819380);
        assert!(parse_time("soon").is_err());
    }
}
