//! The several lines of `deskbreak status`.

use chrono::{DateTime, Utc};
use std::time::Duration;

use deskbreak_core::model::{Hold, State, Status};
use deskbreak_i18n::fl;

use crate::glance::{counts_line, held_by, sitting_line};
use crate::kinds;
use crate::relief;
use crate::spans;
use crate::times;

/// The multi-line `deskbreak status`.
pub fn status_text(status: &Status, now: DateTime<Utc>) -> String {
    let mut lines = Vec::new();
    let state = match status.state {
        State::Waiting => fl!("state-waiting"),
        State::Pending => fl!("state-pending"),
        State::Snoozed => fl!("state-snoozed"),
        State::Paused => fl!("state-paused"),
        State::Inactive => fl!("state-inactive"),
    };
    lines.push(fl!("status-state", state = state));
    if let Some(p) = &status.pending {
        let (title, text) = match deskbreak_i18n::prompt_words(&p.prompt) {
            Some((title, text, _)) => (title, text),
            None => (p.title.clone(), p.text.clone()),
        };
        let category = kinds::name(p.category);
        lines.push(fl!("status-prompt", title = title, category = category, text = text));
        if let Some(until) = p.snoozed_until {
            lines.push(fl!("status-back-at", time = times::clock_time(until, now)));
        }
    }
    if let Some(due) = status.next_due {
        let time = times::clock_time(due, now);
        lines.push(match (due.to_utc() <= now, status.next_category) {
            (true, Some(c)) => fl!("status-next-due", category = kinds::name(c), time = time),
            (true, None) => fl!("status-next-due-any", time = time),
            (false, Some(c)) => fl!(
                "status-next-at",
                category = kinds::name(c),
                time = time,
                span = spans::until(due, now)
            ),
            (false, None) => fl!("status-next-at-any", time = time, span = spans::until(due, now)),
        });
    }
    if let Some(until) = status.paused_until {
        lines.push(fl!("status-paused-until", time = times::clock_time(until, now)));
    }
    let overdue = [status.next_due, status.pending.as_ref().and_then(|p| p.snoozed_until)]
        .into_iter()
        .flatten()
        .any(|at| at.to_utc() <= now);
    match (status.hold, held_by(status)) {
        (Some(Hold::Typing), _) => lines.push(fl!("status-held-typing")),
        (_, Some(why)) if overdue => lines.push(fl!("status-held", why = why)),
        (Some(Hold::Quiet), Some(why)) => lines.push(fl!("status-quiet", why = why)),
        _ => {}
    }
    lines.push(match sitting_line(&status.sitting, now) {
        Some(line) => match status.sitting.since {
            Some(since) => fl!(
                "status-sitting-since",
                sitting = line,
                time = times::clock_time(since, now)
            ),
            None => line,
        },
        None => fl!("status-sitting-unmeasured"),
    });
    lines.push(counts_line(status));
    if status.relief.recent > 0 {
        // "Recently": the window is `[relief] within`, which the status carries in seconds.
        lines.push(relief::recent_text(
            status.relief.recent,
            Duration::from_secs(status.relief.within_s),
        ));
        if status.relief.advise {
            lines.push(relief::advice());
        }
    }
    lines.join("\n")
}
