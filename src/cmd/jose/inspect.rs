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
    term::warn("UNVERIFIED: this token's signature was NOT checked; do not trust its contents");
    let out = json!({ "header": Value::Object(header), "payload": payload, "verified": false });
    term::write_stdout(terminal_safe_json(&out).as_bytes())?;
    Ok(())
}
