//! Incoming-request checks shared by `authorize` and `gate`: parsing an `Authorization`
//! value, deciding it against one secret, the rules that map a path prefix to a
//! secret, and the HTTP answer of the forward-auth contract (status and
//! `WWW-Authenticate`).
//!
//! The command layer reads stdin, runs the HTTP server and logs; this module only
//! decides. JWT signatures and claims are checked by the JOSE verification policy
//! ([`crate::jose`]); this module maps its verdicts to 401/403.
//!
//! Secrets are compared in constant time over SHA-256 digests of both sides, so neither
//! the content nor the length of a stored value leaks through timing.

use std::collections::BTreeMap;

use base64::Engine;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::jose::verify::{VerifyingKey, granted_scopes};
use crate::jose::{JoseError, VerifyPolicy};
use crate::secret::{SecretData, SecretKind, SecretValue};

/// The longest `Authorization` value looked at; longer ones are refused unread (a
/// proxy's whole header block is usually limited to 8–32 KiB).
pub const MAX_CREDENTIAL_LEN: usize = 16 * 1024;

/// The realm used in challenges when none is configured.
pub const DEFAULT_REALM: &str = "flowlet-secrets";

/// Errors in a gate configuration (rules, realm, TOML file).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum GateError {
    /// The secret's type cannot check incoming requests.
    #[error(
        "secret {name:?} is a {kind} secret; only basic, password, hs256 and rs256 secrets can check requests"
    )]
    UnsupportedType {
        /// The secret's name.
        name: String,
        /// Its type.
        kind: SecretKind,
    },
    /// A rule names a secret that is not in the vault.
    #[error("rule {prefix:?}: no secret named {name:?}")]
    MissingSecret {
        /// The rule's path prefix.
        prefix: String,
        /// The secret's name.
        name: String,
    },
    /// A `--rule` value does not read as `PREFIX=NAME[:SCOPES]`.
    #[error("invalid rule {0:?}: expected PREFIX=NAME or PREFIX=NAME:SCOPE,SCOPE")]
    RuleSyntax(String),
    /// A rule's prefix is not an absolute path.
    #[error("invalid rule prefix {0:?}: a prefix is an absolute path such as / or /api")]
    BadPrefix(String),
    /// Two rules have the same prefix.
    #[error("two rules for the prefix {0:?}")]
    DuplicatePrefix(String),
    /// No rule at all.
    #[error("no rules: nothing to protect")]
    NoRules,
    /// A secret's key or credential cannot be used to check requests (an unloadable
    /// hs256/rs256 key, an empty stored password).
    #[error("secret {name:?} cannot be used to check requests ({reason})")]
    KeyUnusable {
        /// The secret's name.
        name: String,
        /// Why.
        reason: String,
    },
    /// A scope is not an RFC 6749 §3.3 scope-token.
    #[error("invalid scope {0:?}: a scope is printable ASCII without spaces, '\"' or '\\'")]
    BadScope(String),
    /// The realm cannot be written in a quoted-string.
    #[error("invalid realm: use printable text without control characters")]
    BadRealm,
    /// A response header name is not an RFC 9110 token.
    #[error("invalid header name {0:?}")]
    BadHeaderName(String),
    /// The configuration file does not parse.
    #[error("cannot read the gate configuration: {0}")]
    Config(String),
}

/// What was presented for a check, as parsed from an `Authorization` value.
pub enum Presented {
    /// `Basic base64(user-id ":" password)` (RFC 7617 §2).
    Basic {
        /// The user-id bytes.
        username: Zeroizing<Vec<u8>>,
        /// The password bytes.
        password: Zeroizing<Vec<u8>>,
    },
    /// `Bearer b64token` (RFC 6750 §2.1).
    Bearer(SecretValue),
}

impl std::fmt::Debug for Presented {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Presented::Basic { .. } => f.write_str("Basic [redacted]"),
            Presented::Bearer(_) => f.write_str("Bearer [redacted]"),
        }
    }
}

