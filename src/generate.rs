//! Pure renderers for shell completions and man pages, all from the clap `Command`.
//!
//! `completions/` and `man/` in the repository are these functions' output, kept
//! current by `tests/cli/test_generated.rs`.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::EXIT_STATUS_TABLE;

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
    clap_complete::generate(shell, &mut cmd, "flowlet-secrets", &mut out);
    out
}

/// Escapes text for roff: backslashes, and a leading `.` or `'` that would be a request.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with('.') || s.starts_with('\'') {
        format!("\\&{s}")
    } else {
        s
    }
}

fn section(out: &mut Vec<u8>, title: &str, body: &[String]) {
    out.extend_from_slice(format!(".SH \"{title}\"\n").as_bytes());
    for p in body {
        out.extend_from_slice(p.as_bytes());
        out.push(b'\n');
    }
}

/// Examples per command path (`flowlet-secrets-add-password` → lines).
fn examples(page: &str) -> Vec<&'static str> {
    match page {
        "flowlet-secrets" => vec![
            "flowlet-secrets init",
            "printf %s \"$TOKEN\" | flowlet-secrets add password api --from-stdin",
            "flowlet-secrets header api | curl -sf -H @- https://api.example.com/user",
            "flowlet-secrets run --db reporting -- psql -c 'select 1'",
        ],
        "flowlet-secrets-init" => vec![
            "flowlet-secrets init",
            "FLOWLET_SECRETS_DIR=/tmp/v FLOWLET_SECRETS_PASSPHRASE_FILE=pass.txt flowlet-secrets init --no-keyring",
        ],
        "flowlet-secrets-unlock" => vec!["flowlet-secrets unlock", "flowlet-secrets get api"],
        "flowlet-secrets-lock" => vec!["flowlet-secrets lock"],
        "flowlet-secrets-get" => vec![
            "flowlet-secrets get api > token.txt",
            "flowlet-secrets get db --field user",
        ],
        "flowlet-secrets-header" => vec![
            "flowlet-secrets header api | curl -sf -H @- https://api.example.com/",
            "flowlet-secrets header api --format curl-config | curl -K - https://api.example.com/",
        ],
        "flowlet-secrets-add-password" => vec![
            "flowlet-secrets add password api",
            "printf %s \"$KEY\" | flowlet-secrets add password api --header-name X-API-KEY --from-stdin",
        ],
        "flowlet-secrets-add-basic" => vec!["flowlet-secrets add basic site --username alice"],
        "flowlet-secrets-add-headers" => {
            vec![
                "printf 'X-Id: 1\\\\nX-Key: k\\\\n' | flowlet-secrets add headers svc --from-stdin",
            ]
        }
        "flowlet-secrets-add-hs256" => vec!["flowlet-secrets add hs256 signer --generate"],
        "flowlet-secrets-add-rs256" => vec![
            "flowlet-secrets add rs256 signer --generate --bits 3072",
            "flowlet-secrets add rs256 signer --from-file key.pem",
        ],
        "flowlet-secrets-add-postgres" => vec![
            "flowlet-secrets add postgres reporting --host db --port 5432 --user app --database reports -o sslmode=require",
        ],
        "flowlet-secrets-add-mysql" => {
            vec!["flowlet-secrets add mysql shop --host 127.0.0.1 --user app --database shop"]
        }
        "flowlet-secrets-list" => vec![
            "flowlet-secrets list",
            "flowlet-secrets list --type oauth2 --json",
        ],
        "flowlet-secrets-show" => vec![
            "flowlet-secrets show api",
            "flowlet-secrets show api --reveal --json",
        ],
        "flowlet-secrets-rm" => vec!["flowlet-secrets rm api --yes"],
        "flowlet-secrets-rename" => vec!["flowlet-secrets rename api api-old"],
        "flowlet-secrets-edit" => vec![
            "flowlet-secrets edit api --description 'CI token'",
            "flowlet-secrets edit api --value --from-stdin < new-token.txt",
        ],
        "flowlet-secrets-url" => vec!["psql \"$(flowlet-secrets url reporting)\""],
        _ => vec![],
    }
}

