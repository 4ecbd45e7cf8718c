//! `add TYPE NAME`: builds a typed secret from options and a value source, then stores it.

use base64::Engine;

use crate::cli::{
    AddBasicArgs, AddCommand, AddCommonArgs, AddDatabaseArgs, AddHeadersArgs, AddHs256Args,
    AddPasswordArgs, AddRs256Args, GlobalArgs, KeyEncoding,
};
use crate::cmd::input::{self, read_source_bytes, read_value};
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::secret::{
    self, BasicAuth, Database, Entry, HeaderPair, Headers, Password, SecretData, SecretValue,
    now_unix, validate_header_name, validate_header_value,
};

use super::{check_name, secret_error};

/// `add`.
pub fn cmd_secret_add(g: &GlobalArgs, cmd: AddCommand) -> CliResult {
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
            (a.common.clone(), crate::cmd::token::build_oauth2(&a)?)
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
            (a.common.clone(), SecretData::Mysql(build_database(&a)?))
        }
        AddCommand::Postgres(a) => {
            check_name(&a.common.name)?;
            (a.common.clone(), SecretData::Postgres(build_database(&a)?))
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
        };
        Ok(doc.secrets.insert(name.clone(), entry).is_some())
    })?;
    eprintln!(
        "{} {kind} secret {name:?}",
        if replaced { "Replaced" } else { "Added" }
    );
    if kind == secret::SecretKind::Oauth2 {
        crate::cmd::token::after_add(g, &name)?;
    }
    Ok(())
}

fn build_password(a: &AddPasswordArgs) -> CliResult<SecretData> {
    if let Some(h) = &a.header_name {
        validate_header_name(h).map_err(secret_error)?;
    }
    let value = read_value(&a.source, "value")?;
    validate_header_value(
        a.header_name.as_deref().unwrap_or("Authorization"),
        value.expose_secret(),
    )
    .map_err(secret_error)?;
    Ok(SecretData::Password(Password {
        value,
        header_name: a.header_name.clone(),
    }))
}

fn build_basic(a: &AddBasicArgs) -> CliResult<SecretData> {
    check_username(&a.username)?;
    let password = read_value(&a.source, "password")?;
    // RFC 7617 allows any text in the password, but it travels in one header line.
    if password
        .expose_secret()
        .chars()
        .any(|c| c == '\r' || c == '\n' || c == '\0')
    {
        return Err(user_error("the password contains a line break or NUL")
            .hinted("basic auth passwords travel in one header line; nothing was changed"));
    }
    Ok(SecretData::Basic(BasicAuth {
        username: a.username.clone(),
        password,
    }))
}

/// RFC 7617 §2: "a user-id containing a colon character is invalid".
pub fn check_username(u: &str) -> CliResult {
    if u.is_empty() {
        return Err(user_error("the username is empty"));
    }
    if u.contains(':') || u.chars().any(char::is_control) {
        return Err(secret_error(secret::SecretError::InvalidUsername));
    }
    Ok(())
}

/// Parses `Name: value` lines (blank lines skipped) into validated header pairs.
pub fn parse_header_lines(text: &str) -> CliResult<Vec<HeaderPair>> {
    let mut out: Vec<HeaderPair> = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(
                user_error(format!("line {}: expected `Name: value`", i + 1))
                    .hinted("one header per line, e.g. `X-API-KEY: abc`"),
            );
        };
        let value = value
            .trim_start_matches([' ', '\t'])
            .trim_end_matches([' ', '\t']);
        validate_header_name(name).map_err(secret_error)?;
        validate_header_value(name, value).map_err(secret_error)?;
        if out.iter().any(|p| p.name.eq_ignore_ascii_case(name)) {
            return Err(user_error(format!("header {name:?} is given twice")));
        }
        out.push(HeaderPair {
            name: name.to_string(),
            value: SecretValue::new(value.to_string()),
        });
    }
    if out.is_empty() {
        return Err(user_error("no headers given").hinted("give `Name: value` lines"));
    }
    Ok(out)
}

/// Reads the header lines of a headers secret from stdin, a file or the prompt.
pub fn read_headers(src: &crate::cli::ValueSourceArgs) -> CliResult<Vec<HeaderPair>> {
    let text = match read_source_bytes(src)? {
        Some(bytes) => String::from_utf8(bytes.to_vec())
            .map_err(|_| user_error("the headers are not UTF-8 text"))?,
        None => {
            if !crate::term::can_prompt() {
                return Err(input::no_terminal("headers"));
            }
            eprintln!("Enter headers as `Name: value`, one per prompt; an empty line ends.");
            let mut text = String::new();
            loop {
                let line = input::prompt("Header (input hidden): ", "header")?;
                if line.expose_secret().is_empty() {
                    break;
                }
                text.push_str(line.expose_secret());
                text.push('\n');
            }
            text
        }
    };
    let text = zeroize::Zeroizing::new(text);
    parse_header_lines(&text)
}

fn build_headers(a: &AddHeadersArgs) -> CliResult<SecretData> {
    Ok(SecretData::Headers(Headers {
        headers: read_headers(&a.source)?,
    }))
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
        let decoded = decode_key(&bytes, a.key_encoding)?;
        secret::hs256_from_bytes(&decoded)
    }
    .map_err(secret_error)?;
    Ok(SecretData::Hs256(key))
}

fn decode_key(bytes: &[u8], enc: KeyEncoding) -> CliResult<zeroize::Zeroizing<Vec<u8>>> {
    if enc == KeyEncoding::Raw {
        return Ok(zeroize::Zeroizing::new(bytes.to_vec()));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| user_error("the encoded key is not text"))?
        .trim();
    let bad = || user_error(format!("the key is not valid {enc:?}").to_lowercase());
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let url_engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let v = match enc {
        KeyEncoding::Base64 => engine.decode(text).map_err(|_| bad())?,
        KeyEncoding::Base64url => url_engine.decode(text).map_err(|_| bad())?,
        KeyEncoding::Hex => {
            if text.len() % 2 != 0 {
                return Err(bad());
            }
            (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&text[i..i + 2], 16))
                .collect::<Result<Vec<u8>, _>>()
                .map_err(|_| bad())?
        }
        KeyEncoding::Raw => unreachable!("handled above"),
    };
    Ok(zeroize::Zeroizing::new(v))
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
    Ok(SecretData::Rs256(pair))
}

fn build_database(a: &AddDatabaseArgs) -> CliResult<Database> {
    if a.user.is_empty() {
        return Err(user_error("the user is empty"));
    }
    let password = read_value(&a.source, "password")?;
    Ok(Database {
        host: a.host.clone(),
        port: a.port,
        user: a.user.clone(),
        password,
        database: a.database.clone(),
        options: a.options.clone(),
    })
}
