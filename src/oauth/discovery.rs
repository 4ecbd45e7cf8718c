//! OpenID Connect Discovery 1.0: the provider metadata at
//! `{issuer}/.well-known/openid-configuration` (§4), also RFC 8414 §3.

use super::OAuthError;
use super::flow::HttpClient;

/// The endpoints a client needs, from the discovery document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderMetadata {
    /// `issuer`, as the document states it.
    pub issuer: String,
    /// `authorization_endpoint`.
    pub authorization_endpoint: String,
    /// `token_endpoint`.
    pub token_endpoint: String,
    /// `revocation_endpoint` (RFC 8414 §2), if advertised.
    pub revocation_endpoint: Option<String>,
    /// `userinfo_endpoint`, if advertised.
    pub userinfo_endpoint: Option<String>,
    /// `code_challenge_methods_supported` (RFC 8414 §2); empty when not advertised.
    pub code_challenge_methods: Vec<String>,
}

/// The discovery document URL of `issuer` (OpenID Connect Discovery §4.1: the issuer's
/// trailing slash is removed before appending the path).
pub fn discovery_url(issuer: &str) -> String {
    format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    )
}

/// Fetches and checks the metadata of `issuer`.
pub fn discover(http: &HttpClient, issuer: &str) -> Result<ProviderMetadata, OAuthError> {
    let doc = http.get_json("discovery document", &discovery_url(issuer))?;
    parse(issuer, &doc)
}

/// Reads the metadata out of a discovery document fetched for `issuer`.
pub fn parse(issuer: &str, doc: &serde_json::Value) -> Result<ProviderMetadata, OAuthError> {
    let s = |k: &str| doc.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let got = s("issuer").ok_or(OAuthError::Discovery("it has no issuer"))?;
    // OpenID Connect Discovery §4.3: the issuer MUST be identical to the one used to
    // fetch the document; a trailing slash is the only difference we forgive.
    if got.trim_end_matches('/') != issuer.trim_end_matches('/') {
        return Err(OAuthError::IssuerMismatch {
            expected: issuer.into(),
            got: super::shorten(&got, 200),
        });
    }
    Ok(ProviderMetadata {
        issuer: got,
        authorization_endpoint: s("authorization_endpoint")
            .ok_or(OAuthError::Discovery("it has no authorization_endpoint"))?,
        token_endpoint: s("token_endpoint")
            .ok_or(OAuthError::Discovery("it has no token_endpoint"))?,
        revocation_endpoint: s("revocation_endpoint"),
        userinfo_endpoint: s("userinfo_endpoint"),
        code_challenge_methods: doc
            .get("code_challenge_methods_supported")
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|m| m.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_checks_the_issuer() {
        let doc = serde_json::json!({
            "issuer": "https://idp.example/",
            "authorization_endpoint": "https://idp.example/auth",
            "token_endpoint": "https://idp.example/token",
            "revocation_endpoint": "https://idp.example/revoke",
            "code_challenge_methods_supported": ["S256"],
        });
        let m = parse("https://idp.example", &doc).unwrap();
        assert_eq!(m.token_endpoint, "https://idp.example/token");
        assert_eq!(m.code_challenge_methods, vec!["S256".to_string()]);
        assert!(matches!(
            parse("https://evil.example", &doc),
            Err(OAuthError::IssuerMismatch { .. })
        ));
        assert_eq!(
            discovery_url("https://a.example/t/"),
            "https://a.example/t/.well-known/openid-configuration"
        );
    }
}

/// Properties over generated documents (`PROPTEST_CASES`, default 256).
#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            prop_oneof![
                Just("https://idp.example".to_string()),
                Just("https://idp.example/".to_string()),
                Just("https://idp.example//".to_string()),
                Just("https://evil.example".to_string()),
                ".{0,12}".prop_map(String::from),
            ]
            .prop_map(Value::String),
        ];
        leaf.prop_recursive(2, 8, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("issuer".to_string()),
                        Just("authorization_endpoint".to_string()),
                        Just("token_endpoint".to_string()),
                        Just("code_challenge_methods_supported".to_string()),
                        ".{0,6}".prop_map(String::from),
                    ],
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Any JSON parses or fails without a panic; a parsed document is the issuer's
        /// own (OpenID Connect Discovery §4.3) and names both endpoints.
        #[test]
        fn documents_are_the_issuers_or_refused(doc in value()) {
            if let Ok(m) = parse("https://idp.example", &doc) {
                prop_assert_eq!(m.issuer.trim_end_matches('/'), "https://idp.example");
                prop_assert_eq!(doc.get("issuer").and_then(Value::as_str), Some(m.issuer.as_str()));
                prop_assert_eq!(doc.get("token_endpoint").and_then(Value::as_str), Some(m.token_endpoint.as_str()));
                prop_assert_eq!(doc.get("authorization_endpoint").and_then(Value::as_str),
                                Some(m.authorization_endpoint.as_str()));
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..200)) {
            if let Ok(doc) = serde_json::from_slice::<Value>(&body) {
                let _ = parse("https://idp.example", &doc);
            }
        }
    }
}
