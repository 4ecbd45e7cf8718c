//! ES256 and EdDSA interop both ways with PyJWT and jwcrypto (tests/jose/interop.py),
//! through the library: the CLI commands for these key types come in a later stage, so
//! this calls `flowlet_secrets::jose` directly.

use std::path::Path;
use std::process::Command;

use flowlet_secrets::jose::ed25519::{Ed25519Key, Ed25519PublicKey};
use flowlet_secrets::jose::es256::{Es256Key, Es256PublicKey};
use flowlet_secrets::jose::jwk::{KeyUse, parse_jwk};
use flowlet_secrets::jose::sign::SigningKey;
use flowlet_secrets::jose::verify::{VerifyPolicy, VerifyingKey};
use serde_json::{Map, Value, json};

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

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Signs with our key; PyJWT (PEM) and jwcrypto (our JWK, kid = its thumbprint) verify.
fn ours_verified_by_python(alg: &str, signer: SigningKey, pem: String, jwk: Map<String, Value>) {
    let dir = tempfile::tempdir().unwrap();
    let pem_path = dir.path().join("public.pem");
    let jwk_path = dir.path().join("public.jwk");
    std::fs::write(&pem_path, pem).unwrap();
    std::fs::write(&jwk_path, Value::Object(jwk).to_string()).unwrap();
    let mut claims = Map::new();
    claims.insert("sub".into(), json!(format!("ours-{alg}")));
    claims.insert("exp".into(), json!(now() + 300));
    let token = signer.sign_jwt(&claims).unwrap();
    let out = python(&[
        "verify-asym",
        alg,
        pem_path.to_str().unwrap(),
        jwk_path.to_str().unwrap(),
        &token,
    ]);
    let got: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(got["sub"], json!(format!("ours-{alg}")));
}

/// Python makes a key and two tokens; we import every form of the key and verify both.
fn python_verified_by_us(alg: &str) -> (tempfile::TempDir, Value) {
    let dir = tempfile::tempdir().unwrap();
    let out = python(&["make-asym", alg, dir.path().to_str().unwrap(), "theirs"]);
    (dir, serde_json::from_str(&out).unwrap())
}

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).unwrap()
}

#[test]
fn es256_interop_both_ways() {
    let key = Es256Key::generate();
    let public = key.public_key();
    ours_verified_by_python(
        "ES256",
        SigningKey::es256(key),
        public.to_pem().unwrap(),
        public.jwk(Some(KeyUse::Sig)).unwrap(),
    );

    let (dir, made) = python_verified_by_us("ES256");
    let from_pkcs8 = Es256Key::from_pem(&read(&dir, "private.pem")).unwrap();
    let from_sec1 = Es256Key::from_pem(&read(&dir, "sec1.pem")).unwrap();
    let from_jwk =
        Es256Key::from_jwk(&parse_jwk(read(&dir, "private.jwk").as_bytes()).unwrap()).unwrap();
    let public =
        Es256PublicKey::from_jwk(&parse_jwk(read(&dir, "public.jwk").as_bytes()).unwrap()).unwrap();
    for k in [&from_pkcs8, &from_sec1, &from_jwk] {
        assert_eq!(k.public_key(), public);
    }
    assert_eq!(json!(public.thumbprint()), made["thumbprint"]);
    let verifier = VerifyingKey::es256(public);
    for who in ["pyjwt", "jwcrypto"] {
        let claims = verifier
            .verify_jwt(made[who].as_str().unwrap(), &VerifyPolicy::at(now()))
            .unwrap_or_else(|e| panic!("{who}: {e}"));
        assert_eq!(claims["sub"], json!("theirs"));
    }
}

#[test]
fn eddsa_interop_both_ways() {
    let key = Ed25519Key::generate();
    let public = key.public_key();
    ours_verified_by_python(
        "EdDSA",
        SigningKey::ed25519(key),
        public.to_pem().unwrap(),
        public.jwk(Some(KeyUse::Sig)).unwrap(),
    );

    let (dir, made) = python_verified_by_us("EdDSA");
    let from_pkcs8 = Ed25519Key::from_pem(&read(&dir, "private.pem")).unwrap();
    let from_jwk =
        Ed25519Key::from_jwk(&parse_jwk(read(&dir, "private.jwk").as_bytes()).unwrap()).unwrap();
    let public =
        Ed25519PublicKey::from_jwk(&parse_jwk(read(&dir, "public.jwk").as_bytes()).unwrap())
            .unwrap();
    assert_eq!(from_pkcs8.public_key(), public);
    assert_eq!(from_jwk.public_key(), public);
    assert_eq!(json!(public.thumbprint()), made["thumbprint"]);
    let verifier = VerifyingKey::ed25519(public);
    for who in ["pyjwt", "jwcrypto"] {
        let claims = verifier
            .verify_jwt(made[who].as_str().unwrap(), &VerifyPolicy::at(now()))
            .unwrap_or_else(|e| panic!("{who}: {e}"));
        assert_eq!(claims["sub"], json!("theirs"));
    }
}
