//! `oauth2`: an OAuth2 client registration and its token set. The grant-specific
//! settings are a [`Grant`]; the authorization code grant with PKCE (RFC 6749 §4.1,
//! RFC 7636) is the one grant today.

use serde::{Deserialize, Serialize};

use super::{Field, FieldValue, SecretValue, vault_value, vault_value_opt};

/// How the OAuth2 client authenticates at the token endpoint (RFC 6749 §2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    /// HTTP basic with the client id and secret (`client_secret_basic`).
    #[default]
    Basic,
    /// Client id and secret in the form body (`client_secret_post`).
    Post,
    /// A public client: only `client_id` in the body.
    None,
}

impl ClientAuth {
    fn as_str(self) -> &'static str {
        match self {
            ClientAuth::Basic => "basic",
            ClientAuth::Post => "post",
            ClientAuth::None => "none",
        }
    }
}

/// The token set of an OAuth2 secret, as obtained from the token endpoint.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenSet {
    /// The access token.
    #[serde(serialize_with = "vault_value")]
    pub access_token: SecretValue,
    /// The refresh token, when the provider issued one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "vault_value_opt"
    )]
    pub refresh_token: Option<SecretValue>,
    /// When the access token expires, Unix seconds; `None` when the provider did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The granted scope (RFC 6749 §5.1), space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The OpenID Connect ID token, when issued.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "vault_value_opt"
    )]
    pub id_token: Option<SecretValue>,
    /// When this token set was obtained, Unix seconds.
    pub obtained_at: i64,
}

/// The settings of the authorization code grant with PKCE (RFC 6749 §4.1, RFC 7636,
/// loopback redirect per RFC 8252 §7.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationCode {
    /// The authorization endpoint.
    pub auth_url: String,
    /// Extra authorize-request parameters, in order.
    pub auth_params: Vec<(String, String)>,
    /// The loopback redirect port; 0 = any free port.
    pub redirect_port: u16,
    /// The loopback redirect host (RFC 8252 §7.3: `127.0.0.1`).
    pub redirect_host: String,
}

/// The grant an OAuth2 secret obtains its tokens with, and that grant's settings.
///
/// More grants (device authorization, RFC 8628; client credentials, RFC 6749 §4.4)
/// become new variants; the vault tells them apart by a `grant` key that is absent for
/// the authorization code grant (so vaults written before the key existed still load).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// Authorization code with PKCE, through the browser.
    AuthorizationCode(AuthorizationCode),
}

/// An OAuth2 client registration and its tokens.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "OAuth2Repr", into = "OAuth2Repr")]
pub struct OAuth2 {
    /// The provider preset used, if any (e.g. `github`).
    pub provider: Option<String>,
    /// The OpenID issuer used for discovery, if any.
    pub issuer: Option<String>,
    /// The client_id.
    pub client_id: String,
    /// The client secret; `None` for public clients.
    pub client_secret: Option<SecretValue>,
    /// The token endpoint.
    pub token_url: String,
    /// The RFC 7009 revocation endpoint, if any.
    pub revocation_url: Option<String>,
    /// The OpenID userinfo endpoint, if discovered.
    pub userinfo_url: Option<String>,
    /// Requested scopes.
    pub scopes: Vec<String>,
    /// Client authentication at the token endpoint.
    pub client_auth: ClientAuth,
    /// The grant and its settings.
    pub grant: Grant,
    /// The current token set, after `token request`.
    pub token: Option<TokenSet>,
}

impl OAuth2 {
    /// The authorization code settings, when that is the secret's grant.
    pub fn authorization_code(&self) -> Option<&AuthorizationCode> {
        match &self.grant {
            Grant::AuthorizationCode(a) => Some(a),
        }
    }
}

/// The vault layout of an oauth2 secret: one flat table, as written since version 1.
#[derive(Serialize, Deserialize)]
struct OAuth2Repr {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    issuer: Option<String>,
    client_id: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "vault_value_opt"
    )]
    client_secret: Option<SecretValue>,
    auth_url: String,
    token_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revocation_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    userinfo_url: Option<String>,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    auth_params: Vec<(String, String)>,
    redirect_port: u16,
    redirect_host: String,
    #[serde(default)]
    client_auth: ClientAuth,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    token: Option<TokenSet>,
}

