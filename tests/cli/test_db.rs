//! `url`, `run` and `export` against real PostgreSQL and MariaDB servers, the real
//! clients (`psql`, `mariadb`) and a real dotenv parser (python-dotenv).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Output, Stdio};

use crate::common::db::{self, DATABASE, MY_USER, PASSWORD, PG_USER};
use crate::common::{TestEnv, assert_one_line_error};

/// A vault holding `pg` and `my` (the real servers' credentials), `pgbad` and `mybad`
/// (the same with a wrong password).
fn db_env(pg: bool, my: bool) -> TestEnv {
    let env = TestEnv::new();
    let add = |kind: &str, name: &str, port: u16, user: &str, pw: &str| {
        let port = port.to_string();
        let mut args = vec![
            "add",
            kind,
            name,
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "-u",
            user,
        ];
        args.extend(["--database", DATABASE, "--from-stdin"]);
        if kind == "postgres" {
            args.extend(["--option", "sslmode=disable"]);
        }
        env.ok(&args, pw.as_bytes());
    };
    let wrong = format!("{PASSWORD}x");
    if pg {
        let s = db::postgres();
        add("postgres", "pg", s.port, PG_USER, PASSWORD);
        add("postgres", "pgbad", s.port, PG_USER, &wrong);
    }
    if my {
        let s = db::mariadb();
        add("mysql", "my", s.port, MY_USER, PASSWORD);
        add("mysql", "mybad", s.port, MY_USER, &wrong);
    }
    env
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The password as it appears in a URL (RFC 3986 unreserved characters kept).
fn percent_encoded(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Every process's command line that contains the password (raw or percent-encoded),
/// and whether any command line contains `probe`.
fn scan_cmdlines(probe: &str) -> (Vec<String>, bool) {
    let needles = [PASSWORD.to_string(), percent_encoded(PASSWORD)];
    let mut leaks = Vec::new();
    let mut seen = false;
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        if !e
            .file_name()
            .to_string_lossy()
            .bytes()
            .all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let Ok(raw) = std::fs::read(e.path().join("cmdline")) else {
            continue;
        };
        let line = text(&raw).replace('\0', " ");
        seen |= line.contains(probe);
        // Also catch a password split across arguments (`--password` `VALUE`).
        if needles.iter().any(|n| line.contains(n.as_str())) {
            leaks.push(line);
        }
    }
    (leaks, seen)
}

/// Starts `run --db NAME -- CLIENT...` with stdin/stdout piped, sends `query`, waits for
/// the client's first output line (so it has logged in), then checks every process's
/// command line while the client is still alive.
fn assert_no_secret_in_cmdlines(env: &TestEnv, name: &str, client: &[&str], query: &str) -> String {
    let _guard = db::argv_lock();
    let mut args = vec!["run", "--db", name, "--"];
    args.extend(client);
    let mut child = env
        .command()
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(query.as_bytes()).unwrap();
    stdin.flush().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    // The client is alive (blocked on stdin) and connected: look now.
    let (leaks, seen_client) = scan_cmdlines(client[0]);
    drop(stdin);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{status}: {err}");
    assert!(
        seen_client,
        "the scan did not see the {} process",
        client[0]
    );
    assert!(leaks.is_empty(), "secret in a command line: {leaks:?}");
    line
}

/// `sh -c SCRIPT sh BIN` in the same sealed environment as [`TestEnv::command`].
fn shell(env: &TestEnv, script: &str) -> Output {
    Command::new("sh")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.root().join("home"))
        .env("FLOWLET_SECRETS_DIR", &env.vault_dir)
        .env("FLOWLET_SECRETS_IDENTITY_FILE", &env.identity_file)
        .current_dir(env.root())
        .args(["-c", script, "sh"])
        .arg(crate::common::bin())
        .output()
        .unwrap()
}

// ---- PostgreSQL ----

#[test]
fn postgres_run_db_logs_in_with_psql() {
    let mut env = db_env(true, false);
    // Stale libpq settings in our environment must not reach the client.
    env.env.push(("PGPORT".into(), "1".into()));
    env.env.push(("PGSERVICE".into(), "no-such-service".into()));
    let out = env.run(
        &[
            "run",
            "--db",
            "pg",
            "--",
            "psql",
            "-XAtc",
            "select current_user || '|' || current_database()",
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{PG_USER}|{DATABASE}\n"));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn postgres_url_connects_with_psql() {
    let env = db_env(true, false);
    let _guard = db::argv_lock();
    let out = shell(
        &env,
        r#"psql -XAt "$("$1" url pg)" -c "select current_user || '|' || current_database()""#,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{PG_USER}|{DATABASE}\n"));
    let url = text(&env.ok(&["url", "pg"], b""));
    assert!(url.ends_with("/app%20db?sslmode=disable"), "{url}");
    assert!(
        url.contains(&percent_encoded(PASSWORD)),
        "not percent-encoded"
    );
}

#[test]
fn postgres_wrong_password_fails_with_the_servers_error() {
    let env = db_env(true, false);
    let out = env.run(
        &["run", "--db", "pgbad", "--", "psql", "-XAtc", "select 1"],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "psql exits 2 on a failed connection"
    );
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "password authentication failed for user \"{PG_USER}\""
        )),
        "{err}"
    );
    assert!(!err.contains(PASSWORD));
}

