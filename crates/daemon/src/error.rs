//! Why the daemon could not start or had to stop; the command line turns each into its exit code.

use deskbreak_config::ConfigError;
use deskbreak_i18n::fl;

#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{}", already_running(pid.as_deref()))]
    AlreadyRunning {
        /// From the lock file, where the OS lets it be read while locked (not on Windows).
        pid: Option<String>,
    },
    /// Windows: another process holds the control pipe's name, and no daemon holds our lock.
    #[cfg(windows)]
    #[error(
        "cannot start: the control pipe {} is held by {holder}, and no deskbreak daemon of this log runs (nothing holds {}).\n{}",
        socket.display(), lock.display(), holder.start_hint()
    )]
    PipeTaken {
        socket: std::path::PathBuf,
        lock: std::path::PathBuf,
        holder: deskbreak_ipc::transport::Server,
    },
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<std::io::Error> for DaemonError {
    fn from(error: std::io::Error) -> Self {
        DaemonError::Other(error.into())
    }
}

/// "deskbreak is already running (pid 4242); `deskbreak quit` stops it".
fn already_running(pid: Option<&str>) -> String {
    match pid {
        Some(pid) => fl!("already-running-pid", pid = pid),
        None => fl!("already-running"),
    }
}
