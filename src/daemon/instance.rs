//! One daemon per user: the instance lock, held while the daemon serves its control channel.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};

use crate::error::AppError;
use crate::paths::Paths;

/// Takes the per-user instance lock (holding our pid), or says which pid holds it.
pub(super) fn lock(paths: &Paths) -> Result<File, AppError> {
    let dir = &paths.runtime_dir;
    let setup = || -> std::io::Result<File> {
        std::fs::create_dir_all(dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
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
            return Err(AppError::AlreadyRunning {
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
    Ok(file)
}
