//! Process-wide protections for a process that holds secrets (issue 10 item 8): no core
//! dump, and no ptrace or `/proc/PID/{mem,environ,fd}` access by other processes of the
//! same user. The vault identity and decrypted values live in our memory; a core file
//! written by a crash or by `kill -SEGV` would put them on disk.
//!
//! What this module leaves to others: printing (a failure is returned), and deciding which
//! children get their limits back (`cmd::db::run` wraps its spawn in
//! [`with_original_core_limit`]). Dumpability needs no restoring: `execve` resets it to 1
//! for a program that is not set-user-ID (Linux `begin_new_exec`).

use std::sync::OnceLock;

use nix::sys::resource::{Resource, getrlimit, setrlimit};

/// The `RLIMIT_CORE` (soft, hard) the process started with, in bytes.
static ORIGINAL_CORE: OnceLock<(u64, u64)> = OnceLock::new();

/// Makes this process non-dumpable (`prctl(PR_SET_DUMPABLE, 0)`, Linux) and sets the
/// soft `RLIMIT_CORE` to 0, keeping the hard limit so a child can get the old one back.
///
/// # Errors
///
/// The `errno` of a failing `prctl`, `getrlimit` or `setrlimit` (none is expected).
pub fn harden() -> Result<(), nix::Error> {
    #[cfg(target_os = "linux")]
    nix::sys::prctl::set_dumpable(false)?;
    let (soft, hard) = getrlimit(Resource::RLIMIT_CORE)?;
    let _ = ORIGINAL_CORE.set((soft, hard));
    setrlimit(Resource::RLIMIT_CORE, 0, hard)
}

/// Runs `spawn` with the core limit the process started with, then sets it back to 0.
/// A child inherits the limit in force at `fork`, and std's `Command` offers no safe
/// hook to set it in between. While the limit is open the process is still
/// non-dumpable, so a crash in that window writes no core either.
pub fn with_original_core_limit<T>(spawn: impl FnOnce() -> T) -> T {
    let Some(&(soft, hard)) = ORIGINAL_CORE.get() else {
        return spawn();
    };
    let _ = setrlimit(Resource::RLIMIT_CORE, soft, hard);
    let out = spawn();
    let _ = setrlimit(Resource::RLIMIT_CORE, 0, hard);
    out
}
