//! A prompt that falls due while the person types waits for a pause in their input (for at
//! most `wait_for_pause`), so that it never lands in the middle of a sentence.

use chrono::{DateTime, TimeZone, Utc};
use std::time::Duration;

use super::{Phase, Scheduler, later};
use crate::core::io::Effect;

#[derive(Clone, Copy, Debug)]
pub(super) struct Typing {
    began: DateTime<Utc>,
    /// When the prompt shows whatever the person is doing.
    pub(super) until: DateTime<Utc>,
    /// The pause came.
    paused: bool,
}

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    /// Whether the due prompt may show now: `Some(how long it waited)`, or `None` while it
    /// waits for a pause (the first time, asking the watchers to look for one).
    pub(super) fn ready_to_show(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) -> Option<Option<Duration>> {
        if !self.sees_pauses || self.rules.wait_for_pause.is_zero() {
            return Some(None);
        }
        match self.typing {
            None => {
                self.typing = Some(Typing {
                    began: now,
                    until: later(now, self.rules.wait_for_pause),
                    paused: false,
                });
                effects.push(Effect::WatchPause(Some(self.rules.pause_length)));
                None
            }
            Some(t) if t.paused || now >= t.until => {
                self.typing = None;
                effects.push(Effect::WatchPause(None));
                Some(Some((now - t.began).to_std().unwrap_or_default()))
            }
            Some(_) => None,
        }
    }

    /// Records on the prompt just shown how long it waited, for the daemon's log.
    pub(super) fn note_wait(&self, waited: Option<Duration>, effects: &mut [Effect]) {
        if let Some(Effect::Show(shown)) = effects.iter_mut().rev().find(|e| matches!(e, Effect::Show(_))) {
            shown.waited = waited;
        }
    }

    /// The pause came: the waiting prompt shows now.
    pub(super) fn typing_paused(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        if let Some(typing) = &mut self.typing {
            typing.paused = true;
            self.tick(now, effects);
        }
    }

    /// A wait for a pause ends when its prompt is no longer due: shown on request, snoozed
    /// away, paused, or held back by something else (do not disturb, a lock, a natural break).
    pub(super) fn settle_typing(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        if self.typing.is_none() {
            return;
        }
        let due = match &self.phase {
            Phase::Waiting => self.upcoming().is_some_and(|(_, at)| at <= now),
            Phase::Snoozed { until, .. } => *until <= now,
            Phase::Pending { .. } | Phase::Paused { .. } => false,
        };
        if !due || self.hold(now).is_some() || !self.rules.is_active(&self.tz, now) {
            self.typing = None;
            effects.push(Effect::WatchPause(None));
        }
    }

    pub(super) fn waiting_for_pause(&self) -> bool {
        self.typing.is_some()
    }
}
