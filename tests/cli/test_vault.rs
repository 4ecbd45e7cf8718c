//! The vault and the static secret types: round trips, no lock-in, the kernel keyring,
//! curl, concurrency, crash safety, bad input, and no secret in any error or debug line.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{PASSPHRASE, TestEnv, assert_one_line_error};

/// Values that break naive quoting: spaces, quotes, URL delimiters, non-ASCII, escapes.
const TRICKY: &str = "a b \"q\" 'x' :@%/?#&=+ é ü 日本 \\ $HOME `x` ;|";

fn big_value() -> String {
    // 64 KiB of text with every printable ASCII character.
    (0..65536)
        .map(|i| char::from(b' ' + (i % 95) as u8))
        .collect()
}

#[test]
fn password_round_trip_is_byte_exact() {
    let env = TestEnv::new();
    env.ok(
        &["add", "password", "api", "--from-stdin"],
        TRICKY.as_bytes(),
    );
    assert_eq!(env.ok(&["get", "api"], b""), TRICKY.as_bytes());
    assert_eq!(
        env.ok(&["header", "api"], b""),
        format!("Authorization: Bearer {TRICKY}\n").as_bytes()
    );
    // One trailing newline (from echo) is dropped, and only one.
    env.ok(&["add", "password", "nl", "--from-stdin"], b"tok\n");
    assert_eq!(env.ok(&["get", "nl"], b""), b"tok");
    // 64 KiB values survive byte for byte, from a file too.
    let big = big_value();
    let f = env.root().join("big.txt");
    std::fs::write(&f, &big).unwrap();
    env.ok(
        &["add", "password", "big", "--from-file", f.to_str().unwrap()],
        b"",
    );
    assert_eq!(env.ok(&["get", "big"], b""), big.as_bytes());
}

#[test]
fn password_with_custom_header_name() {
    let env = TestEnv::new();
    env.ok(
        &[
            "add",
            "password",
            "k",
            "--header-name",
            "X-API-KEY",
            "--from-stdin",
        ],
        b"s3cr:t@/%",
    );
    assert_eq!(env.ok(&["header", "k"], b""), b"X-API-KEY: s3cr:t@/%\n");
    assert_eq!(
        env.ok(&["get", "k", "--field", "header-name"], b""),
        b"X-API-KEY"
    );
    assert_eq!(
        env.ok(&["header", "k", "--format", "json"], b""),
        b"{\"X-API-KEY\":\"s3cr:t@/%\"}\n"
    );
    assert_eq!(
        env.ok(&["header", "k", "--format", "curl-config"], b""),
        b"header = \"X-API-KEY: s3cr:t@/%\"\n"
    );
}

#[test]
fn basic_round_trip_is_rfc7617() {
    let env = TestEnv::new();
    let pw = "p@ss:w0rd/%é \"x\"";
    env.ok(
        &["add", "basic", "site", "-u", "Aladdin", "--from-stdin"],
        pw.as_bytes(),
    );
    assert_eq!(env.ok(&["get", "site"], b""), pw.as_bytes());
    assert_eq!(
        env.ok(&["get", "site", "--field", "username"], b""),
        b"Aladdin"
    );
    use base64::Engine;
    let expected = base64::engine::general_purpose::STANDARD.encode(format!("Aladdin:{pw}"));
    assert_eq!(
        env.ok(&["header", "site"], b""),
        format!("Authorization: Basic {expected}\n").as_bytes()
    );
}

#[test]
fn headers_round_trip_in_order() {
    let env = TestEnv::new();
    let input = format!("X-Zeta: {TRICKY}\r\nX-Alpha:  two  words \n\nAuthorization: Token abc\n");
    env.ok(&["add", "headers", "svc", "--from-stdin"], input.as_bytes());
    assert_eq!(
        env.ok(&["header", "svc"], b""),
        format!("X-Zeta: {TRICKY}\nX-Alpha: two  words\nAuthorization: Token abc\n").as_bytes()
    );
    assert_eq!(
        env.ok(&["get", "svc", "--field", "x-alpha"], b""),
        b"two  words"
    );
    // No default field: the error names the fields that exist.
    let err = env.fails(&["get", "svc"], b"", 2);
    assert!(err.contains("X-Zeta, X-Alpha, Authorization"), "{err}");
}

