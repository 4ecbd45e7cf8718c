//! Pure renderers for shell completions and man pages, all from the clap `Command`.
//!
//! `completions/` and `man/` in the repository are this module's output, kept current by
//! `tests/cli/test_generated.rs`; `FLOWLET_UPDATE_GENERATED=1 cargo test generated`
//! rewrites them. Nothing here does I/O: callers write the bytes.
//!
//! A man page is clap_mangen's NAME, SYNOPSIS, DESCRIPTION, OPTIONS and SUBCOMMANDS,
//! then our EXAMPLES, EXIT STATUS, FILES, ENVIRONMENT and SEE ALSO, then VERSION. The
//! page is finally made plain-ASCII roff ([`finish_page`]), so `groff -man -Tutf8 -ww`
//! renders it without a warning, with or without `preconv`.

use clap::{Command, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::EXIT_STATUS_TABLE;

/// The binary name in completions and man pages, whatever argv\[0\] is (style.md §9).
pub const BIN: &str = "flowlet-secrets";

/// The shells we ship completions for, with their file names under `completions/`.
pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "flowlet-secrets.bash"),
    (Shell::Zsh, "_flowlet-secrets"),
    (Shell::Fish, "flowlet-secrets.fish"),
    (Shell::Elvish, "flowlet-secrets.elv"),
    (Shell::PowerShell, "_flowlet-secrets.ps1"),
];

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut out);
    if shell == Shell::Bash {
        // clap_complete 4.6.12 spells the state of a hyphenated binary two ways: the
        // dispatch loop sets `flowlet__secrets__subcmd__add`, the case arms test
        // `flowlet__subcmd__secrets__subcmd__add`, so nothing after the first word
        // completes (clap-rs/clap#6421). Spell the arms like the loop; a no-op once fixed.
        let text =
            String::from_utf8_lossy(&out).replace("flowlet__subcmd__secrets", "flowlet__secrets");
        out = text.into_bytes();
    }
    out
}

/// One example of a man page: what it does, and the command line.
pub type Example = (&'static str, &'static str);

