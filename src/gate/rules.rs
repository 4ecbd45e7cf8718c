//! Path rules: `--rule` and configuration-file parsing, validation, and the compiled
//! [`RuleSet`] that maps a normalised path to the guard of its longest prefix.

use std::collections::BTreeMap;

use super::path::normalize_prefix;
use super::{Denial, GateError, Guard};
use crate::jose::VerifyPolicy;
use crate::secret::SecretData;

/// Checks a scope: RFC 6749 §3.3 `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )`.
///
/// # Errors
/// [`GateError::BadScope`].
pub fn validate_scope(scope: &str) -> Result<(), GateError> {
    let ok = !scope.is_empty()
        && scope
            .bytes()
            .all(|c| matches!(c, 0x21 | 0x23..=0x5B | 0x5D..=0x7E));
    if ok {
        Ok(())
    } else {
        Err(GateError::BadScope(scope.chars().take(80).collect()))
    }
}

/// True when `path` (normalised) is `prefix` or below it, on segment boundaries:
/// `/api` covers `/api` and `/api/x`, not `/apix`.
fn covers(prefix: &str, path: &str) -> bool {
    prefix == "/"
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// [`covers`] with ASCII letters of either case: how a case-insensitive router
/// (Express's default, IIS, a case-insensitive file system) reads the path.
fn covers_any_case(prefix: &str, path: &str) -> bool {
    prefix == "/"
        || path.get(..prefix.len()).is_some_and(|head| {
            head.eq_ignore_ascii_case(prefix)
                && matches!(path.as_bytes().get(prefix.len()), None | Some(b'/'))
        })
}

/// One rule as configured: a path prefix guarded by a secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// The path prefix (`/` for everything).
    pub prefix: String,
    /// The secret's name.
    pub secret: String,
    /// Required JWT scopes.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The JWT `aud` required, if any.
    #[serde(default)]
    pub audience: Option<String>,
    /// The JWT `iss` required, if any.
    #[serde(default)]
    pub issuer: Option<String>,
}

/// Parses a `--rule` value: `PREFIX=NAME` or `PREFIX=NAME:SCOPES`, where SCOPES is
/// separated by commas or spaces (e.g. `/admin=signer:admin,orders:write`).
///
/// # Errors
/// [`GateError::RuleSyntax`].
pub fn parse_rule(s: &str) -> Result<RuleSpec, GateError> {
    let err = || GateError::RuleSyntax(s.chars().take(200).collect());
    let (prefix, rest) = s.split_once('=').ok_or_else(err)?;
    let (name, scopes) = match rest.split_once(':') {
        Some((n, sc)) => (n, sc),
        None => (rest, ""),
    };
    if prefix.is_empty() || name.is_empty() {
        return Err(err());
    }
    Ok(RuleSpec {
        prefix: prefix.to_string(),
        secret: name.to_string(),
        scopes: scopes
            .split([',', ' '])
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect(),
        audience: None,
        issuer: None,
    })
}

/// The gate's TOML configuration file.
///
/// ```toml
/// realm = "intranet"
/// leeway = 60
///
/// [[rule]]
/// prefix = "/admin"
/// secret = "signer"
/// scopes = ["admin"]
///
/// [[rule]]
/// prefix = "/"
/// secret = "staff"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateFile {
    /// The realm of the challenges.
    #[serde(default)]
    pub realm: Option<String>,
    /// JWT clock-skew leeway, seconds.
    #[serde(default)]
    pub leeway: Option<u64>,
    /// The response header carrying the subject; empty to send none.
    #[serde(default)]
    pub subject_header: Option<String>,
    /// The response header carrying the JWT scopes; empty to send none.
    #[serde(default)]
    pub scopes_header: Option<String>,
    /// The rules.
    #[serde(default, rename = "rule")]
    pub rules: Vec<RuleSpec>,
}

/// Parses the gate's TOML configuration text.
///
/// # Errors
/// [`GateError::Config`] with toml's message (the file holds no secrets).
pub fn parse_gate_file(text: &str) -> Result<GateFile, GateError> {
    toml::from_str(text).map_err(|e| GateError::Config(e.message().to_string()))
}

/// Checks a list of rules before any secret is read: prefixes, scopes, duplicates.
///
/// # Errors
/// The first problem found.
pub fn validate_rules(rules: &mut [RuleSpec]) -> Result<(), GateError> {
    if rules.is_empty() {
        return Err(GateError::NoRules);
    }
    let mut seen = BTreeMap::new();
    for r in rules.iter_mut() {
        r.prefix = normalize_prefix(&r.prefix)?;
        crate::secret::validate_name(&r.secret)
            .map_err(|_| GateError::RuleSyntax(format!("{}={}", r.prefix, r.secret)))?;
        for s in &r.scopes {
            validate_scope(s)?;
        }
        if seen.insert(r.prefix.clone(), ()).is_some() {
            return Err(GateError::DuplicatePrefix(r.prefix.clone()));
        }
    }
    Ok(())
}

