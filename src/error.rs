//! The errors a command can end with, and the documented exit code of each.

use crate::config::ConfigError;
use crate::ipc::client::ClientError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("deskbreak is already running (pid {pid}); `deskbreak quit` stops it")]
    AlreadyRunning { pid: String },
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The daemon declined the request; the text says why.
    #[error("{0}")]
    Refused(String),
    /// The request or the config it names is not valid.
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl AppError {
    /// 0 ok, 1 error, 2 bad usage or bad config, 3 daemon not running, 4 already running.
    pub fn exit_code(&self) -> u8 {
        match self {
            AppError::Config(ConfigError::Invalid { .. }) | AppError::Invalid(_) => 2,
            AppError::Client(ClientError::NotRunning { .. } | ClientError::Stopped { .. }) => 3,
            AppError::AlreadyRunning { .. } => 4,
            AppError::Config(_) | AppError::Client(_) | AppError::Refused(_) | AppError::Other(_) => 1,
        }
    }
}