#[test]
fn hs256_generate_and_import() {
    let env = TestEnv::new();
    env.ok(&["add", "hs256", "gen", "--generate"], b"");
    let key = env.ok(&["get", "gen"], b"");
    use base64::Engine;
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&key)
        .unwrap();
    assert_eq!(raw.len(), 32);
    // Import raw bytes (binary, including NUL and newline) and get them back base64url.
    let bytes: Vec<u8> = (0..40u8)
        .map(|i| i.wrapping_mul(37))
        .chain([b'\n', 0])
        .collect();
    env.ok(&["add", "hs256", "imp", "--from-stdin"], &bytes);
    let back = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(env.ok(&["get", "imp"], b""))
        .unwrap();
    assert_eq!(back, bytes);
    // base64url import (as in a JWK "k").
    let k = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([7u8; 33]);
    env.ok(
        &[
            "add",
            "hs256",
            "b64",
            "--key-encoding",
            "base64url",
            "--from-stdin",
        ],
        k.as_bytes(),
    );
    assert_eq!(env.ok(&["get", "b64"], b""), k.as_bytes());
}

#[test]
fn rs256_import_pkcs1_and_pkcs8() {
    let env = TestEnv::new();
    let rsa = openssl::rsa::Rsa::generate(2048).unwrap();
    let pkcs1 = rsa.private_key_to_pem().unwrap();
    let pkey = openssl::pkey::PKey::from_rsa(rsa).unwrap();
    let pkcs8 = pkey.private_key_to_pem_pkcs8().unwrap();
    let public = pkey.public_key_to_pem().unwrap();
    env.ok(&["add", "rs256", "one", "--from-stdin"], &pkcs1);
    env.ok(&["add", "rs256", "eight", "--from-stdin"], &pkcs8);
    for name in ["one", "eight"] {
        assert_eq!(env.ok(&["get", name], b""), public);
        assert_eq!(env.ok(&["get", name, "--field", "private-key"], b""), pkcs8);
    }
    env.ok(
        &["add", "rs256", "gen", "--generate", "--bits", "3072"],
        b"",
    );
    let pem = env.ok(&["get", "gen", "--field", "private-key"], b"");
    let key = openssl::pkey::PKey::private_key_from_pem(&pem).unwrap();
    assert_eq!(key.bits(), 3072);
}

#[test]
fn database_round_trip_and_url() {
    let env = TestEnv::new();
    let pw = "p@:/%#?&=+ é";
    env.ok(
        &[
            "add",
            "postgres",
            "pg",
            "--host",
            "db.local",
            "--port",
            "5433",
            "-u",
            "app@x",
            "--database",
            "re ports",
            "-o",
            "sslmode=require",
            "--from-stdin",
        ],
        pw.as_bytes(),
    );
    assert_eq!(env.ok(&["get", "pg"], b""), pw.as_bytes());
    assert_eq!(env.ok(&["get", "pg", "--field", "user"], b""), b"app@x");
    assert_eq!(
        env.ok(&["url", "pg"], b""),
        b"postgres://app%40x:p%40%3A%2F%25%23%3F%26%3D%2B%20%C3%A9@db.local:5433/re%20ports?sslmode=require"
    );
    env.ok(&["add", "mysql", "my", "-u", "root", "--from-stdin"], b"pw");
    assert_eq!(env.ok(&["url", "my"], b""), b"mysql://root:pw@127.0.0.1/");
    let err = env.fails(&["header", "pg"], b"", 2);
    assert!(err.contains("url"), "{err}");
}