#[test]
fn postgres_password_is_in_no_command_line() {
    let env = db_env(true, false);
    let line = assert_no_secret_in_cmdlines(
        &env,
        "pg",
        &["psql", "-XAt", "-v", "ON_ERROR_STOP=1"],
        "select current_user;\n",
    );
    assert_eq!(line, format!("{PG_USER}\n"));
}

// ---- MariaDB ----

#[test]
fn mariadb_run_db_logs_in_with_the_client() {
    let mut env = db_env(false, true);
    // Settings from a user's own MARIADB_HOME my.cnf (which `run` includes) and stale
    // MYSQL_* variables do not override the secret's.
    let home = env.root().join("myhome");
    std::fs::create_dir(&home).unwrap();
    std::fs::write(home.join("my.cnf"), "[client]\nuser=wrong\nport=1\n").unwrap();
    env.env
        .push(("MARIADB_HOME".into(), home.display().to_string()));
    env.env.push(("MYSQL_TCP_PORT".into(), "1".into()));
    env.env.push(("MYSQL_PWD".into(), "wrong".into()));
    let out = env.run(
        &[
            "run",
            "--db",
            "my",
            "--",
            "mariadb",
            "-NBe",
            "select current_user(), database()",
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{MY_USER}@%\t{DATABASE}\n"));
}

#[test]
fn mariadb_wrong_password_fails_with_the_servers_error() {
    let env = db_env(false, true);
    let out = env.run(
        &["run", "--db", "mybad", "--", "mariadb", "-NBe", "select 1"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("Access denied for user '{MY_USER}'")),
        "{err}"
    );
    assert!(!err.contains(PASSWORD));
}

#[test]
fn mariadb_password_is_in_no_command_line() {
    let env = db_env(false, true);
    // -n: flush after each query, so the answer arrives while the client still runs.
    let line = assert_no_secret_in_cmdlines(
        &env,
        "my",
        &["mariadb", "-n", "-N", "-B"],
        "select current_user();\n",
    );
    assert_eq!(line, format!("{MY_USER}@%\n"));
}

#[test]
fn mysql_url_decodes_to_the_credentials() {
    // The mariadb client takes no URLs, so a real RFC 3986 parser checks ours.
    let env = TestEnv::new();
    env.ok(
        &[
            "add",
            "mysql",
            "m",
            "--port",
            "3307",
            "-u",
            "a@b",
            "--database",
            DATABASE,
            "--from-stdin",
        ],
        PASSWORD.as_bytes(),
    );
    let url = env.ok(&["url", "m"], b"");
    let mut py = Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import sys, json, urllib.parse as u\n\
             p = u.urlsplit(sys.stdin.read())\n\
             print(json.dumps([p.scheme, u.unquote(p.username), u.unquote(p.password), p.hostname, p.port, u.unquote(p.path[1:])]))",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    py.stdin.take().unwrap().write_all(&url).unwrap();
    let out = py.wait_with_output().unwrap();
    assert!(out.status.success());
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        got,
        serde_json::json!(["mysql", "a@b", PASSWORD, "127.0.0.1", 3307, DATABASE])
    );
}

/// Adds the mysql secret `name` for the shared MariaDB server.
fn add_mysql(env: &TestEnv, name: &str, host: &str, user: &str, db: &str, opts: &[&str], pw: &str) {
    let port = db::mariadb().port.to_string();
    let mut args = vec![
        "add",
        "mysql",
        name,
        "--host",
        host,
        "--port",
        &port,
        "-u",
        user,
        "--database",
        db,
        "--from-stdin",
    ];
    for o in opts {
        args.extend(["--option", o]);
    }
    env.ok(&args, pw.as_bytes());
}

/// The names of the options the MariaDB clients read from the option files of
/// `run --db NAME` (`my_print_defaults` prints each as `--name=value`, values raw), with
/// the output itself.
fn mariadb_option_names(env: &TestEnv, name: &str) -> (Vec<String>, String) {
    let out = text(&env.ok(
        &[
            "run",
            "--db",
            name,
            "--",
            "my_print_defaults",
            "client",
            "mysql",
        ],
        b"",
    ));
    let names = out
        .lines()
        .filter_map(|l| l.strip_prefix("--"))
        .map(|l| l.split('=').next().unwrap_or_default().to_string())
        .collect();
    (names, out)
}

/// Values that would become options of their own in a naive `my.cnf`: line breaks, a
/// value longer than the clients' 4 KiB line buffer, quotes, backslashes, comment and
/// directive characters.
fn injection_values() -> Vec<String> {
    vec![
        "a\nplugin-dir=/tmp/x".into(),
        "b\r\ndefault-auth=evil\r".into(),
        "\"dq\" 'sq' \\ \\n \\\" \\s # ; [client] x".into(),
        "  #lead and trail spaces  ".into(),
        ";semi\n!include /etc/passwd\n[mysqld]".into(),
        "ends with a backslash\\".into(),
        format!("{}\ndefault-auth=evil", "L".repeat(3900)),
    ]
}

#[test]
fn mariadb_password_reaches_the_client_exactly_and_injects_nothing() {
    let env = db_env(false, true);
    for (i, pw) in injection_values().iter().enumerate() {
        let user = format!("flowlet_inj{i}");
        db::mariadb_user(&user, pw);
        let name = format!("inj{i}");
        add_mysql(&env, &name, "127.0.0.1", &user, DATABASE, &[], pw);
        // The server checks the password: logging in proves the client got it exactly.
        let out = env.run(
            &[
                "run",
                "--db",
                &name,
                "--",
                "mariadb",
                "-NBe",
                "select current_user(), database()",
            ],
            b"",
        );
        assert!(out.status.success(), "variant {i}: {}", text(&out.stderr));
        assert_eq!(
            text(&out.stdout),
            format!("{user}@%\t{DATABASE}\n"),
            "variant {i}"
        );
        let (names, shown) = mariadb_option_names(&env, &name);
        assert_eq!(
            names,
            ["host", "port", "user", "password", "database"],
            "{shown}"
        );
        assert!(shown.contains(&format!("--password={pw}\n")), "variant {i}");
    }
}

#[test]
fn mariadb_option_file_fields_inject_no_option() {
    let env = TestEnv::new();
    let _ = db::mariadb();
    let mut n = 0;
    for v in injection_values() {
        for field in ["host", "user", "database", "option"] {
            n += 1;
            let name = format!("f{n}");
            let (host, user, dbname, opt) = match field {
                "host" => (v.as_str(), "u", "d", "ssl-ca=/ca".to_string()),
                "user" => ("127.0.0.1", v.as_str(), "d", "ssl-ca=/ca".to_string()),
                "database" => ("127.0.0.1", "u", v.as_str(), "ssl-ca=/ca".to_string()),
                _ => ("127.0.0.1", "u", "d", format!("ssl-ca={v}")),
            };
            // `add` takes the first `=` as the separator, and a host starting with a
            // space is no socket path: every variant stays what it is.
            add_mysql(&env, &name, host, user, dbname, &[&opt], PASSWORD);
            let (names, shown) = mariadb_option_names(&env, &name);
            assert_eq!(
                names,
                ["host", "port", "user", "password", "ssl-ca", "database"],
                "{field}: {shown}"
            );
            let expected = match field {
                "host" => format!("--host={v}\n"),
                "user" => format!("--user={v}\n"),
                "database" => format!("--database={v}\n"),
                _ => format!("--ssl-ca={v}\n"),
            };
            assert!(shown.contains(&expected), "{field}: {shown}");
        }
    }
}

#[test]
fn mariadb_option_file_refuses_what_it_cannot_carry() {
    let env = TestEnv::new();
    let long = format!("{}\ndefault-auth=evil", "x".repeat(5000));
    let escapes = "\\".repeat(2100);
    // (what, host, user, database, options, the error says)
    type Case = (
        &'static str,
        String,
        String,
        String,
        Vec<String>,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "host",
            long.clone(),
            "u".into(),
            "d".into(),
            vec![],
            "host is too long",
        ),
        (
            "user",
            "h".into(),
            long.clone(),
            "d".into(),
            vec![],
            "user is too long",
        ),
        (
            "database",
            "h".into(),
            "u".into(),
            long.clone(),
            vec![],
            "database is too long",
        ),
        (
            "option",
            "h".into(),
            "u".into(),
            "d".into(),
            vec![format!("ssl-key={long}")],
            "option value is too long",
        ),
        (
            "plugin-dir",
            "h".into(),
            "u".into(),
            "d".into(),
            vec!["plugin-dir=/tmp/x".into()],
            "\"plugin-dir\" is not passed",
        ),
        (
            "plugin_dir",
            "h".into(),
            "u".into(),
            "d".into(),
            vec!["plugin_dir=/tmp/x".into()],
            "\"plugin_dir\" is not passed",
        ),
        (
            "loose",
            "h".into(),
            "u".into(),
            "d".into(),
            vec!["loose-default-auth=evil".into()],
            "is not passed",
        ),
        (
            "local-infile",
            "h".into(),
            "u".into(),
            "d".into(),
            vec!["local-infile=1".into()],
            "is not passed",
        ),
        (
            "init-command",
            "h".into(),
            "u".into(),
            "d".into(),
            vec!["init-command=drop table x".into()],
            "is not passed",
        ),
    ];
    for (i, (what, host, user, dbname, opts, msg)) in cases.iter().enumerate() {
        let name = format!("bad{i}");
        let opts: Vec<&str> = opts.iter().map(String::as_str).collect();
        add_mysql(&env, &name, host, user, dbname, &opts, "pw");
        let err = env.fails(
            &["run", "--db", &name, "--", "sh", "-c", "echo ran > ran"],
            b"",
            2,
        );
        assert_one_line_error(&err);
        assert!(err.contains(msg), "{what}: {err}");
        assert!(err.contains("hint:"), "{what}: {err}");
        assert!(!env.root().join("ran").exists(), "{what}: COMMAND ran");
    }
    // The password: 5,000 bytes, and escapes that double its length.
    for pw in [long.as_str(), escapes.as_str()] {
        add_mysql(&env, "longpw", "h", "u", "d", &[], pw);
        let err = env.fails(
            &["run", "--db", "longpw", "--", "sh", "-c", "echo ran > ran"],
            b"",
            2,
        );
        assert_one_line_error(&err);
        assert!(err.contains("password is too long"), "{err}");
        assert!(!err.contains("xxxx") && !err.contains("\\\\\\\\"), "{err}");
        assert!(!env.root().join("ran").exists());
        env.ok(&["rm", "--yes", "longpw"], b"");
    }
    // A MARIADB_HOME whose path would end the `!include` line.
    add_mysql(&env, "ok", "h", "u", "d", &[], "pw");
    let home = env.root().join("a\nplugin-dir=");
    std::fs::create_dir(&home).unwrap();
    std::fs::write(home.join("my.cnf"), "[client]\n").unwrap();
    let mut c = env.command();
    c.env("MARIADB_HOME", &home)
        .args(["run", "--db", "ok", "--", "sh", "-c", "echo ran > ran"]);
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_one_line_error(&text(&out.stderr));
    assert!(!env.root().join("ran").exists());
}

