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

mod cadences;
mod days;
mod found_by_the_invariants;
mod interruptions;
mod sitting_and_typing;
mod windows;
