//! Opening the user's browser at the authorization URL, or deciding not to.
//!
//! `$BROWSER` wins (a `:`-separated list of commands; `%s` is replaced by the URL,
//! otherwise it is appended), then the platform opener via the `open` crate. On a
//! machine without a display, or in an SSH session, nothing is spawned: the loopback
//! redirect would land on this machine, not on the user's, so the URL is printed.

use std::process::{Command, Stdio};

/// What happened when we tried to show the URL to the user.
#[derive(Debug, PartialEq, Eq)]
pub enum Launch {
    /// A browser was started by this means.
    Opened(String),
    /// Nothing was started, for this reason.
    NotOpened(String),
}

/// Opens `url` unless `no_browser`, reading `$BROWSER`, `$DISPLAY`, `$WAYLAND_DISPLAY`
/// and `$SSH_CONNECTION`/`$SSH_TTY`.
pub fn launch(url: &str, no_browser: bool) -> Launch {
    if no_browser {
        return Launch::NotOpened("--no-browser".into());
    }
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    if let Some(b) = var("BROWSER") {
        for cmd in b.split(':') {
            let mut words: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
            if words.is_empty() {
                continue;
            }
            if words.iter().any(|w| w.contains("%s")) {
                words.iter_mut().for_each(|w| *w = w.replace("%s", url));
            } else {
                words.push(url.to_string());
            }
            let spawned = Command::new(&words[0])
                .args(&words[1..])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            if spawned.is_ok() {
                return Launch::Opened(format!("$BROWSER ({})", words[0]));
            }
        }
        return Launch::NotOpened("no command in $BROWSER could be started".into());
    }
    if var("SSH_CONNECTION").is_some() || var("SSH_TTY").is_some() {
        return Launch::NotOpened("this is an SSH session".into());
    }
    if cfg!(all(unix, not(target_os = "macos")))
        && var("DISPLAY").is_none()
        && var("WAYLAND_DISPLAY").is_none()
    {
        return Launch::NotOpened("there is no graphical display".into());
    }
    match open::that_detached(url) {
        Ok(()) => Launch::Opened("the system browser".into()),
        Err(_) => Launch::NotOpened("no browser could be started".into()),
    }
}
