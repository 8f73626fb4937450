//! Every file deskbreak touches, from the XDG base directories (via `directories`) and `--config`.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    pub config: PathBuf,
    pub data_dir: PathBuf,
    pub state_dir: PathBuf,
    pub runtime_dir: PathBuf,
}

impl Paths {
    /// Resolves the paths; `config` overrides the config file (from `--config` or
    /// `DESKBREAK_CONFIG`).
    pub fn resolve(config: Option<PathBuf>) -> Result<Paths> {
        let dirs = directories::ProjectDirs::from("", "", "deskbreak")
            .context("cannot find the home directory: set HOME or the XDG_* variables")?;
        let state_dir = dirs.state_dir().unwrap_or(dirs.data_local_dir()).to_path_buf();
        let runtime_dir = dirs.runtime_dir().map_or_else(fallback_runtime_dir, Path::to_path_buf);
        Ok(Paths {
            config: config.unwrap_or_else(|| dirs.config_dir().join("config.toml")),
            data_dir: dirs.data_dir().to_path_buf(),
            state_dir,
            runtime_dir,
        })
    }

    /// The acknowledgement log.
    pub fn acks(&self) -> PathBuf {
        self.data_dir.join("acks.jsonl")
    }

    /// Where the rotation stands.
    pub fn rotation(&self) -> PathBuf {
        self.state_dir.join("rotation.json")
    }

    /// The daemon's own log.
    pub fn daemon_log(&self) -> PathBuf {
        self.state_dir.join("deskbreak.log")
    }

    pub fn socket(&self) -> PathBuf {
        self.runtime_dir.join("control.sock")
    }

    /// Held by the running daemon; holds its pid.
    pub fn lock(&self) -> PathBuf {
        self.runtime_dir.join("daemon.lock")
    }
}

/// Without `XDG_RUNTIME_DIR`: a per-user directory in the temp dir (made 0700 by the daemon).
fn fallback_runtime_dir() -> PathBuf {
    #[cfg(unix)]
    let user = rustix::process::getuid().as_raw().to_string();
    #[cfg(not(unix))]
    let user = std::env::var("USERNAME").unwrap_or_default();
    std::env::temp_dir().join(format!("deskbreak-{user}"))
}