#[test]
fn mysql_option_file_is_private_and_removed_afterwards() {
    let env = TestEnv::new();
    env.ok(
        &["add", "mysql", "m", "-u", "u", "--from-stdin"],
        PASSWORD.as_bytes(),
    );
    let out = env.ok(
        &[
            "run",
            "--db",
            "m",
            "--",
            "sh",
            "-c",
            r#"test "$MYSQL_HOME" = "$MARIADB_HOME" && echo "$MYSQL_HOME" && stat -c %a "$MYSQL_HOME" "$MYSQL_HOME/my.cnf""#,
        ],
        b"",
    );
    let out = text(&out);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[1..], ["700", "600"], "{out}");
    assert!(
        !std::path::Path::new(lines[0]).exists(),
        "{} was left behind",
        lines[0]
    );
}

// ---- run: status, signals, errors, --env ----

#[test]
fn run_returns_the_childs_status() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    let st = |script: &str| {
        env.run(&["run", "--env", "T=api", "--", "sh", "-c", script], b"")
            .status
            .code()
    };
    assert_eq!(st("exit 0"), Some(0));
    assert_eq!(st("exit 7"), Some(7));
    assert_eq!(
        st("kill -TERM $$"),
        Some(128 + 15),
        "killed by a signal: 128+N"
    );
}

