//! `deskbreak stats`: reads the config and the log, and prints the summary as a chart, JSON or
//! CSV.

use chrono::NaiveDate;
use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{StatsArgs, StatsFormat};
use crate::clock;
use crate::config::{self, Config};
use crate::error::{self, AppError};
use crate::paths::Paths;
use crate::report::summary::{self, Options, Summary, Window};
use crate::report::{chart, csv};
use crate::store::acklog;

/// Loads the config (its defaults if there is no file yet), summarises the log and prints the
/// chart, the JSON or the CSV.
pub fn run(args: &StatsArgs, paths: &Paths) -> Result<ExitCode, AppError> {
    let summary = summarise_log(paths, args.today.date.unwrap_or_else(clock::today), args.period.days())?;
    let format = match (args.json, args.csv, args.format) {
        (true, _, _) => StatsFormat::Json,
        (_, true, _) => StatsFormat::Csv,
        (false, false, format) => format.unwrap_or(StatsFormat::Text),
    };
    let text = match format {
        StatsFormat::Json => serde_json::to_string_pretty(&summary).map(|json| json + "\n"),
        StatsFormat::Csv => csv::render(&summary),
        StatsFormat::Text => {
            let colour = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            Ok(chart::render(&summary, colour))
        }
    };
    error::print(text.map_err(anyhow::Error::from)?)?;
    Ok(ExitCode::SUCCESS)
}

/// The summary of the `days` days to `today`, with the config's thresholds (its defaults if
/// there is no file yet): what `stats` prints and `report` draws.
pub fn summarise_log(paths: &Paths, today: NaiveDate, days: u32) -> Result<Summary, AppError> {
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
    Ok(read(&path, &options).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?)
}

/// Reads the log at `path` once, streaming, and summarises it; a log that does not exist yet
/// has no records.
fn read(path: &Path, options: &Options) -> io::Result<Summary> {
    match acklog::read(path) {
        Ok(records) => Ok(summary::summarise(records, options)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(summary::summarise(std::iter::empty(), options)),
        Err(e) => Err(e),
    }
}
