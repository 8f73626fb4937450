//! `deskbreak stats`: reads the config and the log, and prints the summary as a chart, JSON or
//! CSV.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use crate::cli::{StatsArgs, StatsFormat};
use crate::error::{self, AppError};
use deskbreak_core::stats::summary::Summary;
use deskbreak_history as history;
use deskbreak_history::{chart, csv};
use deskbreak_host::clock;
use deskbreak_host::paths::Paths;

/// Loads the config (its defaults if there is no file yet), summarises the log and prints the
/// chart, the JSON or the CSV.
pub fn run(args: &StatsArgs, paths: &Paths) -> Result<ExitCode, AppError> {
    let summary = history::summarise_log(paths, args.today.date.unwrap_or_else(clock::today), args.period.days())?;
    let format = match (args.json, args.csv, args.format) {
        (true, _, _) => StatsFormat::Json,
        (_, true, _) => StatsFormat::Csv,
        (false, false, format) => format.unwrap_or(StatsFormat::Text),
    };
    let text = match format {
        StatsFormat::Json => return print_json(&summary),
        StatsFormat::Csv => csv::render(&summary),
        StatsFormat::Text => {
            let colour = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            Ok(chart::render(&summary, colour))
        }
    };
    error::print(text.map_err(anyhow::Error::from)?)?;
    Ok(ExitCode::SUCCESS)
}

/// The JSON, written as it is made: for a long window (`--days 100000`) its text is tens of MB,
/// which would otherwise be held whole before the first byte is printed.
fn print_json(summary: &Summary) -> Result<ExitCode, AppError> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, summary).map_err(|e| AppError::stdout(e.into()))?;
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(AppError::stdout)?;
    Ok(ExitCode::SUCCESS)
}
