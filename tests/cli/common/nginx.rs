//! A real nginx for the gate tests: a generated configuration in a temp prefix, on free
//! loopback ports, in the foreground (`daemon off`), killed on drop.
//!
//! One nginx process serves two things: an upstream (a `return 200` location that
//! echoes what the gate passed on) and the protected front, whose `auth_request` asks
//! the gate, exactly as the gate's documentation shows.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::free_port;

/// The nginx binary: `$NGINX`, else Debian's `/usr/sbin/nginx`, else `nginx` on PATH.
pub fn nginx_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("NGINX") {
        return PathBuf::from(p);
    }
    let debian = PathBuf::from("/usr/sbin/nginx");
    if debian.exists() {
        debian
    } else {
        PathBuf::from("nginx")
    }
}

/// True when this process runs as root (CI does).
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

/// A running nginx in front of the gate.
pub struct Nginx {
    /// The temp prefix (config, logs, pid, temp paths).
    pub dir: tempfile::TempDir,
    /// The protected front port.
    pub port: u16,
    /// The upstream port (reachable directly, for comparisons).
    pub upstream_port: u16,
    child: Child,
}

impl Nginx {
    /// Starts nginx with `auth_request` to the gate on `gate_port`, and waits until both
    /// ports accept connections.
    #[must_use]
    pub fn start(gate_port: u16) -> Nginx {
        Nginx::start_with_backend(gate_port, None)
    }

    /// Like [`Nginx::start`], but the protected front proxies allowed requests to the
    /// backend on `backend_port` (e.g. a [`RawBackend`]) instead of nginx's own upstream.
    #[must_use]
    pub fn start_in_front_of(gate_port: u16, backend_port: u16) -> Nginx {
        Nginx::start_with_backend(gate_port, Some(backend_port))
    }

    fn start_with_backend(gate_port: u16, backend_port: Option<u16>) -> Nginx {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let upstream_port = free_port();
        let backend_port = backend_port.unwrap_or(upstream_port);
        let d = dir.path().display().to_string();
        for t in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"] {
            std::fs::create_dir_all(dir.path().join(t)).unwrap();
        }
        // A master and one worker, as in production. As root the worker would become
        // `nobody` and could not read the temp prefix, so it stays root (CI runs as
        // root); as another user nginx keeps that user and the directive is omitted.
        let user = if is_root() { "user root;" } else { "" };
        let conf = format!(
            r#"
{user}
daemon off;
master_process on;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log notice;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {d}/client_body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    default_type text/plain;

    # The upstream: echoes the URI it was asked for and the user the gate named.
    server {{
        listen 127.0.0.1:{upstream_port};
        location / {{
            return 200 "upstream ok uri=$uri user=$http_x_auth_user scopes=$http_x_auth_scopes\n";
        }}
    }}

    # The protected front.
    server {{
        listen 127.0.0.1:{port};
        location = /_gate {{
            internal;
            proxy_pass http://127.0.0.1:{gate_port};
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
            proxy_set_header X-Original-URI $request_uri;
        }}
        location / {{
            auth_request /_gate;
            auth_request_set $auth_user $upstream_http_x_auth_subject;
            auth_request_set $auth_scopes $upstream_http_x_auth_scopes;
            proxy_set_header X-Auth-User $auth_user;
            proxy_set_header X-Auth-Scopes $auth_scopes;
            proxy_pass http://127.0.0.1:{backend_port};
        }}
    }}
}}
"#
        );
        let conf_path = dir.path().join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let child = Command::new(nginx_bin())
            .arg("-p")
            .arg(dir.path())
            .arg("-c")
            .arg(&conf_path)
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx should be installed (Debian package nginx)");
        let mut n = Nginx {
            dir,
            port,
            upstream_port,
            child,
        };
        n.wait_ready();
        n
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("nginx exited ({status}):\n{}", self.error_log());
            }
            let up = |p: u16| std::net::TcpStream::connect(("127.0.0.1", p)).is_ok();
            if up(self.port) && up(self.upstream_port) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "nginx did not listen within 30 s:\n{}",
                self.error_log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The URL of `path` on the protected front.
    #[must_use]
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// nginx's error log so far.
    #[must_use]
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGQUIT would wait for connections; the master's SIGTERM stops the worker too.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A backend that routes on the raw request target, the way frameworks that do not
/// normalise paths (Flask, Express) do: Python's `http.server`, which passes the
/// request line's target through untouched. It answers 200 with the handler it picked
/// and the raw path, and records every path it receives.
pub struct RawBackend {
    /// The port it listens on.
    pub port: u16,
    log: PathBuf,
    _dir: tempfile::TempDir,
    child: Child,
}

const RAW_BACKEND: &str = r#"
import http.server, sys
port, log = int(sys.argv[1]), sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    def do_GET(self):
        with open(log, "a", encoding="utf-8", errors="backslashreplace") as f:
            f.write(self.path + "\n")
        # A naive router: the admin handler serves /admin and below, in any case.
        handler = "admin" if self.path.lower().startswith("/admin") else "public"
        body = ("backend handler=%s path=%s\n" % (handler, self.path)).encode("utf-8", "backslashreplace")
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
"#;

impl RawBackend {
    /// Starts the backend on a free port and waits until it accepts connections.
    #[must_use]
    pub fn start() -> RawBackend {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let log = dir.path().join("paths.log");
        std::fs::write(&log, "").unwrap();
        let child = Command::new("python3")
            .args(["-c", RAW_BACKEND, &port.to_string()])
            .arg(&log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 should be installed");
        let mut b = RawBackend {
            port,
            log,
            _dir: dir,
            child,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(st)) = b.child.try_wait() {
                panic!("the raw backend exited ({st})");
            }
            assert!(Instant::now() < deadline, "the raw backend did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        b
    }

    /// Every raw path the backend received, in order.
    #[must_use]
    pub fn paths(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }
}

impl Drop for RawBackend {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends one `GET target` with these header lines to `port`, byte for byte as given
/// (no client-side normalisation), and returns the status and body.
#[must_use]
pub fn raw_get(port: u16, target: &[u8], headers: &[String]) -> (u16, String) {
    use std::io::{Read, Write};
    let mut req = b"GET ".to_vec();
    req.extend_from_slice(target);
    req.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    for h in headers {
        req.extend_from_slice(h.as_bytes());
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"\r\n");
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(&req).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP status in {text:?}"));
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// The answer of one real `curl` run.
#[derive(Debug)]
pub struct CurlAnswer {
    /// The HTTP status.
    pub status: u16,
    /// The response headers, as received.
    pub headers: String,
    /// The body.
    pub body: String,
}

/// Runs real curl with `args` plus `url`; `-s`, headers and status captured.
#[must_use]
pub fn curl(url: &str, args: &[&str]) -> CurlAnswer {
    let dir = tempfile::tempdir().unwrap();
    let hdr = dir.path().join("headers");
    let out = Command::new("curl")
        .args(["-s", "-o", "-", "-D"])
        .arg(&hdr)
        .args(["-w", "\n%{http_code}", "--max-time", "30"])
        .args(args)
        .arg(url)
        .output()
        .expect("curl should be installed");
    assert!(out.status.success(), "curl {args:?} {url} failed: {out:?}");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap();
    CurlAnswer {
        status: code.trim().parse().unwrap(),
        headers: std::fs::read_to_string(&hdr).unwrap_or_default(),
        body: body.to_string(),
    }
}
