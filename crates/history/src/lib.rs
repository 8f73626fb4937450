//! The history read from the files: the summary of the log's last days, with the config's
//! thresholds, which `stats` prints; and the page of it, which `report` and the tray's
//! "Statistics…" write.

use anyhow::Context;
use chrono::NaiveDate;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use deskbreak_config::{self as config, Config};
use deskbreak_core::stats::summary::{Options, Pass, Summary, Window};
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;
use deskbreak_store::acklog;

pub mod chart;
pub mod csv;
pub mod page;

/// Why the history could not be read or its page written.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// The summary of the `days` days to `today`, with the config's thresholds (its defaults if
/// there is no file yet).
pub fn summarise_log(paths: &Paths, today: NaiveDate, days: u32) -> Result<Summary, HistoryError> {
    let config = if paths.config.exists() {
        config::load(&paths.config)?.config
    } else {
        Config::default()
    };
    let options = Options {
        window: Window::last_days(today, days),
        streak_percent: config.stats.streak_threshold().0,
        water_target: config.water.daily_target(),
        long_sitting: config.stats.long_sitting(),
        relief_advise_after: config.relief.advise_after(),
        relief_within: config.relief.within(),
    };
    let path = paths.acks();
    let read_error = |e: std::io::Error| {
        anyhow::anyhow!(fl!(
            "cannot-read",
            path = path.display().to_string(),
            reason = e.to_string()
        ))
    };
    Ok(summarise_file(&path, &options).map_err(read_error)?)
}

/// Reads the log at `path` once, streaming, and summarises it; a log that does not exist yet
/// has no records.
pub fn summarise_file(path: &Path, options: &Options) -> io::Result<Summary> {
    let mut pass = Pass::new(options);
    match acklog::for_each_record(path, |record| pass.add(record)) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    Ok(pass.finish())
}

/// Writes the page of the `days` days to `today` to `out`, or to the cache; returns its path.
/// The page is replaced whole (written beside it, then renamed), so that a browser reloading it
/// never sees half a page.
pub fn write_page(paths: &Paths, today: NaiveDate, days: u32, out: Option<&Path>) -> Result<PathBuf, HistoryError> {
    let html = page::render(&summarise_log(paths, today, days)?);
    let path = out.map_or_else(|| paths.report(), Path::to_path_buf);
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let written = (|| {
        if out.is_none() {
            std::fs::create_dir_all(&dir)?;
        }
        let mut file = tempfile::NamedTempFile::new_in(&dir)?;
        file.write_all(html.as_bytes())?;
        file.persist(&path)?;
        Ok::<_, io::Error>(())
    })();
    written.with_context(|| fl!("report-cannot-write", path = path.display().to_string()))?;
    Ok(path)
}
