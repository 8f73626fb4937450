//! Every file deskbreak touches, from the XDG base directories (via `directories`) and `--config`.
//! On Windows and macOS `directories` gives the native folders (AppData, Application Support);
//! there too an XDG variable that is set wins, so that a test (or a person) can move them.

#[cfg(windows)]
pub mod windows_user;

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    pub config: PathBuf,
    pub data_dir: PathBuf,
    pub state_dir: PathBuf,
    pub runtime_dir: PathBuf,
    pub cache_dir: PathBuf,
    /// Windows: the user's SID (`S-1-5-21-...`), which names the control pipe.
    #[cfg(windows)]
    pub user_sid: String,
}

impl Paths {
    /// Resolves the paths; `config` overrides the config file (from `--config` or
    /// `DESKBREAK_CONFIG`).
    pub fn resolve(config: Option<PathBuf>) -> Result<Paths> {
        let dirs = directories::ProjectDirs::from("", "", "deskbreak")
            .context("cannot find the home directory: set HOME or the XDG_* variables")?;
        let state_dir = dirs.state_dir().unwrap_or(dirs.data_local_dir());
        let runtime_dir = dirs.runtime_dir().map_or_else(fallback_runtime_dir, Path::to_path_buf);
        Ok(Paths {
            config: config.unwrap_or_else(|| native_or_xdg(dirs.config_dir(), "XDG_CONFIG_HOME").join("config.toml")),
            data_dir: native_or_xdg(dirs.data_dir(), "XDG_DATA_HOME"),
            state_dir: native_or_xdg(state_dir, "XDG_STATE_HOME"),
            runtime_dir: native_or_xdg(&runtime_dir, "XDG_RUNTIME_DIR"),
            cache_dir: native_or_xdg(dirs.cache_dir(), "XDG_CACHE_HOME"),
            #[cfg(windows)]
            user_sid: user_sid()?,
        })
    }

    /// The acknowledgement log.
    pub fn acks(&self) -> PathBuf {
        self.data_dir.join("acks.jsonl")
    }

    /// Where `deskbreak report` and the tray's "Statistics…" write the page they open.
    pub fn report(&self) -> PathBuf {
        self.cache_dir.join("report.html")
    }

    /// Where the rotation stands.
    pub fn rotation(&self) -> PathBuf {
        self.state_dir.join("rotation.json")
    }

    /// The daemon's own log.
    pub fn daemon_log(&self) -> PathBuf {
        self.state_dir.join("deskbreak.log")
    }

    /// The control channel: a socket in the runtime directory; on Windows a named pipe.
    #[cfg(unix)]
    pub fn socket(&self) -> PathBuf {
        self.runtime_dir.join("control.sock")
    }

    /// The control channel: a socket in the runtime directory; on Windows a named pipe. Pipe
    /// names are one namespace for the whole machine, so the name carries the user's SID: two
    /// users never share it, even with the same user name. A SID is no secret, though, so another
    /// user can still make the pipe first: the daemon then cannot start, and the CLI checks whose
    /// process serves the pipe before it sends anything (`ipc::pipe`). A runtime directory other
    /// than the default (`XDG_RUNTIME_DIR`, as each test sets) gets a pipe of its own.
    #[cfg(windows)]
    pub fn socket(&self) -> PathBuf {
        // Windows refuses a longer pipe name.
        const MAX_NAME: usize = 256;
        let mut name = format!(r"\\.\pipe\deskbreak-{}", self.user_sid);
        if self.runtime_dir != fallback_runtime_dir() {
            let dir = self.runtime_dir.to_string_lossy();
            let room = MAX_NAME.saturating_sub(name.len() + 1);
            name.push('-');
            name.extend(
                dir.chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .take(room),
            );
        }
        PathBuf::from(name)
    }

    /// Held by the running daemon; holds its pid. Beside the log it guards, not in the runtime
    /// directory: a daemon started without the session's `XDG_RUNTIME_DIR` (from `su`, cron)
    /// has another runtime directory but the same log.
    pub fn lock(&self) -> PathBuf {
        self.data_dir.join("daemon.lock")
    }
}

/// `native`, the folder `directories` gave; where it ignores the XDG variables (Windows, macOS),
/// `var`'s deskbreak folder instead when `var` is set (and absolute, as the spec asks).
fn native_or_xdg(native: &Path, var: &str) -> PathBuf {
    #[cfg(any(windows, target_os = "macos"))]
    if let Some(base) = std::env::var_os(var).map(PathBuf::from).filter(|p| p.is_absolute()) {
        return base.join("deskbreak");
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    let _ = var;
    native.to_path_buf()
}

/// The SID that names the control pipe. Without it every command stops here, rather than fall
/// back to a name (the user name) that another account on the machine may have too.
#[cfg(windows)]
fn user_sid() -> Result<String> {
    windows_user::ours()
        .and_then(windows_user::to_string)
        .context("cannot read which Windows user deskbreak runs as (the user SID of its process token), which names its control pipe")
}

/// Without `XDG_RUNTIME_DIR`: a per-user directory in the temp dir (made 0700 by the daemon).
fn fallback_runtime_dir() -> PathBuf {
    #[cfg(unix)]
    let user = rustix::process::getuid().as_raw().to_string();
    #[cfg(not(unix))]
    let user = std::env::var("USERNAME").unwrap_or_default();
    std::env::temp_dir().join(format!("deskbreak-{user}"))
}
