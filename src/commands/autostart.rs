//! `deskbreak autostart enable | disable | status`: prints what it did, one line per change;
//! `crate::autostart` does it, for each OS.

use std::process::ExitCode;

use crate::autostart::{self, Action};
use crate::cli::AutostartCmd;
use crate::error::{self, AppError};
use crate::paths::Paths;

pub fn run(action: &AutostartCmd, _paths: &Paths) -> Result<ExitCode, AppError> {
    // Every step is taken before a word is printed, so that a reader who goes away (a closed
    // stdout) cannot stop `enable` or `disable` halfway; what was done is said even when a
    // later step fails, before that step's error.
    let mut said = Vec::new();
    let action = match *action {
        AutostartCmd::Enable { systemd } => Action::Enable { systemd },
        AutostartCmd::Disable => Action::Disable,
        AutostartCmd::Status => Action::Status,
    };
    let done = autostart::apply(&action, &mut said);
    let printed = error::print(said.iter().map(|line| format!("{line}\n")).collect::<String>());
    done.and(printed).map(|()| ExitCode::SUCCESS)
}
