//! The scheduler driven through whole days by a fake clock, in microseconds.

use chrono::{DateTime, Duration as Span, NaiveDateTime, TimeZone, Utc};
use chrono_tz::{Europe::Berlin, Tz};
use std::time::Duration;

use deskbreak_config as config;
use deskbreak_core::events::{Answer, Effect, Input, PauseSpec, Refusal, ReliefShown, Shown};
use deskbreak_core::model::{AckRecord, Category, DayCounts, EventKind, EventRecord, Outcome, Quiet, State, Via};
use deskbreak_core::prompts::{self, RotationState};
use deskbreak_core::schedule::Rules;
use deskbreak_core::scheduler::Scheduler;
use deskbreak_core::span::Span as Length;

/// Local time in Berlin.
fn at(s: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    Berlin
        .from_local_datetime(&naive)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&Berlin).format("%H:%M").to_string()
}

fn rules(toml: &str) -> Rules {
    config::parse(toml).expect("valid test config").config.rules()
}

/// A scheduler and a fake clock, with everything it showed and recorded.
struct Day {
    s: Scheduler<Tz>,
    now: DateTime<Utc>,
    shows: Vec<(DateTime<Utc>, Shown)>,
    records: Vec<AckRecord>,
    events: Vec<EventRecord>,
    reliefs: Vec<ReliefShown>,
    closes: Vec<DateTime<Utc>>,
    deferrals: usize,
    /// Each pause watch asked for (`Some(length)`) or called off (`None`), and when.
    pause_watches: Vec<(DateTime<Utc>, Option<std::time::Duration>)>,
}

impl Day {
    fn new(rules: Rules, start: DateTime<Utc>) -> Day {
        Day::resume(rules, start, RotationState::default())
    }

    fn resume(rules: Rules, start: DateTime<Utc>, rotation: RotationState) -> Day {
        let s = Scheduler::new(
            Berlin,
            rules,
            prompts::builtin(),
            rotation,
            DayCounts::default(),
            7,
            start,
        );
        Day::from_scheduler(s, start)
    }

    /// A day under a config's rules and its own catalogue.
    fn configured(toml: &str, start: DateTime<Utc>) -> Day {
        let config = config::parse(toml).expect("valid test config").config;
        let s = Scheduler::new(
            Berlin,
            config.rules(),
            config.catalogue(),
            RotationState::default(),
            DayCounts::default(),
            7,
            start,
        );
        Day::from_scheduler(s, start)
    }

    fn from_scheduler(s: Scheduler<Tz>, start: DateTime<Utc>) -> Day {
        Day {
            s,
            now: start,
            shows: vec![],
            records: vec![],
            events: vec![],
            reliefs: vec![],
            closes: vec![],
            deferrals: 0,
            pause_watches: vec![],
        }
    }

    fn feed(&mut self, input: Input) -> Result<(), Refusal> {
        let effects = self.s.handle(self.now, input)?;
        for e in effects {
            match e {
                Effect::Show(shown) => self.shows.push((self.now, shown)),
                Effect::Record(r) => self.records.push(r),
                Effect::Close => self.closes.push(self.now),
                Effect::RecordEvent(e) => self.events.push(e),
                Effect::ShowRelief(r) => self.reliefs.push(r),
                Effect::Deferred(_) => self.deferrals += 1,
                Effect::SaveRotation(_) => {}
                Effect::WatchPause(length) => self.pause_watches.push((self.now, length)),
            }
        }
        Ok(())
    }

    /// The loop's timer at `wake` (or now, if that is later). A tick never leaves the scheduler
    /// due again at once: the loop would nap zero, and again.
    fn tick_at(&mut self, wake: DateTime<Utc>) {
        self.now = self.now.max(wake);
        self.feed(Input::Tick).unwrap();
        let next = self.s.next_wakeup();
        assert!(
            next.is_none_or(|n| n > self.now),
            "due again at once at {}",
            local(self.now)
        );
    }

    /// Runs the clock to `t`, ticking at every wake-up the scheduler asks for.
    fn run_until(&mut self, t: DateTime<Utc>) {
        while let Some(wake) = self.s.next_wakeup().filter(|w| *w <= t) {
            self.tick_at(wake);
        }
        self.now = t;
    }

    /// Runs to `t`, answering every prompt `delay` after it appears.
    fn run_answering(&mut self, t: DateTime<Utc>, delay: Span, answer: Answer) {
        loop {
            let shown_before = self.shows.len();
            let next = self.s.next_wakeup().filter(|w| *w <= t);
            let Some(wake) = next else { break };
            self.tick_at(wake);
            if self.shows.len() > shown_before && self.now + delay <= t {
                self.now += delay;
                self.feed(Input::Answer {
                    answer,
                    via: Via::Cli,
                    seq: None,
                })
                .unwrap();
            }
        }
        self.now = t;
    }

    fn show_times(&self) -> Vec<String> {
        self.shows.iter().map(|(t, _)| local(*t)).collect()
    }
}

const DEFAULT: &str = "";
/// The default `relief.within`.
const WEEK: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);
const FIXED_45: &str = "[schedule]\nmin_interval = \"45m\"\nmax_interval = \"45m\"\n";

#[test]
fn a_fixed_interval_day_has_exact_prompt_times() {
    // Wednesday; answered at once, so each prompt comes 45 minutes after the last.
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 07:00"));
    day.run_answering(at("2026-11-25 23:59"), Span::zero(), Answer::Done);
    assert_eq!(
        day.show_times(),
        [
            "09:45", "10:30", "11:15", "12:00", "12:45", "13:30", "14:15", "15:00", "15:45", "16:30", "17:15"
        ]
    );
    assert_eq!(day.records.len(), 11);
    assert!(
        day.records
            .iter()
            .all(|r| r.outcome == Outcome::Done && r.via == Via::Cli)
    );
}

#[test]
fn a_default_day_stays_in_hours_with_30_to_60_minute_gaps() {
    let mut day = Day::new(rules(DEFAULT), at("2026-11-25 07:00"));
    day.run_answering(at("2026-11-25 23:59"), Span::minutes(1), Answer::Done);
    let times: Vec<DateTime<Utc>> = day.shows.iter().map(|(t, _)| *t).collect();
    assert!((8..=16).contains(&times.len()), "{} prompts", times.len());
    assert!(times[0] >= at("2026-11-25 09:30") && times[0] <= at("2026-11-25 10:00"));
    for t in &times {
        assert!(
            *t >= at("2026-11-25 09:00") && *t < at("2026-11-25 17:30"),
            "{}",
            local(*t)
        );
    }
    for pair in times.windows(2) {
        // Answered after one minute; the interval counts from the answer.
        let gap = pair[1] - pair[0] - Span::minutes(1);
        assert!(gap >= Span::minutes(30) && gap <= Span::minutes(60), "gap {gap}");
    }
    // Intervals are random: not all the same.
    let gaps: std::collections::HashSet<_> = times.windows(2).map(|p| p[1] - p[0]).collect();
    assert!(gaps.len() > 1);
}

