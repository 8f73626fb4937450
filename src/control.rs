//! The client commands: send one request to the daemon and print what happened.

use chrono::{DateTime, FixedOffset, Utc};
use std::time::Duration;

use crate::cli::PauseArgs;
use crate::clock;
use crate::core::model::{PauseSpec, State, Status};
use crate::error::AppError;
use crate::ipc::client;
use crate::ipc::protocol::{Command, ErrorCode, Response};
use crate::notify::short_span;
use crate::paths::Paths;

/// Sends `command` and prints the outcome in a line or two.
pub fn execute(paths: &Paths, command: Command, json: bool) -> Result<(), AppError> {
    let response = client::request(&paths.socket(), command.clone())?;
    if !response.ok {
        let message = response
            .error
            .unwrap_or_else(|| "the daemon refused the request".into());
        return Err(match response.code {
            Some(ErrorCode::BadRequest) => AppError::Usage(message),
            _ => AppError::Refused(message),
        });
    }
    let Some(status) = &response.status else {
        return Err(anyhow::anyhow!("the daemon sent no status").into());
    };
    if json {
        let json = StatusJson {
            status,
            water_target: response.water_target,
        };
        println!("{}", serde_json::to_string_pretty(&json).map_err(anyhow::Error::from)?);
    } else {
        println!("{}", describe(&command, &response, status, clock::now()));
    }
    Ok(())
}

/// `status --json`: the daemon's status and, beside it, the target that today's water counts against.
#[derive(serde::Serialize)]
struct StatusJson<'a> {
    #[serde(flatten)]
    status: &'a Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    water_target: Option<u32>,
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
        Command::Status => status_text(status, response.water_target, now),
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
        Command::Quit => "deskbreak stopped.".into(),
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
pub fn status_text(status: &Status, water_target: Option<u32>, now: DateTime<Utc>) -> String {
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
    let t = status.today;
    let water = match water_target {
        Some(target) => format!("{}/{target}", t.water),
        None => t.water.to_string(),
    };
    lines.push(format!(
        "Today: {} done · {} snoozed · {} skipped · {} missed · water {water}",
        t.done, t.snoozed, t.skipped, t.missed
    ));
    lines.join("\n")
}

/// "14:32" today, "Thu 14:32" within a week, else "2026-12-01 14:32".
fn clock_time(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    let today = now.with_timezone(t.offset()).date_naive();
    let days = (t.date_naive() - today).num_days();
    match days {
        0 => t.format("%H:%M").to_string(),
        1..=6 => t.format("%a %H:%M").to_string(),
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

fn until_text(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    span_text((t.with_timezone(&Utc) - now).num_seconds())
}

/// "23 min", "2 h 5 min", "40 s"; a negative span is "0 s".
pub fn span_text(secs: i64) -> String {
    let secs = secs.max(0);
    match secs {
        0..60 => format!("{secs} s"),
        60..3600 => format!("{} min", secs / 60),
        _ if secs % 3600 / 60 == 0 => format!("{} h", secs / 3600),
        _ => format!("{} h {} min", secs / 3600, secs % 3600 / 60),
    }
}