/// Why a request is refused. The text is safe to log: it never holds a credential.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denial {
    /// No credentials at all.
    #[error("no credentials")]
    NoCredentials,
    /// Credentials that do not parse (bad base64, no `:`, too long, two headers…).
    #[error("malformed credentials: {0}")]
    Malformed(&'static str),
    /// Another scheme than the secret checks (e.g. Bearer for a basic secret).
    #[error("wrong authentication scheme: expected {expected}")]
    WrongScheme {
        /// The scheme the secret checks.
        expected: &'static str,
    },
    /// Wrong user name or password, or a wrong static token.
    #[error("wrong credentials")]
    WrongCredentials,
    /// A JWT that is not valid: signature, expiry, not-before, audience, issuer, syntax.
    #[error("invalid token: {0}")]
    InvalidToken(String),
    /// A valid JWT without a required scope (RFC 6750 §3.1 `insufficient_scope`).
    #[error("insufficient scope: missing {}", .missing.join(" "))]
    InsufficientScope {
        /// The required scopes that the token lacks.
        missing: Vec<String>,
        /// All the scopes the rule requires (sent in the challenge's `scope`).
        required: Vec<String>,
    },
    /// The path matched no rule.
    #[error("no rule covers this path")]
    NoRule,
    /// The forwarded URI cannot be normalised (e.g. `..` above the root).
    #[error("bad request path")]
    BadPath,
    /// The rule's secret is missing or unusable after a vault change.
    #[error("the rule's secret is unavailable: {0}")]
    Unavailable(String),
}

/// An allowed request: who, and with which scopes (JWT only).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grant {
    /// The basic user-id or the JWT `sub`.
    pub subject: Option<String>,
    /// The JWT's scopes (from `scope` or `scp`).
    pub scopes: Vec<String>,
}

/// The JWT claim checks besides the signature, for hs256/rs256 secrets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JwtRequirements {
    /// Scopes the token must carry.
    pub scopes: Vec<String>,
    /// The `aud` the token must name, when set.
    pub audience: Option<String>,
    /// The `iss` the token must have, when set.
    pub issuer: Option<String>,
    /// Allowed clock skew for `exp`/`nbf`, seconds (RFC 7519 §4.1.4).
    pub leeway_secs: u64,
}

/// Which HTTP authentication scheme a guard expects; decides the challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `Basic` (RFC 7617).
    Basic,
    /// `Bearer` (RFC 6750), for static tokens and JWTs.
    Bearer,
}

impl Scheme {
    fn as_str(self) -> &'static str {
        match self {
            Scheme::Basic => "Basic",
            Scheme::Bearer => "Bearer",
        }
    }
}

/// The check of one secret, prepared once: digests for static credentials, the key for
/// JWTs. `Debug` never shows key material.
pub struct Guard {
    check: Check,
}

enum Check {
    Basic {
        username: String,
        user_digest: [u8; 32],
        pass_digest: [u8; 32],
    },
    Token {
        header: Option<String>,
        digest: [u8; 32],
    },
    Jwt {
        // Parsed once per vault load: parsing the PEM costs ten times the RSA
        // verification itself (OpenSSL 3 decoders).
        key: Box<VerifyingKey>,
        req: JwtRequirements,
    },
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.check {
            Check::Basic { .. } => "basic",
            Check::Token { .. } => "password",
            Check::Jwt { .. } => "jwt",
        };
        write!(f, "Guard({kind})")
    }
}

fn digest(bytes: &[u8]) -> [u8; 32] {
    openssl::sha::sha256(bytes)
}

/// Constant-time equality of two digests.
fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    bool::from(a.ct_eq(b))
}

impl Guard {
    /// Prepares the check of the secret `name`.
    ///
    /// `req` applies to hs256/rs256 secrets; basic and password secrets carry no scopes
    /// and ignore it.
    ///
    /// # Errors
    /// [`GateError::UnsupportedType`] for headers, oauth2 and database secrets.
    pub fn new(name: &str, data: &SecretData, req: JwtRequirements) -> Result<Guard, GateError> {
        // `add` refuses empty values; a hand-edited vault must not turn one into an
        // open door (`Basic Og==`, an empty bearer).
        let empty = |what: &str| GateError::KeyUnusable {
            name: name.to_string(),
            reason: format!("its {what} is empty"),
        };
        let check = match data {
            SecretData::Basic(b) if b.password.expose_secret().is_empty() => {
                return Err(empty("password"));
            }
            SecretData::Password(p) if p.value.expose_secret().is_empty() => {
                return Err(empty("value"));
            }
            SecretData::Basic(b) => Check::Basic {
                username: b.username.clone(),
                user_digest: digest(b.username.as_bytes()),
                pass_digest: digest(b.password.expose_secret().as_bytes()),
            },
            SecretData::Password(p) => Check::Token {
                header: p.header_name.clone(),
                digest: digest(p.value.expose_secret().as_bytes()),
            },
            SecretData::Hs256(_) | SecretData::Rs256(_) => Check::Jwt {
                key: Box::new(VerifyingKey::new(data).map_err(|e| GateError::KeyUnusable {
                    name: name.to_string(),
                    reason: e.to_string(),
                })?),
                req,
            },
            other => {
                return Err(GateError::UnsupportedType {
                    name: name.to_string(),
                    kind: other.kind(),
                });
            }
        };
        Ok(Guard { check })
    }

