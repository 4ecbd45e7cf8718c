//! The output side of `run` with masking: the child's stdout and stderr go through a
//! [`Masker`] to ours, on a pseudo-terminal where ours is a terminal, so `[ -t 1 ]`, colours
//! and progress bars behave as if the child wrote to the terminal itself.
//!
//! Only the output streams are redirected. The child keeps our stdin and our controlling
//! terminal and stays in our process group, so what `run` already does for signals holds
//! unchanged: keys typed at the terminal (Ctrl-C, Ctrl-Z) reach the child from the
//! terminal, and prompts read with echo off work on the real terminal. A full
//! `script(1)`-style relay (the pty as controlling terminal, our terminal in raw mode)
//! would need `setsid`/`TIOCSCTTY` in the child before `exec`, i.e. unsafe code, and would
//! take over job control; it buys nothing for masking.
//!
//! Each pty is opened with output post-processing off (`-opost`), so the bytes the child
//! writes are the bytes we mask (no `\n` -> `\r\n`, which would hide a multi-line secret);
//! our own terminal adds the carriage returns when we write. The window size is copied at
//! start and on [`Copying::resize`] (call it on SIGWINCH; the child gets SIGWINCH from the
//! terminal, being in its foreground group).
//!
//! Exit status and signals are the caller's: this module never waits for the child.

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::thread::JoinHandle;

use rustix::fs::{Mode, OFlags};
use rustix::pty::OpenptFlags;
use rustix::termios::{self, OptionalActions, OutputModes, Winsize};
use zeroize::Zeroizing;

use crate::mask::{Masker, SecretSet};

/// A terminal's size in character cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowSize {
    /// Rows.
    pub rows: u16,
    /// Columns.
    pub cols: u16,
}

impl From<WindowSize> for Winsize {
    fn from(s: WindowSize) -> Self {
        Winsize {
            ws_row: s.rows,
            ws_col: s.cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        }
    }
}

/// The size of the terminal `fd` is on, or `None` when it is not a terminal.
pub fn window_size(fd: impl AsFd) -> Option<WindowSize> {
    termios::tcgetwinsize(fd).ok().map(|w| WindowSize {
        rows: w.ws_row,
        cols: w.ws_col,
    })
}

/// Where one of the child's output streams goes.
pub struct Output {
    /// Our stream, or anything else that takes bytes (tests use a buffer).
    pub sink: Box<dyn Write + Send>,
    /// `Some(size)` to give the child a pseudo-terminal of that size (when our stream is
    /// a terminal); `None` for a pipe.
    pub terminal: Option<WindowSize>,
}

/// A pseudo-terminal pair: we read the master, the child writes the slave.
struct Pty {
    master: OwnedFd,
    slave: OwnedFd,
}

fn open_pty(size: WindowSize) -> io::Result<Pty> {
    let master = rustix::pty::openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY)?;
    rustix::pty::grantpt(&master)?;
    rustix::pty::unlockpt(&master)?;
    let name = rustix::pty::ptsname(&master, Vec::new())?;
    // NOCTTY: the slave must not become our controlling terminal.
    let slave = rustix::fs::open(
        name.as_c_str(),
        OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    let mut t = termios::tcgetattr(&slave)?;
    t.output_modes.remove(OutputModes::OPOST);
    termios::tcsetattr(&slave, OptionalActions::Now, &t)?;
    termios::tcsetwinsize(&slave, size.into())?;
    // CLOEXEC on the master too, so no other child inherits it.
    rustix::io::fcntl_setfd(&master, rustix::io::FdFlags::CLOEXEC)?;
    Ok(Pty { master, slave })
}

/// The copying threads of a spawned child, and the ptys to resize.
#[derive(Debug)]
pub struct Copying {
    threads: Vec<JoinHandle<io::Result<()>>>,
    ptys: Vec<OwnedFd>,
}

