//! `gate --listen ADDR`: the forward-auth server.
//!
//! tiny_http reads requests on its own connection threads and queues them; a fixed pool
//! of workers decides them. Each decision stats `vault.age` (a few hundred nanoseconds)
//! and re-decrypts the vault only when its inode, size or times changed, so a rotated
//! password or a removed secret takes effect at the next request without a restart.
//! SIGTERM and SIGINT stop the workers after the requests they hold, then exit 0.

use std::net::{SocketAddr, ToSocketAddrs};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use tiny_http::{Header, Request, Response, Server, StatusCode};

use crate::cli::GlobalArgs;
use crate::cli::gate::GateArgs;
use crate::cmd::secret::check_name;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, failure, user_error};
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
    subject_header: Option<String>,
    scopes_header: Option<String>,
    log_requests: bool,
}

/// The outcome of one request, before it becomes a response.
enum Outcome {
    Health,
    Allow(Grant),
    Deny(Denial, Scheme),
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// The single value of the request header `name`; `Err` when it is sent twice.
fn single<'r>(rq: &'r Request, name: &str) -> Result<Option<&'r str>, ()> {
    let mut found = None;
    for h in rq.headers() {
        if h.field.as_str().as_str().eq_ignore_ascii_case(name) {
            if found.is_some() {
                return Err(());
            }
            found = Some(h.value.as_str());
        }
    }
    Ok(found)
}

impl Gate {
    /// The request's original path: from `X-Original-URI` or `X-Forwarded-Uri`. When a
    /// client sends one of them itself and the proxy sets the other, they disagree and
    /// the request is refused rather than judged by the client's choice.
    fn original_path(&self, rq: &Request) -> Result<Option<String>, Denial> {
        let mut path = None;
        for name in URI_HEADERS {
            let Some(v) = single(rq, name).map_err(|()| Denial::BadPath)? else {
                continue;
            };
            let p = normalize_path(v)?;
            match &path {
                Some(prev) if *prev != p => return Err(Denial::BadPath),
                _ => path = Some(p),
            }
        }
        Ok(path)
    }

    fn decide(&self, rq: &Request) -> (Outcome, Option<String>, String) {
        let deny_basic = |d| (Outcome::Deny(d, Scheme::Basic), None, String::new());
        let path = match self.original_path(rq) {
            Ok(Some(p)) => p,
            Ok(None) => {
                let own = rq.url().split('?').next().unwrap_or("");
                if own == "/healthz" {
                    return (Outcome::Health, None, "/healthz".into());
                }
                match normalize_path(rq.url()) {
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
        let verdict = match single(rq, guard.header_name()) {
            Err(()) => Err(Denial::Malformed("the credential header is sent twice")),
            Ok(value) => guard.check(value, now_unix()),
        };
        let outcome = match verdict {
            Ok(grant) => Outcome::Allow(grant),
            Err(d) => Outcome::Deny(d, guard.scheme()),
        };
        (outcome, Some(rule.prefix.clone()), path)
    }

    fn handle(&self, rq: Request) {
        let (outcome, prefix, path) = self.decide(&rq);
        let no_store = header("Cache-Control", "no-store");
        let (status, reason, mut response) = match &outcome {
            Outcome::Health => (200, String::new(), Response::from_string("ok\n")),
            Outcome::Allow(grant) => {
                let mut r = Response::from_string("");
                if let (Some(h), Some(sub)) = (&self.subject_header, &grant.subject) {
                    r.add_header_opt(header(h, &header_safe(sub)));
                }
                if let Some(h) = &self.scopes_header
                    && !grant.scopes.is_empty()
                {
                    r.add_header_opt(header(h, &header_safe(&grant.scopes.join(" "))));
                }
                (200, String::new(), r)
            }
            Outcome::Deny(d, scheme) => {
                let refusal = refusal(d, *scheme, &self.realm);
                let mut r = Response::from_string("");
                if let Some(c) = &refusal.challenge {
                    r.add_header_opt(header("WWW-Authenticate", c));
                }
                (refusal.status, d.to_string(), r)
            }
        };
        response.add_header_opt(no_store);
        if self.log_requests {
            // The path only: a query string may carry a token.
            eprintln!(
                "gate: {status} {} rule={} {}",
                sanitize(&path),
                prefix.as_deref().unwrap_or("-"),
                sanitize(&reason)
            );
        }
        let _ = rq.respond(response.with_status_code(StatusCode(status)));
    }
}

trait AddHeaderOpt {
    fn add_header_opt(&mut self, h: Option<Header>);
}

impl<R: std::io::Read> AddHeaderOpt for Response<R> {
    fn add_header_opt(&mut self, h: Option<Header>) {
        if let Some(h) = h {
            self.add_header(h);
        }
    }
}

/// `gate`.
pub fn cmd_gate_serve(g: &GlobalArgs, a: GateArgs) -> CliResult {
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
        subject_header: cfg.subject_header,
        scopes_header: cfg.scopes_header,
        log_requests: cfg.log_requests,
    });

    let mut signals = Signals::new([SIGTERM, SIGINT])
        .map_err(|e| failure("cannot install the signal handlers").hinted(e.to_string()))?;
    let server = Arc::new(Server::http(cfg.listen).map_err(|e| {
        user_error(format!("cannot listen on {}: {e}", cfg.listen))
            .hinted("pick another port with --listen 127.0.0.1:PORT")
    })?);
    let bound = server
        .server_addr()
        .to_ip()
        .map_or_else(|| cfg.listen.to_string(), |a| a.to_string());
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

    let stop = Arc::new(AtomicBool::new(false));
    let failed = Arc::new(AtomicBool::new(false));
    let handle = signals.handle();
    let workers: Vec<_> = (0..cfg.threads)
        .map(|_| {
            let (server, gate, stop, failed, handle) = (
                Arc::clone(&server),
                Arc::clone(&gate),
                Arc::clone(&stop),
                Arc::clone(&failed),
                handle.clone(),
            );
            thread::spawn(move || {
                loop {
                    match server.recv() {
                        Ok(rq) => gate.handle(rq),
                        Err(e) => {
                            if !stop.load(Ordering::SeqCst) {
                                eprintln!("gate: error: {e}");
                                failed.store(true, Ordering::SeqCst);
                                handle.close();
                            }
                            break;
                        }
                    }
                }
            })
        })
        .collect();
    if let Some(sig) = signals.forever().next() {
        let name = if sig == SIGINT { "SIGINT" } else { "SIGTERM" };
        eprintln!("gate: {name}: shutting down");
    }
    stop.store(true, Ordering::SeqCst);
    for _ in &workers {
        server.unblock();
    }
    for w in workers {
        let _ = w.join();
    }
    if failed.load(Ordering::SeqCst) {
        return Err(failure("the gate stopped after a listener error"));
    }
    Ok(())
}
