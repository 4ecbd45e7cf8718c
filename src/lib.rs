//! flowlet-secrets: typed secrets in an age-encrypted vault, used by name.
//!
//! The binary layer is `cmd`; every other module is domain code that never prints,
//! never reads argv or the environment, and returns typed errors.

pub mod cli;
pub mod cmd;
pub mod database;
pub mod dotenv;
pub mod env;
pub mod error;
pub mod gate;
pub mod generate;
pub mod http_header;
pub mod import;
pub mod jose;
pub mod mask;
pub mod oauth;
pub mod passgen;
pub mod passphrase;
pub mod process;
pub mod pty;
pub mod reference;
pub mod secret;
pub mod term;
pub mod vault;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

/// Parses `args` (argv including the program name), runs the command and returns the
/// exit status of the table in [`error`]: 0 done, 1 a definite "no", 2 an error.
pub fn main_with_args<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    // Before anything reads a secret (the hard limit is kept for `run`'s children).
    let hardened = process::harden();
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    term::set_debug(cli.global.debug);
    if let Err(e) = hardened {
        term::warn(format!("cannot disable core dumps of this process: {e}"));
    }
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if e.is_broken_pipe() {
                return ExitCode::SUCCESS;
            }
            term::print_error(&e);
            ExitCode::from(e.exit_code())
        }
    }
}
