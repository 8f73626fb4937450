//! `deskbreak autostart enable | disable | status`: prints what it did, one line per change;
//! `deskbreak_autostart` does it, for each OS.

use std::process::ExitCode;

use crate::cli::AutostartCmd;
use crate::error::{self, AppError};
use deskbreak_autostart::{self as autostart, Action};
use deskbreak_host::paths::Paths;

pub fn run(action: &AutostartCmd, paths: &Paths) -> Result<ExitCode, AppError> {
    // Every step is taken before a word is printed, so that a reader who goes away (a closed
    // stdout) cannot stop `enable` or `disable` halfway; what was done is said even when a
    // later step fails, before that step's error.
    let mut said = Vec::new();
    let action = match *action {
        AutostartCmd::Enable { systemd } => Action::Enable { systemd },
        AutostartCmd::Disable => Action::Disable,
        AutostartCmd::Status => Action::Status,
    };
    let done = autostart::apply(&action, &mut said).map_err(AppError::from);
    #[cfg(windows)]
    let done = done.and_then(|()| register_app_id(&action, paths, &mut said));
    #[cfg(not(windows))]
    let _ = paths;
    let printed = error::print(said.iter().map(|line| format!("{line}\n")).collect::<String>());
    done.and(printed).map(|()| ExitCode::SUCCESS)
}

/// Windows: `enable` also registers deskbreak's app id, so that toasts carry its name from the
/// first login on; a copy not installed by the installer has no other registration.
#[cfg(windows)]
fn register_app_id(action: &Action, paths: &Paths, said: &mut Vec<String>) -> Result<(), AppError> {
    use deskbreak_notify::app_id::{self, Registered};
    if !matches!(action, Action::Enable { .. }) {
        return Ok(());
    }
    match app_id::register(&paths.cache_dir) {
        Ok(Registered::Now(key)) => said.push(format!("Registered {key}: notifications will be titled \"deskbreak\".")),
        Ok(Registered::Already) => {}
        Err(e) => {
            return Err(anyhow::anyhow!(
                "cannot register the app id {} ({e}): notifications stay titled \"Windows PowerShell\"",
                app_id::APP_ID
            )
            .into());
        }
    }
    Ok(())
}
