//! `gate --listen ADDR`: the forward-auth server.
//!
//! hyper serves HTTP/1.1 on a tokio runtime of `--threads` workers, under limits that
//! no client can lift: at most `--max-connections` at once, a request head of at most
//! `--max-header-bytes` (431 beyond), `--header-timeout` to send a head once started
//! and `--idle-timeout` between requests (a watchdog per connection), and no HTTP
//! buffer at all for a connection that has sent nothing yet. Accept errors (EMFILE…)
//! are retried with a back-off, never fatal.
//!
//! Each decision stats `vault.age` (a few hundred nanoseconds) and re-decrypts the
//! vault only when its inode, size or times changed, so a rotated password or a
//! removed secret takes effect at the next request without a restart. SIGTERM and
//! SIGINT stop accepting, let every connection finish the request it holds, and exit 0.

use std::convert::Infallible;
use std::net::{SocketAddr, ToSocketAddrs};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::task::{Context, Poll};
use std::thread;
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, HeaderMap, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};

use crate::cli::GlobalArgs;
use crate::cli::gate::GateArgs;
use crate::cmd::secret::check_name;
use crate::cmd::vault::open_vault;
use crate::error::{CliError, CliResult, failure, user_error};
use crate::gate::{
    DEFAULT_REALM, Denial, GateError, Grant, RuleSet, RuleSpec, Scheme, header_safe,
    normalize_path, parse_gate_file, parse_rule, refusal, validate_realm, validate_rules,
};
use crate::secret::now_unix;
use crate::term::sanitize;
use crate::vault::{Vault, VaultError};

use super::{gate_error, jwt_policy};
use crate::jose::verify::DEFAULT_LEEWAY_SECS;

/// The headers that carry the original request's URI: nginx (set by the
/// `proxy_set_header X-Original-URI $request_uri;` of its documentation), then Traefik
/// and Caddy.
const URI_HEADERS: [&str; 2] = ["X-Original-URI", "X-Forwarded-Uri"];

/// Everything `gate` resolved from its arguments and configuration file.
struct GateConfig {
    listen: SocketAddr,
    specs: Vec<RuleSpec>,
    leeway: u64,
    realm: String,
    subject_header: Option<String>,
    scopes_header: Option<String>,
    threads: usize,
    log_requests: bool,
    max_connections: usize,
    max_header_bytes: usize,
    header_timeout: Duration,
    idle_timeout: Duration,
}

fn header_option(
    cli: Option<String>,
    file: Option<String>,
    default: &str,
) -> CliResult<Option<String>> {
    let name = cli.or(file).unwrap_or_else(|| default.to_string());
    if name.is_empty() {
        return Ok(None);
    }
    crate::secret::validate_header_name(&name)
        .map_err(|_| gate_error(GateError::BadHeaderName(name.clone())))?;
    Ok(Some(name))
}

