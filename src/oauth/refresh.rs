//! When to refresh, and how a refresh response merges into the stored token set
//! (RFC 6749 §6). The locking around it lives in `cmd::token`, on top of
//! [`crate::vault::Vault::update_maybe`].

use super::token_response::TokenResponse;
use crate::secret::TokenSet;

/// The most a token is refreshed ahead of its expiry, in seconds.
pub const MAX_MARGIN_SECS: i64 = 60;

/// How long before expiry a token counts as "about to expire", in seconds: a tenth of
/// its lifetime, between 1 s and [`MAX_MARGIN_SECS`], so a 5-minute token is refreshed
/// 30 s early and a 1-hour token 60 s early.
pub fn margin_secs(t: &TokenSet) -> i64 {
    match t.expires_at {
        Some(at) => (at.saturating_sub(t.obtained_at) / 10).clamp(1, MAX_MARGIN_SECS),
        None => 0,
    }
}

/// True when the access token expires within the margin at `now` (Unix seconds).
/// A token without a known expiry is used until the resource server rejects it.
pub fn needs_refresh(t: &TokenSet, now: i64) -> bool {
    t.expires_at
        .is_some_and(|at| now.saturating_add(margin_secs(t)) >= at)
}

/// True when the access token has expired at `now`.
pub fn is_expired(t: &TokenSet, now: i64) -> bool {
    t.expires_at.is_some_and(|at| now >= at)
}

/// Decides, after re-reading under the vault lock, whether a refresh is still needed.
///
/// `seen` is the access token the caller judged stale before taking the lock. If another
/// process has replaced it meanwhile and the new one has not expired, that one is used:
/// this is what keeps concurrent callers from refreshing twice, even when the
/// provider's lifetime is shorter than the margin.
pub fn still_needed(current: &TokenSet, seen: Option<&str>, now: i64) -> bool {
    if !needs_refresh(current, now) {
        return false;
    }
    match seen {
        Some(seen) if seen != current.access_token.expose_secret() => is_expired(current, now),
        _ => true,
    }
}

/// The token set after a refresh: the new tokens, keeping the old refresh token, ID
/// token and scope when the response leaves them out (RFC 6749 §6: the server "MAY issue
/// a new refresh token"; §5.1: scope omitted means unchanged).
pub fn merge(old: &TokenSet, resp: TokenResponse, now: i64) -> TokenSet {
    let mut t = resp.into_token_set(now);
    if t.refresh_token.is_none() {
        t.refresh_token = old.refresh_token.clone();
    }
    if t.id_token.is_none() {
        t.id_token = old.id_token.clone();
    }
    if t.scope.is_none() {
        t.scope = old.scope.clone();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::SecretValue;

    fn set(at: &str, obtained: i64, expires: Option<i64>) -> TokenSet {
        TokenSet {
            access_token: SecretValue::new(at.into()),
            refresh_token: Some(SecretValue::new("rt-old".into())),
            expires_at: expires,
            scope: Some("openid".into()),
            id_token: None,
            obtained_at: obtained,
        }
    }

    #[test]
    fn margins() {
        let hour = set("a", 0, Some(3600));
        assert_eq!(margin_secs(&hour), 60);
        assert!(!needs_refresh(&hour, 3539));
        assert!(needs_refresh(&hour, 3540));
        let short = set("a", 0, Some(5));
        assert_eq!(margin_secs(&short), 1);
        assert!(!needs_refresh(&set("a", 0, None), i64::MAX / 2));
        // Hand-edited times at the ends of i64 neither overflow nor panic.
        let extreme = set("a", i64::MIN, Some(i64::MAX));
        assert_eq!(margin_secs(&extreme), 60);
        assert!(!needs_refresh(&extreme, 0));
        assert!(needs_refresh(&extreme, i64::MAX));
        assert!(needs_refresh(&set("a", i64::MAX, Some(i64::MIN)), 0));
    }

    #[test]
    fn another_process_already_refreshed() {
        let fresh = set("new", 100, Some(105));
        assert!(!still_needed(&fresh, Some("old"), 104));
        assert!(still_needed(&fresh, Some("old"), 105));
        assert!(still_needed(&fresh, Some("new"), 104));
        assert!(still_needed(&fresh, None, 104));
    }

    #[test]
    fn merge_keeps_the_old_refresh_token() {
        let old = set("a", 0, Some(10));
        let resp = TokenResponse {
            access_token: SecretValue::new("b".into()),
            token_type: Default::default(),
            refresh_token: None,
            expires_in: Some(100),
            scope: None,
            id_token: None,
        };
        let t = merge(&old, resp, 50);
        assert_eq!(t.access_token.expose_secret(), "b");
        assert_eq!(t.refresh_token.unwrap().expose_secret(), "rt-old");
        assert_eq!(t.expires_at, Some(150));
        assert_eq!(t.scope.as_deref(), Some("openid"));
    }
}
