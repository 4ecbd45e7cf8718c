//! The dotenv format as python-dotenv reads it (`dotenv_values(..., interpolate=False)`),
//! for `import --format dotenv` and `run --env-file`.
//!
//! python-dotenv is the reference because it is the most used reader and the one whose
//! grammar is written down: its `parser.py` regular expressions are ported one for one
//! below, with Python's `\s` (which also matches U+001C-U+001F) spelled out, so the two
//! agree byte for byte (a test runs python-dotenv on the same inputs). In short:
//!
//! - `KEY=value`, optionally `export KEY=value`; blank lines and `# comments` are skipped;
//! - unquoted values lose surrounding blanks and a ` # comment`;
//! - `'single'` quotes keep everything but `\\` and `\'`; `"double"` quotes decode
//!   `\\ \' \" \a \b \f \n \r \t \v`; both may span lines;
//! - nothing is expanded: `$VAR` and `${VAR}` are text. (dotenvy, the Rust crate, expands
//!   both from the process environment and cannot be told not to, so it is not used.)
//!
//! Unlike python-dotenv, which warns and goes on, every line it could not parse is an
//! error here, as is a key without `=`; all errors are collected and no entry is
//! returned with them. Errors name lines, never content: a mangled line may be a value.

use std::sync::LazyLock;

use regex::{Captures, Regex};
use secrecy::SecretString;
use zeroize::Zeroizing;

/// One `KEY=value` binding.
pub struct Entry {
    /// The line the binding starts on, from 1.
    pub line: usize,
    /// The key as written (not validated: variable and secret names differ).
    pub key: String,
    /// The decoded value.
    pub value: SecretString,
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("line", &self.line)
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

/// A line that is not a binding. Never holds file content.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum DotenvError {
    /// The file is not UTF-8.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// The line does not parse (an unclosed quote, text after a quoted value, no key).
    #[error("line {0}: not KEY=value (an unclosed quote, text after the closing quote, or no key)")]
    Syntax(usize),
    /// A key without `=`.
    #[error("line {0}: a key without `=` and a value")]
    NoValue(usize),
}

// Python's `\s` for str patterns is str.isspace(): Unicode White_Space plus U+001C-U+001F.
macro_rules! py {
    ($re:literal) => {
        LazyLock::new(|| {
            let re = concat!("^(?:", $re, ")")
                .replace("[^\\S\\r\\n]", "[\\s\\x1c-\\x1f&&[^\\r\\n]]")
                .replace("\\s", "[\\s\\x1c-\\x1f]");
            Regex::new(&re).expect("the python-dotenv patterns are valid")
        })
    };
}