#[test]
fn run_forwards_signals_and_still_removes_the_option_file() {
    let env = TestEnv::new();
    env.ok(
        &["add", "mysql", "m", "-u", "u", "--from-stdin"],
        PASSWORD.as_bytes(),
    );
    for (sig, code) in [
        (nix::sys::signal::Signal::SIGTERM, 42),
        (nix::sys::signal::Signal::SIGINT, 43),
    ] {
        let mut child = env
            .command()
            .args([
                "run",
                "--db",
                "m",
                "--",
                "sh",
                "-c",
                r#"trap 'echo got-term; exit 42' TERM; trap 'echo got-int; exit 43' INT
echo "$MYSQL_HOME"; while :; do sleep 0.05; done"#,
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut home = String::new();
        out.read_line(&mut home).unwrap();
        let home = home.trim().to_string();
        assert!(std::path::Path::new(&home).join("my.cnf").exists());
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), sig).unwrap();
        let mut rest = String::new();
        out.read_to_string(&mut rest).unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "{sig}: {rest}");
        assert!(rest.starts_with("got-"), "{rest}");
        assert!(
            !std::path::Path::new(&home).exists(),
            "option file left after {sig}"
        );
    }
}

#[test]
fn run_missing_command_is_a_clear_error() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    let err = env.fails(
        &["run", "--env", "T=api", "--", "no-such-command-flowlet"],
        b"",
        127,
    );
    assert_one_line_error(&err);
    assert!(
        err.contains("\"no-such-command-flowlet\": command not found"),
        "{err}"
    );
}

