//! Commands that protect incoming HTTP requests: `authorize` and `gate`.

use clap::Args;

/// `authorize`.
#[derive(Debug, Args)]
pub struct AuthorizeArgs {
    /// The basic/password/hs256/rs256 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// A required scope for JWTs (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
}

/// `gate`.
#[derive(Debug, Args)]
pub struct GateArgs {
    /// The address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9000")]
    pub listen: String,
    /// The secret that guards every path
    #[arg(long, value_name = "NAME")]
    pub secret: Option<String>,
    /// A required scope (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
}
