//! Real database servers for the tests: PostgreSQL (`initdb` + `pg_ctl` of the Debian
//! packages) and MariaDB (`mariadb-install-db` + `mariadbd`), each started once per test
//! binary on a free loopback port in a temp dir, as an unprivileged user when we are
//! root (CI), since neither server runs as root.
//!
//! Each server runs under a small `sh` watchdog whose stdin is a pipe held by this
//! process: when the test binary exits (however it exits) the pipe closes, `cat` returns,
//! and the watchdog stops the server and deletes its directory.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// A password with every character that needs care in URLs, option files and shells:
/// `@ : / % # ? & = +`, spaces, quotes and a non-ASCII letter.
pub const PASSWORD: &str = "p@ss:w/o%rd #? & = + \"q\" 'é' $HOME";

/// A database name that needs percent-encoding in a URL.
pub const DATABASE: &str = "app db";

/// The PostgreSQL role the tests log in as.
pub const PG_USER: &str = "flowlet_pg";

/// The MariaDB user the tests log in as.
pub const MY_USER: &str = "flowlet_my";

/// A running server.
pub struct Server {
    /// The loopback TCP port.
    pub port: u16,
    /// The directory of the server's data, socket and log.
    pub dir: PathBuf,
    _watchdog: Mutex<(Child, ChildStdin)>,
}

/// Serialises the tests that put a secret on a command line on purpose (`psql URL`) with
/// the tests that assert no command line holds one.
pub fn argv_lock() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

fn running_as_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(1)
        == 0
}

/// A command that runs as `nobody` when we are root (servers refuse to run as root).
fn unprivileged(program: impl AsRef<std::ffi::OsStr>, home: &Path) -> Command {
    let mut c = if running_as_root() {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(program);
        c
    } else {
        Command::new(program)
    };
    c.env("HOME", home)
        .env("LC_ALL", "C.UTF-8")
        .current_dir(home);
    c
}

/// A temp dir the unprivileged user owns; the watchdog deletes it at the end.
fn server_dir(prefix: &str) -> PathBuf {
    let dir = tempfile::Builder::new()
        .prefix(prefix)
        .tempdir()
        .unwrap()
        .keep();
    if running_as_root() {
        std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
    }
    dir
}

