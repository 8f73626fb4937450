//! Noticing the wall clock move other than with the monotonic clock: a suspend (the monotonic
//! clock stands still while the machine sleeps), a clock set by hand, a time-zone change. The
//! caller reads both clocks and passes the readings in.

use chrono::{DateTime, FixedOffset, Utc};
use core::time::Duration;

use crate::events::Input;

/// A wall-clock jump bigger than this (against the monotonic clock) is a suspend or a clock
/// change, not timer slack.
pub const CLOCK_JUMP: chrono::Duration = chrono::Duration::seconds(30);

/// One look at the clocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The monotonic clock, as time since any fixed origin (the same one at every look).
    pub mono: Duration,
    pub wall: DateTime<Utc>,
    /// The local time's offset from UTC at `wall`.
    pub offset: FixedOffset,
}

/// The last look at the clocks, to compare the next one with.
#[derive(Clone, Debug)]
pub struct ClockCheck {
    last: Reading,
}

impl ClockCheck {
    pub fn new(first: Reading) -> ClockCheck {
        ClockCheck { last: first }
    }

    /// The input a jump between the last look and `now` calls for, if any. `sleep_is_a_break`:
    /// whether a suspend counts as a natural break (`[breaks] sleep`).
    pub fn jumped(&mut self, now: Reading, sleep_is_a_break: bool) -> Option<Input> {
        let before = core::mem::replace(&mut self.last, now);
        let mono = chrono::Duration::from_std(now.mono.saturating_sub(before.mono)).unwrap_or_default();
        let drift = (now.wall - before.wall) - mono;
        if drift > CLOCK_JUMP {
            // Ahead: asleep (or set forward) from where the monotonic clock says we were.
            return sleep_is_a_break.then_some(Input::Woke {
                from: before.wall + mono,
            });
        }
        // Set back: every countdown keeps the time it had left (a drift within the slack is not
        // a jump, only the zone changed).
        let by = if drift < -CLOCK_JUMP {
            drift
        } else {
            chrono::Duration::zero()
        };
        (drift < -CLOCK_JUMP || now.offset != before.offset).then_some(Input::ClockChanged { by })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const MINUTE: Duration = Duration::from_secs(60);

    fn hours_east(hours: i32) -> FixedOffset {
        FixedOffset::east_opt(hours * 3600).expect("a valid offset")
    }

    fn first() -> Reading {
        Reading {
            mono: Duration::from_secs(1000),
            wall: Utc
                .with_ymd_and_hms(2025, 3, 10, 9, 0, 0)
                .single()
                .expect("an unambiguous time"),
            offset: hours_east(1),
        }
    }

    /// `before`, then `mono` later on the monotonic clock and `wall` later on the wall clock.
    fn later(before: Reading, mono: Duration, wall: chrono::Duration) -> Reading {
        Reading {
            mono: before.mono + mono,
            wall: before.wall + wall,
            offset: before.offset,
        }
    }

    fn minutes(m: i64) -> chrono::Duration {
        chrono::Duration::minutes(m)
    }

    #[test]
    fn ticks_and_timer_slack_are_not_jumps() {
        let mut check = ClockCheck::new(first());
        let mut at = first();
        for wall in [minutes(1), minutes(1) + CLOCK_JUMP, minutes(1) - CLOCK_JUMP, minutes(1)] {
            at = later(at, MINUTE, wall);
            assert_eq!(check.jumped(at, true), None, "a minute, with the wall clock {wall} on");
        }
    }

    #[test]
    fn a_suspend_wakes_from_where_the_monotonic_clock_stopped() {
        let mut check = ClockCheck::new(first());
        // One minute awake, then the lid shut for two hours: the monotonic clock saw a minute.
        let woke = later(first(), MINUTE, minutes(121));
        assert_eq!(
            check.jumped(woke, true),
            Some(Input::Woke {
                from: first().wall + minutes(1)
            })
        );
        // The next look compares with the wake-up, not with before the suspend.
        assert_eq!(check.jumped(later(woke, MINUTE, minutes(1)), true), None);
    }

    #[test]
    fn a_suspend_is_nothing_when_sleep_is_not_a_break() {
        let mut check = ClockCheck::new(first());
        assert_eq!(check.jumped(later(first(), MINUTE, minutes(121)), false), None);
    }

    #[test]
    fn a_clock_set_back_is_a_clock_change() {
        for sleep_is_a_break in [true, false] {
            let mut check = ClockCheck::new(first());
            assert_eq!(
                check.jumped(later(first(), MINUTE, minutes(-59)), sleep_is_a_break),
                Some(Input::ClockChanged { by: minutes(-60) })
            );
        }
    }

    #[test]
    fn a_time_zone_change_is_a_clock_change() {
        let mut check = ClockCheck::new(first());
        // The same instant, seen from another zone (a trip, or daylight saving time).
        let moved = Reading {
            offset: hours_east(2),
            ..later(first(), MINUTE, minutes(1))
        };
        assert_eq!(
            check.jumped(moved, true),
            Some(Input::ClockChanged {
                by: chrono::Duration::zero()
            })
        );
        assert_eq!(check.jumped(later(moved, MINUTE, minutes(1)), true), None);
    }
}
