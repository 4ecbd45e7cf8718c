//! The committed completions and man pages are exactly what the CLI generates today,
//! every page has the required sections and renders cleanly in real groff, and the bash
//! completion script completes in real bash.
//!
//! On a mismatch the test prints a short diff and the fix:
//! `FLOWLET_UPDATE_GENERATED=1 cargo test generated` rewrites `completions/` and `man/`
//! (and deletes pages of commands that are gone); then commit the result.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::io::Write as _;

use flowlet_secrets::generate;

const FIX: &str = "FLOWLET_UPDATE_GENERATED=1 cargo test generated";
const DIFF_LINES: usize = 40;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn update_mode() -> bool {
    std::env::var("FLOWLET_UPDATE_GENERATED").is_ok_and(|v| v == "1")
}

/// A unified diff of `old` against `new`, cut to [`DIFF_LINES`] lines.
fn short_diff(name: &str, old: &[u8], new: &[u8]) -> String {
    let old = String::from_utf8_lossy(old);
    let new = String::from_utf8_lossy(new);
    let diff = similar::TextDiff::from_lines(old.as_ref(), new.as_ref());
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{name} (committed)"),
            &format!("{name} (generated)"),
        )
        .to_string();
    let mut lines: Vec<&str> = text.lines().collect();
    let total = lines.len();
    lines.truncate(DIFF_LINES);
    let mut out = lines.join("\n");
    if total > DIFF_LINES {
        let _ = write!(out, "\n... ({} more diff lines)", total - DIFF_LINES);
    }
    out
}

/// Compares `expected` (file name, bytes) with the files in `dir` whose names
/// `is_ours` accepts: a file is stale, missing, or no longer generated. In update mode,
/// rewrites and deletes instead, and passes.
fn check_dir(dir: &str, expected: &[(String, Vec<u8>)], is_ours: impl Fn(&str) -> bool) {
    let dir_path = repo().join(dir);
    let mut problems = Vec::new();
    let mut diffs = String::new();
    for (name, bytes) in expected {
        let path = dir_path.join(name);
        match std::fs::read(&path) {
            Ok(old) if &old == bytes => {}
            Ok(old) => {
                problems.push(format!("{dir}/{name} is stale"));
                if diffs.lines().count() < 3 * DIFF_LINES {
                    let _ = writeln!(
                        diffs,
                        "{}",
                        short_diff(&format!("{dir}/{name}"), &old, bytes)
                    );
                }
            }
            Err(_) => problems.push(format!("{dir}/{name} is missing")),
        }
    }
    let names: BTreeSet<&str> = expected.iter().map(|(n, _)| n.as_str()).collect();
    let mut extra = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir_path) {
        for e in entries {
            let file = e.unwrap().file_name().into_string().unwrap();
            if is_ours(&file) && !names.contains(file.as_str()) {
                problems.push(format!(
                    "{dir}/{file} no longer corresponds to a command (or shell)"
                ));
                extra.push(dir_path.join(file));
            }
        }
    }
    if problems.is_empty() {
        return;
    }
    if update_mode() {
        std::fs::create_dir_all(&dir_path).unwrap();
        for (name, bytes) in expected {
            let path = dir_path.join(name);
            if std::fs::read(&path).ok().as_ref() != Some(bytes) {
                std::fs::write(&path, bytes).unwrap();
            }
        }
        for p in extra {
            std::fs::remove_file(p).unwrap();
        }
        eprintln!("updated {dir}/:\n  {}", problems.join("\n  "));
        return;
    }
    panic!(
        "{dir}/ does not match the CLI:\n  {}\n\n{diffs}\nRegenerate with:\n    {FIX}\nand commit {dir}/.",
        problems.join("\n  ")
    );
}

fn all_completions() -> Vec<(String, Vec<u8>)> {
    generate::SHELLS
        .iter()
        .map(|(shell, file)| (file.to_string(), generate::completions(*shell)))
        .collect()
}

#[test]
fn generated_completions_are_current() {
    let files: Vec<&str> = generate::SHELLS.iter().map(|(_, f)| *f).collect();
    check_dir("completions", &all_completions(), |name| {
        // Everything in completions/ is ours: a file for a shell we dropped is stale.
        !name.starts_with('.') || files.contains(&name)
    });
}

