//! The client commands: send one request to the daemon and print what happened.

use chrono::{DateTime, Utc};
use std::io::Write;
use std::time::Duration;

use crate::cli::{PauseArgs, StatusFormat};
use crate::clock;
use crate::core::io::PauseSpec;
use crate::core::model::{State, Status};
use crate::core::relief;
use crate::error::{self, AppError};
use crate::ipc::client;
use crate::ipc::protocol::{Command, ErrorCode, Response};
use crate::paths::Paths;
use crate::report::view::{self, Glance, clock_time, short_span, until_text};

/// Sends `command` and prints the outcome in a line or two.
pub fn execute(paths: &Paths, command: Command) -> Result<(), AppError> {
    let response = client::request(&paths.socket(), command.clone())?;
    let status = accepted(&response)?;
    error::print_line(describe(&command, &response, status, clock::now()))
}

/// `deskbreak status` in `format`; with `watch`, a line per change until the daemon stops.
pub fn status(paths: &Paths, format: StatusFormat, watch: bool) -> Result<(), AppError> {
    if !watch {
        let response = client::request(&paths.socket(), Command::Status)?;
        return error::print_line(render(format, accepted(&response)?, clock::now(), false)?);
    }
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

/// The status a successful response carries, or the daemon's refusal as an error.
fn accepted(response: &Response) -> Result<&Status, AppError> {
    if !response.ok {
        let message = response
            .error
            .clone()
            .unwrap_or_else(|| "the daemon refused the request".into());
        return Err(match response.code {
            Some(ErrorCode::BadRequest | ErrorCode::InvalidConfig) => AppError::Invalid(message),
            _ => AppError::Refused(message),
        });
    }
    response
        .status
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("the daemon sent no status").into())
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

pub fn pause_spec(args: &PauseArgs) -> PauseSpec {
    match (args.duration, args.until) {
        (Some(d), _) => PauseSpec::For { seconds: d.as_secs() },
        (None, Some(time)) => PauseSpec::Until { time },
        (None, None) => PauseSpec::Tomorrow,
    }
}

/// What a person reads after a command.
pub fn describe(command: &Command, response: &Response, status: &Status, now: DateTime<Utc>) -> String {
    let acted_on = response
        .records
        .first()
        .map(|r| r.title.as_str())
        .unwrap_or("the prompt");
    match command {
        Command::Status => status_text(status, now),
        Command::Done => format!("Done: {acted_on}. {}", next_line(status, now)),
        Command::Skip => format!("Skipped: {acted_on}. {}", next_line(status, now)),
        Command::Snooze { .. } => match (&status.pending, status.next_due) {
            (Some(p), _) => match (p.snoozed_until, response.records.first().and_then(|r| r.snooze_s)) {
                (Some(until), Some(s)) => {
                    format!(
                        "Snoozed {} for {}: back at {}.",
                        p.title,
                        short_span(Duration::from_secs(s)),
                        clock_time(until, now)
                    )
                }
                _ => format!("Snoozed {}.", p.title),
            },
            (None, Some(due)) => format!("No prompt before {}.", clock_time(due, now)),
            (None, None) => "Snoozed.".into(),
        },
        Command::Now => match &status.pending {
            Some(p) => format!("Showing: {}.", p.title),
            None => "No prompt to show: the catalogue is empty.".into(),
        },
        Command::Pause { .. } => match status.paused_until {
            Some(until) => format!("Paused until {}.", clock_time(until, now)),
            None => "Paused.".into(),
        },
        Command::Resume => format!("Resumed. {}", next_line(status, now)),
        Command::Reload => response.messages.join("\n"),
        Command::Relief => {
            let advise = status.relief.advise;
            format!(
                "{}\n(Also on screen as a notification.)",
                relief::body(status.relief.recent, advise)
            )
        }
        Command::Drink { glasses } => {
            let word = if *glasses == 1 { "glass" } else { "glasses" };
            format!(
                "{glasses} {word} of water logged. Water today: {}/{}.",
                status.today.water, status.water_target
            )
        }
        Command::Quit => "deskbreak stopped.".into(),
        Command::Watch => status_text(status, now),
    }
}

fn next_line(status: &Status, now: DateTime<Utc>) -> String {
    match (status.next_due, status.next_category) {
        (Some(due), Some(category)) => format!("Next: {category} at {}.", clock_time(due, now)),
        (Some(due), None) => format!("Next prompt at {}.", clock_time(due, now)),
        (None, _) => "No prompt is scheduled.".into(),
    }
}

/// The multi-line `deskbreak status`.
pub fn status_text(status: &Status, now: DateTime<Utc>) -> String {
    let mut lines = Vec::new();
    let state = match status.state {
        State::Waiting => "waiting for the next prompt",
        State::Pending => "a prompt is waiting for an answer",
        State::Snoozed => "a prompt is snoozed",
        State::Paused => "paused",
        State::Inactive => "outside active hours",
    };
    lines.push(format!("State: {state}"));
    if let Some(p) = &status.pending {
        lines.push(format!("Prompt: {} ({}) - {}", p.title, p.category, p.text));
        if let Some(until) = p.snoozed_until {
            lines.push(format!("Back at: {}", clock_time(until, now)));
        }
    }
    if let Some(due) = status.next_due {
        let category = status.next_category.map(|c| format!("{c} ")).unwrap_or_default();
        lines.push(format!(
            "Next: {category}at {} (in {})",
            clock_time(due, now),
            until_text(due, now)
        ));
    }
    if let Some(until) = status.paused_until {
        lines.push(format!("Paused until: {}", clock_time(until, now)));
    }
    lines.push(view::counts_line(status));
    if status.relief.recent > 0 {
        let times = if status.relief.recent == 1 { "time" } else { "times" };
        lines.push(format!(
            "Relief: legs went numb {} {times} in the last week.",
            status.relief.recent
        ));
        if status.relief.advise {
            lines.push(relief::ADVICE.to_string());
        }
    }
    lines.join("\n")
}
