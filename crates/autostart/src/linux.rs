//! Linux and the BSDs: an XDG autostart entry, or a systemd user unit bound to the graphical
//! session and enabled through `systemctl --user`.

use anyhow::{Context, Result, anyhow, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

use super::Action;
use super::entry::{FileEntry, Found};
use crate::AutostartError;
use deskbreak_i18n::fl;

const MARKER: &str = "X-Deskbreak-Generated=true";
const UNIT: &str = "deskbreak.service";

pub fn execute(action: &Action, said: &mut Vec<String>) -> Result<(), AutostartError> {
    let config = directories::BaseDirs::new()
        .context("cannot find the home directory: set HOME or XDG_CONFIG_HOME")?
        .config_dir()
        .to_path_buf();
    let xdg = xdg_entry(&config);
    let unit = unit_entry(&config);
    match action {
        Action::Enable { systemd: false } => {
            let exe = super::current_exe()?;
            xdg.write(&exe, said)?;
            disable_unit(&unit, said)?;
            said.push(fl!("autostart-enabled-session", command = format!("{exe} run")));
        }
        Action::Enable { systemd: true } => {
            let exe = super::current_exe()?;
            unit.write(&exe, said)?;
            xdg.remove(said)?;
            enable_unit(said)?;
        }
        Action::Disable => {
            let removed_entry = xdg.remove(said)?;
            if !disable_unit(&unit, said)? && !removed_entry {
                said.push(fl!("autostart-nothing-to-remove-linux"));
            }
        }
        Action::Status => {
            let unit_found = unit.found()?;
            let enabled = is_enabled(&unit);
            let mut lines: Vec<String> = [
                xdg.status_line(&xdg.found()?, true),
                unit.status_line(&unit_found, enabled),
            ]
            .into_iter()
            .flatten()
            .collect();
            if matches!(unit_found, Found::Ours(_)) && !enabled {
                lines.push(fl!("autostart-unit-enable-hint", unit = UNIT));
            }
            if lines.is_empty() {
                lines.push(super::off());
            }
            said.extend(lines);
        }
    }
    Ok(())
}

fn xdg_entry(config: &Path) -> FileEntry {
    FileEntry {
        kind: || fl!("autostart-kind-xdg"),
        path: config.join("autostart/deskbreak.desktop"),
        template: include_str!("../../../packaging/linux/deskbreak-autostart.desktop"),
        quote: desktop_exec_arg,
        marker: MARKER,
    }
}

fn unit_entry(config: &Path) -> FileEntry {
    FileEntry {
        kind: || fl!("autostart-kind-unit"),
        path: config.join("systemd/user").join(UNIT),
        template: include_str!("../../../packaging/linux/deskbreak.service"),
        quote: systemd_exec_arg,
        marker: MARKER,
    }
}

/// Enables the written unit, if a user manager answers; otherwise says plainly that it did not.
fn enable_unit(said: &mut Vec<String>) -> Result<()> {
    // The reload both asks whether a manager runs and makes it read the unit as written now.
    if let Err(why) = systemctl(&["daemon-reload"]) {
        bail!(fl!("autostart-no-user-manager", reason = why, unit = UNIT));
    }
    systemctl(&["enable", UNIT]).map_err(|why| anyhow!(fl!("autostart-enable-failed", unit = UNIT, reason = why)))?;
    said.push(fl!("autostart-unit-enabled", unit = UNIT));
    Ok(())
}

/// Removes deskbreak's unit and the one link `systemctl --user enable` made for it; by hand, so
/// that it works with no user manager running too. Returns whether there was a unit to remove.
fn disable_unit(unit: &FileEntry, said: &mut Vec<String>) -> Result<bool> {
    if matches!(unit.found()?, Found::Ours(_)) && is_enabled(unit) {
        let link = wants_link(unit);
        std::fs::remove_file(&link).with_context(|| format!("cannot remove {}", link.display()))?;
        said.push(fl!("autostart-removed-link", link = link.display().to_string()));
    }
    let removed = unit.remove(said)?;
    if removed {
        // A running manager forgets the unit now; with none there is nothing to tell.
        let _ = systemctl(&["daemon-reload"]);
    }
    Ok(removed)
}

/// Where `systemctl --user enable` links the unit, from its `WantedBy=`.
fn wants_link(unit: &FileEntry) -> PathBuf {
    unit.path.with_file_name("graphical-session.target.wants").join(UNIT)
}

fn is_enabled(unit: &FileEntry) -> bool {
    let target = std::fs::canonicalize(wants_link(unit)).ok();
    target.is_some() && target == std::fs::canonicalize(&unit.path).ok()
}

/// Runs `systemctl --user ARGS`; the error is its first line of complaint.
fn systemctl(args: &[&str]) -> Result<(), String> {
    let out = Command::new("systemctl")
        .arg("--user")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run systemctl: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    Err(stderr
        .lines()
        .find(|l| !l.trim().is_empty())
        .map_or_else(|| format!("exited with {}", out.status), |l| l.trim().to_owned()))
}

/// One argument of a desktop entry's `Exec=`: quoted when the spec reserves a character, `%`
/// doubled, and then escaped once more because the value is itself a desktop-entry string.
fn desktop_exec_arg(arg: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')', '`',
    ];
    let arg = arg.replace('%', "%%");
    let quoted = if arg.contains(RESERVED) {
        let mut out = String::from("\"");
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
        out
    } else {
        arg
    };
    quoted.replace('\\', "\\\\")
}

/// One argument of a systemd `ExecStart=`: `%` and `$` doubled (specifiers, variables), quoted
/// when it holds a space, a quote or a backslash.
fn systemd_exec_arg(arg: &str) -> String {
    let escaped = arg.replace('%', "%%").replace('$', "$$");
    if escaped.contains([' ', '\t', '"', '\'', '\\']) {
        format!("\"{}\"", escaped.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_are_written_as_they_are() {
        assert_eq!(desktop_exec_arg("/usr/bin/deskbreak"), "/usr/bin/deskbreak");
        assert_eq!(systemd_exec_arg("/usr/bin/deskbreak"), "/usr/bin/deskbreak");
    }

    #[test]
    fn awkward_paths_are_quoted_for_each_format() {
        let path = r#"/home/a b/100%/"x"/$HOME\bin"#;
        assert_eq!(desktop_exec_arg(path), r#""/home/a b/100%%/\\"x\\"/\\$HOME\\\\bin""#);
        assert_eq!(systemd_exec_arg(path), r#""/home/a b/100%%/\"x\"/$$HOME\\bin""#);
    }
}
