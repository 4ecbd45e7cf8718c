//! OAuth2 peers for the tests: the real OpenID provider (`oidc-provider` from npm, run by
//! Node.js from `tests/idp/`) and a small in-process provider whose token endpoint answers
//! whatever a test queues, to reproduce real providers' quirks.

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine;

/// `tests/idp`.
pub fn idp_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/idp")
}

/// The `$BROWSER` value that runs the test browser (`tests/idp/browser.mjs`).
pub fn test_browser() -> String {
    format!("node {}", idp_dir().join("browser.mjs").display())
}

/// The `$BROWSER` value that first attacks the loopback listener, then runs the test
/// browser (`tests/idp/hostile.mjs`; its log goes to `$FLOWLET_TEST_HOSTILE_LOG`).
pub fn hostile_browser() -> String {
    format!("node {}", idp_dir().join("hostile.mjs").display())
}

/// The real provider, killed on drop.
pub struct RealIdp {
    child: Child,
    pub port: u16,
}

impl RealIdp {
    /// Starts `oidc-provider` on a free port with the given redirect URIs and access-token
    /// lifetimes (seconds) for tokens from the code grant and from refreshes.
    pub fn start(redirect_uris: &[String], code_ttl: u32, refresh_ttl: u32) -> RealIdp {
        let dir = idp_dir();
        assert!(
            dir.join("node_modules/oidc-provider").is_dir(),
            "oidc-provider is not installed: run `npm ci --prefix tests/idp` (.ci/setup.d/oauth.sh does)"
        );
        let port = super::free_port();
        let mut child = Command::new("node")
            .arg(dir.join("server.mjs"))
            .env("IDP_PORT", port.to_string())
            .env("IDP_REDIRECT_URIS", redirect_uris.join(","))
            .env("IDP_CODE_AT_TTL", code_ttl.to_string())
            .env("IDP_REFRESH_AT_TTL", refresh_ttl.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node must be installed (.ci/apt.d/oauth.txt)");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if line.starts_with("listening") {
                    let _ = tx.send(());
                }
            }
        });
        let idp = RealIdp { child, port };
        rx.recv_timeout(Duration::from_secs(30))
            .expect("oidc-provider did not start within 30 s");
        idp
    }

    /// The issuer URL.
    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The userinfo endpoint.
    pub fn userinfo(&self) -> String {
        format!("{}/me", self.issuer())
    }

    /// How many token requests the provider saw with this grant_type.
    pub fn grant_count(&self, grant_type: &str) -> u64 {
        let v: serde_json::Value =
            reqwest::blocking::get(format!("{}/test/counters", self.issuer()))
                .unwrap()
                .json()
                .unwrap();
        v.get(grant_type).and_then(|n| n.as_u64()).unwrap_or(0)
    }
}

impl Drop for RealIdp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How the fake provider's authorization endpoint answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorizeMode {
    /// Redirect with a code and the right state.
    Grant,
    /// Redirect with `error=access_denied` and the right state.
    Deny,
    /// Redirect with a code and a different state.
    WrongState,
}

/// One request the fake token endpoint received.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub form: HashMap<String, String>,
    pub accept: Option<String>,
    pub authorization: Option<String>,
}