#[test]
fn run_env_sets_exact_values_and_fields() {
    let env = db_env(true, false);
    // A postgres password may hold a newline (a `password` secret is one header line).
    let value = "a b \"q\" 'x' $HOME #h\nline2 \\ é";
    env.ok(
        &["add", "postgres", "api", "-u", "x", "--from-stdin"],
        value.as_bytes(),
    );
    let out = env.ok(
        &[
            "run",
            "--env",
            "TOKEN=api",
            "--env",
            "U=pg:user",
            "--env",
            "DB_URL=pg:url",
            "--",
            "sh",
            "-c",
            r#"printf '%s|%s|' "$TOKEN" "$U"; psql -XAt "$DB_URL" -c 'select 1'"#,
        ],
        b"",
    );
    assert_eq!(text(&out), format!("{value}|{PG_USER}|1\n"));
    // --env overrides what --db sets; an unknown secret is a definite no.
    let out = env.ok(
        &[
            "run",
            "--db",
            "pg",
            "--env",
            "PGUSER=api",
            "--",
            "sh",
            "-c",
            "printf %s \"$PGUSER\"",
        ],
        b"",
    );
    assert_eq!(text(&out), value);
    let err = env.fails(&["run", "--env", "T=nope", "--", "true"], b"", 1);
    assert_one_line_error(&err);
    let err = env.fails(&["run", "--env", "1T=api", "--", "true"], b"", 2);
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains(value));
}

// ---- export ----

#[test]
fn dotenv_export_round_trips_through_python_dotenv() {
    let env = TestEnv::new();
    // `$` with `'` or `\` has no dotenv form both sh and python-dotenv read exactly (see
    // dotenv_export_is_exact_and_inert_in_sh_and_python_dotenv): that one is refused.
    let refused = "a$b \"dq\" 'sq' #hash\nline2 \\back é\ttab";
    env.ok(
        &["add", "postgres", "refused", "-u", "x", "--from-stdin"],
        refused.as_bytes(),
    );
    let err = env.fails(&["export", "refused"], b"", 2);
    assert_one_line_error(&err);
    assert!(err.contains("--format json"), "{err}");
    assert!(!err.contains(refused));
    let got: serde_json::Value =
        serde_json::from_slice(&env.ok(&["export", "--format", "json", "refused"], b"")).unwrap();
    assert_eq!(got, serde_json::json!({"REFUSED": refused}));
    let tricky = "a \"dq\" 'sq' #hash\nline2 \\back é\ttab";
    env.ok(
        &["add", "postgres", "api", "-u", "x", "--from-stdin"],
        tricky.as_bytes(),
    );
    let password = PASSWORD.replace('\'', "");
    env.ok(
        &["add", "postgres", "prod.db", "-u", "u", "--from-stdin"],
        password.as_bytes(),
    );
    let file = env.root().join("out.env");
    let out = env.ok(
        &[
            "export",
            "--format",
            "dotenv",
            "api",
            "prod.db",
            "URL=prod.db:url",
        ],
        b"",
    );
    std::fs::write(&file, &out).unwrap();
    let py = Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import sys, json\nfrom dotenv import dotenv_values\nprint(json.dumps(dotenv_values(sys.argv[1])))",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(py.status.success(), "python-dotenv: {}", text(&py.stderr));
    let got: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
    let url = text(&env.ok(&["url", "prod.db"], b""));
    assert_eq!(
        got,
        serde_json::json!({"API": tricky, "PROD_DB": password, "URL": url})
    );
    let json = env.ok(&["export", "--format", "json", "api", "prod.db"], b"");
    let got: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(got, serde_json::json!({"API": tricky, "PROD_DB": password}));
}

// ---- run: private runtime directory, every signal, dumpability (issue 10 items 4, 8) ----

fn running_as_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// `(uid, mode & 0o7777)` of a path, symlinks not followed.
fn owner_mode(p: &std::path::Path) -> (u32, u32) {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::symlink_metadata(p).unwrap();
    (m.uid(), m.mode() & 0o7777)
}

/// Runs `run --db m -- sh -c 'echo "$MYSQL_HOME"'` with `xdg` as XDG_RUNTIME_DIR; returns
/// the option-file directory, the exit status and stderr.
fn option_dir_with(env: &TestEnv, xdg: Option<&std::path::Path>) -> (String, Option<i32>, String) {
    let mut c = env.command();
    if let Some(x) = xdg {
        c.env("XDG_RUNTIME_DIR", x);
    }
    let out = c
        .args([
            "run",
            "--db",
            "m",
            "--",
            "sh",
            "-c",
            r#"echo "$MYSQL_HOME"; test -f "$MYSQL_HOME/my.cnf" && echo ok > ran"#,
        ])
        .output()
        .unwrap();
    (
        text(&out.stdout).trim().to_string(),
        out.status.code(),
        text(&out.stderr),
    )
}

