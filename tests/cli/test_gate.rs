//! `authorize` and `gate`: verdicts through a real nginx `auth_request` with real curl,
//! the same verdicts from `authorize`, load with wrk, malformed requests, vault reload,
//! clean shutdown, and that no credential reaches the log.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;

use crate::common::nginx::{Nginx, RawBackend, curl, raw_get};
use crate::common::{TestEnv, assert_one_line_error, free_port};

const USER: &str = "Aladdin";
const PASSWORD: &str = "open sesame";

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// A vault with a basic secret `web`, a bearer token `api-token`, and two RS256 keys:
/// `signer` (trusted) and `other` (not).
fn vault() -> TestEnv {
    let env = TestEnv::new();
    env.ok(
        &["add", "basic", "web", "-u", USER, "--from-stdin"],
        PASSWORD.as_bytes(),
    );
    env.ok(
        &["add", "password", "api-token", "--from-stdin"],
        b"tok-0123456789",
    );
    env.ok(&["add", "rs256", "signer", "--generate"], b"");
    env.ok(&["add", "rs256", "other", "--generate"], b"");
    env
}

/// Mints a JWT with `jws sign` and the secret `key`: subject `svc-orders`, these
/// scopes, issued at `at` (Unix seconds, `None` = now), valid for 5 minutes.
fn mint(env: &TestEnv, key: &str, scopes: &[&str], at: Option<i64>) -> String {
    let mut args = vec!["jws", "sign", key, "--sub", "svc-orders", "--exp", "5m"];
    for s in scopes {
        args.extend(["--scope", s]);
    }
    let at = at.map(|t| t.to_string());
    if let Some(t) = &at {
        args.extend(["--at", t]);
    }
    let out = env.ok(&args, b"");
    String::from_utf8(out).unwrap().trim().to_string()
}

/// The JWTs of the verdict table.
struct Tokens {
    scoped: String,
    unscoped: String,
    expired: String,
    foreign: String,
}

fn tokens(env: &TestEnv) -> Tokens {
    let scopes = ["profile", "orders:read"];
    Tokens {
        scoped: mint(env, "signer", &scopes, None),
        unscoped: mint(env, "signer", &["profile"], None),
        // Issued two hours ago, expired 1 h 55 min ago: far beyond the 60 s leeway.
        expired: mint(env, "signer", &["orders:read"], Some(now() - 7200)),
        foreign: mint(env, "other", &scopes, None),
    }
}

/// A running `gate`, its stderr in a file; killed on drop.
struct Gate {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Gate {
    fn start(env: &TestEnv, args: &[&str]) -> Gate {
        Gate::start_under(env, args, None)
    }