/// The EXAMPLES section of every page, keyed by page name (the file name without `.1`).
///
/// A command without an entry gets a page without EXAMPLES, which the unit tests
/// below and `tests/cli/test_generated.rs` reject; an entry for a page that no longer
/// exists is rejected too. Descriptions may quote code in backticks (shown in bold).
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "flowlet-secrets",
        &[
            (
                "Create a vault; asks for a passphrase twice",
                "flowlet-secrets init",
            ),
            (
                "Store an API token without putting it on a command line",
                r#"printf %s "$TOKEN" | flowlet-secrets add password api --from-stdin"#,
            ),
            (
                "Call the API with it",
                "flowlet-secrets header api | curl -sf -H @- https://api.example.com/user",
            ),
            (
                "Run psql with a stored PostgreSQL login",
                "flowlet-secrets run --db reporting -- psql -c 'select 1'",
            ),
        ],
    ),
    (
        "flowlet-secrets-init",
        &[
            (
                "Create a vault in the default directory and cache its key in the OS keyring",
                "flowlet-secrets init",
            ),
            (
                "Create a throwaway vault with no terminal (CI)",
                "FLOWLET_SECRETS_DIR=/tmp/v FLOWLET_SECRETS_PASSPHRASE_FILE=pass.txt \\\n  flowlet-secrets init --no-keyring",
            ),
        ],
    ),
    (
        "flowlet-secrets-unlock",
        &[
            (
                "Type the passphrase once; later commands need none",
                "flowlet-secrets unlock",
            ),
            (
                "Take the passphrase from a password manager",
                "flowlet-secrets unlock --passphrase-command 'pass show flowlet'",
            ),
        ],
    ),
    (
        "flowlet-secrets-recipients",
        &[(
            "List the members of a team vault",
            "flowlet-secrets recipients list",
        )],
    ),
    (
        "flowlet-secrets-recipients-list",
        &[(
            "Members as JSON, with which one is you",
            "flowlet-secrets recipients list --json",
        )],
    ),
    (
        "flowlet-secrets-recipients-add",
        &[
            (
                "Add a member by age recipient",
                "flowlet-secrets recipients add bob age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
            ),
            (
                "Add CI by its SSH public key",
                "flowlet-secrets recipients add ci --from-file ci_ed25519.pub",
            ),
        ],
    ),
    (
        "flowlet-secrets-recipients-rm",
        &[(
            "Remove a member and mark every secret for rotation",
            "flowlet-secrets recipients rm bob --yes",
        )],
    ),
    (
        "flowlet-secrets-recipients-ack",
        &[(
            "Accept a member change made on another machine",
            "flowlet-secrets recipients ack --yes",
        )],
    ),
    (
        "flowlet-secrets-git",
        &[(
            "Configure the repository's drivers",
            "flowlet-secrets git setup",
        )],
    ),
    (
        "flowlet-secrets-git-setup",
        &[(
            "Write .gitattributes and the drivers in .git/config",
            "flowlet-secrets git setup --vault-dir secrets",
        )],
    ),
    (
        "flowlet-secrets-git-merge-driver",
        &[(
            "What git runs (set up by git setup)",
            "flowlet-secrets git merge-driver base.age ours.age theirs.age secrets/vault.age",
        )],
    ),
    (
        "flowlet-secrets-git-textconv",
        &[(
            "The names, types and fingerprints git diff shows",
            "flowlet-secrets git textconv secrets/vault.age",
        )],
    ),
    (
        "flowlet-secrets-resolve",
        &[(
            "Take their version of a conflicting secret",
            "flowlet-secrets resolve api --theirs",
        )],
    ),
    (
        "flowlet-secrets-rotate",
        &[
            (
                "Renew every secret marked due",
                "flowlet-secrets rotate --due --yes",
            ),
            (
                "Renew one signing key",
                "flowlet-secrets rotate jwt-key --yes",
            ),
        ],
    ),
    (
        "flowlet-secrets-lock",
        &[("Forget the cached vault key", "flowlet-secrets lock")],
    ),
    (
        "flowlet-secrets-add",
        &[
            (
                "Store a token typed at a no-echo prompt",
                "flowlet-secrets add password api",
            ),
            (
                "Store basic auth for user alice",
                "flowlet-secrets add basic site --username alice",
            ),
            (
                "Generate an HS256 signing key",
                "flowlet-secrets add hs256 signer --generate",
            ),
        ],
    ),
    (
        "flowlet-secrets-add-password",
        &[
            (
                "Store a token typed at a no-echo prompt, with a description",
                "flowlet-secrets add password api -d 'CI token'",
            ),
            (
                "Store an API key that is sent as `X-API-KEY`, read from stdin",
                r#"printf %s "$KEY" | flowlet-secrets add password svc --header-name X-API-KEY --from-stdin"#,
            ),
        ],
    ),
    (
        "flowlet-secrets-add-basic",
        &[
            (
                "Store alice's password, typed at a prompt",
                "flowlet-secrets add basic site --username alice",
            ),
            (
                "Read the password from a file",
                "flowlet-secrets add basic site -u alice --from-file password.txt",
            ),
        ],
    ),
    (
        "flowlet-secrets-add-headers",
        &[(
            "Store two headers, one `Name: value` per line",
            r"printf 'X-Id: 1\nX-Key: k\n' | flowlet-secrets add headers svc --from-stdin",
        )],
    ),
    (
        "flowlet-secrets-add-oauth2",
        &[
            (
                "A public client of an OpenID provider; discovery fills the endpoints",
                "flowlet-secrets add oauth2 idp --issuer https://id.example.com \\\n  --client-id cli --scope 'openid offline_access'",
            ),
            (
                "A confidential client: the client secret is asked at the prompt",
                "flowlet-secrets add oauth2 gh --provider github --client-id Iv1.abc --client-secret",
            ),
        ],
    ),
    (
        "flowlet-secrets-add-hs256",
        &[
            (
                "Generate 32 random bytes",
                "flowlet-secrets add hs256 signer --generate",
            ),
            (
                "Import a base64 key shared with another service",
                "flowlet-secrets add hs256 shared --key-encoding base64 --from-file key.b64",
            ),
        ],
    ),
    (
        "flowlet-secrets-add-rs256",
        &[
            (
                "Generate a 3072-bit key pair",
                "flowlet-secrets add rs256 signer --generate --bits 3072",
            ),
            (
                "Import a PKCS#1 or PKCS#8 PEM private key",
                "flowlet-secrets add rs256 signer --from-file key.pem",
            ),
        ],
    ),
    (
        "flowlet-secrets-add-mysql",
        &[(
            "Store a MariaDB login; the password is asked at the prompt",
            "flowlet-secrets add mysql shop --host 127.0.0.1 --user app --database shop",
        )],
    ),
    (
        "flowlet-secrets-add-postgres",
        &[(
            "Store a PostgreSQL login that requires TLS",
            "flowlet-secrets add postgres reporting --host db --port 5432 --user app \\\n  --database reports -o sslmode=require",
        )],
    ),
    (
        "flowlet-secrets-list",
        &[
            ("A table of every secret", "flowlet-secrets list"),
            (
                "The OAuth2 secrets as JSON",
                "flowlet-secrets list --type oauth2 --json",
            ),
        ],
    ),
    (
        "flowlet-secrets-show",
        &[
            ("The fields, values hidden", "flowlet-secrets show api"),
            (
                "Everything, values included, as JSON",
                "flowlet-secrets show api --reveal --json",
            ),
        ],
    ),
    (
        "flowlet-secrets-get",
        &[
            (
                "Write a token to a file, byte-exact",
                "flowlet-secrets get api > token.txt",
            ),
            (
                "One field of a database secret",
                "flowlet-secrets get reporting --field user",
            ),
            (
                "The private key of an RS256 key pair",
                "flowlet-secrets get signer --field private-key",
            ),
        ],
    ),
    (
        "flowlet-secrets-edit",
        &[
            (
                "Change the description",
                "flowlet-secrets edit api --description 'CI token'",
            ),
            (
                "Replace the value with the content of a file",
                "flowlet-secrets edit api --value --from-stdin < new-token.txt",
            ),
        ],
    ),
    (
        "flowlet-secrets-rm",
        &[(
            "Remove a secret without asking",
            "flowlet-secrets rm api --yes",
        )],
    ),
    (
        "flowlet-secrets-rename",
        &[("Rename a secret", "flowlet-secrets rename api api-old")],
    ),
    (
        "flowlet-secrets-header",
        &[
            (
                "Authenticate a curl request",
                "flowlet-secrets header api | curl -sf -H @- https://api.example.com/",
            ),
            (
                "The same as a curl config, which keeps the header out of curl's argv",
                "flowlet-secrets header api --format curl-config | curl -K - https://api.example.com/",
            ),
            (
                "A JSON object of header names and values",
                "flowlet-secrets header svc --format json",
            ),
        ],
    ),
    (
        "flowlet-secrets-url",
        &[(
            "Hand the connection URL to a program in its environment, not its argv",
            r#"DATABASE_URL="$(flowlet-secrets url reporting)" ./migrate"#,
        )],
    ),
    (
        "flowlet-secrets-token",
        &[
            (
                "Log in through the browser and store the tokens",
                "flowlet-secrets token request idp",
            ),
            (
                "Which tokens exist, when they expire, their scope",
                "flowlet-secrets token show",
            ),
        ],
    ),
    (
        "flowlet-secrets-token-request",
        &[
            ("Open the browser", "flowlet-secrets token request idp"),
            (
                "On a remote host: print the URL, then paste the redirected URL back",
                "flowlet-secrets token request idp --manual",
            ),
        ],
    ),
    (
        "flowlet-secrets-token-show",
        &[
            ("Every OAuth2 secret's tokens", "flowlet-secrets token show"),
            ("One, as JSON", "flowlet-secrets token show idp --json"),
        ],
    ),
    (
        "flowlet-secrets-token-refresh",
        &[(
            "Refresh the access token now",
            "flowlet-secrets token refresh idp",
        )],
    ),
    (
        "flowlet-secrets-token-revoke",
        &[(
            "Revoke the tokens at the provider and forget them",
            "flowlet-secrets token revoke idp",
        )],
    ),
    (
        "flowlet-secrets-token-clear",
        &[(
            "Forget the tokens without telling the provider",
            "flowlet-secrets token clear idp",
        )],
    ),
    (
        "flowlet-secrets-jws",
        &[
            (
                "Sign a JWT that expires in 5 minutes",
                "flowlet-secrets jws sign signer --sub svc --scope orders:read --exp 5m",
            ),
            (
                "Verify a token and require a scope",
                "flowlet-secrets jws verify signer --scope orders:read < token.jwt",
            ),
        ],
    ),
    (
        "flowlet-secrets-jws-sign",
        &[
            (
                "Sign JWT claims",
                "flowlet-secrets jws sign signer --iss me --sub svc --aud api --exp 5m",
            ),
            (
                "Sign a payload read from stdin",
                "flowlet-secrets jws sign signer < payload.json",
            ),
        ],
    ),
    (
        "flowlet-secrets-jws-verify",
        &[(
            "Verify a token read from stdin and print its claims",
            "flowlet-secrets jws verify signer --scope orders:read < token.jwt",
        )],
    ),
    (
        "flowlet-secrets-jws-inspect",
        &[(
            "Decode a token without verifying it",
            "flowlet-secrets jws inspect < token.jwt",
        )],
    ),
    (
        "flowlet-secrets-jwe",
        &[
            (
                "Encrypt a file to an RS256 key pair",
                "flowlet-secrets jwe encrypt signer < notes.txt > notes.jwe",
            ),
            (
                "Decrypt it",
                "flowlet-secrets jwe decrypt signer < notes.jwe",
            ),
        ],
    ),
    (
        "flowlet-secrets-jwe-encrypt",
        &[(
            "Encrypt stdin (RSA-OAEP-256 + A256GCM)",
            "flowlet-secrets jwe encrypt signer < notes.txt > notes.jwe",
        )],
    ),
    (
        "flowlet-secrets-jwe-decrypt",
        &[(
            "Decrypt a compact JWE read from stdin",
            "flowlet-secrets jwe decrypt signer < notes.jwe",
        )],
    ),
    (
        "flowlet-secrets-pubkey",
        &[
            ("The public key as PEM", "flowlet-secrets pubkey signer"),
            (
                "A JWKS for the services that verify our tokens",
                "flowlet-secrets pubkey signer --format jwks > jwks.json",
            ),
        ],
    ),
    (
        "flowlet-secrets-run",
        &[
            (
                "Run psql with PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE set",
                "flowlet-secrets run --db reporting -- psql -c 'select 1'",
            ),
            (
                "Put one secret in one variable",
                "flowlet-secrets run --env GITHUB_TOKEN=gh -- ./deploy.sh",
            ),
        ],
    ),
    (
        "flowlet-secrets-export",
        &[(
            "Write a dotenv file for a tool that reads one",
            "flowlet-secrets export --format dotenv api reporting > .env",
        )],
    ),
    (
        "flowlet-secrets-authorize",
        &[(
            "Check an incoming header; exit 0 allows, 1 denies",
            r#"printf 'Authorization: Bearer %s\n' "$T" | flowlet-secrets authorize signer --scope orders:read"#,
        )],
    ),
    (
        "flowlet-secrets-gate",
        &[(
            "Answer nginx `auth_request` subrequests on loopback",
            "flowlet-secrets gate --listen 127.0.0.1:9000 --secret signer --scope orders:read",
        )],
    ),
    (
        "flowlet-secrets-completions",
        &[
            (
                "Bash, for the current user",
                "flowlet-secrets completions bash > ~/.local/share/bash-completion/completions/flowlet-secrets",
            ),
            (
                "Zsh: into a directory on `$fpath`",
                r#"flowlet-secrets completions zsh > "${fpath[1]}/_flowlet-secrets""#,
            ),
            (
                "Fish",
                "flowlet-secrets completions fish > ~/.config/fish/completions/flowlet-secrets.fish",
            ),
        ],
    ),
];

