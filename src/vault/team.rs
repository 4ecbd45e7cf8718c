//! Team vaults (docs/team.md): the `[team]` table of the payload, keyed fingerprints,
//! the pin that tells a member's vault from a forgery, the three-way merge per secret
//! and the textconv view git shows in diffs.
//!
//! Nothing here touches files, prompts or reads the environment.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::format::{self, Conflict, FormatError, VaultDoc};
use crate::secret::{Entry, SecretValue, vault_value};

/// One member of a team vault: who, and the age recipient the vault is encrypted to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// A short name chosen by the team (`alice`, `ci`).
    pub label: String,
    /// The age recipient: `age1…`, `ssh-ed25519 AAAA…` or `ssh-rsa AAAA…`.
    pub recipient: String,
    /// When the member was added, Unix seconds.
    pub added: i64,
}

/// The `[team]` table of a team vault's payload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Team {
    /// A random id naming the vault in per-machine state (hex, 32 digits).
    pub vault_id: String,
    /// The team key: 32 random bytes, hex. Only members know it.
    #[serde(serialize_with = "vault_value")]
    pub key: SecretValue,
    /// Earlier team keys, oldest first: one chain step per member change.
    #[serde(default, serialize_with = "vault_values")]
    pub previous_keys: Vec<SecretValue>,
    /// The members, in the order they were added.
    pub members: Vec<Member>,
}

fn vault_values<S: serde::Serializer>(v: &[SecretValue], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(v.len()))?;
    for k in v {
        seq.serialize_element(k.expose_secret())?;
    }
    seq.end()
}

fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut b = Zeroizing::new(vec![0u8; bytes]);
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(&*b)
}

/// Errors of the team layer. None carries a value or a key.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    /// The text is not a recipient age can encrypt to.
    #[error("{0:?} is not an age recipient (age1..., ssh-ed25519 AAAA... or ssh-rsa AAAA...)")]
    BadRecipient(String),
    /// A plugin recipient: this build has no age plugin support.
    #[error("{0:?} is an age plugin recipient; this build cannot use age plugins")]
    Plugin(String),
}

/// Parses one member's recipient: age X25519 (`age1…`), `ssh-ed25519 …` or `ssh-rsa …`
/// (age's `ssh` recipients; a trailing comment is allowed).
///
/// # Errors
/// [`TeamError::BadRecipient`], or [`TeamError::Plugin`] for `age1NAME1…` recipients.
pub fn parse_recipient(text: &str) -> Result<Box<dyn age::Recipient + Send>, TeamError> {
    use std::str::FromStr;
    let t = text.trim();
    if t.starts_with("ssh-") {
        return age::ssh::Recipient::from_str(t)
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
            .map_err(|_| TeamError::BadRecipient(t.to_string()));
    }
    if let Ok(r) = age::x25519::Recipient::from_str(t) {
        return Ok(Box::new(r));
    }
    match t.strip_prefix("age1") {
        Some(rest) if rest.contains('1') && !rest.starts_with('1') => {
            Err(TeamError::Plugin(t.to_string()))
        }
        _ => Err(TeamError::BadRecipient(t.to_string())),
    }
}

/// The members' recipients, in order.
///
/// # Errors
/// [`TeamError`] for the first recipient that does not parse.
pub fn recipients(team: &Team) -> Result<Vec<Box<dyn age::Recipient + Send>>, TeamError> {
    team.members
        .iter()
        .map(|m| parse_recipient(&m.recipient))
        .collect()
}

