//! Windows: a `deskbreak` value under the current user's Run key, through the registry API, that
//! starts the windowless `deskbreakw.exe` beside this program, so no console opens at login.

use anyhow::{Context, Result};
use windows_registry::CURRENT_USER;
use windows_result::HRESULT;
use windows_sys::Win32::Foundation::ERROR_FILE_NOT_FOUND;

use super::Action;
use crate::AutostartError;
use deskbreak_i18n::fl;

/// The key as messages name it, and its path under `HKEY_CURRENT_USER`.
const KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
const VALUE: &str = "deskbreak";

pub fn execute(action: &Action, said: &mut Vec<String>) -> Result<(), AutostartError> {
    let current = query()?;
    match action {
        Action::Enable { systemd: true } => {
            return Err(AutostartError::Invalid(
                "--systemd is for Linux; on Windows, leave it out".into(),
            ));
        }
        Action::Enable { systemd: false } => {
            if current.as_deref().is_some_and(|d| !ours(d)) {
                return Err(anyhow::anyhow!(fl!("autostart-run-foreign", value = format!(r"{KEY}\{VALUE}"))).into());
            }
            let (exe, windowless) = login_program(&super::current_exe()?);
            let data = format!("\"{exe}\" run");
            CURRENT_USER
                .create(RUN)
                .and_then(|run| run.set_string(VALUE, &data))
                .with_context(|| format!(r"cannot write {KEY}\{VALUE}"))?;
            said.push(fl!(
                "autostart-run-set",
                value = format!(r"{KEY}\{VALUE}"),
                data = data.as_str()
            ));
            if !windowless {
                said.push(fl!(
                    "autostart-no-windowless",
                    windowless = WINDOWLESS,
                    exe = exe.as_str()
                ));
            }
        }
        Action::Disable => match current {
            Some(data) if ours(&data) => {
                CURRENT_USER
                    .create(RUN)
                    .and_then(|run| run.remove_value(VALUE))
                    .with_context(|| format!(r"cannot remove {KEY}\{VALUE}"))?;
                said.push(fl!("autostart-run-removed", value = format!(r"{KEY}\{VALUE}")));
            }
            Some(_) => said.push(fl!("autostart-left-alone", path = format!(r"{KEY}\{VALUE}"))),
            None => said.push(fl!("autostart-nothing-to-remove-windows")),
        },
        Action::Status => match current {
            Some(data) if ours(&data) => said.push(fl!(
                "autostart-status-on",
                kind = fl!("autostart-kind-run-value"),
                path = format!(r"{KEY}\{VALUE}")
            )),
            Some(_) => said.push(fl!("autostart-status-foreign", path = format!(r"{KEY}\{VALUE}"))),
            None => said.push(super::off()),
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

/// The value's data, if the value exists; a value that is not a string is not ours either.
fn query() -> Result<Option<String>> {
    match CURRENT_USER.open(RUN).and_then(|run| run.get_value(VALUE)) {
        Ok(value) => Ok(Some(String::try_from(value).unwrap_or_default())),
        Err(e) if e.code() == HRESULT::from_win32(ERROR_FILE_NOT_FOUND) => Ok(None),
        Err(e) => Err(e).with_context(|| format!(r"cannot read {KEY}\{VALUE}")),
    }
}
