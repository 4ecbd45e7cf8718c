//! `add TYPE NAME`: builds a typed secret from options and a value source, then stores it.

use crate::cli::GlobalArgs;
use crate::cli::secret::{
    AddBasicArgs, AddCommand, AddCommonArgs, AddDatabaseArgs, AddHeadersArgs, AddHs256Args,
    AddPasswordArgs, AddRs256Args,
};
use crate::cmd::input::{self, read_source_bytes, read_value};
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::secret::{
    self, BasicAuth, Database, Dialect, Entry, HeaderLinesError, HeaderPair, Headers, Password,
    SecretData, now_unix, validate_header_name,
};

use super::{check_name, secret_error};

/// `add`.
pub fn cmd_add(g: &GlobalArgs, cmd: AddCommand) -> CliResult {
    let (common, data) = match cmd {
        AddCommand::Password(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_password(&a)?)
        }
        AddCommand::Basic(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_basic(&a)?)
        }
        AddCommand::Headers(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_headers(&a)?)
        }
        AddCommand::Oauth2(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), super::add_oauth2::build_oauth2(&a)?)
        }
        AddCommand::Hs256(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_hs256(&a)?)
        }
        AddCommand::Rs256(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_rs256(&a)?)
        }
        AddCommand::Mysql(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_database(&a, Dialect::Mysql)?)
        }
        AddCommand::Postgres(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), build_database(&a, Dialect::Postgres)?)
        }
    };
    store_new(g, &common, data)
}

/// Stores a new secret under the vault lock; refuses to replace one without `--force`.
pub fn store_new(g: &GlobalArgs, common: &AddCommonArgs, data: SecretData) -> CliResult {
    let vault = open_vault(g)?;
    let kind = data.kind();
    let name = common.name.clone();
    let now = now_unix();
    let replaced = vault.update(|doc| {
        let old = doc.secrets.get(&name);
        if old.is_some() && !common.force {
            return Err(
                user_error(format!("a secret named {name:?} already exists"))
                    .hinted("use --force to replace it, or pick another name"),
            );
        }
        let created = old.map(|e| e.created).unwrap_or(now);
        let entry = Entry {
            data,
            description: common.description.clone().filter(|d| !d.is_empty()),
            created,
            updated: now,
            id: old.and_then(|e| e.id.clone()),
            updated_by: None,
            rotation_due: false,
        };
        Ok(doc.secrets.insert(name.clone(), entry).is_some())
    })?;
    eprintln!(
        "{} {kind} secret {name:?}",
        if replaced { "Replaced" } else { "Added" }
    );
    if kind == secret::SecretKind::Oauth2 {
        super::add_oauth2::after_add(g, &name)?;
    }
    Ok(())
}

fn build_password(a: &AddPasswordArgs) -> CliResult<SecretData> {
    if let Some(h) = &a.header_name {
        validate_header_name(h).map_err(secret_error)?;
    }
    let value = read_value(&a.source, "value")?;
    Ok(Password::new(value, a.header_name.clone())
        .map_err(secret_error)?
        .into())
}

fn build_basic(a: &AddBasicArgs) -> CliResult<SecretData> {
    check_username(&a.username)?;
    let password = read_value(&a.source, "password")?;
    Ok(BasicAuth::new(a.username.clone(), password)
        .map_err(secret_error)?
        .into())
}

/// RFC 7617 §2: "a user-id containing a colon character is invalid".
pub fn check_username(u: &str) -> CliResult {
    secret::check_username(u).map_err(secret_error)
}

/// A header-lines error as a usage error with its hint.
fn header_lines_error(e: HeaderLinesError) -> crate::error::CliError {
    match e {
        HeaderLinesError::Invalid(e) => secret_error(e),
        e @ HeaderLinesError::NoColon(_) => {
            user_error(e.to_string()).hinted("one header per line, e.g. `X-API-KEY: abc`")
        }
        e @ HeaderLinesError::Empty => user_error(e.to_string()).hinted("give `Name: value` lines"),
        e @ HeaderLinesError::Duplicate(_) => user_error(e.to_string()),
    }
}

/// Reads the header lines of a headers secret from stdin, a file or the prompt.
pub fn read_headers(src: &crate::cli::secret::ValueSourceArgs) -> CliResult<Vec<HeaderPair>> {
    let headers = match read_source_bytes(src)? {
        Some(bytes) => {
            let text = zeroize::Zeroizing::new(
                String::from_utf8(bytes.to_vec())
                    .map_err(|_| user_error("the headers are not UTF-8 text"))?,
            );
            Headers::parse(&text)
        }
        None => {
            if !crate::term::can_prompt() {
                return Err(input::no_terminal("headers"));
            }
            eprintln!("Enter headers as `Name: value`, one per prompt; an empty line ends.");
            let mut lines = Vec::new();
            loop {
                let line = input::prompt("Header (input hidden): ", "header")?;
                if line.is_empty() {
                    break;
                }
                lines.push(line);
            }
            Headers::from_lines(&lines)
        }
    };
    Ok(headers.map_err(header_lines_error)?.headers)
}

fn build_headers(a: &AddHeadersArgs) -> CliResult<SecretData> {
    Ok(Headers {
        headers: read_headers(&a.source)?,
    }
    .into())
}

fn build_hs256(a: &AddHs256Args) -> CliResult<SecretData> {
    let key = if a.generate {
        use rand::RngCore;
        let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        secret::hs256_from_bytes(bytes.as_ref())
    } else {
        let Some(bytes) = read_source_bytes(&a.source)? else {
            return Err(user_error("no key given").hinted(
                "use --generate, or import with --from-stdin / --from-file (see --key-encoding)",
            ));
        };
        secret::hs256_from_text(&bytes, a.key_encoding)
    }
    .map_err(secret_error)?;
    Ok(key.into())
}

fn build_rs256(a: &AddRs256Args) -> CliResult<SecretData> {
    let pair = if a.generate {
        let bits: u32 = a
            .bits
            .parse()
            .map_err(|_| user_error("--bits must be 2048, 3072 or 4096"))?;
        secret::rs256_generate(bits)
    } else {
        let Some(bytes) = read_source_bytes(&a.source)? else {
            return Err(user_error("no key given")
                .hinted("use --generate, or import a PEM with --from-file / --from-stdin"));
        };
        secret::rs256_from_pem(&bytes)
    }
    .map_err(secret_error)?;
    Ok(pair.into())
}

fn build_database(a: &AddDatabaseArgs, dialect: Dialect) -> CliResult<SecretData> {
    if a.user.is_empty() {
        return Err(user_error("the user is empty"));
    }
    let password = read_value(&a.source, "password")?;
    let d = Database::new(
        a.host.clone(),
        a.port,
        a.user.clone(),
        password,
        a.database.clone(),
        a.options.clone(),
    )
    .map_err(secret_error)?;
    Ok(SecretData::database(dialect, d))
}