#[test]
fn no_prompt_on_the_weekend() {
    // Saturday 2026-11-28 to Monday 08:00.
    let mut day = Day::new(rules(DEFAULT), at("2026-11-28 08:00"));
    day.run_answering(at("2026-11-30 08:00"), Span::minutes(1), Answer::Done);
    assert!(day.shows.is_empty());
    assert_eq!(day.s.status(day.now).state, State::Inactive);
    day.run_answering(at("2026-11-30 10:01"), Span::minutes(1), Answer::Done);
    assert_eq!(day.shows.len(), 1);
}

#[test]
fn a_snooze_chain_shows_the_same_prompt_again_each_time() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let first = day.shows[0].1.prompt.id.clone();
    for minutes in [10, 5] {
        day.feed(Input::Answer {
            answer: Answer::Snooze(Some(Length::minutes(minutes))),
            via: Via::Tray,
            seq: None,
        })
        .unwrap();
        assert_eq!(day.s.status(day.now).state, State::Snoozed);
        day.run_until(day.now + Span::minutes(minutes as i64));
    }
    day.now += Span::minutes(1);
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    assert_eq!(day.show_times(), ["09:45", "09:55", "10:00"]);
    assert!(day.shows.iter().all(|(_, s)| s.prompt.id == first));
    let outcomes: Vec<_> = day
        .records
        .iter()
        .map(|r| (r.outcome, r.snooze_s, local(r.time.to_utc())))
        .collect();
    assert_eq!(
        outcomes,
        [
            (Outcome::Snoozed, Some(600), "09:45".to_string()),
            (Outcome::Snoozed, Some(300), "09:55".to_string()),
            (Outcome::Done, None, "10:01".to_string()),
        ]
    );
    // The record says when the prompt was last shown, so the answer time is measurable.
    assert_eq!(local(day.records[2].shown.to_utc()), "10:00");
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:46")
    );
}

#[test]
fn an_unanswered_prompt_is_missed_and_closed_after_the_timeout() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:49"));
    assert_eq!(day.s.status(day.now).state, State::Pending);
    day.run_until(at("2026-11-25 09:51"));
    assert_eq!(day.records.len(), 1);
    let r = &day.records[0];
    assert_eq!(
        (r.outcome, r.via, local(r.time.to_utc())),
        (Outcome::Missed, Via::Timeout, "09:50".to_string())
    );
    assert_eq!(day.closes.iter().map(|t| local(*t)).collect::<Vec<_>>(), ["09:50"]);
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:35")
    );
    assert_eq!(
        day.s.status(day.now).today,
        DayCounts {
            missed: 1,
            ..DayCounts::default()
        }
    );
}

#[test]
fn pause_until_a_time_runs_across_midnight() {
    let all_day = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let mut day = Day::new(rules(all_day), at("2026-11-25 23:00"));
    day.feed(Input::Pause(
        PauseSpec::Until {
            time: chrono::NaiveTime::from_hms_opt(1, 0, 0).unwrap(),
        },
        Via::Cli,
    ))
    .unwrap();
    let status = day.s.status(day.now);
    assert_eq!(status.state, State::Paused);
    assert_eq!(status.paused_until.unwrap().to_rfc3339(), "2026-11-26T01:00:00+01:00");
    day.run_answering(at("2026-11-26 01:00"), Span::zero(), Answer::Done);
    assert!(day.shows.is_empty(), "no prompt while paused");
    assert_eq!(day.s.status(day.now).state, State::Waiting);
    day.run_answering(at("2026-11-26 01:30"), Span::zero(), Answer::Done);
    assert_eq!(day.show_times(), ["01:30"]);
}

#[test]
fn pausing_a_pending_prompt_skips_it_and_resume_restarts_the_count() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(60),
        },
        Via::Tray,
    ))
    .unwrap();
    assert_eq!(day.records[0].outcome, Outcome::Skipped);
    assert_eq!(day.closes.len(), 1);
    day.now = at("2026-11-25 10:00");
    day.feed(Input::Resume).unwrap();
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:45")
    );
    assert_eq!(day.feed(Input::Resume), Err(Refusal::NotPaused));
}

#[test]
fn pause_until_tomorrow_ends_at_midnight() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 15:00"));
    day.feed(Input::Pause(PauseSpec::Tomorrow, Via::Cli)).unwrap();
    assert_eq!(
        day.s.status(day.now).paused_until.unwrap().to_rfc3339(),
        "2026-11-26T00:00:00+01:00"
    );
    day.run_answering(at("2026-11-26 23:00"), Span::zero(), Answer::Done);
    assert_eq!(day.show_times().first().map(String::as_str), Some("09:45"));
    assert!(day.shows.iter().all(|(t, _)| *t > at("2026-11-26 00:00")));
}

#[test]
fn a_spring_forward_day_keeps_real_intervals_and_skips_the_missing_hour() {
    // 2026-03-29: Berlin clocks jump from 02:00 to 03:00.
    let all_day = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   days = [\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let mut day = Day::new(rules(all_day), at("2026-03-29 00:00"));
    day.run_answering(at("2026-03-29 05:00"), Span::zero(), Answer::Done);
    assert_eq!(
        day.show_times(),
        ["00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30", "05:00"]
    );
    for pair in day.shows.windows(2) {
        assert_eq!(pair[1].0 - pair[0].0, Span::minutes(30));
    }
}

#[test]
fn a_fall_back_day_fires_through_the_repeated_hour_in_real_time() {
    // 2026-10-25: Berlin clocks go back from 03:00 to 02:00; 02:xx happens twice.
    let all_day = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   days = [\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let mut day = Day::new(rules(all_day), at("2026-10-25 01:00"));
    day.run_answering(at("2026-10-25 04:00"), Span::zero(), Answer::Done);
    assert_eq!(
        day.show_times(),
        ["01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30", "04:00"]
    );
}

#[test]
fn categories_rotate_and_no_prompt_repeats_across_a_restart() {
    let catalogue = prompts::builtin();
    let per_category = |c| catalogue.iter().filter(|p| p.category == c).count();
    let all_day = "[schedule]\nmin_interval = \"1m\"\nmax_interval = \"1m\"\n\
                   days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let rounds = Category::ALL.iter().map(|&c| per_category(c)).max().unwrap();
    let mut shown = Vec::new();
    let mut day = Day::new(rules(all_day), at("2026-11-25 00:00"));
    let mut rotation = RotationState::default();
    // Restart after every few prompts, carrying over only the saved rotation.
    for chunk in 0..rounds * 3 / 4 + 1 {
        let end = day.now + Span::minutes(4);
        day.run_answering(end, Span::zero(), Answer::Done);
        shown.extend(day.shows.drain(..).map(|(_, s)| s.prompt));
        rotation = day.s.rotation().clone();
        day = Day::resume(rules(all_day), end + Span::seconds(chunk as i64), rotation.clone());
    }
    let _ = rotation;
    let categories: Vec<Category> = shown.iter().map(|p| p.category).collect();
    for (i, c) in categories.iter().enumerate() {
        assert_eq!(*c, Category::ALL[i % 3], "position {i}");
    }
    for c in Category::ALL {
        let ids: Vec<&str> = shown
            .iter()
            .filter(|p| p.category == c)
            .map(|p| p.id.as_str())
            .collect();
        let n = per_category(c);
        for round in ids.chunks(n) {
            let distinct: std::collections::HashSet<_> = round.iter().collect();
            assert_eq!(
                distinct.len(),
                round.len(),
                "{c}: a prompt repeated within a round: {round:?}"
            );
        }
    }
}

#[test]
fn answers_with_nothing_pending_are_refused_and_snooze_postpones() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    assert_eq!(
        day.feed(Input::Answer {
            answer: Answer::Done,
            via: Via::Cli,
            seq: None
        }),
        Err(Refusal::NothingPending)
    );
    assert_eq!(
        day.feed(Input::Answer {
            answer: Answer::Skip,
            via: Via::Cli,
            seq: None
        }),
        Err(Refusal::NothingPending)
    );
    day.feed(Input::Answer {
        answer: Answer::Snooze(Some(Length::minutes(60))),
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:00")
    );
    assert!(day.records.is_empty());
}

#[test]
fn a_click_on_an_old_notification_is_ignored() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let seq = day.shows[0].1.seq;
    assert_eq!(
        day.feed(Input::Answer {
            answer: Answer::Done,
            via: Via::Notification,
            seq: Some(seq + 1)
        }),
        Err(Refusal::Stale)
    );
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Notification,
        seq: Some(seq),
    })
    .unwrap();
    assert_eq!(day.records[0].via, Via::Notification);
}

