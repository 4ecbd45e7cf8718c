//! The HTTP answer of the forward-auth contract: status and `WWW-Authenticate`
//! challenge (RFC 7617 §2.1, RFC 6750 §3), and safe response header values.

use super::{Denial, GateError};

/// The realm used in challenges when none is configured.
pub const DEFAULT_REALM: &str = "flowlet-secrets";

/// Which HTTP authentication scheme a guard expects; decides the challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `Basic` (RFC 7617).
    Basic,
    /// `Bearer` (RFC 6750), for static tokens and JWTs.
    Bearer,
}

impl Scheme {
    /// The scheme's name as written in a challenge (`Basic`, `Bearer`).
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Basic => "Basic",
            Scheme::Bearer => "Bearer",
        }
    }
}

/// The HTTP answer to a refused request under the forward-auth contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// 401, 403, 400 or 500.
    pub status: u16,
    /// The `WWW-Authenticate` value, if any.
    pub challenge: Option<String>,
}

/// Maps a denial to its status and challenge.
///
/// - no or wrong credentials: 401 with `Basic realm="…", charset="UTF-8"` (RFC 7617
///   §2.1) or `Bearer realm="…"`, plus `error="invalid_token"` when a token was
///   presented and is not valid (RFC 6750 §3.1);
/// - a missing scope: 403 with `error="insufficient_scope"` and the `scope` needed;
/// - a path with no rule: 403; a path that cannot be normalised: 400;
/// - a rule whose secret vanished from the vault: 500 (fail closed, loudly).
///
/// Malformed credentials get 401 rather than RFC 6750's 400 `invalid_request`, because
/// nginx `auth_request` turns any status but 2xx/401/403 into a 500.
pub fn refusal(denial: &Denial, scheme: Scheme, realm: &str) -> Refusal {
    let realm = quote(realm);
    let basic = || Some(format!("Basic realm={realm}, charset=\"UTF-8\""));
    let bearer = |extra: &str| Some(format!("Bearer realm={realm}{extra}"));
    let (status, challenge) = match (denial, scheme) {
        (Denial::NoCredentials | Denial::WrongScheme { .. }, Scheme::Basic) => (401, basic()),
        (Denial::Malformed(_) | Denial::WrongCredentials, Scheme::Basic) => (401, basic()),
        (Denial::NoCredentials | Denial::WrongScheme { .. }, Scheme::Bearer) => (401, bearer("")),
        (Denial::Malformed(_) | Denial::WrongCredentials, Scheme::Bearer) => {
            (401, bearer(", error=\"invalid_token\""))
        }
        (Denial::InvalidToken(why), _) => (
            401,
            bearer(&format!(
                ", error=\"invalid_token\", error_description={}",
                quote(&description(why))
            )),
        ),
        (Denial::InsufficientScope { required, .. }, _) => (
            403,
            bearer(&format!(
                ", error=\"insufficient_scope\", scope={}",
                quote(&required.join(" "))
            )),
        ),
        (Denial::NoRule, _) => (403, None),
        (Denial::BadPath, _) => (400, None),
        (Denial::Unavailable(_), _) => (500, None),
    };
    Refusal { status, challenge }
}

/// RFC 6750 §3: `error_description` is limited to %x20-21 / %x23-5B / %x5D-7E.
fn description(s: &str) -> String {
    s.chars()
        .filter(|c| matches!(*c as u32, 0x20..=0x21 | 0x23..=0x5B | 0x5D..=0x7E))
        .take(200)
        .collect()
}

/// An RFC 9110 §5.6.4 quoted-string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Checks a realm: printable, no control characters, at most 200 characters.
///
/// # Errors
/// [`GateError::BadRealm`].
pub fn validate_realm(realm: &str) -> Result<(), GateError> {
    if realm.chars().count() > 200 || realm.chars().any(char::is_control) {
        return Err(GateError::BadRealm);
    }
    Ok(())
}

/// Makes untrusted text (a JWT `sub`) safe as a response header value: visible ASCII
/// and spaces are kept, every other byte is percent-encoded.
pub fn header_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes().take(1024) {
        if (0x20..0x7F).contains(&b) && b != b'%' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_rfc6750() {
        let r = refusal(&Denial::NoCredentials, Scheme::Basic, "a \"b\"");
        assert_eq!(r.status, 401);
        assert_eq!(
            r.challenge.as_deref(),
            Some("Basic realm=\"a \\\"b\\\"\", charset=\"UTF-8\"")
        );
        let r = refusal(&Denial::NoCredentials, Scheme::Bearer, "r");
        assert_eq!(r.challenge.as_deref(), Some("Bearer realm=\"r\""));
        let r = refusal(
            &Denial::InvalidToken("the token \"expired\"\n".into()),
            Scheme::Bearer,
            "r",
        );
        assert_eq!(r.status, 401);
        assert_eq!(
            r.challenge.as_deref(),
            Some(
                "Bearer realm=\"r\", error=\"invalid_token\", error_description=\"the token expired\""
            )
        );
        let r = refusal(
            &Denial::InsufficientScope {
                missing: vec!["b".into()],
                required: vec!["a".into(), "b".into()],
            },
            Scheme::Bearer,
            "r",
        );
        assert_eq!(r.status, 403);
        assert_eq!(
            r.challenge.as_deref(),
            Some("Bearer realm=\"r\", error=\"insufficient_scope\", scope=\"a b\"")
        );
    }

    #[test]
    fn header_values_are_safe() {
        assert_eq!(header_safe("svc a"), "svc a");
        assert_eq!(header_safe("a\r\nX: y%"), "a%0D%0AX: y%25");
    }
}
