//! The loopback redirect listener of RFC 8252 §7.3 and the checks on the redirect it
//! receives (RFC 6749 §4.1.2, §10.12; RFC 9207 `iss`).
//!
//! The listener is bound before the browser is opened, so the redirect can never find
//! the port closed (or taken by another program). Any local process, and any web page
//! the user has open, can send requests to it, so only a redirect that carries this
//! login's `state` (exactly once) ends the wait — with a code, or with the provider's
//! error. Everything else is answered with a small 4xx page, reported through the
//! caller's `on_ignored` and otherwise ignored: other paths (`/favicon.ico`), other
//! methods (`HEAD`, `POST`), a wrong, missing or repeated `state`, malformed or
//! oversized requests, and connections that send no complete request in time.
//!
//! One thread serves every connection with non-blocking sockets (mio), so a client
//! that stalls halfway through a request holds no thread and cannot delay the real
//! redirect. Each connection is bounded: [`Limits::max_request_bytes`] of request
//! head, [`Limits::read_timeout`] to send it, one request per connection, and at most
//! [`Limits::max_connections`] open at once (the oldest is closed to make room).

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{ErrorKind, Read, Write};
use std::net::Shutdown;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Token};
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
    /// The issuer, when known: a redirect carrying another `iss` is refused (RFC 9207 §2.4).
    pub issuer: Option<&'a str>,
}

/// The bounds on each connection to the loopback listener.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest request head (request line and headers) read, in bytes; a bigger
    /// request is answered 431 and closed. Default 8 KiB (a redirect is well under 2 KiB).
    pub max_request_bytes: usize,
    /// How long a connection may take to send its complete request head, counted from
    /// its accept; then it is answered 408 and closed. Default 10 s.
    pub read_timeout: Duration,
    /// Connections held open at once; when one more arrives, the oldest is closed.
    /// Default 64.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_request_bytes: 8 * 1024,
            read_timeout: Duration::from_secs(10),
            max_connections: 64,
        }
    }
}

/// A request or connection the listener answered and ignored; the login goes on.
///
/// `Display` is one short line for the user. It never contains the query string (a
/// stray request may carry a real code); paths are shortened but not sanitised, so the
/// command layer sanitises the line before printing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    /// A request for another path (`/favicon.ico`, a probe); answered 404.
    NotCallback {
        /// The request method, shortened.
        method: String,
        /// The path without its query, shortened.
        path: String,
    },
    /// A request for the callback path with a method other than GET; answered 405.
    Method(String),
    /// A redirect without `state`; answered 400.
    NoState,
    /// A redirect whose `state` is not this login's (RFC 6749 §10.12); answered 400.
    StateMismatch,
    /// A redirect that repeats `state` (RFC 6749 §3.1 forbids it); answered 400.
    StateRepeated,
    /// Bytes that are not an HTTP/1.x request; answered 400.
    Malformed,
    /// A request head larger than [`Limits::max_request_bytes`]; answered 431.
    TooLarge(usize),
    /// No complete request within [`Limits::read_timeout`]; answered 408.
    TimedOut(Duration),
    /// The peer closed the connection in the middle of a request.
    Incomplete,
    /// [`Limits::max_connections`] were open; the oldest was closed; answered 503.
    TooManyConnections(usize),
}

impl std::fmt::Display for Ignored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ignored::NotCallback { method, path } => {
                write!(f, "{method} {path} is not the callback")
            }
            Ignored::Method(m) => write!(f, "a {m} request to the callback (a redirect is a GET)"),
            Ignored::NoState => f.write_str("a redirect without state"),
            Ignored::StateMismatch => {
                f.write_str("a redirect whose state does not match this login's")
            }
            Ignored::StateRepeated => f.write_str("a redirect that repeats state"),
            Ignored::Malformed => f.write_str("a malformed HTTP request"),
            Ignored::TooLarge(max) => write!(f, "a request larger than {max} bytes"),
            Ignored::TimedOut(t) => write!(
                f,
                "a connection that sent no complete request within {} s",
                t.as_secs_f64()
            ),
            Ignored::Incomplete => f.write_str("a connection closed in the middle of a request"),
            Ignored::TooManyConnections(n) => {
                write!(f, "more than {n} connections at once (closed the oldest)")
            }
        }
    }
}

