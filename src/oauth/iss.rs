//! RFC 9207: the `iss` parameter of an authorization response, the defence against
//! mix-up attacks where one provider's code is sent to another's token endpoint.
//!
//! The check runs on the redirect, before any code is exchanged (`loopback` calls it),
//! on success and error responses alike (§2).

use super::OAuthError;

/// Checks an authorization response's `iss` against the issuer (RFC 9207 §2.4).
///
/// - `response_iss`: the `iss` query parameter, if any.
/// - `issuer`: the issuer identifier as the provider's metadata states it; `None` when
///   the client knows no issuer (preset or hand-given endpoints), and then nothing is
///   checked.
/// - `advertised`: the metadata's `authorization_response_iss_parameter_supported`.
///
/// When `iss` is present it must equal `issuer` exactly (simple string comparison,
/// RFC 3986 §6.2.1, so a trailing slash matters); when it is absent but advertised the
/// response is refused too. Errors are [`OAuthError::AuthorizationIssuer`].
pub fn check_response_iss(
    response_iss: Option<&str>,
    issuer: Option<&str>,
    advertised: bool,
) -> Result<(), OAuthError> {
    let Some(issuer) = issuer else {
        return Ok(());
    };
    match response_iss {
        Some(iss) if iss == issuer => Ok(()),
        Some(_) => Err(OAuthError::AuthorizationIssuer("names another issuer")),
        None if advertised => Err(OAuthError::AuthorizationIssuer(
            "has no iss although the provider promises one",
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_match_or_refusal() {
        let idp = Some("https://idp.example");
        assert!(check_response_iss(Some("https://idp.example"), idp, true).is_ok());
        assert!(check_response_iss(None, idp, false).is_ok());
        assert!(check_response_iss(Some("https://evil.example"), None, true).is_ok());
        for (iss, advertised) in [
            (Some("https://idp.example/"), false),
            (Some("https://IDP.example"), false),
            (Some("https://idp.example.evil"), true),
            (Some("http://idp.example"), false),
            (Some(""), false),
            (None, true),
        ] {
            assert!(
                matches!(
                    check_response_iss(iss, idp, advertised),
                    Err(OAuthError::AuthorizationIssuer(_))
                ),
                "{iss:?} {advertised}"
            );
        }
    }
}
