//! The OS keyring cache for the vault identity.
//!
//! Secret Service (D-Bus) is used when a session bus is present and answers within
//! [`PROBE_TIMEOUT`]; otherwise the Linux kernel keyring (keyutils: a key in the
//! user keyring readable by the same uid). A keyring that does not answer
//! never hangs a command: the probe runs on a thread and is abandoned after the timeout.
//! There is never a plaintext fallback: without a keyring, the passphrase is asked.

use std::sync::mpsc;
use std::time::Duration;

use keyring::Entry;
use zeroize::Zeroizing;

/// How long the Secret Service may take to answer before we fall back.
pub const PROBE_TIMEOUT: Duration = Duration::from_millis(1500);

const SERVICE: &str = "flowlet-secrets";

/// Which keyring holds (or would hold) the identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The freedesktop Secret Service over the session D-Bus.
    SecretService,
    /// The Linux kernel keyring (keyutils).
    KernelKeyring,
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Backend::SecretService => "Secret Service",
            Backend::KernelKeyring => "kernel keyring",
        })
    }
}

/// Errors of the keyring cache.
#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    /// No keyring answered (no session bus and keyutils refused, or a timeout).
    #[error("no OS keyring is available ({0})")]
    Unavailable(String),
    /// The keyring answered with an error.
    #[error("the {backend} failed: {message}")]
    Failed {
        /// Which keyring.
        backend: Backend,
        /// Its message (never contains the stored value).
        message: String,
    },
}

/// The kernel keyring slot: a `user` key in the user keyring (`@u`).
///
/// Keys get possessor-only permissions by default, and a process without a session
/// keyring (cron, CI, containers) does not possess the user-session keyring, so a key
/// stored there is unreadable by the next process. The user keyring plus explicit
/// user permissions (keyrings(7), keyctl_setperm(3)) works for every process of the
/// same uid, which is the same reach the Secret Service gives.
mod kernel {
    use std::time::Duration;

    use linux_keyutils::{KeyError, KeyPermissionsBuilder, KeyRing, KeyRingIdentifier, Permission};

    fn ring() -> Result<KeyRing, KeyError> {
        KeyRing::from_special_id(KeyRingIdentifier::User, true)
    }

    fn description(user: &str) -> String {
        format!("{}:{user}", super::SERVICE)
    }

    pub fn get(user: &str) -> Result<Option<Vec<u8>>, KeyError> {
        match ring()?.search(&description(user)) {
            Ok(key) => key.read_to_vec().map(Some),
            Err(KeyError::KeyDoesNotExist | KeyError::KeyExpired | KeyError::KeyRevoked) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    pub fn set(user: &str, secret: &[u8], timeout: Option<Duration>) -> Result<(), KeyError> {
        let key = ring()?.add_key(&description(user), secret)?;
        let perms = KeyPermissionsBuilder::builder()
            .posessor(Permission::ALL)
            .user(Permission::ALL)
            .build();
        key.set_perms(perms)?;
        if let Some(t) = timeout {
            // keyctl_set_timeout(3): the kernel revokes the key after this many seconds.
            key.set_timeout(t.as_secs().max(1).try_into().unwrap_or(usize::MAX))?;
        }
        Ok(())
    }

    pub fn delete(user: &str) -> Result<bool, KeyError> {
        match ring()?.search(&description(user)) {
            Ok(key) => key.invalidate().map(|()| true),
            Err(KeyError::KeyDoesNotExist | KeyError::KeyExpired | KeyError::KeyRevoked) => {
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }
}

fn ss_entry(user: &str) -> Result<Entry, keyring::Error> {
    Ok(Entry::new_with_credential(Box::new(
        keyring::secret_service::SsCredential::new_with_target(None, SERVICE, user)?,
    )))
}

/// Runs `op` against the Secret Service on a thread, giving up after [`PROBE_TIMEOUT`].
fn secret_service<T: Send + 'static>(
    user: &str,
    op: impl FnOnce(Entry) -> Result<T, keyring::Error> + Send + 'static,
) -> Result<T, KeyringError> {
    let user = user.to_string();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(ss_entry(&user).and_then(op));
    });
    match rx.recv_timeout(PROBE_TIMEOUT) {
        Ok(r) => r.map_err(classify),
        Err(_) => Err(KeyringError::Unavailable(format!(
            "the Secret Service did not answer within {} ms",
            PROBE_TIMEOUT.as_millis()
        ))),
    }
}

fn classify(e: keyring::Error) -> KeyringError {
    match e {
        keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
            KeyringError::Unavailable(format!("Secret Service: {e}"))
        }
        e => KeyringError::Failed {
            backend: Backend::SecretService,
            message: e.to_string(),
        },
    }
}

