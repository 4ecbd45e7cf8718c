//! Vault commands: `init`, `unlock`, `lock` (handlers in `cmd/vault.rs`).

use clap::Args;

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Do not cache the vault key in the OS keyring
    #[arg(long)]
    pub no_keyring: bool,
    /// A team vault for a git repository: only vault.age is shared (docs/team.md)
    #[arg(long)]
    pub shared: bool,
    /// Your label in a team vault [default: the login name]
    #[arg(long, value_name = "LABEL", requires = "shared")]
    pub label: Option<String>,
}

/// `unlock`.
#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// Forget the key after this long, e.g. 8h or 30m [default: until `lock`]
    ///
    /// Applies to the kernel keyring; the Secret Service keeps entries until `lock`.
    #[arg(long, value_name = "DURATION")]
    pub timeout: Option<humantime::Duration>,
}

/// `lock`.
#[derive(Debug, Args)]
pub struct LockArgs {}