/// Where packages install the completion scripts (style.md §41); also in docs/install.md.
pub const COMPLETION_INSTALL_PATHS: &[(&str, &str)] = &[
    (
        "/usr/share/bash-completion/completions/flowlet-secrets",
        "bash completions (`completions bash`)",
    ),
    (
        "/usr/share/zsh/vendor-completions/_flowlet-secrets",
        "zsh completions on Debian and Ubuntu (`completions zsh`); elsewhere `/usr/share/zsh/site-functions/`",
    ),
    (
        "/usr/share/fish/vendor_completions.d/flowlet-secrets.fish",
        "fish completions (`completions fish`)",
    ),
];

/// The FILES every page lists: the vault directory and what is in it.
const VAULT_FILES: &[(&str, &str)] = &[
    (
        "$FLOWLET_SECRETS_DIR",
        "The vault directory (mode 0700); the files below are in it (mode 0600). Default: `$XDG_DATA_HOME/flowlet-secrets`, that is `~/.local/share/flowlet-secrets`.",
    ),
    (
        "vault.age",
        "The secrets: a versioned TOML document encrypted with age to the vault's X25519 recipient. The stock `age -d -i IDENTITY vault.age` reads it.",
    ),
    (
        "vault.age.bak",
        "The previous version of vault.age, kept at every change.",
    ),
    (
        "identity.age",
        "The vault's X25519 age identity, encrypted with the passphrase (age scrypt).",
    ),
    ("vault.lock", "The lock file that serialises writers."),
];