/// Spawns `cmd` with its stdout and stderr masked into `stdout` and `stderr`.
///
/// `cmd`'s stdin and environment are left as the caller set them. `cmd` is consumed so
/// that our copies of the child's ends are closed once it has started: the copying ends
/// when every process holding them (the child and anything it left running) has exited.
///
/// # Errors
///
/// Opening a pty or pipe, or spawning (the error of [`Command::spawn`], whose kind tells
/// "not found" from "cannot execute").
pub fn spawn(
    mut cmd: Command,
    secrets: Arc<SecretSet>,
    stdout: Output,
    stderr: Output,
) -> io::Result<(Child, Copying)> {
    let mut readers = Vec::new();
    let mut ptys = Vec::new();
    let mut child_ends = Vec::new();
    for out in [&stdout, &stderr] {
        let (reader, child_end): (OwnedFd, OwnedFd) = match out.terminal {
            Some(size) => {
                let pty = open_pty(size)?;
                ptys.push(pty.master.try_clone()?);
                (pty.master, pty.slave)
            }
            None => {
                let (r, w) = io::pipe()?;
                (r.into(), w.into())
            }
        };
        readers.push((reader, out.terminal.is_some()));
        child_ends.push(child_end);
    }
    let err_end = child_ends.pop().expect("two streams");
    let out_end = child_ends.pop().expect("two streams");
    cmd.stdout(Stdio::from(out_end));
    cmd.stderr(Stdio::from(err_end));
    let child = cmd.spawn();
    // Dropping the command closes our copies of the child's ends.
    drop(cmd);
    let child = child?;
    let threads = readers
        .into_iter()
        .zip([stdout.sink, stderr.sink])
        .map(|((reader, is_pty), sink)| {
            let secrets = secrets.clone();
            std::thread::spawn(move || copy(File::from(reader), is_pty, sink, secrets))
        })
        .collect();
    Ok((child, Copying { threads, ptys }))
}

/// Reads `reader` to its end through a masker into `sink`.
fn copy(
    mut reader: File,
    is_pty: bool,
    sink: Box<dyn Write + Send>,
    secrets: Arc<SecretSet>,
) -> io::Result<()> {
    let mut masker = Masker::new(sink, secrets);
    let mut buf = Zeroizing::new(vec![0u8; 16 * 1024]);
    loop {
        match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                masker.write_all(&buf[..n])?;
                // Interactive output (a prompt) must show now, not when the buffer fills.
                masker.flush()?;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            // Linux reports the end of a pty (every slave closed) as EIO.
            Err(e) if is_pty && e.raw_os_error() == Some(rustix::io::Errno::IO.raw_os_error()) => {
                break;
            }
            Err(e) => return Err(e),
        }
    }
    masker.finish()?;
    Ok(())
}

impl Copying {
    /// Gives every pty the new size (on SIGWINCH of our terminal).
    ///
    /// # Errors
    ///
    /// The `TIOCSWINSZ` ioctl's.
    pub fn resize(&self, size: WindowSize) -> io::Result<()> {
        for m in &self.ptys {
            termios::tcsetwinsize(m, size.into())?;
        }
        Ok(())
    }

