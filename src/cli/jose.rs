//! JOSE commands: `jws sign|verify|inspect`, `jwe encrypt|decrypt`, `pubkey`, and the
//! JWT claim options shared with `header`.

use clap::{Args, Subcommand};

/// JWT claim options (RFC 7519 §4.1) for `jws sign` and `header`.
#[derive(Debug, Args, Clone, Default)]
pub struct ClaimsArgs {
    /// The `iss` claim
    #[arg(long, value_name = "ISSUER")]
    pub iss: Option<String>,
    /// The `sub` claim
    #[arg(long, value_name = "SUBJECT")]
    pub sub: Option<String>,
    /// The `aud` claim (repeatable)
    #[arg(long, value_name = "AUDIENCE")]
    pub aud: Vec<String>,
    /// Expire after this long, e.g. 5m, 1h
    #[arg(long, value_name = "DURATION")]
    pub exp: Option<humantime::Duration>,
    /// Not valid before now + this long
    #[arg(long, value_name = "DURATION")]
    pub nbf: Option<humantime::Duration>,
    /// The `scope` claim, space-separated (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
    /// Any claim KEY=VALUE (a JSON value, or a string) (repeatable)
    #[arg(long, value_name = "KEY=VALUE", value_parser = super::parse_key_value)]
    pub claim: Vec<(String, String)>,
}

/// `jws …`.
#[derive(Debug, Subcommand)]
pub enum JwsCommand {
    /// Sign a payload or JWT claims (compact JWS on stdout)
    Sign(JwsSignArgs),
    /// Verify a JWS/JWT and print its claims
    Verify(JwsVerifyArgs),
    /// Decode a JWS without verifying it
    Inspect(JwsInspectArgs),
}

/// `jws sign`.
#[derive(Debug, Args)]
pub struct JwsSignArgs {
    /// The hs256/rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
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
    /// A required scope (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
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
    /// Decrypt a compact JWE from stdin
    Decrypt(JweArgs),
}

/// `jwe encrypt|decrypt`.
#[derive(Debug, Args)]
pub struct JweArgs {
    /// The rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
}

/// `pubkey`.
#[derive(Debug, Args)]
pub struct PubkeyArgs {
    /// The rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Output format
    #[arg(long, value_name = "FORMAT", default_value = "pem", value_parser = ["pem", "jwk", "jwks"])]
    pub format: String,
}