#[test]
fn list_show_and_reveal() {
    let env = TestEnv::new();
    env.ok(
        &["add", "password", "api", "-d", "CI token", "--from-stdin"],
        b"hunter2-value",
    );
    env.ok(
        &["add", "basic", "b", "-u", "u", "--from-stdin"],
        b"pw-value-1",
    );
    let table = String::from_utf8(env.ok(&["list"], b"")).unwrap();
    assert!(table.contains("api") && table.contains("password") && table.contains("CI token"));
    assert!(!table.contains("hunter2"));
    let json: serde_json::Value =
        serde_json::from_slice(&env.ok(&["list", "--json", "--type", "basic"], b"")).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["name"], "b");
    let shown = String::from_utf8(env.ok(&["show", "api"], b"")).unwrap();
    assert!(
        !shown.contains("hunter2") && shown.contains("(hidden)"),
        "{shown}"
    );
    let revealed: serde_json::Value =
        serde_json::from_slice(&env.ok(&["show", "api", "--reveal", "--json"], b"")).unwrap();
    assert_eq!(revealed["value"], "hunter2-value");
}

#[test]
fn edit_rename_rm() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"one");
    env.ok(&["edit", "api", "--value", "--from-stdin"], b"two");
    assert_eq!(env.ok(&["get", "api"], b""), b"two");
    env.ok(&["edit", "api", "--header-name", "X-Key"], b"");
    assert_eq!(env.ok(&["header", "api"], b""), b"X-Key: two\n");
    env.ok(&["rename", "api", "api2"], b"");
    let _ = env.fails(&["get", "api"], b"", 1);
    assert_eq!(env.ok(&["get", "api2"], b""), b"two");
    // Without a terminal, rm needs --yes, and changes nothing otherwise.
    let before = env.vault_bytes();
    let _ = env.fails(&["rm", "api2"], b"", 2);
    assert_eq!(env.vault_bytes(), before);
    env.ok(&["rm", "api2", "--yes"], b"");
    let _ = env.fails(&["get", "api2"], b"", 1);
}

#[test]
fn stock_age_cli_decrypts_the_vault_with_the_identity_from_identity_age() {
    let env = TestEnv::new();
    env.ok(
        &["add", "password", "api", "--from-stdin"],
        TRICKY.as_bytes(),
    );
    // age reads passphrases from the terminal only: give it one with script(1).
    let out_id = env.root().join("extracted-identity.txt");
    let identity_age = env.vault_dir.join("identity.age");
    let mut child = Command::new("script")
        .args(["-qec"])
        .arg(format!(
            "age -d -o {} {}",
            out_id.display(),
            identity_age.display()
        ))
        .arg("/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("script(1) and age(1) must be installed");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSPHRASE}\n").as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&out_id)
        .arg(env.vault_dir.join("vault.age"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // Plain TOML that any parser reads, with the value intact.
    let doc: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(doc["version"].as_integer(), Some(1));
    assert_eq!(doc["secrets"]["api"]["value"].as_str(), Some(TRICKY));
}

#[test]
fn init_creates_a_private_vault_and_refuses_to_overwrite() {
    use std::os::unix::fs::PermissionsExt;
    let mut env = TestEnv::uninitialised();
    env.use_identity_file = false;
    env.env.push((
        "FLOWLET_SECRETS_PASSPHRASE_FILE".into(),
        env.passphrase_file.display().to_string(),
    ));
    env.ok(&["init", "--no-keyring"], b"");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.vault_dir), 0o700);
    assert_eq!(mode(&env.vault_dir.join("vault.age")), 0o600);
    assert_eq!(mode(&env.vault_dir.join("identity.age")), 0o600);
    let before = env.vault_bytes();
    let err = env.fails(&["init", "--no-keyring"], b"", 2);
    assert_one_line_error(&err);
    assert_eq!(env.vault_bytes(), before);
    // The passphrase unlocks it.
    env.ok(&["add", "password", "x", "--from-stdin"], b"v");
    assert_eq!(env.ok(&["get", "x"], b""), b"v");
}

#[test]
fn kernel_keyring_unlock_and_lock() {
    let mut env = TestEnv::new();
    env.use_identity_file = false;
    let pass_env = (
        "FLOWLET_SECRETS_PASSPHRASE_FILE".to_string(),
        env.passphrase_file.display().to_string(),
    );
    // Locked, no terminal, no passphrase source: fail at once, naming the variables.
    let started = Instant::now();
    let err = env.fails(&["get", "x"], b"", 2);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(err.contains("FLOWLET_SECRETS_PASSPHRASE_FILE"), "{err}");
    assert!(err.contains("FLOWLET_SECRETS_IDENTITY_FILE"), "{err}");
    env.env.push(pass_env.clone());
    env.ok(&["add", "password", "x", "--from-stdin"], b"v");
    env.ok(&["unlock"], b"");
    env.env.clear();
    // Unlocked: no passphrase source is needed.
    assert_eq!(env.ok(&["get", "x"], b""), b"v");
    env.ok(&["lock"], b"");
    let err = env.fails(&["get", "x"], b"", 2);
    assert!(err.contains("locked"), "{err}");
}