impl From<OAuth2Repr> for OAuth2 {
    fn from(r: OAuth2Repr) -> Self {
        OAuth2 {
            provider: r.provider,
            issuer: r.issuer,
            client_id: r.client_id,
            client_secret: r.client_secret,
            token_url: r.token_url,
            revocation_url: r.revocation_url,
            userinfo_url: r.userinfo_url,
            scopes: r.scopes,
            client_auth: r.client_auth,
            grant: Grant::AuthorizationCode(AuthorizationCode {
                auth_url: r.auth_url,
                auth_params: r.auth_params,
                redirect_port: r.redirect_port,
                redirect_host: r.redirect_host,
            }),
            token: r.token,
        }
    }
}

impl From<OAuth2> for OAuth2Repr {
    fn from(o: OAuth2) -> Self {
        let Grant::AuthorizationCode(a) = o.grant;
        OAuth2Repr {
            provider: o.provider,
            issuer: o.issuer,
            client_id: o.client_id,
            client_secret: o.client_secret,
            auth_url: a.auth_url,
            token_url: o.token_url,
            revocation_url: o.revocation_url,
            userinfo_url: o.userinfo_url,
            scopes: o.scopes,
            auth_params: a.auth_params,
            redirect_port: a.redirect_port,
            redirect_host: a.redirect_host,
            client_auth: o.client_auth,
            token: o.token,
        }
    }
}

fn token(o: &OAuth2) -> Option<&TokenSet> {
    o.token.as_ref()
}

fn code(o: &OAuth2) -> Option<&AuthorizationCode> {
    o.authorization_code()
}

