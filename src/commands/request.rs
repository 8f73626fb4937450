//! `deskbreak done|skip|snooze|now|pause|resume|quit|reload|relief|drink`: each sends the
//! daemon one request and prints what happened, so they share one entry point.

use chrono::{DateTime, Utc};
use std::process::ExitCode;
use std::time::Duration;

use crate::error::{self, AppError};
use deskbreak_core::model::Status;
use deskbreak_host::clock;
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;
use deskbreak_ipc::client;
use deskbreak_ipc::protocol::{Command, ErrorCode, Response};
use deskbreak_status::relief;
use deskbreak_status::{kinds, spans, status_text, times};

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
        let message = response.error.clone().unwrap_or_else(|| fl!("refused-no-reason"));
        return Err(match response.code {
            Some(ErrorCode::BadRequest | ErrorCode::InvalidConfig) => AppError::Invalid(message),
            _ => AppError::Refused(message),
        });
    }
    response
        .status
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!(fl!("reply-no-status")).into())
}

/// What a person reads after a command.
fn describe(command: &Command, response: &Response, status: &Status, now: DateTime<Utc>) -> String {
    let acted_on = response.records.first().map_or_else(
        || fl!("reply-the-prompt"),
        |r| deskbreak_i18n::prompt_title(&r.prompt, &r.title),
    );
    let pending_title = |p: &deskbreak_core::model::PendingStatus| deskbreak_i18n::prompt_title(&p.prompt, &p.title);
    match command {
        Command::Status | Command::Watch => status_text(status, now),
        Command::Done => format!("{} {}", fl!("reply-done", title = acted_on), next_line(status, now)),
        Command::Skip => format!("{} {}", fl!("reply-skipped", title = acted_on), next_line(status, now)),
        Command::Snooze { .. } => match (&status.pending, status.next_due) {
            (Some(p), _) => match (p.snoozed_until, response.records.first().and_then(|r| r.snooze_s)) {
                (Some(until), Some(s)) => fl!(
                    "reply-snoozed-for",
                    title = pending_title(p),
                    span = spans::snooze(Duration::from_secs(s)),
                    time = times::clock_time(until, now)
                ),
                _ => fl!("reply-snoozed-title", title = pending_title(p)),
            },
            (None, Some(due)) => fl!("reply-nothing-before", time = times::clock_time(due, now)),
            (None, None) => fl!("reply-snoozed"),
        },
        Command::Now => match &status.pending {
            Some(p) => fl!("reply-showing", title = pending_title(p)),
            None => fl!("reply-catalogue-empty"),
        },
        Command::Pause { .. } => match status.paused_until {
            Some(until) => fl!("reply-paused-until", time = times::clock_time(until, now)),
            None => fl!("reply-paused"),
        },
        Command::Resume => format!("{} {}", fl!("reply-resumed"), next_line(status, now)),
        Command::Reload => response.messages.join("\n"),
        Command::Relief => format!(
            "{}\n{}",
            relief::body(
                status.relief.recent,
                status.relief.advise,
                Duration::from_secs(status.relief.within_s)
            ),
            fl!("reply-relief-on-screen")
        ),
        &Command::Drink { glasses } => fl!(
            "reply-drink",
            glasses = glasses,
            water = status.today.water,
            target = status.water_target
        ),
        Command::Quit => fl!("reply-quit"),
    }
}

fn next_line(status: &Status, now: DateTime<Utc>) -> String {
    match (status.next_due, status.next_category) {
        (Some(due), Some(category)) => fl!(
            "reply-next",
            category = kinds::name(category),
            time = times::clock_time(due, now)
        ),
        (Some(due), None) => fl!("reply-next-prompt", time = times::clock_time(due, now)),
        (None, _) => fl!("reply-none-scheduled"),
    }
}
