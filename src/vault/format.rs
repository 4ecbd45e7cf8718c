//! The vault document: a versioned TOML text that we write in one canonical layout.
//!
//! ```toml
//! version = 1
//!
//! [secrets."api"]
//! type = "password"
//! value = "…"
//! created = 1764428400
//! updated = 1764428400
//! ```
//!
//! Every string is written as a single-line basic string (escapes for newlines and
//! controls) and every nested value inline, so each secret is exactly one
//! `[secrets."NAME"]` header followed by `key = value` lines. That lets a read find one
//! secret by scanning for its header and parse only that fragment ([`find_entry`]),
//! which keeps `get` near the cost of the age decrypt even with 100,000 secrets.
//! The text stays plain TOML: `age -d vault.age` shows a file any TOML reader parses.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use zeroize::Zeroizing;

use super::team::Team;
use crate::secret::Entry;

/// The format version this build reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// Errors reading or writing the vault document.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// The decrypted text is not UTF-8.
    #[error("the decrypted vault is not UTF-8 text")]
    NotUtf8,
    /// The `version` line is missing.
    #[error("the decrypted vault has no format version")]
    NoVersion,
    /// The vault was written by a newer flowlet-secrets.
    #[error(
        "vault format version {0} is not supported (this build reads version {FORMAT_VERSION})"
    )]
    UnsupportedVersion(i64),
    /// The TOML does not parse, or a secret does not match its type. The message is
    /// toml's, without the offending text (which could be a secret value).
    #[error("the decrypted vault does not parse: {0}")]
    Parse(String),
    /// A secret could not be turned into TOML.
    #[error("could not serialize secret {0:?}")]
    Serialize(String),
}

/// The whole vault: secrets by name, sorted.
#[derive(Debug, Default, Clone)]
pub struct VaultDoc {
    /// The secrets, keyed by name.
    pub secrets: BTreeMap<String, Entry>,
    /// The `[team]` table of a team vault (docs/team.md); `None` for a personal vault.
    pub team: Option<Team>,
    /// Their side of secrets a git merge could not merge, by name, until `resolve`.
    pub conflicts: BTreeMap<String, Conflict>,
}

/// Their side of a merge conflict on one secret.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(untagged)]
pub enum Conflict {
    /// They removed the secret (`deleted = true`).
    Deleted {
        /// Always true.
        deleted: bool,
    },
    /// Their version of the secret.
    Theirs(Box<Entry>),
}

#[derive(serde::Deserialize)]
struct RawDoc {
    #[serde(default)]
    secrets: BTreeMap<String, Entry>,
    #[serde(default)]
    team: Option<Team>,
    #[serde(default)]
    conflicts: BTreeMap<String, Conflict>,
}

/// A secret's stable id: its `id` field, else one derived from its name and creation
/// time (vaults written before ids existed), so both sides of a merge derive the same.
pub fn entry_id(name: &str, entry: &Entry) -> String {
    if let Some(id) = &entry.id {
        return id.clone();
    }
    use sha2::Digest as _;
    let mut h = sha2::Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\0");
    h.update(entry.created.to_le_bytes());
    hex::encode(&h.finalize()[..8])
}

/// Reads the `version = N` line that starts the document.
fn read_version(text: &str) -> Result<i64, FormatError> {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("version") {
            let rest = rest.trim_start();
            if let Some(v) = rest.strip_prefix('=') {
                return v.trim().parse().map_err(|_| FormatError::NoVersion);
            }
        }
        return Err(FormatError::NoVersion);
    }
    Err(FormatError::NoVersion)
}

fn check_version(text: &str) -> Result<(), FormatError> {
    match read_version(text)? {
        FORMAT_VERSION => Ok(()),
        v => Err(FormatError::UnsupportedVersion(v)),
    }
}

/// The text of a toml error without the source snippet it quotes (a snippet could hold
/// a secret value): its first line only, which names the line and column.
fn redact_toml_error(e: &toml::de::Error) -> String {
    let message = redact_quoted(e.message());
    match e.span() {
        Some(span) => format!("{message} (at byte {})", span.start),
        None => message,
    }
}

/// Replaces every double-quoted string in a serde message with `"…"`: serde quotes the
/// value it did not expect (`invalid type: string "hunter2", expected i64`), and that
/// value can be a secret in the wrong place. Names in backticks are kept.
fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            out.push(c);
            continue;
        }
        out.push_str("\"…\"");
        let mut escaped = false;
        for c in chars.by_ref() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => break,
                _ => {}
            }
        }
    }
    out
}

