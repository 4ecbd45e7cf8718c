//! JOSE end to end: the RFC 7515 vectors through the CLI, interop both ways with
//! PyJWT and jwcrypto (tests/jose/interop.py, installed by .ci/setup.d/jose.sh), the
//! hostile-token catalogue, key-size refusals, `pubkey`, `inspect` and `header`.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use josekit::jws::JwsSigner;
use serde_json::{Value, json};

use crate::common::{TestEnv, assert_one_line_error};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/jose")
        .join(name)
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixture(name))
        .unwrap()
        .trim()
        .to_string()
}

fn text(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap()
}

fn json_of(out: Vec<u8>) -> Value {
    serde_json::from_slice(&out).unwrap()
}

/// Runs tests/jose/interop.py with PyJWT/jwcrypto; panics with its stderr on failure.
fn python(args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jose/interop.py");
    let out = Command::new("python3")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 is required (CI installs PyJWT and jwcrypto via .ci/setup.d/jose.sh)");
    assert!(
        out.status.success(),
        "interop.py {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A vault holding: `hs` (32 known bytes), `rs` (the RFC 7515 A.2 key), `other` (another HS key).
fn keyed_env() -> TestEnv {
    let env = TestEnv::new();
    env.ok(
        &[
            "add",
            "hs256",
            "hs",
            "--from-stdin",
            "--key-encoding",
            "hex",
        ],
        HS_HEX.as_bytes(),
    );
    let pem = fixture("rfc7515-a2-private.pem");
    env.ok(
        &["add", "rs256", "rs", "--from-file", pem.to_str().unwrap()],
        b"",
    );
    env.ok(&["add", "hs256", "other", "--generate"], b"");
    env
}

const HS_HEX: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

fn hs_bytes() -> Vec<u8> {
    (0u8..32).collect()
}

/// Signs `header` and `claims` (JSON text, sent as is) with HMAC-SHA-256 and `key`.
fn hs_token(key: &[u8], header: &str, claims: &str) -> String {
    let input = format!("{}.{}", B64.encode(header), B64.encode(claims));
    let sig = josekit::jws::HS256
        .signer_from_bytes(key)
        .unwrap()
        .sign(input.as_bytes())
        .unwrap();
    format!("{input}.{}", B64.encode(sig))
}

fn now() -> i64 {
    flowlet_secrets::secret::now_unix()
}

#[test]
fn rfc7515_appendix_a_vectors_verify_through_the_cli() {
    let env = TestEnv::new();
    // A.1: the HMAC key is the JWK `k`, base64url.
    let a1_key = fixture("rfc7515-a1.key");
    env.ok(
        &[
            "add",
            "hs256",
            "a1",
            "--key-encoding",
            "base64url",
            "--from-file",
            a1_key.to_str().unwrap(),
        ],
        b"",
    );
    // A.2: the RFC's published RSA key, converted to PEM (tests/fixtures/jose/README.md).
    let a2_pem = fixture("rfc7515-a2-private.pem");
    env.ok(
        &[
            "add",
            "rs256",
            "a2",
            "--from-file",
            a2_pem.to_str().unwrap(),
        ],
        b"",
    );

    let a1 = fixture_text("rfc7515-a1.jws");
    let a2 = fixture_text("rfc7515-a2.jws");
    // exp is 1300819380 (2011-03-22T18:43:00Z): verify as of a time before it.
    let c1 = json_of(env.ok(
        &["jws", "verify", "a1", "--at", "1300819300"],
        a1.as_bytes(),
    ));
    assert_eq!(
        c1,
        json!({"iss":"joe","exp":1300819380,"http://example.com/is_root":true})
    );
    let c2 = json_of(env.ok(
        &["jws", "verify", "a2", &a2, "--at", "2011-03-22T18:00:00Z"],
        b"",
    ));
    assert_eq!(c2["iss"], json!("joe"));

    // The same vectors today: expired, a definite no.
    let err = env.fails(&["jws", "verify", "a1"], a1.as_bytes(), 1);
    assert!(err.contains("token expired at 1300819380"), "{err}");
    assert_one_line_error(&err);
    // And each with the other's key: the key decides the algorithm.
    let err = env.fails(&["jws", "verify", "a1", &a2, "--at", "1300819300"], b"", 1);
    assert!(
        err.contains("\"RS256\" does not match the key's HS256"),
        "{err}"
    );
    // The A.2 public key exported as a JWK carries the RFC 7638 thumbprint as kid.
    let jwk = json_of(env.ok(&["pubkey", "a2", "--format", "jwk"], b""));
    assert_eq!(
        jwk["kid"],
        json!("IsUn6_e04MaShXFIISMp4kG62LWzMIPy_MvSA5pJgX8")
    );
    assert!(
        jwk["n"]
            .as_str()
            .unwrap()
            .starts_with("ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0")
    );
    assert!(jwk.get("d").is_none());
}

#[test]
fn sign_then_verify_with_every_claim_option() {
    let env = keyed_env();
    for key in ["hs", "rs"] {
        let token = text(env.ok(
            &[
                "jws",
                "sign",
                key,
                "--iss",
                "me",
                "--sub",
                "svc",
                "--aud",
                "api",
                "--exp",
                "10m",
                "--scope",
                "orders:read",
                "--scope",
                "admin",
                "--jti",
                "--claim",
                "n=3",
                "--claim",
                "name=bob",
                "--claims-json",
                r#"{"roles":["x"]}"#,
            ],
            b"",
        ));
        let token = token.trim();
        let claims = json_of(env.ok(
            &[
                "jws",
                "verify",
                key,
                token,
                "--aud",
                "api",
                "--iss",
                "me",
                "--scope",
                "admin",
                "--scope",
                "orders:read",
            ],
            b"",
        ));
        assert_eq!(claims["sub"], json!("svc"));
        assert_eq!(claims["scope"], json!("orders:read admin"));
        assert_eq!(claims["n"], json!(3));
        assert_eq!(claims["name"], json!("bob"));
        assert_eq!(claims["roles"], json!(["x"]));
        assert_eq!(claims["jti"].as_str().unwrap().len(), 22);
        let (iat, exp) = (
            claims["iat"].as_i64().unwrap(),
            claims["exp"].as_i64().unwrap(),
        );
        assert_eq!(exp - iat, 600);
        assert!((iat - now()).abs() < 30);
        // The header names the key's algorithm; RS256 adds the thumbprint kid.
        let header = json_of(env.ok(&["jws", "inspect", token], b""))["header"].clone();
        if key == "rs" {
            assert_eq!(
                header,
                json!({"alg":"RS256","typ":"JWT","kid":"IsUn6_e04MaShXFIISMp4kG62LWzMIPy_MvSA5pJgX8"})
            );
        } else {
            assert_eq!(header, json!({"alg":"HS256","typ":"JWT"}));
        }
    }
    // Defaults: 5 minutes of life and an iat; --no-iat / --no-exp drop them.
    let t = text(env.ok(&["jws", "sign", "hs"], b""));
    let c = json_of(env.ok(&["jws", "verify", "hs", t.trim()], b""));
    assert_eq!(c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap(), 300);
    let t = text(env.ok(
        &["jws", "sign", "hs", "--no-exp", "--no-iat", "--sub", "x"],
        b"",
    ));
    let err = env.fails(&["jws", "verify", "hs", t.trim()], b"", 1);
    assert!(err.contains("no \"exp\" claim"), "{err}");
    let c = json_of(env.ok(
        &["jws", "verify", "hs", t.trim(), "--allow-missing-exp"],
        b"",
    ));
    assert_eq!(c, json!({"sub":"x"}));
    // A raw payload is signed as given and comes back byte for byte.
    let t = text(env.ok(&["jws", "sign", "rs", "--raw"], b"\x00any bytes\n"));
    assert_eq!(
        env.ok(&["jws", "verify", "rs", t.trim(), "--raw"], b""),
        b"\x00any bytes\n"
    );
    // Conflicting claims are refused, not overwritten.
    let err = env.fails(
        &["jws", "sign", "hs", "--exp", "1m", "--claim", "exp=5"],
        b"",
        2,
    );
    assert!(err.contains("\"exp\" is given twice"), "{err}");
    let err = env.fails(&["jws", "sign", "hs", "--raw", "--sub", "x"], b"x", 2);
    assert!(err.contains("--raw"), "{err}");
}

#[test]
fn header_mints_a_fresh_verifiable_jwt() {
    let env = keyed_env();
    let out = text(env.ok(
        &[
            "header", "rs", "--sub", "svc", "--scope", "a", "--exp", "1m",
        ],
        b"",
    ));
    let token = out
        .trim()
        .strip_prefix("Authorization: Bearer ")
        .expect(&out);
    let c = json_of(env.ok(&["jws", "verify", "rs", token, "--scope", "a"], b""));
    assert_eq!(c["sub"], json!("svc"));
    assert_eq!(c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap(), 60);
}

#[test]
fn interop_with_pyjwt_and_jwcrypto_both_ways() {
    let env = keyed_env();
    let dir = env.root();
    let write = |name: &str, data: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, data).unwrap();
        p.to_str().unwrap().to_string()
    };
    let hs_key = write("hs.key", &env.ok(&["get", "hs"], b""));
    let pub_pem = write("rs.pub.pem", &env.ok(&["pubkey", "rs"], b""));
    let pub_jwk = write("rs.jwk", &env.ok(&["pubkey", "rs", "--format", "jwk"], b""));
    let priv_pem = write(
        "rs.pem",
        &env.ok(&["get", "rs", "--field", "private-key"], b""),
    );

    // What we sign, they verify.
    let t = text(env.ok(
        &[
            "jws", "sign", "hs", "--sub", "u1", "--aud", "api", "--scope", "read",
        ],
        b"",
    ));
    let c: Value =
        serde_json::from_str(&python(&["pyjwt-verify-hs256", &hs_key, t.trim(), "api"])).unwrap();
    assert_eq!(
        (c["sub"].clone(), c["scope"].clone()),
        (json!("u1"), json!("read"))
    );
    let t = text(env.ok(&["jws", "sign", "rs", "--sub", "u2", "--aud", "api"], b""));
    let c: Value =
        serde_json::from_str(&python(&["pyjwt-verify-rs256", &pub_pem, t.trim(), "api"])).unwrap();
    assert_eq!(c["sub"], json!("u2"));
    let c: Value =
        serde_json::from_str(&python(&["jwcrypto-verify-rs256", &pub_jwk, t.trim()])).unwrap();
    assert_eq!(c["sub"], json!("u2"));

    // What they sign with our keys, we verify.
    let t = python(&["pyjwt-sign-hs256", &hs_key, "p1", "read write"]);
    let c = json_of(env.ok(&["jws", "verify", "hs", t.trim(), "--scope", "write"], b""));
    assert_eq!(c["sub"], json!("p1"));
    let t = python(&["jwcrypto-sign-rs256", &priv_pem, "p2"]);
    let c = json_of(env.ok(&["jws", "verify", "rs", t.trim(), "--scope", "write"], b""));
    assert_eq!(c["sub"], json!("p2"));

    // What they encrypt to our public JWK, we decrypt (both accepted alg/enc pairs).
    for (alg, enc) in [("RSA-OAEP-256", "A256GCM"), ("RSA-OAEP", "A128GCM")] {
        let t = python(&[
            "jwcrypto-encrypt",
            &pub_jwk,
            alg,
            enc,
            "the eagle has landed",
        ]);
        assert_eq!(
            env.ok(&["jwe", "decrypt", "rs"], t.as_bytes()),
            b"the eagle has landed"
        );
    }
    // What we encrypt, they decrypt.
    let t = text(env.ok(&["jwe", "encrypt", "rs"], "über secret\n".as_bytes()));
    assert_eq!(
        python(&["jwcrypto-decrypt", &priv_pem, t.trim()]),
        "über secret\n"
    );
    // RSA1_5 from them is refused.
    let t = python(&["jwcrypto-encrypt", &pub_jwk, "RSA1_5", "A256GCM", "x"]);
    let err = env.fails(&["jwe", "decrypt", "rs"], t.as_bytes(), 1);
    assert!(err.contains("RSA1_5 key transport is refused"), "{err}");
}