fn resolve(a: GateArgs) -> CliResult<GateConfig> {
    let file = match &a.config {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| user_error(format!("cannot read {}: {e}", p.display())))?;
            parse_gate_file(&text).map_err(|e| {
                gate_error(e).hinted(format!(
                    "in {}; see docs/gate.md for the format",
                    p.display()
                ))
            })?
        }
        None => Default::default(),
    };
    let leeway = a.jwt.leeway.or(file.leeway).unwrap_or(DEFAULT_LEEWAY_SECS);
    let cli_req = jwt_policy(&a.jwt)?;
    if a.secret.is_none() && !a.jwt.scope.is_empty() {
        return Err(
            user_error("--scope applies to the --secret rule, and there is none")
                .hinted("give scopes per rule: `--rule /api=NAME:scope1,scope2`"),
        );
    }
    let mut specs = file.rules;
    if let Some(name) = &a.secret {
        check_name(name)?;
        specs.push(RuleSpec {
            prefix: "/".into(),
            secret: name.clone(),
            scopes: cli_req.scopes.clone(),
            audience: None,
            issuer: None,
        });
    }
    for r in &a.rule {
        specs.push(parse_rule(r).map_err(gate_error)?);
    }
    // --aud/--iss apply to every rule that does not name its own.
    for s in &mut specs {
        s.audience = s.audience.take().or_else(|| cli_req.audience.clone());
        s.issuer = s.issuer.take().or_else(|| cli_req.issuer.clone());
    }
    validate_rules(&mut specs).map_err(gate_error)?;
    let realm = a
        .realm
        .or(file.realm)
        .unwrap_or_else(|| DEFAULT_REALM.to_string());
    validate_realm(&realm).map_err(gate_error)?;
    let listen = a
        .listen
        .to_socket_addrs()
        .ok()
        .and_then(|mut it| it.next())
        .ok_or_else(|| {
            user_error(format!("cannot resolve the address {:?}", a.listen))
                .hinted("e.g. `--listen 127.0.0.1:9000`")
        })?;
    let threads = match a.threads {
        Some(n) => usize::from(n),
        None => thread::available_parallelism().map_or(2, |n| n.get().max(2)),
    };
    Ok(GateConfig {
        listen,
        specs,
        leeway,
        realm,
        subject_header: header_option(a.subject_header, file.subject_header, "X-Auth-Subject")?,
        scopes_header: header_option(a.scopes_header, file.scopes_header, "X-Auth-Scopes")?,
        threads,
        log_requests: a.log_requests,
        max_connections: a.max_connections as usize,
        max_header_bytes: a.max_header_bytes as usize,
        header_timeout: Duration::from_secs(a.header_timeout),
        idle_timeout: Duration::from_secs(a.idle_timeout),
    })
}

/// What identifies one version of `vault.age`: a rename gives a new inode, an
/// in-place write new times and often a new size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    size: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let m = std::fs::metadata(path).ok()?;
        Some(Stamp {
            dev: m.dev(),
            ino: m.ino(),
            size: m.size(),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
        })
    }
}

struct Snapshot {
    stamp: Option<Stamp>,
    rules: Arc<RuleSet>,
}

/// The rules, kept current with the vault.
struct LiveRules {
    vault: Vault,
    vault_file: PathBuf,
    specs: Vec<RuleSpec>,
    leeway: u64,
    current: RwLock<Arc<Snapshot>>,
    reloading: Mutex<()>,
}

fn load(vault: &Vault, specs: &[RuleSpec], leeway: u64) -> Result<RuleSet, VaultError> {
    let doc = vault.read_doc()?;
    Ok(RuleSet::compile(specs, leeway, |n| {
        doc.secrets.get(n).map(|e| &e.data)
    }))
}

impl LiveRules {
    fn snapshot(&self) -> Arc<Snapshot> {
        match self.current.read() {
            Ok(g) => Arc::clone(&g),
            Err(p) => Arc::clone(&p.into_inner()),
        }
    }

    /// The current rules; re-reads the vault first when `vault.age` changed.
    fn rules(&self) -> Arc<RuleSet> {
        let snap = self.snapshot();
        let stamp = Stamp::of(&self.vault_file);
        if stamp == snap.stamp {
            return Arc::clone(&snap.rules);
        }
        // One thread reloads; the others wait and then see its result.
        let _one = self.reloading.lock().unwrap_or_else(|p| p.into_inner());
        let snap = self.snapshot();
        if stamp == snap.stamp {
            return Arc::clone(&snap.rules);
        }
        let rules = match (stamp, load(&self.vault, &self.specs, self.leeway)) {
            (Some(_), Ok(rules)) => {
                eprintln!("gate: vault changed; reloaded {} rules", rules.len());
                for p in rules.problems() {
                    eprintln!("gate: error: {p}; refusing its requests (HTTP 500)");
                }
                Arc::new(rules)
            }
            (None, _) => {
                eprintln!(
                    "gate: warning: {} is gone; keeping the rules loaded before",
                    self.vault_file.display()
                );
                Arc::clone(&snap.rules)
            }
            (Some(_), Err(e)) => {
                eprintln!(
                    "gate: warning: cannot reload the vault ({e}); keeping the rules loaded before"
                );
                Arc::clone(&snap.rules)
            }
        };
        let next = Arc::new(Snapshot {
            stamp,
            rules: Arc::clone(&rules),
        });
        match self.current.write() {
            Ok(mut g) => *g = next,
            Err(p) => *p.into_inner() = next,
        }
        rules
    }
}