    /// The request header that carries the credentials: `Authorization`, or the custom
    /// header of a password secret added with `--header-name`.
    pub fn header_name(&self) -> &str {
        match &self.check {
            Check::Token {
                header: Some(h), ..
            } => h,
            _ => "Authorization",
        }
    }

    /// The scheme of this guard's challenges.
    pub fn scheme(&self) -> Scheme {
        match self.check {
            Check::Basic { .. } => Scheme::Basic,
            _ => Scheme::Bearer,
        }
    }

    /// Decides one request from the value of its credential header (see
    /// [`Guard::header_name`]); `None` when the header is absent. `now` is Unix seconds.
    ///
    /// # Errors
    /// The [`Denial`] when the request is refused.
    pub fn check(&self, value: Option<&str>, now: i64) -> Result<Grant, Denial> {
        let value = match value.map(str::trim) {
            None | Some("") => return Err(Denial::NoCredentials),
            Some(v) => v,
        };
        if value.len() > MAX_CREDENTIAL_LEN {
            return Err(Denial::Malformed("credentials too long"));
        }
        match &self.check {
            Check::Token {
                header: Some(_),
                digest: want,
            } => {
                // A custom header (X-API-KEY: VALUE) carries the bare value.
                if same(&digest(value.as_bytes()), want) {
                    Ok(Grant::default())
                } else {
                    Err(Denial::WrongCredentials)
                }
            }
            Check::Token { header: None, .. } | Check::Basic { .. } | Check::Jwt { .. } => {
                let presented = parse_authorization(value)?;
                self.check_presented(&presented, now)
            }
        }
    }

    fn check_presented(&self, presented: &Presented, now: i64) -> Result<Grant, Denial> {
        match (&self.check, presented) {
            (
                Check::Basic {
                    username,
                    user_digest,
                    pass_digest,
                },
                Presented::Basic {
                    username: u,
                    password: p,
                },
            ) => {
                // Both comparisons always run: the time does not tell which one failed.
                let user_ok = same(&digest(u), user_digest);
                let pass_ok = same(&digest(p), pass_digest);
                if user_ok & pass_ok {
                    Ok(Grant {
                        subject: Some(username.clone()),
                        scopes: Vec::new(),
                    })
                } else {
                    Err(Denial::WrongCredentials)
                }
            }
            (Check::Token { digest: want, .. }, Presented::Bearer(t)) => {
                if same(&digest(t.expose_secret().as_bytes()), want) {
                    Ok(Grant::default())
                } else {
                    Err(Denial::WrongCredentials)
                }
            }
            (Check::Jwt { key, req }, Presented::Bearer(t)) => {
                verify_jwt(key, t.expose_secret(), req, now)
            }
            (_, _) => Err(Denial::WrongScheme {
                expected: self.scheme().as_str(),
            }),
        }
    }
}

/// Checks a JWT with the JOSE verification policy (`exp` required) and maps its
/// verdict: a missing scope is 403 `insufficient_scope`, anything else 401
/// `invalid_token` (RFC 6750 §3.1).
fn verify_jwt(
    key: &VerifyingKey,
    token: &str,
    req: &JwtRequirements,
    now: i64,
) -> Result<Grant, Denial> {
    let mut policy = VerifyPolicy::at(now);
    policy.leeway_secs = req.leeway_secs;
    policy.audience.clone_from(&req.audience);
    policy.issuer.clone_from(&req.issuer);
    policy.scopes.clone_from(&req.scopes);
    match key.verify_jwt(token, &policy) {
        Ok(claims) => Ok(Grant {
            subject: claims
                .get("sub")
                .and_then(|v| v.as_str())
                .map(str::to_string),
            // For `X-Auth-Scopes`: the scopes as the JOSE policy reads them.
            scopes: granted_scopes(&claims, None)
                .unwrap_or_default()
                .into_iter()
                .map(str::to_string)
                .collect(),
        }),
        Err(JoseError::InsufficientScope(first)) => Err(Denial::InsufficientScope {
            missing: vec![first],
            required: req.scopes.clone(),
        }),
        Err(e) => Err(Denial::InvalidToken(e.to_string())),
    }
}

