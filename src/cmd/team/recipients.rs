//! `recipients list|add|rm|ack`.

use crate::cli::GlobalArgs;
use crate::cli::team::{
    RecipientsAckArgs, RecipientsAddArgs, RecipientsListArgs, RecipientsRmArgs,
};
use crate::error::{CliError, CliResult, user_error};
use crate::secret::now_unix;
use crate::term;
use crate::vault::team::{self, Member, Team};

use super::{Opened, accept, confirm, open_team, read_small_text};

fn open(g: &GlobalArgs) -> CliResult<Opened> {
    let paths = crate::cmd::vault::vault_paths(g)?;
    if !paths.exists() {
        return Err(crate::vault::VaultError::NotFound(paths.vault()).into());
    }
    open_team(g, paths, true)
}

fn team_of(doc: &mut crate::vault::VaultDoc) -> Result<&mut Team, CliError> {
    doc.team
        .as_mut()
        .ok_or_else(|| user_error("this is not a team vault"))
}

/// `recipients list [--json]`.
pub fn cmd_team_recipients_list(g: &GlobalArgs, a: RecipientsListArgs) -> CliResult {
    let o = open(g)?;
    let me = o.identity.to_public().to_string();
    let t = o.doc.team.as_ref().expect("open_team checks");
    if a.json {
        let v: Vec<_> = t
            .members
            .iter()
            .map(|m| {
                serde_json::json!({
                    "label": m.label, "recipient": m.recipient,
                    "added": m.added, "you": m.recipient == me,
                })
            })
            .collect();
        println!("{}", term::terminal_safe_json(&serde_json::Value::Array(v)));
    } else {
        for m in &t.members {
            println!(
                "{}\t{}\t{}{}",
                term::sanitize(&m.label),
                term::sanitize(&m.recipient),
                m.added,
                if m.recipient == me { "\t(you)" } else { "" }
            );
        }
    }
    eprintln!("Team pin: {} (FLOWLET_SECRETS_TEAM_PIN)", t.pin());
    Ok(())
}

/// `recipients add LABEL RECIPIENT | --from-file PATH`.
pub fn cmd_team_recipients_add(g: &GlobalArgs, a: RecipientsAddArgs) -> CliResult {
    super::init::check_label(&a.label)?;
    let text = match (&a.recipient, &a.from_file) {
        (Some(r), _) => r.clone(),
        (None, Some(p)) => {
            let t = read_small_text(p, "the recipient file")?;
            let lines: Vec<_> = t
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            match lines.as_slice() {
                [one] => one.to_string(),
                _ => {
                    return Err(user_error(format!(
                        "{} must hold exactly one recipient line",
                        p.display()
                    ))
                    .hinted("add one member per label"));
                }
            }
        }
        (None, None) => return Err(user_error("give a RECIPIENT or --from-file")),
    };
    // The comment of an SSH public key is not part of the recipient.
    let recipient = match text.split_whitespace().collect::<Vec<_>>().as_slice() {
        [kind, key, ..] if kind.starts_with("ssh-") => format!("{kind} {key}"),
        _ => text.trim().to_string(),
    };
    team::parse_recipient(&recipient).map_err(|e| {
        let hint = match e {
            team::TeamError::Plugin(_) => "install the age plugin and a flowlet-secrets build with plugin support, or use an X25519 or SSH key",
            _ => "give an age1... key, or the first two words of an ssh-ed25519/ssh-rsa .pub line",
        };
        user_error(e.to_string()).hinted(hint)
    })?;
    let o = open(g)?;
    let label = a.label.clone();
    let state = o.state.clone();
    let t = o.vault.update(|doc| {
        let t = team_of(doc)?;
        if t.member(&label).is_some() {
            return Err(user_error(format!("a member labelled {label:?} exists"))
                .hinted("pick another label, or `recipients rm` the old one first"));
        }
        if let Some(m) = t.members.iter().find(|m| m.recipient == recipient) {
            return Err(user_error(format!(
                "that recipient is already the member {:?}",
                m.label
            )));
        }
        t.members.push(Member {
            label: label.clone(),
            recipient: recipient.clone(),
            added: now_unix(),
        });
        t.step_key();
        Ok::<_, CliError>(t.clone())
    })?;
    accept(&state, &t)?;
    eprintln!(
        "Added member {label}; vault.age is now encrypted to {} members",
        t.members.len()
    );
    Ok(())
}

/// `recipients rm LABEL`.
pub fn cmd_team_recipients_rm(g: &GlobalArgs, a: RecipientsRmArgs) -> CliResult {
    let o = open(g)?;
    let me = o.identity.to_public().to_string();
    let label = a.label.clone();
    let t = o.doc.team.as_ref().expect("open_team checks");
    let Some(m) = t.member(&label) else {
        return Err(user_error(format!("no member labelled {label:?}"))
            .hinted("`flowlet-secrets recipients list` shows the members"));
    };
    if m.recipient == me {
        return Err(user_error(
            "refusing to remove yourself: the vault would be written without your key",
        )
        .hinted("ask another member to remove you"));
    }
    if t.members.len() == 1 {
        return Err(user_error("refusing to remove the last member"));
    }
    confirm(
        &format!("Remove member {label} and mark every secret for rotation?"),
        a.yes,
    )?;
    let state = o.state.clone();
    let (t, n) = o.vault.update(|doc| {
        let t = team_of(doc)?;
        t.members.retain(|m| m.label != label);
        t.step_key();
        let t = t.clone();
        for e in doc.secrets.values_mut() {
            e.rotation_due = true;
        }
        Ok::<_, CliError>((t, doc.secrets.len()))
    })?;
    accept(&state, &t)?;
    eprintln!("Removed member {label}; {n} secrets marked for rotation");
    term::warn(
        "the history of vault.age stays readable to the removed member: rotate the marked secrets",
    );
    Ok(())
}

/// `recipients ack`.
pub fn cmd_team_recipients_ack(g: &GlobalArgs, a: RecipientsAckArgs) -> CliResult {
    let o = open(g)?;
    let t = o.doc.team.as_ref().expect("open_team checks");
    confirm("Accept the team vault's current member set?", a.yes)?;
    accept(&o.state, t)?;
    eprintln!("Accepted {} members", t.members.len());
    Ok(())
}
