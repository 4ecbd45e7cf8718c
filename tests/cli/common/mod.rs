//! The sealed test environment: a temp vault made with the library, and the real binary
//! run with a cleared environment plus an allowlist.

#![allow(dead_code)]

pub mod db;
pub mod nginx;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use std::io::Write;

pub mod idp;

/// The binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_flowlet-secrets"))
}

/// The passphrase of every test vault.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// One sealed environment: temp HOME, a vault, its plain identity file, a passphrase file.
pub struct TestEnv {
    pub tmp: tempfile::TempDir,
    pub vault_dir: PathBuf,
    pub identity_file: PathBuf,
    pub passphrase_file: PathBuf,
    /// Extra environment variables for every command.
    pub env: Vec<(String, String)>,
    /// Whether commands get FLOWLET_SECRETS_IDENTITY_FILE (the default, fast unlock).
    pub use_identity_file: bool,
}

impl TestEnv {
    /// A new environment with an initialised, empty vault. identity.age is encrypted with
    /// [`PASSPHRASE`] at a low scrypt work factor so tests stay fast.
    #[must_use]
    pub fn new() -> TestEnv {
        let env = TestEnv::uninitialised();
        let identity = age::x25519::Identity::generate();
        let text = flowlet_secrets::vault::crypto::identity_file_text(&identity);
        std::fs::write(&env.identity_file, text.as_bytes()).unwrap();
        let mut recipient = age::scrypt::Recipient::new(PASSPHRASE.to_string().into());
        recipient.set_work_factor(10);
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut encrypted = Vec::new();
        let mut w = encryptor.wrap_output(&mut encrypted).unwrap();
        w.write_all(text.as_bytes()).unwrap();
        w.finish().unwrap();
        let paths = flowlet_secrets::vault::VaultPaths::new(&env.vault_dir);
        flowlet_secrets::vault::store::init(&paths, &identity, &encrypted).unwrap();
        env
    }

    /// A new environment with no vault yet (for `init` tests).
    #[must_use]
    pub fn uninitialised() -> TestEnv {
        let tmp = tempfile::tempdir().unwrap();
        let vault_dir = tmp.path().join("vault");
        let identity_file = tmp.path().join("identity.txt");
        let passphrase_file = tmp.path().join("passphrase.txt");
        std::fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).unwrap();
        std::fs::create_dir_all(tmp.path().join("home")).unwrap();
        TestEnv {
            tmp,
            vault_dir,
            identity_file,
            passphrase_file,
            env: Vec::new(),
            use_identity_file: true,
        }
    }

    /// The temp directory root.
    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    /// A command for the binary with a cleared environment.
    #[must_use]
    pub fn command(&self) -> Command {
        let mut c = Command::new(bin());
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.root().join("home"))
            .env("XDG_DATA_HOME", self.root().join("home/.local/share"))
            .env("NO_COLOR", "1")
            .env("FLOWLET_SECRETS_DIR", &self.vault_dir)
            .current_dir(self.root());
        if self.use_identity_file {
            c.env("FLOWLET_SECRETS_IDENTITY_FILE", &self.identity_file);
        }
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    /// Runs the binary with `args` and `stdin` bytes.
    #[must_use]
    pub fn run(&self, args: &[&str], stdin: &[u8]) -> Output {
        let mut c = self.command();
        c.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        {
            let mut si = child.stdin.take().unwrap();
            // The command may exit before reading stdin; ignore EPIPE.
            let _ = si.write_all(stdin);
        }
        child.wait_with_output().unwrap()
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str], stdin: &[u8]) -> Vec<u8> {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "{args:?} failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// Runs and asserts failure with `code`; returns stderr as text.
    #[must_use]
    pub fn fails(&self, args: &[&str], stdin: &[u8], code: i32) -> String {
        let out = self.run(args, stdin);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        stderr
    }

    /// The vault file's bytes (to check that a failure changed nothing).
    #[must_use]
    pub fn vault_bytes(&self) -> Vec<u8> {
        std::fs::read(self.vault_dir.join("vault.age")).unwrap()
    }

    /// Decrypts the vault with the library and returns the plaintext TOML.
    #[must_use]
    pub fn plaintext(&self) -> String {
        let text = std::fs::read_to_string(&self.identity_file).unwrap();
        let id = flowlet_secrets::vault::crypto::parse_identity(&text).unwrap();
        let ct = self.vault_bytes();
        let pt = flowlet_secrets::vault::crypto::decrypt_with(&id, &ct[..], ct.len()).unwrap();
        String::from_utf8(pt.to_vec()).unwrap()
    }
}

/// Asserts that stderr is one `error:` line plus `hint:` lines at most.
pub fn assert_one_line_error(stderr: &str) {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("hint:")).collect();
    assert_eq!(lines.len(), 1, "expected one error line, got:\n{stderr}");
    assert!(lines[0].starts_with("error: "), "{stderr}");
}

/// A free loopback TCP port (bound then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