/// Parses an `Authorization` value, or a whole `Authorization: …` line.
///
/// The scheme is matched case-insensitively (RFC 9110 §11.1). Basic credentials are
/// base64 with or without padding; the user-id ends at the first `:` (RFC 7617 §2).
///
/// # Errors
/// [`Denial::Malformed`] or [`Denial::NoCredentials`].
pub fn parse_authorization(input: &str) -> Result<Presented, Denial> {
    let mut v = input.trim();
    if let Some((name, rest)) = v.split_once(':')
        && name.trim().eq_ignore_ascii_case("authorization")
    {
        v = rest.trim();
    }
    if v.is_empty() {
        return Err(Denial::NoCredentials);
    }
    if v.len() > MAX_CREDENTIAL_LEN {
        return Err(Denial::Malformed("credentials too long"));
    }
    let (scheme, cred) = match v.split_once([' ', '\t']) {
        Some((s, c)) => (s, c.trim()),
        None => (v, ""),
    };
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = Zeroizing::new(
            BASE64_LENIENT
                .decode(cred.as_bytes())
                .map_err(|_| Denial::Malformed("basic credentials are not base64"))?,
        );
        let colon = decoded
            .iter()
            .position(|&b| b == b':')
            .ok_or(Denial::Malformed("basic credentials have no ':'"))?;
        Ok(Presented::Basic {
            username: Zeroizing::new(decoded[..colon].to_vec()),
            password: Zeroizing::new(decoded[colon + 1..].to_vec()),
        })
    } else if scheme.eq_ignore_ascii_case("bearer") {
        if !is_b64token(cred) {
            return Err(Denial::Malformed("a bearer token is not a b64token"));
        }
        Ok(Presented::Bearer(SecretValue::new(cred.to_string())))
    } else {
        Err(Denial::Malformed("unknown authentication scheme"))
    }
}

/// Picks the credential out of what `authorize` read: a bare value, a `Name: value`
/// line for `header` (the guard's header, e.g. `Authorization`), or, among several
/// lines (the output of `flowlet-secrets header`), the line for `header`.
///
/// Returns `None` when there is nothing, or only lines for other headers.
///
/// # Errors
/// [`Denial::Malformed`] when the header appears on more than one line: which one a
/// server would use is not ours to guess (`gate` refuses a repeated header too).
pub fn value_from_input<'a>(input: &'a str, header: &str) -> Result<Option<&'a str>, Denial> {
    let lines: Vec<&str> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let named = |l: &'a str| -> Option<(&'a str, &'a str)> {
        let (name, value) = l.split_once(':')?;
        let is_token = !name.is_empty()
            && name
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c));
        is_token.then(|| (name, value.trim()))
    };
    if let [only] = lines.as_slice() {
        return Ok(match named(only) {
            Some((name, value)) if name.eq_ignore_ascii_case(header) => Some(value),
            // A bare value that happens to contain ':' (an API key) is still a value,
            // unless it is plainly an Authorization line meant for another header.
            Some((name, _)) if name.eq_ignore_ascii_case("authorization") => None,
            _ => Some(only),
        });
    }
    let mut found = lines
        .iter()
        .filter_map(|l| named(l))
        .filter(|(name, _)| name.eq_ignore_ascii_case(header))
        .map(|(_, v)| v);
    let first = found.next();
    if found.next().is_some() {
        return Err(Denial::Malformed("the credential header is sent twice"));
    }
    Ok(first)
}

const BASE64_LENIENT: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

