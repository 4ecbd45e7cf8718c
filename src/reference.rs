//! Secret references, `flowlet://NAME[/FIELD]`, and the two places they are resolved:
//! the values of a dotenv file (`run --env-file`) and `{{ flowlet://NAME[/FIELD] }}` in a
//! template (`inject`).
//!
//! Resolution is two-phase everywhere: every reference is found and checked first, each
//! distinct one is resolved once through a caller-supplied closure, and only when all of
//! them resolved is any output made. A syntax error or a missing secret therefore yields
//! no output at all, and the error names every reference at fault.
//!
//! This module owns the syntax. Reading the vault, refreshing tokens and choosing the
//! default field belong to the caller's closure.
//!
//! # Template syntax
//!
//! `{{`, optional spaces or tabs, a reference, optional spaces or tabs, `}}`. Any other
//! `{{` (Go, Helm, Jinja or Handlebars templates) is text and passes through unchanged.
//! A `{{` that starts `{{ flowlet://` but is not a well-formed reference is an error,
//! not text, so a typo cannot ship a template with a hole in it.
//!
//! Escaping (the rule of Handlebars' `\{{`, made complete): in a run of backslashes
//! directly before `{{ flowlet://`, each pair `\\` stands for one backslash, and an odd
//! backslash left over makes that `{{` literal text. Backslashes anywhere else are text.
//!
//! | template                   | output                  |
//! |----------------------------|-------------------------|
//! | `{{ flowlet://db }}`       | the value of `db`       |
//! | `\{{ flowlet://db }}`      | `{{ flowlet://db }}`    |
//! | `\\{{ flowlet://db }}`     | `\` and the value       |
//! | `\\\{{ flowlet://db }}`    | `\{{ flowlet://db }}`   |
//! | `C:\dir\{{ x }}`           | unchanged (not ours)    |

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use zeroize::Zeroizing;

/// The scheme that starts every reference.
pub const SCHEME: &str = "flowlet://";

/// The longest field name accepted in a reference.
pub const MAX_FIELD_LEN: usize = 64;

/// The longest reference text: scheme, a 128-byte name, `/`, a field.
const MAX_REFERENCE_LEN: usize = SCHEME.len() + 128 + 1 + MAX_FIELD_LEN;

/// A parsed `flowlet://NAME[/FIELD]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    /// The secret's name (`[A-Za-z0-9][A-Za-z0-9_.-]{0,127}`, product.md §1).
    pub name: String,
    /// The field (lowercase letters, digits and `-`); `None` means the type's default
    /// field, as `get NAME` prints it.
    pub field: Option<String>,
}

/// Why a reference is malformed. The text shown is the reference, never a value.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ReferenceError {
    /// The text does not start with `flowlet://`, or has more than one `/` after it.
    #[error("invalid reference {0:?}: expected flowlet://NAME or flowlet://NAME/FIELD")]
    Malformed(String),
    /// The name breaks the secret-name rule.
    #[error(
        "invalid secret name in reference {0:?}: use 1-128 of A-Z a-z 0-9 _ . - starting with a letter or digit"
    )]
    InvalidName(String),
    /// The field is not 1-64 of lowercase letters, digits and `-`.
    #[error(
        "invalid field in reference {0:?}: a field is 1-64 of a-z 0-9 - (as `get --field` spells it)"
    )]
    InvalidField(String),
    /// `{{ flowlet://` without a closing `}}` on the reference.
    #[error("unterminated reference {0:?}: expected `}}}}` after it")]
    Unterminated(String),
}

impl Reference {
    /// Parses `flowlet://NAME` or `flowlet://NAME/FIELD`; nothing may surround it.
    pub fn parse(s: &str) -> Result<Self, ReferenceError> {
        let shown = || s.chars().take(MAX_REFERENCE_LEN + 8).collect::<String>();
        let rest = s
            .strip_prefix(SCHEME)
            .ok_or_else(|| ReferenceError::Malformed(shown()))?;
        let (name, field) = match rest.split_once('/') {
            Some((n, f)) => (n, Some(f)),
            None => (rest, None),
        };
        if name.is_empty() {
            return Err(ReferenceError::Malformed(shown()));
        }
        if crate::secret::validate_name(name).is_err() {
            return Err(ReferenceError::InvalidName(shown()));
        }
        if let Some(f) = field {
            let ok = !f.is_empty()
                && f.len() <= MAX_FIELD_LEN
                && f.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
            if !ok {
                return Err(ReferenceError::InvalidField(shown()));
            }
        }
        Ok(Reference {
            name: name.to_string(),
            field: field.map(str::to_string),
        })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{SCHEME}{}", self.name)?;
        if let Some(field) = &self.field {
            write!(f, "/{field}")?;
        }
        Ok(())
    }
}