static MULTILINE_WHITESPACE: LazyLock<Regex> = py!(r"\s*");
static WHITESPACE: LazyLock<Regex> = py!(r"[^\S\r\n]*");
static EXPORT: LazyLock<Regex> = py!(r"(?:export[^\S\r\n]+)?");
static SINGLE_QUOTED_KEY: LazyLock<Regex> = py!(r"'([^']+)'");
static UNQUOTED_KEY: LazyLock<Regex> = py!(r"([^=\#\s]+)");
static EQUAL_SIGN: LazyLock<Regex> = py!(r"(=[^\S\r\n]*)");
static SINGLE_QUOTED_VALUE: LazyLock<Regex> = py!(r"'((?:\\'|[^'])*)'");
static DOUBLE_QUOTED_VALUE: LazyLock<Regex> = py!(r#""((?:\\"|[^"])*)""#);
static UNQUOTED_VALUE: LazyLock<Regex> = py!(r"([^\r\n]*)");
static COMMENT: LazyLock<Regex> = py!(r"(?:[^\S\r\n]*#[^\r\n]*)?");
static END_OF_LINE: LazyLock<Regex> = py!(r"[^\S\r\n]*(?:\r\n|\n|\r|$)");
static REST_OF_LINE: LazyLock<Regex> = py!(r"[^\r\n]*(?:\r|\n|\r\n)?");
static INLINE_COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\s\x1c-\x1f]+#.*").expect("the python-dotenv patterns are valid")
});
static DOUBLE_QUOTE_ESCAPES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\\[\\'"abfnrtv]"#).expect("the python-dotenv patterns are valid")
});
static SINGLE_QUOTE_ESCAPES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\[\\']").expect("the python-dotenv patterns are valid"));

/// The part of a binding that failed; the reader resumes after the rest of the line.
struct Failed;

/// python-dotenv's `Reader`: a position in the text and its line.
struct Reader<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Reader<'t> {
    fn read(&mut self, re: &Regex) -> Result<Option<&'t str>, Failed> {
        let caps = re.captures(&self.text[self.pos..]).ok_or(Failed)?;
        let whole = caps.get(0).expect("group 0 always matches");
        let group = caps
            .get(1)
            .map(|m| &self.text[self.pos + m.start()..self.pos + m.end()]);
        self.pos += whole.end();
        Ok(group)
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    /// Lines as python-dotenv counts them: `\r\n`, `\n` and `\r` each end one.
    fn line_at(&self, at: usize) -> usize {
        let before = &self.text.as_bytes()[..at];
        let lf = memchr::memchr_iter(b'\n', before).count();
        let cr_alone = memchr::memchr_iter(b'\r', before)
            .filter(|&i| before.get(i + 1) != Some(&b'\n'))
            .count();
        1 + lf + cr_alone
    }
}

fn decode(re: &Regex, s: &str) -> Zeroizing<String> {
    Zeroizing::new(
        re.replace_all(s, |c: &Captures<'_>| match &c[0] {
            "\\a" => "\x07",
            "\\b" => "\x08",
            "\\f" => "\x0c",
            "\\n" => "\n",
            "\\r" => "\r",
            "\\t" => "\t",
            "\\v" => "\x0b",
            "\\\\" => "\\",
            "\\'" => "'",
            _ => "\"",
        })
        .into_owned(),
    )
}

/// A key and its value (`None`: no `=`).
type Binding = (String, Option<Zeroizing<String>>);

/// One binding: `Ok(None)` for a blank or comment-only stretch.
fn binding(r: &mut Reader<'_>) -> Result<Option<Binding>, Failed> {
    r.read(&MULTILINE_WHITESPACE)?;
    if r.pos == r.text.len() {
        return Ok(None);
    }
    r.read(&EXPORT)?;
    let key = match r.peek() {
        Some('#') => None,
        Some('\'') => r.read(&SINGLE_QUOTED_KEY)?,
        _ => r.read(&UNQUOTED_KEY)?,
    };
    r.read(&WHITESPACE)?;
    let value = if r.peek() == Some('=') {
        r.read(&EQUAL_SIGN)?;
        Some(match r.peek() {
            Some('\'') => {
                let v = r.read(&SINGLE_QUOTED_VALUE)?.unwrap_or_default();
                decode(&SINGLE_QUOTE_ESCAPES, v)
            }
            Some('"') => {
                let v = r.read(&DOUBLE_QUOTED_VALUE)?.unwrap_or_default();
                decode(&DOUBLE_QUOTE_ESCAPES, v)
            }
            None | Some('\n' | '\r') => Zeroizing::new(String::new()),
            Some(_) => {
                let part = r.read(&UNQUOTED_VALUE)?.unwrap_or_default();
                let v = INLINE_COMMENT.replace(part, "");
                let trimmed = v.trim_end_matches(|c: char| {
                    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
                });
                Zeroizing::new(trimmed.to_string())
            }
        })
    } else {
        None
    };
    r.read(&COMMENT)?;
    r.read(&END_OF_LINE)?;
    Ok(key.map(|k| (k.to_string(), value)))
}

