//! Opening a file in the desktop's default application (the config in an editor, the report in
//! the browser): `xdg-open` on Linux and the BSDs, `open` on macOS, `start` on Windows.

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The opener, started; [`Opening::wait`] says whether an application took the file.
pub struct Opening {
    child: Child,
    name: String,
}

/// Starts the opener on `path` without waiting for it. `Err` says why it could not start, in a
/// sentence that ends without a full stop.
pub fn start(path: &Path) -> Result<Opening, String> {
    let mut command = command();
    command
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let name = command.get_program().to_string_lossy().into_owned();
    match command.spawn() {
        Ok(child) => Ok(Opening { child, name }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!("{name} is not installed{}", HINT)),
        Err(e) => Err(format!("Cannot run {name} ({e})")),
    }
}

impl Opening {
    /// Waits for the opener to hand the file over; `Err` when no application opens it. Most
    /// openers exit once the application has the file; one may stay until it closes.
    pub fn wait(mut self) -> Result<(), String> {
        match self.child.wait() {
            Ok(status) if status.success() => Ok(()),
            Ok(status) => Err(format!("No application opens it ({}: {status})", self.name)),
            Err(e) => Err(format!("{} failed ({e})", self.name)),
        }
    }
}

#[cfg(target_os = "macos")]
fn command() -> Command {
    Command::new("open")
}

#[cfg(windows)]
fn command() -> Command {
    let mut c = Command::new("cmd");
    // `start`'s first quoted argument is a window title: an empty one, so that a quoted path
    // is taken as the file.
    c.args(["/C", "start", ""]);
    c
}

#[cfg(not(any(target_os = "macos", windows)))]
fn command() -> Command {
    Command::new("xdg-open")
}

#[cfg(not(any(target_os = "macos", windows)))]
const HINT: &str = " (Debian and Ubuntu: sudo apt install xdg-utils)";
#[cfg(any(target_os = "macos", windows))]
const HINT: &str = "";