struct Gate {
    live: LiveRules,
    realm: String,
    subject_header: Option<HeaderName>,
    scopes_header: Option<HeaderName>,
    log_requests: bool,
}

/// The outcome of one request, before it becomes a response.
enum Outcome {
    Health,
    Allow(Grant),
    Deny(Denial, Scheme),
}

/// The single value of the request header `name` as text; `Err` when it is sent twice.
/// A value that is not UTF-8 reads as `Some(Err(()))`.
#[allow(clippy::type_complexity)]
fn single<'r>(headers: &'r HeaderMap, name: &str) -> Result<Option<Result<&'r str, ()>>, ()> {
    let mut values = headers.get_all(name).iter();
    let first = values.next();
    if values.next().is_some() {
        return Err(());
    }
    Ok(first.map(|v| std::str::from_utf8(v.as_bytes()).map_err(|_| ())))
}

impl Gate {
    /// The request's original path: from `X-Original-URI` or `X-Forwarded-Uri`. When a
    /// client sends one of them itself and the proxy sets the other, they disagree and
    /// the request is refused rather than judged by the client's choice.
    fn original_path(&self, headers: &HeaderMap) -> Result<Option<String>, Denial> {
        let mut path = None;
        for name in URI_HEADERS {
            let Some(v) = single(headers, name).map_err(|()| Denial::BadPath)? else {
                continue;
            };
            let p = normalize_path(v.map_err(|()| Denial::BadPath)?)?;
            match &path {
                Some(prev) if *prev != p => return Err(Denial::BadPath),
                _ => path = Some(p),
            }
        }
        Ok(path)
    }

    fn decide<B>(&self, rq: &Request<B>) -> (Outcome, Option<String>, String) {
        let deny_basic = |d| (Outcome::Deny(d, Scheme::Basic), None, String::new());
        let path = match self.original_path(rq.headers()) {
            Ok(Some(p)) => p,
            Ok(None) => {
                if rq.uri().path() == "/healthz" {
                    return (Outcome::Health, None, "/healthz".into());
                }
                let own = rq
                    .uri()
                    .path_and_query()
                    .map_or_else(|| rq.uri().path(), |p| p.as_str());
                match normalize_path(own) {
                    Ok(p) => p,
                    Err(d) => return deny_basic(d),
                }
            }
            Err(d) => return deny_basic(d),
        };
        let rules = self.live.rules();
        let rule = match rules.find(&path) {
            Ok(Some(rule)) => rule,
            Ok(None) => return (Outcome::Deny(Denial::NoRule, Scheme::Basic), None, path),
            Err(d) => return (Outcome::Deny(d, Scheme::Basic), None, path),
        };
        let guard = match &rule.guard {
            Ok(g) => g,
            Err(why) => {
                return (
                    Outcome::Deny(Denial::Unavailable(why.clone()), Scheme::Basic),
                    Some(rule.prefix.clone()),
                    path,
                );
            }
        };
        let verdict = match single(rq.headers(), guard.header_name()) {
            Err(()) => Err(Denial::Malformed("the credential header is sent twice")),
            Ok(Some(Err(()))) => Err(Denial::Malformed("the credentials are not UTF-8 text")),
            Ok(Some(Ok(value))) => guard.check(Some(value), now_unix()),
            Ok(None) => guard.check(None, now_unix()),
        };
        let outcome = match verdict {
            Ok(grant) => Outcome::Allow(grant),
            Err(d) => Outcome::Deny(d, guard.scheme()),
        };
        (outcome, Some(rule.prefix.clone()), path)
    }

