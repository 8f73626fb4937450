//! The deterministic heart: `Scheduler::handle(now, input) -> effects`. No clock, no I/O.
//!
//! Prompts come from streams: the main rotation, and each category with a cadence of its own.
//! Every stream has its own timer; all feed one queue, so there is never more than one prompt
//! at a time, and a prompt of another stream waits at least `min_gap` after the last one ended.
//!
//! After every input (ARCHITECTURE.md, "Invariants"; checked by `tests/invariants.rs`): a tick
//! leaves `next_wakeup()` `None` or later than its `now`; no prompt shows outside the active
//! hours but one asked for; every prompt shown ends in one outcome record; every status prints;
//! one absence is one away; an answer naming a notification not on screen changes nothing; the
//! clock moving is not time passing. Whether a due prompt may show is decided in `gate`.

use alloc::collections::BTreeMap;
use alloc::sync::Arc;
use alloc::vec::Vec;
use chrono::{DateTime, Duration as ChronoDuration, FixedOffset, NaiveDate, TimeZone, Utc};
use core::time::Duration;

use crate::events::{Answer, Effect, Input, PauseSpec, Refusal, ReliefShown, Shown};
use crate::model::{
    ACK_RECORD_VERSION, Category, DayCounts, EventKind, EventRecord, Hold, Outcome, Prompt, Quiet, Via,
};
use crate::prompts::RotationState;
use crate::schedule::{Rules, local_minute};

mod answers;
mod away;
mod gate;
mod shift;
mod sitting;
mod status;
mod streams;
mod typing;

use gate::{Due, Gate};

use away::Away;
use streams::{Countdown, main_order, streams};
use typing::Typing;

/// Where a prompt comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Stream {
    /// The categories without a cadence of their own, taking turns.
    Main,
    Own(Category),
}

#[derive(Clone, Debug)]
enum Phase {
    /// Counting down on every stream's timer.
    Waiting,
    /// On screen, waiting for an answer until `expires`.
    Pending {
        prompt: Prompt,
        stream: Stream,
        seq: u64,
        shown: DateTime<Utc>,
        expires: DateTime<Utc>,
    },
    /// Put off; shown again at `until`.
    Snoozed {
        prompt: Prompt,
        stream: Stream,
        shown: DateTime<Utc>,
        until: DateTime<Utc>,
    },
    Paused {
        until: DateTime<Utc>,
        /// Until a time of day (or tomorrow), which stays where it is when the clock is set
        /// back; a pause for a span keeps the time it had left.
        wall: bool,
    },
}

