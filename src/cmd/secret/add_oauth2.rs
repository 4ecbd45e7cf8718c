//! `add oauth2`: resolves the endpoints (discovery, a preset, or explicit URLs), the
//! client authentication and the scopes; prints the redirect URI to register.

use crate::cli::GlobalArgs;
use crate::cli::secret::AddOauth2Args;
use crate::cmd::input::read_value;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::oauth::flow::{HttpClient, RESERVED_AUTH_PARAMS, redirect_uri};
use crate::oauth::{discovery, providers};
use crate::secret::{AuthorizationCode, ClientAuth, Grant, OAuth2, SecretData};
use crate::term;

use crate::cmd::token::{oauth_error, oauth2_of};

/// The loopback redirect port used when `--redirect-port` is not given.
pub const DEFAULT_REDIRECT_PORT: u16 = 47813;

/// RFC 6749 §3.1 and §3.2 require TLS for both endpoints; plain HTTP is allowed for
/// loopback hosts only (local test providers).
fn check_endpoint(what: &str, u: &str) -> CliResult<String> {
    let parsed = url::Url::parse(u).map_err(|e| {
        user_error(format!(
            "the {what} URL {:?} is invalid: {e}",
            term::sanitize(u)
        ))
    })?;
    let loopback = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => {
            return Err(user_error(format!("the {what} URL must use https: {u}"))
                .hinted("plain http is accepted only for 127.0.0.1 and localhost"));
        }
    }
    if parsed.fragment().is_some() {
        return Err(user_error(format!(
            "the {what} URL must not have a #fragment"
        )));
    }
    Ok(u.to_string())
}

