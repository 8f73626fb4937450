//! The wall clock set back, or the time zone changed: every countdown, snooze, pause for a span
//! and wait for a pause in typing keeps the time it had left, and nothing starts again.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use super::{Phase, Scheduler};

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    /// `by`: how far the clock moved (zero for a change of zone alone).
    pub(super) fn clock_changed(&mut self, by: TimeDelta) {
        let shift = |t: &mut DateTime<Utc>| *t = t.checked_add_signed(by).unwrap_or(*t);
        for timer in self.timers.values_mut() {
            shift(&mut timer.anchor);
            if let Some(due) = &mut timer.due {
                shift(due);
            }
        }
        match &mut self.phase {
            Phase::Waiting | Phase::Paused { wall: true, .. } => {}
            Phase::Pending { shown, expires, .. } => {
                shift(shown);
                shift(expires);
            }
            Phase::Snoozed { shown, until, .. } => {
                shift(shown);
                shift(until);
            }
            Phase::Paused { until, wall: false } => shift(until),
        }
        if let Some(typing) = &mut self.typing {
            typing.shift(by);
        }
        if let Some((_, end)) = &mut self.last_end {
            shift(end);
        }
        if let Some(away) = &mut self.away {
            shift(&mut away.since);
        }
        for t in [&mut self.returned, &mut self.sitting].into_iter().flatten() {
            shift(t);
        }
        // The active windows are local times: under another zone they may have moved later.
        self.recount();
    }
}