fn kernel_err(e: linux_keyutils::KeyError) -> KeyringError {
    KeyringError::Unavailable(format!("kernel keyring: {e:?}"))
}

/// One backend's answer to "get".
fn get_from(backend: Backend, user: &str) -> Result<Option<String>, KeyringError> {
    match backend {
        Backend::KernelKeyring => match kernel::get(user).map_err(kernel_err)? {
            Some(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| KeyringError::Failed {
                    backend,
                    message: "the cached entry is not text".into(),
                }),
            None => Ok(None),
        },
        Backend::SecretService => secret_service(user, |e| match e.get_password() {
            Ok(s) => Ok(Some(s)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        }),
    }
}

fn set_in(
    backend: Backend,
    user: &str,
    text: &str,
    timeout: Option<Duration>,
) -> Result<(), KeyringError> {
    match backend {
        Backend::KernelKeyring => kernel::set(user, text.as_bytes(), timeout).map_err(kernel_err),
        Backend::SecretService => {
            let text = Zeroizing::new(text.to_string());
            secret_service(user, move |e| e.set_password(&text))
        }
    }
}

fn delete_in(backend: Backend, user: &str) -> Result<bool, KeyringError> {
    match backend {
        Backend::KernelKeyring => kernel::delete(user).map_err(kernel_err),
        Backend::SecretService => secret_service(user, |e| match e.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(e),
        }),
    }
}

/// A handle on the keyring slot of one vault (`user` from
/// [`super::VaultPaths::keyring_user`]), with the backends to try in order.
pub struct IdentityCache {
    user: String,
    backends: Vec<Backend>,
}

impl IdentityCache {
    /// `session_bus` is true when `DBUS_SESSION_BUS_ADDRESS` is set: only then is the
    /// Secret Service tried, before the kernel keyring.
    pub fn new(user: String, session_bus: bool) -> Self {
        let backends = if session_bus {
            vec![Backend::SecretService, Backend::KernelKeyring]
        } else {
            vec![Backend::KernelKeyring]
        };
        IdentityCache { user, backends }
    }

    /// The cached identity text, if any. `Ok(None)` = no entry in any keyring;
    /// an error = no keyring could be asked (the caller warns and asks the passphrase).
    pub fn get(&self) -> Result<Option<Zeroizing<String>>, KeyringError> {
        let mut answered = false;
        let mut last = None;
        for &b in &self.backends {
            match get_from(b, &self.user) {
                Ok(Some(s)) => return Ok(Some(Zeroizing::new(s))),
                Ok(None) => answered = true,
                Err(e) => last = Some(e),
            }
        }
        match last {
            Some(e) if !answered => Err(e),
            _ => Ok(None),
        }
    }

    /// Stores the identity text; returns the backend that took it.
    /// `timeout` makes the kernel keyring forget the identity after that long; the
    /// Secret Service has no expiry, so there the entry stays until [`Self::delete`].
    pub fn set(
        &self,
        identity_text: &str,
        timeout: Option<Duration>,
    ) -> Result<Backend, KeyringError> {
        let mut last = KeyringError::Unavailable("no backend".into());
        for &b in &self.backends {
            match set_in(b, &self.user, identity_text, timeout) {
                Ok(()) => return Ok(b),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    /// Removes the identity from every keyring; returns how many entries were removed.
    pub fn delete(&self) -> Result<usize, KeyringError> {
        let mut removed = 0;
        let mut last = None;
        let mut answered = false;
        for &b in &self.backends {
            match delete_in(b, &self.user) {
                Ok(true) => removed += 1,
                Ok(false) => answered = true,
                Err(e) => last = Some(e),
            }
        }
        match last {
            Some(e) if removed == 0 && !answered => Err(e),
            _ => Ok(removed),
        }
    }
}