/// A one-shot HTTP server that answers 200 only to the exact expected header.
fn header_checking_server(expected: String) -> (u16, std::thread::JoinHandle<bool>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut ok = false;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
                break;
            }
            if line.trim_end_matches("\r\n") == expected {
                ok = true;
            }
        }
        let (status, body) = if ok {
            ("200 OK", "welcome")
        } else {
            ("401 Unauthorized", "no")
        };
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        ok
    });
    (port, handle)
}

fn curl_with_header_from(env: &TestEnv, name: &str, format_args: &[&str], port: u16) -> Vec<u8> {
    let mut args = vec!["header", name];
    args.extend_from_slice(format_args);
    let header = env.ok(&args, b"");
    let curl_flag = if format_args.is_empty() { "-H" } else { "-K" };
    let curl_arg = if format_args.is_empty() { "@-" } else { "-" };
    let mut curl = Command::new("curl")
        .args(["-sf", curl_flag, curl_arg])
        .arg(format!("http://127.0.0.1:{port}/"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("curl must be installed");
    curl.stdin.take().unwrap().write_all(&header).unwrap();
    let out = curl.wait_with_output().unwrap();
    assert!(out.status.success(), "curl failed: {}", out.status);
    out.stdout
}

#[test]
fn header_piped_into_real_curl_authenticates() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"tok:en/\"x\"");
    let (port, server) = header_checking_server("Authorization: Bearer tok:en/\"x\"".into());
    assert_eq!(curl_with_header_from(&env, "api", &[], port), b"welcome");
    assert!(server.join().unwrap());

    env.ok(
        &["add", "basic", "b", "-u", "alice", "--from-stdin"],
        b"p\"w\\d",
    );
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode("alice:p\"w\\d");
    let (port, server) = header_checking_server(format!("Authorization: Basic {b64}"));
    assert_eq!(
        curl_with_header_from(&env, "b", &["--format", "curl-config"], port),
        b"welcome"
    );
    assert!(server.join().unwrap());
}

#[test]
fn concurrent_adds_all_land() {
    let env = TestEnv::new();
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let c = env.command();
            let script = (0..25)
                .map(|i| {
                    format!(
                        "printf v{w}-{i} | {} add password s{w}-{i} --from-stdin || exit 1",
                        crate::common::bin().display()
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            let mut sh = Command::new("sh");
            sh.arg("-c").arg(script);
            for (k, v) in c.get_envs() {
                match v {
                    Some(v) => sh.env(k, v),
                    None => sh.env_remove(k),
                };
            }
            sh.stderr(Stdio::null()).spawn().unwrap()
        })
        .collect();
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    let json: serde_json::Value =
        serde_json::from_slice(&env.ok(&["list", "--json"], b"")).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 200);
    assert_eq!(env.ok(&["get", "s7-24"], b""), b"v7-24");
}