/// Asserts that `dir` was a per-run directory inside a directory only we can use.
fn assert_private_parent(dir: &str, what: &str) {
    let dir = std::path::Path::new(dir);
    assert!(!dir.exists(), "{what}: {} was left behind", dir.display());
    let parent = dir.parent().unwrap();
    let me = nix::unistd::geteuid().as_raw();
    assert_eq!(
        owner_mode(parent),
        (me, 0o700),
        "{what}: {}",
        parent.display()
    );
    assert!(
        !parent.starts_with("/tmp") || parent.components().count() > 3,
        "{what}: a shared directory {}",
        parent.display()
    );
}

#[test]
fn run_writes_files_only_to_a_private_runtime_dir() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    env.ok(&["add", "mysql", "m", "-u", "u", "--from-stdin"], b"pw");
    let me = nix::unistd::geteuid().as_raw();
    let mk = |name: &str, mode: u32| {
        let d = env.root().join(name);
        std::fs::create_dir(&d).unwrap();
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(mode)).unwrap();
        d
    };
    let state = env.root().join("home/.local/state/flowlet-secrets/run");

    // Unset: the fallback under the state directory, created 0700.
    let (dir, code, err) = option_dir_with(&env, None);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(std::path::Path::new(&dir).parent().unwrap(), state);
    assert_private_parent(&dir, "unset");
    assert!(env.root().join("ran").exists());

    // Set and valid: used.
    let good = mk("xdg-good", 0o700);
    let (dir, code, err) = option_dir_with(&env, Some(&good));
    assert_eq!(code, Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(std::path::Path::new(&dir).parent().unwrap(), good);
    assert_private_parent(&dir, "valid");

    // Set but unusable: a warning, and the private fallback.
    let loose = mk("xdg-0755", 0o755);
    let group = mk("xdg-0770", 0o770);
    let link = env.root().join("xdg-link");
    std::os::unix::fs::symlink(&good, &link).unwrap();
    let mut bad: Vec<(std::path::PathBuf, &str)> = vec![
        (loose, "mode 755"),
        (group, "mode 770"),
        (
            "/tmp".into(),
            if running_as_root() {
                "mode 777"
            } else {
                "owned by uid 0"
            },
        ),
        (link, "not a directory"),
        ("relative/dir".into(), "not an absolute path"),
        (env.root().join("missing"), "No such file"),
    ];
    if running_as_root() {
        let other = mk("xdg-other", 0o700);
        std::os::unix::fs::chown(&other, Some(65534), Some(65534)).unwrap();
        bad.push((other, "owned by uid 65534"));
    } else {
        bad.retain(|(p, _)| p != std::path::Path::new("/tmp"));
        bad.push(("/".into(), "owned by uid 0"));
    }
    for (x, why) in bad {
        let (dir, code, err) = option_dir_with(&env, Some(&x));
        assert_eq!(code, Some(0), "{}: {err}", x.display());
        assert!(
            err.contains("warning: ignoring XDG_RUNTIME_DIR=") && err.contains(why),
            "{}: {err}",
            x.display()
        );
        assert_eq!(
            std::path::Path::new(&dir).parent().unwrap(),
            state,
            "{}",
            x.display()
        );
        assert_private_parent(&dir, why);
    }

    // The fallback loosened by a umask or chmod is tightened; someone else's is refused.
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (dir, code, err) = option_dir_with(&env, None);
    assert_eq!(code, Some(0), "{err}");
    assert_private_parent(&dir, "tightened");
    assert_eq!(owner_mode(&state), (me, 0o700));
    if running_as_root() {
        std::fs::remove_file(env.root().join("ran")).unwrap();
        std::os::unix::fs::chown(&state, Some(65534), Some(65534)).unwrap();
        let (_, code, err) = option_dir_with(&env, None);
        assert_eq!(code, Some(2), "{err}");
        assert_one_line_error(&err);
        assert!(err.contains("is not a private directory"), "{err}");
        assert!(!env.root().join("ran").exists(), "COMMAND ran");
    }
}

#[test]
fn run_removes_its_files_on_every_caught_signal() {
    use nix::sys::signal::Signal::*;
    let env = TestEnv::new();
    env.ok(
        &["add", "mysql", "m", "-u", "u", "--from-stdin"],
        PASSWORD.as_bytes(),
    );
    for sig in [
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
        SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT, SIGABRT,
    ] {
        let mut child = env
            .command()
            .args([
                "run",
                "--db",
                "m",
                "--",
                "sh",
                "-c",
                r#"echo "$MYSQL_HOME"; while :; do sleep 0.05; done"#,
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut home = String::new();
        out.read_line(&mut home).unwrap();
        let home = home.trim().to_string();
        assert!(std::path::Path::new(&home).join("my.cnf").exists());
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), sig).unwrap();
        let status = child.wait().unwrap();
        // Forwarded: the shell died of it, and `run` reports that as a shell would.
        assert_eq!(status.code(), Some(128 + sig as i32), "{sig}");
        assert!(!std::path::Path::new(&home).exists(), "{sig} left {home}");
    }
}

