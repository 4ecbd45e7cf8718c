//! `inject` and `run` masking throughput (criterion), for issue 13's budgets: a 1 MB
//! template with 1,000 references rendered in well under 100 ms, and 1 MB of child output
//! through the masker adding under 2 ms (compare `mask_1mb` with `copy_1mb`).

#![allow(missing_docs, clippy::unwrap_used)]

use std::io::Write;
use std::sync::Arc;

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use flowlet_secrets::mask::{Masker, SecretSet};
use flowlet_secrets::reference::{Reference, render_template};
use zeroize::Zeroizing;

const MB: usize = 1 << 20;

/// About 1 MB of config text with 1,000 references to 100 distinct secrets.
fn template() -> Vec<u8> {
    let filler = "setting.key = some value that is not a secret {{ .Go.template }} \\{{ x }}\n";
    let mut t = String::with_capacity(MB + 4096);
    let mut i = 0;
    while t.len() < MB {
        for _ in 0..13 {
            t.push_str(filler);
        }
        t.push_str(&format!(
            "password_{i} = {{{{ flowlet://secret-{}/password }}}}\n",
            i % 100
        ));
        i += 1;
    }
    assert!(i >= 1000, "{i} references");
    t.into_bytes()
}

/// About 1 MB of log lines, 20 of them carrying one of 10 secrets.
fn output(secrets: &[String]) -> Vec<u8> {
    let mut out = Vec::with_capacity(MB + 4096);
    let mut i = 0;
    while out.len() < MB {
        if i % 700 == 0 {
            writeln!(out, "token={}", secrets[i / 700 % secrets.len()]).unwrap();
        } else {
            writeln!(
                out,
                "2026-01-01T00:00:00Z INFO request {i} served in 3 ms from cache"
            )
            .unwrap();
        }
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = template();
    let resolve = |r: &Reference| -> Result<Zeroizing<Vec<u8>>, ()> {
        Ok(Zeroizing::new(format!("value-of-{}", r.name).into_bytes()))
    };
    c.bench_function("inject_1mb_1000_refs", |b| {
        b.iter(|| render_template(black_box(&text), resolve).unwrap())
    });

    let secrets: Vec<String> = (0..10)
        .map(|i| format!("sk_live_{i:02}_4eC39HqLyjWDarjtT1zdp7dc"))
        .collect();
    let set = Arc::new(SecretSet::new(&secrets));
    let data = output(&secrets);
    // As `run` does: 16 KiB reads, each written and flushed.
    c.bench_function("mask_1mb", |b| {
        b.iter(|| {
            let mut m = Masker::new(Vec::with_capacity(MB + 4096), set.clone());
            for chunk in data.chunks(16 * 1024) {
                m.write_all(chunk).unwrap();
                m.flush().unwrap();
            }
            black_box(m.finish().unwrap())
        })
    });
    c.bench_function("copy_1mb", |b| {
        b.iter(|| {
            let mut m = Vec::with_capacity(MB + 4096);
            for chunk in data.chunks(16 * 1024) {
                m.write_all(chunk).unwrap();
                m.flush().unwrap();
            }
            black_box(m)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
