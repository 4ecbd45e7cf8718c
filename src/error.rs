//! User-facing errors of the command layer and the exit-status table.
//!
//! Domain modules return their own `thiserror` enums; the command layer wraps them in a
//! [`CliError`] that carries the exit kind and the hints printed after the message.
//!
//! | status | meaning |
//! |---|---|
//! | 0 | done, or "yes" (allowed, valid) |
//! | 1 | a definite "no": secret not found, signature invalid, access denied |
//! | 2 | an error: usage, vault, I/O, crypto, network |
//! | 130 | interrupted (Ctrl-C while waiting for the browser) |

use std::error::Error as StdError;
use std::fmt;

/// What kind of failure a [`CliError`] is; decides the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A definite "no" (exit 1): not found, denied, invalid signature or token.
    No,
    /// Bad usage or bad input that the user can fix (exit 2).
    Usage,
    /// Any other failure: vault, I/O, crypto, network (exit 2).
    Failure,
    /// Interrupted by the user (exit 130).
    Interrupted,
}

/// The exit status table; also rendered in the man pages' EXIT STATUS section.
pub const EXIT_STATUS_TABLE: &[(u8, &str)] = &[
    (
        0,
        "Success; for checks, the answer is yes (token valid, request allowed).",
    ),
    (
        1,
        "A definite no: secret not found, signature or token invalid, request denied.",
    ),
    (
        2,
        "An error: bad usage, bad input, vault, I/O, crypto or network failure.",
    ),
    (
        130,
        "Interrupted (Ctrl-C) while waiting, e.g. for the browser during a login.",
    ),
];

/// An error as the user sees it: a message, the chain of causes and hints.
pub struct CliError {
    /// Decides the exit status.
    pub kind: ErrorKind,
    /// The error itself; its `source()` chain is printed as `caused by:` lines.
    pub error: Box<dyn StdError + Send + Sync + 'static>,
    /// Lines printed as `hint: …`, telling the user how to fix it.
    pub hints: Vec<String>,
}

impl CliError {
    /// Wraps `error` with the given kind and no hints.
    pub fn new(kind: ErrorKind, error: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        CliError {
            kind,
            error: error.into(),
            hints: Vec::new(),
        }
    }

    /// Adds a hint line.
    #[must_use]
    pub fn hinted(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Replaces the kind (e.g. to turn a generic failure into a definite "no").
    #[must_use]
    pub fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            ErrorKind::No => 1,
            ErrorKind::Usage | ErrorKind::Failure => 2,
            ErrorKind::Interrupted => 130,
        }
    }

    /// True when the error is a broken pipe on stdout, which exits quietly with 0.
    pub fn is_broken_pipe(&self) -> bool {
        let mut cur: Option<&(dyn StdError + 'static)> = Some(self.error.as_ref());
        while let Some(e) = cur {
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                return io.kind() == std::io::ErrorKind::BrokenPipe;
            }
            cur = e.source();
        }
        false
    }
}

impl fmt::Debug for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CliError")
            .field("kind", &self.kind)
            .field("error", &self.error.to_string())
            .field("hints", &self.hints)
            .finish()
    }
}

/// Shorthand for a user-fixable error (exit 2) with a message.
pub fn user_error(msg: impl Into<String>) -> CliError {
    CliError::new(ErrorKind::Usage, msg.into())
}

/// Shorthand for a definite "no" (exit 1) with a message.
pub fn no_error(msg: impl Into<String>) -> CliError {
    CliError::new(ErrorKind::No, msg.into())
}

/// Shorthand for a failure (exit 2) with a message.
pub fn failure(msg: impl Into<String>) -> CliError {
    CliError::new(ErrorKind::Failure, msg.into())
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::new(ErrorKind::Failure, e)
    }
}

/// The command layer's result type.
pub type CliResult<T = ()> = Result<T, CliError>;
