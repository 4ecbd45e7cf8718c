//! Examples are code: every `flowlet-secrets …` command line shown in README.md, docs/*.md
//! (fenced `sh` blocks) and the man pages' EXAMPLES is parsed with the real clap definition,
//! so an example cannot name an option or a command that does not exist.
//!
//! A line is split into commands at `|`, `&&`, `||` and `;`, and every `$( … )` is searched
//! too; redirections and leading `VAR=value` assignments are dropped. Synopsis brackets
//! (`[--json]`) are tried both ways: with the bracketed words and without them.

use std::path::Path;

use clap::Parser;
use flowlet_secrets::cli::Cli;

/// Joins backslash-continued lines and returns (line number, text) for every line inside a
/// fenced code block whose info string is a shell.
fn shell_lines(markdown: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_shell = false;
    let mut in_other = false;
    let mut pending: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            if in_shell || in_other {
                in_shell = false;
                in_other = false;
            } else if matches!(info.trim(), "sh" | "bash" | "shell" | "console") {
                in_shell = true;
            } else {
                in_other = true;
            }
            continue;
        }
        if !in_shell {
            continue;
        }
        let (start, mut text) = pending.take().unwrap_or((i + 1, String::new()));
        let piece = trimmed.strip_prefix("$ ").unwrap_or(trimmed);
        if let Some(cont) = piece.strip_suffix('\\') {
            text.push_str(cont);
            text.push(' ');
            pending = Some((start, text));
        } else {
            text.push_str(piece);
            out.push((start, text));
        }
    }
    out
}

/// Drops an unquoted `#` comment.
fn strip_comment(line: &str) -> &str {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return &line[..i],
            _ => {}
        }
        prev = c;
    }
    line
}

/// Every command (as words) in one shell line whose program is `flowlet-secrets`.
fn commands(line: &str) -> Vec<Vec<String>> {
    let line = strip_comment(line);
    let Ok(words) = shell_words::split(line) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Command substitutions, wherever they sit (inside quotes or not).
    for w in &words {
        let mut rest = w.as_str();
        while let Some(at) = rest.find("$(") {
            let inner = &rest[at + 2..];
            let end = inner.rfind(')').unwrap_or(inner.len());
            out.extend(commands(&inner[..end]));
            rest = &inner[end..];
        }
    }
    let mut current: Vec<String> = Vec::new();
    let mut skip_next = false;
    let finish = |current: &mut Vec<String>, out: &mut Vec<Vec<String>>| {
        let cmd: Vec<String> = current
            .drain(..)
            .skip_while(|w| w.contains('=') && !w.starts_with('-'))
            .collect();
        let is_ours = cmd
            .first()
            .is_some_and(|p| p == "flowlet-secrets" || p.ends_with("/flowlet-secrets"));
        if is_ours {
            out.push(cmd);
        }
    };
    for w in words {
        if skip_next {
            skip_next = false;
            continue;
        }
        match w.as_str() {
            "|" | "&&" | "||" | ";" | "&" => finish(&mut current, &mut out),
            "<" | ">" | ">>" | "2>" | "2>>" | "&>" | "<<<" => skip_next = true,
            _ if w.starts_with('<') || w.starts_with('>') || w.starts_with("2>") => {}
            _ => {
                if let Some(stripped) = w.strip_suffix(';') {
                    current.push(stripped.to_string());
                    finish(&mut current, &mut out);
                } else {
                    current.push(w);
                }
            }
        }
    }
    finish(&mut current, &mut out);
    out
}

/// The argv variants of one documented command: brackets taken literally removed, and
/// bracketed words dropped.
fn variants(cmd: &[String]) -> Vec<Vec<String>> {
    if !cmd.iter().any(|w| w.starts_with('[')) {
        return vec![cmd.to_vec()];
    }
    let with: Vec<String> = cmd
        .iter()
        .map(|w| w.trim_start_matches('[').trim_end_matches(']').to_string())
        .filter(|w| !w.is_empty() && w != "...")
        .collect();
    let mut without = Vec::new();
    let mut depth = 0usize;
    for w in cmd {
        let opens = w.starts_with('[');
        if opens {
            depth += w.chars().take_while(|c| *c == '[').count();
        }
        if depth == 0 {
            without.push(w.clone());
        }
        depth = depth.saturating_sub(w.chars().rev().take_while(|c| *c == ']').count());
    }
    vec![with, without]
}

/// Parses `cmd` with the real clap definition; `--help` and `--version` count as parsed.
fn check(cmd: &[String], place: &str, failures: &mut Vec<String>) {
    for argv in variants(cmd) {
        if let Err(e) = Cli::try_parse_from(&argv) {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                continue;
            }
            let first = e.to_string().lines().next().unwrap_or_default().to_string();
            failures.push(format!("{place}: `{}`: {first}", argv.join(" ")));
        }
    }
}

#[test]
fn every_documented_command_line_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<_> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);

    let mut failures = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let rel = file.strip_prefix(root).unwrap().display().to_string();
        for (line_no, line) in shell_lines(&text) {
            for cmd in commands(&line) {
                checked += 1;
                check(&cmd, &format!("{rel}:{line_no}"), &mut failures);
            }
        }
    }
    for (page, examples) in flowlet_secrets::generate::EXAMPLES {
        for (what, command) in *examples {
            let fenced = format!("```sh\n{command}\n```\n");
            for (_, line) in shell_lines(&fenced) {
                for cmd in commands(&line) {
                    checked += 1;
                    check(&cmd, &format!("man page {page} ({what})"), &mut failures);
                }
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} documented command lines were found; the extractor is broken"
    );
    assert!(
        failures.is_empty(),
        "{} documented command line(s) do not parse:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_extractor_finds_commands_inside_pipes_substitutions_and_continuations() {
    let md = "```sh\nprintf %s x | flowlet-secrets add password api --from-stdin # c\n\
              psql \"$(flowlet-secrets url db)\" && FOO=1 flowlet-secrets \\\n    get api\n```\n\
              ```toml\nflowlet-secrets not shell\n```\n";
    let cmds: Vec<Vec<String>> = shell_lines(md)
        .iter()
        .flat_map(|(_, l)| commands(l))
        .collect();
    assert_eq!(
        cmds,
        vec![
            vec!["flowlet-secrets", "add", "password", "api", "--from-stdin"],
            vec!["flowlet-secrets", "url", "db"],
            vec!["flowlet-secrets", "get", "api"],
        ]
    );
    // An option that does not exist is caught.
    let mut failures = Vec::new();
    check(
        &[
            "flowlet-secrets".into(),
            "get".into(),
            "--no-such-flag".into(),
        ],
        "x",
        &mut failures,
    );
    assert_eq!(failures.len(), 1);
    // Both readings of a synopsis are checked.
    assert_eq!(
        variants(&["flowlet-secrets".into(), "list".into(), "[--json]".into()]).len(),
        2
    );
}