#[test]
fn a_dismissed_prompt_is_snoozed_from_the_notification_and_comes_back() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let shown = day.shows[0].1.clone();
    assert_eq!(day.feed(Input::Dismissed { seq: shown.seq + 1 }), Err(Refusal::Stale));
    day.feed(Input::Dismissed { seq: shown.seq }).unwrap();
    let r = &day.records[0];
    assert_eq!(
        (r.outcome, r.via, r.snooze_s, r.prompt.as_str()),
        (Outcome::Snoozed, Via::Notification, Some(600), shown.prompt.id.as_str())
    );
    assert_eq!(day.s.status(day.now).state, State::Snoozed);
    // A second close of the same notification (it is gone) changes nothing.
    assert_eq!(day.feed(Input::Dismissed { seq: shown.seq }), Err(Refusal::Stale));
    day.run_until(at("2026-11-25 09:55"));
    assert_eq!(day.show_times(), ["09:45", "09:55"], "back after the snooze time");
    assert_eq!(day.shows[1].1.prompt, shown.prompt);
}

#[test]
fn take_a_break_now_shows_the_next_prompt_at_once_even_when_paused() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:05"));
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(120),
        },
        Via::Cli,
    ))
    .unwrap();
    day.feed(Input::Now).unwrap();
    assert_eq!(day.show_times(), ["09:05"]);
    let status = day.s.status(day.now);
    assert_eq!(
        (status.state, status.pending.unwrap().category),
        (State::Pending, Category::Posture)
    );
}

#[test]
fn waking_outside_hours_after_a_due_time_does_not_fire() {
    let day = Day::new(rules(FIXED_45), at("2026-11-25 17:00"));
    let due = day.s.next_wakeup().unwrap();
    assert_eq!(local(due), "09:45", "17:00 + 45 min is past closing: tomorrow");
    // The machine slept from 16:00 to 22:00 with a due time of 16:45 in between.
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 16:00"));
    day.now = at("2026-11-25 22:00");
    day.feed(Input::Tick).unwrap();
    assert!(day.shows.is_empty());
    assert_eq!(
        day.s.status(day.now).next_due.unwrap().to_rfc3339(),
        "2026-11-26T09:45:00+01:00"
    );
}

#[test]
fn status_reports_each_state() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    let s = day.s.status(day.now);
    assert_eq!((s.state, s.next_category), (State::Waiting, Some(Category::Posture)));
    assert_eq!(s.next_due.unwrap().to_rfc3339(), "2026-11-25T09:45:00+01:00");
    day.run_until(at("2026-11-25 09:45"));
    let s = day.s.status(day.now);
    assert_eq!((s.state, s.next_due), (State::Pending, None));
    assert_eq!(
        s.pending.as_ref().unwrap().expires.unwrap().to_rfc3339(),
        "2026-11-25T09:50:00+01:00"
    );
    day.feed(Input::Answer {
        answer: Answer::Snooze(None),
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    let s = day.s.status(day.now);
    assert_eq!(s.state, State::Snoozed);
    assert_eq!(
        s.pending.unwrap().snoozed_until.unwrap().to_rfc3339(),
        "2026-11-25T09:55:00+01:00"
    );
    assert_eq!(s.today.snoozed, 1);
    // The next day starts with zero counts.
    assert_eq!(day.s.status(at("2026-11-26 08:00")).today, DayCounts::default());
}

fn show_log(day: &Day) -> Vec<(String, Category)> {
    day.shows.iter().map(|(t, s)| (local(*t), s.prompt.category)).collect()
}

const CADENCES: &str = "[categories.posture]\nevery = \"30m\"\n[categories.hydration]\nevery = \"45m\"\n";

#[test]
fn own_cadences_share_one_queue_over_a_full_day() {
    // Posture every 30 min, hydration every 45 min, movement alone on the 30-60 min rotation;
    // every prompt answered two minutes after it appears.
    let mut day = Day::new(rules(CADENCES), at("2026-11-25 08:00"));
    day.run_answering(at("2026-11-25 23:59"), Span::minutes(2), Answer::Done);
    let log = show_log(&day);
    let of = |c: Category| {
        log.iter()
            .filter(|(_, cat)| *cat == c)
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
    };
    // The first prompt of each cadence comes one interval after opening; posture (30 min)
    // first, then hydration (45 min) held back five minutes after posture ended at 09:32.
    assert_eq!(
        &log[..2],
        [
            ("09:30".to_string(), Category::Posture),
            ("09:45".to_string(), Category::Hydration)
        ]
    );
    assert!(
        of(Category::Posture).len() >= 10,
        "posture: {:?}",
        of(Category::Posture)
    );
    assert!(
        of(Category::Hydration).len() >= 7,
        "hydration: {:?}",
        of(Category::Hydration)
    );
    assert!(
        of(Category::Movement).len() >= 4,
        "movement: {:?}",
        of(Category::Movement)
    );
    // Never two at once, and five minutes between the end of one and a prompt of another cadence.
    let shows: Vec<(DateTime<Utc>, Category)> = day.shows.iter().map(|(t, s)| (*t, s.prompt.category)).collect();
    for pair in shows.windows(2) {
        let ended = pair[0].0 + Span::minutes(2);
        assert!(pair[1].0 >= ended, "overlap at {}", local(pair[1].0));
        if pair[0].1 != pair[1].1 {
            assert!(pair[1].0 >= ended + Span::minutes(5), "gap before {}", local(pair[1].0));
        }
    }
    for (t, _) in &day.shows {
        assert!(
            *t >= at("2026-11-25 09:00") && *t < at("2026-11-25 17:30"),
            "{}",
            local(*t)
        );
    }
    assert_eq!(day.records.len(), day.shows.len(), "every prompt was answered once");
    assert_eq!(
        day.s.status(day.now).today.water,
        u32::try_from(of(Category::Hydration).len()).unwrap()
    );
}

#[test]
fn own_cadence_times_are_exact() {
    let fixed = "[schedule]\nmin_interval = \"40m\"\nmax_interval = \"40m\"\nhours = [\"09:00-12:00\"]\n\
                 [categories.posture]\nevery = \"30m\"\n[categories.hydration]\nevery = \"45m\"\n";
    let mut day = Day::new(rules(fixed), at("2026-11-25 08:00"));
    day.run_answering(at("2026-11-25 12:00"), Span::minutes(1), Answer::Done);
    let log = show_log(&day);
    let got: Vec<(&str, Category)> = log.iter().map(|(t, c)| (t.as_str(), *c)).collect();
    use Category::{Hydration, Movement, Posture};
    assert_eq!(
        got,
        [
            ("09:30", Posture),   // 09:00 + 30 min; answered a minute later, as all of them
            ("09:40", Movement),  // 09:00 + 40; the gap after posture ended at 09:31 is over by 09:36
            ("09:46", Hydration), // due 09:45, held until 5 min after movement ended at 09:41
            ("10:01", Posture),   // 09:31 + 30
            ("10:21", Movement),  // 09:41 + 40
            ("10:32", Posture),   // posture and hydration both due at 10:32: the tie goes in order
            ("10:38", Hydration), // waited since 10:32, follows 5 min after posture ended at 10:33
            ("11:02", Movement),  // 10:22 + 40
            ("11:08", Posture),   // due 11:03, held until 11:03 + 5
            ("11:24", Hydration), // 10:39 + 45
            ("11:39", Posture),   // 11:09 + 30
            ("11:45", Movement),  // due 11:43, held until 11:40 + 5
        ]
    );
}

#[test]
fn two_prompts_due_together_go_longest_waiting_first_and_the_other_follows_after_the_gap() {
    let both_30 = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   [categories.hydration]\nevery = \"30m\"\n";
    let mut day = Day::new(rules(both_30), at("2026-11-25 09:00"));
    // Both streams are due at 09:30; nobody answers until 09:31.
    day.run_until(at("2026-11-25 09:30"));
    assert_eq!(show_log(&day), [("09:30".to_string(), Category::Posture)]);
    day.now = at("2026-11-25 09:31");
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    // Hydration waited since 09:30: it comes five minutes after the answer, not lost, not doubled.
    assert_eq!(day.s.next_wakeup().map(local).as_deref(), Some("09:36"));
    day.run_answering(at("2026-11-25 10:10"), Span::zero(), Answer::Done);
    assert_eq!(
        show_log(&day),
        [
            ("09:30".to_string(), Category::Posture),
            ("09:36".to_string(), Category::Hydration),
            ("10:01".to_string(), Category::Movement),
            ("10:06".to_string(), Category::Hydration),
        ]
    );
}

#[test]
fn a_disabled_category_never_appears() {
    let no_water = "[categories.hydration]\nenabled = false\n[categories.posture]\nevery = \"30m\"\n";
    let mut day = Day::configured(no_water, at("2026-11-25 08:00"));
    day.run_answering(at("2026-11-27 23:00"), Span::minutes(1), Answer::Done);
    assert!(day.shows.len() > 20);
    assert!(day.shows.iter().all(|(_, s)| s.prompt.category != Category::Hydration));
    assert!(day.shows.iter().any(|(_, s)| s.prompt.category == Category::Movement));
}

#[test]
fn without_cadences_the_rotation_is_the_foundation_one() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_answering(at("2026-11-25 12:00"), Span::zero(), Answer::Done);
    let categories: Vec<Category> = day.shows.iter().map(|(_, s)| s.prompt.category).collect();
    assert_eq!(
        categories,
        [
            Category::Posture,
            Category::Movement,
            Category::Hydration,
            Category::Posture
        ]
    );
}

