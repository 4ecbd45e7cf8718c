//! The secret types' own rules, through the real binary: strict key decoders (no panic,
//! no key text in errors), the field-table views (`show` prints only declared fields),
//! and terminal-safe `list`/`show` output for text from a hand-edited vault.

use crate::common::{TestEnv, assert_one_line_error};

/// Replaces the vault with `text` (a hand-edited document), encrypted to the identity.
fn write_plaintext(env: &TestEnv, text: &str) {
    let id = flowlet_secrets::vault::crypto::parse_identity(
        &std::fs::read_to_string(&env.identity_file).unwrap(),
    )
    .unwrap();
    let ct = flowlet_secrets::vault::crypto::encrypt_to(&id.to_public(), text.as_bytes()).unwrap();
    std::fs::write(env.vault_dir.join("vault.age"), ct).unwrap();
}

fn s(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn hex_hs256_keys_are_decoded_strictly_without_panic_or_echo() {
    let env = TestEnv::new();
    // A key whose text is easy to spot in any output.
    let key = "c0ffee".repeat(6); // 18 bytes of hex pairs -> 36 chars; extend to 32 bytes
    let key = format!("{key}{}", "ab".repeat(14)); // 64 hex digits = 32 bytes
    let mut good = key.clone();
    good.push('\n');
    env.ok(
        &["add", "hs256", "k", "--key-encoding", "hex", "--from-stdin"],
        good.as_bytes(),
    );
    use base64::Engine;
    let bytes: Vec<u8> = (0..key.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&key[i..i + 2], 16).unwrap())
        .collect();
    assert_eq!(
        s(&env.ok(&["get", "k"], b"")),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes)
    );
    // Upper case is the same key.
    env.ok(
        &[
            "add",
            "hs256",
            "k2",
            "--key-encoding",
            "hex",
            "--from-stdin",
        ],
        key.to_uppercase().as_bytes(),
    );
    assert_eq!(env.ok(&["get", "k2"], b""), env.ok(&["get", "k"], b""));

    let spot = "c0ffeec0ffee";
    let bad: Vec<Vec<u8>> = vec![
        format!("+f{}", &key[2..]).into_bytes(), // a sign is not a digit
        format!("-f{}", &key[2..]).into_bytes(), // nor is a minus
        format!("0x{}", &key[2..]).into_bytes(), // no prefix
        format!("{key}a").into_bytes(),          // odd length
        format!("é{}", &key[2..]).into_bytes(),  // non-ASCII at the start
        format!("{}é", &key[..62]).into_bytes(), // non-ASCII splitting a pair
        format!("{}日本{}", &key[..31], &key[31..]).into_bytes(), // multi-byte mid-key
        format!("{} {}", &key[..32], &key[32..]).into_bytes(), // inner space
        format!("{}\t{}", &key[..32], &key[32..]).into_bytes(), // inner tab
        format!("{}\n{}", &key[..32], &key[32..]).into_bytes(), // inner newline
        format!("{key}\u{a0}").into_bytes(),     // a non-ASCII space at the end
        {
            let mut v = key.clone().into_bytes();
            v[10] = 0xff; // not UTF-8
            v
        },
    ];
    for input in &bad {
        let before = env.vault_bytes();
        let out = env.run(
            &[
                "add",
                "hs256",
                "bad",
                "--key-encoding",
                "hex",
                "--from-stdin",
            ],
            input,
        );
        let err = s(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{input:?}: {err}");
        assert_one_line_error(&err);
        assert!(err.contains("not valid hex"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(
            !err.contains(spot) && !err.contains("abab"),
            "key text in: {err}"
        );
        assert_eq!(env.vault_bytes(), before);
    }
    // The same strictness and silence for base64 inputs.
    for (enc, input) in [
        ("base64", format!("{spot}!!{spot}{spot}{spot}{spot}")),
        ("base64url", format!("{spot}+/{spot}{spot}{spot}{spot}")),
    ] {
        let err = env.fails(
            &["add", "hs256", "bad", "--key-encoding", enc, "--from-stdin"],
            input.as_bytes(),
            2,
        );
        assert!(err.contains(&format!("not valid {enc}")), "{err}");
        assert!(!err.contains(spot), "{err}");
    }
}

#[test]
fn get_field_help_comes_from_the_field_tables() {
    let env = TestEnv::new();
    let help = s(&env.ok(&["get", "--help"], b""));
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        "password: value, header-name;",
        "basic: password, username;",
        "headers: a header name;",
        "hs256: key;",
        "rs256: public-key, private-key;",
        "mysql/postgres: password, host, port, user, database, url.",
    ] {
        assert!(flat.contains(part), "{part:?} not in {flat}");
    }
}

#[test]
fn show_prints_only_declared_fields() {
    let env = TestEnv::new();
    // Keys no type declares, next to declared ones, in a hand-edited vault.
    write_plaintext(
        &env,
        "version = 1\n\
         [secrets.\"pw\"]\ntype = \"password\"\nvalue = \"PW-VALUE\"\n\
         stray = \"STRAY-1\"\ncreated = 1\nupdated = 2\n\
         [secrets.\"db\"]\ntype = \"postgres\"\nhost = \"h\"\nuser = \"u\"\n\
         password = \"DB-PASS\"\nbackdoor = \"STRAY-2\"\ncreated = 1\nupdated = 2\n",
    );
    for reveal in [false, true] {
        for json in [false, true] {
            for name in ["pw", "db"] {
                let mut args = vec!["show", name];
                if reveal {
                    args.push("--reveal");
                }
                if json {
                    args.push("--json");
                }
                let out = s(&env.ok(&args, b""));
                assert!(!out.contains("STRAY"), "{args:?}: {out}");
                assert!(!out.contains("stray") && !out.contains("backdoor"), "{out}");
                let value = if name == "pw" { "PW-VALUE" } else { "DB-PASS" };
                assert_eq!(out.contains(value), reveal, "{args:?}: {out}");
                assert_eq!(out.contains("(hidden)"), !reveal, "{args:?}: {out}");
            }
        }
    }
    let v: serde_json::Value =
        serde_json::from_slice(&env.ok(&["show", "db", "--json"], b"")).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "name", "type", "password", "host", "user", "url", "created", "updated"
        ]
    );
    assert_eq!(v["password"], "(hidden)");
    assert_eq!(v["url"], "(hidden)");
    let v: serde_json::Value =
        serde_json::from_slice(&env.ok(&["show", "db", "--json", "--reveal"], b"")).unwrap();
    assert_eq!(v["url"], "postgres://u:DB-PASS@h/");
}

