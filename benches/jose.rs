//! In-process JOSE throughput (criterion): RS256 and HS256 sign and verify with a key
//! loaded once (as `gate` would), to compare with `openssl speed rsa2048` (see bench/jose.sh).
//! ES256 and EdDSA with the RustCrypto crates we use (p256, ed25519-dalek) next to josekit
//! (OpenSSL) for the same algorithms, plus key loading from PEM and from the raw stored
//! bytes: what a one-shot process pays besides the signature.

#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use flowlet_secrets::jose::ed25519::Ed25519Key;
use flowlet_secrets::jose::es256::Es256Key;
use flowlet_secrets::jose::sign::SigningKey;
use flowlet_secrets::jose::verify::{VerifyPolicy, VerifyingKey};
use flowlet_secrets::secret::{SecretData, hs256_from_bytes, rs256_generate};
use serde_json::json;

fn bench(c: &mut Criterion) {
    let rs = SecretData::Rs256(rs256_generate(2048).unwrap());
    let hs = SecretData::Hs256(hs256_from_bytes(&[7; 32]).unwrap());
    let claims = json!({"sub": "svc", "scope": "orders:read", "iat": 1_700_000_000, "exp": 4_000_000_000i64});
    let claims = claims.as_object().unwrap().clone();
    let policy = VerifyPolicy::at(1_700_000_000);
    for (name, key) in [("rs256", &rs), ("hs256", &hs)] {
        let signer = SigningKey::new(key).unwrap();
        c.bench_function(&format!("{name}_sign"), |b| {
            b.iter(|| signer.sign_jwt(black_box(&claims)).unwrap())
        });
        let token = signer.sign_jwt(&claims).unwrap();
        let verifier = VerifyingKey::new(key).unwrap();
        c.bench_function(&format!("{name}_verify"), |b| {
            b.iter(|| verifier.verify_jwt(black_box(&token), &policy).unwrap())
        });
    }
}

fn bench_asym(c: &mut Criterion) {
    use josekit::jws::{JwsSigner, JwsVerifier};

    let claims = json!({"sub": "svc", "iat": 1_700_000_000, "exp": 4_000_000_000i64});
    let claims = claims.as_object().unwrap().clone();
    let policy = VerifyPolicy::at(1_700_000_000);
    let es = Es256Key::generate();
    let ed = Ed25519Key::generate();
    let es_pem = es.to_pkcs8_pem().unwrap();
    let ed_pem = ed.to_pkcs8_pem().unwrap();
    let es_raw = es.private_bytes();
    let ed_raw = ed.private_bytes();
    let pairs = [
        (
            "es256",
            SigningKey::es256(es.clone()),
            VerifyingKey::es256(es.public_key()),
        ),
        (
            "eddsa",
            SigningKey::ed25519(ed.clone()),
            VerifyingKey::ed25519(ed.public_key()),
        ),
    ];
    for (name, signer, verifier) in &pairs {
        c.bench_function(&format!("{name}_sign"), |b| {
            b.iter(|| signer.sign_jwt(black_box(&claims)).unwrap())
        });
        let token = signer.sign_jwt(&claims).unwrap();
        c.bench_function(&format!("{name}_verify"), |b| {
            b.iter(|| verifier.verify_jwt(black_box(&token), &policy).unwrap())
        });
    }
    c.bench_function("es256_load_pkcs8_pem", |b| {
        b.iter(|| Es256Key::from_pem(black_box(&es_pem)).unwrap())
    });
    c.bench_function("es256_load_raw", |b| {
        b.iter(|| Es256Key::from_private_bytes(black_box(&es_raw)).unwrap())
    });
    c.bench_function("eddsa_load_pkcs8_pem", |b| {
        b.iter(|| Ed25519Key::from_pem(black_box(&ed_pem)).unwrap())
    });
    c.bench_function("eddsa_load_raw", |b| {
        b.iter(|| Ed25519Key::from_private_bytes(black_box(&ed_raw)).unwrap())
    });

    // The same algorithms through josekit/OpenSSL, for the crate choice.
    let input = b"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzdmMifQ";
    let jk_es = josekit::jws::ES256
        .signer_from_pem(es_pem.as_bytes())
        .unwrap();
    let jk_es_v = josekit::jws::ES256
        .verifier_from_pem(es.public_key().to_pem().unwrap().as_bytes())
        .unwrap();
    let jk_ed = josekit::jws::EdDSA
        .signer_from_pem(ed_pem.as_bytes())
        .unwrap();
    let jk_ed_v = josekit::jws::EdDSA
        .verifier_from_pem(ed.public_key().to_pem().unwrap().as_bytes())
        .unwrap();
    c.bench_function("josekit_es256_sign", |b| {
        b.iter(|| jk_es.sign(black_box(input)).unwrap())
    });
    let sig = jk_es.sign(input).unwrap();
    c.bench_function("josekit_es256_verify", |b| {
        b.iter(|| jk_es_v.verify(black_box(input), &sig).unwrap())
    });
    c.bench_function("josekit_eddsa_sign", |b| {
        b.iter(|| jk_ed.sign(black_box(input)).unwrap())
    });
    let sig = jk_ed.sign(input).unwrap();
    c.bench_function("josekit_eddsa_verify", |b| {
        b.iter(|| jk_ed_v.verify(black_box(input), &sig).unwrap())
    });
    c.bench_function("josekit_es256_load_pem", |b| {
        b.iter(|| {
            josekit::jws::ES256
                .signer_from_pem(black_box(es_pem.as_bytes()))
                .unwrap()
        })
    });
}

criterion_group!(benches, bench, bench_asym);
criterion_main!(benches);
