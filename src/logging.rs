//! tracing set-up: the daemon logs to a file and warns on stderr; clients only warn.

use std::fs::OpenOptions;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Mutex;
use tracing_subscriber::filter::{EnvFilter, LevelFilter};
use tracing_subscriber::prelude::*;

/// The daemon's log is renamed to `.old` past this size, so it never grows without bound.
const MAX_LOG_BYTES: u64 = 1 << 20;

fn filter(verbose: u8) -> EnvFilter {
    let level = match verbose {
        0 => LevelFilter::INFO,
        1 => LevelFilter::DEBUG,
        _ => LevelFilter::TRACE,
    };
    EnvFilter::builder()
        .with_default_directive(level.into())
        .from_env_lossy()
}

/// Warnings and errors on stderr only.
pub fn init_client(verbose: u8) {
    let stderr_level = if verbose > 0 {
        filter(verbose)
    } else {
        EnvFilter::new("warn")
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(stderr_level)
        .without_time()
        .with_target(false)
        .try_init();
}

/// The full log to `file` (info by default), warnings and errors also on stderr.
pub fn init_daemon(verbose: u8, file: &Path) {
    let file_layer = open_log(file).map(|f| {
        tracing_subscriber::fmt::layer()
            .with_writer(Mutex::new(f))
            .with_ansi(false)
            .with_target(false)
            .with_filter(filter(verbose))
    });
    let stderr_layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .without_time()
        .with_target(false)
        .with_filter(LevelFilter::WARN);
    let _ = tracing_subscriber::registry()
        .with(file_layer)
        .with(stderr_layer)
        .try_init();
}

fn open_log(path: &Path) -> Option<std::fs::File> {
    let dir = path.parent()?;
    std::fs::create_dir_all(dir).ok()?;
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(path, path.with_extension("log.old"));
    }
    OpenOptions::new().create(true).append(true).open(path).ok()
}
