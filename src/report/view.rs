//! A status as text: what a glance shows (one headline, a tooltip and today's counts), shared by
//! the tray and the status-bar formats of `deskbreak status`, and the several lines of its
//! default format; with the spans and clock times they are written in.

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;
use std::time::Duration;

use crate::core::model::{Category, Hold, Quiet, Sitting, State, Status, plural, span_words};
use crate::core::relief;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glance {
    pub state: State,
    /// "Next: movement in 23 min", "Posture check waiting", "Paused until 14:00".
    pub headline: String,
    /// The pending (or snoozed) prompt's title.
    pub prompt: Option<String>,
    /// "Today: 5 done · 1 snoozed · 0 skipped · water 4/8".
    pub counts: String,
    /// "Sitting for 52 min", when sitting is measured.
    pub sitting: Option<String>,
}

impl Glance {
    pub fn new(status: &Status, now: DateTime<Utc>) -> Glance {
        let pending = status.pending.as_ref();
        let headline = match (status.state, pending) {
            (State::Pending, Some(p)) => format!("{} waiting", label(p.category)),
            (State::Snoozed, Some(p)) => match p.snoozed_until {
                Some(until) if until.to_utc() <= now => overdue(label(p.category), status),
                Some(until) => format!("{} back in {}", label(p.category), countdown(until, now)),
                None => format!("{} snoozed", label(p.category)),
            },
            (State::Paused, _) => match status.paused_until {
                Some(until) => format!("Paused until {}", clock_time(until, now)),
                None => "Paused".into(),
            },
            _ => match (status.next_due, status.next_category) {
                (Some(due), category) if due.to_utc() <= now => overdue(category.map_or("A prompt", label), status),
                (Some(due), Some(category)) => format!("Next: {category} in {}", countdown(due, now)),
                (Some(due), None) => format!("Next prompt in {}", countdown(due, now)),
                (None, _) => "No prompt scheduled".into(),
            },
        };
        Glance {
            state: status.state,
            headline,
            prompt: pending.map(|p| p.title.clone()),
            counts: counts_line(status),
            sitting: sitting_line(&status.sitting, now),
        }
    }

    /// Done, Snooze and Skip apply only while a prompt is pending or snoozed.
    pub fn answerable(&self) -> bool {
        matches!(self.state, State::Pending | State::Snoozed)
    }

    pub fn paused(&self) -> bool {
        self.state == State::Paused
    }

