//! One daemon per log: the instance lock, held while the daemon writes the log and serves its
//! control channel, and the private directory the channel's socket goes in.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};

use crate::DaemonError;
use deskbreak_host::paths::Paths;

/// Takes the instance lock beside the log (holding our pid), or says which pid holds it; then
/// prepares the runtime directory for the socket.
pub(super) fn lock(paths: &Paths) -> Result<File, DaemonError> {
    let dir = &paths.data_dir;
    let setup = || -> std::io::Result<File> {
        std::fs::create_dir_all(dir)?;
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(paths.lock())
    };
    let mut file = setup().map_err(|e| anyhow::anyhow!("cannot prepare {}: {e}", dir.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut pid = String::new();
            let _ = file.read_to_string(&mut pid);
            return Err(DaemonError::AlreadyRunning {
                pid: Some(pid.trim().to_string()).filter(|p| !p.is_empty()),
            });
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(anyhow::anyhow!("cannot lock {}: {e}", paths.lock().display()).into());
        }
    }
    let write_pid = |file: &mut File| -> std::io::Result<()> {
        file.set_len(0)?;
        file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
        file.flush()
    };
    write_pid(&mut file).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", paths.lock().display()))?;
    #[cfg(unix)]
    private_dir(&paths.runtime_dir)
        .map_err(|e| anyhow::anyhow!("cannot prepare {}: {e}", paths.runtime_dir.display()))?;
    Ok(file)
}

/// The socket's directory, mode 0700: only its user may reach the socket. (On Windows the
/// channel is a named pipe, which needs no directory.)
#[cfg(unix)]
fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}
