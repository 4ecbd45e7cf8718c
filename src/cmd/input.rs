//! Reading secret values and passphrases: the no-echo prompt, stdin or a file.

use std::io::Read;
use std::path::Path;

use secrecy::SecretString;
use zeroize::Zeroizing;

use crate::cli::secret::ValueSourceArgs;
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

/// The largest secret value read from stdin or a file: far above any key or token, and
/// a bound on what `--from-file /dev/zero` can allocate.
pub const MAX_VALUE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads at most `max` bytes from `r` into a buffer that is zeroized on drop;
/// `Ok(None)` when the input is longer (it is not read to the end: `/dev/zero` is fine).
pub fn read_capped(r: impl Read, max: u64) -> std::io::Result<Option<Zeroizing<Vec<u8>>>> {
    let mut buf = Zeroizing::new(Vec::new());
    r.take(max + 1).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= max).then_some(buf))
}

/// Reads the raw bytes of a value from stdin or a file, exactly. `Ok(None)` when
/// neither source was chosen.
pub fn read_source_bytes(src: &ValueSourceArgs) -> CliResult<Option<Zeroizing<Vec<u8>>>> {
    if src.from_stdin {
        read_capped(std::io::stdin().lock(), MAX_VALUE_BYTES)
            .map_err(|e| failure("cannot read standard input").hinted(e.to_string()))?
            .map(Some)
            .ok_or_else(|| too_large("standard input", MAX_VALUE_BYTES))
    } else if let Some(p) = &src.from_file {
        read_file_capped(p, MAX_VALUE_BYTES, "").map(Some)
    } else {
        Ok(None)
    }
}

/// Reads at most `max` bytes of a file (which may be a pipe or a device): anything
/// longer is refused rather than read to the end. `what` names the file in errors
/// ("the passphrase file"), or is empty.
pub fn read_file_capped(p: &Path, max: u64, what: &str) -> CliResult<Zeroizing<Vec<u8>>> {
    let name = if what.is_empty() {
        p.display().to_string()
    } else {
        format!("{what} {}", p.display())
    };
    let cannot = |e: std::io::Error| user_error(format!("cannot read {name}: {e}"));
    let f = std::fs::File::open(p).map_err(cannot)?;
    read_capped(f, max)
        .map_err(cannot)?
        .ok_or_else(|| too_large(&name, max))
}

fn too_large(what: &str, max: u64) -> crate::error::CliError {
    user_error(format!("{what} is larger than {} KiB", max / 1024))
        .hinted("nothing was read or changed; check the file or input you gave")
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
    if v.is_empty() {
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
