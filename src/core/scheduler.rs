//! The deterministic heart: `Scheduler::handle(now, input) -> effects`. No clock, no I/O.

use chrono::{DateTime, Duration as ChronoDuration, FixedOffset, NaiveDate, TimeZone, Utc};
use std::time::Duration;

use crate::core::model::{
    ACK_RECORD_VERSION, AckRecord, Answer, DayCounts, Effect, Input, Outcome, PauseSpec, PendingStatus, Prompt,
    Refusal, Shown, State, Status, Via,
};
use crate::core::prompts::RotationState;
use crate::core::schedule::{Rules, local_minute};

#[derive(Clone, Debug)]
enum Phase {
    /// Counting down; `due` is `None` when no active window can hold a prompt.
    Waiting {
        anchor: DateTime<Utc>,
        due: Option<DateTime<Utc>>,
    },
    /// On screen, waiting for an answer until `expires`.
    Pending {
        prompt: Prompt,
        seq: u64,
        shown: DateTime<Utc>,
        expires: DateTime<Utc>,
    },
    /// Put off; shown again at `until`.
    Snoozed {
        prompt: Prompt,
        shown: DateTime<Utc>,
        until: DateTime<Utc>,
    },
    Paused {
        until: DateTime<Utc>,
    },
}

/// The scheduler's whole state. `Clone` so that the daemon can roll back an input whose
/// record could not be written.
#[derive(Clone, Debug)]
pub struct Scheduler<Z: TimeZone> {
    tz: Z,
    rules: Rules,
    catalogue: Vec<Prompt>,
    rotation: RotationState,
    rng: fastrand::Rng,
    phase: Phase,
    seq: u64,
    today: (NaiveDate, DayCounts),
}

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    pub fn new(
        tz: Z,
        rules: Rules,
        catalogue: Vec<Prompt>,
        rotation: RotationState,
        today: DayCounts,
        seed: u64,
        now: DateTime<Utc>,
    ) -> Self {
        let date = now.with_timezone(&tz).date_naive();
        let mut scheduler = Scheduler {
            tz,
            rules,
            catalogue,
            rotation,
            rng: fastrand::Rng::with_seed(seed),
            phase: Phase::Paused { until: now },
            seq: 0,
            today: (date, today),
        };
        scheduler.phase = scheduler.waiting_from(now);
        scheduler
    }

    /// Feeds one input; returns what to do, or why nothing was done.
    pub fn handle(&mut self, now: DateTime<Utc>, input: Input) -> Result<Vec<Effect>, Refusal> {
        self.roll_day(now);
        let mut effects = Vec::new();
        match input {
            Input::Tick => self.tick(now, &mut effects),
            Input::Answer { answer, via, seq } => self.answer(now, answer, via, seq, &mut effects)?,
            Input::Now => self.show_now(now, &mut effects),
            Input::Pause(spec, via) => {
                let until = self.pause_end(now, spec);
                self.end_pending(now, Outcome::Skipped, via, None, &mut effects);
                self.phase = Phase::Paused { until };
            }
            Input::Resume => match self.phase {
                Phase::Paused { .. } => self.phase = self.waiting_from(now),
                _ => return Err(Refusal::NotPaused),
            },
        }
        Ok(effects)
    }

    /// The next moment at which a `Tick` has something to do.
    pub fn next_wakeup(&self) -> Option<DateTime<Utc>> {
        match &self.phase {
            Phase::Waiting { due, .. } => *due,
            Phase::Pending { expires, .. } => Some(*expires),
            Phase::Snoozed { until, .. } | Phase::Paused { until } => Some(*until),
        }
    }

    pub fn status(&self, now: DateTime<Utc>) -> Status {
        let local = |t: DateTime<Utc>| self.fixed(t);
        let mut counts = self.today.1;
        if now.with_timezone(&self.tz).date_naive() != self.today.0 {
            counts = DayCounts::default();
        }
        let upcoming = self.rotation.upcoming(&self.rules.order, &self.catalogue);
        let (state, next_due, pending, paused_until) = match &self.phase {
            Phase::Waiting { due, .. } => {
                let state = if self.rules.is_active(&self.tz, now) {
                    State::Waiting
                } else {
                    State::Inactive
                };
                (state, due.map(local), None, None)
            }
            Phase::Pending {
                prompt, shown, expires, ..
            } => (
                State::Pending,
                None,
                Some(pending_status(prompt, local(*shown), Some(local(*expires)), None)),
                None,
            ),
            Phase::Snoozed { prompt, shown, until } => (
                State::Snoozed,
                None,
                Some(pending_status(prompt, local(*shown), None, Some(local(*until)))),
                None,
            ),
            Phase::Paused { until } => (State::Paused, None, None, Some(local(*until))),
        };
        Status {
            state,
            next_category: if next_due.is_some() { upcoming } else { None },
            next_due,
            pending,
            paused_until,
            today: counts,
        }
    }

    /// The rotation position, as persisted.
    pub fn rotation(&self) -> &RotationState {
        &self.rotation
    }

    fn tick(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        match self.phase.clone() {
            Phase::Waiting { due: Some(due), .. } if now >= due => {
                if self.rules.is_active(&self.tz, now) {
                    self.show_next(now, effects);
                } else {
                    // Woken outside active hours (after a suspend, say): count from now instead.
                    self.phase = self.waiting_from(now);
                }
            }
            Phase::Pending { expires, .. } if now >= expires => {
                self.end_pending(expires.min(now), Outcome::Missed, Via::Timeout, None, effects);
                self.phase = self.waiting_from(now);
            }
            Phase::Snoozed { prompt, until, .. } if now >= until => self.show(now, prompt, effects),
            Phase::Paused { until } if now >= until => self.phase = self.waiting_from(now),
            _ => {}
        }
    }

    fn answer(
        &mut self,
        now: DateTime<Utc>,
        answer: Answer,
        via: Via,
        seq: Option<u64>,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Refusal> {
        let current_seq = match &self.phase {
            Phase::Pending { seq, .. } => Some(*seq),
            Phase::Snoozed { .. } => None,
            Phase::Paused { .. } => {
                return Err(if answer == Answer::Done || answer == Answer::Skip {
                    Refusal::NothingPending
                } else {
                    Refusal::Paused
                });
            }
            Phase::Waiting { anchor, due } => {
                let (anchor, due) = (*anchor, *due);
                return match answer {
                    // Snoozing with nothing pending keeps the next prompt away for that long.
                    Answer::Snooze(span) => {
                        let until = later(now, span.unwrap_or(self.rules.snooze));
                        let due = due.map_or(until, |d| d.max(until));
                        self.phase = Phase::Waiting { anchor, due: Some(due) };
                        Ok(())
                    }
                    Answer::Done | Answer::Skip => Err(Refusal::NothingPending),
                };
            }
        };
        if seq.is_some() && seq != current_seq {
            return Err(Refusal::Stale);
        }
        match answer {
            Answer::Done => {
                self.end_pending(now, Outcome::Done, via, None, effects);
            }
            Answer::Skip => {
                self.end_pending(now, Outcome::Skipped, via, None, effects);
            }
            Answer::Snooze(span) => {
                let span = span.unwrap_or(self.rules.snooze);
                if let Some((prompt, shown)) = self.end_pending(now, Outcome::Snoozed, via, Some(span), effects) {
                    self.phase = Phase::Snoozed {
                        prompt,
                        shown,
                        until: later(now, span),
                    };
                    return Ok(());
                }
            }
        }
        self.phase = self.waiting_from(now);
        Ok(())
    }

    fn show_now(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        match self.phase.clone() {
            Phase::Pending { prompt, seq, .. } => {
                // Already pending: put it back on screen, same notification identity.
                effects.push(Effect::Show(Shown {
                    seq,
                    prompt,
                    snooze: self.rules.snooze,
                }));
            }
            Phase::Snoozed { prompt, .. } => self.show(now, prompt, effects),
            Phase::Waiting { .. } | Phase::Paused { .. } => self.show_next(now, effects),
        }
    }

    fn show_next(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        let rng = &mut self.rng;
        match self
            .rotation
            .advance(&self.rules.order, &self.catalogue, |n| rng.usize(..n))
        {
            Some(prompt) => {
                effects.push(Effect::SaveRotation(self.rotation.clone()));
                self.show(now, prompt, effects);
            }
            None => self.phase = Phase::Waiting { anchor: now, due: None },
        }
    }

    fn show(&mut self, now: DateTime<Utc>, prompt: Prompt, effects: &mut Vec<Effect>) {
        self.seq += 1;
        effects.push(Effect::Show(Shown {
            seq: self.seq,
            prompt: prompt.clone(),
            snooze: self.rules.snooze,
        }));
        let expires = later(now, self.rules.reminder_timeout);
        self.phase = Phase::Pending {
            prompt,
            seq: self.seq,
            shown: now,
            expires,
        };
    }

    /// Ends the pending (or snoozed) prompt with `outcome`: records it and closes the
    /// notification. Returns the prompt and when it was shown, if there was one.
    fn end_pending(
        &mut self,
        at: DateTime<Utc>,
        outcome: Outcome,
        via: Via,
        snooze: Option<Duration>,
        effects: &mut Vec<Effect>,
    ) -> Option<(Prompt, DateTime<Utc>)> {
        let (prompt, shown, on_screen) = match self.phase.clone() {
            Phase::Pending { prompt, shown, .. } => (prompt, shown, true),
            Phase::Snoozed { prompt, shown, .. } => (prompt, shown, false),
            Phase::Waiting { .. } | Phase::Paused { .. } => return None,
        };
        effects.push(Effect::Record(AckRecord {
            v: ACK_RECORD_VERSION,
            time: self.fixed(at),
            prompt: prompt.id.clone(),
            category: prompt.category,
            outcome,
            shown: self.fixed(shown),
            via,
            title: prompt.title.clone(),
            snooze_s: snooze.map(|s| s.as_secs()),
        }));
        if on_screen {
            effects.push(Effect::Close);
        }
        self.today.1.add(prompt.category, outcome);
        Some((prompt, shown))
    }

    /// Waiting for a prompt one random interval after `anchor`.
    fn waiting_from(&mut self, anchor: DateTime<Utc>) -> Phase {
        let (min, max) = (self.rules.min_interval.as_secs(), self.rules.max_interval.as_secs());
        let interval = Duration::from_secs(self.rng.u64(min..=max.max(min)));
        Phase::Waiting {
            anchor,
            due: self.rules.next_due(&self.tz, anchor, interval),
        }
    }

    fn pause_end(&self, now: DateTime<Utc>, spec: PauseSpec) -> DateTime<Utc> {
        let today = now.with_timezone(&self.tz).date_naive();
        let tomorrow = today.succ_opt().unwrap_or(today);
        let at = |date: NaiveDate, minute: u32| local_minute(&self.tz, date, minute).unwrap_or(now);
        match spec {
            PauseSpec::For { seconds } => later(now, Duration::from_secs(seconds)),
            PauseSpec::Until { time } => {
                let minute = chrono::Timelike::hour(&time) * 60 + chrono::Timelike::minute(&time);
                let today_at = at(today, minute);
                if today_at > now { today_at } else { at(tomorrow, minute) }
            }
            PauseSpec::Tomorrow => at(tomorrow, 0),
        }
    }

    fn roll_day(&mut self, now: DateTime<Utc>) {
        let date = now.with_timezone(&self.tz).date_naive();
        if date != self.today.0 {
            self.today = (date, DayCounts::default());
        }
    }

    fn fixed(&self, t: DateTime<Utc>) -> DateTime<FixedOffset> {
        t.with_timezone(&self.tz).fixed_offset()
    }
}

/// `d` after `t`, saturating at the end of representable time rather than overflowing.
fn later(t: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
    ChronoDuration::from_std(d)
        .ok()
        .and_then(|d| t.checked_add_signed(d))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn pending_status(
    prompt: &Prompt,
    shown: DateTime<FixedOffset>,
    expires: Option<DateTime<FixedOffset>>,
    snoozed_until: Option<DateTime<FixedOffset>>,
) -> PendingStatus {
    PendingStatus {
        prompt: prompt.id.clone(),
        category: prompt.category,
        title: prompt.title.clone(),
        text: prompt.text.clone(),
        shown,
        expires,
        snoozed_until,
    }
}
