//! A status as text: what a glance shows (one headline, a tooltip and today's counts), shared by
//! the tray and the status-bar formats of `deskbreak status`, and the several lines of its
//! default format; with the spans and clock times they are written in, in the person's language.

use chrono::{DateTime, Datelike, FixedOffset, Utc, Weekday};
use serde::Serialize;
use std::time::Duration;
use unicode_width::UnicodeWidthStr;

use crate::core::logged::DamagedLines;
use crate::core::model::{Category, Hold, Quiet, Sitting, State, Status};
use crate::fl;
use crate::report::relief;

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
            (State::Pending, Some(p)) => fl!("glance-waiting", label = label(p.category)),
            (State::Snoozed, Some(p)) => match p.snoozed_until {
                Some(until) if until.to_utc() <= now => overdue(&label(p.category), status),
                Some(until) => fl!(
                    "glance-back-in",
                    label = label(p.category),
                    span = countdown(until, now)
                ),
                None => fl!("glance-snoozed", label = label(p.category)),
            },
            (State::Paused, _) => match status.paused_until {
                Some(until) => fl!("glance-paused-until", time = clock_time(until, now)),
                None => fl!("glance-paused"),
            },
            _ => match (status.next_due, status.next_category) {
                (Some(due), category) if due.to_utc() <= now => {
                    overdue(&category.map_or_else(|| fl!("glance-a-prompt"), label), status)
                }
                (Some(due), Some(category)) => fl!(
                    "glance-next",
                    category = category_name(category),
                    span = countdown(due, now)
                ),
                (Some(due), None) => fl!("glance-next-prompt", span = countdown(due, now)),
                (None, _) => fl!("glance-none"),
            },
        };
        Glance {
            state: status.state,
            headline,
            prompt: pending.map(|p| crate::i18n::prompt_title(&p.prompt, &p.title)),
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
        State::Waiting => fl!("state-waiting"),
        State::Pending => fl!("state-pending"),
        State::Snoozed => fl!("state-snoozed"),
        State::Paused => fl!("state-paused"),
        State::Inactive => fl!("state-inactive"),
    };
    lines.push(fl!("status-state", state = state));
    if let Some(p) = &status.pending {
        let (title, text) = match crate::i18n::prompt_words(&p.prompt) {
            Some((title, text, _)) => (title, text),
            None => (p.title.clone(), p.text.clone()),
        };
        let category = category_name(p.category);
        lines.push(fl!("status-prompt", title = title, category = category, text = text));
        if let Some(until) = p.snoozed_until {
            lines.push(fl!("status-back-at", time = clock_time(until, now)));
        }
    }
    if let Some(due) = status.next_due {
        let time = clock_time(due, now);
        lines.push(match (due.to_utc() <= now, status.next_category) {
            (true, Some(c)) => fl!("status-next-due", category = category_name(c), time = time),
            (true, None) => fl!("status-next-due-any", time = time),
            (false, Some(c)) => fl!(
                "status-next-at",
                category = category_name(c),
                time = time,
                span = until_text(due, now)
            ),
            (false, None) => fl!("status-next-at-any", time = time, span = until_text(due, now)),
        });
    }
    if let Some(until) = status.paused_until {
        lines.push(fl!("status-paused-until", time = clock_time(until, now)));
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
            Some(since) => fl!("status-sitting-since", sitting = line, time = clock_time(since, now)),
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

/// A prompt past its time: what holds it, or that it is due now (the moment before the tick
/// that shows it, or while the log cannot be written).
fn overdue(label: &str, status: &Status) -> String {
    match (status.hold, held_by(status)) {
        (Some(Hold::Typing), _) => fl!("glance-typing", label = label),
        (_, Some(why)) => fl!("glance-held", label = label, why = why),
        (_, None) => fl!("glance-due", label = label),
    }
}

/// What holds a due prompt back, as a person is told it: "do not disturb is on".
fn held_by(status: &Status) -> Option<String> {
    Some(match status.hold? {
        Hold::Quiet => match status.quiet.unwrap_or(Quiet::DoNotDisturb) {
            Quiet::DoNotDisturb => fl!("held-do-not-disturb"),
            Quiet::Camera => fl!("held-camera"),
            Quiet::Busy => fl!("held-busy"),
        },
        Hold::Locked => fl!("held-locked"),
        Hold::Away => fl!("held-away"),
        Hold::Typing => fl!("held-typing"),
    })
}

/// What a prompt of `category` is called while it waits for an answer.
pub fn label(category: Category) -> String {
    match category {
        Category::Posture => fl!("label-posture"),
        Category::Movement => fl!("label-movement"),
        Category::Hydration => fl!("label-hydration"),
    }
}

/// A category's name in running text ("movement").
pub fn category_name(category: Category) -> String {
    match category {
        Category::Posture => fl!("category-posture"),
        Category::Movement => fl!("category-movement"),
        Category::Hydration => fl!("category-hydration"),
    }
}

/// "Today: 5 done · 1 snoozed · 0 skipped · water 4/8" (missed and natural breaks when any).
pub fn counts_line(status: &Status) -> String {
    let today = &status.today;
    let mut counts = vec![
        fl!("count-done", count = today.done),
        fl!("count-snoozed", count = today.snoozed),
        fl!("count-skipped", count = today.skipped),
    ];
    if today.missed > 0 {
        counts.push(fl!("count-missed", count = today.missed));
    }
    if today.natural > 0 {
        counts.push(fl!("count-natural", count = today.natural));
    }
    counts.push(fl!("count-water", glasses = today.water, target = status.water_target));
    fl!("counts-today", counts = counts.join(" · "))
}

/// "14:32" today, "Thu 14:32" within a week, else "2026-12-01 14:32".
pub fn clock_time(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    let today = now.with_timezone(t.offset()).date_naive();
    let days = (t.date_naive() - today).num_days();
    match days {
        0 => t.format("%H:%M").to_string(),
        1..=6 => format!("{} {}", weekday_short(t.weekday()), t.format("%H:%M")),
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// "Thu", in the person's language.
pub fn weekday_short(day: Weekday) -> String {
    match day {
        Weekday::Mon => fl!("weekday-mon"),
        Weekday::Tue => fl!("weekday-tue"),
        Weekday::Wed => fl!("weekday-wed"),
        Weekday::Thu => fl!("weekday-thu"),
        Weekday::Fri => fl!("weekday-fri"),
        Weekday::Sat => fl!("weekday-sat"),
        Weekday::Sun => fl!("weekday-sun"),
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

/// "1 h 20 min", "2 h", "45 min", "30 s": a span as a person says it, in whole units.
pub fn span_words(secs: u64) -> String {
    match (secs / 3600, secs % 3600 / 60) {
        (0, 0) => fl!("span-seconds", seconds = secs),
        (0, m) => fl!("span-minutes", minutes = m),
        (h, 0) => fl!("span-hours", hours = h),
        (h, m) => fl!("span-hours-minutes", hours = h, minutes = m),
    }
}

/// "Sitting for 52 min", in whole minutes (it is refreshed once a minute), or "Away from the
/// desk"; `None` when sitting is not measured.
pub fn sitting_line(sitting: &Sitting, now: DateTime<Utc>) -> Option<String> {
    match (sitting.since, sitting.minutes) {
        (Some(since), _) => Some(match (now - since.to_utc()).num_minutes() {
            ..1 => fl!("sitting-under-a-minute"),
            minutes => fl!("sitting-for", span = span_text(minutes.saturating_mul(60))),
        }),
        (None, Some(_)) => Some(fl!("sitting-away")),
        (None, None) => None,
    }
}

/// `text` after spaces up to `width` terminal cells (a CJK character takes two): a column that
/// lines up in every language.
pub fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` before spaces up to `width` terminal cells.
pub fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// "2 damaged lines skipped (lines 7, 12)".
pub fn damaged_words(damaged: &DamagedLines) -> String {
    fl!("damaged-lines", count = damaged.count, lines = damaged.numbers())
}

/// "10 min", or "90 s" for spans that are not whole minutes: a snooze as its button and the
/// client's reply name it.
pub fn short_span(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 60 && s.is_multiple_of(60) {
        let minutes = s / 60;
        fl!("span-minutes", minutes = minutes)
    } else {
        fl!("span-seconds", seconds = s)
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
        // A built-in prompt is named by the catalogue (in the person's language), whatever the
        // status carried.
        assert_eq!(
            g.details(),
            "Feet flat on the floor\nToday: 5 done · 1 snoozed · 0 skipped · water 4/8"
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