#[test]
fn sigkilled_writers_leave_old_or_new_state() {
    let env = TestEnv::new();
    // A vault big enough that a write takes a few milliseconds.
    let mut seed = String::new();
    for i in 0..1500 {
        seed.push_str(&format!("X-H{i}: {}\n", "v".repeat(40)));
    }
    env.ok(&["add", "headers", "bulk", "--from-stdin"], seed.as_bytes());
    let mut rng: u64 = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut present = 0usize;
    let trials = 60;
    for t in 0..trials {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let delay = Duration::from_micros(rng % 40_000);
        let mut c = env.command();
        c.args(["add", "password", &format!("k{t}"), "--from-file"])
            .arg(env.root().join("value.txt"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        std::fs::write(env.root().join("value.txt"), format!("value-{t}")).unwrap();
        let mut child = c.spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Whatever the instant, the vault decrypts and parses to a complete state.
        let text = env.plaintext();
        let doc: toml::Table = toml::from_str(&text).expect("vault must parse after SIGKILL");
        let secrets = doc["secrets"].as_table().unwrap();
        assert!(secrets.contains_key("bulk"));
        let has_new = secrets.contains_key(&format!("k{t}"));
        present += usize::from(has_new);
        if has_new {
            assert_eq!(
                secrets[&format!("k{t}")]["value"].as_str(),
                Some(format!("value-{t}").as_str())
            );
        }
        assert_eq!(
            secrets.len(),
            1 + present,
            "trial {t}: lost or invented secrets"
        );
    }
    eprintln!("{present} of {trials} killed writers had committed");
    // The lock is never left held: a normal write still works.
    env.ok(&["add", "password", "after", "--from-stdin"], b"x");
}

fn assert_bad_input(env: &TestEnv, args: &[&str], stdin: &[u8], expect: &str) {
    let before = env.vault_bytes();
    let out = env.run(args, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} should fail");
    assert_one_line_error(&stderr);
    assert!(
        stderr.contains(expect),
        "{args:?}: expected {expect:?} in {stderr}"
    );
    assert_eq!(env.vault_bytes(), before, "{args:?} changed the vault");
}

#[test]
fn bad_input_is_one_line_nonzero_and_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    assert_bad_input(&env, &["get", "nope"], b"", "no secret named");
    assert_bad_input(
        &env,
        &["add", "password", "bad name", "--from-stdin"],
        b"v",
        "invalid secret name",
    );
    assert_bad_input(
        &env,
        &["add", "password", ".hidden", "--from-stdin"],
        b"v",
        "invalid secret name",
    );
    assert_bad_input(
        &env,
        &["add", "password", "api", "--from-stdin"],
        b"v2",
        "already exists",
    );
    let rsa1024 = openssl::rsa::Rsa::generate(1024)
        .unwrap()
        .private_key_to_pem()
        .unwrap();
    assert_bad_input(
        &env,
        &["add", "rs256", "small", "--from-stdin"],
        &rsa1024,
        "2048 bits",
    );
    assert_bad_input(
        &env,
        &["add", "hs256", "short", "--from-stdin"],
        &[1u8; 16],
        "at least 32 bytes",
    );
    assert_bad_input(
        &env,
        &["add", "password", "crlf", "--from-stdin"],
        b"a\r\nEvil: 1",
        "control character",
    );
    assert_bad_input(
        &env,
        &["add", "headers", "h", "--from-stdin"],
        b"X Bad: 1\n",
        "invalid header name",
    );
    assert_bad_input(
        &env,
        &[
            "add",
            "password",
            "hn",
            "--header-name",
            "X Key",
            "--from-stdin",
        ],
        b"v",
        "invalid header name",
    );
    assert_bad_input(
        &env,
        &["add", "basic", "b", "-u", "a:b", "--from-stdin"],
        b"v",
        "':'",
    );
    assert_bad_input(
        &env,
        &["add", "password", "e", "--from-stdin"],
        b"",
        "empty",
    );
}

#[test]
fn wrong_passphrase_and_missing_identity() {
    let mut env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    env.use_identity_file = false;
    let wrong = env.root().join("wrong.txt");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    env.env.push((
        "FLOWLET_SECRETS_PASSPHRASE_FILE".into(),
        wrong.display().to_string(),
    ));
    assert_bad_input(&env, &["get", "api"], b"", "wrong passphrase");
    assert_bad_input(
        &env,
        &["add", "password", "x", "--from-stdin"],
        b"v",
        "wrong passphrase",
    );
    // identity.age gone: a clear error, nothing written.
    let id = env.vault_dir.join("identity.age");
    std::fs::rename(&id, env.root().join("identity.age.moved")).unwrap();
    assert_bad_input(&env, &["get", "api"], b"", "no identity file");
    // An identity file that does not exist.
    env.env.clear();
    env.env.push((
        "FLOWLET_SECRETS_IDENTITY_FILE".into(),
        "/nonexistent/id.txt".into(),
    ));
    assert_bad_input(&env, &["get", "api"], b"", "cannot read the identity file");
}

#[test]
fn damaged_vaults_are_reported_and_never_overwritten() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    let good = env.vault_bytes();
    let path = env.vault_dir.join("vault.age");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", good[..good.len() - 20].to_vec()),
        ("garbage", b"this is not an age file at all".to_vec()),
        ("empty", Vec::new()),
    ];
    for (what, bytes) in cases {
        std::fs::write(&path, &bytes).unwrap();
        for args in [
            &["get", "api"][..],
            &["add", "password", "new", "--from-stdin"][..],
        ] {
            let out = env.run(args, b"v");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{what} {args:?}: {stderr}");
            assert!(
                stderr.contains("vault.age.bak"),
                "{what}: the hint names the backup: {stderr}"
            );
            assert_eq!(
                std::fs::read(&path).unwrap(),
                bytes,
                "{what}: vault was overwritten"
            );
        }
    }
}