impl Ignored {
    /// The status the ignored request is answered with.
    fn status(&self) -> u16 {
        match self {
            Ignored::NotCallback { .. } => 404,
            Ignored::Method(_) => 405,
            Ignored::TooLarge(_) => 431,
            Ignored::TimedOut(_) => 408,
            Ignored::TooManyConnections(_) => 503,
            _ => 400,
        }
    }
}

/// A bound loopback listener.
pub struct Listener {
    listener: TcpListener,
    poll: Poll,
    port: u16,
    limits: Limits,
    conns: HashMap<Token, Conn>,
    next_token: usize,
}

/// One accepted connection and the request head read from it so far.
struct Conn {
    stream: TcpStream,
    head: Vec<u8>,
    deadline: Instant,
    /// Accept order, to find the oldest connection.
    seq: usize,
}

const LISTENER: Token = Token(0);
/// How often the wait looks at `cancel` and retries a failed accept.
const TICK: Duration = Duration::from_millis(200);

const PAGE_OK: &str = "<!doctype html><meta charset=utf-8><title>Signed in</title>\
<p>Signed in. You can close this tab and return to the terminal.</p>";
const PAGE_FAILED: &str = "<!doctype html><meta charset=utf-8><title>Sign-in failed</title>\
<p>Sign-in failed. The terminal says why; you can close this tab.</p>";
const PAGE_IGNORED: &str = "<!doctype html><meta charset=utf-8><title>Ignored</title>\
<p>This request is not the login's redirect and was ignored.</p>";

/// What one serviced connection came to.
enum Outcome {
    /// Still reading its request.
    Pending,
    /// Answered and closed, ignored (`None`: closed before sending anything).
    Ignored(Option<Ignored>),
    /// The redirect of this login: the wait ends with this result.
    Done(Result<SecretValue, OAuthError>),
}

impl Listener {
    /// Binds `host:port` (`port` 0 = any free port) with the default [`Limits`].
    ///
    /// # Errors
    /// [`OAuthError::PortInUse`] naming the port when another program holds it,
    /// [`OAuthError::Listen`] for any other failure.
    pub fn bind(host: &str, port: u16) -> Result<Listener, OAuthError> {
        Listener::bind_with(host, port, Limits::default())
    }