/// RFC 6750 §2.1: `b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`.
fn is_b64token(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty()
        && body
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-._~+/".contains(&c))
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

/// Checks a scope: RFC 6749 §3.3 `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )`.
///
/// # Errors
/// [`GateError::BadScope`].
pub fn validate_scope(scope: &str) -> Result<(), GateError> {
    let ok = !scope.is_empty()
        && scope
            .bytes()
            .all(|c| matches!(c, 0x21 | 0x23..=0x5B | 0x5D..=0x7E));
    if ok {
        Ok(())
    } else {
        Err(GateError::BadScope(scope.chars().take(80).collect()))
    }
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

/// Normalises a forwarded request URI to the path that rules match, the way nginx
/// resolves `$uri`: the query and fragment are dropped, `%XX` escapes decoded, empty and
/// `.` segments removed and `..` resolved (RFC 3986 §5.2.4). A raw `$request_uri` such
/// as `/public/../admin` is thus judged as `/admin`, the location nginx serves.
///
/// Servlet containers (Tomcat, Jetty) drop `;parameters` from each segment before they
/// route, so `/admin;x` is their `/admin` and `/public/..;/admin` their `/admin`: a
/// segment is matched without its parameters, and a dot segment that carries parameters
/// (`..;x`), which other servers take as a plain name, is refused as ambiguous, as is a
/// backslash (a separator to some servers, a name character to others).
///
/// # Errors
/// [`Denial::BadPath`] when the URI is not an absolute path, `..` climbs above the root,
/// or the decoded path holds a NUL, a backslash or a dot segment with parameters.
pub fn normalize_path(uri: &str) -> Result<String, Denial> {
    let path = uri.split(['?', '#']).next().unwrap_or("");
    // An absolute URI (`http://host/path`) forwarded by some proxies: keep its path.
    let path = match path.split_once("://") {
        Some((scheme, rest)) if scheme.bytes().all(|c| c.is_ascii_alphabetic()) => {
            rest.find('/').map_or("/", |i| &rest[i..])
        }
        _ => path,
    };
    if !path.starts_with('/') {
        return Err(Denial::BadPath);
    }
    let decoded = percent_encoding::percent_decode_str(path).collect::<Vec<u8>>();
    if decoded.contains(&0) || decoded.contains(&b'\\') {
        return Err(Denial::BadPath);
    }
    let decoded = String::from_utf8_lossy(&decoded);
    let mut segments: Vec<&str> = Vec::new();
    for seg in decoded.split('/') {
        let seg = match seg.split_once(';') {
            Some((".." | ".", _)) => return Err(Denial::BadPath),
            Some((name, _)) => name,
            None => seg,
        };
        match seg {
            "" | "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Err(Denial::BadPath);
                }
            }
            s => segments.push(s),
        }
    }
    let mut out = String::with_capacity(decoded.len());
    for s in &segments {
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() {
        out.push('/');
    }
    Ok(out)
}

/// Normalises a rule prefix: an absolute path, without a trailing `/` (except `/`).
///
/// # Errors
/// [`GateError::BadPrefix`].
pub fn normalize_prefix(prefix: &str) -> Result<String, GateError> {
    // `;` would be dropped as a path parameter: refuse it rather than guard another path.
    if !prefix.starts_with('/') || prefix.contains(['?', '#', ';']) {
        return Err(GateError::BadPrefix(prefix.to_string()));
    }
    normalize_path(prefix).map_err(|_| GateError::BadPrefix(prefix.to_string()))
}

/// True when `path` (normalised) is `prefix` or below it, on segment boundaries:
/// `/api` covers `/api` and `/api/x`, not `/apix`.
fn covers(prefix: &str, path: &str) -> bool {
    prefix == "/"
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// One rule as configured: a path prefix guarded by a secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// The path prefix (`/` for everything).
    pub prefix: String,
    /// The secret's name.
    pub secret: String,
    /// Required JWT scopes.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The JWT `aud` required, if any.
    #[serde(default)]
    pub audience: Option<String>,
    /// The JWT `iss` required, if any.
    #[serde(default)]
    pub issuer: Option<String>,
}

/// Parses a `--rule` value: `PREFIX=NAME` or `PREFIX=NAME:SCOPES`, where SCOPES is
/// separated by commas or spaces (e.g. `/admin=signer:admin,orders:write`).
///
/// # Errors
/// [`GateError::RuleSyntax`].
pub fn parse_rule(s: &str) -> Result<RuleSpec, GateError> {
    let err = || GateError::RuleSyntax(s.chars().take(200).collect());
    let (prefix, rest) = s.split_once('=').ok_or_else(err)?;
    let (name, scopes) = match rest.split_once(':') {
        Some((n, sc)) => (n, sc),
        None => (rest, ""),
    };
    if prefix.is_empty() || name.is_empty() {
        return Err(err());
    }
    Ok(RuleSpec {
        prefix: prefix.to_string(),
        secret: name.to_string(),
        scopes: scopes
            .split([',', ' '])
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect(),
        audience: None,
        issuer: None,
    })
}

/// The gate's TOML configuration file.
///
/// ```toml
/// realm = "intranet"
/// leeway = 60
///
/// [[rule]]
/// prefix = "/admin"
/// secret = "signer"
/// scopes = ["admin"]
///
/// [[rule]]
/// prefix = "/"
/// secret = "staff"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateFile {
    /// The realm of the challenges.
    #[serde(default)]
    pub realm: Option<String>,
    /// JWT clock-skew leeway, seconds.
    #[serde(default)]
    pub leeway: Option<u64>,
    /// The response header carrying the subject; empty to send none.
    #[serde(default)]
    pub subject_header: Option<String>,
    /// The response header carrying the JWT scopes; empty to send none.
    #[serde(default)]
    pub scopes_header: Option<String>,
    /// The rules.
    #[serde(default, rename = "rule")]
    pub rules: Vec<RuleSpec>,
}

/// Parses the gate's TOML configuration text.
///
/// # Errors
/// [`GateError::Config`] with toml's message (the file holds no secrets).
pub fn parse_gate_file(text: &str) -> Result<GateFile, GateError> {
    toml::from_str(text).map_err(|e| GateError::Config(e.message().to_string()))
}