/// `c` as an unprivileged user when we are root (so that `/proc` ownership shows
/// dumpability: the files of a non-dumpable process belong to root), else unchanged.
fn unprivileged(c: &Command) -> Command {
    if !running_as_root() {
        let mut n = Command::new(c.get_program());
        n.args(c.get_args());
        copy_env(c, &mut n);
        return n;
    }
    let mut n = Command::new("setpriv");
    n.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(c.get_program())
        .args(c.get_args());
    copy_env(c, &mut n);
    n
}

fn copy_env(from: &Command, to: &mut Command) {
    to.env_clear();
    for (k, v) in from.get_envs() {
        if let Some(v) = v {
            to.env(k, v);
        }
    }
    if let Some(d) = from.get_current_dir() {
        to.current_dir(d);
    }
}

/// The uid that owns `/proc/PID/status` and the soft core limit in `/proc/PID/limits`.
fn proc_owner_and_core(pid: u32) -> (u32, String) {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata(format!("/proc/{pid}/status"))
        .unwrap()
        .uid();
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap()
        .split_whitespace()
        .nth(4)
        .unwrap()
        .to_string();
    (uid, core)
}

#[test]
fn processes_holding_secrets_are_not_dumpable_but_runs_children_are() {
    let env = TestEnv::new();
    env.ok(
        &["add", "basic", "web", "-u", "alice", "--from-stdin"],
        b"pw",
    );
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    let user = if running_as_root() {
        std::process::Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(env.root())
            .status()
            .unwrap();
        65534
    } else {
        nix::unistd::geteuid().as_raw()
    };
    // `run` itself (it holds the decrypted values) is not dumpable; its child gets the
    // dumpability and the core limit the caller had. (`run` opens its own core limit
    // only around the spawn, so the child cannot observe it without a race; `gate`
    // below shows the limit.)
    for limit in ["0", "1024", "unlimited"] {
        let script = format!(
            r#"ulimit -c {limit} || exit 99
exec "$0" run --env T=api -- sh -c 'stat -c %u /proc/$PPID/status; stat -c %u /proc/$$/status; ulimit -c'"#
        );
        let c = env.command();
        let mut sh = Command::new("sh");
        sh.args(["-c", &script]).arg(crate::common::bin());
        copy_env(&c, &mut sh);
        let out = unprivileged(&sh).output().unwrap();
        assert!(out.status.success(), "{limit}: {}", text(&out.stderr));
        let got = text(&out.stdout);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(
            lines,
            ["0", &user.to_string(), limit],
            "ulimit -c {limit}: run owned by root (not dumpable); child dumpable, limit back"
        );
    }
    // A long-running `gate`, holding the vault key.
    let port = crate::common::free_port();
    let mut c = env.command();
    c.args([
        "gate",
        "--listen",
        &format!("127.0.0.1:{port}"),
        "--secret",
        "web",
    ]);
    let mut gate = unprivileged(&c)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until it serves (it has unlocked the vault by then).
    let mut ready = false;
    for _ in 0..600 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            ready = true;
            break;
        }
        if let Ok(Some(st)) = gate.try_wait() {
            let mut e = String::new();
            gate.stderr.take().unwrap().read_to_string(&mut e).unwrap();
            panic!("gate exited {st}: {e}");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(ready, "gate did not start");
    // The gate is the grandchild when setpriv execs into it: same pid.
    let status = std::fs::read_to_string(format!("/proc/{}/status", gate.id())).unwrap();
    let uid_line = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
    assert!(uid_line.contains(&format!("\t{user}\t")), "{uid_line}");
    assert_eq!(proc_owner_and_core(gate.id()), (0, "0".to_string()));
    gate.kill().unwrap();
    gate.wait().unwrap();
}

// ---- export: sh and python-dotenv read the same, nothing runs (issue 10 item 6) ----