    /// Binds `host:port` (`port` 0 = any free port) with the given limits.
    ///
    /// # Errors
    /// As [`Listener::bind`].
    pub fn bind_with(host: &str, port: u16, limits: Limits) -> Result<Listener, OAuthError> {
        let tcp = std::net::TcpListener::bind((host, port)).map_err(|e| {
            if e.kind() == ErrorKind::AddrInUse {
                OAuthError::PortInUse(port)
            } else {
                OAuthError::Listen { port, source: e }
            }
        })?;
        let listen_err = |source| OAuthError::Listen { port, source };
        let port = tcp.local_addr().map_err(listen_err)?.port();
        tcp.set_nonblocking(true).map_err(listen_err)?;
        let mut listener = TcpListener::from_std(tcp);
        let poll = Poll::new().map_err(listen_err)?;
        poll.registry()
            .register(&mut listener, LISTENER, Interest::READABLE)
            .map_err(listen_err)?;
        Ok(Listener {
            listener,
            poll,
            port,
            limits,
            conns: HashMap::new(),
            next_token: 1,
        })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Waits for this login's redirect until `timeout` passes or `cancel` becomes true.
    ///
    /// Only a GET of `expected.path` whose query carries `expected.state` exactly once
    /// ends the wait; every other request or connection is answered with a 4xx page,
    /// passed to `on_ignored`, and the wait goes on (see the module documentation).
    ///
    /// # Errors
    /// For the redirect of this login: the provider's error
    /// ([`OAuthError::AuthorizationDenied`]) or [`OAuthError::MalformedCallback`]. Else
    /// [`OAuthError::Timeout`], [`OAuthError::Interrupted`], or [`OAuthError::Listen`]
    /// when the listener itself fails.
    pub fn wait(
        &mut self,
        expected: Expected<'_>,
        timeout: Duration,
        cancel: &AtomicBool,
        on_ignored: &mut dyn FnMut(&Ignored),
    ) -> Result<SecretValue, OAuthError> {
        let deadline = Instant::now() + timeout;
        let mut events = Events::with_capacity(64);
        loop {
            if cancel.load(Ordering::Relaxed) {
                return Err(OAuthError::Interrupted);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(OAuthError::Timeout(timeout.as_secs()));
            }
            // Wake for Ctrl-C, the overall deadline and the next connection's deadline.
            let mut wake = (deadline - now).min(TICK);
            if let Some(first) = self.conns.values().map(|c| c.deadline).min() {
                wake = wake.min(first.saturating_duration_since(now));
            }
            match self.poll.poll(&mut events, Some(wake)) {
                Ok(()) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(source) => {
                    return Err(OAuthError::Listen {
                        port: self.port,
                        source,
                    });
                }
            }
            // Accepting on every round (not only on an event) retries a transient
            // failure such as EMFILE on the next tick instead of giving up.
            self.accept_all(on_ignored);
            let ready: Vec<Token> = events
                .iter()
                .map(mio::event::Event::token)
                .filter(|t| *t != LISTENER)
                .collect();
            for token in ready {
                match self.service(token, expected) {
                    Outcome::Pending => {}
                    Outcome::Ignored(why) => {
                        self.conns.remove(&token);
                        if let Some(why) = why {
                            on_ignored(&why);
                        }
                    }
                    Outcome::Done(result) => {
                        self.conns.remove(&token);
                        return result;
                    }
                }
            }
            self.expire(on_ignored);
        }
    }

    /// Accepts every pending connection (at most `max_connections` per round).
    fn accept_all(&mut self, on_ignored: &mut dyn FnMut(&Ignored)) {
        for _ in 0..self.limits.max_connections.max(1) {
            let mut stream = match self.listener.accept() {
                Ok((stream, _)) => stream,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                // WouldBlock: none left. EMFILE, ECONNABORTED…: retried on the next tick.
                Err(_) => return,
            };
            if self.conns.len() >= self.limits.max_connections.max(1)
                && let Some(oldest) = self
                    .conns
                    .iter()
                    .min_by_key(|(_, c)| c.seq)
                    .map(|(t, _)| *t)
                && let Some(mut old) = self.conns.remove(&oldest)
            {
                let why = Ignored::TooManyConnections(self.limits.max_connections);
                respond(&mut old.stream, why.status(), PAGE_IGNORED);
                on_ignored(&why);
            }
            let token = Token(self.next_token);
            self.next_token += 1;
            if self
                .poll
                .registry()
                .register(&mut stream, token, Interest::READABLE)
                .is_err()
            {
                continue;
            }
            self.conns.insert(
                token,
                Conn {
                    stream,
                    head: Vec::new(),
                    deadline: Instant::now() + self.limits.read_timeout,
                    seq: token.0,
                },
            );
        }
    }

    /// Answers 408 to every connection past its deadline and closes it.
    fn expire(&mut self, on_ignored: &mut dyn FnMut(&Ignored)) {
        let now = Instant::now();
        let late: Vec<Token> = self
            .conns
            .iter()
            .filter(|(_, c)| c.deadline <= now)
            .map(|(t, _)| *t)
            .collect();
        for token in late {
            if let Some(mut c) = self.conns.remove(&token) {
                let why = Ignored::TimedOut(self.limits.read_timeout);
                respond(&mut c.stream, why.status(), PAGE_IGNORED);
                on_ignored(&why);
            }
        }
    }

    /// Reads what a connection has sent and judges it once its request head is complete.
    fn service(&mut self, token: Token, expected: Expected<'_>) -> Outcome {
        let max = self.limits.max_request_bytes;
        let Some(conn) = self.conns.get_mut(&token) else {
            return Outcome::Pending;
        };
        let mut closed = false;
        let mut chunk = [0u8; 2048];
        // Edge-triggered readiness: read until the socket is drained (or the cap is
        // passed by one byte, which is enough to know the request is too large).
        while conn.head.len() <= max {
            let room = (max + 1 - conn.head.len()).min(chunk.len());
            match conn.stream.read(&mut chunk[..room]) {
                Ok(0) => {
                    closed = true;
                    break;
                }
                Ok(n) => conn.head.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => {
                    closed = true;
                    break;
                }
            }
        }
        let verdict = judge(&conn.head, max, expected);
        let (status, page, outcome) = match verdict {
            Verdict::Partial if closed => {
                let why = (!conn.head.is_empty()).then_some(Ignored::Incomplete);
                return Outcome::Ignored(why);
            }
            Verdict::Partial => return Outcome::Pending,
            Verdict::Ignore(why) => (why.status(), PAGE_IGNORED, Outcome::Ignored(Some(why))),
            Verdict::Done(Ok(code)) => (200, PAGE_OK, Outcome::Done(Ok(code))),
            Verdict::Done(Err(e)) => (400, PAGE_FAILED, Outcome::Done(Err(e))),
        };
        respond(&mut conn.stream, status, page);
        outcome
    }
}

/// The judgement on the bytes a connection sent so far.
enum Verdict {
    /// The request head is not complete yet.
    Partial,
    /// Not this login's redirect.
    Ignore(Ignored),
    /// This login's redirect (its state matches): the wait ends.
    Done(Result<SecretValue, OAuthError>),
}

/// Judges a request head (RFC 9112 §2–3, parsed by httparse): only a complete GET of
/// the callback path with this login's state, exactly once, ends the wait.
fn judge(head: &[u8], max: usize, expected: Expected<'_>) -> Verdict {
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut req = httparse::Request::new(&mut headers);
    let (method, target) = match req.parse(head) {
        Ok(httparse::Status::Complete(_)) => match (req.method, req.path) {
            (Some(m), Some(p)) => (m, p),
            _ => return Verdict::Ignore(Ignored::Malformed),
        },
        Ok(httparse::Status::Partial) if head.len() > max => {
            return Verdict::Ignore(Ignored::TooLarge(max));
        }
        Ok(httparse::Status::Partial) => return Verdict::Partial,
        Err(httparse::Error::TooManyHeaders) => return Verdict::Ignore(Ignored::TooLarge(max)),
        Err(_) => return Verdict::Ignore(Ignored::Malformed),
    };
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path != expected.path {
        return Verdict::Ignore(Ignored::NotCallback {
            method: shorten(method, 16),
            path: shorten(path, 80),
        });
    }
    if method != "GET" {
        return Verdict::Ignore(Ignored::Method(shorten(method, 16)));
    }
    match state_of(query, expected.state) {
        StateCheck::Matches => Verdict::Done(check_callback(query, expected)),
        StateCheck::Missing => Verdict::Ignore(Ignored::NoState),
        StateCheck::Mismatch => Verdict::Ignore(Ignored::StateMismatch),
        StateCheck::Repeated => Verdict::Ignore(Ignored::StateRepeated),
    }
}

/// How a query's `state` compares with ours.
enum StateCheck {
    Matches,
    Missing,
    Mismatch,
    Repeated,
}

/// Compares the query's (percent-decoded) `state` with ours in constant time; a query
/// that names `state` twice never matches, whatever the values.
fn state_of(query: &str, want: &str) -> StateCheck {
    let mut found: Option<Cow<'_, str>> = None;
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        if k == "state" {
            if found.is_some() {
                return StateCheck::Repeated;
            }
            found = Some(v);
        }
    }
    match found {
        None => StateCheck::Missing,
        Some(v) if bool::from(v.as_bytes().ct_eq(want.as_bytes())) => StateCheck::Matches,
        Some(_) => StateCheck::Mismatch,
    }
}