    fn respond<B>(&self, rq: &Request<B>) -> Response<Full<Bytes>> {
        let (outcome, prefix, path) = self.decide(rq);
        let mut headers = HeaderMap::new();
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        let mut put = |name: HeaderName, value: &str| {
            if let Ok(v) = HeaderValue::from_str(value) {
                headers.insert(name, v);
            }
        };
        let (status, reason, body) = match &outcome {
            Outcome::Health => (200, String::new(), "ok\n"),
            Outcome::Allow(grant) => {
                if let (Some(h), Some(sub)) = (&self.subject_header, &grant.subject) {
                    put(h.clone(), &header_safe(sub));
                }
                if let Some(h) = &self.scopes_header
                    && !grant.scopes.is_empty()
                {
                    put(h.clone(), &header_safe(&grant.scopes.join(" ")));
                }
                (200, String::new(), "")
            }
            Outcome::Deny(d, scheme) => {
                let refusal = refusal(d, *scheme, &self.realm);
                if let Some(c) = &refusal.challenge {
                    put(WWW_AUTHENTICATE, c);
                }
                (refusal.status, d.to_string(), "")
            }
        };
        if self.log_requests {
            // The path only: a query string may carry a token.
            eprintln!(
                "gate: {status} {} rule={} {}",
                sanitize(&path),
                prefix.as_deref().unwrap_or("-"),
                sanitize(&reason)
            );
        }
        let mut response = Response::new(Full::new(Bytes::from_static(body.as_bytes())));
        *response.status_mut() =
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        *response.headers_mut() = headers;
        response
    }
}

/// The limits every connection is served under.
#[derive(Debug, Clone, Copy)]
struct Limits {
    max_header_bytes: usize,
    header_timeout: Duration,
    idle_timeout: Duration,
}

/// When a connection last made progress, for its watchdog: the time its current
/// request head started arriving, or, between requests, its last read or write.
struct ConnClock {
    base: Instant,
    head_started: AtomicBool,
    since_ms: AtomicU64,
}

impl ConnClock {
    fn new(base: Instant) -> ConnClock {
        let c = ConnClock {
            base,
            head_started: AtomicBool::new(false),
            since_ms: AtomicU64::new(0),
        };
        c.since_ms.store(c.now_ms(), Ordering::Relaxed);
        c
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.base.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Bytes arrived: the first ones of a request start its header clock.
    fn on_read(&self) {
        if !self.head_started.swap(true, Ordering::Relaxed) {
            self.since_ms.store(self.now_ms(), Ordering::Relaxed);
        }
    }

    /// A whole request head was read: back to the idle clock.
    fn on_request(&self) {
        self.head_started.store(false, Ordering::Relaxed);
        self.since_ms.store(self.now_ms(), Ordering::Relaxed);
    }

    /// Bytes were written: between requests, that is progress.
    fn on_write(&self) {
        if !self.head_started.load(Ordering::Relaxed) {
            self.since_ms.store(self.now_ms(), Ordering::Relaxed);
        }
    }

    /// Returns when the connection has overstayed: a head slower than
    /// `header_timeout`, or no progress between requests for `idle_timeout`.
    async fn expired(&self, limits: Limits) {
        loop {
            let limit = if self.head_started.load(Ordering::Relaxed) {
                limits.header_timeout
            } else {
                limits.idle_timeout
            };
            let limit = u64::try_from(limit.as_millis()).unwrap_or(u64::MAX);
            let deadline = self.since_ms.load(Ordering::Relaxed).saturating_add(limit);
            let now = self.now_ms();
            if now >= deadline {
                return;
            }
            tokio::time::sleep(Duration::from_millis(deadline - now)).await;
        }
    }
}

/// A TCP stream that reports its reads and writes to its [`ConnClock`].
struct Watched {
    inner: TcpStream,
    clock: Arc<ConnClock>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.clock.on_read();
        }
        r
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.clock.on_write();
        }
        r
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Serves one connection until the client closes it, it overstays its limits, or the
/// gate shuts down (then the request under way is finished first).
async fn serve_connection(
    stream: TcpStream,
    gate: Arc<Gate>,
    limits: Limits,
    base: Instant,
    mut shutdown: watch::Receiver<bool>,
    _permit: OwnedSemaphorePermit,
) {
    // An idle connection costs no HTTP buffers until its first byte arrives.
    tokio::select! {
        r = stream.readable() => if r.is_err() { return },
        () = tokio::time::sleep(limits.idle_timeout) => return,
        _ = shutdown.changed() => return,
    }
    // Boxed: the task of a connection that has sent nothing stays a few hundred bytes.
    Box::pin(serve_http(stream, gate, limits, base, shutdown)).await;
}