#[test]
fn relief_episodes_recurring_bring_the_advice_on_the_fourth() {
    let mut day = Day::new(rules(DEFAULT), at("2026-11-20 09:00"));
    for (i, when) in [
        "2026-11-20 09:00",
        "2026-11-22 10:00",
        "2026-11-24 11:00",
        "2026-11-25 12:00",
    ]
    .iter()
    .enumerate()
    {
        day.now = at(when);
        day.feed(Input::Relief(Via::Cli)).unwrap();
        assert_eq!(
            day.reliefs[i],
            ReliefShown {
                recent: u32::try_from(i + 1).unwrap(),
                advise: i == 3,
                within: WEEK,
            },
            "episode {}",
            i + 1
        );
    }
    assert!(
        day.events
            .iter()
            .all(|e| e.outcome == EventKind::Relief && e.via == Some(Via::Cli))
    );
    assert!(day.s.status(day.now).relief.advise);
    // A week after the first, only three remain in the window.
    day.now = at("2026-11-27 10:00");
    day.feed(Input::Relief(Via::Tray)).unwrap();
    assert_eq!(
        day.reliefs[4],
        ReliefShown {
            recent: 4,
            advise: true,
            within: WEEK,
        }
    );
    day.now = at("2026-12-05 10:00");
    assert_eq!(day.s.status(day.now).relief.recent, 0);
}

#[test]
fn water_counts_hydration_done_and_drinks() {
    let mut day = Day::new(rules(CADENCES), at("2026-11-25 09:00"));
    day.feed(Input::Drink {
        glasses: 2,
        via: Via::Cli,
    })
    .unwrap();
    assert_eq!(day.events[0].glasses, Some(2));
    day.run_answering(at("2026-11-25 09:50"), Span::zero(), Answer::Done);
    assert_eq!(show_log(&day).last().map(|(_, c)| *c), Some(Category::Hydration));
    let status = day.s.status(day.now);
    assert_eq!((status.today.water, status.water_target), (3, 8));
}

mod interruptions {
    use super::*;
    use deskbreak_core::events::Presence;
    use deskbreak_core::model::Hold;

    const ALL_DAY_30: &str = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                              days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n";

