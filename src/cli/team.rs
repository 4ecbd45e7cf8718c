//! Team vaults over git (product.md §9, docs/team.md): `recipients`, `git`, `resolve`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueHint};

/// `recipients …`.
#[derive(Debug, Subcommand)]
pub enum RecipientsCommand {
    /// List the members: label, recipient, added; which one is you
    List(RecipientsListArgs),
    /// Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")
    Add(RecipientsAddArgs),
    /// Remove a member: re-encrypts without them and marks every secret for rotation
    Rm(RecipientsRmArgs),
    /// Accept a member set changed on another machine
    Ack(RecipientsAckArgs),
}

/// `recipients list`.
#[derive(Debug, Args)]
pub struct RecipientsListArgs {
    /// Print a JSON array of {label, recipient, added, you}
    #[arg(long)]
    pub json: bool,
}

/// `recipients add`.
#[derive(Debug, Args)]
pub struct RecipientsAddArgs {
    /// The member's label
    pub label: String,
    /// The member's public key (not secret)
    #[arg(required_unless_present = "from_file", conflicts_with = "from_file")]
    pub recipient: Option<String>,
    /// Read the recipient from an age recipients file or an SSH .pub file
    #[arg(long, value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub from_file: Option<PathBuf>,
}

/// `recipients rm`.
#[derive(Debug, Args)]
pub struct RecipientsRmArgs {
    /// The member's label
    pub label: String,
    /// Do not ask for confirmation
    #[arg(long)]
    pub yes: bool,
}

/// `recipients ack`.
#[derive(Debug, Args)]
pub struct RecipientsAckArgs {
    /// Do not ask for confirmation
    #[arg(long)]
    pub yes: bool,
}

/// `git …`.
#[derive(Debug, Subcommand)]
pub enum GitCommand {
    /// Write .gitattributes and the merge and diff drivers in .git/config
    Setup(GitSetupArgs),
    /// Merge three versions of vault.age per secret (called by git merge)
    MergeDriver(GitMergeDriverArgs),
    /// Print names, types, times and fingerprints of a vault.age (called by git diff)
    Textconv(GitTextconvArgs),
}

/// `git setup`.
#[derive(Debug, Args)]
pub struct GitSetupArgs {}

/// `git merge-driver %O %A %B %P`.
#[derive(Debug, Args)]
pub struct GitMergeDriverArgs {
    /// The common ancestor's version (%O)
    #[arg(value_hint = ValueHint::FilePath)]
    pub base: PathBuf,
    /// Our version (%A); the merged result is written here
    #[arg(value_hint = ValueHint::FilePath)]
    pub ours: PathBuf,
    /// Their version (%B)
    #[arg(value_hint = ValueHint::FilePath)]
    pub theirs: PathBuf,
    /// The path in the repository (%P)
    pub path: Option<PathBuf>,
}

/// `git textconv FILE`.
#[derive(Debug, Args)]
pub struct GitTextconvArgs {
    /// The vault.age version git hands over
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
}

/// `resolve NAME --ours|--theirs`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("side").required(true))]
pub struct ResolveArgs {
    /// The conflicting secret
    pub name: String,
    /// Keep our version
    #[arg(long, group = "side")]
    pub ours: bool,
    /// Take their version
    #[arg(long, group = "side")]
    pub theirs: bool,
}

/// `rotate NAME... | --due`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true))]
pub struct RotateArgs {
    /// The secrets to rotate
    #[arg(group = "which")]
    pub names: Vec<String>,
    /// Every secret marked as due for rotation
    #[arg(long, group = "which")]
    pub due: bool,
    /// Do not ask for confirmation
    #[arg(long)]
    pub yes: bool,
}
