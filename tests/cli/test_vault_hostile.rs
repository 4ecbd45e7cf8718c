//! Hostile neighbours and hand edits (issue 10, items 5 and 10).
//!
//! The vault directory is not trusted blindly: modes and owners as ssh's StrictModes
//! judges them, and only regular files at the vault's file names. The tests run as
//! root, so "another user" is nobody (65534).
//!
//! A hand-edited vault reads the same through the one-secret fast path (`get`,
//! `header`) as through the full parse (`export` of two names).

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{TestEnv, assert_one_line_error};

const FILES: [&str; 4] = ["vault.age", "identity.age", "vault.lock", "vault.age.bak"];
const NOBODY: u32 = 65534;

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn chown(p: &Path, uid: u32) {
    std::os::unix::fs::lchown(p, Some(uid), None).unwrap();
}

fn mkfifo(p: &Path) {
    let st = Command::new("mkfifo").arg(p).status().unwrap();
    assert!(st.success());
}

/// A vault with one secret, a backup and a lock file: every file name exists.
fn env_with_secret() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["add", "password", "api", "--from-stdin"], b"v1");
    env.ok(&["edit", "api", "--description", "second write"], b"");
    for f in FILES {
        assert!(env.vault_dir.join(f).is_file(), "{f}");
    }
    env
}

