//! Opening a file in the desktop's default application (the config in an editor, the report in
//! the browser). The `open` crate knows each platform's launchers (`xdg-open`, then `gio` and
//! the others on Linux; `open` on macOS; PowerShell's `Start-Process`, then Explorer, on
//! Windows) and guards the path against option injection; this module runs them and turns their
//! verdict into a sentence for the person.

use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use deskbreak_i18n::fl;

/// How long a launcher may take to say whether it opened the file. One still running by then
/// has handed it over (some stay until the application closes) and is left to finish.
const VERDICT_WITHIN: Duration = Duration::from_secs(5);

/// Opens `path` with the first launcher that is installed, and waits for its verdict (at most
/// [`VERDICT_WITHIN`]). `Err` says why nothing opened it, in a sentence without a full stop.
/// A launcher that ran and failed is the answer: another could open the file a second time.
pub fn open(path: &Path) -> Result<(), String> {
    let mut missing = Vec::new();
    for mut command in open::commands(path) {
        let name = command.get_program().to_string_lossy().into_owned();
        command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                missing.push(name);
                continue;
            }
            Err(e) => return Err(fl!("open-cannot-run", program = name, reason = e.to_string())),
        };
        // Waited for on a thread of its own, so that the launcher is reaped (never left a
        // zombie) even when it outlasts the verdict.
        let (verdict, heard) = mpsc::channel::<std::io::Result<ExitStatus>>();
        std::thread::spawn(move || verdict.send(child.wait()));
        return match heard.recv_timeout(VERDICT_WITHIN) {
            Ok(Ok(status)) if !status.success() => {
                Err(fl!("open-no-application", program = name, status = status.to_string()))
            }
            Ok(Err(e)) => Err(fl!("open-failed", program = name, reason = e.to_string())),
            Ok(Ok(_)) | Err(_) => Ok(()),
        };
    }
    Err(fl!("open-no-program", tried = missing.join(", "), hint = hint()))
}

/// Where to get a program that opens files, after the ones tried.
#[cfg(not(any(target_os = "macos", windows)))]
fn hint() -> String {
    fl!("open-hint-debian")
}
#[cfg(any(target_os = "macos", windows))]
fn hint() -> String {
    String::new()
}