/// Where a malformed reference was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A line of a template, from 1.
    Line(usize),
    /// The value of this variable in a dotenv file.
    Var(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Var(v) => write!(f, "the value of {v}"),
        }
    }
}

/// Why nothing was produced: the malformed references, or those the closure could not
/// resolve. Both lists are complete, in order of first appearance.
#[derive(Debug)]
pub enum ResolveError<E> {
    /// References that do not parse; nothing was resolved.
    Syntax(Vec<(Location, ReferenceError)>),
    /// Every distinct reference was tried; these failed, with the closure's error.
    Unresolved(Vec<(Reference, E)>),
}

impl<E: fmt::Display> fmt::Display for ResolveError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::Syntax(list) => {
                for (i, (at, e)) in list.iter().enumerate() {
                    let sep = if i == 0 { "" } else { "; " };
                    write!(f, "{sep}{at}: {e}")?;
                }
                Ok(())
            }
            ResolveError::Unresolved(list) => {
                let s = if list.len() == 1 { "" } else { "s" };
                write!(f, "cannot resolve {} reference{s}: ", list.len())?;
                for (i, (r, e)) in list.iter().enumerate() {
                    let sep = if i == 0 { "" } else { "; " };
                    write!(f, "{sep}{r} ({e})")?;
                }
                Ok(())
            }
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for ResolveError<E> {}

/// Resolves each distinct reference once, in order; all failures are collected.
fn resolve_all<E, F>(
    refs: &[Reference],
    mut resolve: F,
) -> Result<Vec<Zeroizing<Vec<u8>>>, ResolveError<E>>
where
    F: FnMut(&Reference) -> Result<Zeroizing<Vec<u8>>, E>,
{
    let mut values = Vec::with_capacity(refs.len());
    let mut failures = Vec::new();
    for r in refs {
        match resolve(r) {
            Ok(v) => values.push(v),
            Err(e) => failures.push((r.clone(), e)),
        }
    }
    if failures.is_empty() {
        Ok(values)
    } else {
        Err(ResolveError::Unresolved(failures))
    }
}

/// Distinct references in order of first appearance, and a way to number them.
#[derive(Default)]
struct Distinct {
    refs: Vec<Reference>,
    index: HashMap<Reference, usize>,
}

impl Distinct {
    fn add(&mut self, r: Reference) -> usize {
        if let Some(&i) = self.index.get(&r) {
            return i;
        }
        self.refs.push(r.clone());
        self.index.insert(r, self.refs.len() - 1);
        self.refs.len() - 1
    }
}

/// The reference a dotenv value stands for: `Some` when the whole value starts with
/// `flowlet://` (a malformed one is an error, not a literal), `None` for a plain value.
///
/// Only a whole value is a reference (as in `op run`): `postgres://u:flowlet://x@h` is
/// an error rather than a silent half-substitution.
pub fn value_reference(value: &str) -> Option<Result<Reference, ReferenceError>> {
    value
        .contains(SCHEME)
        .then(|| Reference::parse(value.trim_matches([' ', '\t'])))
}