/// The ENVIRONMENT every page lists.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "FLOWLET_SECRETS_DIR",
        "The vault directory (as `--vault-dir`).",
    ),
    (
        "FLOWLET_SECRETS_IDENTITY_FILE",
        "A plain age identity file that unlocks the vault, for non-interactive use (as `--identity-file`).",
    ),
    (
        "FLOWLET_SECRETS_PASSPHRASE_FILE",
        "A file whose first line is the passphrase (as `--passphrase-file`).",
    ),
    (
        "FLOWLET_SECRETS_PASSPHRASE_COMMAND",
        "A shell command that prints the passphrase (as `--passphrase-command`).",
    ),
    (
        "DBUS_SESSION_BUS_ADDRESS",
        "When set, the vault key is cached in the Secret Service; otherwise in the Linux kernel keyring.",
    ),
    ("XDG_DATA_HOME", "The base of the default vault directory."),
];

/// Escapes `s` for a roff text line. Every character that roff or a terminal would
/// alter is escaped, so commands can be copied from the rendered page: `\-` is an ASCII
/// hyphen-minus, `\(aq` a straight apostrophe (groff_man_style(7), "Portability").
fn roff_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\(rs"),
            '-' => out.push_str("\\-"),
            '\'' => out.push_str("\\(aq"),
            '`' => out.push_str("\\(ga"),
            '~' => out.push_str("\\(ti"),
            '^' => out.push_str("\\(ha"),
            c => out.push(c),
        }
    }
    // A line starting with `.` or `'` would be a request.
    if out.starts_with('.') {
        out.insert_str(0, "\\&");
    }
    out
}

