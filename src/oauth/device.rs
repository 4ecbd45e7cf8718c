//! The device authorization grant (RFC 8628): the device authorization request (§3.1,
//! §3.2) and the polling of the token endpoint (§3.4, §3.5) until the user has approved
//! or refused on another device.
//!
//! The polling is a state machine over a [`Sleeper`] (the clock and the waiting), so its
//! rules are tested without waiting: the first poll comes one interval after the
//! authorization, `authorization_pending` waits, `slow_down` adds 5 s to this and every
//! later interval, `access_denied` and `expired_token` stop with distinct errors, polling
//! stops once `expires_in` has passed, and connection errors back off exponentially.
//! Printing the user code and opening the browser are the command layer's business.

use std::time::Duration;

use serde_json::Value;

use super::flow::{self, HttpClient, TokenRequestOptions};
use super::token_response::{self, TokenResponse};
use super::{OAuthError, shorten};
use crate::secret::{OAuth2, SecretValue};

/// The `grant_type` of a device-code token request (RFC 8628 §3.4).
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// The polling interval when the provider gives none, seconds (RFC 8628 §3.2).
pub const DEFAULT_INTERVAL_SECS: u64 = 5;

/// What `slow_down` adds to the interval, seconds (RFC 8628 §3.5).
pub const SLOW_DOWN_SECS: u64 = 5;

/// The longest wait after repeated connection errors, seconds.
pub const MAX_BACKOFF_SECS: u64 = 60;

/// The device authorization response (RFC 8628 §3.2).
#[derive(Debug)]
pub struct DeviceAuthorization {
    /// `device_code`: a credential of this login, never shown.
    pub device_code: SecretValue,
    /// `user_code`: what the user types on the verification page.
    pub user_code: String,
    /// `verification_uri` (Google and some others say `verification_url`).
    pub verification_uri: String,
    /// `verification_uri_complete`: the page with the code filled in, if given.
    pub verification_uri_complete: Option<String>,
    /// `expires_in`: the lifetime of both codes.
    pub expires_in: Duration,
    /// `interval` between polls; [`DEFAULT_INTERVAL_SECS`] when not given, at least 1 s.
    pub interval: Duration,
}

/// Parses a device authorization answer: JSON (RFC 8628 §3.2) or an OAuth error.
pub fn parse_authorization(
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<DeviceAuthorization, OAuthError> {
    let what = "device authorization endpoint";
    if let Some(error) = token_response::error_code(content_type, body) {
        let description = serde_json::from_slice::<Value>(body).ok().and_then(|v| {
            v.get("error_description")?
                .as_str()
                .map(|d| shorten(d, 300))
        });
        return Err(OAuthError::Provider { error, description });
    }
    if !(200..300).contains(&status) {
        return Err(OAuthError::HttpStatus { what, status });
    }
    let bad = OAuthError::MalformedDeviceAuthorization;
    let doc: Value = serde_json::from_slice(body).map_err(|_| bad("it is not JSON"))?;
    let text = |k: &str| -> Result<Option<String>, OAuthError> {
        match doc.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.chars().any(char::is_control) => {
                Err(bad("a member contains control characters"))
            }
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(bad("a member is not a string")),
        }
    };
    // Some providers send numbers as strings, as with `expires_in` of token responses.
    let seconds = |k: &str| -> Result<Option<u64>, OAuthError> {
        match doc.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .map(Some)
                .ok_or(bad("a duration is not a whole number")),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| bad("a duration is not a number")),
            Some(_) => Err(bad("a duration is not a number")),
        }
    };
    let device_code = text("device_code")?.ok_or(bad("it has no device_code"))?;
    let user_code = text("user_code")?.ok_or(bad("it has no user_code"))?;
    let verification_uri = match text("verification_uri")? {
        Some(u) => u,
        None => text("verification_url")?.ok_or(bad("it has no verification_uri"))?,
    };
    for u in std::iter::once(&verification_uri).chain(text("verification_uri_complete")?.as_ref()) {
        let parsed = url::Url::parse(u).map_err(|_| bad("a verification URI is not a URL"))?;
        if !matches!(parsed.scheme(), "https" | "http") {
            return Err(bad("a verification URI is not http(s)"));
        }
    }
    let expires_in = seconds("expires_in")?.ok_or(bad("it has no expires_in"))?;
    // A zero or absent interval would poll in a tight loop (oauth2c panics on zero):
    // absent means 5 s (§3.2), and anything else is at least 1 s.
    let interval = seconds("interval")?.unwrap_or(DEFAULT_INTERVAL_SECS).max(1);
    Ok(DeviceAuthorization {
        device_code: SecretValue::new(device_code),
        user_code,
        verification_uri,
        verification_uri_complete: text("verification_uri_complete")?,
        expires_in: Duration::from_secs(expires_in),
        interval: Duration::from_secs(interval),
    })
}