    #[test]
    fn idle_past_the_natural_break_closes_the_prompt_and_restarts_the_count_on_return() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.run_until(at("2026-11-25 09:30"));
        assert_eq!(day.shows.len(), 1);
        // No input since 09:29: at 09:34 that is five minutes, a natural break.
        day.now = at("2026-11-25 09:31");
        day.feed(Input::Presence(Presence::Idle {
            since: at("2026-11-25 09:29"),
        }))
        .unwrap();
        day.run_until(at("2026-11-25 10:20"));
        assert_eq!(day.records.len(), 1);
        let r = &day.records[0];
        assert_eq!(
            (r.outcome, r.via, local(r.time.to_utc())),
            (Outcome::Natural, Via::Idle, "09:34".to_string())
        );
        assert_eq!(day.closes.len(), 1);
        assert_eq!(day.shows.len(), 1, "no prompt while away, however long");
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Away));
        // Back at 10:20: the next prompt comes a full interval later.
        day.feed(Input::Presence(Presence::Active)).unwrap();
        assert_eq!(day.s.next_wakeup().map(local).as_deref(), Some("10:50"));
        assert_eq!(day.s.status(day.now).today.natural, 1);
    }

    #[test]
    fn a_short_idle_changes_nothing() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-25 09:10");
        day.feed(Input::Presence(Presence::Idle {
            since: at("2026-11-25 09:08"),
        }))
        .unwrap();
        day.now = at("2026-11-25 09:12");
        day.feed(Input::Presence(Presence::Active)).unwrap();
        day.run_until(at("2026-11-25 09:31"));
        assert_eq!(day.show_times(), ["09:30"]);
        assert!(day.records.is_empty());
    }

    #[test]
    fn a_three_hour_suspend_gives_exactly_one_prompt_after_waking() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.run_until(at("2026-11-25 09:30"));
        // Asleep from 09:31 to 12:31 with a prompt on screen.
        day.now = at("2026-11-25 12:31");
        day.feed(Input::Woke {
            from: at("2026-11-25 09:31"),
        })
        .unwrap();
        let r = &day.records[0];
        assert_eq!((r.outcome, r.via), (Outcome::Natural, Via::Sleep));
        day.run_answering(at("2026-11-25 13:30"), Span::zero(), Answer::Done);
        assert_eq!(
            day.show_times(),
            ["09:30", "13:01"],
            "one prompt, a full interval after waking"
        );
    }

    #[test]
    fn clock_jumps_fire_no_backlog() {
        // Set forward a whole day: the jump counts as a break, not as 48 missed prompts.
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-26 09:00");
        day.feed(Input::Woke {
            from: at("2026-11-25 09:00"),
        })
        .unwrap();
        day.run_answering(at("2026-11-26 10:00"), Span::zero(), Answer::Done);
        assert_eq!(day.show_times(), ["09:30", "10:00"]);
        assert!(day.records.iter().all(|r| r.outcome == Outcome::Done));

        // Set back an hour: the countdown keeps the half hour it had left.
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 10:00"));
        day.now = at("2026-11-25 09:00");
        day.feed(Input::ClockChanged { by: Span::hours(-1) }).unwrap();
        assert_eq!(day.s.next_wakeup().map(local).as_deref(), Some("09:30"));
        day.run_answering(at("2026-11-25 10:05"), Span::zero(), Answer::Done);
        assert_eq!(day.show_times(), ["09:30", "10:00"]);
    }

    #[test]
    fn prompts_wait_while_do_not_disturb_holds_and_come_once_it_ends() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-25 09:20");
        day.feed(Input::Quiet(Some(Quiet::DoNotDisturb))).unwrap();
        // One wake-up at the due time, to say the prompt is deferred; then none while quiet.
        assert_eq!(day.s.next_wakeup().map(local).as_deref(), Some("09:30"));
        day.now = at("2026-11-25 09:30");
        day.feed(Input::Tick).unwrap();
        assert_eq!(day.s.next_wakeup(), None, "nothing to wake for while quiet");
        day.feed(Input::Tick).unwrap();
        assert!(day.shows.is_empty());
        assert_eq!(day.deferrals, 1, "the deferral is said once");
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Quiet));
        day.now = at("2026-11-25 10:15");
        day.feed(Input::Quiet(None)).unwrap();
        day.feed(Input::Tick).unwrap();
        assert_eq!(day.show_times(), ["10:15"], "shown once the meeting is over, once");
    }

    /// Found by the real-desktop harness on GNOME: a snoozed prompt falling due while quiet was
    /// said to be deferred only at the next wake-up for another reason.
    #[test]
    fn a_snoozed_prompt_due_while_quiet_is_said_deferred_at_its_time() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.run_until(at("2026-11-25 09:30"));
        day.feed(Input::Answer {
            answer: Answer::Snooze(Some(Length::minutes(10))),
            via: Via::Cli,
            seq: None,
        })
        .unwrap();
        day.now = at("2026-11-25 09:35");
        day.feed(Input::Quiet(Some(Quiet::DoNotDisturb))).unwrap();
        assert_eq!(day.s.next_wakeup().map(local).as_deref(), Some("09:40"));
        day.now = at("2026-11-25 09:40");
        day.feed(Input::Tick).unwrap();
        assert_eq!(day.deferrals, 1, "said at its time");
        assert_eq!(day.s.next_wakeup(), None, "then nothing to wake for while quiet");
        assert_eq!(day.shows.len(), 1);
        day.now = at("2026-11-25 09:50");
        day.feed(Input::Quiet(None)).unwrap();
        day.feed(Input::Tick).unwrap();
        assert_eq!(day.show_times(), ["09:30", "09:50"]);
    }

    #[test]
    fn quiet_said_again_while_it_holds_does_not_repeat_the_deferral() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-25 09:30");
        day.feed(Input::Quiet(Some(Quiet::DoNotDisturb))).unwrap();
        day.feed(Input::Tick).unwrap();
        assert_eq!(day.deferrals, 1);
        // One source of do-not-disturb ends while the other holds: still quiet, nothing new.
        day.now = at("2026-11-25 09:40");
        day.feed(Input::Quiet(Some(Quiet::DoNotDisturb))).unwrap();
        assert_eq!(day.s.next_wakeup(), None, "nothing to wake for");
        day.feed(Input::Tick).unwrap();
        assert_eq!(day.deferrals, 1, "the deferral is said once");
        assert!(day.shows.is_empty());
    }

    #[test]
    fn no_prompt_while_locked_and_a_long_lock_is_a_break() {
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-25 09:28");
        day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
        day.run_until(at("2026-11-25 09:31"));
        assert!(day.shows.is_empty(), "locked at 09:30");
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Locked));
        day.run_until(at("2026-11-25 11:00"));
        day.feed(Input::Presence(Presence::Active)).unwrap();
        day.run_answering(at("2026-11-25 11:40"), Span::zero(), Answer::Done);
        assert_eq!(day.show_times(), ["11:30"]);

        // Locked for two minutes only: the prompt due meanwhile comes right after unlocking.
        let mut day = Day::new(rules(ALL_DAY_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-25 09:29");
        day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
        day.run_until(at("2026-11-25 09:31"));
        day.feed(Input::Presence(Presence::Active)).unwrap();
        day.run_until(at("2026-11-25 09:31"));
        assert_eq!(day.show_times(), ["09:31"]);
    }
}

mod sitting_and_typing {
    use super::*;
    use deskbreak_core::events::Presence;
    use deskbreak_core::model::Hold;

    /// Every 30 minutes, all day, movement only (so that each prompt may carry sitting time).
    const MOVE_30: &str = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                           days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n\
                           [categories.posture]\nenabled = false\n[categories.hydration]\nenabled = false\n";

    /// A day whose watchers measure sitting and see pauses in typing.
    fn sensing(config: &str, start: &str) -> Day {
        let mut day = Day::new(rules(config), at(start));
        day.feed(Input::Senses {
            sitting: true,
            pauses: true,
        })
        .unwrap();
        day
    }

    fn sitting_records(day: &Day) -> Vec<(EventKind, String, Option<String>, Option<Via>)> {
        day.events
            .iter()
            .filter(|e| matches!(e.outcome, EventKind::Away | EventKind::Arrived | EventKind::Stopped))
            .map(|e| {
                (
                    e.outcome,
                    local(e.time.to_utc()),
                    e.since.map(|t| local(t.to_utc())),
                    e.via,
                )
            })
            .collect()
    }

    #[test]
    fn a_stretch_begins_on_arrival_and_ends_when_the_person_leaves_for_a_natural_break() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.now = at("2026-11-25 09:52");
        let status = day.s.status(day.now);
        assert_eq!(status.sitting.minutes, Some(52));
        assert_eq!(status.sitting.since.map(|t| local(t.to_utc())), Some("09:00".into()));

