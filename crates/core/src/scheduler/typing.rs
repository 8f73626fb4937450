//! A prompt that falls due while the person types waits for a pause in their input (for at
//! most `wait_for_pause`), so that it never lands in the middle of a sentence.

use alloc::vec::Vec;
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use core::time::Duration;

use super::{Gate, Scheduler, later};
use crate::events::Effect;

#[derive(Clone, Copy, Debug)]
pub(super) struct Typing {
    began: DateTime<Utc>,
    /// When the prompt shows whatever the person is doing.
    pub(super) until: DateTime<Utc>,
    /// The pause came.
    paused: bool,
}

impl Typing {
    /// The clock moved `by`: the wait keeps the time it had left.
    pub(super) fn shift(&mut self, by: TimeDelta) {
        for t in [&mut self.began, &mut self.until] {
            *t = t.checked_add_signed(by).unwrap_or(*t);
        }
    }
}

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    /// Whether the due prompt may show now: `Some(how long it waited)`, or `None` while it
    /// waits for a pause (the first time, asking the watchers to look for one).
    pub(super) fn ready_to_show(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) -> Option<Option<Duration>> {
        let wait = match self.rules.wait_for_pause {
            Some(wait) if self.sees_pauses => wait,
            _ => return Some(None),
        };
        match self.typing {
            None => {
                self.typing = Some(Typing {
                    began: now,
                    until: later(now, wait.get()),
                    paused: false,
                });
                effects.push(Effect::WatchPause(Some(self.rules.pause_length.get())));
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
        if self.due(now).is_none() || self.gate(now) != Gate::Open {
            self.typing = None;
            effects.push(Effect::WatchPause(None));
        }
    }

    pub(super) fn waiting_for_pause(&self) -> bool {
        self.typing.is_some()
    }
}
