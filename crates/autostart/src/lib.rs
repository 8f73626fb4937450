//! Starting deskbreak at login: writes, reports and removes the per-user login entry of each OS.

#[cfg(target_os = "macos")]
mod launchd;
#[cfg(all(unix, not(target_os = "macos")))]
mod linux;
#[cfg(windows)]
mod windows;

#[cfg(target_os = "macos")]
use launchd as platform;
#[cfg(all(unix, not(target_os = "macos")))]
use linux as platform;
#[cfg(windows)]
use windows as platform;

use anyhow::{Context, Result, bail};

use deskbreak_i18n::fl;

/// Why a login entry could not be written, read or removed.
#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    /// The request does not fit this system (`--systemd` on macOS or Windows); the text says why.
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<std::io::Error> for AutostartError {
    fn from(error: std::io::Error) -> Self {
        AutostartError::Other(error.into())
    }
}

/// What to do about starting at login.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start with the session; on Linux `systemd` picks a user unit over an XDG autostart entry.
    Enable {
        systemd: bool,
    },
    Disable,
    /// Say what starts deskbreak, and where its file is.
    Status,
}

/// Carries out `action`, adding a line to `said` for each change made and for what is found.
pub fn apply(action: &Action, said: &mut Vec<String>) -> Result<(), AutostartError> {
    platform::execute(action, said)
}

/// The running binary's canonical path: login entries name it in full, so that they do not
/// depend on the session's `PATH`.
fn current_exe() -> Result<String> {
    let path = std::env::current_exe();
    // Windows' canonical form is a `\\?\` path, which login entries need not carry: the
    // running binary's path is already absolute there.
    #[cfg(not(windows))]
    let path = path.and_then(std::fs::canonicalize);
    let path = path.context("cannot find the path of the running deskbreak binary")?;
    match path.to_str() {
        Some(text) if !text.contains(char::is_control) => Ok(text.to_owned()),
        _ => bail!(
            "{} has characters a login entry cannot hold: install deskbreak under a plainer path",
            path.display()
        ),
    }
}

#[cfg(unix)]
mod entry;

/// What `status` says when deskbreak has no login entry.
fn off() -> String {
    fl!("autostart-off")
}