/// Escapes prose for roff, showing backtick-quoted spans in bold.
fn roff_prose(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("\\fB");
            out.push_str(&roff_escape(part));
            out.push_str("\\fR");
        } else {
            out.push_str(&roff_escape(part));
        }
    }
    if out.starts_with("\\(aq") || out.starts_with('.') {
        out.insert_str(0, "\\&");
    }
    out
}

fn section(out: &mut String, title: &str) {
    out.push_str(&format!(".SH \"{title}\"\n"));
}

/// A `.TP` list item: a bold or italic tag, then prose.
fn item(out: &mut String, tag: &str, font: &str, text: &str) {
    out.push_str(&format!(
        ".TP\n\\f{font}{}\\fR\n{}\n",
        roff_escape(tag),
        roff_prose(text)
    ));
}

/// The examples of `page`, or none.
fn examples(page: &str) -> &'static [Example] {
    EXAMPLES
        .iter()
        .find(|(p, _)| *p == page)
        .map_or(&[], |(_, ex)| *ex)
}

/// EXAMPLES, EXIT STATUS, FILES, ENVIRONMENT and SEE ALSO of `page`, whose parent pages
/// (nearest first) are `parents`.
fn extra_sections(page: &str, parents: &[String]) -> String {
    let mut out = String::new();
    let ex = examples(page);
    if !ex.is_empty() {
        section(&mut out, "EXAMPLES");
        for (what, command) in ex {
            out.push_str(&format!(".PP\n{}:\n.RS 4\n.nf\n", roff_prose(what)));
            for line in command.lines() {
                out.push_str(&roff_escape(line));
                out.push('\n');
            }
            out.push_str(".fi\n.RE\n");
        }
    }
    section(&mut out, "EXIT STATUS");
    for (code, text) in EXIT_STATUS_TABLE {
        item(&mut out, &code.to_string(), "B", text);
    }
    section(&mut out, "FILES");
    for (f, d) in VAULT_FILES {
        item(&mut out, f, "I", d);
    }
    if page == BIN || page.ends_with("-completions") {
        for (f, d) in COMPLETION_INSTALL_PATHS {
            item(&mut out, f, "I", d);
        }
    }
    section(&mut out, "ENVIRONMENT");
    for (v, d) in ENVIRONMENT {
        item(&mut out, v, "B", d);
    }
    if page == BIN || page.contains("-token") || page.ends_with("-add-oauth2") {
        item(
            &mut out,
            "BROWSER",
            "B",
            "The program that opens the authorization URL of `token request`.",
        );
    }
    section(&mut out, "SEE ALSO");
    let mut refs: Vec<String> = parents
        .iter()
        .map(|p| format!("\\fB{}\\fR(1)", roff_escape(p)))
        .collect();
    if page == BIN {
        refs.push("\\fBage\\fR(1)".into());
        refs.push("\\fBcurl\\fR(1)".into());
    }
    out.push_str(&refs.join(", "));
    out.push('\n');
    out
}

