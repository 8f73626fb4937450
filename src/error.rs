//! The errors a command can end with, the documented exit code of each, and the one way commands
//! print to stdout (where a reader that has gone away is not an error).

use std::io::{self, Write};

use crate::config::ConfigError;
use crate::ipc::client::ClientError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
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
        holder: crate::ipc::transport::Server,
    },
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The daemon declined the request; the text says why.
    #[error("{0}")]
    Refused(String),
    /// The request or the config it names is not valid.
    #[error("{0}")]
    Invalid(String),
    /// Whoever read stdout has gone (`deskbreak log | head`): the command stops writing and, as
    /// `cat` or `ls` in a pipeline would, ends with success and says nothing.
    #[error("stdout is closed")]
    StdoutClosed,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl AppError {
    /// 0 ok, 1 error, 2 bad usage or bad config, 3 daemon not running, 4 already running (or,
    /// on Windows, the control pipe's name is held by another process), 5 the control pipe is not
    /// your daemon's (Windows: another user's process, or one that cannot be checked, serves it;
    /// the command was not sent).
    pub fn exit_code(&self) -> u8 {
        match self {
            #[cfg(windows)]
            AppError::Client(ClientError::NotYourDaemon { .. }) => 5,
            #[cfg(windows)]
            AppError::PipeTaken { .. } => 4,
            AppError::StdoutClosed => 0,
            AppError::Config(ConfigError::Invalid { .. }) | AppError::Invalid(_) => 2,
            AppError::Client(ClientError::NotRunning { .. } | ClientError::Stopped { .. }) => 3,
            AppError::AlreadyRunning { .. } => 4,
            AppError::Config(_) | AppError::Client(_) | AppError::Refused(_) | AppError::Other(_) => 1,
        }
    }

    /// A write to stdout that failed: a closed pipe ends the command quietly, anything else (a
    /// full disk behind `>`) is an error.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "taken whole so that it serves `map_err` as it is"
    )]
    pub fn stdout(error: io::Error) -> AppError {
        if error.kind() == io::ErrorKind::BrokenPipe {
            AppError::StdoutClosed
        } else {
            anyhow::anyhow!("cannot write to stdout: {error}").into()
        }
    }
}

/// Writes `text` to stdout and flushes it. Commands print only through this (or map their own
/// writer's errors with [`AppError::stdout`]): `print!` panics when the reader has gone.
pub fn print(text: impl AsRef<[u8]>) -> Result<(), AppError> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_ref())
        .and_then(|()| stdout.flush())
        .map_err(AppError::stdout)
}

/// [`print`] with a newline.
pub fn print_line(line: impl std::fmt::Display) -> Result<(), AppError> {
    print(format!("{line}\n"))
}

/// "deskbreak is already running (pid 4242); `deskbreak quit` stops it".
fn already_running(pid: Option<&str>) -> String {
    match pid {
        Some(pid) => crate::fl!("already-running-pid", pid = pid),
        None => crate::fl!("already-running"),
    }
}
