//! The model the scheduler's property tests share: the real `Scheduler` in the real `Driver`,
//! driven the way the daemon's loop drives it, step by step (time passing, answers naming
//! current and stale notifications, snoozes and pauses from one second to absurd, presence,
//! typing, suspends reported twice, clock jumps both ways, do not disturb, reconfigurations, a
//! disk that fails and recovers), with every invariant of ARCHITECTURE.md checked after each
//! step. `tests/invariants.rs` feeds it short windows, `tests/accepted_configs.rs` configs at and
//! beyond every bound. Needs no other helper module.

use chrono::{DateTime, Duration as Span, NaiveTime, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use deskbreak_config::Config;
use deskbreak_core::driver::{Driver, Failed, Hands};
use deskbreak_core::events::{Answer, Effect, Input, PauseSpec, Presence, Refusal};
use deskbreak_core::model::{DayCounts, EventKind, Outcome, Prompt, Quiet, State, Status, Via};
use deskbreak_core::prompts::RotationState;
use deskbreak_core::schedule::Rules;
use deskbreak_core::scheduler::Scheduler;
use deskbreak_core::span::Span as Length;
use deskbreak_status::{Glance, status_text};

mod steps;

pub use steps::{Seq, Step, step, zone};

/// A prompt between its first showing and its final record (done, skipped, missed, natural).
#[derive(Clone, Debug)]
struct Open {
    prompt: String,
    /// The notification on screen, or `None` while snoozed.
    on_screen: Option<u64>,
}

/// The adapters as the driver sees them: a log that fails while the disk is full, and a record
/// of every effect in the order it was written or carried out.
#[derive(Default)]
struct FakeHands {
    disk_fails: bool,
    done: Vec<Effect>,
}

#[derive(Debug, PartialEq, Eq)]
struct DiskFull;

impl Hands for FakeHands {
    type Error = DiskFull;

    fn record(&mut self, effects: &[Effect]) -> Result<(), DiskFull> {
        let records = effects
            .iter()
            .filter(|e| matches!(e, Effect::Record(_) | Effect::RecordEvent(_)));
        if self.disk_fails && records.clone().next().is_some() {
            return Err(DiskFull);
        }
        self.done.extend(records.cloned());
        Ok(())
    }

    fn carry_out(&mut self, effect: Effect) {
        self.done.push(effect);
    }
}

/// The real scheduler in the real driver, the loop around them as the daemon runs it, and what
/// the model expects.
pub struct Run {
    driver: Driver<Tz>,
    hands: FakeHands,
    tz: Tz,
    now: DateTime<Utc>,
    /// Each config's rules and prompts.
    configs: Vec<(Rules, Vec<Prompt>)>,
    rules: Rules,
    open: Option<Open>,
    /// The latest notification number shown.
    latest_seq: u64,
    locked: bool,
    /// Inputs from before this step were still waiting to be written when it began: what they
    /// record belongs to their own time, before the model's latest state.
    catching_up: bool,
    /// How far the clock was set back, and the longest snooze or pause fed, so far: a wake-up
    /// later than `HORIZON` beyond both is a sum that ran off towards the end of time.
    set_back: Span,
    longest: Span,
}

/// How far ahead the scheduler may be due from validated settings and ordinary answers: a week
/// and a day of windows to find one long enough, a day each for the interval and the gap to
/// another cadence, a pause until the day after tomorrow, and a few days of slack.
const HORIZON: Span = Span::days(16);

type Checked = Result<(), TestCaseError>;
/// What the driver said of an input.
type Said = Result<(), Failed<DiskFull>>;

impl Run {
    /// A scheduler under the first of `configs`, in `tz` from `start`, with earlier relief
    /// episodes, and watchers that measure sitting and see pauses in typing.
    pub fn new(
        configs: &[Config],
        tz: Tz,
        start: DateTime<Utc>,
        seed: u64,
        relief: impl IntoIterator<Item = DateTime<Utc>>,
    ) -> Result<Run, TestCaseError> {
        let configs: Vec<(Rules, Vec<Prompt>)> = configs.iter().map(|c| (c.rules(), c.catalogue())).collect();
        let mut scheduler = Scheduler::new(
            tz,
            configs[0].0.clone(),
            configs[0].1.clone(),
            RotationState::default(),
            DayCounts::default(),
            seed,
            start,
        );
        scheduler.seed_relief(relief);
        let mut run = Run {
            driver: Driver::new(scheduler),
            hands: FakeHands::default(),
            tz,
            now: start,
            rules: configs[0].0.clone(),
            configs,
            open: None,
            latest_seq: 0,
            locked: false,
            catching_up: false,
            set_back: Span::zero(),
            longest: Span::zero(),
        };
        run.step(&Step::Senses {
            sitting: true,
            pauses: true,
        })?;
        Ok(run)
    }

    /// Checks what was written and carried out since the last look, and the status after.
    /// `asked_now`: the person asked for a prompt, which may then show outside the hours.
    fn check(&mut self, what: &str, asked_now: bool) -> Result<Vec<Effect>, TestCaseError> {
        let effects = std::mem::take(&mut self.hands.done);
        let last_show = effects.iter().rposition(|e| matches!(e, Effect::Show(_)));
        let now = self.now;
        for (i, effect) in effects.iter().enumerate() {
            match effect {
                Effect::Show(shown) => {
                    prop_assert!(
                        (asked_now && Some(i) == last_show) || self.rules.is_active(&self.tz, now),
                        "{} shown at {now}, outside the active hours, after {what}",
                        shown.prompt.id
                    );
                    if let Some(open) = &self.open {
                        match open.on_screen {
                            Some(seq) => prop_assert!(
                                seq == shown.seq,
                                "{} shown as {} at {now} while {seq} is on screen with no record",
                                shown.prompt.id,
                                shown.seq
                            ),
                            None => prop_assert_eq!(&open.prompt, &shown.prompt.id, "a snoozed prompt came back"),
                        }
                    }
                    self.latest_seq = self.latest_seq.max(shown.seq);
                    self.open = Some(Open {
                        prompt: shown.prompt.id.clone(),
                        on_screen: Some(shown.seq),
                    });
                }
                Effect::Record(record) => {
                    let Some(open) = &mut self.open else {
                        return Err(TestCaseError::fail(format!(
                            "{} recorded {} at {now} after {what}, with no prompt open: counted twice",
                            record.prompt,
                            record.outcome.as_str()
                        )));
                    };
                    prop_assert_eq!(&open.prompt, &record.prompt);
                    if record.outcome == Outcome::Snoozed {
                        open.on_screen = None;
                    } else {
                        self.open = None;
                    }
                }
                Effect::RecordEvent(event) if event.outcome == EventKind::Away => {
                    prop_assert!(
                        self.catching_up || !self.locked,
                        "back from away at {now} while the screen is locked, after {what}"
                    );
                }
                _ => {}
            }
        }
        Ok(effects)
    }

    /// Every status serialises, reads back through the client's parser, and renders; a due time
    /// it shows in the past comes with the hold that explains it (or a log that cannot be
    /// written, which the driver waits out), and no form of it counts down to zero.
    fn check_status(&self) -> Checked {
        let status = self.driver.scheduler().status(self.now);
        let json = serde_json::to_string(&status).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let read: Status = serde_json::from_str(&json)
            .map_err(|e| TestCaseError::fail(format!("the client cannot read {json}: {e}")))?;
        prop_assert_eq!(&read, &status);
        let back = status.pending.as_ref().and_then(|p| p.snoozed_until);
        let due = match status.state {
            State::Snoozed => back,
            _ => status.next_due,
        };
        let overdue = due.is_some_and(|at| at.to_utc() <= self.now);
        prop_assert!(
            !overdue || status.hold.is_some() || self.driver.unwritten() > 0 || self.hands.disk_fails,
            "at {}, due at {due:?} with nothing holding it: {json}",
            self.now
        );
        let glance = Glance::new(&read, self.now);
        for shown in [glance.headline.clone(), glance.waybar(), status_text(&read, self.now)] {
            prop_assert!(
                !shown.contains("in 0 s"),
                "a countdown at zero at {}: {shown}",
                self.now
            );
        }
        Ok(())
    }

    /// Something that happened, nobody waiting on it (a watcher, a notification clicked): what
    /// the driver said, and what was done.
    fn event_said(&mut self, input: Input) -> Result<(Said, Vec<Effect>), TestCaseError> {
        let what = format!("{input:?}");
        self.catching_up = self.driver.unwritten() > 0;
        let result = self.driver.event(self.now, input, &mut self.hands);
        Ok((result, self.check(&what, false)?))
    }

    fn event(&mut self, input: Input) -> Result<Vec<Effect>, TestCaseError> {
        self.event_said(input).map(|(_, effects)| effects)
    }

    /// A person's request from the command line or the tray.
    fn request(&mut self, input: Input) -> Result<Said, TestCaseError> {
        let what = format!("{input:?}");
        let asked_now = input == Input::Now;
        self.catching_up = self.driver.unwritten() > 0;
        let result = self.driver.request(self.now, input, &mut self.hands).map(drop);
        self.check(&what, asked_now)?;
        Ok(result)
    }

    /// The loop's timer at `self.now`.
    fn tick(&mut self) -> Checked {
        self.catching_up = self.driver.unwritten() > 0;
        let _ = self.driver.tick(self.now, &mut self.hands);
        if !self.check("a tick", false)?.is_empty() {
            self.check_status()?;
        }
        prop_assert_eq!(
            self.driver.spins(),
            0,
            "at {}, a tick left the core due again at once: the loop naps zero twice in a row",
            self.now
        );
        if let Some(wake) = self.driver.next_wakeup() {
            let bound = self.now + HORIZON + self.longest + self.set_back;
            prop_assert!(
                wake <= bound,
                "a wake-up at {wake}, {} now, the clock set back by {}",
                self.now,
                self.set_back
            );
        }
        Ok(())
    }

    /// Lets `secs` pass, ticking at each wake-up on the way (as the loop does, however often).
    fn wait(&mut self, secs: u32) -> Checked {
        let end = self.now + Span::seconds(i64::from(secs));
        while let Some(at) = self.driver.next_wakeup().filter(|at| *at <= end) {
            self.now = at.max(self.now);
            self.tick()?;
        }
        self.now = end;
        // Whatever waited to be written is written once the disk works: the retries back off
        // to a minute at most.
        if !self.hands.disk_fails && secs >= 60 {
            self.tick()?;
            prop_assert_eq!(self.driver.unwritten(), 0, "inputs still unwritten at {}", self.now);
        }
        Ok(())
    }

    fn seq(&self, seq: Seq) -> Option<u64> {
        let on_screen = self.open.as_ref().and_then(|o| o.on_screen);
        match seq {
            Seq::Unnamed => None,
            Seq::Current => Some(on_screen.unwrap_or(self.latest_seq)),
            Seq::Stale(back) => Some(self.latest_seq.saturating_sub(back + u64::from(on_screen.is_some()))),
        }
    }

    /// An answer: from a notification (named) it is an event, from the CLI a request. One that
    /// names a notification no longer on screen is refused and changes nothing.
    fn answer(&mut self, input: Input) -> Checked {
        let named = match &input {
            Input::Answer { seq, .. } => *seq,
            Input::Dismissed { seq } => Some(*seq),
            _ => None,
        };
        let Some(seq) = named else {
            return self.request(input).map(drop);
        };
        let stale = self.open.as_ref().and_then(|o| o.on_screen) != Some(seq);
        let waiting = self.driver.unwritten() > 0;
        let before = serde_json::to_string(&self.driver.scheduler().status(self.now)).unwrap_or_default();
        let what = format!("{input:?} at {}", self.now);
        let (result, _) = self.event_said(input)?;
        if stale && !waiting {
            prop_assert_eq!(result, Err(Failed::Refused(Refusal::Stale)), "{}", what);
            let after = serde_json::to_string(&self.driver.scheduler().status(self.now)).unwrap_or_default();
            prop_assert_eq!(before, after, "a refused {} changed the state", what);
        }
        Ok(())
    }

    /// A snooze or pause of `secs` from the CLI or the socket: the boundary takes it only within
    /// the one range.
    fn length(&mut self, secs: u64) -> Result<Option<Length>, TestCaseError> {
        let length = Length::from_secs(secs).ok();
        prop_assert_eq!(length.is_some(), (1..=31_557_600).contains(&secs), "{} s", secs);
        if let Some(length) = length {
            self.longest = self.longest.max(Span::from_std(length.get()).unwrap_or(Span::MAX));
        }
        Ok(length)
    }

    pub fn step(&mut self, step: &Step) -> Checked {
        let answer = |answer, seq: Option<u64>| Input::Answer {
            answer,
            via: if seq.is_some() { Via::Notification } else { Via::Cli },
            seq,
        };
        match step {
            Step::Wait(secs) => self.wait(*secs)?,
            Step::Tick => self.tick()?,
            Step::Done(seq) => self.answer(answer(Answer::Done, self.seq(*seq)))?,
            Step::Skip(seq) => self.answer(answer(Answer::Skip, self.seq(*seq)))?,
            Step::Snooze(seq, secs) => {
                let length = match secs {
                    Some(secs) => match self.length(*secs)? {
                        Some(length) => Some(length),
                        None => return Ok(()),
                    },
                    None => None,
                };
                self.answer(answer(Answer::Snooze(length), self.seq(*seq)))?
            }
            Step::Dismissed(seq) => {
                let seq = self.seq(*seq).unwrap_or(self.latest_seq);
                self.answer(Input::Dismissed { seq })?
            }
            Step::Now => {
                self.request(Input::Now)?.ok();
            }
            Step::PauseFor(secs) => {
                if let Some(seconds) = self.length(*secs)? {
                    self.request(Input::Pause(PauseSpec::For { seconds }, Via::Cli))?.ok();
                }
            }
            Step::Pause(spec) => {
                self.request(Input::Pause(*spec, Via::Cli))?.ok();
            }
            Step::Resume => {
                self.request(Input::Resume)?.ok();
            }
            Step::Relief => {
                self.request(Input::Relief(Via::Cli))?.ok();
            }
            Step::Drink(glasses) => {
                self.request(Input::Drink {
                    glasses: *glasses,
                    via: Via::Cli,
                })?
                .ok();
            }
            Step::Idle { ago } => {
                let since = self.now - Span::seconds(i64::from(*ago));
                self.event(Input::Presence(Presence::Idle { since }))?;
            }
            Step::Locked => {
                self.event(Input::Presence(Presence::Locked { since: self.now }))?;
                self.locked = true;
            }
            Step::Active => {
                self.locked = false;
                self.event(Input::Presence(Presence::Active))?;
            }
            Step::Quiet(on) => {
                self.event(Input::Quiet(*on))?;
            }
            Step::Senses { sitting, pauses } => {
                self.event(Input::Senses {
                    sitting: *sitting,
                    pauses: *pauses,
                })?;
            }
            Step::TypingPaused => {
                self.event(Input::TypingPaused)?;
            }
            Step::Suspend {
                secs,
                logind_first,
                jitter_ms,
            } => {
                let from = self.now;
                self.now += Span::seconds(i64::from(*secs));
                let by_clock = Input::Woke { from };
                let by_logind = Input::Woke {
                    from: from + Span::milliseconds(i64::from(*jitter_ms)),
                };
                let reports = if *logind_first {
                    [by_logind, by_clock]
                } else {
                    [by_clock, by_logind]
                };
                // Reports of an earlier suspend still waiting to be written land now too.
                let earlier = self.driver.unwritten() > 0;
                let mut away = 0;
                for report in reports {
                    let effects = self.event(report)?;
                    away += effects
                        .iter()
                        .filter(|e| matches!(e, Effect::RecordEvent(r) if r.outcome == EventKind::Away))
                        .count();
                }
                prop_assert!(earlier || away <= 1, "one suspend of {secs} s gave {away} away records");
            }
            Step::ClockBack(secs) => {
                let by = Span::seconds(-i64::from(*secs));
                self.now += by;
                self.set_back -= by;
                self.event(Input::ClockChanged { by })?;
            }
            Step::ClockForward(secs) => {
                let from = self.now;
                self.now += Span::seconds(i64::from(*secs));
                self.event(Input::Woke { from })?;
            }
            Step::Reconfigure(i) => {
                let (rules, catalogue) = self.configs[*i % self.configs.len()].clone();
                self.rules = rules.clone();
                self.event(Input::Reconfigure {
                    rules: Box::new(rules),
                    catalogue,
                })?;
            }
            Step::DiskFails(fails) => self.hands.disk_fails = *fails,
        }
        // The loop's turn after any wake-up: a zero nap ticks at once.
        if self.driver.next_wakeup().is_some_and(|at| at <= self.now) {
            self.tick()?;
        }
        self.check_status()
    }
}