/// Parses the whole decrypted document.
///
/// # Errors
/// [`FormatError`] when the text is not UTF-8, has no or an unsupported version, or
/// does not match the secret types.
pub fn parse(bytes: &[u8]) -> Result<VaultDoc, FormatError> {
    let text = std::str::from_utf8(bytes).map_err(|_| FormatError::NotUtf8)?;
    check_version(text)?;
    let raw: RawDoc =
        toml::from_str(text).map_err(|e| FormatError::Parse(redact_toml_error(&e)))?;
    let mut secrets = raw.secrets;
    for (name, e) in secrets.iter_mut() {
        if e.id.is_none() {
            e.id = Some(entry_id(name, e));
        }
    }
    Ok(VaultDoc {
        secrets,
        team: raw.team,
        conflicts: raw.conflicts,
    })
}

/// Finds one secret without parsing the rest of the document.
///
/// Whenever [`parse`] accepts the text, the answer is exactly `parse(text)?.secrets
/// .remove(name)`. The fast way (one scan, then a parse of that secret's lines only) is
/// taken only when the text's structure is provably the canonical one ([`locate`]);
/// otherwise, or when the name is absent, this is a full [`parse`].
///
/// When the full parse would reject the text because of *another* secret's lines (a
/// bad value, an unknown type), the fast way still answers for this one; it never
/// answers with a value the full parse would not give.
pub fn find_entry(bytes: &[u8], name: &str) -> Result<Option<Entry>, FormatError> {
    let text = std::str::from_utf8(bytes).map_err(|_| FormatError::NotUtf8)?;
    check_version(text)?;
    let Some(range) = locate(text, name) else {
        return Ok(parse(bytes)?.secrets.remove(name));
    };
    let entry: Entry =
        toml::from_str(&text[range]).map_err(|e| FormatError::Parse(redact_toml_error(&e)))?;
    let mut entry = entry;
    if entry.id.is_none() {
        entry.id = Some(entry_id(name, &entry));
    }
    Ok(Some(entry))
}

/// The byte range of the lines of `[secrets."NAME"]` (after its header line, up to the
/// next header), when the text is provably laid out as [`render`] writes it, so that
/// the range is exactly the table a full TOML parse gives that name. `None` defers to
/// the full parse. The proof, checked in one pass over the line starts:
///
/// - no multi-line string (`"""`, `'''`): every line is a logical line;
/// - no line starts with a space or a tab: then a line starting with `[` is the only
///   way to write a table header (TOML 1.0 allows indented headers, so indented text
///   defers);
/// - every line that starts with `[` is exactly `[secrets."BODY"]` then a newline or
///   the end, BODY written as [`quote`] writes it ([`canonical_body`]): no bare,
///   literal-quoted, escaped or spaced spelling of a name, no sub-table, no array of
///   tables, no trailing comment, no CR. Equal names then have equal header bytes, so
///   a duplicate table is seen by comparing bytes;
/// - the names of the headers, in order, are strictly increasing (as [`render`] writes
///   them, from a sorted map): no table is defined twice, under any name. An unsorted
///   hand-edited text defers; the next write sorts it;
/// - before the first header there are only blank lines, comments and the `version`
///   line: no root key (`secrets = {…}`, `secrets.a.value = …`) adds to a table.
///
/// Key lines cannot reach outside their table (TOML keys are relative to the current
/// table; inline tables and arrays are values), so the table of NAME is exactly its
/// lines. Multi-line arrays stay inside their table: a continuation line starting with
/// `[` is not a canonical header and defers, and a canonical header line is no value.
fn locate(text: &str, name: &str) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    if memchr::memmem::find(bytes, br#"""""#).is_some()
        || memchr::memmem::find(bytes, b"'''").is_some()
    {
        return None;
    }
    let header = format!("[secrets.{}]", quote(name));
    let mut first_header = None;
    let mut found: Option<usize> = None;
    let mut previous: Option<std::borrow::Cow<'_, str>> = None;
    // One SIMD pass over the '[' bytes (rare: headers and arrays). str::match_indices
    // (Two-Way) took a tenth of `get` at 100,000 secrets, a visit of every line start
    // a fifth, three passes (`\n[`, ` [`, `\t[`) a sixth (bench/vault.sh).
    for i in memchr::memchr_iter(b'[', bytes) {
        let at_line_start = match i.checked_sub(1).map(|j| bytes[j]) {
            None | Some(b'\n') => true,
            // An indented '[' starts a header too (only spaces and tabs before it).
            Some(b' ' | b'\t') => {
                let mut j = i;
                while j > 0 && matches!(bytes[j - 1], b' ' | b'\t') {
                    j -= 1;
                }
                if j == 0 || bytes[j - 1] == b'\n' {
                    return None;
                }
                false
            }
            Some(_) => false,
        };
        if !at_line_start {
            continue;
        }
        let at = i;
        let (end, body) = canonical_header(text, at)?;
        first_header.get_or_insert(at);
        let this = unquote_canonical(body);
        if previous.as_ref().is_some_and(|p| *p >= this) {
            // Unsorted, or a table defined twice: the full parse decides.
            return None;
        }
        previous = Some(this);
        if &bytes[at..end] == header.as_bytes() {
            found = Some(end);
        }
    }
    let start = found?;
    // Only the version line, comments and blank lines before the first header.
    let mut versions = 0;
    for line in text[..first_header.unwrap_or(0)].lines() {
        if line.starts_with("version") {
            versions += 1;
        } else if !(line.is_empty() || line.starts_with('#')) {
            return None;
        }
    }
    if versions != 1 {
        return None;
    }
    // The fragment ends at the next line starting with '[', a canonical header.
    let end = memchr::memmem::find(&bytes[start..], b"\n[").map_or(bytes.len(), |i| start + i + 1);
    Some(start..end)
}