        // Idle for two minutes is not a break: still the same stretch.
        day.feed(Input::Presence(Presence::Idle {
            since: at("2026-11-25 09:50"),
        }))
        .unwrap();
        day.feed(Input::Presence(Presence::Active)).unwrap();
        assert_eq!(day.s.status(day.now).sitting.minutes, Some(52));

        // Away from 10:00 to 10:20: the stretch ended at 10:00; away meanwhile; a new one at 10:20.
        day.now = at("2026-11-25 10:01");
        day.feed(Input::Presence(Presence::Idle {
            since: at("2026-11-25 10:00"),
        }))
        .unwrap();
        assert_eq!(day.s.status(day.now).sitting.minutes, Some(52 + 9), "not yet a break");
        day.run_until(at("2026-11-25 10:10"));
        let away = day.s.status(day.now).sitting;
        assert_eq!((away.since, away.minutes), (None, Some(0)), "away: not sitting");
        day.now = at("2026-11-25 10:20");
        day.feed(Input::Presence(Presence::Active)).unwrap();
        day.now = at("2026-11-25 10:45");
        assert_eq!(day.s.status(day.now).sitting.minutes, Some(25));

        // A lock, then a suspend: away since the lock, whatever came after it, until unlocked.
        day.now = at("2026-11-25 12:00");
        day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
        day.now = at("2026-11-25 12:59");
        day.feed(Input::Woke {
            from: at("2026-11-25 12:02"),
        })
        .unwrap();
        day.now = at("2026-11-25 13:00");
        day.feed(Input::Presence(Presence::Active)).unwrap();
        // Asleep with nobody away before: away since the suspend.
        day.now = at("2026-11-25 16:00");
        day.feed(Input::Woke {
            from: at("2026-11-25 15:00"),
        })
        .unwrap();
        day.now = at("2026-11-25 17:00");
        day.feed(Input::Stopping).unwrap();
        assert_eq!(
            sitting_records(&day),
            [
                (EventKind::Arrived, "09:00".into(), None, None),
                (EventKind::Away, "10:20".into(), Some("10:00".into()), Some(Via::Idle)),
                (EventKind::Away, "13:00".into(), Some("12:00".into()), Some(Via::Lock)),
                (EventKind::Away, "16:00".into(), Some("15:00".into()), Some(Via::Sleep)),
                (EventKind::Stopped, "17:00".into(), None, None),
            ]
        );
        let status = day.s.status(day.now).sitting;
        assert_eq!((status.since, status.minutes), (None, None), "no longer measured");
    }

    #[test]
    fn without_idle_detection_sitting_is_not_measured_and_nothing_is_logged() {
        let mut day = Day::new(rules(MOVE_30), at("2026-11-25 09:00"));
        day.now = at("2026-11-25 10:00");
        day.feed(Input::Presence(Presence::Locked {
            since: at("2026-11-25 09:40"),
        }))
        .unwrap();
        day.feed(Input::Presence(Presence::Active)).unwrap();
        let status = day.s.status(day.now).sitting;
        assert_eq!((status.since, status.minutes), (None, None));
        assert!(sitting_records(&day).is_empty(), "{:?}", day.events);
        day.feed(Input::Stopping).unwrap();
        assert!(sitting_records(&day).is_empty());
    }

    #[test]
    fn stopping_while_away_ends_the_stretch_when_the_person_left() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.now = at("2026-11-25 09:20");
        day.feed(Input::Presence(Presence::Idle {
            since: at("2026-11-25 09:10"),
        }))
        .unwrap();
        day.feed(Input::Stopping).unwrap();
        assert_eq!(
            sitting_records(&day).last(),
            Some(&(EventKind::Stopped, "09:10".into(), None, None))
        );
    }

    #[test]
    fn a_movement_prompt_after_a_long_stretch_says_how_long_it_has_been() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.feed(Input::Senses {
            sitting: true,
            pauses: false,
        })
        .unwrap();
        day.run_answering(at("2026-11-25 10:35"), Span::zero(), Answer::Skip);
        let sat: Vec<Option<Duration>> = day.shows.iter().map(|(_, s)| s.sat).collect();
        assert_eq!(sat.len(), 3, "09:30, 10:00 and 10:30? {:?}", day.show_times());
        // 30 min is not long, nor are 60 min longer than 60; at 10:30, 1 h 30 min are.
        assert_eq!(sat, [None, None, Some(Duration::from_secs(90 * 60))]);
        // The prompt itself keeps its own words (the notification says how long before them).
        let builtin = prompts::builtin();
        let own = builtin.iter().find(|p| p.id == day.shows[2].1.prompt.id).unwrap();
        assert_eq!(day.shows[2].1.prompt.text, own.text);
    }

    #[test]
    fn a_prompt_due_while_typing_shows_at_the_first_pause() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.run_until(at("2026-11-25 09:30"));
        assert!(day.shows.is_empty(), "waits for a pause");
        assert_eq!(
            day.pause_watches,
            [(at("2026-11-25 09:30"), Some(Duration::from_secs(3)))]
        );
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Typing));
        assert_eq!(day.s.next_wakeup(), Some(at("2026-11-25 09:32")), "at most two minutes");
        day.now += Span::seconds(40);
        day.feed(Input::TypingPaused).unwrap();
        assert_eq!(day.shows.len(), 1);
        assert_eq!(day.shows[0].1.waited, Some(Duration::from_secs(40)));
        assert_eq!(
            day.pause_watches.last(),
            Some(&(day.now, None)),
            "the watch is called off"
        );
        assert_eq!(day.s.status(day.now).hold, None);
        // A late pause report changes nothing.
        day.feed(Input::TypingPaused).unwrap();
        assert_eq!(day.shows.len(), 1);
    }

    #[test]
    fn a_prompt_waits_for_a_pause_no_longer_than_wait_for_pause() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.run_until(at("2026-11-25 09:35"));
        assert_eq!(day.show_times(), ["09:32"]);
        assert_eq!(day.shows[0].1.waited, Some(Duration::from_secs(120)));
        assert_eq!(
            day.pause_watches,
            [
                (at("2026-11-25 09:30"), Some(Duration::from_secs(3))),
                (at("2026-11-25 09:32"), None)
            ]
        );
        // A snoozed prompt coming back waits for a pause too.
        day.feed(Input::Answer {
            answer: Answer::Snooze(Some(Length::minutes(10))),
            via: Via::Cli,
            seq: None,
        })
        .unwrap();
        day.run_until(at("2026-11-25 09:45"));
        assert_eq!(day.shows.len(), 1, "snoozed until 09:45, then waiting");
        day.now = at("2026-11-25 09:45") + Span::seconds(5);
        day.feed(Input::TypingPaused).unwrap();
        assert_eq!(day.shows.len(), 2);
    }

    #[test]
    fn waiting_is_off_with_zero_or_without_a_backend_that_sees_pauses() {
        let zero = format!("{MOVE_30}[breaks]\nwait_for_pause = \"0s\"\n");
        let mut day = sensing(&zero, "2026-11-25 09:00");
        day.run_until(at("2026-11-25 09:30"));
        assert_eq!(day.show_times(), ["09:30"]);
        assert!(day.pause_watches.is_empty());

        let mut day = Day::new(rules(MOVE_30), at("2026-11-25 09:00"));
        day.feed(Input::Senses {
            sitting: true,
            pauses: false,
        })
        .unwrap();
        day.run_until(at("2026-11-25 09:30"));
        assert_eq!(day.show_times(), ["09:30"]);
    }

    #[test]
    fn asking_for_a_break_shows_at_once_while_typing() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.run_until(at("2026-11-25 09:30"));
        day.now += Span::seconds(10);
        day.feed(Input::Now).unwrap();
        assert_eq!(day.shows.len(), 1);
        assert_eq!(day.shows[0].1.waited, None);
        assert_eq!(day.pause_watches.last(), Some(&(day.now, None)));
        assert_eq!(day.s.status(day.now).hold, None);
    }

    #[test]
    fn do_not_disturb_or_a_pause_during_the_wait_calls_it_off() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.run_until(at("2026-11-25 09:30"));
        day.now += Span::seconds(10);
        day.feed(Input::Quiet(Some(Quiet::DoNotDisturb))).unwrap();
        assert_eq!(day.pause_watches.last(), Some(&(day.now, None)));
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Quiet));
        day.now += Span::seconds(10);
        day.feed(Input::Quiet(None)).unwrap();
        day.feed(Input::Tick).unwrap();
        assert!(day.shows.is_empty(), "quiet over: waiting for a pause again");
        assert_eq!(day.pause_watches.last(), Some(&(day.now, Some(Duration::from_secs(3)))));
        day.feed(Input::Pause(
            PauseSpec::For {
                seconds: Length::minutes(60),
            },
            Via::Cli,
        ))
        .unwrap();
        assert_eq!(day.pause_watches.last(), Some(&(day.now, None)));
        assert_eq!(day.s.status(day.now).hold, None);
    }

    #[test]
    fn an_away_during_the_wait_ends_it_as_a_natural_break() {
        let mut day = sensing(MOVE_30, "2026-11-25 09:00");
        day.run_until(at("2026-11-25 09:30"));
        // The person locks the screen mid-sentence and goes: the wait ends; the lock holds.
        day.now = at("2026-11-25 09:31");
        day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Locked));
        day.run_until(at("2026-11-25 09:40"));
        assert!(day.shows.is_empty(), "{:?}", day.show_times());
        assert_eq!(day.pause_watches.last(), Some(&(at("2026-11-25 09:31"), None)));
        day.feed(Input::Presence(Presence::Active)).unwrap();
        // Back at 09:40: a full interval from now, and the break is logged.
        assert_eq!(
            day.s.status(day.now).next_due.map(|t| local(t.to_utc())),
            Some("10:10".into())
        );
        assert_eq!(
            sitting_records(&day).last(),
            Some(&(EventKind::Away, "09:40".into(), Some("09:31".into()), Some(Via::Lock)))
        );
    }
}

