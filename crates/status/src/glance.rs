//! What a glance at the status shows: one headline, a tooltip and today's counts, shared by the
//! tray and the status-bar formats of `deskbreak status`.

use chrono::{DateTime, Utc};
use serde::Serialize;

use deskbreak_core::model::{Hold, Quiet, Sitting, State, Status};
use deskbreak_i18n::fl;

use crate::kinds;
use crate::spans;
use crate::times;

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
            (State::Pending, Some(p)) => fl!("glance-waiting", label = kinds::title(p.category)),
            (State::Snoozed, Some(p)) => match p.snoozed_until {
                Some(until) if until.to_utc() <= now => overdue(&kinds::title(p.category), status),
                Some(until) => fl!(
                    "glance-back-in",
                    label = kinds::title(p.category),
                    span = spans::countdown(until, now)
                ),
                None => fl!("glance-snoozed", label = kinds::title(p.category)),
            },
            (State::Paused, _) => match status.paused_until {
                Some(until) => fl!("glance-paused-until", time = times::clock_time(until, now)),
                None => fl!("glance-paused"),
            },
            _ => match (status.next_due, status.next_category) {
                (Some(due), category) if due.to_utc() <= now => {
                    overdue(&category.map_or_else(|| fl!("glance-a-prompt"), kinds::title), status)
                }
                (Some(due), Some(category)) => fl!(
                    "glance-next",
                    category = kinds::name(category),
                    span = spans::countdown(due, now)
                ),
                (Some(due), None) => fl!("glance-next-prompt", span = spans::countdown(due, now)),
                (None, _) => fl!("glance-none"),
            },
        };
        Glance {
            state: status.state,
            headline,
            prompt: pending.map(|p| deskbreak_i18n::prompt_title(&p.prompt, &p.title)),
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
pub(crate) fn held_by(status: &Status) -> Option<String> {
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

/// "Sitting for 52 min", in whole minutes (it is refreshed once a minute), or "Away from the
/// desk"; `None` when sitting is not measured.
pub fn sitting_line(sitting: &Sitting, now: DateTime<Utc>) -> Option<String> {
    match (sitting.since, sitting.minutes) {
        (Some(since), _) => Some(match (now - since.to_utc()).num_minutes() {
            ..1 => fl!("sitting-under-a-minute"),
            minutes => fl!("sitting-for", span = spans::clamped(minutes.saturating_mul(60))),
        }),
        (None, Some(_)) => Some(fl!("sitting-away")),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::status_text;
    use chrono::{FixedOffset, TimeZone};
    use deskbreak_core::model::Category;
    use deskbreak_core::model::{DayCounts, PendingStatus};

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
    fn the_waybar_line_is_one_json_object() {
        assert_eq!(
            Glance::new(&waiting(), now()).waybar(),
            r#"{"text":"Next: movement in 23 min","tooltip":"Next: movement in 23 min\nToday: 5 done · 1 snoozed · 0 skipped · water 4/8","class":"waiting","alt":"waiting"}"#
        );
    }
}
