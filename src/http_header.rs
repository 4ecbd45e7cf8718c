//! The only place where secrets become HTTP header lines (`Authorization: Bearer …`,
//! `Authorization: Basic …`, custom headers), and their output formats.

use base64::Engine;

use crate::secret::{
    BasicAuth, Headers, Password, SecretError, SecretValue, validate_header_name,
    validate_header_secret,
};

/// One header line. `Debug` hides the value: it is sensitive.
#[derive(Clone)]
pub struct HeaderLine {
    /// The field name.
    pub name: String,
    /// The field value (a credential).
    pub value: SecretValue,
}

impl std::fmt::Debug for HeaderLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: [redacted]", self.name)
    }
}

/// How `header` prints its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum HeaderFormat {
    /// `Name: value` lines, for `curl -H @-`.
    #[default]
    Lines,
    /// A JSON object `{"Name": "value"}`.
    Json,
    /// curl config lines `header = "Name: value"`, for `curl -K -`.
    CurlConfig,
}

/// `Authorization: Bearer TOKEN` (RFC 6750 §2.1).
pub fn bearer(token: &str) -> HeaderLine {
    HeaderLine {
        name: "Authorization".into(),
        value: SecretValue::new(format!("Bearer {token}")),
    }
}

/// `Authorization: Bearer TOKEN` for a stored token or a signed JWT.
pub fn bearer_value(token: &SecretValue) -> HeaderLine {
    bearer(token.expose_secret())
}

/// The header of a password secret: bearer, or `HEADER-NAME: VALUE`.
pub fn for_password(p: &Password) -> HeaderLine {
    match &p.header_name {
        Some(name) => HeaderLine {
            name: name.clone(),
            value: p.value.clone(),
        },
        None => bearer_value(&p.value),
    }
}

/// `Authorization: Basic base64(user-id ":" password)` (RFC 7617 §2, UTF-8 as §2.1 allows).
pub fn for_basic(b: &BasicAuth) -> HeaderLine {
    let raw = zeroize::Zeroizing::new(format!("{}:{}", b.username, b.password.expose_secret()));
    HeaderLine {
        name: "Authorization".into(),
        value: SecretValue::new(format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(raw.as_bytes())
        )),
    }
}

/// Every pair of a headers secret, in order.
pub fn for_headers(h: &Headers) -> Vec<HeaderLine> {
    h.headers
        .iter()
        .map(|p| HeaderLine {
            name: p.name.clone(),
            value: p.value.clone(),
        })
        .collect()
}

/// Checks every line before it is printed: a vault edited by hand (or by another tool)
/// can hold a name or value that `add` would refuse, and a CR/LF there would inject
/// further headers into `curl -H @-`.
///
/// # Errors
/// [`SecretError::InvalidHeaderName`] or [`SecretError::InvalidHeaderValue`].
fn check(lines: &[HeaderLine]) -> Result<(), SecretError> {
    for l in lines {
        validate_header_name(&l.name)?;
        validate_header_secret(&l.name, &l.value)?;
    }
    Ok(())
}

fn curl_quote(s: &str) -> String {
    // curl config files: inside double quotes, backslash escapes \\ and \" (curl(1) -K).
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Renders header lines in `format`; the result holds credentials (zeroized on drop).
///
/// # Errors
/// [`SecretError`] when a name or value could not be sent as a header (CR/LF, controls:
/// only a hand-edited vault holds such values), so nothing is ever injected.
pub fn render(
    lines: &[HeaderLine],
    format: HeaderFormat,
) -> Result<zeroize::Zeroizing<String>, SecretError> {
    check(lines)?;
    let mut out = zeroize::Zeroizing::new(String::new());
    let mut json = serde_json::Map::new();
    for l in lines {
        // The one place a header value is read: it leaves the process on stdout.
        let value = l.value.expose_secret();
        match format {
            HeaderFormat::Lines => {
                out.push_str(&l.name);
                out.push_str(": ");
                out.push_str(value);
                out.push('\n');
            }
            HeaderFormat::CurlConfig => {
                out.push_str("header = \"");
                out.push_str(&zeroize::Zeroizing::new(curl_quote(&format!(
                    "{}: {value}",
                    l.name
                ))));
                out.push_str("\"\n");
            }
            HeaderFormat::Json => {
                json.insert(l.name.clone(), serde_json::Value::String(value.to_string()));
            }
        }
    }
    if format == HeaderFormat::Json {
        out.push_str(&serde_json::Value::Object(json).to_string());
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_is_rfc7617() {
        // RFC 7617 §2 example: Aladdin / open sesame.
        let b = BasicAuth {
            username: "Aladdin".into(),
            password: SecretValue::new("open sesame".into()),
        };
        let out = render(&[for_basic(&b)], HeaderFormat::Lines).unwrap();
        assert_eq!(
            out.as_str(),
            "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n"
        );
    }

    #[test]
    fn formats() {
        let p = Password {
            value: SecretValue::new("a\"b\\c".into()),
            header_name: Some("X-API-KEY".into()),
        };
        let l = [for_password(&p)];
        assert_eq!(
            render(&l, HeaderFormat::Lines).unwrap().as_str(),
            "X-API-KEY: a\"b\\c\n"
        );
        assert_eq!(
            render(&l, HeaderFormat::CurlConfig).unwrap().as_str(),
            "header = \"X-API-KEY: a\\\"b\\\\c\"\n"
        );
        assert_eq!(
            render(&l, HeaderFormat::Json).unwrap().as_str(),
            "{\"X-API-KEY\":\"a\\\"b\\\\c\"}\n"
        );
        assert!(!format!("{:?}", l[0]).contains("a\"b"));
        assert_eq!(
            render(&[bearer("t")], HeaderFormat::Lines)
                .unwrap()
                .as_str(),
            "Authorization: Bearer t\n"
        );
    }
}
