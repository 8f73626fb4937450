//! Whether a due prompt may go on screen now: asked in this one place, by the tick, by
//! `prompt_due`, by the wait for a pause in typing and by the status.

use alloc::vec::Vec;
use chrono::{DateTime, TimeZone, Utc};

use super::{Phase, Scheduler, Stream};
use crate::events::Effect;
use crate::model::{Category, Hold, Outcome, Via};

/// A prompt that has come due, before anything may hold it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Due {
    /// The next prompt of a stream.
    Stream(Stream),
    /// The snoozed prompt, back.
    Snoozed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gate {
    Open,
    /// Do not disturb, a lock or a natural break: it waits for that to end.
    Held(Hold),
    /// Outside the active hours: it waits for the next active period.
    Closed,
}

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    pub(super) fn due(&self, now: DateTime<Utc>) -> Option<Due> {
        match &self.phase {
            Phase::Waiting => self
                .upcoming()
                .filter(|(_, at)| *at <= now)
                .map(|(stream, _)| Due::Stream(stream)),
            Phase::Snoozed { until, .. } if *until <= now => Some(Due::Snoozed),
            _ => None,
        }
    }

    pub(super) fn gate(&self, now: DateTime<Utc>) -> Gate {
        if !self.rules.is_active(&self.tz, now) {
            return Gate::Closed;
        }
        self.hold(now).map_or(Gate::Open, Gate::Held)
    }

    pub(super) fn due_category(&self, due: Due) -> Option<Category> {
        match (due, &self.phase) {
            (Due::Snoozed, Phase::Snoozed { prompt, .. }) => Some(prompt.category),
            (Due::Stream(stream), _) => self.category_of(stream),
            _ => None,
        }
    }

    /// A prompt that came due outside the active hours waits for the next active period: a
    /// stream counts afresh from now (its interval starts when the hours do), a snoozed prompt
    /// comes back when they start. With no active period in sight, the snoozed prompt is missed.
    pub(super) fn postpone(&mut self, due: Due, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        match due {
            Due::Stream(_) => {
                let overdue: Vec<Stream> = self
                    .timers
                    .iter()
                    .filter(|(_, t)| t.due.is_some_and(|d| d <= now))
                    .map(|(s, _)| *s)
                    .collect();
                for stream in overdue {
                    self.rearm(stream, now);
                }
            }
            Due::Snoozed => match (self.rules.active_from(&self.tz, now), &mut self.phase) {
                (Some(start), Phase::Snoozed { until, .. }) => *until = start,
                (None, Phase::Snoozed { stream, .. }) => {
                    let stream = *stream;
                    self.end_pending(now, Outcome::Missed, Via::Timeout, None, effects);
                    self.finish(stream, now);
                }
                _ => {}
            },
        }
    }
}