/// Resolves the values of a dotenv file for `run --env-file`: `pairs` are (variable,
/// value); the result holds each value in the same order, a reference replaced by what
/// `resolve` returned for it and a plain value copied byte for byte.
///
/// # Errors
///
/// [`ResolveError::Syntax`] for every value that mentions `flowlet://` but is not one
/// well-formed reference; [`ResolveError::Unresolved`] for every reference `resolve`
/// refused. Either way no value is returned.
pub fn resolve_env<'a, E, F, I>(
    pairs: I,
    resolve: F,
) -> Result<Vec<Zeroizing<Vec<u8>>>, ResolveError<E>>
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
    F: FnMut(&Reference) -> Result<Zeroizing<Vec<u8>>, E>,
{
    enum Slot<'a> {
        Plain(&'a str),
        Ref(usize),
    }
    let mut distinct = Distinct::default();
    let mut slots = Vec::new();
    let mut syntax = Vec::new();
    for (var, value) in pairs {
        match value_reference(value) {
            None => slots.push(Slot::Plain(value)),
            Some(Ok(r)) => slots.push(Slot::Ref(distinct.add(r))),
            Some(Err(e)) => syntax.push((Location::Var(var.to_string()), e)),
        }
    }
    if !syntax.is_empty() {
        return Err(ResolveError::Syntax(syntax));
    }
    let values = resolve_all(&distinct.refs, resolve)?;
    Ok(slots
        .into_iter()
        .map(|s| match s {
            Slot::Plain(v) => Zeroizing::new(v.as_bytes().to_vec()),
            Slot::Ref(i) => values[i].clone(),
        })
        .collect())
}

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// Bytes of the template copied as they are.
    Text(Range<usize>),
    /// The value of the distinct reference with this index.
    Ref(usize),
}

/// A template checked and split into text and references, ready to render.
#[derive(Debug)]
pub struct Template<'t> {
    text: &'t [u8],
    segments: Vec<Segment>,
    refs: Vec<Reference>,
}

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

impl<'t> Template<'t> {
    /// Parses `text` (any bytes; only the references need be ASCII).
    ///
    /// # Errors
    ///
    /// Every `{{ flowlet://` that does not hold one well-formed reference closed by `}}`,
    /// with its line; see the module documentation for the syntax and escaping.
    pub fn parse(text: &'t [u8]) -> Result<Self, Vec<(Location, ReferenceError)>> {
        let opener = memchr::memmem::Finder::new(b"{{");
        let mut segments = Vec::new();
        let mut distinct = Distinct::default();
        let mut syntax = Vec::new();
        let line_of =
            |at: usize| Location::Line(memchr::memchr_iter(b'\n', &text[..at]).count() + 1);
        let mut lit = 0;
        let mut pos = 0;
        while let Some(i) = opener.find(&text[pos..]) {
            let open = pos + i;
            let mut start = open + 2;
            while start < text.len() && is_blank(text[start]) {
                start += 1;
            }
            if !text[start..].starts_with(SCHEME.as_bytes()) {
                // `{{{ flowlet://x }}`: the reference's `{{` starts one byte later.
                pos = open + 1;
                continue;
            }
            let slashes = text[lit..open]
                .iter()
                .rev()
                .take_while(|&&c| c == b'\\')
                .count();
            // Each `\\` pair is one backslash (the first half of the run is kept).
            let keep = open - slashes + slashes / 2;
            if slashes % 2 == 1 {
                segments.push(Segment::Text(lit..keep));
                lit = open;
                pos = open + 2;
                continue;
            }
            let mut end = start;
            while end < text.len()
                && end - start <= MAX_REFERENCE_LEN
                && !is_blank(text[end])
                && !matches!(text[end], b'}' | b'{' | b'\n' | b'\r')
            {
                end += 1;
            }
            let mut close = end;
            while close < text.len() && is_blank(text[close]) {
                close += 1;
            }
            let shown = String::from_utf8_lossy(&text[start..end]);
            if !text[close..].starts_with(b"}}") {
                let shown = shown.chars().take(MAX_REFERENCE_LEN + 8).collect();
                syntax.push((line_of(open), ReferenceError::Unterminated(shown)));
                pos = end.max(open + 2);
                continue;
            }
            match Reference::parse(&shown) {
                Ok(r) => {
                    segments.push(Segment::Text(lit..keep));
                    segments.push(Segment::Ref(distinct.add(r)));
                }
                Err(e) => syntax.push((line_of(open), e)),
            }
            lit = close + 2;
            pos = lit;
        }
        if !syntax.is_empty() {
            return Err(syntax);
        }
        segments.push(Segment::Text(lit..text.len()));
        segments.retain(|s| !matches!(s, Segment::Text(r) if r.is_empty()));
        Ok(Template {
            text,
            segments,
            refs: distinct.refs,
        })
    }

    /// The distinct references, in order of first appearance.
    pub fn references(&self) -> &[Reference] {
        &self.refs
    }

