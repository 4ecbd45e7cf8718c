//! The vault and the static secret types: round trips, storage guarantees, bad input.

use crate::common::{TestEnv, assert_one_line_error};

#[test]
fn password_round_trip_is_byte_exact() {
    let env = TestEnv::new();
    let value = "a b \"q\" 'x' :@%/ é ü 日本 \\ $HOME";
    env.ok(
        &["add", "password", "api", "--from-stdin"],
        value.as_bytes(),
    );
    assert_eq!(env.ok(&["get", "api"], b""), value.as_bytes());
    assert_eq!(
        env.ok(&["header", "api"], b""),
        format!("Authorization: Bearer {value}\n").as_bytes()
    );
}

#[test]
fn unknown_secret_is_a_definite_no_and_changes_nothing() {
    let env = TestEnv::new();
    let before = env.vault_bytes();
    let err = env.fails(&["get", "nope"], b"", 1);
    assert_one_line_error(&err);
    assert_eq!(env.vault_bytes(), before);
}
