//! The `flowlet-secrets` binary: parse, run, map the outcome to an exit status.

use std::process::ExitCode;

fn main() -> ExitCode {
    flowlet_secrets::main_with_args(std::env::args_os())
}