    /// Starts the gate through `sh -c '{shell}; exec …'` when `shell` is given (e.g.
    /// `ulimit -n 64`), so the limit applies to the gate itself.
    fn start_under(env: &TestEnv, args: &[&str], shell: Option<&str>) -> Gate {
        let port = free_port();
        let log = env
            .root()
            .join(format!("gate-{port}.log"))
            .to_string_lossy()
            .into_owned();
        let mut command = env.command();
        command
            .args(["gate", "--listen", &format!("127.0.0.1:{port}")])
            .args(args);
        if let Some(shell) = shell {
            let mut sh = Command::new("sh");
            sh.env_clear()
                .arg("-c")
                .arg(format!("{shell}; exec \"$0\" \"$@\""))
                .arg(command.get_program())
                .args(command.get_args());
            for (k, v) in command.get_envs() {
                if let Some(v) = v {
                    sh.env(k, v);
                }
            }
            if let Some(dir) = command.get_current_dir() {
                sh.current_dir(dir);
            }
            command = sh;
        }
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut g = Gate {
            child,
            port,
            log: PathBuf::from(log),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(st)) = g.child.try_wait() {
                panic!("gate exited ({st}): {}", g.log());
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                assert!(
                    g.raw(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                        .starts_with("HTTP/1.1 200")
                );
                return g;
            }
            assert!(Instant::now() < deadline, "gate did not start: {}", g.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// A line of the gate's /proc status, e.g. `VmHWM` (peak resident memory), in kB.
    fn proc_status_kb(&mut self, key: &str) -> u64 {
        assert!(self.child.try_wait().unwrap().is_none(), "the gate exited");
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {status}"))
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Sends raw bytes, half-closes, and returns everything the gate answered.
    fn raw(&self, request: &[u8]) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        // The gate may answer and close before it has read a huge request.
        let _ = s.write_all(request);
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// A forward-auth check of `uri` with these extra header lines; returns the answer.
    fn check(&self, uri: &str, headers: &[String]) -> String {
        let mut req = format!("GET /auth HTTP/1.1\r\nHost: gate\r\nX-Original-URI: {uri}\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        self.raw(req.as_bytes())
    }

    /// Sends `signal` and waits for the exit.
    fn stop(mut self, signal: &str) -> (ExitStatus, String) {
        let st = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(st.success());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return (st, self.log());
            }
            assert!(Instant::now() < deadline, "gate ignored SIG{signal}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The text with every `Name: value` line's name lower-cased: header names are
/// case-insensitive (RFC 9110 §5.1) and hyper sends them in its own case.
fn names_lowered(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| match line.split_once(": ") {
            Some((name, value)) if !name.contains(' ') => {
                format!("{}: {value}", name.to_ascii_lowercase())
            }
            _ => line.to_string(),
        })
        .collect()
}

/// True when `text` (a response head) holds the header line `line`, the name in any case.
fn has_header(text: &str, line: &str) -> bool {
    names_lowered(text).contains(&names_lowered(line))
}

fn status_of(answer: &str) -> u16 {
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP status in {answer:?}"))
}

const RULES: [&str; 4] = ["--rule", "/api=signer:orders:read", "--rule", "/=web"];

#[test]
fn nginx_auth_request_verdicts_with_curl() {
    let env = vault();
    let tok = tokens(&env);
    let gate = Gate::start(&env, &RULES);
    let nginx = Nginx::start(gate.port);
    let basic = |u: &str, p: &str| format!("Authorization: Basic {}", b64(&format!("{u}:{p}")));
    let bearer = |t: &str| format!("Authorization: Bearer {t}");

    // No credentials: 401 with the Basic challenge passed through by nginx.
    let a = curl(&nginx.url("/"), &[]);
    assert_eq!(a.status, 401, "{a:?}\n{}", nginx.error_log());
    assert!(
        has_header(
            &a.headers,
            "WWW-Authenticate: Basic realm=\"flowlet-secrets\", charset=\"UTF-8\""
        ),
        "{}",
        a.headers
    );
    assert!(!a.body.contains("upstream ok"));

    // Wrong password, wrong user: 401.
    for h in [basic(USER, "open sesam"), basic("aladdin", PASSWORD)] {
        let a = curl(&nginx.url("/"), &["-H", &h]);
        assert_eq!(a.status, 401, "{a:?}");
        assert!(!a.body.contains("upstream ok"));
    }

    // Right basic: 200, the upstream's body, and the subject passed on.
    let a = curl(
        &nginx.url("/index.html?q=1"),
        &["-H", &basic(USER, PASSWORD)],
    );
    assert_eq!(a.status, 200, "{a:?}");
    assert_eq!(
        a.body, "upstream ok uri=/index.html user=Aladdin scopes=\n",
        "{a:?}"
    );
    // curl's own -u gives the same verdict.
    let a = curl(&nginx.url("/"), &["-u", &format!("{USER}:{PASSWORD}")]);
    assert_eq!(a.status, 200);

    // The JWT rule: scope present → 200 with sub and scopes; absent → 403; expired and
    // foreign-key tokens → 401 with the RFC 6750 challenge.
    let a = curl(&nginx.url("/api/orders"), &["-H", &bearer(&tok.scoped)]);
    assert_eq!(a.status, 200, "{a:?}");
    assert_eq!(
        a.body,
        "upstream ok uri=/api/orders user=svc-orders scopes=profile orders:read\n"
    );
    let a = curl(&nginx.url("/api/orders"), &["-H", &bearer(&tok.unscoped)]);
    assert_eq!(a.status, 403, "{a:?}");
    assert!(!a.body.contains("upstream ok"));
    for t in [&tok.expired, &tok.foreign] {
        let a = curl(&nginx.url("/api/orders"), &["-H", &bearer(t)]);
        assert_eq!(a.status, 401, "{a:?}");
        assert!(
            has_header(
                &a.headers,
                "WWW-Authenticate: Bearer realm=\"flowlet-secrets\", error=\"invalid_token\""
            ),
            "{}",
            a.headers
        );
        assert!(!a.body.contains("upstream ok"));
    }
    // No token on the JWT rule: 401 with a bare Bearer challenge (RFC 6750 §3.1).
    let a = curl(&nginx.url("/api"), &[]);
    assert_eq!(a.status, 401);
    assert!(has_header(
        &a.headers,
        "WWW-Authenticate: Bearer realm=\"flowlet-secrets\"\r\n"
    ));
    // Basic credentials do not open the JWT rule.
    let a = curl(&nginx.url("/api/x"), &["-H", &basic(USER, PASSWORD)]);
    assert_eq!(a.status, 401);

    // A path that a backend could read as another one is refused whatever it would
    // resolve to (`/x/../api/y` needs the JWT, `/api/../x` only basic): the gate
    // answers 400, which nginx's auth_request reports as 500; the upstream never sees it.
    for p in ["/x/../api/y", "/x/%2e%2e/api/y", "/api/../x"] {
        let a = curl(
            &nginx.url(p),
            &["--path-as-is", "-H", &basic(USER, PASSWORD)],
        );
        assert_eq!(a.status, 500, "{p}: {a:?}");
        assert!(!a.body.contains("upstream ok"), "{p}: {a:?}");
    }
    assert!(
        nginx
            .error_log()
            .contains("auth request unexpected status: 400")
    );
    // A client-supplied X-Forwarded-Uri that disagrees with nginx's X-Original-URI
    // cannot pick a weaker rule.
    let a = curl(
        &nginx.url("/api/y"),
        &[
            "-H",
            "X-Forwarded-Uri: /public",
            "-H",
            &basic(USER, PASSWORD),
        ],
    );
    assert_ne!(a.status, 200, "{a:?}");
    assert!(!a.body.contains("upstream ok"));
}

/// Issue 10 item 1: through the real nginx configuration of docs/gate.md and a backend
/// that routes on the raw path (no dot-segment resolution, no decoding), a credential
/// for `/` never reaches the `/admin` handler, whatever the spelling of the path.
#[test]
fn no_path_variant_takes_a_root_credential_to_admin() {
    let env = vault();
    env.ok(
        &["add", "basic", "boss", "-u", "root", "--from-stdin"],
        b"admin pw",
    );
    let gate = Gate::start(&env, &["--rule", "/admin=boss", "--rule", "/=web"]);
    let backend = RawBackend::start();
    let nginx = Nginx::start_in_front_of(gate.port, backend.port);
    let web = format!(
        "Authorization: Basic {}",
        b64(&format!("{USER}:{PASSWORD}"))
    );
    let boss = format!("Authorization: Basic {}", b64("root:admin pw"));

    // The controls: each credential opens its own part, so the checks below can fail.
    let (st, body) = raw_get(nginx.port, b"/public/x", std::slice::from_ref(&web));
    assert_eq!(
        (st, body.as_str()),
        (200, "backend handler=public path=/public/x\n")
    );
    let (st, body) = raw_get(nginx.port, b"/admin/users", std::slice::from_ref(&boss));
    assert_eq!(
        (st, body.as_str()),
        (200, "backend handler=admin path=/admin/users\n")
    );
    let (st, _) = raw_get(nginx.port, b"/admin/users", std::slice::from_ref(&web));
    assert_eq!(st, 401);
    let reached = backend.paths().len();
    assert_eq!(reached, 2);

    let variants: &[&[u8]] = &[
        // Dot segments, raw, encoded in either case, mixed, double-encoded, overlong.
        b"/admin/users/../../public",
        b"/admin/../public",
        b"/admin/./users",
        b"/admin/%2e%2e/public",
        b"/admin/%2E%2E/public",
        b"/admin/.%2e/public",
        b"/admin/%2e./public",
        b"/admin/%252e%252e/public",
        b"/admin/%25%32%65%25%32%65/public",
        b"/admin/%c0%ae%c0%ae/public",
        b"/admin/%2e/users",
        b"/./admin/users",
        // Encoded separators and backslashes.
        b"/admin%2F..%2Fpublic",
        b"/admin%2f..%2fpublic",
        b"/admin%2fusers",
        b"/admin%5C..%5Cpublic",
        b"/admin%5cusers",
        b"/admin\\..\\public",
        b"/admin\\users",
        // Path parameters.
        b"/admin;x/users",
        b"/admin/..;/public",
        b"/admin%3B/users",
        // Empty segments a backend may or may not merge.
        b"//admin/users",
        b"/public//../admin/users",
        // Letter case a case-insensitive router ignores.
        b"/ADMIN/users",
        b"/Admin/users",
        b"/aDmIn",
        // Controls and NUL.
        b"/admin%00/x",
        b"/admin%0a/x",
        b"/admin%09/users",
    ];
    for v in variants {
        let shown = String::from_utf8_lossy(v);
        let (st, body) = raw_get(nginx.port, v, std::slice::from_ref(&web));
        assert_ne!(st, 200, "{shown}: {body}");
        assert!(!body.contains("backend"), "{shown}: {body}");
        // Asked directly, the gate itself refuses the path as ambiguous.
        let direct = gate.check(&shown, std::slice::from_ref(&web));
        assert_eq!(status_of(&direct), 400, "{shown}: {direct}");
    }
    // None of them reached the backend at all, under any handler.
    assert_eq!(backend.paths().len(), reached, "{:?}", backend.paths());
    let (st, _) = raw_get(nginx.port, b"/public/x", std::slice::from_ref(&web));
    assert_eq!(st, 200);
}

#[test]
fn authorize_gives_the_same_verdicts() {
    let env = vault();
    let tok = tokens(&env);
    let basic = |u: &str, p: &str| format!("Authorization: Basic {}\n", b64(&format!("{u}:{p}")));
    // Basic: allow the whole line or the bare value; deny no/wrong credentials.
    env.ok(&["authorize", "web"], basic(USER, PASSWORD).as_bytes());
    env.ok(
        &["authorize", "web"],
        format!("Basic {}", b64(&format!("{USER}:{PASSWORD}"))).as_bytes(),
    );
    // The output of `header` feeds straight in.
    let line = env.ok(&["header", "web"], b"");
    env.ok(&["authorize", "web"], &line);
    let e = env.fails(&["authorize", "web"], b"", 1);
    assert_one_line_error(&e);
    assert!(e.contains("no credentials"), "{e}");
    let e = env.fails(&["authorize", "web"], basic(USER, "nope").as_bytes(), 1);
    assert_one_line_error(&e);
    assert!(e.contains("denied: wrong credentials"), "{e}");
    let e = env.fails(&["authorize", "web"], b"Authorization: Basic %%%garbage", 1);
    assert!(e.contains("malformed"), "{e}");
    // Password secrets: the static bearer token.
    env.ok(
        &["authorize", "api-token"],
        b"Authorization: Bearer tok-0123456789",
    );
    let _ = env.fails(&["authorize", "api-token"], b"Bearer tok-012345678", 1);
    // A password secret with a custom header: that header's line, or the bare value.
    env.ok(
        &[
            "add",
            "password",
            "api-key",
            "--header-name",
            "X-API-KEY",
            "--from-stdin",
        ],
        b"k:ey-42",
    );
    env.ok(&["authorize", "api-key"], b"X-API-KEY: k:ey-42\n");
    env.ok(&["authorize", "api-key"], b"k:ey-42");
    let e = env.fails(&["authorize", "api-key"], b"x-api-key: k:ey-43", 1);
    assert!(e.contains("wrong credentials"), "{e}");
    // JWTs: the verdict table of the gate.
    let scope = ["--scope", "orders:read"];
    let auth = |t: &str| format!("Authorization: Bearer {t}");
    env.ok(
        &["authorize", "signer", scope[0], scope[1]],
        auth(&tok.scoped).as_bytes(),
    );
    env.ok(&["authorize", "signer"], auth(&tok.unscoped).as_bytes());
    let e = env.fails(
        &["authorize", "signer", scope[0], scope[1]],
        auth(&tok.unscoped).as_bytes(),
        1,
    );
    assert!(e.contains("insufficient scope"), "{e}");
    let e = env.fails(&["authorize", "signer"], auth(&tok.expired).as_bytes(), 1);
    assert!(e.contains("expired"), "{e}");
    let e = env.fails(&["authorize", "signer"], auth(&tok.foreign).as_bytes(), 1);
    assert!(e.contains("signature"), "{e}");
    // The reason never repeats the credential.
    assert!(!e.contains(&tok.foreign[..20]));
    // Usage and vault errors exit 2.
    let e = env.fails(&["authorize", "nope"], b"Basic x", 2);
    assert!(e.contains("no secret named"), "{e}");
    env.ok(&["add", "headers", "hdrs", "--from-stdin"], b"X-A: b\n");
    let e = env.fails(&["authorize", "hdrs"], b"X-A: b", 2);
    assert!(e.contains("only basic, password, hs256 and rs256"), "{e}");
    let _ = env.fails(&["authorize", "signer", "--scope", "a b"], b"Bearer x", 2);
}

#[test]
fn gate_under_load_answers_every_request_correctly() {
    let env = vault();
    let gate = Gate::start(&env, &["--secret", "web"]);
    let run = |conns: &str, auth: &str| {
        let gate_url = gate.url("/auth");
        let auth = auth.to_string();
        let conns = conns.to_string();
        std::thread::spawn(move || {
            Command::new("wrk")
                .args(["-t", "1", "-c", &conns, "-d", "10s", "--timeout", "20s"])
                .args(["-H", "X-Original-URI: /app/page"])
                .args(["-H", &format!("Authorization: Basic {auth}")])
                .arg(&gate_url)
                .output()
                .expect("wrk should be installed (Debian package wrk)")
        })
    };
    // 50 concurrent clients for 10 s: 40 with the right password, 10 with a wrong one.
    let good = run("40", &b64(&format!("{USER}:{PASSWORD}")));
    let bad = run("10", &b64(&format!("{USER}:wrong")));
    let good = good.join().unwrap();
    let bad = bad.join().unwrap();
    let good = String::from_utf8_lossy(&good.stdout).into_owned();
    let bad = String::from_utf8_lossy(&bad.stdout).into_owned();
    let requests = |out: &str| -> u64 {
        out.lines()
            .find_map(|l| l.trim().split_once(" requests in "))
            .and_then(|(n, _)| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no request count in wrk output:\n{out}"))
    };
    let non2xx = |out: &str| -> u64 {
        out.lines()
            .find_map(|l| l.trim().strip_prefix("Non-2xx or 3xx responses:"))
            .map_or(0, |n| n.trim().parse().unwrap())
    };
    assert!(requests(&good) > 0, "{good}");
    assert!(!good.contains("Socket errors"), "{good}");
    assert_eq!(non2xx(&good), 0, "valid credentials were refused:\n{good}");
    assert!(!bad.contains("Socket errors"), "{bad}");
    assert_eq!(
        non2xx(&bad),
        requests(&bad),
        "a wrong password was let in:\n{bad}"
    );
    // Still healthy afterwards.
    assert_eq!(status_of(&gate.raw(b"GET /healthz HTTP/1.1\r\n\r\n")), 200);
}

#[test]
fn malformed_requests_get_400_or_401_and_never_crash_it() {
    let env = vault();
    let gate = Gate::start(&env, &["--secret", "web"]);
    // No headers at all.
    assert_eq!(status_of(&gate.raw(b"GET / HTTP/1.1\r\n\r\n")), 401);
    // Not HTTP.
    assert_eq!(status_of(&gate.raw(b"\x16\x03\x01garbage\r\n\r\n")), 400);
    assert_eq!(
        status_of(&gate.raw(b"GET / HTTP/1.1\r\nno colon here\r\n\r\n")),
        400
    );
    // A 64 KiB Authorization header, and a 64 KiB header of another name.
    let big = "A".repeat(64 * 1024);
    assert_eq!(
        status_of(&gate.check("/", &[format!("Authorization: Basic {big}")])),
        401
    );
    assert_eq!(
        status_of(&gate.check("/", &[format!("X-Filler: {big}")])),
        401
    );
    let big_uri = format!("/{}", "a/".repeat(32 * 1024));
    assert_eq!(status_of(&gate.check(&big_uri, &[])), 401);
    // Garbage base64, no colon, unknown scheme, two Authorization headers.
    for h in [
        "Authorization: Basic !!!***not base64***".to_string(),
        format!("Authorization: Basic {}", b64("no-colon")),
        "Authorization: Negotiate abc".to_string(),
        "Authorization: Basic".to_string(),
    ] {
        assert_eq!(
            status_of(&gate.check("/", std::slice::from_ref(&h))),
            401,
            "{h}"
        );
    }
    let good = format!(
        "Authorization: Basic {}",
        b64(&format!("{USER}:{PASSWORD}"))
    );
    assert_eq!(
        status_of(&gate.check("/", &[good.clone(), good.clone()])),
        401
    );
    // A path above the root, and two disagreeing URI headers: 400.
    assert_eq!(
        status_of(&gate.check("/../etc", std::slice::from_ref(&good))),
        400
    );
    assert_eq!(
        status_of(&gate.check("/a", &[good.clone(), "X-Forwarded-Uri: /b".into()])),
        400
    );
    // Still alive and still right.
    assert_eq!(status_of(&gate.raw(b"GET /healthz HTTP/1.1\r\n\r\n")), 200);
    assert_eq!(status_of(&gate.check("/", &[good])), 200);
}

#[test]
fn vault_changes_apply_without_restart() {
    let env = vault();
    let gate = Gate::start(&env, &["--secret", "web", "--log-requests"]);
    let with = |p: &str| {
        vec![format!(
            "Authorization: Basic {}",
            b64(&format!("{USER}:{p}"))
        )]
    };
    assert_eq!(status_of(&gate.check("/", &with(PASSWORD))), 200);
    env.ok(&["edit", "web", "--value", "--from-stdin"], b"rotated pw");
    assert_eq!(status_of(&gate.check("/", &with(PASSWORD))), 401);
    assert_eq!(status_of(&gate.check("/", &with("rotated pw"))), 200);
    // A removed secret fails closed.
    env.ok(&["rm", "web", "--yes"], b"");
    assert_eq!(status_of(&gate.check("/", &with("rotated pw"))), 500);
    let (st, log) = gate.stop("TERM");
    assert!(st.success(), "{st}: {log}");
    assert!(log.contains("vault changed; reloaded 1 rules"), "{log}");
    assert!(log.contains("no secret named \"web\""), "{log}");
}

#[test]
fn shuts_down_cleanly_and_never_logs_credentials() {
    let env = vault();
    let tok = tokens(&env);
    for signal in ["TERM", "INT"] {
        let gate = Gate::start(
            &env,
            &[
                "--rule",
                "/api=signer:orders:read",
                "--rule",
                "/=web",
                "--log-requests",
                "--debug",
            ],
        );
        let basic = format!(
            "Authorization: Basic {}",
            b64(&format!("{USER}:{PASSWORD}"))
        );
        let wrong = format!(
            "Authorization: Basic {}",
            b64(&format!("{USER}:hunter2-wrong"))
        );
        assert_eq!(
            status_of(&gate.check("/?token=sekrit-query", std::slice::from_ref(&basic))),
            200
        );
        assert_eq!(
            status_of(&gate.check("/", std::slice::from_ref(&wrong))),
            401
        );
        let bearer = format!("Authorization: Bearer {}", tok.expired);
        assert_eq!(status_of(&gate.check("/api", &[bearer])), 401);
        let (st, log) = gate.stop(signal);
        assert!(st.success(), "SIG{signal}: {st}\n{log}");
        assert!(log.contains("shutting down"), "{log}");
        assert!(log.contains("401 /api rule=/api invalid token"), "{log}");
        for secret in [
            PASSWORD,
            "hunter2-wrong",
            "sekrit-query",
            &basic[22..],
            &wrong[22..],
            &tok.expired[..40],
            &tok.expired[tok.expired.len() - 20..],
        ] {
            assert!(!log.contains(secret), "the log shows {secret:?}:\n{log}");
        }
    }
}

#[test]
fn gate_usage_errors() {
    let env = vault();
    let e = env.fails(&["gate"], b"", 2);
    assert!(e.contains("no rules"), "{e}");
    let e = env.fails(&["gate", "--secret", "nope"], b"", 2);
    assert!(e.contains("no secret named \"nope\""), "{e}");
    let e = env.fails(&["gate", "--rule", "api=web"], b"", 2);
    assert!(e.contains("invalid rule prefix"), "{e}");
    let e = env.fails(&["gate", "--rule", "/=web", "--scope", "x"], b"", 2);
    assert!(e.contains("--scope applies to the --secret rule"), "{e}");
    let e = env.fails(&["gate", "--secret", "web", "--realm", "a\nb"], b"", 2);
    assert!(e.contains("invalid realm"), "{e}");
    let cfg = env.root().join("gate.toml");
    std::fs::write(
        &cfg,
        "[[rule]]\nprefix = \"/\"\nsecret = \"web\"\nscope = [\"typo\"]\n",
    )
    .unwrap();
    let e = env.fails(&["gate", "--config", cfg.to_str().unwrap()], b"", 2);
    assert!(e.contains("cannot read the gate configuration"), "{e}");
}

#[test]
fn gate_config_file_rules_and_headers() {
    let env = vault();
    let tok = tokens(&env);
    let cfg = env.root().join("gate.toml");
    std::fs::write(
        &cfg,
        r#"
realm = "intranet"
subject_header = "X-User"
scopes_header = ""

[[rule]]
prefix = "/api"
secret = "signer"
scopes = ["orders:read"]

[[rule]]
prefix = "/bots"
secret = "api-token"
"#,
    )
    .unwrap();
    let gate = Gate::start(&env, &["--config", cfg.to_str().unwrap()]);
    let a = gate.check(
        "/api/v1",
        &[format!("Authorization: Bearer {}", tok.scoped)],
    );
    assert_eq!(status_of(&a), 200, "{a}");
    assert!(has_header(&a, "X-User: svc-orders\r\n"), "{a}");
    assert!(!a.to_ascii_lowercase().contains("x-auth-scopes"), "{a}");
    let a = gate.check(
        "/api/v1",
        &[format!("Authorization: Bearer {}", tok.unscoped)],
    );
    assert_eq!(status_of(&a), 403);
    assert!(
        has_header(
            &a,
            "WWW-Authenticate: Bearer realm=\"intranet\", error=\"insufficient_scope\", scope=\"orders:read\"\r\n"
        ),
        "{a}"
    );
    assert_eq!(
        status_of(&gate.check("/bots/x", &["Authorization: Bearer tok-0123456789".into()])),
        200
    );
    assert_eq!(
        status_of(&gate.check("/bots/x", &["Authorization: Bearer tok-x".into()])),
        401
    );
    // Traefik and Caddy send X-Forwarded-Uri (with the query) instead.
    let a = gate.raw(
        format!(
            "GET /auth HTTP/1.1\r\nX-Forwarded-Uri: /api/v1?page=2\r\nAuthorization: Bearer {}\r\n\r\n",
            tok.scoped
        )
        .as_bytes(),
    );
    assert_eq!(status_of(&a), 200, "{a}");
    let a = gate.raw(b"GET /auth HTTP/1.1\r\nX-Forwarded-Uri: /api/v1\r\n\r\n");
    assert_eq!(status_of(&a), 401, "{a}");
    // No rule covers `/`: 403, whatever the credentials.
    assert_eq!(
        status_of(&gate.check("/", &["Authorization: Bearer tok-0123456789".into()])),
        403
    );
}

/// Issue 10 item 2: a header that never ends is cut off at the head limit (431 or a
/// closed connection), the gate's memory stays bounded, and it keeps serving.
#[test]
fn oversized_headers_are_cut_off_and_memory_stays_bounded() {
    let env = vault();
    let mut gate = Gate::start(&env, &["--secret", "web"]);
    let good = format!(
        "Authorization: Basic {}",
        b64(&format!("{USER}:{PASSWORD}"))
    );
    let mut s = TcpStream::connect(("127.0.0.1", gate.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut reader = s.try_clone().unwrap();
    let answer = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    });
    s.write_all(b"GET / HTTP/1.1\r\nX-Original-URI: /\r\nX-Filler: ")
        .unwrap();
    // Up to 1 GiB of one header line, 1 MiB at a time, until the gate hangs up.
    let chunk = vec![b'a'; 1 << 20];
    let mut sent: u64 = 0;
    while sent < 1 << 30 {
        if s.write_all(&chunk).is_err() {
            break;
        }
        sent += chunk.len() as u64;
    }
    let _ = s.shutdown(std::net::Shutdown::Both);
    let answer = answer.join().unwrap();
    assert!(sent < 1 << 30, "the gate read a 1 GiB header");
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    // A smaller one gets its 431 for sure (the gate reads it whole, then answers).
    let mut big = b"GET / HTTP/1.1\r\nX-Original-URI: /\r\nX-Filler: ".to_vec();
    big.extend(std::iter::repeat_n(b'a', 200 * 1024));
    big.extend_from_slice(b"\r\n\r\n");
    assert_eq!(status_of(&gate.raw(&big)), 431);
    // Still serving, and the peak memory is nowhere near the bytes it was sent (the
    // test vault unlocks with an identity file: no scrypt peak at start).
    assert_eq!(
        status_of(&gate.check("/", std::slice::from_ref(&good))),
        200
    );
    let peak = gate.proc_status_kb("VmHWM");
    assert!(peak < 100 * 1024, "peak RSS {peak} kB");
}

/// Slow and idle clients are cut off by --header-timeout and --idle-timeout; the gate
/// keeps serving others meanwhile.
#[test]
fn slow_and_idle_clients_are_cut_off() {
    let env = vault();
    let gate = Gate::start(
        &env,
        &[
            "--secret",
            "web",
            "--header-timeout",
            "1",
            "--idle-timeout",
            "2",
        ],
    );
    let good = format!(
        "Authorization: Basic {}",
        b64(&format!("{USER}:{PASSWORD}"))
    );
    // Whether the gate closed this connection (EOF or reset), waiting at most `wait`.
    let closed = |s: &mut TcpStream, wait: Duration| -> bool {
        s.set_read_timeout(Some(wait)).unwrap();
        let mut b = [0u8; 256];
        match s.read(&mut b) {
            Ok(0) => true,
            Ok(_) => false,
            Err(e) => !matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ),
        }
    };
    // Slowloris: a head that grows by one header line every 200 ms, forever.
    let mut slow = TcpStream::connect(("127.0.0.1", gate.port)).unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nX-Original-URI: /\r\n")
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut cut = false;
    let mut lines = 0;
    while Instant::now() < deadline {
        if slow.write_all(b"X-Slow: a\r\n").is_err()
            || closed(&mut slow, Duration::from_millis(200))
        {
            cut = true;
            break;
        }
        lines += 1;
    }
    assert!(cut, "a slowloris client was never cut off ({lines} lines)");
    // An idle connection that never sends a byte.
    let mut idle = TcpStream::connect(("127.0.0.1", gate.port)).unwrap();
    assert!(
        closed(&mut idle, Duration::from_secs(60)),
        "an idle client was never cut off"
    );
    // A keep-alive connection left idle after a request.
    let mut kept = TcpStream::connect(("127.0.0.1", gate.port)).unwrap();
    kept.write_all(format!("GET /auth HTTP/1.1\r\nX-Original-URI: /\r\n{good}\r\n\r\n").as_bytes())
        .unwrap();
    let mut head = [0u8; 12];
    kept.read_exact(&mut head).unwrap();
    assert_eq!(&head, b"HTTP/1.1 200");
    let mut rest = Vec::new();
    kept.set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    assert!(
        kept.read_to_end(&mut rest).is_ok(),
        "an idle keep-alive connection was never closed"
    );
    // Still serving.
    assert_eq!(status_of(&gate.check("/", &[good])), 200);
}

/// With fewer file descriptors than clients, the accept errors (EMFILE) are retried:
/// the gate neither exits nor spins out, and serves again once the clients leave.
#[test]
fn running_out_of_file_descriptors_is_not_fatal() {
    let env = vault();
    let mut gate = Gate::start_under(&env, &["--secret", "web"], Some("ulimit -n 64"));
    let good = format!(
        "Authorization: Basic {}",
        b64(&format!("{USER}:{PASSWORD}"))
    );
    let idle: Vec<TcpStream> = (0..150)
        .map(|_| TcpStream::connect(("127.0.0.1", gate.port)).unwrap())
        .collect();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !gate.log().contains("cannot accept a connection") {
        assert!(gate.alive(), "the gate exited: {}", gate.log());
        assert!(Instant::now() < deadline, "no accept error: {}", gate.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(gate.log().contains("Too many open files"), "{}", gate.log());
    std::thread::sleep(Duration::from_millis(300));
    assert!(gate.alive(), "the gate exited: {}", gate.log());
    drop(idle);
    assert_eq!(
        status_of(&gate.check("/", std::slice::from_ref(&good))),
        200
    );
    assert!(
        gate.log().contains("accepting connections again"),
        "{}",
        gate.log()
    );
    assert!(gate.alive());
}