/// The field table of an oauth2 secret (default first: the access token).
pub(super) const FIELDS: &[Field<OAuth2>] = &[
    Field {
        name: "access-token",
        secret: true,
        get: true,
        about: "the access token (refreshed first when due)",
        value: |o| token(o).map(|t| FieldValue::Secret(&t.access_token)),
    },
    Field {
        name: "refresh-token",
        secret: true,
        get: true,
        about: "the refresh token",
        value: |o| token(o)?.refresh_token.as_ref().map(FieldValue::Secret),
    },
    Field {
        name: "id-token",
        secret: true,
        get: true,
        about: "the OpenID Connect ID token",
        value: |o| token(o)?.id_token.as_ref().map(FieldValue::Secret),
    },
    Field {
        name: "client-id",
        secret: false,
        get: true,
        about: "the client_id",
        value: |o| Some(FieldValue::Plain(o.client_id.clone())),
    },
    Field {
        name: "client-secret",
        secret: true,
        get: true,
        about: "the client secret (confidential clients)",
        value: |o| o.client_secret.as_ref().map(FieldValue::Secret),
    },
    Field {
        name: "scope",
        secret: false,
        get: true,
        about: "the granted scope, space-separated",
        value: |o| token(o)?.scope.clone().map(FieldValue::Plain),
    },
    Field {
        name: "expires-at",
        secret: false,
        get: true,
        about: "when the access token expires, Unix seconds",
        value: |o| token(o)?.expires_at.map(FieldValue::Time),
    },
    Field {
        name: "obtained-at",
        secret: false,
        get: false,
        about: "when the token set was obtained",
        value: |o| token(o).map(|t| FieldValue::Time(t.obtained_at)),
    },
    Field {
        name: "provider",
        secret: false,
        get: false,
        about: "the provider preset",
        value: |o| o.provider.clone().map(FieldValue::Plain),
    },
    Field {
        name: "issuer",
        secret: false,
        get: false,
        about: "the OpenID issuer",
        value: |o| o.issuer.clone().map(FieldValue::Plain),
    },
    Field {
        name: "grant",
        secret: false,
        get: false,
        about: "the grant the tokens are obtained with",
        value: |o| {
            Some(FieldValue::Plain(match o.grant {
                Grant::AuthorizationCode(_) => "authorization_code".into(),
            }))
        },
    },
    Field {
        name: "auth-url",
        secret: false,
        get: false,
        about: "the authorization endpoint",
        value: |o| code(o).map(|a| FieldValue::Plain(a.auth_url.clone())),
    },
    Field {
        name: "token-url",
        secret: false,
        get: false,
        about: "the token endpoint",
        value: |o| Some(FieldValue::Plain(o.token_url.clone())),
    },
    Field {
        name: "revocation-url",
        secret: false,
        get: false,
        about: "the RFC 7009 revocation endpoint",
        value: |o| o.revocation_url.clone().map(FieldValue::Plain),
    },
    Field {
        name: "userinfo-url",
        secret: false,
        get: false,
        about: "the OpenID userinfo endpoint",
        value: |o| o.userinfo_url.clone().map(FieldValue::Plain),
    },
    Field {
        name: "scopes",
        secret: false,
        get: false,
        about: "the requested scopes",
        value: |o| Some(FieldValue::List(o.scopes.clone())),
    },
    Field {
        name: "auth-params",
        secret: false,
        get: false,
        about: "extra authorization request parameters, KEY=VALUE",
        value: |o| {
            code(o).filter(|a| !a.auth_params.is_empty()).map(|a| {
                FieldValue::List(
                    a.auth_params
                        .iter()
                        .map(|(k, v)| format!("{k}={v}"))
                        .collect(),
                )
            })
        },
    },
    Field {
        name: "redirect-host",
        secret: false,
        get: false,
        about: "the loopback redirect host",
        value: |o| code(o).map(|a| FieldValue::Plain(a.redirect_host.clone())),
    },
    Field {
        name: "redirect-port",
        secret: false,
        get: false,
        about: "the loopback redirect port (0: any free port)",
        value: |o| code(o).map(|a| FieldValue::Int(a.redirect_port.into())),
    },
    Field {
        name: "client-auth",
        secret: false,
        get: false,
        about: "client authentication at the token endpoint",
        value: |o| Some(FieldValue::Plain(o.client_auth.as_str().into())),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{Entry, SecretData};

    /// A document written before the grant enum existed (every key of the format).
    const OLD: &str = r#"
type = "oauth2"
provider = "google"
issuer = "https://accounts.google.com"
client_id = "cid"
client_secret = "CS-1"
auth_url = "https://idp.example/authorize"
token_url = "https://idp.example/token"
revocation_url = "https://idp.example/revoke"
userinfo_url = "https://idp.example/userinfo"
scopes = ["openid", "email"]
auth_params = [["access_type", "offline"], ["prompt", "consent"]]
redirect_port = 47813
redirect_host = "127.0.0.1"
client_auth = "post"
token = { access_token = "AT-1", refresh_token = "RT-1", expires_at = 1700000000, scope = "openid", id_token = "IT-1", obtained_at = 1699990000 }
created = 1
updated = 2
"#;

    #[test]
    fn old_documents_load_and_write_back_the_same_keys() {
        let e: Entry = toml::from_str(OLD).unwrap();
        let o = e.data.as_oauth2().unwrap();
        let a = o.authorization_code().unwrap();
        assert_eq!(a.auth_url, "https://idp.example/authorize");
        assert_eq!(a.redirect_port, 47813);
        assert_eq!(a.auth_params[1], ("prompt".into(), "consent".into()));
        assert_eq!(o.client_auth, ClientAuth::Post);
        assert_eq!(
            o.token
                .as_ref()
                .unwrap()
                .refresh_token
                .as_ref()
                .unwrap()
                .expose_secret(),
            "RT-1"
        );
        let back = toml::Value::try_from(&e).unwrap();
        let orig: toml::Value = toml::from_str(OLD).unwrap();
        assert_eq!(back, orig);
        // A minimal old document (public client, no token) loads too.
        let min = "type = \"oauth2\"\nclient_id = \"c\"\nauth_url = \"https://a\"\ntoken_url = \"https://t\"\nredirect_port = 0\nredirect_host = \"127.0.0.1\"\ncreated = 1\nupdated = 1\n";
        let e: Entry = toml::from_str(min).unwrap();
        assert!(matches!(e.data, SecretData::Oauth2(_)));
        assert_eq!(e.data.as_oauth2().unwrap().client_auth, ClientAuth::Basic);
    }
}
