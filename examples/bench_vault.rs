//! Builds a vault for `bench/vault.sh`: COUNT password secrets, written by the library's
//! own canonical renderer and encrypted exactly as `init` and `add` would, in seconds
//! instead of COUNT `add` runs. Also writes the plain age identity, for `age -d -i`.
//!
//! Usage: `bench_vault DIR COUNT PASSPHRASE_FILE IDENTITY_OUT`; prints the plaintext size
//! in bytes on stdout.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;

use rand::Rng;
use rand::distributions::Alphanumeric;

use flowlet_secrets::secret::{Entry, Password, SecretData, SecretValue};
use flowlet_secrets::vault::format::{self, VaultDoc};
use flowlet_secrets::vault::{VaultPaths, crypto, store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, count, passphrase_file, identity_out] = &args[..] else {
        eprintln!("usage: bench_vault DIR COUNT PASSPHRASE_FILE IDENTITY_OUT");
        std::process::exit(2);
    };
    let count: usize = count.parse()?;
    let passphrase = std::fs::read_to_string(passphrase_file)?
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();

    let identity = age::x25519::Identity::generate();
    let encrypted_identity = crypto::encrypt_identity(&identity, passphrase.into())?;
    let paths = VaultPaths::new(dir);
    store::init(&paths, &identity, &encrypted_identity)?;

    // Tokens like real API tokens (40 characters), a description on every fourth.
    let mut rng = rand::thread_rng();
    let mut doc = VaultDoc::default();
    let now = flowlet_secrets::secret::now_unix();
    for i in 0..count {
        let value: String = (&mut rng)
            .sample_iter(&Alphanumeric)
            .take(40)
            .map(char::from)
            .collect();
        doc.secrets.insert(
            format!("secret-{i:06}"),
            Entry {
                data: SecretData::Password(Password {
                    value: SecretValue::new(value),
                    header_name: None,
                }),
                description: (i % 4 == 0).then(|| format!("API token for service {i}")),
                created: now,
                updated: now,
                id: None,
                updated_by: None,
                rotation_due: false,
            },
        );
    }
    let text = format::render(&doc)?;
    let ciphertext = crypto::encrypt_to(&identity.to_public(), text.as_bytes())?;
    std::fs::write(paths.vault(), ciphertext)?;

    let mut out = std::fs::OpenOptions::new()
        .create_new(true)
        .write(true)
        .mode(0o600)
        .open(identity_out)?;
    out.write_all(crypto::identity_file_text(&identity).as_bytes())?;
    println!("{}", text.len());
    Ok(())
}
