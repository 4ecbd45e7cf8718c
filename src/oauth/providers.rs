//! Presets for well-known providers: their endpoints and the quirks without which they
//! issue no refresh token or refuse the request.

use crate::secret::ClientAuth;

/// One provider's known endpoints and needs.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// The `--provider` word.
    pub name: &'static str,
    /// The authorization endpoint.
    pub auth_url: &'static str,
    /// The token endpoint.
    pub token_url: &'static str,
    /// The RFC 7009 revocation endpoint, if the provider has one.
    pub revocation_url: Option<&'static str>,
    /// The userinfo endpoint, if any.
    pub userinfo_url: Option<&'static str>,
    /// Scopes requested when `--scope` is not given.
    pub default_scopes: &'static [&'static str],
    /// Authorize parameters always sent (e.g. Google's `access_type=offline`).
    pub auth_params: &'static [(&'static str, &'static str)],
    /// The client authentication the provider expects from a confidential client.
    pub client_auth: ClientAuth,
    /// A line for the user about registering the app.
    pub note: &'static str,
}

/// The presets, by name.
pub const PRESETS: &[Preset] = &[
    Preset {
        name: "google",
        auth_url: "https://accounts.google.com/o/oauth2/v2/auth",
        token_url: "https://oauth2.googleapis.com/token",
        revocation_url: Some("https://oauth2.googleapis.com/revoke"),
        userinfo_url: Some("https://openidconnect.googleapis.com/v1/userinfo"),
        default_scopes: &["openid", "email", "profile"],
        // Google issues a refresh token only with access_type=offline, and only on the
        // first consent unless prompt=consent forces the consent screen again.
        auth_params: &[("access_type", "offline"), ("prompt", "consent")],
        client_auth: ClientAuth::Post,
        note: "create a \"Desktop app\" OAuth client; Google accepts any loopback port",
    },
    Preset {
        name: "github",
        auth_url: "https://github.com/login/oauth/authorize",
        token_url: "https://github.com/login/oauth/access_token",
        // GitHub's grant deletion API is not RFC 7009.
        revocation_url: None,
        userinfo_url: Some("https://api.github.com/user"),
        default_scopes: &["read:user"],
        auth_params: &[],
        client_auth: ClientAuth::Post,
        note: "OAuth apps get non-expiring tokens; GitHub Apps with expiring user tokens get refresh tokens",
    },
    Preset {
        name: "microsoft",
        auth_url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token_url: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        revocation_url: None,
        userinfo_url: Some("https://graph.microsoft.com/oidc/userinfo"),
        // Microsoft issues a refresh token only for the offline_access scope.
        default_scopes: &["openid", "profile", "offline_access", "User.Read"],
        auth_params: &[],
        client_auth: ClientAuth::Post,
        note: "register a \"Mobile and desktop\" redirect URI; use --client-auth none for public clients",
    },
    Preset {
        name: "slack",
        auth_url: "https://slack.com/oauth/v2/authorize",
        token_url: "https://slack.com/api/oauth.v2.access",
        revocation_url: None,
        userinfo_url: None,
        default_scopes: &[],
        auth_params: &[],
        client_auth: ClientAuth::Post,
        note: "Slack answers errors with HTTP 200 and issues refresh tokens only with token rotation enabled",
    },
    Preset {
        name: "dropbox",
        auth_url: "https://www.dropbox.com/oauth2/authorize",
        token_url: "https://api.dropboxapi.com/oauth2/token",
        revocation_url: None,
        userinfo_url: None,
        default_scopes: &[],
        // Dropbox issues short-lived tokens and a refresh token only with this parameter.
        auth_params: &[("token_access_type", "offline")],
        client_auth: ClientAuth::Basic,
        note: "PKCE apps may be public: use --client-auth none without a client secret",
    },
];

/// The preset called `name` (case-insensitive).
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name.eq_ignore_ascii_case(name))
}

/// The preset names, comma-separated, for error hints.
pub fn names() -> String {
    PRESETS
        .iter()
        .map(|p| p.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_https_and_findable() {
        for p in PRESETS {
            for u in [
                Some(p.auth_url),
                Some(p.token_url),
                p.revocation_url,
                p.userinfo_url,
            ]
            .into_iter()
            .flatten()
            {
                assert!(url::Url::parse(u).unwrap().scheme() == "https", "{u}");
            }
        }
        for n in ["google", "GitHub", "microsoft", "slack", "dropbox"] {
            assert!(find(n).is_some(), "{n}");
        }
    }
}