/// Renders and encrypts a team vault to every member: stock `age -d -i MEMBER_KEY`
/// decrypts the result.
///
/// # Errors
/// [`super::VaultError::Render`] or [`super::VaultError::Encrypt`]; nothing is written.
pub fn encrypt_doc(doc: &VaultDoc) -> Result<Vec<u8>, super::VaultError> {
    use super::VaultError;
    use super::crypto::CryptoError;
    let text = format::render(doc).map_err(VaultError::Render)?;
    let team = doc.team.as_ref();
    let rs = team
        .map(recipients)
        .transpose()
        .map_err(|e| VaultError::Encrypt(CryptoError::Corrupt(e.to_string())))?
        .unwrap_or_default();
    let encryptor =
        age::Encryptor::with_recipients(rs.iter().map(|r| r.as_ref() as &dyn age::Recipient))
            .map_err(|e| VaultError::Encrypt(CryptoError::Corrupt(e.to_string())))?;
    let mut out = Vec::with_capacity(text.len() + 256 * rs.len());
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(|e| VaultError::Encrypt(CryptoError::Encrypt(e)))?;
    std::io::Write::write_all(&mut w, text.as_bytes())
        .map_err(|e| VaultError::Encrypt(CryptoError::Encrypt(e)))?;
    w.finish()
        .map_err(|e| VaultError::Encrypt(CryptoError::Encrypt(e)))?;
    Ok(out)
}

/// The pin of a team key: `SHA-256("flowlet-secrets team pin v1\0" || key)`, 32 hex
/// digits. Public: it identifies the key without revealing it.
pub fn key_pin(key: &SecretValue) -> String {
    let mut h = Sha256::new();
    h.update(b"flowlet-secrets team pin v1\0");
    h.update(key.expose_secret().as_bytes());
    hex::encode(&h.finalize()[..16])
}

/// How a vault's team key relates to the pin a machine holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinCheck {
    /// The vault's current key is the pinned one.
    Current,
    /// The pinned key is an earlier key of the chain: the member set changed since.
    Stepped,
    /// The pin is not in the vault's chain: not the vault this machine trusts.
    Unknown,
}

impl Team {
    /// A new team whose only member is the creator.
    pub fn new(label: String, recipient: String, now: i64) -> Team {
        Team {
            vault_id: random_hex(16),
            key: SecretValue::new(random_hex(32)),
            previous_keys: Vec::new(),
            members: vec![Member {
                label,
                recipient,
                added: now,
            }],
        }
    }

    /// The pin of the current team key (see [`key_pin`]).
    pub fn pin(&self) -> String {
        key_pin(&self.key)
    }

    /// Compares a pin held by this machine with the vault's key chain.
    pub fn check_pin(&self, pin: &str) -> PinCheck {
        if self.pin() == pin {
            PinCheck::Current
        } else if self.previous_keys.iter().any(|k| key_pin(k) == pin) {
            PinCheck::Stepped
        } else {
            PinCheck::Unknown
        }
    }

    /// A chain step: the current key joins `previous_keys` and a new key is drawn.
    /// Called on every change of the member set.
    pub fn step_key(&mut self) {
        let old = std::mem::replace(&mut self.key, SecretValue::new(random_hex(32)));
        self.previous_keys.push(old);
    }

    /// The member with `label`.
    pub fn member(&self, label: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.label == label)
    }

    /// The member set as `label recipient` lines, sorted: what `recipients ack` accepts.
    pub fn member_set(&self) -> BTreeSet<String> {
        self.members
            .iter()
            .map(|m| format!("{} {}", m.label, m.recipient))
            .collect()
    }

    /// A keyed fingerprint of a secret's value: HMAC-SHA256 under the team key over the
    /// secret's id and its typed fields, 12 hex digits. Without the team key no guess
    /// can be tested against it offline.
    ///
    /// # Errors
    /// [`FormatError::Serialize`] when the secret cannot be rendered.
    pub fn fingerprint(&self, name: &str, entry: &Entry) -> Result<String, FormatError> {
        fingerprint(&self.key, name, entry)
    }
}

