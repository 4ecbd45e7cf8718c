//! Normalising the forwarded request URI into the path that rules match.

use super::{Denial, GateError};

/// Normalises a forwarded request URI to the path that rules match, the way nginx
/// resolves `$uri`: the query and fragment are dropped, `%XX` escapes decoded, empty and
/// `.` segments removed and `..` resolved (RFC 3986 §5.2.4). A raw `$request_uri` such
/// as `/public/../admin` is thus judged as `/admin`, the location nginx serves.
///
/// Servlet containers (Tomcat, Jetty) drop `;parameters` from each segment before they
/// route, so `/admin;x` is their `/admin` and `/public/..;/admin` their `/admin`: a
/// segment is matched without its parameters, and a dot segment that carries parameters
/// (`..;x`), which other servers take as a plain name, is refused as ambiguous, as is a
/// backslash (a separator to some servers, a name character to others).
///
/// # Errors
/// [`Denial::BadPath`] when the URI is not an absolute path, `..` climbs above the root,
/// or the decoded path holds a NUL, a backslash or a dot segment with parameters.
pub fn normalize_path(uri: &str) -> Result<String, Denial> {
    let path = uri.split(['?', '#']).next().unwrap_or("");
    // An absolute URI (`http://host/path`) forwarded by some proxies: keep its path.
    let path = match path.split_once("://") {
        Some((scheme, rest)) if scheme.bytes().all(|c| c.is_ascii_alphabetic()) => {
            rest.find('/').map_or("/", |i| &rest[i..])
        }
        _ => path,
    };
    if !path.starts_with('/') {
        return Err(Denial::BadPath);
    }
    let decoded = percent_encoding::percent_decode_str(path).collect::<Vec<u8>>();
    if decoded.contains(&0) || decoded.contains(&b'\\') {
        return Err(Denial::BadPath);
    }
    let decoded = String::from_utf8_lossy(&decoded);
    let mut segments: Vec<&str> = Vec::new();
    for seg in decoded.split('/') {
        let seg = match seg.split_once(';') {
            Some((".." | ".", _)) => return Err(Denial::BadPath),
            Some((name, _)) => name,
            None => seg,
        };
        match seg {
            "" | "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Err(Denial::BadPath);
                }
            }
            s => segments.push(s),
        }
    }
    let mut out = String::with_capacity(decoded.len());
    for s in &segments {
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() {
        out.push('/');
    }
    Ok(out)
}

/// Normalises a rule prefix: an absolute path, without a trailing `/` (except `/`).
///
/// # Errors
/// [`GateError::BadPrefix`].
pub fn normalize_prefix(prefix: &str) -> Result<String, GateError> {
    // `;` would be dropped as a path parameter: refuse it rather than guard another path.
    if !prefix.starts_with('/') || prefix.contains(['?', '#', ';']) {
        return Err(GateError::BadPrefix(prefix.to_string()));
    }
    normalize_path(prefix).map_err(|_| GateError::BadPrefix(prefix.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalise_like_nginx() {
        assert_eq!(normalize_path("/").unwrap(), "/");
        assert_eq!(normalize_path("/a//b/./c/?x=/admin").unwrap(), "/a/b/c");
        assert_eq!(normalize_path("/public/../admin/x").unwrap(), "/admin/x");
        assert_eq!(normalize_path("/%61dmin").unwrap(), "/admin");
        assert_eq!(normalize_path("http://h:1/api?q").unwrap(), "/api");
        assert_eq!(normalize_path("/../x"), Err(Denial::BadPath));
        assert_eq!(normalize_path("x"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/a%00b"), Err(Denial::BadPath));
        // Servlet path parameters: matched as Tomcat routes them, or refused.
        assert_eq!(normalize_path("/admin;jsessionid=1").unwrap(), "/admin");
        assert_eq!(normalize_path("/;x/admin/y;v=1").unwrap(), "/admin/y");
        assert_eq!(normalize_path("/x/..;/admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x/..%3B/admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x/.;a/admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x\\..\\admin"), Err(Denial::BadPath));
        assert_eq!(normalize_path("/x%5C..%5cadmin"), Err(Denial::BadPath));
        assert!(normalize_prefix("/admin;v=1").is_err());
        assert_eq!(normalize_prefix("/admin/").unwrap(), "/admin");
    }
}
