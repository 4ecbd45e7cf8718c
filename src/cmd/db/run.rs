//! `run [--db NAME] [--env VAR=NAME[:FIELD]]... -- COMMAND [ARGS]`: COMMAND with secrets
//! in its environment, never in anyone's argv.
//!
//! - PostgreSQL: libpq's variables (`PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE`,
//!   `PGSSLMODE`...) and `DATABASE_URL`.
//! - MySQL/MariaDB: the clients take a password from argv (`-p…`), `MYSQL_PWD`
//!   (deprecated since MySQL 8.0, "extremely insecure" in its manual) or an option
//!   file. We write a private option file (`my.cnf`, 0600, in a fresh 0700 directory) and
//!   point `MYSQL_HOME` and `MARIADB_HOME` at its directory. Both MySQL's and MariaDB's
//!   `my_default.c` read `$MYSQL_HOME/my.cnf` (MariaDB prefers `$MARIADB_HOME`) after
//!   `/etc/my.cnf` and before `~/.my.cnf`, for every program that loads option files. We
//!   chose this over `--defaults-extra-file`, which must be the *first* argument: that
//!   would mean rewriting the user's argv when COMMAND is a client, and would miss clients
//!   started by a script. The file is removed when COMMAND exits, also after a forwarded
//!   signal; only SIGKILL of this process leaves it behind (in a 0700 directory).
//!
//! Files for COMMAND go only to a private runtime directory ([`private_runtime_dir`]):
//! `$XDG_RUNTIME_DIR` when it is ours and 0700, else `/run/user/UID` on the same terms,
//! else `$XDG_STATE_HOME/flowlet-secrets/run` (`~/.local/state/...`), created 0700. Never a
//! shared directory such as `/tmp`: there another user could re-create the removed
//! directory while a descendant of COMMAND still reads `$MYSQL_HOME/my.cnf`.
//!
//! Signals: every signal whose default action would end us without cleaning up (see
//! [`CAUGHT`]) is caught and forwarded to COMMAND; SIGINT/SIGQUIT typed at the terminal
//! are not forwarded, because the terminal already delivered them to COMMAND (it is in
//! our foreground process group). A signal that arrives before COMMAND starts stops `run`
//! without starting it. We exit with COMMAND's status,
//! or 128+N when it was killed by signal N, as a shell does; 127 when COMMAND does not
//! exist and 126 when it cannot be executed.

use std::ffi::OsString;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use libc::{SIGPWR, SIGSTKFLT};
use nix::errno::Errno;
use nix::sys::signal::{Signal, kill};
use nix::sys::wait::{Id, WaitPidFlag, waitid};
use nix::unistd::Pid;
use signal_hook::consts::{
    SIGABRT, SIGALRM, SIGHUP, SIGINT, SIGIO, SIGPIPE, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU, SIGXFSZ,
};
use signal_hook::iterator::SignalsInfo;
use signal_hook::iterator::exfiltrator::WithOrigin;
use signal_hook::low_level::siginfo::{Cause, Origin};

use crate::cli::GlobalArgs;
use crate::cli::db::RunArgs;
use crate::cmd::vault::open_vault;
use crate::database;
use crate::debug;
use crate::env::{self, EnvSpec};
use crate::error::{CliError, CliResult, failure, user_error};
use crate::secret::{Database, SecretData, SecretValue};
use crate::term;

use super::{connection_url, database_error, env_error, load_for_specs, resolve_specs};

/// The signals `run` catches (and forwards): every signal whose default action ends the
/// process (signal(7)) and that another process sends, so none can end `run` before it
/// removes COMMAND's files. Not caught: SIGKILL and SIGSTOP (cannot be), the faults
/// SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP and SIGSYS (a handler that returns would
/// re-run the faulting instruction), the real-time signals (nix cannot name them to
/// forward them), and the job-control and ignored-by-default ones (SIGTSTP, SIGTTIN,
/// SIGTTOU, SIGCONT, SIGCHLD, SIGWINCH, SIGURG), which end no process.
pub const CAUGHT: [i32; 16] = [
    SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
    SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT, SIGABRT,
];