/// See [`Team::fingerprint`]; `key` is the team key (or, for a vault without a team, a
/// key of the caller's choosing).
///
/// # Errors
/// [`FormatError::Serialize`] when the secret cannot be rendered.
pub fn fingerprint(key: &SecretValue, name: &str, entry: &Entry) -> Result<String, FormatError> {
    let data = format::data_text(name, &entry.data)?;
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.expose_secret().as_bytes())
        .map_err(|_| FormatError::Serialize(name.to_string()))?;
    mac.update(b"flowlet-secrets fingerprint v1\0");
    mac.update(format::entry_id(name, entry).as_bytes());
    mac.update(b"\0");
    mac.update(data.as_bytes());
    Ok(hex::encode(&mac.finalize().into_bytes()[..6]))
}

/// After a write to a team vault: every secret whose content changed gets
/// `updated_by = writer`, and a new value clears `rotation_due` (a description edit
/// does not). Compares by stable id, so a rename alone stamps nothing but the name.
///
/// # Errors
/// [`FormatError::Serialize`] when a secret cannot be rendered for comparison.
pub fn stamp_changes(
    before: &VaultDoc,
    after: &mut VaultDoc,
    writer: Option<&str>,
) -> Result<(), FormatError> {
    let mut old = BTreeMap::new();
    for (name, e) in &before.secrets {
        old.insert(format::entry_id(name, e), (name, e));
    }
    for (name, e) in after.secrets.iter_mut() {
        let prev = old.get(&format::entry_id(name, e)).copied();
        let changed = match prev {
            None => true,
            Some((pn, pe)) => *format::entry_text(pn, pe)? != *format::entry_text(name, e)?,
        };
        if !changed {
            continue;
        }
        let new_value = match prev {
            None => true,
            Some((pn, pe)) => {
                *format::data_text(pn, &pe.data)? != *format::data_text(name, &e.data)?
            }
        };
        if new_value {
            e.rotation_due = false;
        }
        if let Some(w) = writer {
            e.updated_by = Some(w.to_string());
        }
    }
    Ok(())
}

/// The result of [`merge`]: the merged document (ours where a secret conflicts, theirs
/// kept in [`VaultDoc::conflicts`]) and the names of the conflicting secrets.
#[derive(Debug)]
pub struct Merged {
    /// The merged document.
    pub doc: VaultDoc,
    /// Names of the secrets both sides changed differently, sorted.
    pub conflicts: Vec<String>,
    /// True when both sides changed the member set differently (ours is kept).
    pub team_conflict: bool,
}

/// A secret as the merge sees it: its name and its canonical text (everything but the
/// name and the `updated`/`updated_by` stamps, which a rename or an edit on either side
/// bumps; the merged secret takes the later stamp). The text holds values: it is wiped
/// on drop.
struct Side<'a> {
    name: &'a str,
    entry: &'a Entry,
    text: Zeroizing<String>,
}

fn sides(doc: &VaultDoc) -> Result<BTreeMap<String, Side<'_>>, FormatError> {
    let mut out = BTreeMap::new();
    for (name, entry) in &doc.secrets {
        let mut bare = entry.clone();
        bare.updated = 0;
        bare.updated_by = None;
        let text = format::entry_text(name, &bare)?;
        out.insert(format::entry_id(name, entry), Side { name, entry, text });
    }
    Ok(out)
}

fn pick<T: PartialEq + ?Sized>(base: &T, ours: &T, theirs: &T) -> Option<bool> {
    // Some(true): take ours; Some(false): take theirs; None: conflict.
    if ours == theirs || theirs == base {
        Some(true)
    } else if ours == base {
        Some(false)
    } else {
        None
    }
}

