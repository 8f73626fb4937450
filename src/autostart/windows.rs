//! Windows: a `deskbreak` value under the current user's Run key, through `reg.exe`, that
//! starts the windowless `deskbreakw.exe` beside this program, so no console opens at login.

use anyhow::{Context, Result, bail};
use std::process::Command;

use super::Action;
use crate::error::AppError;

const KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
const VALUE: &str = "deskbreak";

pub fn execute(action: &Action, said: &mut Vec<String>) -> Result<(), AppError> {
    let current = query()?;
    match action {
        Action::Enable { systemd: true } => {
            return Err(AppError::Invalid(
                "--systemd is for Linux; on Windows, leave it out".into(),
            ));
        }
        Action::Enable { systemd: false } => {
            if current.as_deref().is_some_and(|d| !ours(d)) {
                return Err(anyhow::anyhow!(
                    r"{KEY}\{VALUE} exists and deskbreak did not write it, so it is left alone"
                )
                .into());
            }
            let (exe, windowless) = login_program(&super::current_exe()?);
            let data = format!("\"{exe}\" run");
            reg(&["add", KEY, "/v", VALUE, "/t", "REG_SZ", "/d", &data, "/f"])?;
            said.push(format!(
                r"Set {KEY}\{VALUE} to {data}: deskbreak will start when you log in."
            ));
            if !windowless {
                said.push(format!(
                    "{WINDOWLESS} is not beside {exe}, so a console window will open at login; \
                     build it with `cargo install --path . --features windowless`, then enable again."
                ));
            }
        }
        Action::Disable => match current {
            Some(data) if ours(&data) => {
                reg(&["delete", KEY, "/v", VALUE, "/f"])?;
                said.push(format!(r"Removed {KEY}\{VALUE}."));
            }
            Some(_) => said.push(format!(r"Left {KEY}\{VALUE} alone: deskbreak did not write it.")),
            None => said.push("deskbreak had no Run key value: nothing to remove.".into()),
        },
        Action::Status => match current {
            Some(data) if ours(&data) => said.push(format!(r"Autostart: on, by the Run key value {KEY}\{VALUE}")),
            Some(_) => said.push(format!(
                r"Autostart: {KEY}\{VALUE} exists, but deskbreak did not write it"
            )),
            None => said.push(super::OFF.into()),
        },
    }
    Ok(())
}

const WINDOWLESS: &str = "deskbreakw.exe";

/// The program the login entry starts: `deskbreakw.exe` beside `current` when it is there (and
/// `true`), else `current` itself.
fn login_program(current: &str) -> (String, bool) {
    let windowless = std::path::Path::new(current).with_file_name(WINDOWLESS);
    match windowless.to_str() {
        Some(path) if windowless.is_file() => (path.to_owned(), true),
        _ => (current.to_owned(), false),
    }
}

/// What `enable` writes: a quoted path to deskbreakw.exe (or deskbreak.exe), then ` run`.
fn ours(data: &str) -> bool {
    let data = data.to_lowercase();
    data.starts_with('"')
        && ["\\deskbreak.exe\" run", "\\deskbreakw.exe\" run"]
            .iter()
            .any(|end| data.ends_with(end))
}

/// The value's data, if the value exists.
fn query() -> Result<Option<String>> {
    let out = Command::new("reg")
        .args(["query", KEY, "/v", VALUE])
        .output()
        .context("cannot run reg.exe")?;
    if !out.status.success() {
        return Ok(None);
    }
    // A line like "    deskbreak    REG_SZ    "C:\...\deskbreak.exe" run".
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text
        .lines()
        .find_map(|l| l.split_once("REG_SZ"))
        .map(|(_, data)| data.trim().to_owned()))
}

fn reg(args: &[&str]) -> Result<()> {
    let out = Command::new("reg").args(args).output().context("cannot run reg.exe")?;
    if !out.status.success() {
        bail!(
            "reg {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}
