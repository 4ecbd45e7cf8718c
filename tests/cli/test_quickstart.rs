//! The README's first set-up command: `examples/quickstart.sh` runs end to end with no
//! terminal, against a real python3 HTTP server and real curl, and curl gets in only
//! with the header that `flowlet-secrets header` printed.

use std::process::{Command, Stdio};

use crate::common::bin;

#[test]
fn quickstart_script_authenticates_curl_without_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/quickstart.sh"
        ))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", tmp.path())
        .env("TMPDIR", tmp.path())
        .env("FLOWLET_SECRETS_BIN", bin())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}\n{stdout}\n{stderr}", out.status);
    // Without the header the local API refuses; with `header api | curl -H @-` it accepts.
    assert!(
        stdout.contains("401: wrong or missing Authorization header\n"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("200 OK: hello, authenticated client\n"),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("api ") && l.contains("password")),
        "{stdout}"
    );
    // The throwaway vault and the server's files are gone.
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with("flowlet-quickstart"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
