//! `jws inspect [TOKEN]`: decode without verifying; the label goes to stderr, the JSON
//! `{"header":…,"payload":…}` to stdout.

use serde_json::{Value, json};

use crate::cli::jose::JwsInspectArgs;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::jose::{JoseError, MAX_TOKEN_BYTES, b64_decode, parse_json_object};
use crate::term;

use super::{read_token, terminal_safe_json};

/// `jws inspect`.
pub fn cmd_jws_inspect(a: JwsInspectArgs) -> CliResult {
    let token = read_token(a.token, MAX_TOKEN_BYTES)?;
    let out = inspect(&token)?;
    term::warn("UNVERIFIED: this token's signature was NOT checked; do not trust its contents");
    term::write_stdout(terminal_safe_json(&out).as_bytes())?;
    Ok(())
}

/// The decoded, unverified `{"header":…,"payload":…,"verified":false}` of a compact JWS.
fn inspect(token: &str) -> CliResult<Value> {
    let no = |e: JoseError| CliError::new(ErrorKind::No, e);
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(no(JoseError::Malformed(format!(
            "expected 3 dot-separated parts, found {}",
            parts.len()
        )))
        .hinted("a JWE (5 parts) cannot be inspected without its key: use `jwe decrypt`"));
    }
    let header = b64_decode(parts[0], "header")
        .and_then(|h| {
            parse_json_object(&h)
                .map_err(|_| JoseError::Malformed("header is not a JSON object".into()))
        })
        .map_err(no)?;
    let payload_bytes = b64_decode(parts[1], "payload").map_err(no)?;
    // A JWT payload is shown as JSON; any other payload as text, or base64url if binary.
    let payload = match parse_json_object(&payload_bytes) {
        Ok(m) => Value::Object(m),
        Err(_) => match String::from_utf8(payload_bytes) {
            Ok(s) => Value::String(s),
            Err(_) => Value::String(parts[1].to_string()),
        },
    };
    Ok(json!({ "header": Value::Object(header), "payload": payload, "verified": false }))
}

/// Properties over arbitrary tokens (`PROPTEST_CASES`, default 256).
#[cfg(test)]
mod props {
    use super::*;
    use crate::jose::b64_encode;
    use proptest::prelude::*;

    proptest! {
        /// Any text, and any header and payload bytes, never panic; what is shown
        /// carries no control, zero-width or bidi character that could rewrite the
        /// terminal.
        #[test]
        fn inspect_never_panics_and_shows_safe_text(raw in ".{0,80}",
                                                    header in ".{0,40}", payload in prop::collection::vec(any::<u8>(), 0..60),
                                                    sig in "[A-Za-z0-9_-]{0,20}") {
            let _ = inspect(&raw);
            let header = format!("{{\"alg\":\"HS256\",\"x\":{}}}", serde_json::to_string(&header).unwrap());
            for token in [
                format!("{}.{}.{sig}", b64_encode(header.as_bytes()), b64_encode(&payload)),
                format!("{}.{}.{sig}", b64_encode(&payload), b64_encode(header.as_bytes())),
            ] {
                if let Ok(v) = inspect(&token) {
                    let shown = terminal_safe_json(&v);
                    prop_assert!(!shown.chars().any(|c| (c.is_control() && c != '\n')
                        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
                        "{shown}");
                }
            }
        }
    }
}
