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

mod challenge;
mod credentials;
mod guard;
mod path;
mod rules;

pub use challenge::{DEFAULT_REALM, Refusal, Scheme, header_safe, refusal, validate_realm};
pub use credentials::{MAX_CREDENTIAL_LEN, Presented, parse_authorization, value_from_input};
pub use guard::Guard;
pub use path::{normalize_path, normalize_prefix};
pub use rules::{
    GateFile, Rule, RuleSet, RuleSpec, parse_gate_file, parse_rule, validate_rules, validate_scope,
};

use crate::secret::SecretKind;

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
