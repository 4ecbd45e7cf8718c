//! Reading secret values and passphrases: the no-echo prompt, stdin or a file.

use std::io::Read;
use std::path::Path;

use secrecy::SecretString;
use zeroize::Zeroizing;

use crate::cli::ValueSourceArgs;
use crate::error::{CliResult, failure, user_error};
use crate::secret::SecretValue;
use crate::term;

/// Strips one trailing `\n` (and a `\r` before it): what `echo` and editors add.
pub fn strip_one_newline(s: &mut Vec<u8>) {
    if s.last() == Some(&b'\n') {
        s.pop();
        if s.last() == Some(&b'\r') {
            s.pop();
        }
    }
}

/// Reads the raw bytes of a value from stdin or a file, exactly. `Ok(None)` when
/// neither source was chosen.
pub fn read_source_bytes(src: &ValueSourceArgs) -> CliResult<Option<Zeroizing<Vec<u8>>>> {
    let mut buf = Zeroizing::new(Vec::new());
    if src.from_stdin {
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| failure("cannot read standard input").hinted(e.to_string()))?;
        Ok(Some(buf))
    } else if let Some(p) = &src.from_file {
        read_file_into(p, &mut buf)?;
        Ok(Some(buf))
    } else {
        Ok(None)
    }
}

fn read_file_into(p: &Path, buf: &mut Vec<u8>) -> CliResult {
    let mut f = std::fs::File::open(p)
        .map_err(|e| user_error(format!("cannot read {}: {e}", p.display())))?;
    f.read_to_end(buf)
        .map_err(|e| user_error(format!("cannot read {}: {e}", p.display())))?;
    Ok(())
}

fn to_text(bytes: Zeroizing<Vec<u8>>, what: &str) -> CliResult<SecretValue> {
    let s = String::from_utf8(bytes.to_vec()).map_err(|_| {
        user_error(format!("the {what} is not UTF-8 text"))
            .hinted("store binary data base64-encoded")
    })?;
    Ok(SecretValue::new(s))
}

/// A secret text value: from stdin/file (one trailing newline dropped), else a no-echo
/// prompt asked twice. Refuses empty values and fails at once without a terminal.
pub fn read_value(src: &ValueSourceArgs, what: &str) -> CliResult<SecretValue> {
    let v = match read_source_bytes(src)? {
        Some(mut bytes) => {
            strip_one_newline(&mut bytes);
            to_text(bytes, what)?
        }
        None => {
            let first = prompt(&format!("{} (input hidden): ", capitalize(what)), what)?;
            let second = prompt(&format!("Retype the {what}: "), what)?;
            if first != second {
                return Err(user_error(format!(
                    "the two {what}s differ; nothing was changed"
                )));
            }
            first
        }
    };
    if v.expose_secret().is_empty() {
        return Err(user_error(format!(
            "the {what} is empty; nothing was changed"
        )));
    }
    Ok(v)
}

/// Reads one line without echo on the terminal; errors when there is no terminal.
pub fn prompt(prompt: &str, what: &str) -> CliResult<SecretValue> {
    if !term::can_prompt() {
        return Err(no_terminal(what));
    }
    rpassword::prompt_password(prompt)
        .map(SecretValue::new)
        .map_err(|e| failure(format!("cannot read the {what} from the terminal: {e}")))
}

/// The error for "a value is needed and there is no terminal to ask on".
pub fn no_terminal(what: &str) -> crate::error::CliError {
    user_error(format!("no {what} given and no terminal to ask on"))
        .hinted("pipe it in with --from-stdin, or read it from a file with --from-file")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Converts a [`SecretValue`] into the `SecretString` age wants.
pub fn to_secret_string(v: &SecretValue) -> SecretString {
    SecretString::from(v.expose_secret().to_string())
}
