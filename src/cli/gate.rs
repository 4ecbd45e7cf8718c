//! Commands that protect incoming HTTP requests: `authorize` and `gate`.

use std::path::PathBuf;

use clap::{Args, ValueHint};

use super::jose::JwtPolicyArgs;

/// `authorize`.
///
/// Reads one `Authorization` value (`Basic …`, `Bearer …`) or a whole `Authorization: …`
/// line from stdin and checks it against the secret: basic secrets compare the user
/// name and password, password secrets the static bearer token (or the bare value of
/// their custom header), hs256/rs256 secrets verify a JWT (signature, `exp`/`nbf` with
/// leeway, required scopes). Exit 0 = allow, 1 = deny (the reason on stderr), 2 = error.
#[derive(Debug, Args)]
pub struct AuthorizeArgs {
    /// The basic/password/hs256/rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub jwt: JwtPolicyArgs,
}

/// `gate`.
///
/// An HTTP server for nginx `auth_request`, Traefik `forwardAuth` and Caddy
/// `forward_auth`: it answers 200 to allow (with `X-Auth-Subject` / `X-Auth-Scopes`),
/// 401 with `WWW-Authenticate` for missing or wrong credentials, 403 with
/// `error="insufficient_scope"` for a missing scope. The path comes from
/// `X-Original-URI` or `X-Forwarded-Uri`; the longest matching rule prefix picks the
/// secret. `GET /healthz` without those headers answers 200.
///
/// The vault is decrypted once at start and again only when `vault.age` changes.
/// Credentials are never logged. SIGTERM or SIGINT stop it cleanly.
#[derive(Debug, Args)]
pub struct GateArgs {
    /// The address to listen on (loopback by default)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9000")]
    pub listen: String,
    /// The secret that guards every path (the rule for `/`)
    #[arg(long, value_name = "NAME")]
    pub secret: Option<String>,
    /// A rule PREFIX=NAME or PREFIX=NAME:SCOPE,SCOPE… (repeatable; longest prefix wins)
    ///
    /// e.g. `--rule /admin=signer:admin --rule /=staff`.
    #[arg(long, value_name = "PREFIX=NAME[:SCOPES]")]
    pub rule: Vec<String>,
    /// Read rules and settings from this TOML file ([[rule]] prefix, secret, scopes,
    /// audience, issuer; realm, leeway, subject_header, scopes_header)
    #[arg(long, value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub config: Option<PathBuf>,
    /// The realm named in `WWW-Authenticate` challenges [default: flowlet-secrets]
    #[arg(long, value_name = "REALM")]
    pub realm: Option<String>,
    /// The response header that carries the basic user or the JWT `sub`; "" for none
    /// [default: X-Auth-Subject]
    #[arg(long, value_name = "HEADER")]
    pub subject_header: Option<String>,
    /// The response header that carries the JWT's scopes; "" for none
    /// [default: X-Auth-Scopes]
    #[arg(long, value_name = "HEADER")]
    pub scopes_header: Option<String>,
    /// Worker threads deciding requests [default: the number of CPUs, at least 2]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub threads: Option<u16>,
    /// Log one line per request on stderr (status, path without query, rule, reason)
    #[arg(long)]
    pub log_requests: bool,
    /// The most connections served at once; more wait in the kernel's queue
    #[arg(long, value_name = "N", default_value_t = 16_384,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_connections: u32,
    /// The largest request head (request line and headers) read, in bytes; a larger
    /// one gets 431 and the connection is closed
    #[arg(long, value_name = "BYTES", default_value_t = 128 * 1024,
          value_parser = clap::value_parser!(u32).range(8192..=16 * 1024 * 1024))]
    pub max_header_bytes: u32,
    /// Seconds a client has to send a whole request head once it has started
    #[arg(long, value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds a connection may stay idle (no request under way) before it is closed;
    /// keep it above the proxy's upstream keep-alive timeout (nginx: 60)
    #[arg(long, value_name = "SECS", default_value_t = 75,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub idle_timeout: u64,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub jwt: JwtPolicyArgs,
}
