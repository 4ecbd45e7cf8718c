//! Team vaults over git (issue 11, docs/team.md) with real git, real `age`, real
//! `ssh-keygen` keys and the real binary. Each member is a "machine": its own HOME,
//! state directory, TMPDIR, key and clone.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use std::io::Write;

use crate::common::bin;

struct Machine {
    home: PathBuf,
    tmp: PathBuf,
    key: PathBuf,
    repo: PathBuf,
    extra: Vec<(String, String)>,
}

fn run(mut c: Command, stdin: &[u8]) -> Output {
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn age_keygen(path: &Path) -> String {
    let out = Command::new("age-keygen")
        .arg("-o")
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = Command::new("age-keygen")
        .arg("-y")
        .arg(path)
        .output()
        .unwrap();
    text(&out.stdout).trim().to_string()
}

fn ssh_keygen(path: &Path, kind: &str) {
    let mut c = Command::new("ssh-keygen");
    c.args(["-q", "-t", kind, "-N", "", "-f"]).arg(path);
    if kind == "rsa" {
        c.args(["-b", "2048"]);
    }
    assert!(c.status().unwrap().success());
}

impl Machine {
    fn new(root: &Path, name: &str, key: PathBuf) -> Machine {
        let base = root.join(name);
        let m = Machine {
            home: base.join("home"),
            tmp: base.join("tmp"),
            key,
            repo: base.join("repo"),
            extra: Vec::new(),
        };
        std::fs::create_dir_all(&m.home).unwrap();
        std::fs::create_dir_all(&m.tmp).unwrap();
        m
    }

    fn env(&self, c: &mut Command) {
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("XDG_STATE_HOME", self.home.join(".local/state"))
            .env("XDG_DATA_HOME", self.home.join(".local/share"))
            .env("TMPDIR", &self.tmp)
            .env("NO_COLOR", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .env("FLOWLET_SECRETS_DIR", self.repo.join("secrets"))
            .env("FLOWLET_SECRETS_IDENTITY_FILE", &self.key)
            .current_dir(&self.repo);
        for (k, v) in &self.extra {
            if v.is_empty() {
                c.env_remove(k);
            } else {
                c.env(k, v);
            }
        }
    }

    fn fs(&self, args: &[&str], stdin: &[u8]) -> Output {
        let mut c = Command::new(bin());
        self.env(&mut c);
        c.args(args);
        run(c, stdin)
    }

    fn ok(&self, args: &[&str], stdin: &[u8]) -> String {
        let out = self.fs(args, stdin);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    }

    fn fails(&self, args: &[&str]) -> String {
        let out = self.fs(args, b"");
        assert!(!out.status.success(), "{args:?} succeeded");
        text(&out.stderr)
    }

    fn git(&self, args: &[&str]) -> Output {
        let mut c = Command::new("git");
        self.env(&mut c);
        c.args(args);
        run(c, b"")
    }

    fn git_ok(&self, args: &[&str]) -> String {
        let out = self.git(args);
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
        text(&out.stdout) + &text(&out.stderr)
    }
}

/// Every file under `dir`, and git's decompressed objects when it is a repository.
fn assert_no_canary(dir: &Path, canaries: &[&str]) {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() && !path.is_symlink() {
                walk(&path, out);
            } else if path.is_file() {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        for c in canaries {
            assert!(
                memchr::memmem::find(&bytes, c.as_bytes()).is_none(),
                "{c} in {}",
                f.display()
            );
        }
    }
    if dir.join(".git").is_dir() {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["cat-file", "--batch-all-objects", "--batch"])
            .output()
            .unwrap();
        for c in canaries {
            assert!(memchr::memmem::find(&out.stdout, c.as_bytes()).is_none());
        }
    }
}

struct Team {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    alice: Machine,
    bob: Machine,
    origin: PathBuf,
}

/// alice creates the vault with an age key, adds bob (age key); both have clones.
fn team() -> Team {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    let alice = Machine::new(&root, "alice", root.join("alice.key"));
    let bob = Machine::new(&root, "bob", root.join("bob.key"));
    age_keygen(&alice.key);
    let bob_r = age_keygen(&bob.key);
    let origin = root.join("origin.git");
    assert!(
        Command::new("git")
            .args(["init", "-q", "--bare", "-b", "main"])
            .arg(&origin)
            .status()
            .unwrap()
            .success()
    );
    let c = Command::new("git");
    let mut c = c;
    alice.env(&mut c);
    c.current_dir(&root)
        .args(["clone", "-q"])
        .arg(&origin)
        .arg(&alice.repo);
    assert!(run(c, b"").status.success());
    alice.ok(&["init", "--shared", "--label", "alice"], b"");
    alice.ok(&["git", "setup"], b"");
    alice.ok(&["recipients", "add", "bob", &bob_r], b"");
    alice.git_ok(&["add", "-A"]);
    alice.git_ok(&["commit", "-qm", "team vault"]);
    alice.git_ok(&["push", "-q", "origin", "HEAD:main"]);
    let mut c = Command::new("git");
    bob.env(&mut c);
    c.current_dir(&root)
        .args(["clone", "-q"])
        .arg(&origin)
        .arg(&bob.repo);
    assert!(run(c, b"").status.success());
    Team {
        _tmp: tmp,
        root,
        alice,
        bob,
        origin,
    }
}

#[test]
fn members_and_ci_read_byte_exact_and_stock_age_decrypts_with_ssh_and_age_keys() {
    let t = team();
    let (alice, bob) = (&t.alice, &t.bob);
    let canary = "CANARY-team-1 \u{e9}\ttab";
    alice.ok(
        &["add", "password", "api", "--from-stdin"],
        canary.as_bytes(),
    );
    // CI with an ed25519 key, and a member with an RSA key from their .pub files.
    let ci_key = t.root.join("ci_ed25519");
    ssh_keygen(&ci_key, "ed25519");
    let rsa_key = t.root.join("ops_rsa");
    ssh_keygen(&rsa_key, "rsa");
    alice.ok(
        &[
            "recipients",
            "add",
            "ci",
            "--from-file",
            ci_key.with_extension("pub").to_str().unwrap(),
        ],
        b"",
    );
    alice.ok(
        &[
            "recipients",
            "add",
            "ops",
            "--from-file",
            rsa_key.with_extension("pub").to_str().unwrap(),
        ],
        b"",
    );
    alice.git_ok(&["commit", "-qam", "api"]);
    alice.git_ok(&["push", "-q", "origin", "HEAD:main"]);
    // A fresh clone lacks the drivers: every command warns until `git setup`.
    bob.git_ok(&["pull", "-q", "origin", "main"]);
    let out = bob.fs(&["get", "api"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), canary);
    assert!(
        text(&out.stderr).contains("git setup"),
        "{}",
        text(&out.stderr)
    );
    bob.ok(&["git", "setup"], b"");
    let out = bob.fs(&["get", "api"], b"");
    assert!(!text(&out.stderr).contains("git setup"));
    // CI: the identity itself in FLOWLET_SECRETS_IDENTITY, the pin given up front.
    let pin_line = text(&alice.fs(&["recipients", "list"], b"").stderr);
    let pin = pin_line.split_whitespace().nth(2).unwrap().to_string();
    let mut ci = Machine::new(&t.root, "ci", PathBuf::new());
    ci.repo = bob.repo.clone();
    let bob_key = std::fs::read_to_string(&bob.key).unwrap();
    ci.extra = vec![
        ("FLOWLET_SECRETS_IDENTITY_FILE".into(), String::new()),
        (
            "FLOWLET_SECRETS_IDENTITY".into(),
            bob_key.lines().last().unwrap().into(),
        ),
        ("FLOWLET_SECRETS_TEAM_PIN".into(), pin.clone()),
    ];
    assert_eq!(ci.ok(&["get", "api"], b""), canary);
    // A wrong pin is refused, for several wrong pins.
    for bad in ["00000000000000000000000000000000", &pin[..31], "x"] {
        ci.extra[2].1 = bad.into();
        let err = ci.fails(&["get", "api"]);
        assert!(err.contains("not written by a member"), "{err}");
    }
    // Stock age with each member's key.
    let vault = bob.repo.join("secrets/vault.age");
    for key in [&ci_key, &rsa_key, &bob.key, &alice.key] {
        let out = Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(key)
            .arg(&vault)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            key.display(),
            text(&out.stderr)
        );
        assert!(text(&out.stdout).contains("CANARY-team-1"));
    }
    // recipients list --json marks who you are.
    let list: serde_json::Value =
        serde_json::from_str(&bob.ok(&["recipients", "list", "--json"], b"")).unwrap();
    let you: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["you"] == true)
        .map(|m| m["label"].clone())
        .collect();
    assert_eq!(you, [serde_json::json!("bob")]);
    assert_eq!(list.as_array().unwrap().len(), 4);
    for m in [alice, bob] {
        assert_no_canary(&m.repo, &["CANARY-team"]);
        assert_no_canary(&m.tmp, &["CANARY-team"]);
    }
}

