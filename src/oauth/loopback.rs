//! The loopback redirect listener of RFC 8252 §7.3 and the checks on the redirect it
//! receives (RFC 6749 §4.1.2, §10.12; RFC 9207 `iss`).
//!
//! The listener is bound before the browser is opened, so the redirect can never find
//! the port closed (or taken by another program). It answers stray requests such as
//! `/favicon.ico` with 404 and keeps waiting; a redirect to the callback path ends the
//! wait, with a code only when `state` matches.

use std::collections::HashMap;
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use subtle::ConstantTimeEq;

use super::{OAuthError, shorten};
use crate::secret::SecretValue;

/// What a valid redirect must look like.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The callback path, `/callback/NAME`.
    pub path: &'a str,
    /// The `state` sent in the authorization request.
    pub state: &'a str,
    /// The issuer, when known: a redirect carrying another `iss` is refused (RFC 9207
    /// §2.4, exact comparison: give the issuer as the provider's metadata states it).
    pub issuer: Option<&'a str>,
}

/// A bound loopback listener.
pub struct Listener {
    server: tiny_http::Server,
    port: u16,
}

const PAGE_OK: &str = "<!doctype html><meta charset=utf-8><title>Signed in</title>\
<p>Signed in. You can close this tab and return to the terminal.</p>";
const PAGE_FAILED: &str = "<!doctype html><meta charset=utf-8><title>Sign-in failed</title>\
<p>Sign-in failed. The terminal says why; you can close this tab.</p>";

impl Listener {
    /// Binds `host:port` (`port` 0 = any free port).
    ///
    /// # Errors
    /// [`OAuthError::PortInUse`] naming the port when another program holds it.
    pub fn bind(host: &str, port: u16) -> Result<Listener, OAuthError> {
        let tcp = TcpListener::bind((host, port)).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                OAuthError::PortInUse(port)
            } else {
                OAuthError::Listen { port, source: e }
            }
        })?;
        let port = tcp
            .local_addr()
            .map_err(|source| OAuthError::Listen { port, source })?
            .port();
        let server =
            tiny_http::Server::from_listener(tcp, None).map_err(|e| OAuthError::Listen {
                port,
                source: std::io::Error::other(e.to_string()),
            })?;
        Ok(Listener { server, port })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Waits for the redirect until `timeout` passes or `cancel` becomes true.
    ///
    /// # Errors
    /// The redirect's error ([`OAuthError::AuthorizationDenied`]), a bad `state`
    /// ([`OAuthError::StateMismatch`]), [`OAuthError::Timeout`] or
    /// [`OAuthError::Interrupted`].
    pub fn wait(
        &self,
        expected: Expected<'_>,
        timeout: Duration,
        cancel: &AtomicBool,
    ) -> Result<SecretValue, OAuthError> {
        self.wait_for_response(expected, false, timeout, cancel)
    }

    /// [`Self::wait`], refusing also a redirect without `iss` when `iss_advertised`
    /// (discovery's `authorization_response_iss_parameter_supported`, RFC 9207 §3).
    pub fn wait_for_response(
        &self,
        expected: Expected<'_>,
        iss_advertised: bool,
        timeout: Duration,
        cancel: &AtomicBool,
    ) -> Result<SecretValue, OAuthError> {
        let deadline = Instant::now() + timeout;
        loop {
            if cancel.load(Ordering::Relaxed) {
                return Err(OAuthError::Interrupted);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(OAuthError::Timeout(timeout.as_secs()));
            }
            // Short slices so Ctrl-C is noticed quickly.
            let slice = (deadline - now).min(Duration::from_millis(200));
            let req = match self.server.recv_timeout(slice) {
                Ok(Some(r)) => r,
                Ok(None) => continue,
                Err(source) => {
                    return Err(OAuthError::Listen {
                        port: self.port,
                        source,
                    });
                }
            };
            let url = req.url().to_string();
            let (path, query) = url.split_once('?').unwrap_or((&url, ""));
            if *req.method() != tiny_http::Method::Get || path != expected.path || query.is_empty()
            {
                // Stray requests (favicon, probes, a reload of an old tab) do not end the wait.
                respond(req, 404, "<!doctype html><title>Not found</title>");
                continue;
            }
            let result = check_authorization_response(query, expected, iss_advertised);
            match &result {
                Ok(_) => respond(req, 200, PAGE_OK),
                Err(_) => respond(req, 400, PAGE_FAILED),
            }
            return result;
        }
    }
}