/// Three-way merge of decrypted vaults, per secret keyed by its stable id (so a rename
/// on one side and an edit on the other merge). Names and contents merge separately; a
/// side equal to the base yields to the other. A secret changed differently on both
/// sides (or removed on one and changed on the other, or one name taken by two
/// secrets) is a conflict: ours stays, theirs goes to [`VaultDoc::conflicts`].
///
/// # Errors
/// [`FormatError::Serialize`] when a secret cannot be rendered for comparison.
pub fn merge(base: &VaultDoc, ours: &VaultDoc, theirs: &VaultDoc) -> Result<Merged, FormatError> {
    let (b, o, t) = (sides(base)?, sides(ours)?, sides(theirs)?);
    let ids: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    let mut doc = VaultDoc {
        secrets: BTreeMap::new(),
        team: ours.team.clone(),
        conflicts: ours.conflicts.clone(),
    };
    let mut conflicts = BTreeSet::new();
    // (id, name, entry) of theirs that lost a name clash.
    let put = |doc: &mut VaultDoc,
               conflicts: &mut BTreeSet<String>,
               name: &str,
               entry: Entry,
               theirs: Option<Conflict>| {
        if let Some(c) = theirs {
            conflicts.insert(name.to_string());
            doc.conflicts.insert(name.to_string(), c);
        }
        if doc.secrets.contains_key(name) {
            // Two secrets ended up with one name: ours keeps it.
            conflicts.insert(name.to_string());
            doc.conflicts
                .insert(name.to_string(), Conflict::Theirs(Box::new(entry)));
        } else {
            doc.secrets.insert(name.to_string(), entry);
        }
    };
    let mut later = Vec::new();
    for id in ids {
        match (b.get(id), o.get(id), t.get(id)) {
            (_, None, None) => {}
            (None, Some(x), None) | (None, None, Some(x)) => later.push((x.name, x.entry.clone())),
            (None, Some(x), Some(y)) => {
                if x.name == y.name && x.text == y.text {
                    later.push((x.name, x.entry.clone()));
                } else if x.name == y.name {
                    put(
                        &mut doc,
                        &mut conflicts,
                        x.name,
                        x.entry.clone(),
                        Some(Conflict::Theirs(Box::new(y.entry.clone()))),
                    );
                } else {
                    later.push((x.name, x.entry.clone()));
                    later.push((y.name, y.entry.clone()));
                }
            }
            (Some(b), Some(x), None) => {
                if !(x.name == b.name && x.text == b.text) {
                    // Removed by theirs, changed by us.
                    put(
                        &mut doc,
                        &mut conflicts,
                        x.name,
                        x.entry.clone(),
                        Some(Conflict::Deleted { deleted: true }),
                    );
                }
            }
            (Some(b), None, Some(y)) => {
                if !(y.name == b.name && y.text == b.text) {
                    // Removed by us, changed by theirs: ours (no secret) stays.
                    conflicts.insert(y.name.to_string());
                    doc.conflicts.insert(
                        y.name.to_string(),
                        Conflict::Theirs(Box::new(y.entry.clone())),
                    );
                }
            }
            (Some(b), Some(x), Some(y)) => {
                let name = pick(b.name, x.name, y.name);
                let text = pick(b.text.as_str(), x.text.as_str(), y.text.as_str());
                match (name, text) {
                    (Some(n), Some(c)) => {
                        let name = if n { x.name } else { y.name };
                        let mut entry = if c { x.entry } else { y.entry }.clone();
                        let later_side = if y.entry.updated > x.entry.updated {
                            y
                        } else {
                            x
                        };
                        entry.updated = later_side.entry.updated;
                        entry.updated_by = later_side.entry.updated_by.clone();
                        later.push((name, entry));
                    }
                    _ => put(
                        &mut doc,
                        &mut conflicts,
                        x.name,
                        x.entry.clone(),
                        Some(Conflict::Theirs(Box::new(y.entry.clone()))),
                    ),
                }
            }
        }
    }
    for (name, entry) in later {
        put(&mut doc, &mut conflicts, name, entry, None);
    }
    let text = |t: &Option<Team>| -> Result<Option<Zeroizing<String>>, FormatError> {
        t.as_ref().map(format::team_text).transpose()
    };
    let (bt, ot, tt) = (text(&base.team)?, text(&ours.team)?, text(&theirs.team)?);
    let team_conflict = match pick(&bt, &ot, &tt) {
        Some(true) => false,
        Some(false) => {
            doc.team = theirs.team.clone();
            false
        }
        None => true,
    };
    Ok(Merged {
        doc,
        conflicts: conflicts.into_iter().collect(),
        team_conflict,
    })
}