#[test]
fn no_secret_value_in_errors_or_debug_output() {
    let env = TestEnv::new();
    let secrets = [
        "SEKRIT-password-771",
        "SEKRIT-basic-772",
        "SEKRIT-hdr-773",
        "SEKRIT-db-774",
    ];
    let mut all_stderr = String::new();
    let mut run = |args: &[&str], stdin: &[u8]| {
        let mut a = vec!["--debug"];
        a.extend_from_slice(args);
        let out = env.run(&a, stdin);
        all_stderr.push_str(&String::from_utf8_lossy(&out.stderr));
        out
    };
    run(
        &["add", "password", "p", "--from-stdin"],
        secrets[0].as_bytes(),
    );
    run(
        &["add", "basic", "b", "-u", "u", "--from-stdin"],
        secrets[1].as_bytes(),
    );
    run(
        &["add", "headers", "h", "--from-stdin"],
        format!("X-K: {}\n", secrets[2]).as_bytes(),
    );
    run(
        &["add", "postgres", "d", "-u", "u", "--from-stdin"],
        secrets[3].as_bytes(),
    );
    // Failures that touch the secrets: duplicates, wrong fields, wrong types, bad headers.
    run(
        &["add", "password", "p", "--from-stdin"],
        secrets[0].as_bytes(),
    );
    run(&["get", "p", "--field", "nope"], b"");
    run(&["get", "h"], b"");
    run(&["header", "d"], b"");
    run(&["url", "p"], b"");
    run(
        &["add", "password", "crlf", "--from-stdin"],
        format!("{}\r\nX: y", secrets[0]).as_bytes(),
    );
    run(&["show", "p"], b"");
    run(&["list"], b"");
    run(&["edit", "b", "--username", "a:b"], b"");
    // A corrupted vault's parse error must not quote the document.
    let id = flowlet_secrets::vault::crypto::parse_identity(
        &std::fs::read_to_string(&env.identity_file).unwrap(),
    )
    .unwrap();
    let broken = env
        .plaintext()
        .replace("type = \"basic\"", "type = basic oops");
    let ct =
        flowlet_secrets::vault::crypto::encrypt_to(&id.to_public(), broken.as_bytes()).unwrap();
    std::fs::write(env.vault_dir.join("vault.age"), ct).unwrap();
    let out = run(&["get", "b"], b"");
    assert_eq!(out.status.code(), Some(2));
    for s in secrets {
        assert!(
            !all_stderr.contains(s),
            "secret {s} leaked into stderr:\n{all_stderr}"
        );
    }
    assert!(all_stderr.contains("debug:"), "--debug printed nothing");
}