/// Exit status when COMMAND is not found (as POSIX shells, XCU §2.8.2).
const EXIT_NOT_FOUND: i32 = 127;
/// Exit status when COMMAND is found but cannot be executed.
const EXIT_CANNOT_EXECUTE: i32 = 126;

/// `run`: exits the process with COMMAND's status once every resource is released.
pub fn cmd_db_run(g: &GlobalArgs, a: RunArgs) -> CliResult {
    let code = run_command(g, a)?;
    std::process::exit(code)
}

/// The child's environment changes, and the private option-file directory (removed on drop).
struct ChildEnv {
    clear: Vec<&'static str>,
    set: Vec<(String, SecretValue)>,
    option_dir: Option<tempfile::TempDir>,
}

fn run_command(g: &GlobalArgs, a: RunArgs) -> CliResult<i32> {
    let specs = a
        .env
        .iter()
        .map(|s| env::parse_env_spec(s))
        .collect::<Result<Vec<EnvSpec>, _>>()
        .map_err(env_error)?;
    if !a.allow_loader_env
        && let Some(s) = specs.iter().find(|s| env::is_loader_var(&s.var))
    {
        return Err(env_error(env::EnvError::LoaderVar(s.var.clone())));
    }
    let Some((program, args)) = a.command.split_first() else {
        return Err(user_error("no command given").hinted("e.g. run --db NAME -- psql"));
    };
    let entries = if specs.is_empty() && a.db.is_none() {
        Default::default()
    } else {
        load_for_specs(&open_vault(g)?, &specs, a.db.as_deref())?
    };
    let vars = resolve_specs(&specs, &entries)?;
    env::check_vars(&vars).map_err(env_error)?;

    // Installed after any passphrase prompt (so Ctrl-C still ends a prompt) and before a
    // file is written, so no signal can end us between writing and removing it. A caught
    // signal is queued; exec resets caught signals to their defaults in COMMAND.
    let signals = SignalsInfo::<WithOrigin>::new(CAUGHT)
        .map_err(|e| failure(format!("cannot install signal handlers: {e}")))?;
    let mut child_env = match &a.db {
        Some(name) => {
            let e = entries
                .get(name)
                .ok_or_else(|| crate::cmd::not_found(name))?;
            match &e.data {
                SecretData::Postgres(d) => postgres_child_env(d, connection_url(name, e)?),
                SecretData::Mysql(d) => mysql_child_env(name, d, connection_url(name, e)?)?,
                other => {
                    return Err(crate::cmd::wrong_type(
                        name,
                        other.kind(),
                        "mysql or postgres",
                    ));
                }
            }
        }
        None => ChildEnv {
            clear: Vec::new(),
            set: Vec::new(),
            option_dir: None,
        },
    };
    // `--env` wins over what `--db` sets.
    child_env
        .set
        .retain(|(k, _)| !vars.iter().any(|(k2, _)| k2 == k));
    child_env.set.extend(vars);
    env::check_vars(&child_env.set).map_err(env_error)?;
    debug!(
        "run: setting {}",
        child_env
            .set
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );

    let mut cmd = Command::new(program);
    cmd.args(args);
    for k in &child_env.clear {
        cmd.env_remove(k);
    }
    for (k, v) in &child_env.set {
        cmd.env(k, v.expose_secret());
    }
    let status = spawn_and_wait(cmd, program, signals);
    if let Some(dir) = child_env.option_dir.take() {
        let shown = dir.path().display().to_string();
        if let Err(e) = dir.close() {
            term::warn(format!(
                "cannot remove the option file directory {shown}: {e}"
            ));
        }
    }
    status
}

fn postgres_child_env(d: &Database, url: SecretValue) -> ChildEnv {
    let (mut set, unknown) = database::postgres_env(d);
    if !unknown.is_empty() {
        debug!(
            "run: options without a libpq variable (in DATABASE_URL only): {}",
            unknown.join(", ")
        );
    }
    set.push(("DATABASE_URL".into(), url));
    ChildEnv {
        clear: database::postgres_env_to_clear().collect(),
        set,
        option_dir: None,
    }
}