/// The days the invariants (`tests/invariants.rs`) found broken, each as the case that would
/// have caught it first.
mod found_by_the_invariants {
    use super::*;
    use deskbreak_core::events::Presence;
    use deskbreak_core::model::Hold;

    const EVERY_DAY: &str = "days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\n";

    fn every_day(schedule: &str) -> Rules {
        rules(&format!("[schedule]\n{EVERY_DAY}{schedule}"))
    }

    fn snooze(span: Option<Length>, seq: Option<u64>) -> Input {
        Input::Answer {
            answer: Answer::Snooze(span),
            via: if seq.is_some() { Via::Notification } else { Via::Cli },
            seq,
        }
    }

    fn rfc3339(t: Option<DateTime<chrono::FixedOffset>>) -> Option<String> {
        t.map(|t| t.to_rfc3339())
    }

    /// Hours that end a minute after they start; a prompt at 08:00 snoozed for a minute at
    /// 08:00:14. The daemon once spun at full CPU from 08:01:14 (with an idle source that sees
    /// pauses in typing) or showed the prompt after hours (without one).
    #[test]
    fn a_snooze_past_the_end_of_the_hours_waits_for_the_next_active_period() {
        for pauses in [true, false] {
            let mut day = Day::new(every_day("hours = [\"08:00-08:01\"]\n"), at("2026-11-25 07:59"));
            day.feed(Input::Senses { sitting: true, pauses }).unwrap();
            day.now = at("2026-11-25 08:00");
            day.feed(Input::Now).unwrap();
            day.now += Span::seconds(14);
            day.feed(snooze(Some(Length::minutes(1)), None)).unwrap();
            let back = day.s.status(day.now).pending.and_then(|p| p.snoozed_until);
            assert_eq!(rfc3339(back).as_deref(), Some("2026-11-26T08:00:00+01:00"), "{pauses}");

            // At the snooze's first end, and through the evening and night: nothing to do.
            for t in ["2026-11-25 08:01", "2026-11-25 17:00", "2026-11-26 07:59"] {
                day.now = at(t) + Span::seconds(14);
                day.feed(Input::Tick).unwrap();
                assert!(day.s.next_wakeup().is_none_or(|w| w > day.now), "{t}, {pauses}");
            }
            assert_eq!(day.shows.len(), 1, "nothing shown after hours ({pauses})");
            assert!(
                day.pause_watches.is_empty(),
                "no wait for a pause after hours ({pauses})"
            );

            // Back when the hours start: at once, or at the first pause in typing.
            day.run_until(at("2026-11-26 08:00"));
            if pauses {
                day.now += Span::seconds(2);
                day.feed(Input::TypingPaused).unwrap();
            }
            assert_eq!(day.show_times(), ["08:00", "08:00"], "{pauses}");
            assert_eq!(day.shows[0].1.prompt, day.shows[1].1.prompt);
        }
    }

    /// A pause that ends after the hours: prompts count afresh from the next active period.
    #[test]
    fn a_pause_past_the_end_of_the_hours_counts_from_the_next_active_period() {
        let mut day = Day::new(
            every_day("min_interval = \"30m\"\nmax_interval = \"30m\"\nhours = [\"09:00-17:00\"]\n"),
            at("2026-11-25 16:00"),
        );
        day.feed(Input::Pause(
            PauseSpec::For {
                seconds: Length::minutes(120),
            },
            Via::Cli,
        ))
        .unwrap();
        day.run_until(at("2026-11-26 09:29"));
        assert!(day.shows.is_empty());
        day.run_until(at("2026-11-26 09:30"));
        assert_eq!(day.show_times(), ["09:30"]);
    }

    /// logind and the loop's clock check both report one suspend: once counted two `away`
    /// records.
    #[test]
    fn a_suspend_reported_twice_is_one_absence() {
        for logind_first in [true, false] {
            let mut day = Day::new(rules(DEFAULT), at("2026-11-25 09:00"));
            day.feed(Input::Senses {
                sitting: true,
                pauses: false,
            })
            .unwrap();
            day.now = at("2026-11-25 11:00");
            let by_logind = Input::Woke {
                from: at("2026-11-25 10:00") + Span::milliseconds(300),
            };
            let by_clock = Input::Woke {
                from: at("2026-11-25 10:00"),
            };
            let reports = if logind_first {
                [by_logind, by_clock]
            } else {
                [by_clock, by_logind]
            };
            for report in reports {
                day.feed(report).unwrap();
            }
            let away: Vec<_> = day.events.iter().filter(|e| e.outcome == EventKind::Away).collect();
            assert_eq!(away.len(), 1, "logind first: {logind_first}");
            // A later suspend counts again.
            day.now = at("2026-11-25 14:00");
            day.feed(Input::Woke {
                from: at("2026-11-25 13:00"),
            })
            .unwrap();
            assert_eq!(day.events.iter().filter(|e| e.outcome == EventKind::Away).count(), 2);
        }
    }