    /// Resolves every distinct reference once through `resolve`, then renders.
    ///
    /// # Errors
    ///
    /// [`ResolveError::Unresolved`] listing every reference `resolve` refused; no output
    /// is made then.
    pub fn render<E, F>(&self, resolve: F) -> Result<Zeroizing<Vec<u8>>, ResolveError<E>>
    where
        F: FnMut(&Reference) -> Result<Zeroizing<Vec<u8>>, E>,
    {
        let values = resolve_all(&self.refs, resolve)?;
        let size = self
            .segments
            .iter()
            .map(|s| match s {
                Segment::Text(r) => r.len(),
                Segment::Ref(i) => values[*i].len(),
            })
            .sum();
        // Sized once: a growing Vec would leave copies of values in freed memory.
        let mut out = Zeroizing::new(Vec::with_capacity(size));
        for s in &self.segments {
            match s {
                Segment::Text(r) => out.extend_from_slice(&self.text[r.clone()]),
                Segment::Ref(i) => out.extend_from_slice(&values[*i]),
            }
        }
        Ok(out)
    }
}

/// Parses and renders `text` in one call: [`Template::parse`] then [`Template::render`].
///
/// # Errors
///
/// As those two; a syntax error is reported before `resolve` is ever called.
pub fn render_template<E, F>(text: &[u8], resolve: F) -> Result<Zeroizing<Vec<u8>>, ResolveError<E>>
where
    F: FnMut(&Reference) -> Result<Zeroizing<Vec<u8>>, E>,
{
    Template::parse(text)
        .map_err(ResolveError::Syntax)?
        .render(resolve)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::cell::RefCell;

    use proptest::prelude::*;

    use super::*;

    fn r(name: &str, field: Option<&str>) -> Reference {
        Reference {
            name: name.into(),
            field: field.map(Into::into),
        }
    }

    /// A resolver over a fixed table that counts its calls.
    fn table<'a>(
        entries: &'a [(&'a str, &'a str)],
        calls: &'a RefCell<Vec<String>>,
    ) -> impl FnMut(&Reference) -> Result<Zeroizing<Vec<u8>>, String> + 'a {
        move |r| {
            calls.borrow_mut().push(r.to_string());
            entries
                .iter()
                .find(|(k, _)| *k == r.to_string())
                .map(|(_, v)| Zeroizing::new(v.as_bytes().to_vec()))
                .ok_or_else(|| "not found".to_string())
        }
    }

    fn render(text: &str, entries: &[(&str, &str)]) -> Result<String, String> {
        let calls = RefCell::new(Vec::new());
        render_template(text.as_bytes(), table(entries, &calls))
            .map(|v| String::from_utf8(v.to_vec()).unwrap())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn parses_names_and_fields() {
        assert_eq!(Reference::parse("flowlet://db").unwrap(), r("db", None));
        assert_eq!(
            Reference::parse("flowlet://prod.db_1-x/password").unwrap(),
            r("prod.db_1-x", Some("password"))
        );
        assert_eq!(
            Reference::parse("flowlet://gh/access-token").unwrap(),
            r("gh", Some("access-token"))
        );
        let long = "a".repeat(128);
        assert_eq!(
            Reference::parse(&format!("flowlet://{long}")).unwrap().name,
            long
        );
    }

    #[test]
    fn refuses_every_malformed_variant() {
        for bad in [
            "",
            "db",
            "flowlet:/db",
            "FLOWLET://db",
            " flowlet://db",
            "flowlet://",
            "flowlet:///password",
            "op://vault/item",
        ] {
            assert!(
                matches!(Reference::parse(bad), Err(ReferenceError::Malformed(_))),
                "{bad:?}"
            );
        }
        let long = "a".repeat(129);
        for bad in [
            "flowlet://-db",
            "flowlet://.db",
            "flowlet://d b",
            "flowlet://db$",
            "flowlet://dé",
            &format!("flowlet://{long}"),
        ] {
            assert!(
                matches!(Reference::parse(bad), Err(ReferenceError::InvalidName(_))),
                "{bad:?}"
            );
        }
        let long = "f".repeat(65);
        for bad in [
            "flowlet://db/",
            "flowlet://db/Password",
            "flowlet://db/pass_word",
            "flowlet://db/a/b",
            "flowlet://db/a b",
            &format!("flowlet://db/{long}"),
        ] {
            assert!(
                matches!(Reference::parse(bad), Err(ReferenceError::InvalidField(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn renders_with_and_without_blanks() {
        let t = [("flowlet://a", "AAA"), ("flowlet://b/user", "bob")];
        for tpl in [
            "x={{ flowlet://a }};",
            "x={{flowlet://a}};",
            "x={{   flowlet://a\t}};",
            "x={{\tflowlet://a }};",
        ] {
            assert_eq!(render(tpl, &t).unwrap(), "x=AAA;", "{tpl:?}");
        }
        assert_eq!(
            render("u={{ flowlet://b/user }}\np={{ flowlet://a }}\n", &t).unwrap(),
            "u=bob\np=AAA\n"
        );
        assert_eq!(render("{{{ flowlet://a }}}", &t).unwrap(), "{AAA}");
        assert_eq!(render("", &t).unwrap(), "");
    }

    #[test]
    fn leaves_foreign_braces_alone() {
        for text in [
            "{{ .Values.image }}",
            "{{ op://vault/item }}",
            "{{ flowlet:/x }}",
            "{{",
            "}}",
            "a {{ b }} c \\{{ d }}",
            "C:\\dir\\{{ x }}",
            "flowlet://db",
        ] {
            assert_eq!(render(text, &[]).unwrap(), text, "{text:?}");
        }
    }

    #[test]
    fn escapes_follow_the_documented_table() {
        let t = [("flowlet://db", "V")];
        let cases = [
            ("\\{{ flowlet://db }}", "{{ flowlet://db }}"),
            ("\\\\{{ flowlet://db }}", "\\V"),
            ("\\\\\\{{ flowlet://db }}", "\\{{ flowlet://db }}"),
            ("\\\\\\\\{{ flowlet://db }}", "\\\\V"),
            ("a\\b\\{{flowlet://db}}", "a\\b{{flowlet://db}}"),
            // An escaped opener's reference is text, even when malformed or unknown.
            ("\\{{ flowlet://no such }}", "{{ flowlet://no such }}"),
            ("\\{{ flowlet://missing }}", "{{ flowlet://missing }}"),
            (
                "\\{{ flowlet://db }}{{ flowlet://db }}",
                "{{ flowlet://db }}V",
            ),
        ];
        for (tpl, want) in cases {
            assert_eq!(render(tpl, &t).unwrap(), want, "{tpl:?}");
        }
    }

    #[test]
    fn resolves_each_distinct_reference_once_in_order() {
        let t = [("flowlet://a", "1"), ("flowlet://b", "2")];
        let calls = RefCell::new(Vec::new());
        let out = render_template(
            b"{{flowlet://b}}{{flowlet://a}}{{ flowlet://b }}{{flowlet://a}}",
            table(&t, &calls),
        )
        .unwrap();
        assert_eq!(&out[..], b"2121");
        assert_eq!(*calls.borrow(), ["flowlet://b", "flowlet://a"]);
    }

    #[test]
    fn a_missing_reference_yields_nothing_and_names_every_one() {
        let t = [("flowlet://a", "VALUE-ONE")];
        let calls = RefCell::new(Vec::new());
        let err = render_template(
            b"{{ flowlet://a }} {{ flowlet://gone }} {{ flowlet://x/password }} {{ flowlet://gone }}",
            table(&t, &calls),
        )
        .unwrap_err();
        let ResolveError::Unresolved(list) = &err else {
            panic!("{err}")
        };
        let names: Vec<String> = list.iter().map(|(r, _)| r.to_string()).collect();
        assert_eq!(names, ["flowlet://gone", "flowlet://x/password"]);
        let msg = err.to_string();
        assert!(msg.contains("flowlet://gone") && msg.contains("flowlet://x/password"));
        assert!(!msg.contains("VALUE-ONE"), "{msg}");
        // Every reference was tried (so the error is complete), the known one too.
        assert_eq!(calls.borrow().len(), 3);
    }

    #[test]
    fn syntax_errors_name_lines_and_resolve_nothing() {
        let calls = RefCell::new(Vec::new());
        let text = "ok {{ flowlet://a }}\n{{ flowlet://bad name }}\nx\n{{ flowlet://db/Pass }}\n{{ flowlet://a";
        let err = render_template(text.as_bytes(), table(&[], &calls)).unwrap_err();
        let ResolveError::Syntax(list) = &err else {
            panic!("{err}")
        };
        let lines: Vec<String> = list.iter().map(|(l, _)| l.to_string()).collect();
        assert_eq!(lines, ["line 2", "line 4", "line 5"]);
        assert!(matches!(list[0].1, ReferenceError::Unterminated(_)));
        assert!(matches!(list[1].1, ReferenceError::InvalidField(_)));
        assert!(matches!(list[2].1, ReferenceError::Unterminated(_)));
        assert!(
            calls.borrow().is_empty(),
            "nothing resolved before syntax is clean"
        );
    }

    #[test]
    fn env_values_resolve_whole_values_only() {
        let t = [("flowlet://db/password", "s3cret"), ("flowlet://tok", "T")];
        let calls = RefCell::new(Vec::new());
        let pairs = [
            ("PGPASSWORD", "flowlet://db/password"),
            ("PLAIN", "just text with $ and # and ="),
            ("TOKEN", "  flowlet://tok "),
            ("AGAIN", "flowlet://tok"),
        ];
        let out = resolve_env(pairs, table(&t, &calls)).unwrap();
        let out: Vec<&[u8]> = out.iter().map(|v| &v[..]).collect();
        assert_eq!(
            out,
            [&b"s3cret"[..], b"just text with $ and # and =", b"T", b"T"]
        );
        assert_eq!(calls.borrow().len(), 2);

        for bad in [
            "prefix flowlet://tok",
            "postgres://u:flowlet://tok@h",
            "flowlet://t k",
        ] {
            let calls = RefCell::new(Vec::new());
            let err =
                resolve_env([("V", bad), ("W", "flowlet://tok")], table(&t, &calls)).unwrap_err();
            assert!(
                matches!(&err, ResolveError::Syntax(l) if l.len() == 1),
                "{bad:?}"
            );
            assert!(err.to_string().starts_with("the value of V: "), "{err}");
            assert!(calls.borrow().is_empty());
        }
        let calls = RefCell::new(Vec::new());
        let err = resolve_env([("V", "flowlet://nope")], table(&t, &calls)).unwrap_err();
        assert!(err.to_string().contains("flowlet://nope"), "{err}");
    }

    fn name() -> impl Strategy<Value = String> {
        "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}"
    }

    fn field() -> impl Strategy<Value = Option<String>> {
        proptest::option::of("[a-z0-9-]{1,64}")
    }

    /// A text piece that cannot form or escape a reference.
    fn text() -> impl Strategy<Value = String> {
        "[a-z{} \\n\\\\]{0,20}[a-z{} \\n]?"
            .prop_filter("no trailing backslash", |s| !s.ends_with('\\'))
    }

    proptest! {
        #[test]
        fn display_round_trips(n in name(), f in field()) {
            let r = Reference { name: n, field: f };
            prop_assert_eq!(Reference::parse(&r.to_string()).unwrap(), r);
        }

        #[test]
        fn text_without_references_is_unchanged(t in "[a-z{}/:\\\\ \\n]{0,200}") {
            prop_assert_eq!(render(&t, &[]).unwrap(), t);
        }

        #[test]
        fn renders_like_the_concatenation(
            pieces in proptest::collection::vec((text(), name(), field(), "[ \\t]{0,2}", "[ \\t]{0,2}", "[ -~\\n]{0,12}"), 0..12),
            tail in text(),
        ) {
            let mut tpl = String::new();
            let mut want = Vec::new();
            let mut entries = Vec::new();
            for (t, n, f, pre, post, value) in &pieces {
                let r = Reference { name: n.clone(), field: f.clone() };
                tpl.push_str(&format!("{t}{{{{{pre}{r}{post}}}}}"));
                want.extend_from_slice(t.as_bytes());
                let value = entries.iter().find(|(k, _): &&(String, String)| *k == r.to_string())
                    .map(|(_, v)| v.clone()).unwrap_or_else(|| value.clone());
                want.extend_from_slice(value.as_bytes());
                entries.push((r.to_string(), value));
            }
            tpl.push_str(&tail);
            want.extend_from_slice(tail.as_bytes());
            let out = render_template(tpl.as_bytes(), |r: &Reference| {
                entries.iter().find(|(k, _)| *k == r.to_string())
                    .map(|(_, v)| Zeroizing::new(v.as_bytes().to_vec())).ok_or(())
            }).unwrap();
            prop_assert_eq!(&out[..], &want[..]);
        }
    }
}