    /// The lines under the headline: the prompt, if any, sitting time, if measured, and
    /// today's counts.
    pub fn details(&self) -> String {
        let lines: Vec<&str> = [
            self.prompt.as_deref(),
            self.sitting.as_deref(),
            Some(self.counts.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        lines.join("\n")
    }

    /// One line in waybar's custom-module JSON form (`return-type: json`).
    pub fn waybar(&self) -> String {
        #[derive(Serialize)]
        struct Waybar<'a> {
            text: &'a str,
            tooltip: String,
            class: &'a str,
            alt: &'a str,
        }
        let line = Waybar {
            text: &self.headline,
            tooltip: format!("{}\n{}", self.headline, self.details()),
            class: self.state.as_str(),
            alt: self.state.as_str(),
        };
        // A struct of strings always serialises.
        serde_json::to_string(&line).unwrap_or_default()
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
        lines.push(if due.to_utc() <= now {
            format!("Next: {category}due since {}", clock_time(due, now))
        } else {
            format!(
                "Next: {category}at {} (in {})",
                clock_time(due, now),
                until_text(due, now)
            )
        });
    }
    if let Some(until) = status.paused_until {
        lines.push(format!("Paused until: {}", clock_time(until, now)));
    }
    let overdue = [status.next_due, status.pending.as_ref().and_then(|p| p.snoozed_until)]
        .into_iter()
        .flatten()
        .any(|at| at.to_utc() <= now);
    match (status.hold, held_by(status)) {
        (Some(Hold::Typing), _) => lines.push("Held: the prompt waits for a pause in your typing".into()),
        (_, Some(why)) if overdue => lines.push(format!("Held: the prompt waits while {why}")),
        (Some(Hold::Quiet), Some(why)) => {
            lines.push(format!("Quiet: {why}; a prompt that comes due waits until it ends"));
        }
        _ => {}
    }
    lines.push(match sitting_line(&status.sitting, now) {
        Some(line) => match status.sitting.since {
            Some(since) => format!("{line} (since {})", clock_time(since, now)),
            None => line,
        },
        None => "Sitting: not measured (no idle detection; see `deskbreak doctor`)".into(),
    });
    lines.push(counts_line(status));
    if status.relief.recent > 0 {
        let times = if status.relief.recent == 1 { "time" } else { "times" };
        // "Recently": the window is `[relief] within`, which the status does not carry.
        lines.push(format!(
            "Relief: legs went numb {} {times} in the last {}.",
            status.relief.recent,
            relief::window_text(Duration::from_secs(status.relief.within_s))
        ));
        if status.relief.advise {
            lines.push(relief::ADVICE.to_string());
        }
    }
    lines.join("\n")
}

/// A prompt past its time: what holds it, or that it is due now (the moment before the tick
/// that shows it, or while the log cannot be written).
fn overdue(label: &str, status: &Status) -> String {
    match (status.hold, held_by(status)) {
        (Some(Hold::Typing), _) => format!("{label} waits for a pause in typing"),
        (_, Some(why)) => format!("{label} held: {why}"),
        (_, None) => format!("{label} due now"),
    }
}

/// What holds a due prompt back, as a person is told it: "do not disturb is on".
fn held_by(status: &Status) -> Option<&'static str> {
    Some(match status.hold? {
        Hold::Quiet => status.quiet.unwrap_or(Quiet::DoNotDisturb).words(),
        Hold::Locked => "the screen is locked",
        Hold::Away => "you are away from the desk",
        Hold::Typing => "you are typing",
    })
}

/// What a prompt of `category` is called while it waits for an answer.
fn label(category: Category) -> &'static str {
    match category {
        Category::Posture => "Posture check",
        Category::Movement => "Movement break",
        Category::Hydration => "Water break",
    }
}

/// "Today: 5 done · 1 snoozed · 0 skipped · water 4/8" (missed and natural breaks when any).
pub fn counts_line(status: &Status) -> String {
    let today = &status.today;
    let mut line = format!(
        "Today: {} done · {} snoozed · {} skipped",
        today.done, today.snoozed, today.skipped
    );
    if today.missed > 0 {
        line.push_str(&format!(" · {} missed", today.missed));
    }
    if today.natural > 0 {
        line.push_str(&format!(
            " · {}",
            plural(today.natural, "natural break", "natural breaks")
        ));
    }
    line.push_str(&format!(" · water {}/{}", today.water, status.water_target));
    line
}