/// Serves HTTP/1.1 on a connection that has sent its first byte.
async fn serve_http(
    stream: TcpStream,
    gate: Arc<Gate>,
    limits: Limits,
    base: Instant,
    mut shutdown: watch::Receiver<bool>,
) {
    let clock = Arc::new(ConnClock::new(base));
    let svc_clock = Arc::clone(&clock);
    let service = service_fn(move |rq: Request<Incoming>| {
        svc_clock.on_request();
        let response = gate.respond(&rq);
        std::future::ready(Ok::<_, Infallible>(response))
    });
    let io = TokioIo::new(Watched {
        inner: stream,
        clock: Arc::clone(&clock),
    });
    let conn = http1::Builder::new()
        .half_close(true)
        .title_case_headers(true)
        .keep_alive(true)
        .max_headers(100)
        .max_header_size(limits.max_header_bytes)
        .max_buf_size(limits.max_header_bytes.max(8192) + 8192)
        .header_read_timeout(None)
        .serve_connection(io, service);
    tokio::pin!(conn);
    let mut draining = false;
    loop {
        tokio::select! {
            _ = conn.as_mut() => return,
            () = clock.expired(limits) => return,
            _ = shutdown.changed(), if !draining => {
                draining = true;
                conn.as_mut().graceful_shutdown();
            }
        }
    }
}

/// Accepts connections until `stop` turns true. At most `permits` connections are
/// served at once; an accept error (EMFILE, ENFILE, ECONNABORTED, ENOBUFS…) is
/// transient: it is logged once and retried with a growing back-off (5 ms to 1 s),
/// never fatal.
async fn accept_loop(
    listener: TcpListener,
    gate: Arc<Gate>,
    limits: Limits,
    permits: Arc<Semaphore>,
    stop: watch::Receiver<bool>,
) {
    let base = Instant::now();
    let mut stop_accept = stop.clone();
    let mut backoff = Duration::ZERO;
    loop {
        let permit = tokio::select! {
            p = Arc::clone(&permits).acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => return,
            },
            _ = stop_accept.changed() => return,
        };
        let stream = loop {
            tokio::select! {
                r = listener.accept() => match r {
                    Ok((stream, _)) => {
                        if !backoff.is_zero() {
                            eprintln!("gate: accepting connections again");
                        }
                        backoff = Duration::ZERO;
                        break stream;
                    }
                    Err(e) => {
                        if backoff.is_zero() {
                            eprintln!("gate: warning: cannot accept a connection ({e}); retrying");
                        }
                        backoff = (backoff * 2).clamp(Duration::from_millis(5), Duration::from_secs(1));
                        tokio::select! {
                            () = tokio::time::sleep(backoff) => {}
                            _ = stop_accept.changed() => return,
                        }
                    }
                },
                _ = stop_accept.changed() => return,
            }
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(serve_connection(
            stream,
            Arc::clone(&gate),
            limits,
            base,
            stop.clone(),
            permit,
        ));
    }
}

/// Lets the gate hold `max_connections` sockets: raises the soft open-files limit
/// towards the hard one (as Go's runtime does). Best effort.
fn raise_open_files_limit(max_connections: u64) {
    use nix::sys::resource::{Resource, getrlimit, setrlimit};
    if let Ok((soft, hard)) = getrlimit(Resource::RLIMIT_NOFILE) {
        let want = max_connections.saturating_add(256).min(hard);
        if want > soft {
            let _ = setrlimit(Resource::RLIMIT_NOFILE, want, hard);
        }
    }
}