fn time(unix: i64) -> String {
    match std::time::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(unix.max(0) as u64)) {
        Some(t) => humantime::format_rfc3339_seconds(t).to_string(),
        None => unix.to_string(),
    }
}

/// The text `git diff` shows for a decrypted vault: a header, the members, then one
/// line per secret with name, type, updated time, who changed it and the keyed
/// fingerprint. Never a value. Names and labels are shown through `clean`
/// (terminal-safe).
///
/// # Errors
/// [`FormatError::Serialize`] when a secret cannot be rendered for its fingerprint.
pub fn textconv(doc: &VaultDoc, clean: impl Fn(&str) -> String) -> Result<String, FormatError> {
    let mut out = String::new();
    // A vault without a team table is fingerprinted with a key nobody knows: the line
    // still changes with the value within one run, never across runs.
    let fallback;
    let key = match &doc.team {
        Some(t) => {
            let _ = writeln!(out, "# flowlet-secrets team vault {}", t.vault_id);
            for m in &t.members {
                let _ = writeln!(
                    out,
                    "member {} {} added {}",
                    clean(&m.label),
                    clean(&m.recipient),
                    time(m.added)
                );
            }
            &t.key
        }
        None => {
            let _ = writeln!(out, "# flowlet-secrets vault");
            fallback = SecretValue::new(random_hex(32));
            &fallback
        }
    };
    for (name, e) in &doc.secrets {
        let _ = writeln!(
            out,
            "secret {} type={} updated={} by={} fingerprint={}{}",
            clean(name),
            e.data.kind(),
            time(e.updated),
            clean(e.updated_by.as_deref().unwrap_or("-")),
            fingerprint(key, name, e)?,
            if e.rotation_due { " rotation-due" } else { "" }
        );
    }
    for name in doc.conflicts.keys() {
        let _ = writeln!(out, "conflict {}", clean(name));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{Password, SecretData};

    fn pw(v: &str, updated: i64) -> Entry {
        Entry {
            data: SecretData::Password(Password {
                value: SecretValue::new(v.into()),
                header_name: None,
            }),
            description: None,
            created: 1,
            updated,
            id: None,
            updated_by: None,
            rotation_due: false,
        }
    }

    fn doc(items: &[(&str, Entry)]) -> VaultDoc {
        let mut d = VaultDoc::default();
        for (n, e) in items {
            d.secrets.insert(n.to_string(), e.clone());
        }
        // Through the format, as the driver sees them: ids become explicit.
        format::parse(format::render(&d).unwrap().as_bytes()).unwrap()
    }

    fn value(d: &VaultDoc, name: &str) -> String {
        match &d.secrets[name].data {
            SecretData::Password(p) => p.value.expose_secret().to_string(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn different_secrets_merge_cleanly() {
        let base = doc(&[("a", pw("1", 1)), ("b", pw("2", 1)), ("c", pw("3", 1))]);
        let mut ours = base.clone();
        ours.secrets.get_mut("a").unwrap().data = pw("1x", 2).data;
        ours.secrets.insert("new".into(), pw("n", 2));
        let mut theirs = base.clone();
        let b = theirs.secrets.remove("b").unwrap();
        theirs.secrets.insert("b2".into(), b);
        theirs.secrets.remove("c");
        let m = merge(&base, &ours, &theirs).unwrap();
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let names: Vec<_> = m.doc.secrets.keys().cloned().collect();
        assert_eq!(names, ["a", "b2", "new"]);
        assert_eq!(value(&m.doc, "a"), "1x");
    }

    #[test]
    fn rename_and_edit_of_one_secret_merge() {
        let base = doc(&[("a", pw("1", 1))]);
        let mut ours = base.clone();
        // Both sides bump `updated` (a rename does too): the stamps do not conflict.
        let mut a = ours.secrets.remove("a").unwrap();
        a.updated = 5;
        a.updated_by = Some("r".into());
        ours.secrets.insert("renamed".into(), a);
        let mut theirs = base.clone();
        let t = theirs.secrets.get_mut("a").unwrap();
        t.data = pw("edited", 2).data;
        t.updated = 7;
        t.updated_by = Some("e".into());
        for (x, y) in [(&ours, &theirs), (&theirs, &ours)] {
            let m = merge(&base, x, y).unwrap();
            assert!(m.conflicts.is_empty());
            assert_eq!(m.doc.secrets.keys().collect::<Vec<_>>(), ["renamed"]);
            assert_eq!(value(&m.doc, "renamed"), "edited");
            assert_eq!(m.doc.secrets["renamed"].updated, 7);
            assert_eq!(m.doc.secrets["renamed"].updated_by.as_deref(), Some("e"));
        }
    }

    #[test]
    fn same_secret_conflicts_keep_ours_and_theirs() {
        let base = doc(&[("a", pw("1", 1)), ("b", pw("2", 1))]);
        let mut ours = base.clone();
        ours.secrets.get_mut("a").unwrap().data = pw("ours", 2).data;
        ours.secrets.get_mut("b").unwrap().data = pw("ours", 2).data;
        let mut theirs = base.clone();
        theirs.secrets.get_mut("a").unwrap().data = pw("theirs", 2).data;
        theirs.secrets.remove("b");
        let m = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(m.conflicts, ["a", "b"]);
        assert_eq!(value(&m.doc, "a"), "ours");
        assert!(matches!(m.doc.conflicts["a"], Conflict::Theirs(_)));
        assert!(matches!(m.doc.conflicts["b"], Conflict::Deleted { .. }));
        // Both sides adding one name with different content conflict too.
        let mut o2 = base.clone();
        o2.secrets.insert("n".into(), pw("x", 5));
        let mut t2 = base.clone();
        t2.secrets.insert("n".into(), pw("y", 6));
        assert_eq!(merge(&base, &o2, &t2).unwrap().conflicts, ["n"]);
        // Identical changes agree.
        assert!(merge(&base, &ours, &ours).unwrap().conflicts.is_empty());
    }

    #[test]
    fn fingerprints_are_keyed_and_follow_the_value() {
        let t = Team::new("a".into(), "age1x".into(), 0);
        let mut t2 = t.clone();
        t2.step_key();
        let e = pw("v", 1);
        let f = t.fingerprint("n", &e).unwrap();
        assert_eq!(f.len(), 12);
        assert_eq!(f, t.fingerprint("n", &pw("v", 9)).unwrap());
        assert_ne!(f, t.fingerprint("n", &pw("w", 1)).unwrap());
        assert_ne!(f, t2.fingerprint("n", &e).unwrap());
        assert_eq!(t2.check_pin(&t.pin()), PinCheck::Stepped);
        assert_eq!(t2.check_pin(&t2.pin()), PinCheck::Current);
        assert_eq!(t.check_pin(&t2.pin()), PinCheck::Unknown);
        assert!(!format!("{t:?}").contains(t.key.expose_secret()));
    }

    #[test]
    fn textconv_never_shows_a_value() {
        let mut d = doc(&[("a", pw("CANARY-VALUE", 1))]);
        d.team = Some(Team::new("alice".into(), "age1x".into(), 0));
        let text = textconv(&d, |s| s.to_string()).unwrap();
        assert!(!text.contains("CANARY"), "{text}");
        assert!(text.contains("secret a type=password"), "{text}");
        assert!(!text.contains(d.team.as_ref().unwrap().key.expose_secret()));
    }
}