/// "14:32" today, "Thu 14:32" within a week, else "2026-12-01 14:32".
pub fn clock_time(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    let today = now.with_timezone(t.offset()).date_naive();
    let days = (t.date_naive() - today).num_days();
    match days {
        0 => t.format("%H:%M").to_string(),
        1..=6 => t.format("%a %H:%M").to_string(),
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// "23 min", "2 h 5 min", "40 s".
pub fn until_text(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    span_text((t.with_timezone(&Utc) - now).num_seconds())
}

/// "23 min", "2 h 5 min", counted up to whole minutes: a glance is refreshed once a minute, so
/// it never shows seconds, nor "0 min" before the time has come.
fn countdown(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    let secs = u64::try_from((t.with_timezone(&Utc) - now).num_seconds()).unwrap_or(0);
    span_words(secs.max(1).div_ceil(60).saturating_mul(60))
}

/// "23 min", "2 h 5 min", "40 s"; a negative span is "0 s".
pub fn span_text(secs: i64) -> String {
    span_words(u64::try_from(secs).unwrap_or(0))
}

/// "Sitting for 52 min", in whole minutes (it is refreshed once a minute), or "Away from the
/// desk"; `None` when sitting is not measured.
pub fn sitting_line(sitting: &Sitting, now: DateTime<Utc>) -> Option<String> {
    match (sitting.since, sitting.minutes) {
        (Some(since), _) => Some(match (now - since.to_utc()).num_minutes() {
            ..1 => "Sitting for under a minute".into(),
            minutes => format!("Sitting for {}", span_text(minutes.saturating_mul(60))),
        }),
        (None, Some(_)) => Some("Away from the desk".into()),
        (None, None) => None,
    }
}

/// "10 min", or "90 s" for spans that are not whole minutes: a snooze as its button and the
/// client's reply name it.
pub fn short_span(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 60 && s.is_multiple_of(60) {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{DayCounts, PendingStatus};
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 25, h, m, 0)
            .unwrap()
    }

    fn waiting() -> Status {
        Status {
            state: State::Waiting,
            next_due: Some(at(14, 23)),
            next_category: Some(Category::Movement),
            pending: None,
            paused_until: None,
            today: DayCounts {
                done: 5,
                snoozed: 1,
                water: 4,
                ..DayCounts::default()
            },
            water_target: 8,
            relief: Default::default(),
            hold: None,
            quiet: None,
            sitting: Default::default(),
        }
    }

    fn now() -> DateTime<Utc> {
        at(14, 0).with_timezone(&Utc)
    }

    #[test]
    fn each_state_has_its_headline() {
        let g = Glance::new(&waiting(), now());
        assert_eq!(g.headline, "Next: movement in 23 min");
        assert_eq!(g.counts, "Today: 5 done · 1 snoozed · 0 skipped · water 4/8");
        assert!(!g.answerable() && !g.paused());

        let mut s = waiting();
        s.state = State::Snoozed;
        s.next_due = None;
        s.pending = Some(PendingStatus {
            prompt: "posture.feet-flat".into(),
            category: Category::Posture,
            title: "Feet flat".into(),
            text: String::new(),
            shown: at(13, 50),
            expires: None,
            snoozed_until: Some(at(14, 8)),
        });
        let g = Glance::new(&s, now());
        assert_eq!(g.headline, "Posture check back in 8 min");
        assert_eq!(
            g.details(),
            "Feet flat\nToday: 5 done · 1 snoozed · 0 skipped · water 4/8"
        );
        assert!(g.answerable());
        s.state = State::Pending;
        assert_eq!(Glance::new(&s, now()).headline, "Posture check waiting");

        let mut s = waiting();
        s.state = State::Paused;
        s.next_due = None;
        s.paused_until = Some(at(15, 0));
        s.today.missed = 2;
        let g = Glance::new(&s, now());
        assert_eq!(g.headline, "Paused until 15:00");
        assert_eq!(g.counts, "Today: 5 done · 1 snoozed · 0 skipped · 2 missed · water 4/8");
        assert!(g.paused());
    }

    #[test]
    fn a_due_prompt_that_is_held_says_what_holds_it_in_every_form() {
        let mut s = waiting();
        s.next_due = Some(at(13, 58));
        let overdue = |s: &Status| (Glance::new(s, now()).headline, status_text(s, now()));

        let (headline, text) = overdue(&s);
        assert_eq!(headline, "Movement break due now");
        assert!(text.contains("\nNext: movement due since 13:58\n"), "{text}");

        s.hold = Some(Hold::Quiet);
        s.quiet = Some(Quiet::DoNotDisturb);
        let (headline, text) = overdue(&s);
        assert_eq!(headline, "Movement break held: do not disturb is on");
        assert!(
            text.contains("\nHeld: the prompt waits while do not disturb is on\n"),
            "{text}"
        );
        assert_eq!(
            Glance::new(&s, now()).waybar(),
            r#"{"text":"Movement break held: do not disturb is on","tooltip":"Movement break held: do not disturb is on\nToday: 5 done · 1 snoozed · 0 skipped · water 4/8","class":"waiting","alt":"waiting"}"#
        );
        s.quiet = Some(Quiet::Camera);
        assert_eq!(overdue(&s).0, "Movement break held: a camera is in use");
        s.hold = Some(Hold::Away);
        assert_eq!(overdue(&s).0, "Movement break held: you are away from the desk");
        s.hold = Some(Hold::Locked);
        assert_eq!(overdue(&s).0, "Movement break held: the screen is locked");
        s.hold = Some(Hold::Typing);
        let (headline, text) = overdue(&s);
        assert_eq!(headline, "Movement break waits for a pause in typing");
        assert!(
            text.contains("\nHeld: the prompt waits for a pause in your typing\n"),
            "{text}"
        );

        // A snoozed prompt back at its time, held as well.
        s.state = State::Snoozed;
        s.next_due = None;
        s.hold = Some(Hold::Quiet);
        s.pending = Some(PendingStatus {
            prompt: "posture.feet-flat".into(),
            category: Category::Posture,
            title: "Feet flat".into(),
            text: String::new(),
            shown: at(13, 50),
            expires: None,
            snoozed_until: Some(at(13, 59)),
        });
        assert_eq!(overdue(&s).0, "Posture check held: a camera is in use");
    }

    #[test]
    fn quiet_before_anything_is_due_is_said_but_the_countdown_stays() {
        let mut s = waiting();
        s.hold = Some(Hold::Quiet);
        s.quiet = Some(Quiet::DoNotDisturb);
        assert_eq!(Glance::new(&s, now()).headline, "Next: movement in 23 min");
        let text = status_text(&s, now());
        assert!(
            text.contains("\nQuiet: do not disturb is on; a prompt that comes due waits until it ends\n"),
            "{text}"
        );
    }

    #[test]
    fn a_glance_counts_down_in_whole_minutes_and_sitting_up_in_whole_minutes() {
        let mut s = waiting();
        let now = now();
        s.next_due = Some(at(14, 0) + chrono::Duration::seconds(40));
        assert_eq!(Glance::new(&s, now).headline, "Next: movement in 1 min");
        s.next_due = Some(at(14, 22) + chrono::Duration::seconds(10));
        assert_eq!(Glance::new(&s, now).headline, "Next: movement in 23 min");
        s.sitting.since = Some(at(14, 0) - chrono::Duration::seconds(15));
        s.sitting.minutes = Some(0);
        assert_eq!(
            sitting_line(&s.sitting, now).as_deref(),
            Some("Sitting for under a minute")
        );
        s.sitting.since = Some(at(13, 8) - chrono::Duration::seconds(59));
        assert_eq!(sitting_line(&s.sitting, now).as_deref(), Some("Sitting for 52 min"));
    }

    #[test]
    fn counts_are_plural_only_when_they_are_many() {
        let mut s = waiting();
        s.today.natural = 1;
        assert_eq!(
            counts_line(&s),
            "Today: 5 done · 1 snoozed · 0 skipped · 1 natural break · water 4/8"
        );
        s.today.natural = 2;
        assert_eq!(
            counts_line(&s),
            "Today: 5 done · 1 snoozed · 0 skipped · 2 natural breaks · water 4/8"
        );
    }

    #[test]
    fn a_short_span_is_whole_minutes_or_seconds() {
        assert_eq!(short_span(Duration::from_secs(600)), "10 min");
        assert_eq!(short_span(Duration::from_secs(90)), "90 s");
        assert_eq!(short_span(Duration::from_secs(30)), "30 s");
    }

    #[test]
    fn the_waybar_line_is_one_json_object() {
        assert_eq!(
            Glance::new(&waiting(), now()).waybar(),
            r#"{"text":"Next: movement in 23 min","tooltip":"Next: movement in 23 min\nToday: 5 done · 1 snoozed · 0 skipped · water 4/8","class":"waiting","alt":"waiting"}"#
        );
    }
}
