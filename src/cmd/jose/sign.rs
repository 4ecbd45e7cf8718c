//! `jws sign NAME` and the JWT that `header NAME` sends for hs256/rs256 secrets.

use std::time::Duration;

use serde_json::Value;

use crate::cli::GlobalArgs;
use crate::cli::jose::{ClaimsArgs, JwsSignArgs};
use crate::cmd::secret::read_entry;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::jose::sign::{ClaimsSpec, SigningKey};
use crate::secret::{Entry, SecretValue, now_unix};
use crate::term;

use super::{jose_error, parse_time, read_stdin_capped};

/// The lifetime of a token when `--exp` is not given: short, as bearer tokens should be.
const DEFAULT_EXP: Duration = Duration::from_secs(300);

/// `jws sign`.
pub fn cmd_jws_sign(g: &GlobalArgs, a: JwsSignArgs) -> CliResult {
    // Resolve the arguments before unlocking the vault, so usage errors are cheap.
    let spec = if a.raw {
        if claims_given(&a.claims) {
            return Err(user_error(
                "--raw signs standard input as it is; claim options do not apply",
            )
            .hinted("drop --raw to build JWT claims, or drop the claim options"));
        }
        None
    } else {
        Some(resolve_claims(&a.claims)?)
    };
    let payload = if a.raw {
        Some(read_stdin_capped(crate::jose::MAX_TOKEN_BYTES / 2)?)
    } else {
        None
    };
    let vault = open_vault(g)?;
    let entry = read_entry(&vault, &a.name)?;
    let key = SigningKey::new(&entry.data).map_err(|e| jose_error(e, &a.name))?;
    let token = match (spec, payload) {
        (Some(spec), _) => {
            let claims =
                crate::jose::sign::build_claims(&spec).map_err(|e| jose_error(e, &a.name))?;
            key.sign_jwt(&claims)
        }
        (None, Some(p)) => key.sign(&p, None),
        (None, None) => unreachable!("raw mode reads a payload"),
    }
    .map_err(|e| jose_error(e, &a.name))?;
    term::write_stdout(format!("{token}\n").as_bytes())?;
    Ok(())
}

/// Signs a fresh JWT with an hs256/rs256 entry for `header`.
pub fn sign_jwt_for_header(e: &Entry, claims: &ClaimsArgs) -> CliResult<SecretValue> {
    let spec = resolve_claims(claims)?;
    let token = crate::jose::sign::sign_jwt(&e.data, &spec)
        .map_err(|err| jose_error(err, "this secret"))?;
    Ok(SecretValue::new(token))
}

fn claims_given(c: &ClaimsArgs) -> bool {
    c.iss.is_some()
        || c.sub.is_some()
        || !c.aud.is_empty()
        || c.exp.is_some()
        || c.no_exp
        || c.nbf.is_some()
        || c.no_iat
        || c.jti.is_some()
        || !c.scope.is_empty()
        || !c.claim.is_empty()
        || c.claims_json.is_some()
        || c.at.is_some()
}

/// Resolves the claim options into absolute claims (RFC 7519 NumericDate seconds).
fn resolve_claims(c: &ClaimsArgs) -> CliResult<ClaimsSpec> {
    let now = match &c.at {
        Some(t) => parse_time(t)?,
        None => now_unix(),
    };
    let offset = |d: Duration, what: &str| -> CliResult<i64> {
        i64::try_from(d.as_secs())
            .ok()
            .and_then(|s| now.checked_add(s))
            .ok_or_else(|| user_error(format!("--{what} is too far in the future")))
    };
    let exp = match (c.no_exp, c.exp) {
        (true, _) => None,
        (false, Some(d)) => Some(offset(d.into(), "exp")?),
        (false, None) => Some(offset(DEFAULT_EXP, "exp")?),
    };
    let nbf = c.nbf.map(|d| offset(d.into(), "nbf")).transpose()?;
    let jti = match c.jti.as_deref() {
        None => None,
        Some("") => {
            use rand::RngCore;
            let mut id = [0u8; 16];
            rand::rngs::OsRng.fill_bytes(&mut id);
            Some(crate::jose::b64_encode(&id))
        }
        Some(v) => Some(v.to_string()),
    };
    let mut extra = Vec::new();
    if let Some(j) = &c.claims_json {
        match serde_json::from_str::<Value>(j) {
            Ok(Value::Object(m)) => extra.extend(m),
            _ => {
                return Err(user_error("--claims-json is not a JSON object")
                    .hinted(r#"e.g. --claims-json '{"tenant":"a","roles":["x"]}'"#));
            }
        }
    }
    for (k, v) in &c.claim {
        let value = serde_json::from_str::<Value>(v).unwrap_or_else(|_| Value::String(v.clone()));
        extra.push((k.clone(), value));
    }
    Ok(ClaimsSpec {
        iss: c.iss.clone(),
        sub: c.sub.clone(),
        aud: c.aud.clone(),
        exp,
        nbf,
        iat: (!c.no_iat).then_some(now),
        jti,
        scopes: c.scope.clone(),
        extra,
    })
}
