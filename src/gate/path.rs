//! Normalising the forwarded request URI into the path that rules match.

use super::{Denial, GateError};

/// Normalises a forwarded request URI to the path that rules match, refusing every
/// form that two servers could route differently.
///
/// The gate judges a path, but the proxy forwards the raw URI, and backends differ in
/// how they read it: nginx resolves `..`, Flask and Express do not; some decode `%2F`
/// into a separator, some decode twice, servlet containers drop `;parameters`, Windows
/// servers split on `\`. So the gate accepts only a path whose every reading is the
/// same, and refuses the rest ([`Denial::BadPath`], HTTP 400):
///
/// - raw bytes other than visible ASCII (controls, space, non-ASCII), a backslash or a
///   `;` (path parameters, RFC 3986 §3.3);
/// - a `%` not followed by two hex digits, and escapes that decode to `/`, `\`, `;` or
///   `%` (`%2F`, `%5C`, `%3B`, and `%25`, which double-encodes anything: `%252e`);
/// - a decoded path that is not UTF-8 (overlong forms such as `%C0%AE`) or holds a
///   control character (`%00`, `%0A`, C1 controls);
/// - a dot segment, `.` or `..`, raw, encoded or mixed (`%2e%2E`, `.%2e`), anywhere;
/// - an empty segment (`//`) other than a trailing `/`.
///
/// What remains is decoded (an escaped letter is that letter: `/%61dmin` is `/admin`)
/// and returned without the query, the fragment and a trailing `/`. An absolute URI
/// (`http://host/path`, as some proxies forward) is judged by its path.
///
/// # Errors
/// [`Denial::BadPath`] for any of the forms above, or a URI that is not an absolute
/// path.
pub fn normalize_path(uri: &str) -> Result<String, Denial> {
    let path = uri.split(['?', '#']).next().unwrap_or("");
    // An absolute URI (`http://host/path`) forwarded by some proxies: keep its path.
    let path = match path.split_once("://") {
        Some((scheme, rest))
            if !scheme.is_empty() && scheme.bytes().all(|c| c.is_ascii_alphabetic()) =>
        {
            rest.find('/').map_or("/", |i| &rest[i..])
        }
        _ => path,
    };
    if !path.starts_with('/') {
        return Err(Denial::BadPath);
    }
    let raw = path.as_bytes();
    if raw
        .iter()
        .any(|&b| !(0x21..=0x7E).contains(&b) || b == b'\\' || b == b';')
    {
        return Err(Denial::BadPath);
    }
    let mut decoded = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'%' {
            decoded.push(b);
            i += 1;
            continue;
        }
        let hex = |j: usize| raw.get(j).and_then(|&c| (c as char).to_digit(16));
        let (Some(hi), Some(lo)) = (hex(i + 1), hex(i + 2)) else {
            return Err(Denial::BadPath);
        };
        // Two hex digits: the value fits in a byte.
        let byte = u8::try_from(hi * 16 + lo).map_err(|_| Denial::BadPath)?;
        if matches!(byte, b'/' | b'\\' | b';' | b'%') {
            return Err(Denial::BadPath);
        }
        decoded.push(byte);
        i += 3;
    }
    let decoded = String::from_utf8(decoded).map_err(|_| Denial::BadPath)?;
    if decoded.chars().any(char::is_control) {
        return Err(Denial::BadPath);
    }
    let body = decoded.strip_prefix('/').unwrap_or(&decoded);
    let body = body.strip_suffix('/').unwrap_or(body);
    if body.is_empty() {
        return Ok("/".to_string());
    }
    if body.split('/').any(|seg| matches!(seg, "" | "." | "..")) {
        return Err(Denial::BadPath);
    }
    Ok(format!("/{body}"))
}

