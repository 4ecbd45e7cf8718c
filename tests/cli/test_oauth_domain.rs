//! The new grants' domain code (issue 12, stage 1) against the real oidc-provider,
//! through the library: client credentials with private_key_jwt and DPoP (with the
//! server's nonce), and the device grant's first requests with an injected `slow_down`.
//! The CLI commands for them come in a later stage.

use flowlet_secrets::jose::ed25519::Ed25519Key;
use flowlet_secrets::jose::es256::Es256Key;
use flowlet_secrets::jose::jwk::KeyUse;
use flowlet_secrets::jose::sign::SigningKey;
use flowlet_secrets::oauth::OAuthError;
use flowlet_secrets::oauth::client_assertion::ClientAssertionKey;
use flowlet_secrets::oauth::device;
use flowlet_secrets::oauth::dpop::DpopSession;
use flowlet_secrets::oauth::flow::{self, HttpClient, TokenRequestOptions};
use flowlet_secrets::oauth::token_response::TokenType;
use flowlet_secrets::secret::{AuthorizationCode, ClientAuth, Grant, OAuth2};
use serde_json::json;

use crate::common::idp::{IdpOptions, RealIdp};

fn client(id: &str, idp: &RealIdp) -> OAuth2 {
    OAuth2 {
        provider: None,
        issuer: Some(idp.issuer()),
        client_id: id.into(),
        client_secret: None,
        grant: Grant::AuthorizationCode(AuthorizationCode {
            auth_url: format!("{}/auth", idp.issuer()),
            auth_params: Vec::new(),
            redirect_port: 0,
            redirect_host: "127.0.0.1".into(),
        }),
        token_url: idp.token_endpoint(),
        revocation_url: None,
        userinfo_url: None,
        scopes: Vec::new(),
        client_auth: ClientAuth::None,
        token: None,
    }
}

#[test]
fn client_credentials_with_private_key_jwt_and_dpop_nonce() {
    let client_key = Es256Key::generate();
    let jwk = client_key.public_key().jwk(Some(KeyUse::Sig)).unwrap();
    let idp = RealIdp::start_with(&IdpOptions {
        features: vec!["client_credentials", "dpop_nonce"],
        client_jwks: Some(json!({ "keys": [jwk] })),
        ..IdpOptions::default()
    });
    let cfg = client("flowlet-pkjwt", &idp);
    let http = HttpClient::new().unwrap();
    let assertion = ClientAssertionKey::new(
        SigningKey::es256(client_key),
        "flowlet-pkjwt",
        &idp.issuer(),
    )
    .unwrap();
    let session = DpopSession::new(SigningKey::ed25519(Ed25519Key::generate()), None).unwrap();
    let opts = TokenRequestOptions {
        client_assertion: Some(&assertion),
        dpop: Some(&session),
        ..TokenRequestOptions::default()
    };
    for _ in 0..2 {
        let t = flow::client_credentials(&http, &cfg, &[], &opts).unwrap();
        assert_eq!(t.token_type, TokenType::Dpop);
    }
    assert!(session.nonce().is_some());

    let log = idp.token_log();
    assert_eq!(log.len(), 3, "{log:#?}");
    // The first proof had no nonce and was answered use_dpop_nonce; the retry and the
    // next request carry the remembered nonce.
    assert_eq!(log[0]["error"], json!("use_dpop_nonce"));
    assert_eq!(log[0]["dpop_nonce_sent"], json!(null));
    for entry in &log[1..] {
        assert_eq!(entry["status"], json!(200), "{entry}");
        assert!(entry["dpop_nonce_sent"].is_string(), "{entry}");
    }
    // A fresh assertion and a fresh proof on every request, the retry included.
    for field in ["assertion_jti", "dpop_jti"] {
        let mut jtis: Vec<&str> = log.iter().map(|e| e[field].as_str().unwrap()).collect();
        jtis.sort();
        jtis.dedup();
        assert_eq!(jtis.len(), 3, "{field}: {log:#?}");
    }

    // The token endpoint as audience works too; an unregistered key does not.
    let to_endpoint = ClientAssertionKey::new(
        SigningKey::es256(Es256Key::generate()),
        "flowlet-pkjwt",
        &idp.token_endpoint(),
    )
    .unwrap();
    let stranger = TokenRequestOptions {
        client_assertion: Some(&to_endpoint),
        dpop: Some(&session),
        ..TokenRequestOptions::default()
    };
    let e = flow::client_credentials(&http, &cfg, &[], &stranger).unwrap_err();
    assert!(
        matches!(e, OAuthError::Provider { ref error, .. } if error == "invalid_client"),
        "{e:?}"
    );
}

#[test]
fn device_authorization_and_an_injected_slow_down() {
    let idp = RealIdp::start_with(&IdpOptions {
        features: vec!["device"],
        slow_down: 1,
        ..IdpOptions::default()
    });
    let mut cfg = client("flowlet-device", &idp);
    cfg.scopes = vec!["openid".into()];
    let http = HttpClient::new().unwrap();
    let opts = TokenRequestOptions::default();
    let auth = device::request_authorization(&http, &cfg, &idp.device_endpoint(), &opts).unwrap();
    assert!(auth.verification_uri.starts_with(&idp.issuer()));
    assert!(!auth.user_code.is_empty());
    let errors: Vec<String> = (0..2)
        .map(|_| match device::poll_once(&http, &cfg, &auth, &opts) {
            Err(OAuthError::Provider { error, .. }) => error,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(errors, ["slow_down", "authorization_pending"]);
    let log = idp.token_log();
    assert_eq!(log.len(), 2);
    assert!(
        log.iter()
            .all(|e| e["grant"] == json!(device::DEVICE_CODE_GRANT))
    );
}