/// Makes a page plain-ASCII roff that renders without warnings:
/// - every non-ASCII character becomes a `\[uXXXX]` escape (groff_char(7)), since
///   groff without `preconv` reads Latin-1 and warns about UTF-8 bytes;
/// - a blank text line (a paragraph break in clap's long help) becomes `.sp`, as a blank
///   line in fill mode is undefined in man(7);
/// - in clap's help text, backtick-quoted code (plain in NAME, for whatis) is shown in bold, an unpaired backtick
///   as a grave accent.
fn finish_page(page: &str) -> Vec<u8> {
    let mut out = String::with_capacity(page.len() + 256);
    let mut in_name = false;
    for line in page.lines() {
        if line.starts_with(".SH") {
            in_name = line == ".SH NAME";
        }
        if line.trim().is_empty() {
            out.push_str(".sp");
        } else if line.starts_with('.') || line.starts_with('\'') {
            out.push_str(line);
        } else if in_name {
            // whatis(1) and apropos(1) show the NAME line as lexgrog(1) reads it: no
            // font changes, and ASCII for the punctuation clap's help text uses.
            out.push_str(
                &line
                    .replace('`', "")
                    .replace('\u{2026}', "...")
                    .replace(['\u{2013}', '\u{2014}'], "\\-")
                    .replace('\u{2192}', "\\->"),
            );
        } else if line.matches('`').count() % 2 == 0 {
            for (i, part) in line.split('`').enumerate() {
                if i > 0 {
                    out.push_str(if i % 2 == 1 { "\\fB" } else { "\\fR" });
                }
                out.push_str(part);
            }
        } else {
            out.push_str(&line.replace('`', "\\(ga"));
        }
        out.push('\n');
    }
    let mut ascii = String::with_capacity(out.len());
    for c in out.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else {
            ascii.push_str(&format!("\\[u{:04X}]", c as u32));
        }
    }
    ascii.into_bytes()
}

/// clap_mangen renders into a `Vec`; writing to memory cannot fail.
fn mangen(f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    f(&mut buf).expect("should render into memory");
    String::from_utf8(buf).expect("clap_mangen should write UTF-8")
}