/// Checks a list of rules before any secret is read: prefixes, scopes, duplicates.
///
/// # Errors
/// The first problem found.
pub fn validate_rules(rules: &mut [RuleSpec]) -> Result<(), GateError> {
    if rules.is_empty() {
        return Err(GateError::NoRules);
    }
    let mut seen = BTreeMap::new();
    for r in rules.iter_mut() {
        r.prefix = normalize_prefix(&r.prefix)?;
        crate::secret::validate_name(&r.secret)
            .map_err(|_| GateError::RuleSyntax(format!("{}={}", r.prefix, r.secret)))?;
        for s in &r.scopes {
            validate_scope(s)?;
        }
        if seen.insert(r.prefix.clone(), ()).is_some() {
            return Err(GateError::DuplicatePrefix(r.prefix.clone()));
        }
    }
    Ok(())
}

/// One compiled rule: a prefix and its guard (or why the secret is unusable).
#[derive(Debug)]
pub struct Rule {
    /// The normalised prefix.
    pub prefix: String,
    /// The secret's name (for logs).
    pub secret: String,
    /// The guard, or the reason the secret cannot be used right now.
    pub guard: Result<Guard, String>,
}

/// The compiled rules, longest prefix first.
#[derive(Debug)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// Compiles validated `specs` against the secrets looked up by `lookup`.
    ///
    /// A secret that is missing or of the wrong type yields a rule that refuses every
    /// request (fail closed); [`RuleSet::problems`] lists them.
    pub fn compile<'a>(
        specs: &[RuleSpec],
        leeway_secs: u64,
        lookup: impl Fn(&str) -> Option<&'a SecretData>,
    ) -> RuleSet {
        let mut rules: Vec<Rule> = specs
            .iter()
            .map(|s| {
                let guard = match lookup(&s.secret) {
                    None => Err(GateError::MissingSecret {
                        prefix: s.prefix.clone(),
                        name: s.secret.clone(),
                    }
                    .to_string()),
                    Some(data) => Guard::new(
                        &s.secret,
                        data,
                        JwtRequirements {
                            scopes: s.scopes.clone(),
                            audience: s.audience.clone(),
                            issuer: s.issuer.clone(),
                            leeway_secs,
                        },
                    )
                    .map_err(|e| e.to_string()),
                };
                Rule {
                    prefix: s.prefix.clone(),
                    secret: s.secret.clone(),
                    guard,
                }
            })
            .collect();
        rules.sort_by_key(|r| std::cmp::Reverse(r.prefix.len()));
        RuleSet { rules }
    }

    /// The problems of rules whose secret is unusable.
    pub fn problems(&self) -> Vec<&str> {
        self.rules
            .iter()
            .filter_map(|r| r.guard.as_ref().err().map(String::as_str))
            .collect()
    }

    /// The number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The rule covering a normalised path: the longest matching prefix.
    pub fn find(&self, path: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| covers(&r.prefix, path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{BasicAuth, Password};

    fn basic() -> Guard {
        let data = SecretData::Basic(BasicAuth {
            username: "Aladdin".into(),
            password: SecretValue::new("open sesame".into()),
        });
        Guard::new("b", &data, JwtRequirements::default()).unwrap()
    }

    fn token(header: Option<&str>) -> Guard {
        let data = SecretData::Password(Password {
            value: SecretValue::new("tok-123".into()),
            header_name: header.map(str::to_string),
        });
        Guard::new("p", &data, JwtRequirements::default()).unwrap()
    }

    #[test]
    fn empty_stored_credentials_guard_nothing() {
        let basic = SecretData::Basic(BasicAuth {
            username: String::new(),
            password: SecretValue::new(String::new()),
        });
        let password = SecretData::Password(Password {
            value: SecretValue::new(String::new()),
            header_name: None,
        });
        for data in [basic, password] {
            assert!(matches!(
                Guard::new("e", &data, JwtRequirements::default()),
                Err(GateError::KeyUnusable { .. })
            ));
        }
    }

    #[test]
    fn basic_rfc7617_example() {
        let g = basic();
        let grant = g
            .check(Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="), 0)
            .unwrap();
        assert_eq!(grant.subject.as_deref(), Some("Aladdin"));
        // The whole line, any case of the scheme, no padding.
        assert!(
            g.check(
                Some("authorization: basic QWxhZGRpbjpvcGVuIHNlc2FtZQ\r\n"),
                0
            )
            .is_ok()
        );
        // Wrong password, wrong user.
        let wrong = base64::engine::general_purpose::STANDARD.encode("Aladdin:open sesam");
        assert_eq!(
            g.check(Some(&format!("Basic {wrong}")), 0),
            Err(Denial::WrongCredentials)
        );
        let wrong = base64::engine::general_purpose::STANDARD.encode("aladdin:open sesame");
        assert_eq!(
            g.check(Some(&format!("Basic {wrong}")), 0),
            Err(Denial::WrongCredentials)
        );
    }

    #[test]
    fn malformed_and_missing() {
        let g = basic();
        assert_eq!(g.check(None, 0), Err(Denial::NoCredentials));
        assert_eq!(g.check(Some("  "), 0), Err(Denial::NoCredentials));
        assert!(matches!(
            g.check(Some("Basic !!!not-base64!!!"), 0),
            Err(Denial::Malformed(_))
        ));
        let nocolon = base64::engine::general_purpose::STANDARD.encode("nocolon");
        assert!(matches!(
            g.check(Some(&format!("Basic {nocolon}")), 0),
            Err(Denial::Malformed(_))
        ));
        assert!(matches!(
            g.check(Some("Digest x"), 0),
            Err(Denial::Malformed(_))
        ));
        assert_eq!(
            g.check(Some("Bearer abc"), 0),
            Err(Denial::WrongScheme { expected: "Basic" })
        );
        let huge = format!("Basic {}", "A".repeat(MAX_CREDENTIAL_LEN + 1));
        assert!(matches!(g.check(Some(&huge), 0), Err(Denial::Malformed(_))));
    }

    #[test]
    fn bearer_tokens() {
        let g = token(None);
        assert!(g.check(Some("Bearer tok-123"), 0).is_ok());
        assert_eq!(
            g.check(Some("Bearer tok-124"), 0),
            Err(Denial::WrongCredentials)
        );
        assert!(matches!(
            g.check(Some("Bearer a b"), 0),
            Err(Denial::Malformed(_))
        ));
        let h = token(Some("X-API-KEY"));
        assert_eq!(h.header_name(), "X-API-KEY");
        assert!(h.check(Some("tok-123"), 0).is_ok());
        assert_eq!(h.check(Some("tok-12"), 0), Err(Denial::WrongCredentials));
    }

    fn hs256_token(claims: &str) -> String {
        use josekit::jws::JwsSigner;
        let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let input = format!(
            "{}.{}",
            b64(br#"{"alg":"HS256","typ":"JWT"}"#),
            b64(claims.as_bytes())
        );
        let signer = josekit::jws::HS256.signer_from_bytes([7u8; 32]).unwrap();
        let sig = signer.sign(input.as_bytes()).unwrap();
        format!("{input}.{}", b64(&sig))
    }

    #[test]
    fn jwt_verdicts_map_to_401_and_403() {
        let key = SecretData::Hs256(crate::secret::hs256_from_bytes(&[7u8; 32]).unwrap());
        let req = JwtRequirements {
            scopes: vec!["orders:read".into()],
            leeway_secs: 0,
            ..Default::default()
        };
        let g = Guard::new("k", &key, req).unwrap();
        assert_eq!(g.scheme(), Scheme::Bearer);
        let good = hs256_token(r#"{"sub":"svc","exp":2000,"scope":"a orders:read"}"#);
        let grant = g.check(Some(&format!("Bearer {good}")), 1000).unwrap();
        assert_eq!(grant.subject.as_deref(), Some("svc"));
        assert_eq!(grant.scopes, ["a", "orders:read"]);
        let noscope = hs256_token(r#"{"sub":"svc","exp":2000,"scp":["a"]}"#);
        assert_eq!(
            g.check(Some(&format!("Bearer {noscope}")), 1000),
            Err(Denial::InsufficientScope {
                missing: vec!["orders:read".into()],
                required: vec!["orders:read".into()]
            })
        );
        // The claims are checked at the time of each request: later, the token is expired.
        assert!(g.check(Some(&format!("Bearer {good}")), 1500).is_ok());
        assert!(matches!(
            g.check(Some(&format!("Bearer {good}")), 3000),
            Err(Denial::InvalidToken(e)) if e.contains("expired")
        ));
        let mut forged = good.clone();
        forged.pop();
        forged.push(if good.ends_with('A') { 'B' } else { 'A' });
        assert!(matches!(
            g.check(Some(&format!("Bearer {forged}")), 1000),
            Err(Denial::InvalidToken(_))
        ));
        assert_eq!(
            g.check(Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="), 1000),
            Err(Denial::WrongScheme { expected: "Bearer" })
        );
    }

    #[test]
    fn debug_hides_credentials() {
        let p = parse_authorization("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==").unwrap();
        assert!(!format!("{p:?}").contains("open"));
        assert!(!format!("{:?}", token(None)).contains("tok-123"));
    }

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
    fn paths_normalise_like_nginx() {
        assert_eq!(normalize_path("/").unwrap(), "/");
        assert_eq!(normalize_path("/a//b/./c/?x=/admin").unwrap(), "/a/b/c");
        assert_eq!(normalize_path("/public/../admin/x").unwrap(), "/admin/x");
        assert_eq!(normalize_path("/%61dmin").unwrap(), "/admin");
        assert_eq!(normalize_path("http://h:1/api?q").unwrap(), "/api");
        assert_eq!(normalize_path("/../x"), Err(Denial::BadPath));
        assert_eq!(normalize_path("x"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/a%00b"), Err(Denial::BadPath));
        // Servlet path parameters: matched as Tomcat routes them, or refused.
        assert_eq!(normalize_path("/admin;jsessionid=1").unwrap(), "/admin");
        assert_eq!(normalize_path("/;x/admin/y;v=1").unwrap(), "/admin/y");
        assert_eq!(normalize_path("/x/..;/admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x/..%3B/admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x/.;a/admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x\\..\\admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x%5C..%5cadmin"), Err(Denial::BadPath));
        assert!(normalize_prefix("/admin;v=1").is_err());
        assert_eq!(normalize_prefix("/admin/").unwrap(), "/admin");
    }

    #[test]
    fn rules_longest_prefix_on_segments() {
        let mut specs = vec![
            parse_rule("/=web").unwrap(),
            parse_rule("/api/=api:orders:read, orders:write").unwrap(),
        ];
        validate_rules(&mut specs).unwrap();
        assert_eq!(specs[1].prefix, "/api");
        assert_eq!(specs[1].scopes, ["orders:read", "orders:write"]);
        let data = SecretData::Password(Password {
            value: SecretValue::new("x".into()),
            header_name: None,
        });
        let set = RuleSet::compile(&specs, 0, |n| (n == "web").then_some(&data));
        assert_eq!(set.find("/api/x").unwrap().secret, "api");
        assert_eq!(set.find("/api").unwrap().secret, "api");
        assert_eq!(set.find("/apix").unwrap().secret, "web");
        assert_eq!(set.problems().len(), 1);
        assert!(set.find("/api").unwrap().guard.is_err());

        let mut dup = vec![parse_rule("/a=x").unwrap(), parse_rule("/a/=y").unwrap()];
        assert_eq!(
            validate_rules(&mut dup),
            Err(GateError::DuplicatePrefix("/a".into()))
        );
        assert!(parse_rule("noequals").is_err());
        assert!(validate_rules(&mut [parse_rule("/=x:a\"b").unwrap()]).is_err());
        assert_eq!(validate_rules(&mut []), Err(GateError::NoRules));
    }

    #[test]
    fn config_file() {
        let f = parse_gate_file(
            "realm = \"r\"\nleeway = 5\n[[rule]]\nprefix = \"/\"\nsecret = \"s\"\nscopes = [\"a\"]\n",
        )
        .unwrap();
        assert_eq!(f.realm.as_deref(), Some("r"));
        assert_eq!(f.rules[0].scopes, ["a"]);
        assert!(parse_gate_file("[[rule]]\nprefix = \"/\"\nsecrt = \"s\"\n").is_err());
    }

    #[test]
    fn input_lines() {
        assert_eq!(
            value_from_input("Basic x\n", "Authorization"),
            Ok(Some("Basic x"))
        );
        assert_eq!(
            value_from_input("Authorization: Bearer t\r\n", "Authorization"),
            Ok(Some("Bearer t"))
        );
        assert_eq!(value_from_input("X-API-KEY: k", "x-api-key"), Ok(Some("k")));
        assert_eq!(value_from_input("a:b", "X-API-KEY"), Ok(Some("a:b")));
        assert_eq!(value_from_input("Authorization: k", "X-API-KEY"), Ok(None));
        assert_eq!(
            value_from_input("Accept: */*\nAuthorization: Basic y\n", "Authorization"),
            Ok(Some("Basic y"))
        );
        assert_eq!(value_from_input("\n\n", "Authorization"), Ok(None));
        assert_eq!(
            value_from_input(
                "Authorization: Basic y\nAuthorization: Basic z\n",
                "Authorization"
            ),
            Err(Denial::Malformed("the credential header is sent twice"))
        );
    }

    #[test]
    fn header_values_are_safe() {
        assert_eq!(header_safe("svc a"), "svc a");
        assert_eq!(header_safe("a\r\nX: y%"), "a%0D%0AX: y%25");
    }
}