/// The end of the header line at `at` (`[secrets."BODY"]`, before its newline) and
/// BODY, when the line is canonical, else `None`.
fn canonical_header(text: &str, at: usize) -> Option<(usize, &str)> {
    let bytes = text.as_bytes();
    const PREFIX: &[u8] = br#"[secrets.""#;
    let body_start = at + PREFIX.len();
    if bytes.get(at..body_start)? != PREFIX {
        return None;
    }
    // The body ends at the first unescaped quote; the bytes of a multi-byte character
    // are never '"' or '\', so stepping over one byte after a backslash is sound.
    let mut i = body_start;
    let mut escaped = false;
    // Printable ASCII without a backslash is canonical as it stands (the usual case).
    let mut plain = true;
    loop {
        let b = *bytes.get(i)?;
        match b {
            b'\n' => return None,
            b'"' if !escaped => break,
            b'\\' if !escaped => escaped = true,
            _ => escaped = false,
        }
        plain &= (0x20..0x7f).contains(&b) && b != b'\\';
        i += 1;
    }
    let body = text.get(body_start..i)?;
    if !plain && !canonical_body(body) {
        return None;
    }
    let end = i + 2;
    match (bytes.get(i + 1), bytes.get(end)) {
        (Some(b']'), None | Some(b'\n')) => Some((end, body)),
        _ => None,
    }
}

/// The string a [`canonical_body`] denotes (borrowed when it has no escape).
fn unquote_canonical(body: &str) -> std::borrow::Cow<'_, str> {
    if !body.contains('\\') {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                if let Some(d) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(d);
                }
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

/// True when `body` (between the quotes of a basic string) is exactly what [`quote`]
/// writes for the string it denotes: no raw control character (C0, DEL, C1; a raw tab
/// would name the same key as `\t`), and only the escapes `quote` uses (`\"`, `\\`,
/// `\n`, `\r`, `\t`, and `\uXXXX` in upper-case hex for the other control characters).
fn canonical_body(body: &str) -> bool {
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c.is_control() {
            return false;
        }
        if c != '\\' {
            continue;
        }
        match chars.next() {
            Some('"' | '\\' | 'n' | 'r' | 't') => {}
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let upper_hex = hex.len() == 4
                    && hex
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
                let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                match decoded {
                    Some(d) if upper_hex && d.is_control() && !matches!(d, '\n' | '\r' | '\t') => {}
                    _ => return false,
                }
            }
            _ => return false,
        }
    }
    true
}

/// Renders the document in the canonical layout described in the module docs.
///
/// # Errors
/// [`FormatError::Serialize`] when a secret cannot be expressed in TOML.
pub fn render(doc: &VaultDoc) -> Result<Zeroizing<String>, FormatError> {
    let mut out = Zeroizing::new(String::with_capacity(64 + doc.secrets.len() * 256));
    let _ = writeln!(
        out,
        "# flowlet-secrets vault (TOML); written by flowlet-secrets, edit with care"
    );
    let _ = writeln!(out, "version = {FORMAT_VERSION}");
    if let Some(team) = &doc.team {
        out.push_str("\n[team]\n");
        out.push_str(&team_text(team)?);
    }
    for (name, entry) in &doc.secrets {
        let _ = write!(out, "\n[secrets.{}]\n", quote(name));
        out.push_str(&entry_text(name, entry)?);
    }
    for (name, c) in &doc.conflicts {
        let _ = write!(out, "\n[conflicts.{}]\n", quote(name));
        match c {
            Conflict::Deleted { .. } => out.push_str("deleted = true\n"),
            Conflict::Theirs(entry) => out.push_str(&entry_text(name, entry)?),
        }
    }
    Ok(out)
}

