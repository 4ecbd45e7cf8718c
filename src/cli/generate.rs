//! `completions` and the hidden `generate` (handlers in `cmd/generate.rs`).

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueHint};

/// `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// `generate` (hidden).
#[derive(Debug, Subcommand)]
pub enum GenerateCommand {
    /// Print a completion script
    Completions(CompletionsArgs),
    /// Write one man page per command into DIR
    Man(GenerateManArgs),
}

/// `generate man`.
#[derive(Debug, Args)]
pub struct GenerateManArgs {
    /// The directory to write into
    #[arg(value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: PathBuf,
}