fn respond(req: tiny_http::Request, status: u16, page: &str) {
    let header =
        tiny_http::Header::from_bytes(&b"Content-Type"[..], &b"text/html; charset=utf-8"[..])
            .expect("a static header is valid");
    let resp = tiny_http::Response::from_string(page)
        .with_status_code(status)
        .with_header(header);
    // The browser may already have gone away; the result does not depend on it.
    let _ = req.respond(resp);
}

/// Checks a redirect's query string with [`check_authorization_response`], `iss` checked
/// only when present.
pub fn check_callback(query: &str, expected: Expected<'_>) -> Result<SecretValue, OAuthError> {
    check_authorization_response(query, expected, false)
}

/// Checks a redirect's query string: `state` first (on success *and* error redirects,
/// RFC 6749 §4.1.2 and §4.1.2.1), then `iss` (RFC 9207 §2.4, also on errors, so a
/// mixed-up provider's error is not shown as ours; required when `iss_advertised`),
/// then `error`, then the code.
pub fn check_authorization_response(
    query: &str,
    expected: Expected<'_>,
    iss_advertised: bool,
) -> Result<SecretValue, OAuthError> {
    let mut params: HashMap<String, String> = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        // RFC 6749 §3.1: parameters MUST NOT be included more than once.
        if params.insert(k.into_owned(), v.into_owned()).is_some() {
            return Err(OAuthError::MalformedCallback("a parameter is repeated"));
        }
    }
    let state_ok = params
        .get("state")
        .is_some_and(|s| bool::from(s.as_bytes().ct_eq(expected.state.as_bytes())));
    if !state_ok {
        return Err(OAuthError::StateMismatch);
    }
    super::iss::check_response_iss(
        params.get("iss").map(String::as_str),
        expected.issuer,
        iss_advertised,
    )?;
    if let Some(error) = params.get("error") {
        return Err(OAuthError::AuthorizationDenied {
            error: shorten(error, 80),
            description: params.get("error_description").map(|d| shorten(d, 300)),
        });
    }
    match params.remove("code") {
        Some(code) if !code.is_empty() => Ok(SecretValue::new(code)),
        _ => Err(OAuthError::MalformedCallback(
            "it has neither a code nor an error",
        )),
    }
}

/// Checks a redirected URL pasted by the user (`--manual`): the path, then the query.
pub fn check_pasted_url(text: &str, expected: Expected<'_>) -> Result<SecretValue, OAuthError> {
    check_pasted_response(text, expected, false)
}

