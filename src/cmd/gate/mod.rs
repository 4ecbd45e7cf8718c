//! `authorize` and `gate`.
// Placeholder until the gate work (issue 5) lands.

use crate::cli::GlobalArgs;
use crate::cli::gate::{AuthorizeArgs, GateArgs};
use crate::error::{CliResult, failure};

/// `authorize`.
pub fn cmd_gate_authorize(_g: &GlobalArgs, _a: AuthorizeArgs) -> CliResult {
    Err(failure("authorize is not implemented yet"))
}

/// `gate`.
pub fn cmd_gate_serve(_g: &GlobalArgs, _a: GateArgs) -> CliResult {
    Err(failure("gate is not implemented yet"))
}