/// Sends the device authorization request (RFC 8628 §3.1) to `device_url` with the
/// client's authentication and the configured scopes.
pub fn request_authorization(
    http: &HttpClient,
    cfg: &OAuth2,
    device_url: &str,
    opts: &TokenRequestOptions<'_>,
) -> Result<DeviceAuthorization, OAuthError> {
    let scope = cfg.scopes.join(" ");
    let mut form = Vec::new();
    if !scope.is_empty() {
        form.push(("scope", scope.as_str()));
    }
    // No DPoP here: the proof binds tokens, and this endpoint issues none.
    let opts = TokenRequestOptions {
        dpop: None,
        ..*opts
    };
    let raw = http.post_form(
        "device authorization endpoint",
        device_url,
        cfg,
        form,
        &opts,
    )?;
    parse_authorization(raw.status, raw.content_type.as_deref(), &raw.body)
}

/// One device-code token request (RFC 8628 §3.4).
pub fn poll_once(
    http: &HttpClient,
    cfg: &OAuth2,
    auth: &DeviceAuthorization,
    opts: &TokenRequestOptions<'_>,
) -> Result<TokenResponse, OAuthError> {
    flow::token_request(
        http,
        cfg,
        opts,
        vec![
            ("grant_type", DEVICE_CODE_GRANT),
            ("device_code", auth.device_code.expose_secret()),
        ],
    )
}

/// The clock and the waiting of the poll loop.
pub trait Sleeper {
    /// Time since the device authorization was received.
    fn elapsed(&self) -> Duration;
    /// Waits `d`; [`OAuthError::Interrupted`] when the user cancels.
    fn sleep(&mut self, d: Duration) -> Result<(), OAuthError>;
}

/// The real clock: `std::thread::sleep` in short slices, checking a cancel flag.
#[derive(Debug)]
pub struct RealSleeper<'a> {
    start: std::time::Instant,
    cancel: &'a std::sync::atomic::AtomicBool,
}

impl<'a> RealSleeper<'a> {
    /// A clock started now; `cancel` (set by a Ctrl-C handler) ends a wait.
    pub fn new(cancel: &'a std::sync::atomic::AtomicBool) -> Self {
        RealSleeper {
            start: std::time::Instant::now(),
            cancel,
        }
    }
}

impl Sleeper for RealSleeper<'_> {
    fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    fn sleep(&mut self, d: Duration) -> Result<(), OAuthError> {
        let until = std::time::Instant::now() + d;
        loop {
            if self.cancel.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(OAuthError::Interrupted);
            }
            let now = std::time::Instant::now();
            if now >= until {
                return Ok(());
            }
            std::thread::sleep((until - now).min(Duration::from_millis(200)));
        }
    }
}