#[test]
fn generated_man_pages_are_current() {
    let pages = generate::man_pages();
    check_dir("man", &pages, |name| name.ends_with(".1"));
}

/// The contract of every page (issue 2): EXAMPLES, EXIT STATUS and FILES, and a page
/// for each visible command.
#[test]
fn generated_man_pages_have_the_required_sections() {
    let pages = generate::man_pages();
    for (name, bytes) in &pages {
        let text = String::from_utf8(bytes.clone()).unwrap();
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION"] {
            assert!(
                text.contains(&format!(".SH {section}\n")),
                "{name}: {section}"
            );
        }
        for section in [
            "EXAMPLES",
            "EXIT STATUS",
            "FILES",
            "ENVIRONMENT",
            "SEE ALSO",
        ] {
            assert!(
                text.contains(&format!(".SH \"{section}\"\n")),
                "{name} has no {section} section"
            );
        }
        assert!(text.is_ascii(), "{name} is not plain ASCII roff");
    }
    let names: BTreeSet<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for page in [
        "flowlet-secrets.1",
        "flowlet-secrets-get.1",
        "flowlet-secrets-header.1",
        "flowlet-secrets-add-password.1",
        "flowlet-secrets-completions.1",
    ] {
        assert!(names.contains(page), "{page} missing from {names:?}");
    }
}

/// Real groff, as `man` runs it, warns about nothing on any page (`-ww`: all warnings).
#[test]
fn generated_man_pages_render_in_groff_without_warnings() {
    for (name, bytes) in generate::man_pages() {
        let mut child = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("groff should be installed (Debian package groff-base)");
        child.stdin.take().unwrap().write_all(&bytes).unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.is_empty(),
            "{name}:\n{stderr}"
        );
    }
    // And the rendering shows what a reader needs, with ASCII hyphens intact.
    let (_, get) = generate::man_pages()
        .into_iter()
        .find(|(n, _)| n == "flowlet-secrets-get.1")
        .unwrap();
    let text = render_ascii(&get);
    for want in [
        "flowlet-secrets get [-f|--field]",
        "EXIT STATUS",
        "flowlet-secrets get api > token.txt",
        "age -d -i IDENTITY vault.age",
    ] {
        assert!(text.contains(want), "{want:?} not in:\n{text}");
    }
}

fn render_ascii(page: &[u8]) -> String {
    let mut child = Command::new("groff")
        .args(["-man", "-Tascii", "-P-cbou", "-rLL=200n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(page).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Completes `words` (the last one being completed) in real bash with the generated
/// script, and returns COMPREPLY.
fn bash_complete(script: &Path, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
        .collect();
    let program = format!(
        r#"source "$1"
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
func=$(complete -p flowlet-secrets | sed -n 's/.*-F \([^ ]*\).*/\1/p')
"$func" flowlet-secrets "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = quoted.join(" ")
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program, "bash"])
        .arg(script)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn generated_bash_completion_completes_in_bash() {
    let tmp = tempfile::tempdir().unwrap();
    let script = tmp.path().join("flowlet-secrets.bash");
    std::fs::write(&script, generate::completions(clap_complete::Shell::Bash)).unwrap();

    let top = bash_complete(&script, &["flowlet-secrets", ""]);
    for sub in ["add", "get", "header", "list", "unlock"] {
        assert!(top.iter().any(|w| w == sub), "{sub} not in {top:?}");
    }
    assert_eq!(
        bash_complete(&script, &["flowlet-secrets", "add", "pas"]),
        ["password"]
    );
    let formats = bash_complete(
        &script,
        &["flowlet-secrets", "header", "api", "--format", ""],
    );
    for f in ["lines", "json", "curl-config"] {
        assert!(formats.iter().any(|w| w == f), "{f} not in {formats:?}");
    }
    let opts = bash_complete(&script, &["flowlet-secrets", "get", "api", "--fi"]);
    assert_eq!(opts, ["--field"]);
}