fn mysql_child_env(name: &str, d: &Database, url: SecretValue) -> CliResult<ChildEnv> {
    // Keep an option file the user already points these variables at (MariaDB reads
    // MARIADB_HOME in preference to MYSQL_HOME).
    let include = ["MARIADB_HOME", "MYSQL_HOME"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|d| PathBuf::from(d).join("my.cnf"))
        .find(|p| p.is_file())
        .and_then(|p| p.to_str().map(str::to_string));
    let text =
        database::mysql_option_file(d, include.as_deref()).map_err(|e| database_error(name, e))?;
    let base = private_runtime_dir()?;
    let io = |e: std::io::Error| {
        CliError::from(e).hinted("set XDG_RUNTIME_DIR to a directory only you can use (0700)")
    };
    let dir = tempfile::Builder::new()
        .prefix("flowlet-secrets-")
        .tempdir_in(&base)
        .map_err(io)?;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(dir.path().join("my.cnf"))
        .map_err(io)?;
    f.write_all(text.as_bytes()).map_err(io)?;
    drop(f);
    debug!("run: option file in {}", dir.path().display());
    let home = SecretValue::new(dir.path().to_string_lossy().into_owned());
    let mut clear: Vec<&'static str> = database::MYSQL_ENV_TO_CLEAR.to_vec();
    clear.extend(["MYSQL_HOME", "MARIADB_HOME"]);
    Ok(ChildEnv {
        clear,
        set: vec![
            ("MYSQL_HOME".into(), home.clone()),
            ("MARIADB_HOME".into(), home),
            ("DATABASE_URL".into(), url),
        ],
        option_dir: Some(dir),
    })
}

/// Why `dir` is not a private directory of ours: it must be a real directory (no
/// symlink), owned by the effective user, mode 0700 (XDG Base Directory spec on
/// `XDG_RUNTIME_DIR`: "owned by the user ... Its Unix access mode MUST be 0700").
fn not_private(dir: &Path) -> Option<String> {
    if !dir.is_absolute() {
        return Some("not an absolute path".into());
    }
    let m = match std::fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) => return Some(e.to_string()),
    };
    if !m.file_type().is_dir() {
        return Some("not a directory".into());
    }
    let me = nix::unistd::geteuid().as_raw();
    if m.uid() != me {
        return Some(format!("owned by uid {}, not {me}", m.uid()));
    }
    if m.mode() & 0o777 != 0o700 {
        return Some(format!("mode {:o}, not 700", m.mode() & 0o777));
    }
    None
}

/// Why another user could replace `dir` or a directory above it: each must be owned by
/// us or root, and not writable by group or others unless sticky (ssh's StrictModes
/// rule, with /tmp's sticky bit accepted).
fn replaceable(dir: &Path) -> Option<String> {
    let me = nix::unistd::geteuid().as_raw();
    for d in dir.ancestors().skip(1) {
        let Ok(m) = std::fs::metadata(d) else {
            return Some(format!("cannot inspect {}", d.display()));
        };
        let sticky = m.mode() & 0o1000 != 0;
        if (m.uid() != me && m.uid() != 0) || (m.mode() & 0o022 != 0 && !sticky) {
            return Some(format!("{} is writable by others", d.display()));
        }
    }
    None
}

