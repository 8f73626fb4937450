//! macOS: a LaunchAgent plist in ~/Library/LaunchAgents, loaded by launchd at the next login.
//! Not built or tested on this project's CI (see the README).

use anyhow::Context;

use super::Action;
use super::entry::FileEntry;
use crate::AutostartError;
use deskbreak_i18n::fl;

pub fn execute(action: &Action, said: &mut Vec<String>) -> Result<(), AutostartError> {
    let home = directories::BaseDirs::new().context("cannot find the home directory: set HOME")?;
    let agent = FileEntry {
        kind: || fl!("autostart-kind-launch-agent"),
        path: home.home_dir().join("Library/LaunchAgents/deskbreak.plist"),
        template: include_str!("../../../packaging/macos/deskbreak.plist"),
        quote: xml_text,
        marker: "<!-- X-Deskbreak-Generated=true -->",
    };
    match action {
        Action::Enable { systemd: true } => {
            return Err(AutostartError::Invalid(fl!("autostart-systemd-elsewhere")));
        }
        Action::Enable { systemd: false } => {
            let exe = super::current_exe()?;
            agent.write(&exe, said)?;
            said.push(fl!("autostart-enabled-login", command = format!("{exe} run")));
        }
        Action::Disable => {
            if !agent.remove(said)? {
                said.push(fl!("autostart-nothing-to-remove-macos"));
            }
        }
        Action::Status => {
            let line = agent.status_line(&agent.found()?, true);
            said.push(line.unwrap_or_else(super::off));
        }
    }
    Ok(())
}

fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