/// One secret's `key = value` lines in the canonical layout (`type` first, the id
/// always present). Holds values: wiped on drop.
///
/// # Errors
/// [`FormatError::Serialize`] when the secret cannot be expressed in TOML.
pub fn entry_text(name: &str, entry: &Entry) -> Result<Zeroizing<String>, FormatError> {
    let value =
        toml::Value::try_from(entry).map_err(|_| FormatError::Serialize(name.to_string()))?;
    let toml::Value::Table(mut table) = value else {
        return Err(FormatError::Serialize(name.to_string()));
    };
    table
        .entry("id")
        .or_insert_with(|| toml::Value::String(entry_id(name, entry)));
    let mut out = Zeroizing::new(String::new());
    // `type` first, so the text reads well when decrypted by hand.
    if let Some(t) = table.get("type") {
        out.push_str("type = ");
        emit_inline(&mut out, t);
        out.push('\n');
    }
    emit_table(&mut out, &table, &["type"]);
    Ok(out)
}

/// The typed fields of a secret alone (no metadata), one inline table: what a
/// fingerprint covers. Holds values: wiped on drop.
///
/// # Errors
/// [`FormatError::Serialize`] when the secret cannot be expressed in TOML.
pub fn data_text(
    name: &str,
    data: &crate::secret::SecretData,
) -> Result<Zeroizing<String>, FormatError> {
    let value =
        toml::Value::try_from(data).map_err(|_| FormatError::Serialize(name.to_string()))?;
    let mut out = Zeroizing::new(String::new());
    emit_inline(&mut out, &value);
    Ok(out)
}

/// The `[team]` table's `key = value` lines. Holds the team key: wiped on drop.
///
/// # Errors
/// [`FormatError::Serialize`] when the table cannot be expressed in TOML.
pub fn team_text(team: &Team) -> Result<Zeroizing<String>, FormatError> {
    let value = toml::Value::try_from(team).map_err(|_| FormatError::Serialize("[team]".into()))?;
    let toml::Value::Table(table) = value else {
        return Err(FormatError::Serialize("[team]".into()));
    };
    let mut out = Zeroizing::new(String::new());
    emit_table(&mut out, &table, &[]);
    Ok(out)
}

fn emit_table(out: &mut String, table: &toml::Table, skip: &[&str]) {
    for (k, v) in table.iter().filter(|(k, _)| !skip.contains(&k.as_str())) {
        emit_key(out, k);
        out.push_str(" = ");
        emit_inline(out, v);
        out.push('\n');
    }
}

fn emit_key(out: &mut String, key: &str) {
    if !key.is_empty()
        && key
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
    {
        out.push_str(key);
    } else {
        out.push_str(&quote(key));
    }
}

/// A TOML basic string on one line (TOML 1.0 §String): `"`, `\` and every control
/// character escaped, so no value can span lines or forge a table header.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

fn push_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn emit_inline(out: &mut String, v: &toml::Value) {
    match v {
        toml::Value::String(s) => push_quoted(out, s),
        toml::Value::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        toml::Value::Float(f) => {
            let _ = write!(out, "{f:?}");
        }
        toml::Value::Boolean(b) => {
            let _ = write!(out, "{b}");
        }
        toml::Value::Datetime(d) => {
            let _ = write!(out, "{d}");
        }
        toml::Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                emit_inline(out, x);
            }
            out.push(']');
        }
        toml::Value::Table(t) => {
            out.push('{');
            for (i, (k, x)) in t.iter().enumerate() {
                out.push_str(if i > 0 { ", " } else { " " });
                emit_key(out, k);
                out.push_str(" = ");
                emit_inline(out, x);
            }
            out.push_str(if t.is_empty() { "}" } else { " }" });
        }
    }
}