/// One compiled rule: a prefix and its guard (or why the secret is unusable).
#[derive(Debug)]
pub struct Rule {
    /// The normalised prefix.
    pub prefix: String,
    /// The secret's name (for logs).
    pub secret: String,
    /// The guard, or the reason the secret cannot be used right now.
    pub guard: Result<Guard, String>,
}

/// The compiled rules, longest prefix first.
#[derive(Debug)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// Compiles validated `specs` against the secrets looked up by `lookup`.
    ///
    /// A secret that is missing or of the wrong type yields a rule that refuses every
    /// request (fail closed); [`RuleSet::problems`] lists them.
    pub fn compile<'a>(
        specs: &[RuleSpec],
        leeway_secs: u64,
        lookup: impl Fn(&str) -> Option<&'a SecretData>,
    ) -> RuleSet {
        let mut rules: Vec<Rule> = specs
            .iter()
            .map(|s| {
                let guard = match lookup(&s.secret) {
                    None => Err(GateError::MissingSecret {
                        prefix: s.prefix.clone(),
                        name: s.secret.clone(),
                    }
                    .to_string()),
                    Some(data) => Guard::new(
                        &s.secret,
                        data,
                        VerifyPolicy {
                            scopes: s.scopes.clone(),
                            audience: s.audience.clone(),
                            issuer: s.issuer.clone(),
                            leeway_secs,
                            ..VerifyPolicy::at(0)
                        },
                    )
                    .map_err(|e| e.to_string()),
                };
                Rule {
                    prefix: s.prefix.clone(),
                    secret: s.secret.clone(),
                    guard,
                }
            })
            .collect();
        rules.sort_by_key(|r| std::cmp::Reverse(r.prefix.len()));
        RuleSet { rules }
    }

    /// The problems of rules whose secret is unusable.
    pub fn problems(&self) -> Vec<&str> {
        self.rules
            .iter()
            .filter_map(|r| r.guard.as_ref().err().map(String::as_str))
            .collect()
    }

    /// The number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The rule covering a normalised path: the longest matching prefix.
    ///
    /// Backends differ in letter case (Express routes `/ADMIN` to its `/admin`
    /// handler, Flask does not), so the rule must be the same under both readings:
    /// when the longest prefix matched case-sensitively is not the longest matched in
    /// any case, which rule applies depends on the backend, and the path is refused.
    ///
    /// # Errors
    /// [`Denial::BadPath`] when the two readings pick different rules.
    pub fn find(&self, path: &str) -> Result<Option<&Rule>, Denial> {
        let exact = self.rules.iter().position(|r| covers(&r.prefix, path));
        let any_case = self
            .rules
            .iter()
            .position(|r| covers_any_case(&r.prefix, path));
        if exact != any_case {
            return Err(Denial::BadPath);
        }
        Ok(exact.map(|i| &self.rules[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{Password, SecretValue};

    #[test]
    fn rules_longest_prefix_on_segments() {
        let mut specs = vec![
            parse_rule("/=web").unwrap(),
            parse_rule("/api/=api:orders:read, orders:write").unwrap(),
        ];
        validate_rules(&mut specs).unwrap();
        assert_eq!(specs[1].prefix, "/api");
        assert_eq!(specs[1].scopes, ["orders:read", "orders:write"]);
        let data = SecretData::Password(Password {
            value: SecretValue::new("x".into()),
            header_name: None,
        });
        let set = RuleSet::compile(&specs, 0, |n| (n == "web").then_some(&data));
        let find = |p: &str| set.find(p).unwrap().unwrap();
        assert_eq!(find("/api/x").secret, "api");
        assert_eq!(find("/api").secret, "api");
        assert_eq!(find("/apix").secret, "web");
        assert_eq!(find("/x/api").secret, "web");
        assert_eq!(set.problems().len(), 1);
        assert!(find("/api").guard.is_err());
        // A path that a case-insensitive router gives to /api, a case-sensitive one
        // to /: refused, in every spelling.
        for p in ["/API", "/Api/x", "/aPI/orders"] {
            assert_eq!(
                set.find(p).map(|r| r.map(|r| &r.secret)),
                Err(Denial::BadPath),
                "{p}"
            );
        }
        // Not ambiguous when both readings pick the same rule.
        assert_eq!(find("/APIX").secret, "web");

        let mut dup = vec![parse_rule("/a=x").unwrap(), parse_rule("/a/=y").unwrap()];
        assert_eq!(
            validate_rules(&mut dup),
            Err(GateError::DuplicatePrefix("/a".into()))
        );
        assert!(parse_rule("noequals").is_err());
        assert!(validate_rules(&mut [parse_rule("/=x:a\"b").unwrap()]).is_err());
        assert_eq!(validate_rules(&mut []), Err(GateError::NoRules));
    }

    #[test]
    fn config_file() {
        let f = parse_gate_file(
            "realm = \"r\"\nleeway = 5\n[[rule]]\nprefix = \"/\"\nsecret = \"s\"\nscopes = [\"a\"]\n",
        )
        .unwrap();
        assert_eq!(f.realm.as_deref(), Some("r"));
        assert_eq!(f.rules[0].scopes, ["a"]);
        assert!(parse_gate_file("[[rule]]\nprefix = \"/\"\nsecrt = \"s\"\n").is_err());
    }
}
