//! Durations in words, in the person's language: the one formatter of spans that the status,
//! the notifications, the tray, `log`, `stats` and the report use.

use chrono::{DateTime, FixedOffset, Utc};
use std::time::Duration;

use deskbreak_i18n::fl;

/// "1 h 20 min", "2 h", "45 min", "30 s": a span as a person says it, in whole units.
pub fn words(secs: u64) -> String {
    match (secs / 3600, secs % 3600 / 60) {
        (0, 0) => fl!("span-seconds", seconds = secs),
        (0, m) => fl!("span-minutes", minutes = m),
        (h, 0) => fl!("span-hours", hours = h),
        (h, m) => fl!("span-hours-minutes", hours = h, minutes = m),
    }
}

/// "23 min", "2 h 5 min", "40 s"; a negative span is "0 s".
pub fn clamped(secs: i64) -> String {
    words(u64::try_from(secs).unwrap_or(0))
}

/// "23 min", "2 h 5 min", "40 s".
pub fn until(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    clamped((t.with_timezone(&Utc) - now).num_seconds())
}

/// "23 min", "2 h 5 min", counted up to whole minutes: a glance is refreshed once a minute, so
/// it never shows seconds, nor "0 min" before the time has come.
pub fn countdown(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    let secs = u64::try_from((t.with_timezone(&Utc) - now).num_seconds()).unwrap_or(0);
    words(secs.max(1).div_ceil(60).saturating_mul(60))
}

/// "10 min", or "90 s" for spans that are not whole minutes: a snooze as its button and the
/// client's reply name it.
pub fn snooze(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 60 && s.is_multiple_of(60) {
        let minutes = s / 60;
        fl!("span-minutes", minutes = minutes)
    } else {
        fl!("span-seconds", seconds = s)
    }
}

/// "1 h 50 min", "0 min".
pub fn minutes(minutes: u64) -> String {
    match minutes {
        0 => fl!("span-minutes", minutes = 0),
        m => words(m.saturating_mul(60)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snooze_is_whole_minutes_or_seconds() {
        assert_eq!(snooze(Duration::from_secs(600)), "10 min");
        assert_eq!(snooze(Duration::from_secs(90)), "90 s");
        assert_eq!(snooze(Duration::from_secs(30)), "30 s");
    }
}