/// Runs the binary, killing it if it has not finished after a long grace period (a
/// FIFO would block it forever): a hang is a failure, not a slow run.
fn run_bounded(env: &TestEnv, args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut c = env.command();
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    {
        use std::io::Write;
        let mut si = child.stdin.take().unwrap();
        let _ = si.write_all(stdin);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("{args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Every file's type and bytes (FIFOs are not read), to show nothing changed.
fn snapshot(dir: &Path) -> Vec<(String, String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let t = e.file_type().unwrap();
            let name = e.file_name().into_string().unwrap();
            let bytes = if t.is_file() {
                std::fs::read(e.path()).unwrap()
            } else if t.is_symlink() {
                std::fs::read_link(e.path())
                    .unwrap()
                    .into_os_string()
                    .into_encoded_bytes()
            } else {
                Vec::new()
            };
            (name, format!("{t:?}"), bytes)
        })
        .collect();
    out.sort();
    out
}

/// `get`, `add` and `unlock` (with the passphrase, reading identity.age) are all refused
/// with one line naming `expect_path` and `expect_why`, a hint, and no change.
fn assert_refused(env: &TestEnv, what: &str, expect_path: &Path, expect_why: &str) {
    let before = snapshot(&env.vault_dir);
    let unlock_env = {
        let mut e = TestEnv {
            tmp: tempfile::tempdir().unwrap(),
            vault_dir: env.vault_dir.clone(),
            identity_file: env.identity_file.clone(),
            passphrase_file: env.passphrase_file.clone(),
            env: vec![(
                "FLOWLET_SECRETS_PASSPHRASE_FILE".into(),
                env.passphrase_file.display().to_string(),
            )],
            use_identity_file: false,
        };
        std::fs::create_dir_all(e.root().join("home")).unwrap();
        e.env
            .push(("DBUS_SESSION_BUS_ADDRESS".into(), String::new()));
        e
    };
    for (e, args) in [
        (env, &["get", "api"][..]),
        (env, &["add", "password", "new", "--from-stdin"][..]),
        (&unlock_env, &["get", "api"][..]),
    ] {
        let out = run_bounded(e, args, b"v");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{what} {args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{what} {args:?}: printed a value");
        assert_one_line_error(&stderr);
        let first = stderr.lines().next().unwrap();
        assert!(
            first.contains(&expect_path.display().to_string()) && first.contains(expect_why),
            "{what} {args:?}: expected {} and {expect_why:?} in {stderr}",
            expect_path.display()
        );
        assert!(stderr.contains("hint: "), "{what}: no hint in {stderr}");
        assert_eq!(
            snapshot(&env.vault_dir),
            before,
            "{what} {args:?} changed the vault directory"
        );
    }
}

#[test]
fn a_directory_others_can_write_or_own_is_refused() {
    for (mode, why) in [
        (0o770, "writable by its group"),
        (0o730, "writable by its group"),
        (0o707, "writable by others"),
        (0o777, "writable by its group and others"),
        (0o1777, "writable by its group and others"),
    ] {
        let env = env_with_secret();
        chmod(&env.vault_dir, mode);
        assert_refused(&env, &format!("dir {mode:o}"), &env.vault_dir, why);
        // `init` into such a directory is refused too.
        let fresh = TestEnv::uninitialised();
        std::fs::create_dir(&fresh.vault_dir).unwrap();
        chmod(&fresh.vault_dir, mode);
        let mut fresh = fresh;
        fresh.env.push((
            "FLOWLET_SECRETS_PASSPHRASE_FILE".into(),
            fresh.passphrase_file.display().to_string(),
        ));
        let err = fresh.fails(&["init", "--no-keyring"], b"", 2);
        assert!(err.contains(why), "init into {mode:o}: {err}");
        assert_eq!(std::fs::read_dir(&fresh.vault_dir).unwrap().count(), 0);
    }
    // Another user's directory, even with safe modes.
    let env = env_with_secret();
    chown(&env.vault_dir, NOBODY);
    assert_refused(
        &env,
        "dir owned by nobody",
        &env.vault_dir,
        "owned by uid 65534",
    );
}

#[test]
fn a_parent_others_can_write_is_refused_unless_sticky() {
    let env = env_with_secret();
    let parent = env.vault_dir.parent().unwrap().to_path_buf();
    chmod(&parent, 0o775);
    assert_refused(&env, "parent 775", &parent, "writable by its group");
    chown(&parent, NOBODY);
    chmod(&parent, 0o755);
    assert_refused(
        &env,
        "parent owned by nobody",
        &parent,
        "owned by uid 65534",
    );
    // A sticky, world-writable parent owned by root (like /tmp) is fine: others cannot
    // rename or remove the vault directory in it.
    chown(&parent, 0);
    chmod(&parent, 0o1777);
    assert_eq!(env.ok(&["get", "api"], b""), b"v1");
    env.ok(&["add", "password", "more", "--from-stdin"], b"v");
    chmod(&parent, 0o700);
}

#[test]
fn only_trusted_regular_files_are_opened() {
    for name in FILES {
        // A symlink to a copy of the real file: never followed.
        let env = env_with_secret();
        let p = env.vault_dir.join(name);
        let copy = env.root().join(format!("{name}.copy"));
        std::fs::rename(&p, &copy).unwrap();
        symlink(&copy, &p).unwrap();
        assert_refused(&env, &format!("symlink at {name}"), &p, "symbolic link");
        // A symlink to nowhere: O_CREAT must not create its target.
        let planted = env.root().join("planted");
        std::fs::remove_file(&p).unwrap();
        symlink(&planted, &p).unwrap();
        assert_refused(
            &env,
            &format!("dangling symlink at {name}"),
            &p,
            "symbolic link",
        );
        assert!(!planted.exists(), "{name}: followed the symlink");

        // A FIFO: never opened for reading (it would block).
        let env = env_with_secret();
        let p = env.vault_dir.join(name);
        std::fs::remove_file(&p).unwrap();
        mkfifo(&p);
        assert_refused(&env, &format!("FIFO at {name}"), &p, "FIFO");

        // A directory.
        let env = env_with_secret();
        let p = env.vault_dir.join(name);
        std::fs::remove_file(&p).unwrap();
        std::fs::create_dir(&p).unwrap();
        assert_refused(&env, &format!("directory at {name}"), &p, "directory");

        // A file others could rewrite, or another user's file.
        let env = env_with_secret();
        let p = env.vault_dir.join(name);
        chmod(&p, 0o620);
        assert_refused(&env, &format!("{name} 620"), &p, "writable by its group");
        chmod(&p, 0o606);
        assert_refused(&env, &format!("{name} 606"), &p, "writable by others");
        chmod(&p, 0o600);
        chown(&p, NOBODY);
        assert_refused(
            &env,
            &format!("{name} owned by nobody"),
            &p,
            "owned by uid 65534",
        );
    }
}

#[test]
fn a_symlinked_vault_directory_is_judged_where_it_points() {
    let env = env_with_secret();
    // A link to the real, private directory works.
    let link = env.root().join("link");
    symlink(&env.vault_dir, &link).unwrap();
    let mut via_link = TestEnv {
        tmp: tempfile::tempdir().unwrap(),
        vault_dir: link.clone(),
        identity_file: env.identity_file.clone(),
        passphrase_file: env.passphrase_file.clone(),
        env: Vec::new(),
        use_identity_file: true,
    };
    std::fs::create_dir_all(via_link.root().join("home")).unwrap();
    assert_eq!(via_link.ok(&["get", "api"], b""), b"v1");
    // Pointing into a directory others can write is refused, naming the real path.
    chmod(&env.vault_dir, 0o777);
    let err = via_link.fails(&["get", "api"], b"", 2);
    assert!(err.contains("writable by its group and others"), "{err}");
    via_link.env.clear();
    chmod(&env.vault_dir, 0o700);
}

/// Writes `text` as the decrypted vault, encrypted to the test identity.
fn write_plaintext(env: &TestEnv, text: &str) {
    let id = flowlet_secrets::vault::crypto::parse_identity(
        &std::fs::read_to_string(&env.identity_file).unwrap(),
    )
    .unwrap();
    let ct = flowlet_secrets::vault::crypto::encrypt_to(&id.to_public(), text.as_bytes()).unwrap();
    std::fs::write(env.vault_dir.join("vault.age"), ct).unwrap();
}

fn entry(value: &str) -> String {
    format!("type = \"password\"\nvalue = \"{value}\"\ncreated = 1\nupdated = 1\n")
}

#[test]
fn get_header_and_export_agree_on_hand_edited_vaults() {
    let env = TestEnv::new();
    let (a1, a2, b1) = (entry("A-one"), entry("A-two"), entry("B-one"));
    let docs: Vec<(&str, String)> = vec![
        (
            "indented header",
            format!("version = 1\n[secrets.\"a\"]\n{a1}  [secrets.\"b\"]\n{b1}"),
        ),
        (
            "tab-indented duplicate",
            format!("version = 1\n[secrets.\"a\"]\n{a1}\t[secrets.\"a\"]\n{a2}"),
        ),
        (
            "bare duplicate",
            format!("version = 1\n[secrets.\"a\"]\n{a1}[secrets.a]\n{a2}"),
        ),
        (
            "literal duplicate",
            format!("version = 1\n[secrets.\"a\"]\n{a1}[secrets.'a']\n{a2}"),
        ),
        (
            "escaped duplicate",
            format!("version = 1\n[secrets.\"a\"]\n{a1}[secrets.\"\\u0061\"]\n{a2}"),
        ),
        (
            "spaced duplicate",
            format!("version = 1\n[secrets.\"a\"]\n{a1}[ secrets . \"a\" ]\n{a2}"),
        ),
        (
            "dotted keys at the root",
            format!(
                "version = 1\n{}[secrets.\"a\"]\n{a1}",
                b1.lines()
                    .map(|l| format!("secrets.b.{l}\n"))
                    .collect::<String>()
            ),
        ),
        (
            "inline table at the root",
            "version = 1\nsecrets = { a = { type = \"password\", value = \"A-one\", created = 1, updated = 1 }, b = { type = \"password\", value = \"B-one\", created = 1, updated = 1 } }\n"
                .to_string(),
        ),
        (
            "[secrets] table with dotted keys",
            format!(
                "version = 1\n[secrets]\n{}[secrets.\"a\"]\n{a1}",
                b1.lines().map(|l| format!("b.{l}\n")).collect::<String>()
            ),
        ),
        (
            "CRLF",
            format!("version = 1\n[secrets.\"a\"]\n{a1}[secrets.\"b\"]\n{b1}")
                .replace('\n', "\r\n"),
        ),
        ("BOM", format!("\u{feff}version = 1\n[secrets.\"a\"]\n{a1}")),
        (
            "forged header in a comment",
            format!(
                "version = 1\n[secrets.\"a\"]\n{a1}# [secrets.\"b\"]\n# value = \"forged\"\n[secrets.\"b\"]\n{b1}"
            ),
        ),
        (
            "forged header in a multi-line string",
            format!(
                "version = 1\n[secrets.\"a\"]\ntype = \"password\"\ncreated = 1\nupdated = 1\nvalue = \"\"\"A\n[secrets.\"b\"]\n{a2}\"\"\"\n[secrets.\"b\"]\n{b1}"
            ),
        ),
        (
            "sub-table of a",
            format!(
                "version = 1\n[secrets.\"a\"]\n{a1}[secrets.\"b\"]\n{b1}[secrets.\"a\".more]\nx = 1\n"
            ),
        ),
        (
            "unsorted canonical",
            format!("version = 1\n[secrets.\"b\"]\n{b1}[secrets.\"a\"]\n{a1}"),
        ),
    ];
    let mut both_read = 0;
    for (what, text) in &docs {
        write_plaintext(&env, text);
        let export = env.run(&["export", "--format", "json", "a", "b"], b"");
        let full: Option<serde_json::Value> = export
            .status
            .success()
            .then(|| serde_json::from_slice(&export.stdout).unwrap());
        for name in ["a", "b"] {
            let get = env.run(&["get", name], b"");
            let header = env.run(&["header", name], b"");
            match &full {
                Some(full) => {
                    let want = full[name.to_uppercase()].as_str();
                    let got = get
                        .status
                        .success()
                        .then(|| String::from_utf8(get.stdout.clone()).unwrap());
                    assert_eq!(
                        got.as_deref(),
                        want,
                        "{what}: get {name} disagrees with export"
                    );
                    if let Some(v) = want.filter(|v| v.contains('\n')) {
                        // `header` refuses a value that would split the header line.
                        assert!(
                            !header.status.success(),
                            "{what}: header {name} printed {v:?}"
                        );
                    } else if let Some(v) = want {
                        assert!(header.status.success(), "{what}: header {name} failed");
                        assert!(
                            String::from_utf8_lossy(&header.stdout).contains(v),
                            "{what}: header {name} disagrees with export"
                        );
                        both_read += 1;
                    }
                }
                None => {
                    // Every document holds both names: the full parse refused the text
                    // itself, and so must the fast path.
                    let err = String::from_utf8_lossy(&export.stderr);
                    assert!(!err.contains("no secret named"), "{what}: {err}");
                    for (cmd, out) in [("get", &get), ("header", &header)] {
                        assert!(
                            !out.status.success() && out.stdout.is_empty(),
                            "{what}: export fails but {cmd} {name} printed {:?}",
                            String::from_utf8_lossy(&out.stdout)
                        );
                    }
                }
            }
        }
    }
    assert!(
        both_read >= 10,
        "too few documents were readable: {both_read}"
    );
}
