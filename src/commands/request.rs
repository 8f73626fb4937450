//! `deskbreak done|skip|snooze|now|pause|resume|quit|reload|relief|drink`: each sends the
//! daemon one request and prints what happened, so they share one entry point.

use chrono::{DateTime, Utc};
use std::process::ExitCode;
use std::time::Duration;

use crate::clock;
use crate::core::model::Status;
use crate::core::relief;
use crate::error::{self, AppError};
use crate::ipc::client;
use crate::ipc::protocol::{Command, ErrorCode, Response};
use crate::paths::Paths;
use crate::report::view::{clock_time, short_span, status_text};

/// Sends `command` and prints the outcome in a line or two.
pub fn run(command: &Command, paths: &Paths) -> Result<ExitCode, AppError> {
    let response = client::request(&paths.socket(), *command)?;
    let status = accepted(&response)?;
    error::print_line(describe(command, &response, status, clock::now()))?;
    Ok(ExitCode::SUCCESS)
}

/// The status a successful response carries, or the daemon's refusal as an error.
pub fn accepted(response: &Response) -> Result<&Status, AppError> {
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

/// What a person reads after a command.
fn describe(command: &Command, response: &Response, status: &Status, now: DateTime<Utc>) -> String {
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
                relief::body(
                    status.relief.recent,
                    advise,
                    Duration::from_secs(status.relief.within_s)
                )
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