/// Builds an oauth2 secret from `add oauth2` options.
pub fn build_oauth2(a: &AddOauth2Args) -> CliResult<SecretData> {
    if a.issuer.is_some() && a.provider.is_some() {
        return Err(
            user_error("--issuer and --provider cannot be combined").hinted(
                "a preset already knows its endpoints; use --issuer for other OpenID providers",
            ),
        );
    }
    let preset = match &a.provider {
        Some(p) => Some(providers::find(p).ok_or_else(|| {
            user_error(format!("unknown provider {:?}", term::sanitize(p))).hinted(format!(
                "known providers: {}; for others use --issuer or --auth-url/--token-url",
                providers::names()
            ))
        })?),
        None => None,
    };
    let mut auth_url = preset.map(|p| p.auth_url.to_string());
    let mut token_url = preset.map(|p| p.token_url.to_string());
    let mut revocation_url = preset.and_then(|p| p.revocation_url.map(str::to_string));
    let mut userinfo_url = preset.and_then(|p| p.userinfo_url.map(str::to_string));
    let mut issuer = None;
    if let Some(iss) = &a.issuer {
        let iss = check_endpoint("issuer", iss)?;
        let http = HttpClient::new().map_err(|e| oauth_error(&a.common.name, e))?;
        let meta = discovery::discover(&http, &iss).map_err(|e| {
            oauth_error(&a.common.name, e).hinted(format!(
                "the issuer must serve {}; or give --auth-url and --token-url instead",
                discovery::discovery_url(&iss)
            ))
        })?;
        if !meta.code_challenge_methods.is_empty()
            && !meta.code_challenge_methods.iter().any(|m| m == "S256")
        {
            term::warn("the provider does not advertise PKCE S256; the login may fail");
        }
        auth_url = Some(meta.authorization_endpoint);
        token_url = Some(meta.token_endpoint);
        revocation_url = meta.revocation_endpoint;
        userinfo_url = meta.userinfo_endpoint;
        issuer = Some(iss);
    }
    // Explicit URLs override what discovery or the preset said.
    if let Some(u) = &a.auth_url {
        auth_url = Some(u.clone());
    }
    if let Some(u) = &a.token_url {
        token_url = Some(u.clone());
    }
    if let Some(u) = &a.revocation_url {
        revocation_url = Some(u.clone());
    }
    let (Some(auth_url), Some(token_url)) = (auth_url, token_url) else {
        return Err(user_error("the provider's endpoints are not known").hinted(format!(
            "give --issuer URL (OpenID discovery), --provider ({}), or both --auth-url and --token-url",
            providers::names()
        )));
    };
    let auth_url = check_endpoint("authorization", &auth_url)?;
    let token_url = check_endpoint("token", &token_url)?;
    let revocation_url = revocation_url
        .map(|u| check_endpoint("revocation", &u))
        .transpose()?;
    let userinfo_url = userinfo_url
        .map(|u| check_endpoint("userinfo", &u))
        .transpose()?;

    if a.client_id.trim().is_empty() {
        return Err(user_error("the client id is empty"));
    }
    let wants_secret = a.client_secret || a.source.from_stdin || a.source.from_file.is_some();
    let client_secret = if wants_secret {
        Some(read_value(&a.source, "client secret")?)
    } else {
        None
    };
    let client_auth = match (a.client_auth, &client_secret) {
        (Some(ClientAuth::None), Some(_)) => {
            return Err(user_error("--client-auth none takes no client secret")
                .hinted("drop --client-secret for a public client, or choose basic or post"));
        }
        (Some(m @ (ClientAuth::Basic | ClientAuth::Post)), None) => {
            return Err(user_error(format!(
                "--client-auth {} needs a client secret",
                if m == ClientAuth::Basic {
                    "basic"
                } else {
                    "post"
                }
            ))
            .hinted("add --client-secret (read from the prompt, --from-stdin or --from-file)"));
        }
        (Some(m), _) => m,
        (None, Some(_)) => preset.map(|p| p.client_auth).unwrap_or(ClientAuth::Basic),
        (None, None) => ClientAuth::None,
    };

    let mut scopes: Vec<String> = Vec::new();
    for s in a.scope.iter().flat_map(|s| s.split_whitespace()) {
        if !scopes.iter().any(|x| x == s) {
            scopes.push(s.to_string());
        }
    }
    if a.scope.is_empty() {
        scopes = match preset {
            Some(p) => p.default_scopes.iter().map(|s| s.to_string()).collect(),
            None if issuer.is_some() => vec!["openid".into()],
            None => Vec::new(),
        };
    }
    let mut auth_params: Vec<(String, String)> = preset
        .map(|p| {
            p.auth_params
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .unwrap_or_default();
    for (k, v) in &a.auth_param {
        if RESERVED_AUTH_PARAMS.contains(&k.as_str()) || k == "scope" {
            return Err(user_error(format!("--auth-param cannot set {k:?}")).hinted(
                "the flow sets response_type, client_id, redirect_uri, state and the PKCE parameters itself; use --scope for scopes",
            ));
        }
        auth_params.retain(|(x, _)| x != k);
        auth_params.push((k.clone(), v.clone()));
    }
    Ok(SecretData::from(OAuth2 {
        provider: preset.map(|p| p.name.to_string()),
        issuer,
        client_id: a.client_id.clone(),
        client_secret,
        token_url,
        revocation_url,
        userinfo_url,
        scopes,
        grant: Grant::AuthorizationCode(AuthorizationCode {
            auth_url,
            auth_params,
            redirect_port: a.redirect_port.unwrap_or(DEFAULT_REDIRECT_PORT),
            redirect_host: "127.0.0.1".into(),
        }),
        client_auth,
        token: None,
    }))
}

/// Runs after an oauth2 secret is stored: prints the redirect URI to register on stdout
/// and what to do next on stderr.
pub fn after_add(g: &GlobalArgs, name: &str) -> CliResult {
    let vault = open_vault(g)?;
    let entry = crate::cmd::secret::read_entry(&vault, name)?;
    let o = oauth2_of(name, &entry)?;
    let Grant::AuthorizationCode(o) = &o.grant;
    let uri = if o.redirect_port == 0 {
        eprintln!(
            "Register this redirect URI with the provider (any port; RFC 8252 §7.3 loopback):"
        );
        format!("http://{}/callback/{name}", o.redirect_host)
    } else {
        eprintln!("Register this redirect URI with the provider:");
        redirect_uri(&o.redirect_host, o.redirect_port, name)
    };
    term::write_stdout(format!("{uri}\n").as_bytes())?;
    if let Some(p) = oauth2_of(name, &entry)?
        .provider
        .as_deref()
        .and_then(providers::find)
    {
        eprintln!("note: {}: {}", p.name, p.note);
    }
    eprintln!("Then log in with `flowlet-secrets token request {name}`.");
    Ok(())
}
