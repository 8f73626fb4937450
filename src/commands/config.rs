//! `deskbreak config ...`: where the config is, whether it is valid, the default, editing it.

use std::path::Path;
use std::process::{Command as Process, ExitCode};

use crate::cli::ConfigCmd;
use crate::error::{AppError, print, print_line};
use deskbreak_config as config;
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;
use deskbreak_ipc::client::{self, ClientError};
use deskbreak_ipc::protocol::Command;

pub fn run(action: &ConfigCmd, paths: &Paths) -> Result<ExitCode, AppError> {
    match action {
        ConfigCmd::Path => print_line(paths.config.display()),
        ConfigCmd::Check { file } => check(file.as_deref().unwrap_or(&paths.config)),
        ConfigCmd::Default => print(config::DEFAULT_CONFIG),
        ConfigCmd::Edit => edit(paths),
    }?;
    Ok(ExitCode::SUCCESS)
}

/// Validates `file`: prints "OK" (and any warnings), or fails with every problem located.
fn check(file: &Path) -> Result<(), AppError> {
    let loaded = config::load(file)?;
    let mut text = String::from("OK\n");
    for warning in loaded.warnings {
        let path = file.display().to_string();
        text.push_str(&format!(
            "{}\n",
            fl!("config-check-warning", path = path, warning = warning)
        ));
    }
    print(text)
}

#[cfg(not(windows))]
const DEFAULT_EDITOR: &str = "vi";
#[cfg(windows)]
const DEFAULT_EDITOR: &str = "notepad";

/// `editor` on `file`, through the shell, so that an editor with arguments ("code --wait")
/// works. The file's path reaches the shell as a variable, never as text to parse: spaces, `&`,
/// `$` or `%` in it stay what they are.
fn editor_command(editor: &str, file: &std::path::Path) -> Process {
    #[cfg(not(windows))]
    {
        let mut command = Process::new("sh");
        command.arg("-c").arg(format!("{editor} \"$1\"")).arg("sh").arg(file);
        command
    }
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        let mut command = Process::new("cmd");
        // cmd.exe parses its own command line: given as it is, not quoted the C runtime's way.
        // With /S it strips exactly the outer pair of quotes around the rest; without, a quoted
        // editor ("C:\Program Files\...\code.cmd" --wait) loses its own quotes. cmd expands
        // %DESKBREAK_EDITING% once, and does not expand what it expanded to.
        command
            .env("DESKBREAK_EDITING", file)
            .raw_arg(format!("/S /C \"{editor} \"%DESKBREAK_EDITING%\"\""));
        command
    }
}

/// Opens the config in `$VISUAL` or `$EDITOR` (written first if missing), then checks it and
/// has a running daemon apply it.
fn edit(paths: &Paths) -> Result<(), AppError> {
    config::write_default_if_missing(&paths.config)?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .ok()
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_EDITOR.into());
    let status = editor_command(&editor, &paths.config).status().map_err(|e| {
        anyhow::anyhow!(fl!(
            "editor-cannot-start",
            editor = format!("{editor:?}"),
            reason = e.to_string()
        ))
    })?;
    if !status.success() {
        let (editor, status) = (format!("{editor:?}"), status.to_string());
        return Err(anyhow::anyhow!(fl!("editor-failed", editor = editor, status = status)).into());
    }
    if let Err(e) = config::load(&paths.config) {
        return Err(AppError::Invalid(format!("{e}\n{}", fl!("config-edit-kept"))));
    }
    match client::request(&paths.socket(), Command::Reload) {
        Ok(response) if response.ok => print_line(fl!("config-edit-applied")),
        Ok(response) => Err(AppError::Invalid(response.error.unwrap_or_default())),
        Err(ClientError::NotRunning { .. }) => print_line(fl!("config-edit-not-running")),
        Err(e) => Err(e.into()),
    }
}
