//! `deskbreak status`: the daemon's status once, or (with `--watch`) a line per change.

use chrono::{DateTime, Utc};
use std::io::Write;
use std::process::ExitCode;

use crate::cli::{StatusArgs, StatusFormat};
use crate::error::{self, AppError};
use deskbreak_core::model::Status;
use deskbreak_host::clock;
use deskbreak_host::paths::Paths;
use deskbreak_ipc::client;
use deskbreak_ipc::protocol::Command;
use deskbreak_status::{Glance, status_text};

use super::request::accepted;

pub fn run(args: &StatusArgs, paths: &Paths) -> Result<ExitCode, AppError> {
    let format = match (args.json, args.format, args.watch) {
        (true, _, _) => StatusFormat::Json,
        (false, Some(format), _) => format,
        (false, None, false) => StatusFormat::Human,
        (false, None, true) => StatusFormat::Text,
    };
    if args.watch {
        watch(format, paths)?;
    } else {
        let response = client::request(&paths.socket(), Command::Status)?;
        error::print_line(render(format, accepted(&response)?, clock::now(), false)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a line in `format` whenever the status changes, until the daemon stops.
fn watch(format: StatusFormat, paths: &Paths) -> Result<(), AppError> {
    let mut last = String::new();
    let mut stdout = std::io::stdout().lock();
    // Why `each` stopped the watch: the daemon's refusal, or stdout failing (a closed pipe among
    // them, which ends the watch quietly); either is ours to report, not the socket's.
    let mut stopped = None;
    let watched = client::watch(&paths.socket(), |response| {
        let line = match accepted(&response).and_then(|s| render(format, s, clock::now(), true)) {
            Ok(line) => line,
            Err(e) => {
                stopped = Some(e);
                return Err(std::io::Error::other("refused"));
            }
        };
        // The daemon sends its status at every wake-up; print only what a reader would see change.
        if line != last {
            if let Err(e) = writeln!(stdout, "{line}").and_then(|()| stdout.flush()) {
                stopped = Some(AppError::stdout(e));
                return Err(std::io::Error::other("stdout failed"));
            }
            last = line;
        }
        Ok(())
    });
    match (stopped, watched) {
        (Some(e), _) => Err(e),
        (None, result) => Ok(result?),
    }
}

/// The status as `format` prints it; `one_line` keeps JSON on a single line.
fn render(format: StatusFormat, status: &Status, now: DateTime<Utc>, one_line: bool) -> Result<String, AppError> {
    Ok(match format {
        StatusFormat::Human => status_text(status, now),
        StatusFormat::Text => Glance::new(status, now).headline,
        StatusFormat::Waybar => Glance::new(status, now).waybar(),
        StatusFormat::Json if one_line => serde_json::to_string(status).map_err(anyhow::Error::from)?,
        StatusFormat::Json => serde_json::to_string_pretty(status).map_err(anyhow::Error::from)?,
    })
}
