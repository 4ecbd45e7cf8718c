//! Differential property test of the fast read path (issue 10, item 10): over generated
//! TOML documents mixing the canonical layout with every other way TOML offers to say
//! the same thing (other quotings and escapes of a name, indented or spaced headers,
//! dotted keys, inline tables, `[secrets]` tables, comments, CRLF, multi-line strings
//! and arrays holding header-like text), `find_entry(name)` must give exactly what
//! `parse()` then a lookup gives, for every name.

use proptest::prelude::*;

use super::{find_entry, locate, parse, quote, render};

/// Names that stress quoting: bare, dotted, non-ASCII, quote, tab, C1, empty, header-like.
const NAMES: &[&str] = &[
    "a",
    "b",
    "a.b",
    "é",
    "q\"t",
    "t\tb",
    "c1\u{85}",
    "esc\u{1b}",
    "c1\u{9f}",
    "",
    "[secrets.\"a\"]",
    "x y",
];

fn is_bare(n: &str) -> bool {
    !n.is_empty()
        && n.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

/// One way to write the key of a name (in a header or a dotted key).
fn spell_key(n: &str, how: u8) -> String {
    match how % 6 {
        1 if is_bare(n) => n.to_string(),
        2 if !n.contains(['\'', '\n', '\r']) && !n.chars().any(|c| c.is_control() && c != '\t') => {
            format!("'{n}'")
        }
        3 => {
            // Every character escaped, in lower- or upper-case hex.
            let mut s = String::from("\"");
            for c in n.chars() {
                if how & 0x10 != 0 {
                    s.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    s.push_str(&format!("\\U{:08X}", c as u32));
                }
            }
            s.push('"');
            s
        }
        4 if n.contains('\t') => format!("\"{n}\""), // a raw tab inside basic quotes
        // The canonical escapes of control characters, in lower-case hex.
        5 => quote(n)
            .replace("\\u001B", "\\u001b")
            .replace("\\u009F", "\\u009f"),
        _ => quote(n),
    }
}

/// One way to spell a table header for `secrets.NAME`.
fn header(n: &str, how: u8, deco: u8) -> String {
    let key = spell_key(n, how);
    let (indent, sp) = match deco % 8 {
        1 => ("  ", ""),
        2 => ("\t", ""),
        3 => ("", " "),
        _ => ("", ""),
    };
    let secrets = match (deco / 8) % 4 {
        1 => "\"secrets\"",
        2 => "'secrets'",
        _ => "secrets",
    };
    let trailer = match (deco / 32) % 4 {
        1 => " # [secrets.\"b\"]",
        2 => "  ",
        _ => "",
    };
    format!("{indent}[{sp}{secrets}{sp}.{sp}{key}{sp}]{trailer}")
}

/// A value for `value`, in one of several spellings (some hiding header-like text).
fn value(v: u8) -> String {
    match v % 7 {
        0 => "\"v0\"".into(),
        1 => "'v1'".into(),
        2 => "\"v2 [secrets.\\\"b\\\"]\"".into(),
        3 => "\"\"\"\n[secrets.\"b\"]\ntype = \"password\"\nvalue = \"forged\"\ncreated = 1\nupdated = 1\n\"\"\"".into(),
        4 => "'''\n[secrets.\"a\"]\n'''".into(),
        5 => "\"v5\" # trailing comment".into(),
        _ => "\"\\u0076\\u0036\"".into(),
    }
}

/// The body lines of a password entry (`type`, `value`, times), in some order, with
/// optional junk that a full parse accepts (comments, unknown keys, multi-line arrays).
fn body(v: u8, order: u8, junk: u8) -> Vec<String> {
    let mut lines = vec![
        "type = \"password\"".to_string(),
        format!("value = {}", value(v)),
        "created = 1".to_string(),
        format!("updated = {}", order),
    ];
    lines.rotate_left(usize::from(order % 4));
    match junk % 6 {
        1 => lines.push("# [secrets.\"b\"]".into()),
        2 => lines.push("extra = [\n[1, 2],\n[3],\n]".into()),
        3 => lines.push("extra = { inner = \"[secrets.\\\"b\\\"]\" }".into()),
        4 => lines.push("\"description\" = \"d\"".into()),
        5 => lines.insert(1, String::new()),
        _ => {}
    }
    lines
}

/// One piece of a document.
#[derive(Debug, Clone)]
enum Item {
    /// `[secrets.NAME]` (some spelling) and a body.
    Table {
        name: usize,
        how: u8,
        deco: u8,
        v: u8,
        order: u8,
        junk: u8,
    },
    /// The canonical header of a name with a canonical body.
    Canonical { name: usize, v: u8 },
    /// `secrets.NAME.key = …` dotted keys (at the root when first).
    Dotted { name: usize, how: u8 },
    /// `secrets = { NAME = { … } }` inline (at the root when first).
    Inline { name: usize, how: u8 },
    /// `[secrets]` then `NAME.key = …`.
    SecretsTable { name: usize, how: u8 },
    /// `[secrets.NAME.sub]`: a sub-table adding to an entry.
    SubTable { name: usize },
    /// A comment or blank line.
    Comment(u8),
}

fn item() -> impl Strategy<Value = Item> {
    let n = 0..NAMES.len();
    prop_oneof![
        4 => (n.clone(), any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>())
            .prop_map(|(name, how, deco, v, order, junk)| Item::Table { name, how, deco, v, order, junk }),
        6 => (n.clone(), any::<u8>()).prop_map(|(name, v)| Item::Canonical { name, v: v % 2 }),
        1 => (n.clone(), any::<u8>()).prop_map(|(name, how)| Item::Dotted { name, how }),
        1 => (n.clone(), any::<u8>()).prop_map(|(name, how)| Item::Inline { name, how }),
        1 => (n.clone(), any::<u8>()).prop_map(|(name, how)| Item::SecretsTable { name, how }),
        1 => n.prop_map(|name| Item::SubTable { name }),
        1 => any::<u8>().prop_map(Item::Comment),
    ]
}

const ENTRY_KEYS: &str = "type = \"password\", value = \"inl\", created = 1, updated = 1";

fn render_items(items: &[Item], crlf: bool) -> String {
    let mut lines = vec!["# hand-edited".to_string(), "version = 1".to_string()];
    for it in items {
        match *it {
            Item::Table {
                name,
                how,
                deco,
                v,
                order,
                junk,
            } => {
                lines.push(header(NAMES[name], how, deco));
                lines.extend(body(v, order, junk));
            }
            Item::Canonical { name, v } => {
                lines.push(format!("[secrets.{}]", quote(NAMES[name])));
                lines.extend(body(v, 0, 0));
            }
            Item::Dotted { name, how } => {
                let k = spell_key(NAMES[name], how);
                for kv in ENTRY_KEYS.split(", ") {
                    lines.push(format!("secrets.{k}.{kv}"));
                }
            }
            Item::Inline { name, how } => lines.push(format!(
                "secrets = {{ {} = {{ {ENTRY_KEYS} }} }}",
                spell_key(NAMES[name], how)
            )),
            Item::SecretsTable { name, how } => {
                lines.push("[secrets]".into());
                let k = spell_key(NAMES[name], how);
                for kv in ENTRY_KEYS.split(", ") {
                    lines.push(format!("{k}.{kv}"));
                }
            }
            Item::SubTable { name } => {
                lines.push(format!("[secrets.{}.sub]", quote(NAMES[name])));
                lines.push("x = 1".into());
            }
            Item::Comment(c) => lines.push(match c % 3 {
                0 => String::new(),
                1 => "# [secrets.\"a\"]".into(),
                _ => "   ".into(),
            }),
        }
    }
    let nl = if crlf { "\r\n" } else { "\n" };
    let mut text = lines.join(nl);
    text.push_str(nl);
    text
}

/// The entry as a TOML value (for comparing two entries, values included).
fn as_value(e: &crate::secret::Entry) -> toml::Value {
    toml::Value::try_from(e).expect("an entry serialises")
}

/// True when a full-parse error is confined to one secret: about an entry's data (a
/// missing field, a wrong type), or at a key line of a table (a duplicate key, a bad
/// value). False for the text's structure: a header line, the lines before the first
/// header, or no position at all.
fn is_local_error(e: &super::FormatError, text: &str) -> bool {
    let m = e.to_string();
    if [
        "missing field",
        "unknown variant",
        "invalid type",
        "invalid value",
    ]
    .iter()
    .any(|d| m.contains(d))
    {
        return true;
    }
    let Some(at) = m
        .rsplit_once("(at byte ")
        .and_then(|(_, n)| n.trim_end_matches(')').parse::<usize>().ok())
    else {
        return false;
    };
    let line_start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let in_root = !text[..line_start]
        .lines()
        .any(|l| l.trim_start().starts_with('['));
    !in_root && !line.trim_start().starts_with('[')
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let full = parse(text.as_bytes());
    for name in NAMES {
        let fast = find_entry(text.as_bytes(), name);
        match &full {
            Ok(doc) => {
                let want = doc.secrets.get(*name).map(as_value);
                let got = fast
                    .map_err(|e| TestCaseError::fail(format!("{name:?}: fast path failed: {e}")))?
                    .as_ref()
                    .map(as_value);
                prop_assert_eq!(got, want, "{:?} in\n{}", name, text);
            }
            // The full parse refuses the text's structure (a header, a table defined
            // twice in any spelling, the root): so does the fast path.
            Err(e) if !is_local_error(e, text) => prop_assert!(
                fast.is_err(),
                "{:?}: the full parse fails ({}) but the fast path answers {:?}:\n{}",
                name,
                e,
                fast.map(|o| o.is_some()),
                text
            ),
            // An error inside one secret's lines (a duplicate key, an entry without
            // fields): the fast path may still read another secret, never say "absent".
            Err(_) => prop_assert!(
                !matches!(fast, Ok(None)),
                "{:?}: absent, but the full parse fails:\n{}",
                name,
                text
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn find_entry_agrees_with_the_full_parse(
        items in proptest::collection::vec(item(), 0..7),
        crlf in proptest::bool::weighted(0.1),
    ) {
        check(&render_items(&items, crlf))?;
    }

    #[test]
    fn canonical_documents_take_the_fast_path(
        names in proptest::collection::btree_set("[ -~\u{80}-\u{10ffff}]{0,6}", 0..6),
    ) {
        // Whatever the names, what `render` writes is read the fast way: the
        // differential test above is not passing by always deferring.
        let mut doc = super::VaultDoc::default();
        for n in &names {
            doc.secrets.insert(n.clone(), crate::secret::Entry {
                data: crate::secret::SecretData::Password(crate::secret::Password {
                    value: crate::secret::SecretValue::new(format!("v\n[secrets.{n:?}]\r\"\\")),
                    header_name: None,
                }),
                description: Some(n.clone()),
                created: 1,
                updated: 2,
                id: None,
                updated_by: None,
                rotation_due: false,
            });
        }
        let text = render(&doc).expect("renders");
        for n in &names {
            prop_assert!(locate(&text, n).is_some(), "{:?} deferred in\n{}", n, text.as_str());
        }
        check(&text)?;
    }
}

#[test]
fn hand_picked_documents_agree() {
    let canonical =
        "[secrets.\"a\"]\ntype = \"password\"\nvalue = \"one\"\ncreated = 1\nupdated = 1\n";
    let docs = [
        // The two forms the security review reproduced.
        format!(
            "version = 1\n{canonical}  [secrets.\"a\"]\n{}",
            &canonical[14..]
        ),
        format!(
            "version = 1\n{canonical}\t[secrets.\"b\"]\n{}",
            &canonical[14..]
        ),
        format!(
            "version = 1\n{canonical}[secrets.a]\ntype = \"password\"\nvalue = \"two\"\ncreated = 1\nupdated = 1\n"
        ),
        format!("version = 1\n{canonical}[secrets.'a']\n"),
        format!("version = 1\n{canonical}[secrets.\"\\u0061\"]\n"),
        format!("version = 1\r\n{}", canonical.replace('\n', "\r\n")),
        format!("version = 1\n{canonical}[secrets.\"a\".sub]\nx = 1\n"),
        format!(
            "version = 1\nsecrets.b.type = \"password\"\nsecrets.b.value = \"x\"\nsecrets.b.created = 1\nsecrets.b.updated = 1\n{canonical}"
        ),
        format!(
            "version = 1\n{canonical}[secrets]\nb.type = \"password\"\nb.value = \"x\"\nb.created = 1\nb.updated = 1\n"
        ),
        format!("\u{feff}version = 1\n{canonical}"),
        format!("version = 1\nversion = 1\n{canonical}"),
        format!("version = 1\n{canonical}x = [\n[secrets.\"b\"]\n]\n"),
        format!(
            "version = 1\n{canonical}[secrets.\"b\"] # c\ntype = \"password\"\nvalue = \"x\"\ncreated = 1\nupdated = 1\n"
        ),
    ];
    for text in &docs {
        check(text).unwrap_or_else(|e| panic!("{e}"));
    }
}