/// The scheduler's whole state. `Clone` so that the daemon can roll back an input whose
/// record could not be written.
#[derive(Clone, Debug)]
pub struct Scheduler<Z: TimeZone> {
    tz: Z,
    rules: Rules,
    /// Shared, so that the copy the daemon keeps to roll back an input costs nothing.
    catalogue: Arc<[Prompt]>,
    rotation: RotationState,
    rng: fastrand::Rng,
    phase: Phase,
    timers: BTreeMap<Stream, Countdown>,
    /// The stream of the last prompt that ended, and when.
    last_end: Option<(Stream, DateTime<Utc>)>,
    seq: u64,
    today: (NaiveDate, DayCounts),
    /// Relief episodes within the window, oldest first.
    relief: Vec<DateTime<Utc>>,
    away: Option<Away>,
    /// When the person last came back from an absence that counted: a wake-up reported again
    /// (by logind and by the loop's clock check) for an absence that began before is the same.
    returned: Option<DateTime<Utc>>,
    /// Do not disturb, a camera in use, ...
    quiet: Option<Quiet>,
    /// The current deferral was already reported.
    deferral_reported: bool,
    /// When the current sitting stretch began; `None` while sitting is not measured (no idle
    /// detection).
    sitting: Option<DateTime<Utc>>,
    /// Whether the idle backend can say when typing pauses.
    sees_pauses: bool,
    /// A due prompt waiting for a pause in typing.
    typing: Option<Typing>,
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
            catalogue: catalogue.into(),
            rotation,
            rng: fastrand::Rng::with_seed(seed),
            phase: Phase::Waiting,
            timers: BTreeMap::new(),
            last_end: None,
            seq: 0,
            today: (date, today),
            relief: Vec::new(),
            away: None,
            returned: None,
            quiet: None,
            deferral_reported: false,
            sitting: None,
            sees_pauses: false,
            typing: None,
        };
        scheduler.rearm_all(now);
        scheduler
    }

    /// Earlier relief episodes (from the log), so that recurrence is seen across restarts.
    pub fn seed_relief(&mut self, episodes: impl IntoIterator<Item = DateTime<Utc>>) {
        self.relief.extend(episodes);
        self.relief.sort();
    }

    /// Feeds one input; returns what to do, or why nothing was done.
    pub fn handle(&mut self, now: DateTime<Utc>, input: Input) -> Result<Vec<Effect>, Refusal> {
        self.roll_day(now);
        let mut effects = Vec::new();
        match input {
            Input::Tick => self.tick(now, &mut effects),
            Input::Answer { answer, via, seq } => self.answer(now, answer, via, seq, &mut effects)?,
            // Closing a prompt unanswered means "not now", not "never": it comes back after the
            // snooze time, logged as snoozed from the notification. A mis-click loses nothing,
            // and skipping stays a choice of its own.
            Input::Dismissed { seq } => {
                self.answer(now, Answer::Snooze(None), Via::Notification, Some(seq), &mut effects)?
            }
            Input::Now => self.show_now(now, &mut effects),
            Input::Pause(spec, via) => {
                let until = self.pause_end(now, spec);
                self.end_pending(now, Outcome::Skipped, via, None, &mut effects);
                let wall = !matches!(spec, PauseSpec::For { .. });
                self.phase = Phase::Paused { until, wall };
            }
            Input::Resume => match self.phase {
                Phase::Paused { .. } => self.resume(now),
                _ => return Err(Refusal::NotPaused),
            },
            Input::Reconfigure { rules, catalogue } => self.reconfigure(now, *rules, catalogue),
            Input::Relief(via) => self.relief(now, via, &mut effects),
            Input::Drink { glasses, via } => {
                self.today.1.add_glasses(glasses);
                effects.push(Effect::RecordEvent(self.event(
                    now,
                    EventKind::Drink,
                    via,
                    Some(glasses),
                )));
            }
            Input::Presence(presence) => self.presence(now, presence, &mut effects),
            Input::Woke { from } => self.woke(now, from, &mut effects),
            Input::ClockChanged { by } => self.clock_changed(by),
            Input::Quiet(quiet) => {
                // Said again while it holds (one do-not-disturb source of two ended): the
                // deferral was already reported.
                if quiet.is_some() != self.quiet.is_some() {
                    self.deferral_reported = false;
                }
                self.quiet = quiet;
            }
            Input::Senses { sitting, pauses } => {
                self.sees_pauses = pauses;
                self.measure_sitting(now, sitting, &mut effects);
            }
            Input::TypingPaused => self.typing_paused(now, &mut effects),
            Input::Stopping => self.measure_sitting(now, false, &mut effects),
        }
        self.settle_typing(now, &mut effects);
        Ok(effects)
    }

    /// The next moment at which a `Tick` has something to do.
    pub fn next_wakeup(&self) -> Option<DateTime<Utc>> {
        // Held prompts wait for an input (back at the desk, quiet over), not for the clock.
        let held = self.quiet.is_some() || self.away.is_some_and(|a| a.locked || a.taken);
        // One tick at the due time all the same, to report the deferral.
        let report_deferral = self.quiet.is_some() && !self.deferral_reported && self.away.is_none();
        let phase = match &self.phase {
            // A prompt waiting for a pause waits for the pause, or for the end of the wait.
            Phase::Waiting | Phase::Snoozed { .. } if self.typing.is_some() => self.typing.map(|t| t.until),
            Phase::Waiting if held && !report_deferral => None,
            Phase::Waiting => self.upcoming().map(|(_, at)| at),
            Phase::Pending { expires, .. } => Some(*expires),
            Phase::Snoozed { .. } if held && !report_deferral => None,
            Phase::Snoozed { until, .. } | Phase::Paused { until, .. } => Some(*until),
        };
        [phase, self.natural_break_at()].into_iter().flatten().min()
    }

    /// Whether a `Tick` now would put a prompt on screen.
    pub fn prompt_due(&self, now: DateTime<Utc>) -> bool {
        self.due(now).is_some() && self.gate(now) == Gate::Open
    }

    /// The rotation position, as persisted.
    pub fn rotation(&self) -> &RotationState {
        &self.rotation
    }

    fn tick(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        if let Some(at) = self.natural_break_at().filter(|at| now >= *at) {
            self.take_natural_break(at, Via::Idle, effects);
        }
        match self.phase {
            Phase::Pending { expires, stream, .. } if now >= expires => {
                self.end_pending(expires.min(now), Outcome::Missed, Via::Timeout, None, effects);
                self.finish(stream, now);
            }
            Phase::Paused { until, .. } if now >= until => self.resume(now),
            _ => {}
        }
        let Some(due) = self.due(now) else { return };
        match self.gate(now) {
            Gate::Closed => self.postpone(due, now, effects),
            Gate::Held(hold) => {
                if hold == Hold::Quiet && !self.deferral_reported {
                    self.deferral_reported = true;
                    if let Some(category) = self.due_category(due) {
                        effects.push(Effect::Deferred(category));
                    }
                }
            }
            Gate::Open => {
                if let Some(waited) = self.ready_to_show(now, effects) {
                    match (due, self.phase.clone()) {
                        (Due::Snoozed, Phase::Snoozed { prompt, stream, .. }) => {
                            self.show(now, prompt, stream, effects)
                        }
                        (Due::Stream(stream), _) => self.show_from(stream, now, effects),
                        _ => {}
                    }
                    self.note_wait(waited, effects);
                }
            }
        }
    }

    fn show_now(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        match self.phase.clone() {
            Phase::Pending { prompt, seq, .. } => {
                // Already pending: put it back on screen, same notification identity.
                effects.push(Effect::Show(Shown {
                    seq,
                    prompt,
                    snooze: self.rules.snooze.get(),
                    waited: None,
                    sat: None,
                }));
            }
            Phase::Snoozed { prompt, stream, .. } => self.show(now, prompt, stream, effects),
            Phase::Waiting | Phase::Paused { .. } => {
                if matches!(self.phase, Phase::Paused { .. }) {
                    self.rearm_all(now);
                }
                let stream = self
                    .upcoming()
                    .map(|(s, _)| s)
                    .or_else(|| self.timers.keys().next().copied());
                if let Some(stream) = stream {
                    self.show_from(stream, now, effects);
                }
            }
        }
    }

    /// Shows the next prompt of `stream`, advancing the rotation.
    fn show_from(&mut self, stream: Stream, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        let rng = &mut self.rng;
        let pick = |n| rng.usize(..n);
        let prompt = match stream {
            Stream::Main => self
                .rotation
                .advance(&main_order(&self.rules, &self.catalogue), &self.catalogue, pick),
            Stream::Own(category) => self.rotation.pick_in(category, &self.catalogue, pick),
        };
        // Always a prompt: only streams with something to show are armed.
        if let Some(prompt) = prompt {
            effects.push(Effect::SaveRotation(self.rotation.clone()));
            self.show(now, prompt, stream, effects);
        }
    }

    fn show(&mut self, now: DateTime<Utc>, prompt: Prompt, stream: Stream, effects: &mut Vec<Effect>) {
        self.seq += 1;
        effects.push(Effect::Show(Shown {
            seq: self.seq,
            sat: self.long_sitting(now, &prompt),
            prompt: prompt.clone(),
            snooze: self.rules.snooze.get(),
            waited: None,
        }));
        let expires = later(now, self.rules.reminder_timeout.get());
        self.phase = Phase::Pending {
            prompt,
            stream,
            seq: self.seq,
            shown: now,
            expires,
        };
    }

    /// A prompt of `stream` is over: that stream counts a new interval from `now`.
    fn finish(&mut self, stream: Stream, now: DateTime<Utc>) {
        self.phase = Phase::Waiting;
        self.last_end = Some((stream, now));
        self.rearm(stream, now);
    }

    fn resume(&mut self, now: DateTime<Utc>) {
        self.phase = Phase::Waiting;
        self.rearm_all(now);
    }

    /// New rules: each stream keeps its starting point; the pending prompt, the rotation and a
    /// pause carry over.
    fn reconfigure(&mut self, now: DateTime<Utc>, rules: Rules, catalogue: Vec<Prompt>) {
        self.rules = rules;
        self.catalogue = catalogue.into();
        let anchors: BTreeMap<Stream, DateTime<Utc>> = self.timers.iter().map(|(s, t)| (*s, t.anchor)).collect();
        self.timers.clear();
        for stream in streams(&self.rules, &self.catalogue) {
            self.rearm(stream, anchors.get(&stream).copied().unwrap_or(now));
        }
    }

    fn relief(&mut self, now: DateTime<Utc>, via: Via, effects: &mut Vec<Effect>) {
        self.relief.push(now);
        let recent = self.recent_relief(now);
        // Episodes "recur" when there were already `relief_advise_after` within the window.
        let advise = recent > self.rules.relief_advise_after;
        effects.push(Effect::RecordEvent(self.event(now, EventKind::Relief, via, None)));
        effects.push(Effect::ShowRelief(ReliefShown {
            recent,
            advise,
            within: self.rules.relief_within.get(),
        }));
    }

    fn recent_relief(&self, now: DateTime<Utc>) -> u32 {
        let since = earlier(now, self.rules.relief_within.get());
        let recent = self.relief.iter().filter(|t| **t > since && **t <= now).count();
        u32::try_from(recent).unwrap_or(u32::MAX)
    }

    fn event(&self, now: DateTime<Utc>, outcome: EventKind, via: Via, glasses: Option<u32>) -> EventRecord {
        EventRecord {
            v: ACK_RECORD_VERSION,
            time: self.fixed(now),
            outcome,
            since: None,
            via: Some(via),
            glasses,
        }
    }

    fn category_of(&self, stream: Stream) -> Option<Category> {
        match stream {
            Stream::Main => self
                .rotation
                .upcoming(&main_order(&self.rules, &self.catalogue), &self.catalogue),
            Stream::Own(category) => Some(category),
        }
    }

    fn pause_end(&self, now: DateTime<Utc>, spec: PauseSpec) -> DateTime<Utc> {
        let today = now.with_timezone(&self.tz).date_naive();
        let tomorrow = today.succ_opt().unwrap_or(today);
        let at = |date: NaiveDate, minute: u32| local_minute(&self.tz, date, minute).unwrap_or(now);
        match spec {
            PauseSpec::For { seconds } => later(now, seconds.get()),
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
        let since = earlier(now, self.rules.relief_within.get());
        self.relief.retain(|t| *t > since);
    }

    fn fixed(&self, t: DateTime<Utc>) -> DateTime<FixedOffset> {
        t.with_timezone(&self.tz).fixed_offset()
    }
}

/// `d` after `t`, saturating at the end of representable time rather than overflowing.
pub fn later(t: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
    ChronoDuration::from_std(d)
        .ok()
        .and_then(|d| t.checked_add_signed(d))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// `d` before `t`, saturating at the start of representable time rather than overflowing.
pub fn earlier(t: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
    ChronoDuration::from_std(d)
        .ok()
        .and_then(|d| t.checked_sub_signed(d))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}