    /// Waking from a suspend once cleared an absence by lock while the screen was still locked.
    #[test]
    fn waking_with_the_screen_locked_is_away_until_it_is_unlocked() {
        let mut day = Day::new(rules(DEFAULT), at("2026-11-25 09:00"));
        day.feed(Input::Senses {
            sitting: true,
            pauses: false,
        })
        .unwrap();
        day.now = at("2026-11-25 09:55");
        day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
        day.now = at("2026-11-25 11:00");
        day.feed(Input::Woke {
            from: at("2026-11-25 10:00"),
        })
        .unwrap();
        assert!(day.events.iter().all(|e| e.outcome != EventKind::Away), "still locked");
        assert_eq!(day.s.status(day.now).hold, Some(Hold::Locked));
        day.now = at("2026-11-25 11:05");
        day.feed(Input::Presence(Presence::Active)).unwrap();
        // The clock check's report of the same suspend comes after the unlock.
        day.feed(Input::Woke {
            from: at("2026-11-25 10:00"),
        })
        .unwrap();
        let away: Vec<_> = day
            .events
            .iter()
            .filter(|e| e.outcome == EventKind::Away)
            .map(|e| (local(e.time.to_utc()), e.since.map(|t| local(t.to_utc())), e.via))
            .collect();
        assert_eq!(away, [("11:05".into(), Some("09:55".into()), Some(Via::Lock))]);
    }

    /// A click on an old notification, with nothing pending, once snoozed every stream.
    #[test]
    fn a_stale_snooze_or_dismiss_is_refused_in_every_phase() {
        let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
        day.run_until(at("2026-11-25 09:45"));
        let seq = day.shows[0].1.seq;
        day.feed(Input::Answer {
            answer: Answer::Done,
            via: Via::Cli,
            seq: None,
        })
        .unwrap();
        let next = day.s.next_wakeup();
        day.now = at("2026-11-25 10:00");
        assert_eq!(day.feed(snooze(None, Some(seq))), Err(Refusal::Stale));
        assert_eq!(day.feed(Input::Dismissed { seq }), Err(Refusal::Stale));
        assert_eq!(day.s.next_wakeup(), next, "nothing moved");
        // Snoozed, and paused: the same.
        day.run_until(at("2026-11-25 10:30"));
        day.feed(snooze(None, None)).unwrap();
        assert_eq!(day.feed(Input::Dismissed { seq }), Err(Refusal::Stale));
        day.feed(Input::Pause(PauseSpec::Tomorrow, Via::Cli)).unwrap();
        assert_eq!(day.feed(snooze(None, Some(seq + 1))), Err(Refusal::Stale));
        assert_eq!(day.s.status(day.now).state, State::Paused);
    }

    /// A clock set back once stretched snoozes, pauses and typing waits by the jump.
    #[test]
    fn a_clock_set_back_keeps_the_time_a_snooze_or_a_pause_had_left() {
        let mut day = Day::new(rules(FIXED_45), at("2026-11-25 10:00"));
        day.run_until(at("2026-11-25 10:45"));
        day.feed(snooze(Some(Length::minutes(10)), None)).unwrap();
        day.now = at("2026-11-25 10:50");
        // Set back half an hour: 5 minutes were left, 5 minutes are left.
        day.now -= Span::minutes(30);
        day.feed(Input::ClockChanged { by: -Span::minutes(30) }).unwrap();
        let back = day.s.status(day.now).pending.and_then(|p| p.snoozed_until);
        assert_eq!(rfc3339(back).as_deref(), Some("2026-11-25T10:25:00+01:00"));

        let mut day = Day::new(rules(FIXED_45), at("2026-11-25 10:00"));
        day.feed(Input::Pause(
            PauseSpec::For {
                seconds: Length::minutes(60),
            },
            Via::Cli,
        ))
        .unwrap();
        day.now = at("2026-11-25 10:20");
        day.feed(Input::ClockChanged { by: -Span::minutes(30) }).unwrap();
        let until = day.s.status(day.now).paused_until;
        assert_eq!(
            rfc3339(until).as_deref(),
            Some("2026-11-25T10:30:00+01:00"),
            "40 minutes left"
        );
        // A pause until a time of day stays at that time.
        day.feed(Input::Pause(
            PauseSpec::Until {
                time: chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
            },
            Via::Cli,
        ))
        .unwrap();
        day.feed(Input::ClockChanged { by: -Span::minutes(30) }).unwrap();
        let until = day.s.status(day.now).paused_until;
        assert_eq!(rfc3339(until).as_deref(), Some("2026-11-25T14:00:00+01:00"));
    }

    /// Every change of offset (daylight saving time twice a year) once restarted all countdowns.
    #[test]
    fn a_change_of_zone_alone_restarts_no_countdown() {
        let mut day = Day::new(rules(FIXED_45), at("2026-11-25 10:00"));
        assert_eq!(day.s.next_wakeup(), Some(at("2026-11-25 10:45")));
        day.now = at("2026-11-25 10:30");
        day.feed(Input::ClockChanged { by: Span::zero() }).unwrap();
        assert_eq!(day.s.next_wakeup(), Some(at("2026-11-25 10:45")));
    }

    /// A rotation whose categories have no prompts (no built-ins, one custom movement prompt on
    /// a cadence of its own). Its stream came due with the movement one, waited for a pause in
    /// typing, showed nothing, and left the movement prompt due at once: a zero nap (found by
    /// `tests/accepted_configs.rs`). Only streams with something to show are counted.
    #[test]
    fn a_stream_with_nothing_to_show_is_never_due() {
        let toml = format!(
            "[schedule]\n{EVERY_DAY}min_interval = \"45m\"\nmax_interval = \"45m\"\nhours = [\"09:00-17:00\"]\n\
             [prompts]\norder = [\"posture\", \"hydration\"]\nbuiltin = false\n\
             [[prompts.custom]]\ncategory = \"movement\"\ntitle = \"Walk\"\ntext = \"Walk to the window.\"\n\
             [categories.movement]\nevery = \"45m..45m\"\n"
        );
        let mut day = Day::configured(&toml, at("2026-11-25 09:00"));
        day.feed(Input::Senses {
            sitting: true,
            pauses: true,
        })
        .unwrap();
        assert_eq!(day.s.status(day.now).next_category, Some(Category::Movement));
        // Every tick checks that the scheduler is not due again at once.
        day.run_until(at("2026-11-25 12:00"));
        // Each waits two minutes for a pause in typing that never comes and is missed five
        // minutes later; the next counts 45 minutes from then.
        assert_eq!(day.show_times(), ["09:47", "10:39", "11:31"]);
        assert!(
            day.shows
                .iter()
                .all(|(_, shown)| shown.prompt.id == "movement.custom-walk")
        );
    }
}