#[cfg(test)]
#[path = "format_differential.rs"]
mod differential;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{BasicAuth, Entry, HeaderPair, Headers, Password, SecretData, SecretValue};

    fn entry(data: SecretData) -> Entry {
        Entry {
            data,
            description: Some("d \"q\"".into()),
            created: 1,
            updated: 2,
            id: None,
            updated_by: None,
            rotation_due: false,
        }
    }

    #[test]
    fn type_errors_do_not_quote_values() {
        let text = "version = 1\n[secrets.\"a\"]\ntype = \"password\"\nvalue = \"v\"\ncreated = \"hunter2-secret\"\nupdated = 1\n";
        for e in [
            parse(text.as_bytes()).unwrap_err(),
            find_entry(text.as_bytes(), "a").unwrap_err(),
        ] {
            let msg = e.to_string();
            assert!(!msg.contains("hunter2"), "{msg}");
            assert!(msg.contains("expected i64"), "{msg}");
        }
    }

    #[test]
    fn find_entry_agrees_with_parse_on_hand_written_text() {
        let secret =
            |v: &str| format!("type = \"password\"\ncreated = 1\nupdated = 1\nvalue = \"{v}\"\n");
        // Two tables with one name: parse refuses it, so must find_entry.
        let dup = format!(
            "version = 1\n[secrets.\"a\"]\n{}[secrets.\"a\"]\n{}",
            secret("one"),
            secret("two")
        );
        assert!(parse(dup.as_bytes()).is_err());
        assert!(find_entry(dup.as_bytes(), "a").is_err());
        // A forged header inside a multi-line string is not a secret.
        let forged = format!(
            "version = 1\n[secrets.\"a\"]\ntype = \"password\"\ncreated = 1\nupdated = 1\nvalue = '''x\n[secrets.\"b\"]\n{}description = \"\" # '''\n",
            secret("forged")
        );
        let doc = parse(forged.as_bytes()).unwrap();
        assert_eq!(doc.secrets.keys().collect::<Vec<_>>(), ["a"]);
        assert!(find_entry(forged.as_bytes(), "b").unwrap().is_none());
        assert!(find_entry(forged.as_bytes(), "a").unwrap().is_some());
    }

    fn sample() -> VaultDoc {
        let mut doc = VaultDoc::default();
        let tricky =
            "line1\n[secrets.\"evil\"]\ntype = \"password\"\n\"quote\" \\ é \u{7f} \0".to_string();
        doc.secrets.insert(
            "a.b".into(),
            entry(SecretData::Password(Password {
                value: SecretValue::new(tricky),
                header_name: Some("X-API-KEY".into()),
            })),
        );
        doc.secrets.insert(
            "basic".into(),
            entry(SecretData::Basic(BasicAuth {
                username: "u".into(),
                password: SecretValue::new("p:@%/".into()),
            })),
        );
        doc.secrets.insert(
            "h".into(),
            entry(SecretData::Headers(Headers {
                headers: vec![HeaderPair {
                    name: "X-A".into(),
                    value: SecretValue::new("1".into()),
                }],
            })),
        );
        doc
    }

    #[test]
    fn render_parse_round_trip() {
        let doc = sample();
        let text = render(&doc).unwrap();
        let back = parse(text.as_bytes()).unwrap();
        assert_eq!(back.secrets.len(), 3);
        assert_eq!(render(&back).unwrap().as_str(), text.as_str());
        // Every line is a header, a key = value pair, a comment or blank.
        for line in text.lines() {
            assert!(
                line.is_empty()
                    || line.starts_with('#')
                    || line.starts_with("[secrets.")
                    || line.contains(" = "),
                "{line}"
            );
        }
    }

    #[test]
    fn find_entry_matches_full_parse_and_resists_forged_headers() {
        let text = render(&sample()).unwrap();
        let e = find_entry(text.as_bytes(), "a.b").unwrap().unwrap();
        match e.data {
            SecretData::Password(p) => {
                assert!(p.value.expose_secret().starts_with("line1\n[secrets."))
            }
            other => panic!("{other:?}"),
        }
        assert!(find_entry(text.as_bytes(), "evil").unwrap().is_none());
        assert!(find_entry(text.as_bytes(), "h").unwrap().is_some());
    }

    #[test]
    fn versions() {
        assert!(matches!(
            parse(b"version = 2\n"),
            Err(FormatError::UnsupportedVersion(2))
        ));
        assert!(matches!(parse(b"[secrets]\n"), Err(FormatError::NoVersion)));
        assert!(parse(b"version = 1\n").unwrap().secrets.is_empty());
        assert!(matches!(parse(&[0xff, 0xfe]), Err(FormatError::NotUtf8)));
    }

    #[test]
    fn parse_errors_do_not_quote_values() {
        let text =
            "version = 1\n[secrets.\"x\"]\ntype = \"password\"\nvalue = \"hunter2\"\nbogus\n";
        let e = parse(text.as_bytes()).unwrap_err().to_string();
        assert!(!e.contains("hunter2"), "{e}");
    }
}