/// Polls until the user approves (the token), refuses, or the code expires.
///
/// `expires_in` and `interval` come from `auth`; `attempt` makes one token request (with
/// a fresh client assertion and DPoP proof each time, as [`poll_once`] does).
///
/// # Errors
/// [`OAuthError::DeviceAccessDenied`], [`OAuthError::DeviceCodeExpired`] (the provider
/// said `expired_token`, or `expires_in` passed), [`OAuthError::Interrupted`], or the
/// first error that is neither a pending state nor a connection failure.
pub fn poll<S: Sleeper>(
    auth: &DeviceAuthorization,
    sleeper: &mut S,
    mut attempt: impl FnMut() -> Result<TokenResponse, OAuthError>,
) -> Result<TokenResponse, OAuthError> {
    let mut interval = auth.interval.max(Duration::from_secs(1));
    let mut failures: u32 = 0;
    loop {
        // Connection failures double the wait, up to a minute (RFC 8628 §3.5 "SHOULD use
        // exponential backoff"); any answer from the server resets it.
        let wait = if failures == 0 {
            interval
        } else {
            (interval * 2u32.saturating_pow(failures)).min(Duration::from_secs(MAX_BACKOFF_SECS))
        };
        if sleeper.elapsed() + wait > auth.expires_in {
            // The next poll would come after the codes expired: stop now, in bounded time.
            return Err(OAuthError::DeviceCodeExpired);
        }
        sleeper.sleep(wait)?;
        match attempt() {
            Ok(token) => return Ok(token),
            Err(OAuthError::Provider { error, description }) => {
                failures = 0;
                match error.as_str() {
                    "authorization_pending" => {}
                    // §3.5: the interval MUST be increased by 5 s for this and all
                    // subsequent requests.
                    "slow_down" => interval += Duration::from_secs(SLOW_DOWN_SECS),
                    "access_denied" => return Err(OAuthError::DeviceAccessDenied { description }),
                    "expired_token" => return Err(OAuthError::DeviceCodeExpired),
                    _ => return Err(OAuthError::Provider { error, description }),
                }
            }
            Err(OAuthError::Http { .. }) => failures = failures.saturating_add(1),
            Err(OAuthError::HttpStatus { status, .. }) if status == 429 || status >= 500 => {
                failures = failures.saturating_add(1);
            }
            Err(other) => return Err(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;

    const JSON: Option<&str> = Some("application/json");

    fn auth(interval: u64, expires: u64) -> DeviceAuthorization {
        DeviceAuthorization {
            device_code: SecretValue::new("dc".into()),
            user_code: "WDJB-MJHT".into(),
            verification_uri: "https://example.com/device".into(),
            verification_uri_complete: None,
            expires_in: Duration::from_secs(expires),
            interval: Duration::from_secs(interval),
        }
    }

    /// A clock that advances only when slept on, recording each wait.
    #[derive(Default)]
    struct FakeSleeper {
        now: Duration,
        waits: Vec<u64>,
    }

    impl Sleeper for FakeSleeper {
        fn elapsed(&self) -> Duration {
            self.now
        }
        fn sleep(&mut self, d: Duration) -> Result<(), OAuthError> {
            self.now += d;
            self.waits.push(d.as_secs());
            Ok(())
        }
    }

    fn provider(error: &str) -> Result<TokenResponse, OAuthError> {
        Err(OAuthError::Provider {
            error: error.into(),
            description: None,
        })
    }

    fn token() -> Result<TokenResponse, OAuthError> {
        token_response::parse("t", 200, JSON, br#"{"access_token":"at"}"#)
    }

    fn connection_error() -> Result<TokenResponse, OAuthError> {
        // A real transport error: nothing listens on port 9 of the loopback.
        let e = reqwest::blocking::Client::new()
            .get("http://127.0.0.1:9/")
            .timeout(Duration::from_millis(500))
            .send()
            .unwrap_err();
        Err(OAuthError::Http {
            what: "token endpoint",
            source: e,
        })
    }

    fn run(
        a: &DeviceAuthorization,
        script: Vec<fn() -> Result<TokenResponse, OAuthError>>,
    ) -> (Result<TokenResponse, OAuthError>, Vec<u64>, usize) {
        let mut s = FakeSleeper::default();
        let mut q: VecDeque<_> = script.into();
        let mut calls = 0;
        let r = poll(a, &mut s, || {
            calls += 1;
            q.pop_front().expect("the script ran out")()
        });
        (r, s.waits, calls)
    }

    #[test]
    fn pending_then_token_at_the_interval() {
        let (r, waits, calls) = run(
            &auth(5, 600),
            vec![
                || provider("authorization_pending"),
                || provider("authorization_pending"),
                token,
            ],
        );
        assert_eq!(r.unwrap().access_token.expose_secret(), "at");
        assert_eq!(waits, [5, 5, 5]);
        assert_eq!(calls, 3);
    }

    #[test]
    fn slow_down_adds_five_seconds_for_good() {
        let (r, waits, _) = run(
            &auth(5, 600),
            vec![
                || provider("slow_down"),
                || provider("authorization_pending"),
                || provider("slow_down"),
                || provider("authorization_pending"),
                token,
            ],
        );
        assert!(r.is_ok());
        assert_eq!(waits, [5, 10, 10, 15, 15]);
    }

    #[test]
    fn denied_and_expired_are_distinct_stops() {
        let (r, _, calls) = run(
            &auth(5, 600),
            vec![|| provider("authorization_pending"), || {
                provider("access_denied")
            }],
        );
        assert!(matches!(r, Err(OAuthError::DeviceAccessDenied { .. })));
        assert_eq!(calls, 2);
        let (r, _, _) = run(&auth(5, 600), vec![|| provider("expired_token")]);
        assert!(matches!(r, Err(OAuthError::DeviceCodeExpired)));
        let (r, _, _) = run(&auth(5, 600), vec![|| provider("invalid_client")]);
        assert!(
            matches!(r, Err(OAuthError::Provider { ref error, .. }) if error == "invalid_client")
        );
    }

    #[test]
    fn stops_at_expires_in_without_another_poll() {
        let pending: Vec<fn() -> Result<TokenResponse, OAuthError>> =
            vec![|| provider("authorization_pending"); 10];
        let (r, waits, calls) = run(&auth(5, 22), pending);
        assert!(matches!(r, Err(OAuthError::DeviceCodeExpired)));
        assert_eq!(waits, [5, 5, 5, 5]);
        assert_eq!(calls, 4);
        // slow_down pushes the next poll past the expiry.
        let (r, waits, _) = run(&auth(5, 12), vec![|| provider("slow_down"), token]);
        assert!(matches!(r, Err(OAuthError::DeviceCodeExpired)));
        assert_eq!(waits, [5]);
    }

    #[test]
    fn connection_errors_back_off_exponentially_then_reset() {
        let (r, waits, _) = run(
            &auth(5, 3600),
            vec![
                connection_error,
                connection_error,
                connection_error,
                connection_error,
                || provider("authorization_pending"),
                token,
            ],
        );
        assert!(r.is_ok());
        assert_eq!(waits, [5, 10, 20, 40, 60, 5]);
    }

    #[test]
    fn parses_the_authorization_response() {
        // RFC 8628 §3.2 example.
        let a = parse_authorization(
            200,
            JSON,
            br#"{"device_code":"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS","user_code":"WDJB-MJHT","verification_uri":"https://example.com/device","verification_uri_complete":"https://example.com/device?user_code=WDJB-MJHT","expires_in":1800,"interval":5}"#,
        )
        .unwrap();
        assert_eq!(a.user_code, "WDJB-MJHT");
        assert_eq!(a.expires_in, Duration::from_secs(1800));
        assert_eq!(a.interval, Duration::from_secs(5));
        assert!(a.verification_uri_complete.is_some());
        assert!(!format!("{a:?}").contains("GmRhmhcx"));
        // No interval (gh's device flow fails here): 5 s. Zero: 1 s. Google's field name.
        let a = parse_authorization(200, JSON, br#"{"device_code":"d","user_code":"u","verification_url":"https://g.example/device","expires_in":"600"}"#).unwrap();
        assert_eq!(a.interval, Duration::from_secs(5));
        assert_eq!(a.verification_uri, "https://g.example/device");
        let a = parse_authorization(200, JSON, br#"{"device_code":"d","user_code":"u","verification_uri":"https://e/d","expires_in":60,"interval":0}"#).unwrap();
        assert_eq!(a.interval, Duration::from_secs(1));
        for bad in [
            &br#"{"user_code":"u","verification_uri":"https://e/d","expires_in":60}"#[..],
            br#"{"device_code":"d","verification_uri":"https://e/d","expires_in":60}"#,
            br#"{"device_code":"d","user_code":"u","expires_in":60}"#,
            br#"{"device_code":"d","user_code":"u","verification_uri":"https://e/d"}"#,
            br#"{"device_code":"d","user_code":"u","verification_uri":"javascript:x","expires_in":60}"#,
            br#"{"device_code":"d","user_code":"u\u001b[2J","verification_uri":"https://e/d","expires_in":60}"#,
            br#"{"device_code":"d","user_code":"u","verification_uri":"https://e/d","expires_in":-1}"#,
            b"<html>",
        ] {
            assert!(parse_authorization(200, JSON, bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
        assert!(matches!(
            parse_authorization(400, JSON, br#"{"error":"invalid_client"}"#),
            Err(OAuthError::Provider { .. })
        ));
        assert!(matches!(
            parse_authorization(500, Some("text/html"), b"oops"),
            Err(OAuthError::HttpStatus { .. })
        ));
    }
}