/// One hostile token: the secret to verify with, extra args, the token, a reason.
struct Hostile {
    what: &'static str,
    key: &'static str,
    args: Vec<String>,
    token: Vec<u8>,
    reason: &'static str,
}

#[test]
fn hostile_tokens_are_rejected_with_exit_1_and_a_reason() {
    let env = keyed_env();
    let k = hs_bytes();
    let hdr = r#"{"alg":"HS256","typ":"JWT"}"#;
    let n = now();
    let good = |claims: &str| hs_token(&k, hdr, claims);
    let exp = n + 600;
    let ok_claims = format!(r#"{{"sub":"a","exp":{exp}}}"#);
    // Key confusion: an HS256 token whose HMAC key is the RS256 public key PEM.
    let rs_pub = text(env.ok(&["pubkey", "rs"], b""));
    let confused = hs_token(rs_pub.as_bytes(), r#"{"alg":"HS256"}"#, &ok_claims);
    let good_token = good(&ok_claims);
    let parts: Vec<&str> = good_token.split('.').collect();
    let jwe = text(env.ok(&["jwe", "encrypt", "rs"], b"secret"));
    let mut jwe_parts: Vec<String> = jwe.trim().split('.').map(String::from).collect();
    let c = jwe_parts[3].remove(5);
    jwe_parts[3].insert(5, if c == 'A' { 'B' } else { 'A' });
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let cases = vec![
        Hostile {
            what: "alg none",
            key: "hs",
            args: vec![],
            reason: "alg \"none\"",
            token: format!(
                "{}.{}.",
                B64.encode(r#"{"alg":"none"}"#),
                B64.encode(&ok_claims)
            )
            .into(),
        },
        Hostile {
            what: "key confusion",
            key: "rs",
            args: vec![],
            reason: "\"HS256\" does not match the key's RS256",
            token: confused.into(),
        },
        Hostile {
            what: "wrong signature",
            key: "other",
            args: vec![],
            reason: "signature is invalid",
            token: good_token.clone().into(),
        },
        Hostile {
            what: "expired",
            key: "hs",
            args: vec![],
            reason: "token expired",
            token: good(&format!(r#"{{"exp":{}}}"#, n - 61)).into(),
        },
        Hostile {
            what: "nbf in the future",
            key: "hs",
            args: vec![],
            reason: "not valid before",
            token: good(&format!(r#"{{"exp":{exp},"nbf":{}}}"#, n + 3600)).into(),
        },
        Hostile {
            what: "iat in the future",
            key: "hs",
            args: vec![],
            reason: "issued in the future",
            token: good(&format!(r#"{{"exp":{exp},"iat":{}}}"#, n + 3600)).into(),
        },
        Hostile {
            what: "missing exp",
            key: "hs",
            args: vec![],
            reason: "no \"exp\" claim",
            token: good(r#"{"sub":"a"}"#).into(),
        },
        Hostile {
            what: "exp as a string",
            key: "hs",
            args: vec![],
            reason: "claim \"exp\" has the wrong type",
            token: good(&format!(r#"{{"exp":"{exp}"}}"#)).into(),
        },
        Hostile {
            what: "wrong aud",
            key: "hs",
            args: args(&["--aud", "api"]),
            reason: "audience does not include \"api\"",
            token: good(&format!(r#"{{"exp":{exp},"aud":"apix"}}"#)).into(),
        },
        Hostile {
            what: "aud nobody asked for",
            key: "hs",
            args: vec![],
            reason: "has an audience",
            token: good(&format!(r#"{{"exp":{exp},"aud":"api"}}"#)).into(),
        },
        Hostile {
            what: "wrong iss",
            key: "hs",
            args: args(&["--iss", "me"]),
            reason: "issuer is not \"me\"",
            token: good(&format!(r#"{{"exp":{exp},"iss":"mallory"}}"#)).into(),
        },
        Hostile {
            what: "scope substring",
            key: "hs",
            args: args(&["--scope", "admin"]),
            reason: "lacks required scope \"admin\"",
            token: good(&format!(
                r#"{{"exp":{exp},"scope":"superadmin Admin admins"}}"#
            ))
            .into(),
        },
        Hostile {
            what: "scope in scp only as substring",
            key: "hs",
            args: args(&["--scope", "admin"]),
            reason: "lacks required scope",
            token: good(&format!(r#"{{"exp":{exp},"scp":["read admin"]}}"#)).into(),
        },
        Hostile {
            what: "unknown crit",
            key: "hs",
            args: vec![],
            reason: "unsupported critical header parameter \"x-must\"",
            token: hs_token(
                &k,
                r#"{"alg":"HS256","crit":["x-must"],"x-must":1}"#,
                &ok_claims,
            )
            .into(),
        },
        Hostile {
            what: "duplicate alg",
            key: "hs",
            args: vec![],
            reason: "header is not a JSON object",
            token: hs_token(&k, r#"{"alg":"none","alg":"HS256"}"#, &ok_claims).into(),
        },
        Hostile {
            what: "duplicate exp",
            key: "hs",
            args: vec![],
            reason: "claims are not a JSON object",
            token: good(&format!(r#"{{"exp":1,"exp":{exp}}}"#)).into(),
        },
        Hostile {
            what: "padded base64url",
            key: "hs",
            args: vec![],
            reason: "not canonical base64url",
            token: format!("{}=.{}.{}", parts[0], parts[1], parts[2]).into(),
        },
        Hostile {
            what: "standard base64 alphabet",
            key: "hs",
            args: vec![],
            reason: "not canonical base64url",
            token: format!(
                "{}.{}.{}",
                parts[0],
                parts[1],
                parts[2].replace('-', "+").replace('_', "/") + "+"
            )
            .into(),
        },
        Hostile {
            what: "non-zero trailing bits",
            key: "hs",
            args: vec![],
            reason: "signature is not canonical base64url",
            token: format!("{}.{}.{}", parts[0], parts[1], {
                // 32 bytes -> 43 chars; the last char carries 2 unused bits.
                let mut s = parts[2].to_string();
                let last = s.pop().unwrap();
                let idx = B64_ALPHABET.find(last).unwrap();
                s.push(B64_ALPHABET.as_bytes()[idx | 1] as char);
                s
            })
            .into(),
        },
        Hostile {
            what: "extra segments",
            key: "hs",
            args: vec![],
            reason: "expected 3 dot-separated parts, found 4",
            token: format!("{good_token}.{}", parts[2]).into(),
        },
        Hostile {
            what: "JWE given to jws verify",
            key: "rs",
            args: vec![],
            reason: "found 5",
            token: jwe.clone().into(),
        },
        Hostile {
            what: "oversized",
            key: "hs",
            args: vec![],
            reason: "larger than 65536 bytes",
            token: good(&format!(
                r#"{{"exp":{exp},"pad":"{}"}}"#,
                "A".repeat(70_000)
            ))
            .into(),
        },
        Hostile {
            what: "non-JSON claims",
            key: "hs",
            args: vec![],
            reason: "claims are not a JSON object",
            token: hs_token(&k, hdr, "hello, world").into(),
        },
        Hostile {
            what: "JSON array claims",
            key: "hs",
            args: vec![],
            reason: "claims are not a JSON object",
            token: hs_token(&k, hdr, "[1,2]").into(),
        },
        Hostile {
            what: "lowercase alg",
            key: "hs",
            args: vec![],
            reason: "\"hs256\" does not match",
            token: hs_token(&k, r#"{"alg":"hs256"}"#, &ok_claims).into(),
        },
        Hostile {
            what: "not UTF-8",
            key: "hs",
            args: vec![],
            reason: "token is not text",
            token: b"\xff\xfe.x.y".to_vec(),
        },
        Hostile {
            what: "terminal escapes in alg",
            key: "hs",
            args: vec![],
            reason: "does not match",
            token: hs_token(&k, "{\"alg\":\"\\u001b[2J\\u0007\"}", &ok_claims).into(),
        },
    ];
    assert!(cases.len() >= 15);
    for case in &cases {
        let mut argv = vec!["jws".to_string(), "verify".into(), case.key.into()];
        argv.extend(case.args.iter().cloned());
        let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
        let err = env.fails(&argv, &case.token, 1);
        assert!(
            err.contains(case.reason),
            "{}: expected {:?} in {err}",
            case.what,
            case.reason
        );
        assert!(!err.contains("panicked"), "{}: {err}", case.what);
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{7}'),
            "{}: raw control chars: {err:?}",
            case.what
        );
        assert_one_line_error(&err);
    }
    // The good token passes, so every rejection above is about what was changed.
    env.ok(&["jws", "verify", "hs", &good_token], b"");

    // JWE: a tampered ciphertext, and a tampered key, get the one same message.
    let err = env.fails(&["jwe", "decrypt", "rs"], jwe_parts.join(".").as_bytes(), 1);
    assert!(err.contains("error: decryption failed"), "{err}");
    let mut p: Vec<String> = jwe.trim().split('.').map(String::from).collect();
    p[1] = p[1].chars().rev().collect();
    let err2 = env.fails(&["jwe", "decrypt", "rs"], p.join(".").as_bytes(), 1);
    assert_eq!(err, err2);
    assert_eq!(env.ok(&["jwe", "decrypt", "rs"], jwe.as_bytes()), b"secret");
}

const B64_ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[test]
fn short_keys_are_refused_on_import() {
    let env = TestEnv::new();
    let before = env.vault_bytes();
    let err = env.fails(
        &[
            "add",
            "hs256",
            "short",
            "--from-stdin",
            "--key-encoding",
            "hex",
        ],
        "00".repeat(31).as_bytes(),
        2,
    );
    assert!(err.contains("at least 32 bytes; this one has 31"), "{err}");
    let small = openssl::rsa::Rsa::generate(1024)
        .unwrap()
        .private_key_to_pem()
        .unwrap();
    let path = env.root().join("small.pem");
    std::fs::write(&path, small).unwrap();
    let err = env.fails(
        &[
            "add",
            "rs256",
            "small",
            "--from-file",
            path.to_str().unwrap(),
        ],
        b"",
        2,
    );
    assert!(
        err.contains("at least 2048 bits; this one has 1024"),
        "{err}"
    );
    assert_eq!(env.vault_bytes(), before);
}

#[test]
fn inspect_is_labelled_unverified_and_sanitised() {
    let env = TestEnv::new();
    let token = hs_token(
        &[9; 32],
        r#"{"alg":"HS256","kid":"k\u001b]0;pwned\u0007"}"#,
        "{\"sub\":\"\\u009b31m\\u202eevil\"}",
    );
    let out = env.run(&["jws", "inspect", &token], b"");
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("UNVERIFIED"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        !stdout.chars().any(|c| c.is_control() && c != '\n'),
        "{stdout:?}"
    );
    assert!(!stdout.contains('\u{202e}'));
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["header"]["kid"], json!("k\u{1b}]0;pwned\u{7}"));
    assert_eq!(v["payload"]["sub"], json!("\u{9b}31m\u{202e}evil"));
    assert_eq!(v["verified"], json!(false));
    let err = env.fails(&["jws", "inspect", "a.b"], b"", 1);
    assert!(err.contains("expected 3"), "{err}");
}

#[test]
fn pubkey_formats_and_wrong_types() {
    let env = keyed_env();
    let pem = text(env.ok(&["pubkey", "rs"], b""));
    assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----"));
    assert_eq!(pem, text(env.ok(&["get", "rs"], b"")));
    let set = json_of(env.ok(&["pubkey", "rs", "--format", "jwks", "--use", "sig"], b""));
    let key = &set["keys"][0];
    assert_eq!(
        (key["use"].clone(), key["alg"].clone()),
        (json!("sig"), json!("RS256"))
    );
    assert_eq!(key["e"], json!("AQAB"));
    let err = env.fails(&["pubkey", "hs"], b"", 2);
    assert!(err.contains("needs an rs256 secret"), "{err}");
    let err = env.fails(&["jwe", "encrypt", "hs"], b"x", 2);
    assert!(err.contains("cannot use a hs256 secret"), "{err}");
    env.ok(
        &["add", "password", "pw", "--from-stdin"],
        b"hunter2hunter2",
    );
    let err = env.fails(&["jws", "sign", "pw"], b"", 2);
    assert!(
        err.contains("cannot use a password secret") && !err.contains("hunter2"),
        "{err}"
    );
}

#[test]
fn issue_and_verify_as_of_a_time_with_leeway() {
    let env = keyed_env();
    let sign = |extra: &[&str]| {
        let mut a = vec![
            "jws", "sign", "hs", "--at", "1000", "--exp", "1m", "--sub", "t",
        ];
        a.extend_from_slice(extra);
        text(env.ok(&a, b""))
    };
    // HS256 is deterministic: same claims, same token.
    let t = sign(&["--nbf", "10s"]);
    assert_eq!(t, sign(&["--nbf", "10s"]));
    let c = json_of(env.ok(
        &["jws", "verify", "hs", "--at", "1010", "--leeway", "0"],
        t.as_bytes(),
    ));
    assert_eq!(c, json!({"sub":"t","iat":1000,"nbf":1010,"exp":1060}));
    // exp 1060: valid until 1059 without leeway, until 1119 with the default 60 s.
    env.ok(
        &["jws", "verify", "hs", "--at", "1059", "--leeway", "0"],
        t.as_bytes(),
    );
    let err = env.fails(
        &["jws", "verify", "hs", "--at", "1060", "--leeway", "0"],
        t.as_bytes(),
        1,
    );
    assert!(err.contains("token expired at 1060"), "{err}");
    env.ok(&["jws", "verify", "hs", "--at", "1119"], t.as_bytes());
    let err = env.fails(&["jws", "verify", "hs", "--at", "1120"], t.as_bytes(), 1);
    assert!(err.contains("token expired"), "{err}");
    // nbf 1010: not before 1009 without leeway.
    let err = env.fails(
        &["jws", "verify", "hs", "--at", "1009", "--leeway", "0"],
        t.as_bytes(),
        1,
    );
    assert!(err.contains("not valid before 1010"), "{err}");
    let err = env.fails(
        &["jws", "verify", "hs", "--at", "yesterday"],
        t.as_bytes(),
        2,
    );
    assert!(err.contains("cannot read time"), "{err}");
    // header for an hs256 secret signs with the same options.
    let h = text(env.ok(
        &[
            "header", "hs", "--at", "1000", "--exp", "1m", "--sub", "t", "--nbf", "10s",
        ],
        b"",
    ));
    assert_eq!(h.trim(), format!("Authorization: Bearer {}", t.trim()));
}

#[test]
fn wrong_key_type_error_does_not_contradict_its_hint() {
    let env = keyed_env();
    env.ok(&["add", "password", "pw", "--from-stdin"], b"v");
    // An hs256 key is a JOSE key; the error is about this command, not JOSE as a whole.
    let err = env.fails(&["jwe", "decrypt", "hs"], b"a.b.c.d.e", 2);
    assert!(err.contains("cannot use a hs256 secret"), "{err}");
    assert!(!err.contains("cannot be used for JOSE"), "{err}");
    let err = env.fails(&["jws", "sign", "pw"], b"", 2);
    assert!(err.contains("cannot use a password secret"), "{err}");
}