/// Parses a dotenv file into its bindings, in file order (a key set twice appears twice).
///
/// A leading UTF-8 byte order mark is skipped.
///
/// # Errors
///
/// Every line that is not a binding, and a file that is not UTF-8; no entry is returned
/// then.
pub fn parse(bytes: &[u8]) -> Result<Vec<Entry>, Vec<DotenvError>> {
    let text = std::str::from_utf8(bytes).map_err(|_| vec![DotenvError::NotUtf8])?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = Reader { text, pos: 0 };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    while r.pos < text.len() {
        let mark = r.pos;
        match binding(&mut r) {
            Ok(None) => {}
            Ok(Some((key, value))) => {
                // The line of the key, past the blank lines python-dotenv counts as its own.
                let start = mark + text[mark..].len() - text[mark..].trim_start().len();
                let line = r.line_at(start);
                match value {
                    Some(v) => entries.push(Entry {
                        line,
                        key,
                        value: SecretString::from(v.as_str().to_string()),
                    }),
                    None => errors.push(DotenvError::NoValue(line)),
                }
            }
            Err(Failed) => {
                let start = mark + text[mark..].len() - text[mark..].trim_start().len();
                errors.push(DotenvError::Syntax(r.line_at(start)));
                // `REST_OF_LINE` always matches (it may match nothing).
                let _ = r.read(&REST_OF_LINE);
            }
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::process::{Command, Stdio};

    use proptest::prelude::*;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use secrecy::ExposeSecret;

    use super::*;

    /// The (key, value) pairs, or the error kinds in order.
    type Outcome = Result<Vec<(String, String)>, Vec<&'static str>>;

    /// What we make of `text`.
    fn ours(text: &str) -> Outcome {
        parse(text.as_bytes())
            .map(|v| {
                v.into_iter()
                    .map(|e| (e.key, e.value.expose_secret().to_string()))
                    .collect()
            })
            .map_err(|v| {
                v.into_iter()
                    .map(|e| match e {
                        DotenvError::Syntax(_) => "syntax",
                        DotenvError::NoValue(_) => "novalue",
                        DotenvError::NotUtf8 => "utf8",
                    })
                    .collect()
            })
    }

    /// The same, from python-dotenv's own parser on every input at once.
    fn python(texts: &[String]) -> Vec<Outcome> {
        let script = r#"
import io, json, sys
from dotenv.parser import parse_stream
out = []
for text in json.load(sys.stdin):
    pairs, errors = [], []
    for b in parse_stream(io.StringIO(text)):
        if b.error:
            errors.append("syntax")
        elif b.key is not None and b.value is None:
            errors.append("novalue")
        elif b.key is not None:
            pairs.append([b.key, b.value])
    out.append({"errors": errors} if errors else {"pairs": pairs})
json.dump(out, sys.stdout)
"#;
        let mut child = Command::new("python3")
            .args(["-c", script])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 with python-dotenv is part of the test toolchain");
        let input = serde_json::to_vec(texts).unwrap();
        std::io::Write::write_all(child.stdin.as_mut().unwrap(), &input).unwrap();
        drop(child.stdin.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "python-dotenv failed");
        let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        v.into_iter()
            .map(|o| match o.get("errors") {
                Some(e) => Err(e
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| if k == "syntax" { "syntax" } else { "novalue" })
                    .collect()),
                None => Ok(o["pairs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        (
                            p[0].as_str().unwrap().to_string(),
                            p[1].as_str().unwrap().to_string(),
                        )
                    })
                    .collect()),
            })
            .collect()
    }

    const CASES: &[&str] = &[
        "A=1\nB=two words\n",
        "export A=1\n  export   B = 2  \n",
        "A='single $HOME #x \\' \\\\ \\n'\n",
        "A=\"double $HOME ${X} #x \\\" \\\\ \\n \\t \\a \\$\"\n",
        "A=unquoted # comment\nB=x#not-a-comment\nC=a  #c\n",
        "# only a comment\n\n\n   \nA=1",
        "A=\"multi\nline\"\nB='also\r\nmulti'\n",
        "A=\"unclosed\nB=2\nC=3\n",
        "A='x' trailing\nB=ok\n",
        "KEY_ONLY\nA=1\n",
        "=novalue\nA=1\n",
        "'quoted key'=v\n",
        "A=\nB=\r\nC=   \n",
        "A=x\rB=y\r\nC=z",
        "A = spaced = equals\n",
        "A=a\u{1c}#c\nB=\u{a0}v\u{a0}\n",
        "A=é ünï\u{2028}x\n",
        "A=\"\\u0041 \\x41 \\101\"\n",
        "export=1\nexport\tA=2\n",
        "A=\"a\"\"b\"\n",
        "\u{feff}A=1\n",
    ];

    #[test]
    fn agrees_with_python_dotenv_on_tricky_files() {
        let texts: Vec<String> = CASES.iter().map(|s| s.to_string()).collect();
        let mut theirs = python(&texts);
        // python-dotenv keeps a byte order mark in the key; we skip it.
        theirs.pop();
        for (text, want) in texts.iter().zip(theirs) {
            assert_eq!(ours(text), want, "{text:?}");
        }
        assert_eq!(ours("\u{feff}A=1\n"), Ok(vec![("A".into(), "1".into())]));
    }

    #[test]
    fn agrees_with_python_dotenv_on_random_files() {
        const ALPHABET: &[&str] = &[
            "A", "b", "=", "=", "#", "'", "\"", "\\", " ", "\t", "\n", "\n", "\r", "$", "{", "}",
            "x", "export ", "\\n", "\\'", "\\\"", "é", "\u{1c}", "\u{a0}",
        ];
        let mut rng = StdRng::seed_from_u64(13);
        let texts: Vec<String> = (0..400)
            .map(|i| {
                let lines = rng.gen_range(1..4);
                let mut pick = |n| -> String {
                    (0..n)
                        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())])
                        .collect()
                };
                if i % 2 == 0 {
                    return pick(40);
                }
                // Half are binding-shaped: a key, `=`, then random value bytes.
                (0..lines).map(|_| format!("K{i}={}\n", pick(12))).collect()
            })
            .collect();
        let theirs = python(&texts);
        let mut parsed = 0;
        for (text, want) in texts.iter().zip(theirs) {
            parsed += usize::from(want.as_ref().is_ok_and(|p| !p.is_empty()));
            assert_eq!(ours(text), want, "{text:?}");
        }
        assert!(parsed > 25, "the random files exercise bindings ({parsed})");
    }

    #[test]
    fn errors_carry_lines_not_content() {
        let text = "A=1\nsecret-looking-value\nB=\"opened-value\n\nC=2\n";
        let errors = parse(text.as_bytes()).unwrap_err();
        assert_eq!(errors, [DotenvError::NoValue(2), DotenvError::Syntax(3)]);
        for e in &errors {
            let shown = format!("{e} {e:?}");
            assert!(!shown.contains("secret-looking") && !shown.contains("opened-value"));
        }
        assert_eq!(parse(b"A=\xff\n").unwrap_err(), [DotenvError::NotUtf8]);
        let e = &parse(b"\n\nA=1\nB=2").unwrap()[1];
        assert_eq!((e.line, e.key.as_str()), (4, "B"));
        assert!(!format!("{e:?}").contains('2'), "Debug shows no value");
    }

    proptest! {
        #[test]
        fn quoted_values_round_trip(
            value in "[a-zA-Z0-9 '\"#=$\\\\{}\\n\\r\\t\\x07\\x08\\x0b\\x0cé€]{0,40}",
            key in "[A-Za-z_][A-Za-z0-9_.-]{0,20}",
        ) {
            // Values `export` refuses (no quoting reads back exactly) are not round-tripped.
            let Ok(quoted) = crate::env::dotenv_quote(&key, &value) else {
                return Ok(());
            };
            let text = format!("# made by export\n{key}={quoted}\nNEXT=1\n");
            let entries = parse(text.as_bytes()).unwrap();
            prop_assert_eq!(entries.len(), 2);
            prop_assert_eq!(&entries[0].key, &key);
            prop_assert_eq!(entries[0].value.expose_secret(), value.as_str());
            prop_assert_eq!(entries[1].value.expose_secret(), "1");
        }
    }
}