#[test]
fn get_adds_no_newline_when_piped() {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"abc");
    let mut child = env
        .command()
        .args(["get", "api"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = Vec::new();
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(out, b"abc");
}

#[test]
fn a_dead_session_bus_falls_back_to_the_kernel_keyring_without_hanging() {
    let mut env = TestEnv::new();
    env.use_identity_file = false;
    env.env.push((
        "DBUS_SESSION_BUS_ADDRESS".into(),
        "unix:path=/nonexistent/bus".into(),
    ));
    env.env.push((
        "FLOWLET_SECRETS_PASSPHRASE_FILE".into(),
        env.passphrase_file.display().to_string(),
    ));
    env.ok(&["add", "password", "x", "--from-stdin"], b"v");
    let out = env.run(&["unlock"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("kernel keyring"));
    env.env
        .retain(|(k, _)| k != "FLOWLET_SECRETS_PASSPHRASE_FILE");
    let started = Instant::now();
    assert_eq!(env.ok(&["get", "x"], b""), b"v");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the keyring probe hung"
    );
    env.ok(&["lock"], b"");
    // Locked again, no source: one clear error, quickly.
    let err = env.fails(&["get", "x"], b"", 2);
    assert!(err.contains("locked"), "{err}");
}

#[test]
fn unlock_timeout_expires_the_cached_key() {
    let mut env = TestEnv::new();
    env.use_identity_file = false;
    env.env.push((
        "FLOWLET_SECRETS_PASSPHRASE_FILE".into(),
        env.passphrase_file.display().to_string(),
    ));
    env.ok(&["add", "password", "x", "--from-stdin"], b"v");
    let out = env.run(&["unlock", "--timeout", "2s"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.env.clear();
    assert_eq!(env.ok(&["get", "x"], b""), b"v");
    std::thread::sleep(Duration::from_millis(3500));
    let err = env.fails(&["get", "x"], b"", 2);
    assert!(err.contains("locked"), "{err}");
    env.ok(&["lock"], b"");
}

#[test]
fn database_url_is_also_a_field() {
    let env = TestEnv::new();
    env.ok(
        &[
            "add",
            "postgres",
            "pg",
            "-u",
            "u",
            "--port",
            "5432",
            "--from-stdin",
        ],
        b"p@ss",
    );
    assert_eq!(
        env.ok(&["get", "pg", "--field", "url"], b""),
        env.ok(&["url", "pg"], b"")
    );
    let err = env.fails(&["get", "pg", "--field", "nope"], b"", 2);
    assert!(err.contains("url"), "{err}");
}

#[test]
fn endless_input_files_are_refused_not_read_to_the_end() {
    let mut env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v");
    assert_bad_input(
        &env,
        &["add", "password", "z", "--from-file", "/dev/zero"],
        b"",
        "/dev/zero is larger than",
    );
    env.use_identity_file = false;
    for var in [
        "FLOWLET_SECRETS_IDENTITY_FILE",
        "FLOWLET_SECRETS_PASSPHRASE_FILE",
    ] {
        env.env = vec![(var.into(), "/dev/zero".into())];
        assert_bad_input(&env, &["get", "api"], b"", "/dev/zero is larger than");
    }
}

#[test]
fn header_refuses_crlf_from_a_hand_edited_vault() {
    let env = TestEnv::new();
    let id = flowlet_secrets::vault::crypto::parse_identity(
        &std::fs::read_to_string(&env.identity_file).unwrap(),
    )
    .unwrap();
    let text = "version = 1\n\
        [secrets.\"pw\"]\ntype = \"password\"\ncreated = 1\nupdated = 1\n\
        value = \"SEKRIT\\r\\nInjected: 1\"\n\
        [secrets.\"hn\"]\ntype = \"password\"\ncreated = 1\nupdated = 1\n\
        value = \"v\"\nheader_name = \"X-K\\r\\nInjected\"\n\
        [secrets.\"hh\"]\ntype = \"headers\"\ncreated = 1\nupdated = 1\n\
        headers = [{name = \"X-A\", value = \"v\\nInjected: 1\"}]\n";
    let ct = flowlet_secrets::vault::crypto::encrypt_to(&id.to_public(), text.as_bytes()).unwrap();
    std::fs::write(env.vault_dir.join("vault.age"), ct).unwrap();
    for name in ["pw", "hn", "hh"] {
        for format in ["lines", "json", "curl-config"] {
            let out = env.run(&["header", name, "--format", format], b"");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{name} {format}: {stderr}");
            assert!(out.stdout.is_empty(), "{name} {format}: printed a header");
            assert!(!stderr.contains("SEKRIT"), "{stderr}");
        }
    }
}
