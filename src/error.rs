//! The errors a command can end with, the documented exit code of each, and the one way commands
//! print to stdout (where a reader that has gone away is not an error).

use std::io::{self, Write};

use deskbreak_autostart::AutostartError;
use deskbreak_config::ConfigError;
use deskbreak_daemon::DaemonError;
use deskbreak_history::HistoryError;
use deskbreak_ipc::client::ClientError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The daemon could not start: another one runs, or (Windows) its control pipe is taken.
    #[error(transparent)]
    Daemon(DaemonError),
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
            AppError::StdoutClosed => 0,
            AppError::Config(ConfigError::Invalid { .. }) | AppError::Invalid(_) => 2,
            AppError::Client(ClientError::NotRunning { .. } | ClientError::Stopped { .. }) => 3,
            AppError::Daemon(_) => 4,
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

impl From<DaemonError> for AppError {
    fn from(error: DaemonError) -> Self {
        match error {
            DaemonError::Config(e) => AppError::Config(e),
            DaemonError::Other(e) => AppError::Other(e),
            refused => AppError::Daemon(refused),
        }
    }
}

impl From<HistoryError> for AppError {
    fn from(error: HistoryError) -> Self {
        match error {
            HistoryError::Config(e) => AppError::Config(e),
            HistoryError::Other(e) => AppError::Other(e),
        }
    }
}

impl From<AutostartError> for AppError {
    fn from(error: AutostartError) -> Self {
        match error {
            AutostartError::Invalid(why) => AppError::Invalid(why),
            AutostartError::Other(e) => AppError::Other(e),
        }
    }
}