/// `gate`.
pub fn cmd_gate(g: &GlobalArgs, a: GateArgs) -> CliResult {
    let cfg = resolve(a)?;
    let vault = open_vault(g)?;
    let vault_file = vault.paths().vault();
    let stamp = Stamp::of(&vault_file);
    let rules = load(&vault, &cfg.specs, cfg.leeway)?;
    if let Some(p) = rules.problems().first() {
        return Err(user_error(p.to_string())
            .hinted("every rule needs a basic, password, hs256 or rs256 secret in this vault"));
    }
    let n_rules = rules.len();
    let header = |h: Option<String>| h.and_then(|h| HeaderName::from_bytes(h.as_bytes()).ok());
    let gate = Arc::new(Gate {
        live: LiveRules {
            vault,
            vault_file,
            specs: cfg.specs,
            leeway: cfg.leeway,
            current: RwLock::new(Arc::new(Snapshot {
                stamp,
                rules: Arc::new(rules),
            })),
            reloading: Mutex::new(()),
        },
        realm: cfg.realm,
        subject_header: header(cfg.subject_header),
        scopes_header: header(cfg.scopes_header),
        log_requests: cfg.log_requests,
    });

    raise_open_files_limit(cfg.max_connections as u64);
    let listener = std::net::TcpListener::bind(cfg.listen).map_err(|e| {
        user_error(format!("cannot listen on {}: {e}", cfg.listen))
            .hinted("pick another port with --listen 127.0.0.1:PORT")
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|e| failure("cannot set up the listening socket").hinted(e.to_string()))?;
    let bound = listener
        .local_addr()
        .map_or_else(|_| cfg.listen.to_string(), |a| a.to_string());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cfg.threads)
        .thread_name("gate")
        .enable_all()
        .build()
        .map_err(|e| failure("cannot start the gate's threads").hinted(e.to_string()))?;
    let limits = Limits {
        max_header_bytes: cfg.max_header_bytes,
        header_timeout: cfg.header_timeout,
        idle_timeout: cfg.idle_timeout,
    };
    let max_connections = cfg.max_connections;
    runtime.block_on(async move {
        let mut term = signal(SignalKind::terminate())
            .map_err(|e| failure("cannot install the signal handlers").hinted(e.to_string()))?;
        let mut int = signal(SignalKind::interrupt())
            .map_err(|e| failure("cannot install the signal handlers").hinted(e.to_string()))?;
        let listener = TcpListener::from_std(listener)
            .map_err(|e| failure("cannot set up the listening socket").hinted(e.to_string()))?;
        if !cfg.listen.ip().is_loopback() {
            crate::term::warn(format!(
                "gate listens on {bound}, not loopback: make sure only the proxy can reach it"
            ));
        }
        eprintln!(
            "gate: listening on http://{bound} ({n_rules} rule{}, {} workers)",
            if n_rules == 1 { "" } else { "s" },
            cfg.threads
        );
        let permits = Arc::new(Semaphore::new(max_connections));
        let (stop_tx, stop_rx) = watch::channel(false);
        let acceptor = tokio::spawn(accept_loop(
            listener,
            gate,
            limits,
            Arc::clone(&permits),
            stop_rx,
        ));
        let name = tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        };
        eprintln!("gate: {name}: shutting down");
        let _ = stop_tx.send(true);
        let _ = acceptor.await;
        // Every connection finishes the request it holds; then all permits are back.
        let all = u32::try_from(max_connections).unwrap_or(u32::MAX);
        let _ = tokio::time::timeout(Duration::from_secs(10), permits.acquire_many(all)).await;
        Ok::<(), CliError>(())
    })?;
    runtime.shutdown_timeout(Duration::from_secs(1));
    Ok(())
}
