//! End-to-end tests: the real binary in a sealed environment against real local peers.
//! One integration binary; a `mod` per area (listed below and checked by
//! `test_no_forgotten_test_files`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod test_db;
mod test_examples;
mod test_gate;
mod test_generated;
mod test_jose;
mod test_jose_asym;
mod test_oauth;
mod test_oauth_domain;
mod test_quickstart;
mod test_secret_types;
mod test_team;
mod test_vault;
mod test_vault_hostile;

#[test]
fn test_no_forgotten_test_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(m) = name.strip_suffix(".rs").filter(|n| n.starts_with("test_")) {
            assert!(
                main.contains(&format!("mod {m};")),
                "tests/cli/{name} is not listed in tests/cli/main.rs"
            );
        }
    }
}