/// Starts `script` under `sh` as the unprivileged user and waits for its `ready` line.
fn start_watchdog(name: &str, script: &str, dir: &Path, port: u16) -> Server {
    let mut child = unprivileged("sh", dir)
        .arg("-c")
        .arg(script)
        .arg(name)
        .arg(dir)
        .arg(port.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the {name} watchdog: {e}"));
    let stdin = child.stdin.take().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    if line.trim() != "ready" {
        let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
        panic!("{name} did not start (said {line:?}); log:\n{log}");
    }
    Server {
        port,
        dir: dir.to_path_buf(),
        _watchdog: Mutex::new((child, stdin)),
    }
}

/// Runs a client as the unprivileged user with `sql` on stdin; panics on failure.
fn run_sql(mut c: Command, sql: &str) {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(sql.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "set-up SQL failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The newest PostgreSQL server binaries (Debian: /usr/lib/postgresql/<version>/bin).
fn pg_bindir() -> PathBuf {
    let mut dirs: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is not installed (.ci/apt.d/db.txt lists postgresql)")
        .filter_map(|e| {
            let e = e.ok()?;
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    dirs.sort();
    dirs.pop().expect("no /usr/lib/postgresql/*/bin/initdb").1
}

/// Single quotes for SQL string literals (standard SQL: `'` doubled; backslashes are
/// literal in PostgreSQL and escaped for MariaDB's default `sql_mode`).
fn sql_str(s: &str, backslash: bool) -> String {
    let mut v = s.replace('\'', "''");
    if backslash {
        v = v.replace('\\', "\\\\");
    }
    format!("'{v}'")
}

/// The shared PostgreSQL server with [`PG_USER`] / [`PASSWORD`] and database [`DATABASE`].
pub fn postgres() -> &'static Server {
    static PG: OnceLock<Server> = OnceLock::new();
    PG.get_or_init(|| {
        let bin = pg_bindir();
        let dir = server_dir("flowlet-pg-");
        let port = crate::common::free_port();
        // $1 = dir, $2 = port. Local socket connections trust the OS user (set-up only);
        // TCP needs SCRAM passwords, which is what the tests exercise.
        let script = format!(
            r#"set -e
bin={bin}
"$bin/initdb" -D "$1/data" -U postgres --no-locale -E UTF8 --auth-local=trust --auth-host=scram-sha-256 >"$1/server.log" 2>&1
"$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 120 \
  -o "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off" start >/dev/null 2>&1 || {{ echo failed; exit 1; }}
echo ready
cat >/dev/null || true
"$bin/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1 || true
rm -rf "$1"
"#,
            bin = bin.display()
        );
        let server = start_watchdog("postgresql", &script, &dir, port);
        let mut psql = unprivileged(bin.join("psql"), &dir);
        psql.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-U", "postgres", "-d", "postgres"])
            .arg("-h")
            .arg(&dir)
            .args(["-p", &port.to_string()]);
        // The password goes on stdin, never in an argv another test could see.
        run_sql(
            psql,
            &format!(
                "CREATE ROLE {PG_USER} LOGIN PASSWORD {};\nCREATE DATABASE \"{DATABASE}\" OWNER {PG_USER};\n",
                sql_str(PASSWORD, false)
            ),
        );
        server
    })
}

/// Creates (or replaces) the MariaDB account `user`@`%` with `password` and every
/// privilege on [`DATABASE`], through the root socket (the password goes on stdin).
pub fn mariadb_user(user: &str, password: &str) {
    let server = mariadb();
    let mut client = unprivileged("mariadb", &server.dir);
    client
        .args(["--no-defaults", "--default-character-set=utf8mb4", "-uroot"])
        .arg("-S")
        .arg(server.dir.join("mysqld.sock"));
    let user = sql_str(user, true);
    run_sql(
        client,
        &format!(
            "CREATE OR REPLACE USER {user}@'%' IDENTIFIED BY {};\nGRANT ALL ON `{DATABASE}`.* TO {user}@'%';\n",
            // The client strips a CR before a line end of its input: send escapes.
            sql_str(password, true)
                .replace('\r', "\\r")
                .replace('\n', "\\n")
        ),
    );
}

/// The shared MariaDB server with [`MY_USER`] / [`PASSWORD`] and database [`DATABASE`].
pub fn mariadb() -> &'static Server {
    static MY: OnceLock<Server> = OnceLock::new();
    MY.get_or_init(|| {
        let dir = server_dir("flowlet-my-");
        let port = crate::common::free_port();
        // $1 = dir, $2 = port. skip-name-resolve: 127.0.0.1 must not become `localhost`,
        // or the anonymous ''@localhost account would shadow ours.
        let script = r#"set -e
mariadb-install-db --no-defaults --datadir="$1/data" --auth-root-authentication-method=normal \
  --skip-test-db >"$1/server.log" 2>&1 || { echo failed; exit 1; }
mariadbd --no-defaults --datadir="$1/data" --socket="$1/mysqld.sock" --port="$2" \
  --bind-address=127.0.0.1 --skip-name-resolve --pid-file="$1/mysqld.pid" \
  --log-error="$1/server.log" --innodb-buffer-pool-size=16M --skip-log-bin </dev/null >>"$1/server.log" 2>&1 &
pid=$!
i=0
until mariadb-admin --no-defaults -S "$1/mysqld.sock" -uroot ping >/dev/null 2>&1; do
  i=$((i+1))
  if [ $i -gt 1200 ] || ! kill -0 $pid 2>/dev/null; then echo failed; kill $pid 2>/dev/null; exit 1; fi
  sleep 0.1
done
echo ready
cat >/dev/null || true
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
rm -rf "$1"
"#;
        let server = start_watchdog("mariadb", script, &dir, port);
        let mut client = unprivileged("mariadb", &dir);
        client
            .args(["--no-defaults", "--default-character-set=utf8mb4", "-uroot"])
            .arg("-S")
            .arg(dir.join("mysqld.sock"));
        run_sql(
            client,
            &format!(
                "CREATE USER '{MY_USER}'@'%' IDENTIFIED BY {};\nCREATE DATABASE `{DATABASE}`;\nGRANT ALL ON `{DATABASE}`.* TO '{MY_USER}'@'%';\n",
                sql_str(PASSWORD, true)
            ),
        );
        server
    })
}
