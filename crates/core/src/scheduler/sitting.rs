//! Sitting time: a stretch at the desk starts when the person arrives (the daemon starts, or
//! they come back from a natural break) and ends when they leave for one. Measured only while
//! idle detection works; the log gets a record at each end and start, so that `stats` can
//! tell the stretches apart afterwards.

use alloc::vec::Vec;
use chrono::{DateTime, TimeZone, Utc};

use super::{Scheduler, earlier};
use crate::events::Effect;
use crate::model::{ACK_RECORD_VERSION, Category, EventKind, EventRecord, Prompt, Via};
use core::time::Duration;

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    /// Starts or stops measuring sitting time, and logs it.
    pub(super) fn measure_sitting(&mut self, now: DateTime<Utc>, on: bool, effects: &mut Vec<Effect>) {
        if on == self.sitting.is_some() {
            return;
        }
        let (kind, time) = if on {
            self.sitting = Some(now);
            (EventKind::Arrived, now)
        } else {
            // Someone away for a natural break already ended their stretch when they left.
            let end = self.away_since(now).unwrap_or(now);
            self.sitting = None;
            (EventKind::Stopped, end)
        };
        effects.push(Effect::RecordEvent(self.sitting_event(time, kind, None, None)));
    }

    /// Back at the desk after a natural break that began at `left`: one stretch ended there,
    /// the next begins now.
    pub(super) fn back_from_away(
        &mut self,
        now: DateTime<Utc>,
        left: DateTime<Utc>,
        how: Via,
        effects: &mut Vec<Effect>,
    ) {
        if self.sitting.is_none() {
            return;
        }
        self.sitting = Some(now);
        let record = self.sitting_event(now, EventKind::Away, Some(left), Some(how));
        effects.push(Effect::RecordEvent(record));
    }

    /// The current stretch's start, unless the person is away on a natural break (or sitting
    /// is not measured).
    pub(super) fn sitting_since(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.away_since(now) {
            Some(_) => None,
            None => self.sitting,
        }
    }

    /// When the person left, if they have been away for at least the natural break.
    fn away_since(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.away
            .filter(|a| a.taken || now - a.since >= self.natural_break())
            .map(|a| a.since)
    }

    /// How long the person has sat, when `prompt` is a movement prompt after a long stretch:
    /// its notification says so.
    pub(super) fn long_sitting(&self, now: DateTime<Utc>, prompt: &Prompt) -> Option<Duration> {
        let since = self.sitting_since(now)?;
        (prompt.category == Category::Movement && since < earlier(now, self.rules.long_sitting.get()))
            .then(|| (now - since).to_std().unwrap_or_default())
    }

    fn sitting_event(
        &self,
        time: DateTime<Utc>,
        outcome: EventKind,
        since: Option<DateTime<Utc>>,
        via: Option<Via>,
    ) -> EventRecord {
        EventRecord {
            v: ACK_RECORD_VERSION,
            time: self.fixed(time),
            outcome,
            since: since.map(|t| self.fixed(t)),
            via,
            glasses: None,
        }
    }
}
