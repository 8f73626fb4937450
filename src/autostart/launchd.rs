//! macOS: a LaunchAgent plist in ~/Library/LaunchAgents, loaded by launchd at the next login.
//! Not built or tested on this project's CI (see the README).

use anyhow::Context;

use super::Action;
use super::entry::FileEntry;
use crate::error::AppError;

pub fn execute(action: &Action, said: &mut Vec<String>) -> Result<(), AppError> {
    let home = directories::BaseDirs::new().context("cannot find the home directory: set HOME")?;
    let agent = FileEntry {
        kind: "LaunchAgent",
        path: home.home_dir().join("Library/LaunchAgents/deskbreak.plist"),
        template: include_str!("../../packaging/macos/deskbreak.plist"),
        quote: xml_text,
        marker: "<!-- X-Deskbreak-Generated=true -->",
    };
    match action {
        Action::Enable { systemd: true } => {
            return Err(AppError::Invalid(
                "--systemd is for Linux; on macOS, leave it out".into(),
            ));
        }
        Action::Enable { systemd: false } => {
            let exe = super::current_exe()?;
            agent.write(&exe, said)?;
            said.push(format!("deskbreak will start when you log in as: {exe} run"));
        }
        Action::Disable => {
            if !agent.remove(said)? {
                said.push("deskbreak had no LaunchAgent: nothing to remove.".into());
            }
        }
        Action::Status => {
            let line = agent.status_line(&agent.found()?, true);
            said.push(line.unwrap_or_else(|| super::OFF.into()));
        }
    }
    Ok(())
}

fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