/// Text that would steer a terminal: ESC/CSI sequences, C1 CSI (0x9b), BEL, bidi
/// overrides and isolates, zero-width and line-separator characters.
const HOSTILE: [&str; 8] = [
    "\u{1b}[2J\u{1b}]0;pwned\u{7}",
    "\u{9b}31m",
    "\u{202e}gnp.exe",
    "\u{2066}iso\u{2069}",
    "line\u{2028}sep\u{2029}",
    "zero\u{200b}width\u{feff}",
    "del\u{7f}",
    "nel\u{85}",
];

fn raw_unsafe(out: &str) -> Option<char> {
    out.chars().find(|&c| {
        c != '\n'
            && (c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}'))
    })
}

fn toml_str(s: &str) -> String {
    // TOML basic string with \u escapes for everything outside printable ASCII.
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\U{:08X}", c as u32));
        }
    }
    out.push('"');
    out
}

#[test]
fn list_and_show_never_print_terminal_controls_from_the_vault() {
    let env = TestEnv::new();
    let mut text = String::from("version = 1\n");
    for (i, bad) in HOSTILE.iter().enumerate() {
        // A hostile name (only a hand-edited vault can hold one) and description.
        text.push_str(&format!(
            "[secrets.{}]\ntype = \"basic\"\nusername = {}\npassword = \"p\"\ndescription = {}\ncreated = 1\nupdated = 1\n",
            toml_str(&format!("n{i}{bad}")),
            toml_str(&format!("u{bad}")),
            toml_str(&format!("d{bad}")),
        ));
        text.push_str(&format!(
            "[secrets.\"ok{i}\"]\ntype = \"password\"\nvalue = {}\nheader_name = {}\ndescription = {}\ncreated = 1\nupdated = 1\n",
            toml_str(&format!("v{bad}")),
            toml_str(&format!("X{bad}")),
            toml_str(&format!("d{bad}")),
        ));
    }
    write_plaintext(&env, &text);

    let table = s(&env.ok(&["list"], b""));
    assert_eq!(raw_unsafe(&table), None, "list: {table:?}");
    assert!(table.contains("ok0") && table.contains("n0"), "{table}");

    let raw = s(&env.ok(&["list", "--json"], b""));
    assert_eq!(raw_unsafe(&raw), None, "list --json: {raw:?}");
    // Still the exact text once parsed.
    let items: serde_json::Value = serde_json::from_str(&raw).unwrap();
    for (i, bad) in HOSTILE.iter().enumerate() {
        let want = format!("n{i}{bad}");
        let item = items
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == want.as_str())
            .unwrap_or_else(|| panic!("{want:?} missing from {raw}"));
        assert_eq!(item["description"], format!("d{bad}").as_str());
    }

    for (i, bad) in HOSTILE.iter().enumerate() {
        let name = format!("ok{i}");
        for reveal in [false, true] {
            let mut args = vec!["show", name.as_str()];
            if reveal {
                args.push("--reveal");
            }
            let out = s(&env.ok(&args, b""));
            assert_eq!(raw_unsafe(&out), None, "{args:?}: {out:?}");
            args.push("--json");
            let raw = s(&env.ok(&args, b""));
            assert_eq!(raw_unsafe(&raw), None, "{args:?}: {raw:?}");
            let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
            assert_eq!(v["description"], format!("d{bad}").as_str());
            assert_eq!(v["header_name"], format!("X{bad}").as_str());
            if reveal {
                assert_eq!(v["value"], format!("v{bad}").as_str());
            }
        }
    }
}
