//! JOSE commands: `jws sign|verify|inspect`, `jwe encrypt|decrypt`, `pubkey`, and the
//! JWT claim options shared with `header`.
//
// clap conventions: a JWT or JWE given as an argument is not one of our secrets (it is
// a bearer credential of someone else's, like a URL), so `TOKEN` may be argv; keys only
// ever come from the vault by NAME.

use clap::{Args, Subcommand, ValueEnum};

/// JWT claim options (RFC 7519 §4.1) for `jws sign` and `header`.
#[derive(Debug, Args, Clone, Default)]
pub struct ClaimsArgs {
    /// The `iss` (issuer) claim
    #[arg(long, value_name = "ISSUER")]
    pub iss: Option<String>,
    /// The `sub` (subject) claim
    #[arg(long, value_name = "SUBJECT")]
    pub sub: Option<String>,
    /// The `aud` (audience) claim (repeatable; several make an array)
    #[arg(long, value_name = "AUDIENCE")]
    pub aud: Vec<String>,
    /// Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]
    #[arg(long, value_name = "DURATION", conflicts_with = "no_exp")]
    pub exp: Option<humantime::Duration>,
    /// Write no `exp` claim (verifiers, ours included, refuse such tokens by default)
    #[arg(long)]
    pub no_exp: bool,
    /// Not valid before issue time + this long (`nbf`), e.g. 0s, 10m
    #[arg(long, value_name = "DURATION")]
    pub nbf: Option<humantime::Duration>,
    /// Write no `iat` (issued at) claim; it is written by default
    #[arg(long)]
    pub no_iat: bool,
    /// The `jti` (JWT ID) claim; without a value, a random 128-bit ID
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pub jti: Option<String>,
    /// A scope token for the space-separated `scope` claim (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
    /// Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)
    #[arg(long, value_name = "KEY=VALUE", value_parser = super::parse_key_value)]
    pub claim: Vec<(String, String)>,
    /// Extra claims as one JSON object, e.g. '{"tenant":"a","roles":["x"]}'
    #[arg(long, value_name = "JSON")]
    pub claims_json: Option<String>,
    /// Issue as of TIME (Unix seconds or RFC 3339) instead of now
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// The JWT policy options shared by `jws verify`, `authorize` and `gate`
/// (flattened into each): the claims a token must satisfy besides its signature, read
/// into one [`crate::jose::VerifyPolicy`].
#[derive(Debug, Args, Clone, Default)]
pub struct JwtPolicyArgs {
    /// Require this audience in `aud` (tokens with an `aud` are refused without it)
    #[arg(long, value_name = "AUDIENCE")]
    pub aud: Option<String>,
    /// Require this issuer in `iss`
    #[arg(long, value_name = "ISSUER")]
    pub iss: Option<String>,
    /// A required scope, matched as a whole, case-sensitive token (repeatable; for
    /// `gate`, the --secret rule's)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
    /// Clock skew allowed on exp, nbf and iat, in seconds [default: 60]
    #[arg(long, value_name = "SECONDS")]
    pub leeway: Option<u64>,
}

impl JwtPolicyArgs {
    /// The policy these options ask for, as of `now` (Unix seconds): `exp` required,
    /// the claims of the default `scope`/`scp` scope claim.
    pub fn to_policy(&self, now: i64) -> crate::jose::VerifyPolicy {
        crate::jose::VerifyPolicy {
            leeway_secs: self
                .leeway
                .unwrap_or(crate::jose::verify::DEFAULT_LEEWAY_SECS),
            audience: self.aud.clone(),
            issuer: self.iss.clone(),
            scopes: self.scope.clone(),
            ..crate::jose::VerifyPolicy::at(now)
        }
    }
}

/// `jws …`.
#[derive(Debug, Subcommand)]
pub enum JwsCommand {
    /// Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)
    Sign(JwsSignArgs),
    /// Verify a JWT with the secret's own algorithm and print its claims as JSON
    ///
    /// Exit 0 when the token is valid, 1 with one reason on stderr when it is not.
    Verify(JwsVerifyArgs),
    /// Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)
    Inspect(JwsInspectArgs),
}

/// `jws sign`.
#[derive(Debug, Args)]
pub struct JwsSignArgs {
    /// The hs256/rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Sign standard input as it is (any bytes) instead of building JWT claims
    #[arg(long)]
    pub raw: bool,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub claims: ClaimsArgs,
}

/// `jws verify`.
#[derive(Debug, Args)]
pub struct JwsVerifyArgs {
    /// The hs256/rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The token (read from stdin when omitted)
    #[arg(value_name = "TOKEN")]
    pub token: Option<String>,
    /// The claim holding scopes [default: `scope` string and `scp` array or string]
    #[arg(long, value_name = "CLAIM")]
    pub scope_claim: Option<String>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub policy: JwtPolicyArgs,
    /// Accept a token without `exp`
    #[arg(long)]
    pub allow_missing_exp: bool,
    /// Verify as of TIME (Unix seconds or RFC 3339), e.g. for old tokens and test vectors
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Check only the signature and print the payload as it is (no claim checks)
    #[arg(long, conflicts_with_all = ["aud", "iss", "scope", "scope_claim", "allow_missing_exp"])]
    pub raw: bool,
}

/// `jws inspect`.
#[derive(Debug, Args)]
pub struct JwsInspectArgs {
    /// The token (read from stdin when omitted)
    #[arg(value_name = "TOKEN")]
    pub token: Option<String>,
}

/// `jwe …`.
#[derive(Debug, Subcommand)]
pub enum JweCommand {
    /// Encrypt stdin to the key pair's public key (RSA-OAEP-256 + A256GCM)
    Encrypt(JweArgs),
    /// Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)
    Decrypt(JweArgs),
}

/// `jwe encrypt|decrypt`.
#[derive(Debug, Args)]
pub struct JweArgs {
    /// The rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
}

/// `pubkey --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PubkeyFormat {
    /// SubjectPublicKeyInfo PEM (`BEGIN PUBLIC KEY`)
    Pem,
    /// One JWK (RFC 7517) with `kid` = RFC 7638 thumbprint
    Jwk,
    /// A JWK Set `{"keys":[…]}`, as served at a jwks_uri
    Jwks,
}

/// `pubkey --use`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PubkeyUse {
    /// For verifying signatures: adds `"use":"sig","alg":"RS256"`
    Sig,
    /// For encrypting to us: adds `"use":"enc","alg":"RSA-OAEP-256"`
    Enc,
}

/// `pubkey`.
#[derive(Debug, Args)]
pub struct PubkeyArgs {
    /// The rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Output format
    #[arg(long, value_name = "FORMAT", default_value = "pem")]
    pub format: PubkeyFormat,
    /// Mark the JWK for one use (jwk/jwks only; default: neither, usable for both)
    #[arg(long = "use", value_name = "USE")]
    pub key_use: Option<PubkeyUse>,
}