#[test]
fn branches_changing_different_secrets_merge_and_same_secret_conflicts_stop() {
    let t = team();
    let a = &t.alice;
    for (n, v) in [
        ("a", "CANARY-a0"),
        ("b", "CANARY-b0"),
        ("c", "CANARY-c0"),
        ("d", "CANARY-d0"),
    ] {
        a.ok(&["add", "password", n, "--from-stdin"], v.as_bytes());
    }
    a.git_ok(&["commit", "-qam", "base"]);
    a.git_ok(&["checkout", "-qb", "one"]);
    a.ok(&["edit", "a", "--value", "--from-stdin"], b"CANARY-a1");
    a.ok(&["rename", "c", "c2"], b"");
    a.git_ok(&["commit", "-qam", "one"]);
    a.git_ok(&["checkout", "-q", "main"]);
    a.ok(&["edit", "b", "--description", "the b"], b"");
    a.ok(&["edit", "c", "--value", "--from-stdin"], b"CANARY-c1");
    a.ok(&["rm", "d", "--yes"], b"");
    a.ok(&["add", "password", "e", "--from-stdin"], b"CANARY-e0");
    a.git_ok(&["commit", "-qam", "two"]);
    let out = a.git(&["merge", "--no-edit", "one"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list = a.ok(&["list", "--json"], b"");
    let names: Vec<String> = serde_json::from_str::<serde_json::Value>(&list)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a", "b", "c2", "e"]);
    assert_eq!(a.ok(&["get", "a"], b""), "CANARY-a1");
    assert_eq!(a.ok(&["get", "c2"], b""), "CANARY-c1");
    assert!(a.ok(&["show", "b"], b"").contains("the b"));
    // The same secret changed on both sides: the merge stops and names it.
    a.git_ok(&["checkout", "-qb", "three"]);
    a.ok(
        &["edit", "a", "--value", "--from-stdin"],
        b"CANARY-a-theirs",
    );
    a.ok(
        &["edit", "e", "--value", "--from-stdin"],
        b"CANARY-e-theirs",
    );
    a.git_ok(&["commit", "-qam", "three"]);
    a.git_ok(&["checkout", "-q", "main"]);
    a.ok(&["edit", "a", "--value", "--from-stdin"], b"CANARY-a-ours");
    a.ok(&["edit", "e", "--value", "--from-stdin"], b"CANARY-e-ours");
    a.ok(&["add", "password", "f", "--from-stdin"], b"CANARY-f0");
    a.git_ok(&["commit", "-qam", "four"]);
    let out = a.git(&["merge", "--no-edit", "three"]);
    assert!(!out.status.success());
    let all = text(&out.stdout) + &text(&out.stderr);
    assert!(all.contains("\"a\", \"e\""), "{all}");
    // The vault decrypts: ours in place, f kept.
    assert_eq!(a.ok(&["get", "a"], b""), "CANARY-a-ours");
    assert_eq!(a.ok(&["get", "f"], b""), "CANARY-f0");
    a.ok(&["resolve", "a", "--theirs"], b"");
    a.ok(&["resolve", "e", "--ours"], b"");
    assert!(
        a.fails(&["resolve", "e", "--ours"])
            .contains("no merge conflict")
    );
    assert_eq!(a.ok(&["get", "a"], b""), "CANARY-a-theirs");
    assert_eq!(a.ok(&["get", "e"], b""), "CANARY-e-ours");
    a.git_ok(&["add", "secrets/vault.age"]);
    a.git_ok(&["commit", "-qm", "merged"]);
    // git's views never show a value.
    for args in [
        &["log", "-p"][..],
        &["diff", "HEAD~3", "HEAD"],
        &["show", "HEAD~1"],
    ] {
        let out = a.git(args);
        let s = text(&out.stdout) + &text(&out.stderr);
        assert!(!s.contains("CANARY"), "{args:?}: {s}");
        assert!(s.contains("fingerprint="), "{args:?}: {s}");
    }
    assert_no_canary(&a.repo, &["CANARY"]);
    assert_no_canary(&a.tmp, &["CANARY"]);
    // A non-member sees a placeholder, exit 0, for every command that diffs.
    let mut eve = Machine::new(&t.root, "eve", t.root.join("eve.key"));
    age_keygen(&eve.key);
    eve.repo = a.repo.clone();
    for args in [&["log", "-p"][..], &["show", "HEAD~1"]] {
        let out = eve.git(args);
        assert!(out.status.success());
        let s = text(&out.stdout);
        assert!(s.contains("not readable with your keys"), "{s}");
        assert!(!s.contains("CANARY") && !s.contains("secret a "), "{s}");
    }
    let _ = &t.origin;
}

#[test]
fn removed_member_loses_head_rotation_marks_appear_and_clear() {
    let t = team();
    let (a, b) = (&t.alice, &t.bob);
    a.ok(&["add", "password", "api", "--from-stdin"], b"CANARY-r0");
    a.ok(&["add", "password", "other", "--from-stdin"], b"CANARY-r1");
    // rm confirms: without a terminal it needs --yes, and removing yourself is refused.
    assert!(a.fails(&["recipients", "rm", "bob"]).contains("--yes"));
    assert!(
        a.fails(&["recipients", "rm", "alice", "--yes"])
            .contains("yourself")
    );
    assert!(
        a.fails(&["recipients", "rm", "nobody", "--yes"])
            .contains("no member")
    );
    a.ok(&["recipients", "rm", "bob", "--yes"], b"");
    a.git_ok(&["commit", "-qam", "rm bob"]);
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&b.key)
        .arg(a.repo.join("secrets/vault.age"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let diff = a.git_ok(&["show", "HEAD"]);
    assert_eq!(diff.matches("rotation-due").count(), 2, "{diff}");
    a.ok(&["edit", "api", "--description", "desc only"], b"");
    assert_eq!(
        a.ok(&["git", "textconv", "secrets/vault.age"], b"")
            .matches("rotation-due")
            .count(),
        2
    );
    a.ok(&["edit", "api", "--value", "--from-stdin"], b"CANARY-r2");
    let view = a.ok(&["git", "textconv", "secrets/vault.age"], b"");
    assert_eq!(view.matches("rotation-due").count(), 1, "{view}");
    assert!(
        view.contains("secret api type=password") && view.contains("by=alice"),
        "{view}"
    );
    // list marks what is due; rotate --due renews what we own and lists the rest.
    a.ok(&["add", "hs256", "jwt", "--generate"], b"");
    a.ok(&["add", "rs256", "sig", "--generate"], b"");
    let carol = age_keygen(&t.root.join("carol.key"));
    a.ok(&["recipients", "add", "carol", &carol], b"");
    a.ok(&["recipients", "rm", "carol", "--yes"], b"");
    let list: serde_json::Value = serde_json::from_str(&a.ok(&["list", "--json"], b"")).unwrap();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|s| s["rotation_due"] == true),
        "{list}"
    );
    assert!(a.ok(&["list"], b"").contains("jwt *"));
    let jwt = a.ok(&["get", "jwt"], b"");
    let sig = a.ok(&["pubkey", "sig"], b"");
    assert!(a.fails(&["rotate", "--due"]).contains("--yes"));
    let rest = a.ok(&["rotate", "--due", "--yes"], b"");
    assert!(
        rest.contains("api\tpassword") && rest.contains("other\tpassword"),
        "{rest}"
    );
    assert!(!rest.contains("jwt") && !rest.contains("sig"), "{rest}");
    assert_ne!(a.ok(&["get", "jwt"], b""), jwt);
    assert_ne!(a.ok(&["pubkey", "sig"], b""), sig);
    let list: serde_json::Value = serde_json::from_str(&a.ok(&["list", "--json"], b"")).unwrap();
    let due: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["rotation_due"] == true)
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(due, ["api", "other"]);
    // Nothing left to renew: rotate does not rewrite the vault.
    let before = std::fs::read(a.repo.join("secrets/vault.age")).unwrap();
    a.ok(&["rotate", "api", "--yes"], b"");
    assert_eq!(
        before,
        std::fs::read(a.repo.join("secrets/vault.age")).unwrap()
    );
}