/// The fake provider's state.
pub struct FakeState {
    pub mode: AuthorizeMode,
    /// Queued answers of the token endpoint: status, content type, body.
    pub responses: VecDeque<(u16, &'static str, String)>,
    pub challenge: Option<String>,
    pub authorize_requests: usize,
    pub token_requests: Vec<TokenRequest>,
}

/// An in-process provider on a free loopback port. Its authorization endpoint checks the
/// PKCE parameters and redirects at once; its token endpoint checks the code_verifier
/// against the challenge, then answers with the next queued response.
pub struct FakeIdp {
    pub port: u16,
    pub state: Arc<Mutex<FakeState>>,
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
}

/// The code the fake provider issues.
pub const FAKE_CODE: &str = "fake-code-123";

impl FakeIdp {
    pub fn start(mode: AuthorizeMode) -> FakeIdp {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let port = server.server_addr().to_ip().unwrap().port();
        let state = Arc::new(Mutex::new(FakeState {
            mode,
            responses: VecDeque::new(),
            challenge: None,
            authorize_requests: 0,
            token_requests: Vec::new(),
        }));
        let (s, st) = (Arc::clone(&server), Arc::clone(&state));
        let thread = std::thread::spawn(move || {
            for req in s.incoming_requests() {
                handle(req, &st);
            }
        });
        FakeIdp {
            port,
            state,
            server,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Queues one token-endpoint answer.
    pub fn respond(&self, status: u16, content_type: &'static str, body: &str) {
        self.state
            .lock()
            .unwrap()
            .responses
            .push_back((status, content_type, body.to_string()));
    }

    pub fn token_requests(&self) -> Vec<TokenRequest> {
        self.state.lock().unwrap().token_requests.clone()
    }
}

impl Drop for FakeIdp {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn handle(mut req: tiny_http::Request, st: &Mutex<FakeState>) {
    let url = req.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let q: HashMap<String, String> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    match path {
        "/authorize" => {
            let mut s = st.lock().unwrap();
            s.authorize_requests += 1;
            let ok = q.get("response_type").map(String::as_str) == Some("code")
                && q.get("code_challenge_method").map(String::as_str) == Some("S256")
                && q.get("code_challenge").is_some_and(|c| c.len() == 43)
                && q.contains_key("state")
                && q.contains_key("redirect_uri");
            if !ok {
                let _ = req
                    .respond(tiny_http::Response::from_string("bad request").with_status_code(400));
                return;
            }
            s.challenge = q.get("code_challenge").cloned();
            let state =
                url::form_urlencoded::byte_serialize(q["state"].as_bytes()).collect::<String>();
            let location = match s.mode {
                AuthorizeMode::Grant => {
                    format!("{}?code={FAKE_CODE}&state={state}", q["redirect_uri"])
                }
                AuthorizeMode::Deny => format!(
                    "{}?error=access_denied&error_description=The+user+said+no&state={state}",
                    q["redirect_uri"]
                ),
                AuthorizeMode::WrongState => {
                    format!("{}?code={FAKE_CODE}&state=forged", q["redirect_uri"])
                }
            };
            let h = tiny_http::Header::from_bytes(&b"Location"[..], location.as_bytes()).unwrap();
            let _ = req.respond(tiny_http::Response::empty(302).with_header(h));
        }
        "/token" => {
            let mut body = String::new();
            req.as_reader().read_to_string(&mut body).unwrap();
            let form: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes())
                .into_owned()
                .collect();
            let header = |name: &str| {
                req.headers()
                    .iter()
                    .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
                    .map(|h| h.value.as_str().to_string())
            };
            let mut s = st.lock().unwrap();
            s.token_requests.push(TokenRequest {
                form: form.clone(),
                accept: header("Accept"),
                authorization: header("Authorization"),
            });
            let (status, ct, body) = if form.get("grant_type").map(String::as_str)
                == Some("authorization_code")
                && !verifier_matches(&form, s.challenge.as_deref())
            {
                (
                    400,
                    "application/json",
                    r#"{"error":"invalid_grant","error_description":"PKCE verification failed"}"#
                        .to_string(),
                )
            } else {
                s.responses
                    .pop_front()
                    .unwrap_or((500, "text/plain", "no response queued".into()))
            };
            let h = tiny_http::Header::from_bytes(&b"Content-Type"[..], ct.as_bytes()).unwrap();
            let _ = req.respond(
                tiny_http::Response::from_string(body)
                    .with_status_code(status)
                    .with_header(h),
            );
        }
        _ => {
            let _ = req.respond(tiny_http::Response::empty(404));
        }
    }
}

/// RFC 7636 §4.6: BASE64URL(SHA256(code_verifier)) == code_challenge, and the code is ours.
fn verifier_matches(form: &HashMap<String, String>, challenge: Option<&str>) -> bool {
    let (Some(v), Some(c)) = (form.get("code_verifier"), challenge) else {
        return false;
    };
    let s256 =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(openssl::sha::sha256(v.as_bytes()));
    s256 == c && form.get("code").map(String::as_str) == Some(FAKE_CODE)
}