/// Normalises a rule prefix: an absolute path, without a trailing `/` (except `/`).
///
/// # Errors
/// [`GateError::BadPrefix`].
pub fn normalize_prefix(prefix: &str) -> Result<String, GateError> {
    if !prefix.starts_with('/') || prefix.contains(['?', '#']) {
        return Err(GateError::BadPrefix(prefix.to_string()));
    }
    normalize_path(prefix).map_err(|_| GateError::BadPrefix(prefix.to_string()))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn canonical_paths_are_decoded() {
        assert_eq!(normalize_path("/").unwrap(), "/");
        assert_eq!(normalize_path("/a/b/c/?x=/admin/../..").unwrap(), "/a/b/c");
        assert_eq!(normalize_path("/%61dmin").unwrap(), "/admin");
        assert_eq!(normalize_path("/file%2ejson").unwrap(), "/file.json");
        assert_eq!(normalize_path("/.well-known/x").unwrap(), "/.well-known/x");
        assert_eq!(normalize_path("/a/...").unwrap(), "/a/...");
        assert_eq!(normalize_path("/caf%C3%A9").unwrap(), "/café");
        assert_eq!(normalize_path("http://h:1/api?q").unwrap(), "/api");
        assert_eq!(normalize_path("/api#frag").unwrap(), "/api");
        assert_eq!(normalize_prefix("/admin/").unwrap(), "/admin");
    }

    /// Every form that a backend could read as another path (issue 10 item 1): dot
    /// segments raw, encoded and mixed; double encoding; encoded and raw separators;
    /// path parameters; controls; overlong UTF-8; `//`.
    #[test]
    fn ambiguous_paths_are_refused() {
        for bad in [
            "x",
            "",
            "/../x",
            "/public/../admin/x",
            "/admin/users/../../public",
            "/a/./b",
            "/.",
            "/..",
            "/a/..",
            "/a/.",
            "/a/%2e%2e/b",
            "/a/%2E%2E/b",
            "/a/.%2e/b",
            "/a/%2e./b",
            "/a/%2e/b",
            "/a/%252e%252e/b",
            "/a/%25%32%65/b",
            "/admin%2F..%2Fpublic",
            "/admin%2f..%2fpublic",
            "/a%2fb",
            "/a%5cb",
            "/a%5Cb",
            "/x\\..\\admin",
            "/x%5C..%5cadmin",
            "/admin;jsessionid=1",
            "/;x/admin",
            "/x/..;/admin",
            "/x/..%3B/admin",
            "/x/.;a/admin",
            "/a%3bb",
            "/a%00b",
            "/a%0Ab",
            "/a%0d%0aX: y",
            "/a%7f",
            "/a%C2%85",
            "/a\u{7f}",
            "/a b",
            "/a\tb",
            "/café",
            "/a/%c0%ae%c0%ae/b",
            "/a/%C0%AE/b",
            "/a/%e0%80%ae/b",
            "/a/%ff",
            "/a%",
            "/a%2",
            "/a%zz",
            "/a%%32%65",
            "//admin",
            "/a//b",
            "/a/b//",
            "http://h:1/a/../b",
        ] {
            assert_eq!(normalize_path(bad), Err(Denial::BadPath), "{bad:?}");
        }
        assert!(normalize_prefix("/admin;v=1").is_err());
        assert!(normalize_prefix("/a/../b").is_err());
        assert!(normalize_prefix("/a?b").is_err());
    }

    fn decoded_segments_are_plain(p: &str) -> bool {
        p.starts_with('/')
            && (p == "/"
                || p[1..]
                    .split('/')
                    .all(|s| !matches!(s, "" | "." | "..") && !s.contains(['\\', ';'])))
    }

    proptest! {
        /// No input panics; an accepted path is absolute, has no dot or empty segment,
        /// no separator or parameter that came from an escape, and no control.
        #[test]
        fn accepted_paths_are_plain(uri in "[/a-zA-Z0-9.%;\\\\?#:2-5cCeEfF\u{0}-\u{20}\u{80}-\u{ff}]{0,40}") {
            if let Ok(p) = normalize_path(&uri) {
                prop_assert!(decoded_segments_are_plain(&p), "{uri:?} -> {p:?}");
                prop_assert!(!p.chars().any(char::is_control));
                let raw = uri.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
                for esc in ["%2f", "%5c", "%3b", "%25"] {
                    prop_assert!(!raw.contains(esc), "{uri:?}");
                }
            }
        }

        /// Normalising is idempotent when the result has no `%` (which it would
        /// decode again): a judged path judged again is the same path.
        #[test]
        fn normalisation_is_idempotent(uri in "(/([a-z.]{1,3}|%2[eE]|%6[1-9]|%2[fF]|%25|;|/)){1,8}/?") {
            if let Ok(p) = normalize_path(&uri) {
                prop_assert!(!p.contains('%'));
                prop_assert_eq!(normalize_path(&p), Ok(p.clone()));
            }
        }

        /// Splicing a dot segment, raw or encoded, anywhere into a path that is
        /// accepted always gets it refused.
        #[test]
        fn any_dot_segment_is_refused(
            pre in "(/[a-z]{1,4}){0,3}",
            dot in "(\\.|%2[eE]){1,2}",
            post in "(/[a-z]{1,4}){0,3}",
        ) {
            let uri = format!("{pre}/{dot}{post}");
            prop_assert_eq!(normalize_path(&uri), Err(Denial::BadPath), "{}", uri);
        }
    }
}