/// [`check_pasted_url`] with the RFC 9207 rule of [`check_authorization_response`].
pub fn check_pasted_response(
    text: &str,
    expected: Expected<'_>,
    iss_advertised: bool,
) -> Result<SecretValue, OAuthError> {
    let url = url::Url::parse(text.trim()).map_err(|source| OAuthError::InvalidUrl {
        what: "pasted",
        source,
    })?;
    if url.path() != expected.path {
        return Err(OAuthError::MalformedCallback(
            "the pasted URL is not this secret's redirect URI",
        ));
    }
    check_authorization_response(url.query().unwrap_or(""), expected, iss_advertised)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXP: Expected<'static> = Expected {
        path: "/callback/x",
        state: "S1",
        issuer: Some("http://idp"),
    };

    #[test]
    fn state_is_checked_on_success_and_error() {
        assert_eq!(
            check_callback("code=c&state=S1", EXP)
                .unwrap()
                .expose_secret(),
            "c"
        );
        assert!(matches!(
            check_callback("code=c&state=S2", EXP),
            Err(OAuthError::StateMismatch)
        ));
        assert!(matches!(
            check_callback("code=c", EXP),
            Err(OAuthError::StateMismatch)
        ));
        assert!(matches!(
            check_callback("error=access_denied&state=evil", EXP),
            Err(OAuthError::StateMismatch)
        ));
        assert!(matches!(
            check_callback("error=access_denied&state=S1", EXP),
            Err(OAuthError::AuthorizationDenied { .. })
        ));
        assert!(matches!(
            check_callback("code=c&state=S1&iss=http%3A%2F%2Fother", EXP),
            Err(OAuthError::AuthorizationIssuer(_))
        ));
        assert!(check_callback("code=c&state=S1&iss=http%3A%2F%2Fidp", EXP).is_ok());
        assert!(matches!(
            check_callback("code=c&code=d&state=S1", EXP),
            Err(OAuthError::MalformedCallback(_))
        ));
    }

    /// RFC 9207: a foreign or (when advertised) missing `iss` stops the response before
    /// a code is returned for exchange; an error response from a foreign issuer is
    /// reported as the mix-up, not as that issuer's refusal.
    #[test]
    fn rfc9207_iss_before_any_exchange() {
        for q in [
            "code=c&state=S1&iss=http%3A%2F%2Fidp%2F",
            "code=c&state=S1&iss=http%3A%2F%2Fother",
            "code=c&state=S1&iss=",
            "error=access_denied&state=S1&iss=http%3A%2F%2Fother",
        ] {
            assert!(
                matches!(
                    check_authorization_response(q, EXP, false),
                    Err(OAuthError::AuthorizationIssuer(_))
                ),
                "{q}"
            );
        }
        assert!(matches!(
            check_authorization_response("code=c&state=S1", EXP, true),
            Err(OAuthError::AuthorizationIssuer(_))
        ));
        assert!(check_authorization_response("code=c&state=S1", EXP, false).is_ok());
        assert!(
            check_authorization_response("code=c&state=S1&iss=http%3A%2F%2Fidp", EXP, true).is_ok()
        );
        assert!(matches!(
            check_pasted_response("http://127.0.0.1:1/callback/x?code=c&state=S1", EXP, true),
            Err(OAuthError::AuthorizationIssuer(_))
        ));
    }

    #[test]
    fn pasted_urls() {
        assert!(check_pasted_url(" http://127.0.0.1:1/callback/x?code=c&state=S1\n", EXP).is_ok());
        assert!(check_pasted_url("http://127.0.0.1:1/callback/y?code=c&state=S1", EXP).is_err());
        assert!(check_pasted_url("not a url", EXP).is_err());
    }

    fn get(port: u16, path: &str) -> String {
        use std::io::{Read, Write};
        let mut c = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            c,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        c.read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn stray_requests_are_ignored() {
        let l = Listener::bind("127.0.0.1", 0).unwrap();
        let port = l.port();
        let browser = std::thread::spawn(move || {
            let favicon = get(port, "/favicon.ico");
            let bare = get(port, "/callback/x");
            let done = get(port, "/callback/x?code=c&state=S1");
            (favicon, bare, done)
        });
        let cancel = AtomicBool::new(false);
        let code = l.wait(EXP, Duration::from_secs(30), &cancel).unwrap();
        assert_eq!(code.expose_secret(), "c");
        let (favicon, bare, done) = browser.join().unwrap();
        assert!(favicon.starts_with("HTTP/1.1 404"), "{favicon}");
        assert!(bare.starts_with("HTTP/1.1 404"), "{bare}");
        assert!(
            done.starts_with("HTTP/1.1 200") && done.contains("Signed in"),
            "{done}"
        );
    }

    #[test]
    fn timeout_and_cancel() {
        let l = Listener::bind("127.0.0.1", 0).unwrap();
        let cancel = AtomicBool::new(false);
        assert!(matches!(
            l.wait(EXP, Duration::from_millis(300), &cancel),
            Err(OAuthError::Timeout(_))
        ));
        cancel.store(true, Ordering::Relaxed);
        assert!(matches!(
            l.wait(EXP, Duration::from_secs(30), &cancel),
            Err(OAuthError::Interrupted)
        ));
    }

    #[test]
    fn port_in_use_is_named() {
        let l = Listener::bind("127.0.0.1", 0).unwrap();
        match Listener::bind("127.0.0.1", l.port()) {
            Err(OAuthError::PortInUse(p)) => assert_eq!(p, l.port()),
            other => panic!("{:?}", other.err()),
        }
    }
}