#[test]
fn forged_vault_refused_member_change_blocks_writes_until_ack() {
    let t = team();
    let (a, b) = (&t.alice, &t.bob);
    a.ok(&["add", "password", "api", "--from-stdin"], b"CANARY-f0");
    a.git_ok(&["commit", "-qam", "api"]);
    a.git_ok(&["push", "-q", "origin", "HEAD:main"]);
    b.ok(&["git", "setup"], b"");
    b.git_ok(&["pull", "-q", "origin", "main"]);
    assert_eq!(b.ok(&["get", "api"], b""), "CANARY-f0"); // bob pins on first use
    // A member change elsewhere: bob reads with a warning naming it, cannot write.
    let carol = age_keygen(&t.root.join("carol.key"));
    a.ok(&["recipients", "add", "carol", &carol], b"");
    a.git_ok(&["commit", "-qam", "carol"]);
    a.git_ok(&["push", "-q", "origin", "HEAD:main"]);
    b.git_ok(&["pull", "-q", "origin", "main"]);
    let out = b.fs(&["get", "api"], b"");
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("added carol"),
        "{}",
        text(&out.stderr)
    );
    let before = std::fs::read(b.repo.join("secrets/vault.age")).unwrap();
    for args in [
        &["add", "password", "x", "--from-stdin"][..],
        &["rm", "api", "--yes"],
        &["rename", "api", "api2"],
    ] {
        let out = b.fs(args, b"v");
        let err = text(&out.stderr);
        assert!(
            !out.status.success() && err.contains("not accepted"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(
        before,
        std::fs::read(b.repo.join("secrets/vault.age")).unwrap()
    );
    b.ok(&["recipients", "ack", "--yes"], b"");
    b.ok(&["add", "password", "x", "--from-stdin"], b"v");
    // Forgeries: anyone can encrypt to the public recipients. Several variants.
    let plain = text(
        &Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(&a.key)
            .arg(a.repo.join("secrets/vault.age"))
            .output()
            .unwrap()
            .stdout,
    );
    let key_line = plain.lines().find(|l| l.starts_with("key = ")).unwrap();
    let fake_key = format!("key = \"{}\"", "ab".repeat(32));
    let prev_line = plain
        .lines()
        .find(|l| l.starts_with("previous_keys = "))
        .unwrap();
    let forged = [
        plain.replace(key_line, &fake_key),
        plain
            .replace(key_line, &fake_key)
            .replace(prev_line, "previous_keys = []"),
        plain.replace(key_line, "key = \"\""),
    ];
    let alice_r = text(
        &Command::new("age-keygen")
            .arg("-y")
            .arg(&a.key)
            .output()
            .unwrap()
            .stdout,
    );
    for f in forged {
        let path = a.repo.join("secrets/vault.age");
        let mut c = Command::new("age");
        c.args(["-e", "-r", alice_r.trim(), "-o"]).arg(&path);
        let out = run(c, f.as_bytes());
        assert!(out.status.success(), "{}", text(&out.stderr));
        let err = a.fails(&["get", "api"]);
        assert!(err.contains("not written by a member"), "{err}");
        a.git_ok(&["checkout", "secrets/vault.age"]);
    }
    assert_eq!(a.ok(&["get", "api"], b""), "CANARY-f0");
}