fn extra_sections(page: &str, out: &mut Vec<u8>) {
    let ex = examples(page);
    if !ex.is_empty() {
        let body: Vec<String> = ex
            .iter()
            .map(|e| format!(".PP\n.nf\n{}\n.fi", roff_text(e)))
            .collect();
        section(out, "EXAMPLES", &body);
    }
    let mut status = Vec::new();
    for (code, text) in EXIT_STATUS_TABLE {
        status.push(format!(".TP\n\\fB{code}\\fR\n{}", roff_text(text)));
    }
    section(out, "EXIT STATUS", &status);
    let files = [
        (
            "$FLOWLET_SECRETS_DIR, ~/.local/share/flowlet-secrets",
            "The vault directory (mode 0700).",
        ),
        (
            "vault.age",
            "The secrets: a versioned TOML document encrypted with age to the vault's X25519 recipient. `age -d -i IDENTITY vault.age` reads it.",
        ),
        (
            "vault.age.bak",
            "The previous version of vault.age, kept at every change.",
        ),
        (
            "identity.age",
            "The vault's age identity, encrypted with the passphrase (age scrypt).",
        ),
        ("vault.lock", "The lock file that serialises writers."),
    ];
    let body: Vec<String> = files
        .iter()
        .map(|(f, d)| format!(".TP\n\\fI{}\\fR\n{}", roff_text(f), roff_text(d)))
        .collect();
    section(out, "FILES", &body);
    let env = [
        ("FLOWLET_SECRETS_DIR", "The vault directory."),
        (
            "FLOWLET_SECRETS_IDENTITY_FILE",
            "A plain age identity file that unlocks the vault (non-interactive use).",
        ),
        (
            "FLOWLET_SECRETS_PASSPHRASE_FILE",
            "A file whose first line is the passphrase.",
        ),
        (
            "FLOWLET_SECRETS_PASSPHRASE_COMMAND",
            "A shell command that prints the passphrase.",
        ),
        ("BROWSER", "The program that opens authorization URLs."),
    ];
    let body: Vec<String> = env
        .iter()
        .map(|(f, d)| format!(".TP\n\\fB{}\\fR\n{}", roff_text(f), roff_text(d)))
        .collect();
    section(out, "ENVIRONMENT", &body);
    if page != "flowlet-secrets" {
        section(
            out,
            "SEE ALSO",
            &["\\fBflowlet\\-secrets\\fR(1)".to_string()],
        );
    }
}

fn render_page(cmd: clap::Command, page: &str) -> Vec<u8> {
    let man = clap_mangen::Man::new(cmd);
    let mut out = Vec::new();
    // clap_mangen renders into a Vec; writing to memory cannot fail.
    man.render_title(&mut out)
        .expect("should render into memory");
    man.render_name_section(&mut out)
        .expect("should render into memory");
    man.render_synopsis_section(&mut out)
        .expect("should render into memory");
    man.render_description_section(&mut out)
        .expect("should render into memory");
    man.render_options_section(&mut out)
        .expect("should render into memory");
    man.render_subcommands_section(&mut out)
        .expect("should render into memory");
    extra_sections(page, &mut out);
    man.render_version_section(&mut out)
        .expect("should render into memory");
    out
}

fn collect(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let page = format!("{prefix}-{}", sub.get_name());
        let renamed = sub
            .clone()
            .name(page.clone())
            .bin_name(page.replace('-', " "));
        out.push((format!("{page}.1"), render_page(renamed, &page)));
        collect(sub, &page, out);
    }
}

/// Every man page: `flowlet-secrets.1` and one per (sub)command, as (file name, roff).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = vec![(
        "flowlet-secrets.1".to_string(),
        render_page(cmd.clone(), "flowlet-secrets"),
    )];
    collect(&cmd, "flowlet-secrets", &mut out);
    out
}