#[test]
fn dotenv_export_is_exact_and_inert_in_sh_and_python_dotenv() {
    let env = TestEnv::new();
    let values = [
        "$(touch pwned1)",
        "`touch pwned2`",
        "$HOME and $(touch pwned3) #x ; touch pwned4",
        "$1 $@ $* $$ $? $! \"$(touch pwned5)\" \"`touch pwned6`\"",
        "a \"dq\" 'sq' #hash\nline2 \\back é\ttab \\n \\\" \\\\ x",
        "a backslash\\ then a quote\\\"\\ inside",
        "'single' and \"double\"; touch pwned7 & touch pwned8 | x",
        "#leading hash",
        "  spaces  ",
        "multi\nline\n\nend",
        "\\$(touch pwned9)\\`x\\`",
    ];
    let mut specs = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let name = format!("v{i}");
        env.ok(
            &["add", "postgres", &name, "-u", "x", "--from-stdin"],
            v.as_bytes(),
        );
        specs.push(format!("V{i}={name}"));
    }
    // `\$(...)` mixes `\` and `$`: refused, so it is not in the file.
    let last = specs.pop().unwrap();
    let err = env.fails(&["export", &last], b"", 2);
    assert_one_line_error(&err);
    let values = &values[..values.len() - 1];
    let mut args = vec!["export", "--format", "dotenv"];
    args.extend(specs.iter().map(String::as_str));
    let out = env.ok(&args, b"");
    let dir = env.root().join("src");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join(".env"), &out).unwrap();
    let expected: String = values.iter().map(|v| format!("{v}\0")).collect();
    let print: String = (0..values.len()).map(|i| format!(" \"$V{i}\"")).collect();
    let script = format!("set -a; . ./.env; printf '%s\\0'{print}");
    for shell in [&["sh"][..], &["dash"], &["bash"], &["bash", "--posix"]] {
        if Command::new(shell[0])
            .arg("-c")
            .arg("true")
            .output()
            .is_err()
        {
            continue;
        }
        let o = Command::new(shell[0])
            .args(&shell[1..])
            .arg("-c")
            .arg(&script)
            .current_dir(&dir)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", "/home/canary")
            .output()
            .unwrap();
        assert!(o.status.success(), "{shell:?}: {}", text(&o.stderr));
        assert_eq!(text(&o.stdout), expected, "{shell:?}");
        assert!(o.stderr.is_empty(), "{shell:?}: {}", text(&o.stderr));
    }
    // python-dotenv with its defaults (interpolation on) and without interpolation.
    for interpolate in ["True", "False"] {
        let py = Command::new("/usr/bin/python3")
            .args([
                "-c",
                &format!(
                    "import sys, json\nfrom dotenv import dotenv_values\nprint(json.dumps(dotenv_values(sys.argv[1], interpolate={interpolate})))"
                ),
            ])
            .arg(dir.join(".env"))
            .env("HOME", "/home/canary")
            .output()
            .unwrap();
        assert!(py.status.success(), "python-dotenv: {}", text(&py.stderr));
        assert!(
            py.stderr.is_empty(),
            "python-dotenv warned: {}",
            text(&py.stderr)
        );
        let got: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
        let want: serde_json::Map<String, serde_json::Value> = values
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("V{i}"), serde_json::json!(v)))
            .collect();
        assert_eq!(
            got,
            serde_json::Value::Object(want),
            "interpolate={interpolate}"
        );
    }
    let ran: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != ".env")
        .collect();
    assert!(ran.is_empty(), "a canary command ran: {ran:?}");
    // What no quoting carries for both is refused, one line, value not shown.
    for (i, bad) in [
        "$x'y",
        "`id`\\",
        "a\rb",
        "${HOME}",
        "x${y",
        "ends with a backslash\\",
    ]
    .iter()
    .enumerate()
    {
        let name = format!("bad{i}");
        env.ok(
            &["add", "postgres", &name, "-u", "x", "--from-stdin"],
            bad.as_bytes(),
        );
        let err = env.fails(&["export", &name], b"", 2);
        assert_one_line_error(&err);
        assert!(err.contains("hint:") && !err.contains(bad), "{err}");
    }
}

// ---- run --env: no loader variables unless asked (issue 10 item 12) ----

#[test]
fn run_env_refuses_loader_variables_unless_allowed() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"/tmp/evil.so");
    for var in [
        "LD_PRELOAD",
        "ld_preload",
        "Ld_Library_Path",
        "LD_AUDIT",
        "DYLD_INSERT_LIBRARIES",
        "dyld_library_path",
        "GCONV_PATH",
        "GLIBC_TUNABLES",
        "LOCPATH",
        "NLSPATH",
    ] {
        let spec = format!("{var}=api");
        let err = env.fails(
            &[
                "run",
                "--env",
                "T=api",
                "--env",
                &spec,
                "--",
                "sh",
                "-c",
                "echo ran > ran",
            ],
            b"",
            2,
        );
        assert_one_line_error(&err);
        assert!(
            err.contains(var) && err.contains("--allow-loader-env"),
            "{err}"
        );
        assert!(!err.contains("evil"), "{err}");
        assert!(!env.root().join("ran").exists(), "{var}: COMMAND ran");
    }
    // Names that merely look alike are fine; the flag lets a loader variable through.
    let out = env.ok(
        &[
            "run",
            "--env",
            "OLD_PRELOAD=api",
            "--",
            "sh",
            "-c",
            "printf %s \"$OLD_PRELOAD\"",
        ],
        b"",
    );
    assert_eq!(text(&out), "/tmp/evil.so");
    let out = env.ok(
        &[
            "run",
            "--allow-loader-env",
            "--env",
            "LD_FLOWLET_TEST=api",
            "--",
            "sh",
            "-c",
            "printf %s \"$LD_FLOWLET_TEST\"",
        ],
        b"",
    );
    assert_eq!(text(&out), "/tmp/evil.so");
}