/// Renders one page. `cmd` comes from a built root command, so its display name is the
/// page name (`flowlet-secrets-add-password`) and its bin name the command line
/// (`flowlet-secrets add password`).
fn render_page(cmd: &Command, parents: &[String]) -> Vec<u8> {
    let page = cmd.get_display_name().unwrap_or(BIN).to_string();
    let version = cmd.get_version().unwrap_or_default();
    let man = clap_mangen::Man::new(cmd.clone());
    // Our own title line: clap_mangen writes an empty date as nothing, which shifts the
    // later .TH arguments. No date, so the page depends on the CLI only (style.md §40).
    // No hyphenation and a ragged right margin keep paths and options whole.
    let mut text =
        format!(".TH \"{page}\" \"1\" \"\" \"{BIN} {version}\" \"User Commands\"\n.nh\n.ad l\n");
    text += &mangen(|w| man.render_name_section(w));
    text += &mangen(|w| man.render_synopsis_section(w));
    text += &mangen(|w| man.render_description_section(w));
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        text += &mangen(|w| man.render_options_section(w));
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        text += &mangen(|w| man.render_subcommands_section(w));
    }
    text += &extra_sections(&page, parents);
    text += &mangen(|w| man.render_version_section(w));
    finish_page(&text)
}

/// Drops the implicit `help` subcommand everywhere: it has no page of its own.
fn without_help_subcommand(cmd: Command) -> Command {
    cmd.disable_help_subcommand(true)
        .mut_subcommands(without_help_subcommand)
}

fn collect(cmd: &Command, parents: &[String], out: &mut Vec<(String, Vec<u8>)>) {
    let page = cmd.get_display_name().unwrap_or(BIN).to_string();
    out.push((format!("{page}.1"), render_page(cmd, parents)));
    let mut chain = vec![page];
    chain.extend_from_slice(parents);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, &chain, out);
    }
}

/// Every man page, as (file name, roff): `flowlet-secrets.1` and one per visible
/// (sub)command, named like `flowlet-secrets-add-password.1`.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut cmd = without_help_subcommand(Cli::command()).display_name(BIN);
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &[], &mut out);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn page_names() -> Vec<String> {
        man_pages()
            .into_iter()
            .map(|(f, _)| f.trim_end_matches(".1").to_string())
            .collect()
    }

    #[test]
    fn every_page_has_examples() {
        let missing: Vec<String> = page_names()
            .into_iter()
            .filter(|p| examples(p).is_empty())
            .collect();
        assert!(
            missing.is_empty(),
            "add EXAMPLES for these pages in src/generate.rs: {missing:?}"
        );
    }

    #[test]
    fn every_example_belongs_to_a_page() {
        let pages = page_names();
        for (p, _) in EXAMPLES {
            assert!(
                pages.iter().any(|x| x == p),
                "EXAMPLES names {p}, which is not a command (any more)"
            );
        }
    }

    #[test]
    fn pages_are_named_and_invoked_like_the_commands() {
        let pages = man_pages();
        let (_, page) = pages
            .iter()
            .find(|(f, _)| f == "flowlet-secrets-add-password.1")
            .unwrap();
        let page = String::from_utf8(page.clone()).unwrap();
        assert!(
            page.contains("\\fBflowlet\\-secrets add password\\fR"),
            "{page}"
        );
        assert!(
            page.contains("flowlet\\-secrets\\-add\\-password \\-"),
            "{page}"
        );
        assert!(page.contains("\\fBflowlet\\-secrets\\-add\\fR(1), \\fBflowlet\\-secrets\\fR(1)"));
        assert!(
            !pages
                .iter()
                .any(|(f, _)| f.contains("help") || f.contains("generate"))
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(roff_escape(r"a\b-c'd`~^"), r"a\(rsb\-c\(aqd\(ga\(ti\(ha");
        assert_eq!(roff_escape(".x"), r"\&.x");
        assert_eq!(roff_prose("run `a -b` now"), r"run \fBa \-b\fR now");
        assert_eq!(roff_prose("'q"), r"\&\(aqq");
        let page =
            finish_page(".SH NAME\nx \\- `a` \u{2026}\n.SH B\né \u{2026}\n\nuse `x`\nodd ` tick\n");
        assert_eq!(
            String::from_utf8(page).unwrap(),
            ".SH NAME\nx \\- a ...\n.SH B\n\\[u00E9] \\[u2026]\n.sp\nuse \\fBx\\fR\nodd \\(ga tick\n"
        );
    }

    #[test]
    fn completions_name_the_binary() {
        for (shell, _) in SHELLS {
            let text = String::from_utf8(completions(*shell)).unwrap();
            assert!(text.contains("flowlet-secrets"), "{shell}");
        }
    }
}