    /// Waits until both streams are copied (after the child and whatever it started and
    /// left holding its output have exited).
    ///
    /// # Errors
    ///
    /// The first error writing to a sink (our stdout closed, say) or reading.
    pub fn finish(self) -> io::Result<()> {
        let mut first = Ok(());
        for t in self.threads {
            let r = t
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("the output copier panicked")));
            if first.is_ok() {
                first = r;
            }
        }
        first
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::os::unix::process::ExitStatusExt;
    use std::sync::Mutex;

    use super::*;

    /// A sink the test can read after the copy.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    const SIZE: WindowSize = WindowSize {
        rows: 33,
        cols: 101,
    };

    /// Runs `sh -c script` with SECRET in its environment; returns status, stdout, stderr.
    fn run(
        script: &str,
        out_tty: bool,
        err_tty: bool,
    ) -> (std::process::ExitStatus, String, String) {
        let (out, err) = (Shared::default(), Shared::default());
        let mut cmd = Command::new("sh");
        cmd.args(["-c", script])
            .env("SECRET", "hunter2-correct-horse")
            .stdin(Stdio::null());
        let secrets = Arc::new(SecretSet::new(["hunter2-correct-horse"]));
        let (mut child, copying) = spawn(
            cmd,
            secrets,
            Output {
                sink: Box::new(out.clone()),
                terminal: out_tty.then_some(SIZE),
            },
            Output {
                sink: Box::new(err.clone()),
                terminal: err_tty.then_some(SIZE),
            },
        )
        .unwrap();
        let status = child.wait().unwrap();
        copying.finish().unwrap();
        (status, out.text(), err.text())
    }

    #[test]
    fn the_child_sees_a_terminal_and_its_output_is_masked() {
        let script = r#"[ -t 1 ] && echo "stdout-is-a-tty" || echo "stdout-not-a-tty"
            printf 'pw=%s\n' "$SECRET"
            printf 'split=hunter2-cor'; printf 'rect-horse\n'
            [ -t 2 ] && echo "stderr-is-a-tty $SECRET" >&2"#;
        let (status, out, err) = run(script, true, true);
        assert!(status.success());
        assert!(out.contains("stdout-is-a-tty\n"), "{out:?}");
        assert!(
            !out.contains("hunter2") && !err.contains("hunter2"),
            "{out:?} {err:?}"
        );
        assert!(
            out.contains("pw=<concealed by flowlet-secrets>\n"),
            "{out:?}"
        );
        assert!(
            out.contains("split=<concealed by flowlet-secrets>\n"),
            "{out:?}"
        );
        assert_eq!(err, "stderr-is-a-tty <concealed by flowlet-secrets>\n");
        // -opost: newlines arrive as the child wrote them.
        assert!(!out.contains('\r'), "{out:?}");
    }

    #[test]
    fn pipes_where_ours_are_not_terminals() {
        let script = r#"[ -t 1 ] || echo "stdout-not-a-tty $SECRET"
            [ -t 2 ] && echo "stderr-is-a-tty" >&2 || echo "stderr-not-a-tty" >&2"#;
        let (_, out, err) = run(script, false, true);
        assert_eq!(out, "stdout-not-a-tty <concealed by flowlet-secrets>\n");
        assert_eq!(err, "stderr-is-a-tty\n");
        let (_, out, err) = run(script, false, false);
        assert_eq!(out, "stdout-not-a-tty <concealed by flowlet-secrets>\n");
        assert_eq!(err, "stderr-not-a-tty\n");
    }

    #[test]
    fn exit_status_and_signals_pass_through() {
        let (status, _, _) = run("echo x; exit 7", true, false);
        assert_eq!(status.code(), Some(7));
        let (status, out, _) = run("echo before; kill -TERM $$", true, true);
        assert_eq!(status.signal(), Some(15));
        assert_eq!(out, "before\n");
    }

    #[test]
    fn window_size_is_set_and_forwarded() {
        let out = Shared::default();
        let mut cmd = Command::new("sh");
        // stty reads the size of its stdin; point it at the pty on fd 1.
        cmd.args(["-c", "stty size <&1; read line; stty size <&1"])
            .stdin(Stdio::piped());
        let (mut child, copying) = spawn(
            cmd,
            Arc::new(SecretSet::new::<_, &[u8]>([])),
            Output {
                sink: Box::new(out.clone()),
                terminal: Some(SIZE),
            },
            Output {
                sink: Box::new(io::sink()),
                terminal: None,
            },
        )
        .unwrap();
        copying
            .resize(WindowSize {
                rows: 40,
                cols: 120,
            })
            .unwrap();
        child.stdin.take().unwrap().write_all(b"go\n").unwrap();
        assert!(child.wait().unwrap().success());
        copying.finish().unwrap();
        // The first size may be read before or after the resize; the second is the new one.
        let text = out.text();
        assert!(
            text == "33 101\n40 120\n" || text == "40 120\n40 120\n",
            "{text:?}"
        );
    }

    #[test]
    fn a_missing_program_is_a_spawn_error() {
        let err = spawn(
            Command::new("/nonexistent/flowlet-test-program"),
            Arc::new(SecretSet::new(["abcdef"])),
            Output {
                sink: Box::new(io::sink()),
                terminal: Some(SIZE),
            },
            Output {
                sink: Box::new(io::sink()),
                terminal: None,
            },
        )
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert_eq!(window_size(std::fs::File::open("/dev/null").unwrap()), None);
    }
}
