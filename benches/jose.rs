//! In-process JOSE throughput (criterion): RS256 and HS256 sign and verify with a key
//! loaded once (as `gate` would), to compare with `openssl speed rsa2048` (see bench/jose.sh).

#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
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

criterion_group!(benches, bench);
criterion_main!(benches);