/// The private directory for files `run` writes for COMMAND, in order of preference:
/// `$XDG_RUNTIME_DIR` (warned about and skipped when it is not ours and 0700),
/// `/run/user/UID` (the same, as systemd-logind makes it), then
/// `$XDG_STATE_HOME/flowlet-secrets/run` or `~/.local/state/flowlet-secrets/run`,
/// created 0700 and re-checked. Never a world-writable directory such as `/tmp`.
fn private_runtime_dir() -> CliResult<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        let x = PathBuf::from(x);
        match not_private(&x) {
            None => return Ok(x),
            Some(why) => term::warn(format!(
                "ignoring XDG_RUNTIME_DIR={}: {why}",
                term::sanitize(&x.display().to_string())
            )),
        }
    }
    let run_user = PathBuf::from(format!("/run/user/{}", nix::unistd::geteuid()));
    if not_private(&run_user).is_none() {
        return Ok(run_user);
    }
    let hint = "set XDG_RUNTIME_DIR to a directory only you can use (0700)";
    let state = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".local/state"))
        })
        .ok_or_else(|| user_error("no private directory for the option file").hinted(hint))?;
    let dir = state.join("flowlet-secrets").join("run");
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
        .map_err(|e| CliError::from(e).hinted(hint))?;
    // Ours but looser (an old umask, a chmod): tighten it; anyone else's: refuse.
    if let Ok(m) = std::fs::symlink_metadata(&dir)
        && m.file_type().is_dir()
        && m.uid() == nix::unistd::geteuid().as_raw()
        && m.mode() & 0o777 != 0o700
    {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    if let Some(why) = not_private(&dir).or_else(|| replaceable(&dir)) {
        return Err(user_error(format!(
            "{} is not a private directory: {why}",
            term::sanitize(&dir.display().to_string())
        ))
        .hinted(hint));
    }
    Ok(dir)
}

/// True for a keyboard signal (SIGINT, SIGQUIT) that the terminal sent to the whole
/// foreground process group, COMMAND included; Linux marks those `SI_KERNEL`.
fn sent_by_terminal(o: &Origin) -> bool {
    matches!(o.signal, SIGINT | SIGQUIT) && matches!(o.cause, Cause::Kernel)
}

/// Starts COMMAND, forwards signals to it until it exits, and returns its status as a
/// shell would report it.
fn spawn_and_wait(
    mut cmd: Command,
    program: &OsString,
    mut signals: SignalsInfo<WithOrigin>,
) -> CliResult<i32> {
    // A signal caught while we read the vault or wrote files: stop before COMMAND starts.
    if let Some(o) = signals.pending().next() {
        debug!("run: signal {} before COMMAND started", o.signal);
        return Ok(128 + o.signal);
    }
    let mut child = match crate::process::with_original_core_limit(|| cmd.spawn()) {
        Ok(c) => c,
        Err(e) => {
            let shown = term::sanitize(&program.to_string_lossy());
            let (msg, hint, code) = match e.kind() {
                std::io::ErrorKind::NotFound => (
                    format!("cannot run {shown:?}: command not found"),
                    "check the name and PATH; the command goes after `--`",
                    EXIT_NOT_FOUND,
                ),
                std::io::ErrorKind::PermissionDenied => (
                    format!("cannot run {shown:?}: permission denied"),
                    "the file must be executable",
                    EXIT_CANNOT_EXECUTE,
                ),
                _ => return Err(failure(format!("cannot run {shown:?}: {e}"))),
            };
            term::print_error(&user_error(msg).hinted(hint));
            return Ok(code);
        }
    };
    let pid = Pid::from_raw(i32::try_from(child.id()).unwrap_or(i32::MAX));
    // Set once the child has exited but before it is reaped: a signal is forwarded only
    // while this is false, so it can never reach a recycled pid.
    let exited = Arc::new(Mutex::new(false));
    let handle = signals.handle();
    let forwarder = {
        let exited = Arc::clone(&exited);
        std::thread::spawn(move || {
            for origin in signals.forever() {
                if sent_by_terminal(&origin) {
                    continue;
                }
                let Ok(sig) = Signal::try_from(origin.signal) else {
                    continue;
                };
                let done = exited.lock().unwrap_or_else(|p| p.into_inner());
                if *done {
                    break;
                }
                let _ = kill(pid, sig);
            }
        })
    };
    while let Err(Errno::EINTR) = waitid(Id::Pid(pid), WaitPidFlag::WEXITED | WaitPidFlag::WNOWAIT)
    {
    }
    *exited.lock().unwrap_or_else(|p| p.into_inner()) = true;
    let status = child.wait()?;
    handle.close();
    let _ = forwarder.join();
    Ok(match (status.code(), status.signal()) {
        (Some(c), _) => c,
        (None, Some(s)) => 128 + s,
        (None, None) => 2,
    })
}