/// Writes a small `Connection: close` answer without blocking (it fits the socket's
/// send buffer; a peer that does not read loses it) and ends the sending side.
fn respond(stream: &mut TcpStream, status: u16, page: &str) {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Bad Request",
    };
    // no-referrer: the page's own URL carries the code.
    let msg = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n\
Content-Length: {}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n\
X-Content-Type-Options: nosniff\r\nConnection: close\r\n{}\r\n{page}",
        page.len(),
        if status == 405 { "Allow: GET\r\n" } else { "" },
    );
    let mut rest = msg.as_bytes();
    while !rest.is_empty() {
        match stream.write(rest) {
            Ok(0) => break,
            Ok(n) => rest = &rest[n..],
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            // WouldBlock (a peer that does not read) or a gone peer: the result of the
            // login does not depend on this page.
            Err(_) => break,
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Write);
}

/// Checks a redirect's query string: `state` first (on success *and* error redirects,
/// RFC 6749 §4.1.2 and §4.1.2.1), then `error`, then `iss`, then the code.
pub fn check_callback(query: &str, expected: Expected<'_>) -> Result<SecretValue, OAuthError> {
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
    if let Some(error) = params.get("error") {
        return Err(OAuthError::AuthorizationDenied {
            error: shorten(error, 80),
            description: params.get("error_description").map(|d| shorten(d, 300)),
        });
    }
    if let (Some(iss), Some(want)) = (params.get("iss"), expected.issuer)
        && iss.trim_end_matches('/') != want.trim_end_matches('/')
    {
        return Err(OAuthError::MalformedCallback(
            "it names another issuer (RFC 9207 mix-up protection)",
        ));
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
    let url = url::Url::parse(text.trim()).map_err(|source| OAuthError::InvalidUrl {
        what: "pasted",
        source,
    })?;
    if url.path() != expected.path {
        return Err(OAuthError::MalformedCallback(
            "the pasted URL is not this secret's redirect URI",
        ));
    }
    check_callback(url.query().unwrap_or(""), expected)
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
            Err(OAuthError::MalformedCallback(_))
        ));
        assert!(check_callback("code=c&state=S1&iss=http%3A%2F%2Fidp", EXP).is_ok());
        assert!(matches!(
            check_callback("code=c&code=d&state=S1", EXP),
            Err(OAuthError::MalformedCallback(_))
        ));
    }

    #[test]
    fn pasted_urls() {
        assert!(check_pasted_url(" http://127.0.0.1:1/callback/x?code=c&state=S1\n", EXP).is_ok());
        assert!(check_pasted_url("http://127.0.0.1:1/callback/y?code=c&state=S1", EXP).is_err());
        assert!(check_pasted_url("not a url", EXP).is_err());
    }

    /// Sends raw bytes on a new connection and returns what came back (empty when the
    /// listener closed without an answer).
    fn send(port: u16, raw: &[u8]) -> String {
        use std::io::{Read, Write};
        let mut c = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        let _ = c.write_all(raw);
        let mut out = Vec::new();
        let _ = c.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    fn get(port: u16, path: &str) -> String {
        send(
            port,
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
    }

    fn wait_collect(
        l: &mut Listener,
        timeout: Duration,
    ) -> (Result<SecretValue, OAuthError>, Vec<Ignored>) {
        let cancel = AtomicBool::new(false);
        let mut ignored = Vec::new();
        let r = l.wait(EXP, timeout, &cancel, &mut |i| ignored.push(i.clone()));
        (r, ignored)
    }

    #[test]
    fn stray_requests_are_ignored() {
        let mut l = Listener::bind("127.0.0.1", 0).unwrap();
        let port = l.port();
        let browser = std::thread::spawn(move || {
            let favicon = get(port, "/favicon.ico");
            let bare = get(port, "/callback/x");
            let done = get(port, "/callback/x?code=c&state=S1");
            (favicon, bare, done)
        });
        let (code, ignored) = wait_collect(&mut l, Duration::from_secs(30));
        assert_eq!(code.unwrap().expose_secret(), "c");
        let (favicon, bare, done) = browser.join().unwrap();
        assert!(favicon.starts_with("HTTP/1.1 404"), "{favicon}");
        assert!(bare.starts_with("HTTP/1.1 400"), "{bare}");
        assert!(
            done.starts_with("HTTP/1.1 200") && done.contains("Signed in"),
            "{done}"
        );
        assert!(done.contains("Referrer-Policy: no-referrer"), "{done}");
        assert_eq!(
            ignored,
            vec![
                Ignored::NotCallback {
                    method: "GET".into(),
                    path: "/favicon.ico".into()
                },
                Ignored::NoState
            ]
        );
    }

    /// Every request that does not carry this login's state, once, on a GET of the
    /// callback path is answered 4xx and ignored; the real redirect still ends the wait.
    #[test]
    fn hostile_requests_do_not_end_the_wait() {
        let limits = Limits {
            max_request_bytes: 1024,
            ..Limits::default()
        };
        let mut l = Listener::bind_with("127.0.0.1", 0, limits).unwrap();
        let port = l.port();
        let hostile: Vec<(Vec<u8>, &str, Ignored)> = vec![
            (
                b"GET /callback/x?code=c&state=S2 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateMismatch,
            ),
            (
                b"GET /callback/x?code=c HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::NoState,
            ),
            (
                b"GET /callback/x?error=access_denied&state=evil HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateMismatch,
            ),
            (
                b"GET /callback/x?error=access_denied HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::NoState,
            ),
            (
                b"GET /callback/x?code=c&state=S1&state=S1 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateRepeated,
            ),
            (
                b"GET /callback/x?error=access_denied&state=evil&state=S1 HTTP/1.1\r\n\r\n"
                    .to_vec(),
                "400",
                Ignored::StateRepeated,
            ),
            (
                b"GET /callback/x?code=c&state=S1%00 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateMismatch,
            ),
            (
                b"GET /callback/x?code=c&state=%2553%2531 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateMismatch,
            ),
            (
                b"GET /callback/x?code=c&state=s1 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateMismatch,
            ),
            (
                b"GET /callback/x?code=c&state=+S1 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::StateMismatch,
            ),
            (
                b"HEAD /callback/x?code=c&state=S1 HTTP/1.1\r\n\r\n".to_vec(),
                "405",
                Ignored::Method("HEAD".into()),
            ),
            (
                b"POST /callback/x?code=c&state=S1 HTTP/1.1\r\nContent-Length: 0\r\n\r\n".to_vec(),
                "405",
                Ignored::Method("POST".into()),
            ),
            (
                b"GET /callback/x/?code=c&state=S1 HTTP/1.1\r\n\r\n".to_vec(),
                "404",
                Ignored::NotCallback {
                    method: "GET".into(),
                    path: "/callback/x/".into(),
                },
            ),
            (
                b"GET http://127.0.0.1/callback/x?code=c&state=S1 HTTP/1.1\r\n\r\n".to_vec(),
                "404",
                Ignored::NotCallback {
                    method: "GET".into(),
                    path: "http://127.0.0.1/callback/x".into(),
                },
            ),
            (b"GARBAGE\r\n\r\n".to_vec(), "400", Ignored::Malformed),
            (
                b"GET /callback/x?state=S1\x01 HTTP/1.1\r\n\r\n".to_vec(),
                "400",
                Ignored::Malformed,
            ),
            (
                format!(
                    "GET /callback/x?code=c&state=S1 HTTP/1.1\r\nX: {}\r\n\r\n",
                    "a".repeat(1100)
                )
                .into_bytes(),
                "431",
                Ignored::TooLarge(1024),
            ),
        ];
        let expected: Vec<Ignored> = hostile.iter().map(|(_, _, i)| i.clone()).collect();
        let browser = std::thread::spawn(move || {
            use std::io::Write;
            // A client that sends half a request and stalls, and one that sends nothing:
            // they hold no thread, and the redirect below is served while they wait.
            let mut half = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            half.write_all(b"GET /callback/x?code=c&sta").unwrap();
            let _idle = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            for (raw, status, _) in &hostile {
                let answer = send(port, raw);
                assert!(
                    answer.starts_with(&format!("HTTP/1.1 {status}")),
                    "{:?} -> {answer}",
                    String::from_utf8_lossy(raw)
                );
            }
            let done = get(port, "/callback/x?code=c&state=S1");
            drop(half);
            done
        });
        let (code, ignored) = wait_collect(&mut l, Duration::from_secs(30));
        assert_eq!(code.unwrap().expose_secret(), "c");
        assert!(browser.join().unwrap().starts_with("HTTP/1.1 200"));
        let requests: Vec<Ignored> = ignored
            .iter()
            .filter(|i| !matches!(i, Ignored::TimedOut(_) | Ignored::Incomplete))
            .cloned()
            .collect();
        assert_eq!(requests, expected);
    }

    #[test]
    fn stalled_connections_are_cut_off() {
        let limits = Limits {
            read_timeout: Duration::from_millis(200),
            ..Limits::default()
        };
        let mut l = Listener::bind_with("127.0.0.1", 0, limits).unwrap();
        let port = l.port();
        let client = std::thread::spawn(move || {
            use std::io::{Read, Write};
            let mut stalled = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            stalled
                .write_all(b"GET /callback/x?code=c&state=S1 HTTP/1.1\r\n")
                .unwrap();
            let mut out = String::new();
            stalled.read_to_string(&mut out).unwrap();
            (out, get(port, "/callback/x?code=c&state=S1"))
        });
        let (code, ignored) = wait_collect(&mut l, Duration::from_secs(30));
        assert_eq!(code.unwrap().expose_secret(), "c");
        let (stalled, done) = client.join().unwrap();
        assert!(stalled.starts_with("HTTP/1.1 408"), "{stalled}");
        assert!(done.starts_with("HTTP/1.1 200"), "{done}");
        assert_eq!(ignored, vec![Ignored::TimedOut(Duration::from_millis(200))]);
    }

    #[test]
    fn excess_connections_close_the_oldest() {
        let limits = Limits {
            max_connections: 2,
            ..Limits::default()
        };
        let mut l = Listener::bind_with("127.0.0.1", 0, limits).unwrap();
        let port = l.port();
        let client = std::thread::spawn(move || {
            use std::io::Read;
            let mut first = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            let _b = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            let _c = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            let mut out = String::new();
            first.read_to_string(&mut out).unwrap();
            // The redirect evicts another idle connection and is served.
            (out, get(port, "/callback/x?code=c&state=S1"))
        });
        let (code, ignored) = wait_collect(&mut l, Duration::from_secs(30));
        assert_eq!(code.unwrap().expose_secret(), "c");
        let (first, done) = client.join().unwrap();
        assert!(first.starts_with("HTTP/1.1 503"), "{first}");
        assert!(done.starts_with("HTTP/1.1 200"), "{done}");
        assert_eq!(
            ignored,
            vec![
                Ignored::TooManyConnections(2),
                Ignored::TooManyConnections(2)
            ]
        );
    }

    #[test]
    fn the_matching_state_ends_the_wait_with_the_providers_error() {
        let mut l = Listener::bind("127.0.0.1", 0).unwrap();
        let port = l.port();
        let t = std::thread::spawn(move || {
            let wrong = get(port, "/callback/x?error=access_denied&state=S2");
            let right = get(port, "/callback/x?error=access_denied&state=S1");
            (wrong, right)
        });
        let (r, ignored) = wait_collect(&mut l, Duration::from_secs(30));
        assert!(matches!(r, Err(OAuthError::AuthorizationDenied { .. })));
        let (wrong, right) = t.join().unwrap();
        assert!(wrong.starts_with("HTTP/1.1 400") && wrong.contains("ignored"));
        assert!(right.starts_with("HTTP/1.1 400") && right.contains("Sign-in failed"));
        assert_eq!(ignored, vec![Ignored::StateMismatch]);
    }

    #[test]
    fn timeout_and_cancel() {
        let mut l = Listener::bind("127.0.0.1", 0).unwrap();
        let cancel = AtomicBool::new(false);
        assert!(matches!(
            l.wait(EXP, Duration::from_millis(300), &cancel, &mut |_| {}),
            Err(OAuthError::Timeout(_))
        ));
        cancel.store(true, Ordering::Relaxed);
        assert!(matches!(
            l.wait(EXP, Duration::from_secs(30), &cancel, &mut |_| {}),
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

/// Properties of the listener's judgement over generated requests (`PROPTEST_CASES`,
/// default 256).
#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    const EXP: Expected<'static> = Expected {
        path: "/callback/x",
        state: "S1",
        issuer: None,
    };

    /// One query parameter as a neighbour might send it.
    fn param() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("state=S1".to_string()),
            Just("state=S2".to_string()),
            Just("state=".to_string()),
            Just("state=%53%31".to_string()),
            Just("state=S1%00".to_string()),
            Just("st%61te=S1".to_string()),
            Just("state=s1".to_string()),
            Just("code=c".to_string()),
            Just("error=access_denied".to_string()),
            Just("iss=http%3A%2F%2Fother".to_string()),
            "[a-z%0-9=+&;#]{0,8}".prop_map(String::from),
        ]
    }

    /// The state values the query carries, decoded as the listener decodes them.
    fn states(query: &str) -> Vec<String> {
        url::form_urlencoded::parse(query.as_bytes())
            .filter(|(k, _)| k == "state")
            .map(|(_, v)| v.into_owned())
            .collect()
    }

    proptest! {
        /// Arbitrary bytes never panic, and never end the wait unless they are a GET of
        /// the callback path.
        #[test]
        fn arbitrary_requests_never_end_the_wait(head in prop::collection::vec(any::<u8>(), 0..300)) {
            if let Verdict::Done(_) = judge(&head, 8192, EXP) {
                prop_assert!(head.starts_with(b"GET /callback/x?"));
            }
        }

        /// A redirect ends the wait exactly when its query carries our state once.
        #[test]
        fn only_our_state_once_ends_the_wait(method in prop_oneof![Just("GET"), Just("HEAD"), Just("POST")],
                                             path in prop_oneof![Just("/callback/x"), Just("/callback/x/"), Just("/favicon.ico")],
                                             params in prop::collection::vec(param(), 0..5)) {
            let query = params.join("&");
            let head = format!("{method} {path}?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            let ends = matches!(judge(head.as_bytes(), 8192, EXP), Verdict::Done(_));
            let s = states(&query);
            let ours = method == "GET" && path == "/callback/x" && s.len() == 1 && s[0] == "S1";
            // Bytes httparse refuses (e.g. '#' is fine, a bare control is not) are never Done.
            prop_assert!(!ends || ours, "{head:?} ended the wait");
            if ours && httparse::Request::new(&mut [httparse::EMPTY_HEADER; 4]).parse(head.as_bytes()).is_ok() {
                prop_assert!(ends, "{head:?} did not end the wait");
            }
        }
    }
}
