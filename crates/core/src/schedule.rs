//! When prompts may come: active days and hours, and the next due time after an anchor.
//!
//! Windows are local wall-clock times; durations are added in absolute time, so a DST change
//! neither shortens an interval nor fires a prompt at a local time that does not exist.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use chrono::{DateTime, Datelike, Duration as ChronoDuration, LocalResult, NaiveDate, Offset, TimeZone, Utc};
use core::time::Duration;

use crate::model::Category;
use crate::span::Span;

pub const MINUTES_PER_DAY: u32 = 24 * 60;

/// A daily active range in minutes after local midnight, `start < end <= 1440`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DailyRange {
    pub start: u32,
    pub end: u32,
}

/// Everything the scheduler needs to know from the config, already validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    pub min_interval: Span,
    pub max_interval: Span,
    /// Indexed by `Weekday::num_days_from_monday()`.
    pub days: [bool; 7],
    /// Sorted and non-overlapping.
    pub hours: Vec<DailyRange>,
    pub snooze: Span,
    pub reminder_timeout: Span,
    /// The order in which categories take turns (enabled categories only).
    pub order: Vec<Category>,
    /// Categories with a cadence of their own, as (min, max) intervals; they leave the main
    /// rotation.
    pub cadences: BTreeMap<Category, (Span, Span)>,
    /// The least time between the end of one prompt and the next prompt of another cadence.
    pub min_gap: Span,
    pub water_target: u32,
    /// Relief episodes: this many earlier ones within `relief_within` add the guide's advice.
    pub relief_advise_after: u32,
    pub relief_within: Span,
    /// Away this long (idle, locked or asleep) counts as a natural break.
    pub natural_break: Span,
    /// A due prompt waits for input to pause this long, for at most `wait_for_pause` (`None`:
    /// it shows at once).
    pub pause_length: Span,
    pub wait_for_pause: Option<Span>,
    /// A sitting stretch longer than this is long: a movement prompt says how long it has been.
    pub long_sitting: Span,
}

impl Rules {
    /// The active window containing `t`, as `[start, end)`.
    pub fn window_at<Z: TimeZone>(&self, tz: &Z, t: DateTime<Utc>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let date = t.with_timezone(tz).date_naive();
        let window = self.windows_on(tz, date).find(|(s, e)| *s <= t && t < *e)?;
        Some(self.continued(tz, window))
    }

    /// `window`, with its end moved on while the next day's first window starts where it ends
    /// ("22:00-24:00" then "00:00-06:00", or every day "00:00-24:00"): an interval counts on
    /// across midnight instead of starting again with the new day. A week at most: a schedule
    /// that never closes has no end worth finding.
    fn continued<Z: TimeZone>(
        &self,
        tz: &Z,
        (start, mut end): (DateTime<Utc>, DateTime<Utc>),
    ) -> (DateTime<Utc>, DateTime<Utc>) {
        for _ in 0..7 {
            let next_day = end.with_timezone(tz).date_naive();
            match self.windows_on(tz, next_day).find(|(s, _)| *s == end) {
                Some((_, next_end)) if next_end > end => end = next_end,
                _ => break,
            }
        }
        (start, end)
    }

    pub fn is_active<Z: TimeZone>(&self, tz: &Z, t: DateTime<Utc>) -> bool {
        self.window_at(tz, t).is_some()
    }

    /// The first active window that starts after `t`.
    pub fn next_window_after<Z: TimeZone>(&self, tz: &Z, t: DateTime<Utc>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let today = t.with_timezone(tz).date_naive();
        (0..=7)
            .filter_map(|offset| today.checked_add_days(chrono::Days::new(offset)))
            .flat_map(|date| self.windows_on(tz, date).collect::<Vec<_>>())
            .find(|(s, _)| *s > t)
            .map(|window| self.continued(tz, window))
    }

    /// `t` if it is inside an active window, else when the next window opens (`None`: no window
    /// opens within a week).
    pub fn active_from<Z: TimeZone>(&self, tz: &Z, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.is_active(tz, t) {
            return Some(t);
        }
        self.next_window_after(tz, t).map(|(start, _)| start)
    }

    /// When the next prompt is due if the interval counts from `anchor`: one interval later if
    /// that is still inside the same window, otherwise one interval after the next window opens.
    /// `None` when no window is long enough for the interval (or none is active at all).
    pub fn next_due<Z: TimeZone>(&self, tz: &Z, anchor: DateTime<Utc>, interval: Duration) -> Option<DateTime<Utc>> {
        let interval = ChronoDuration::from_std(interval).ok()?;
        if let Some((_, end)) = self.window_at(tz, anchor)
            && let Some(due) = anchor.checked_add_signed(interval)
            && due < end
        {
            return Some(due);
        }
        // The windows repeat every week: a week of them (and a day, for one shortened by a DST
        // change) holds one long enough, if any does. Beyond that, only a window lengthened by
        // a DST change could: such a stream waits for a config that fits it, not for October.
        let last_start = anchor.checked_add_signed(ChronoDuration::days(8))?;
        let mut from = anchor;
        while let Some((start, end)) = self.next_window_after(tz, from).filter(|(s, _)| *s <= last_start) {
            match start.checked_add_signed(interval) {
                Some(due) if due < end => return Some(due),
                _ => {}
            }
            from = start;
        }
        None
    }

    fn windows_on<'a, Z: TimeZone>(
        &'a self,
        tz: &'a Z,
        date: NaiveDate,
    ) -> impl Iterator<Item = (DateTime<Utc>, DateTime<Utc>)> + 'a {
        let active = self.days[date.weekday().num_days_from_monday() as usize];
        self.hours
            .iter()
            .filter(move |_| active)
            .filter_map(move |r| Some((local_minute(tz, date, r.start)?, local_minute(tz, date, r.end)?)))
    }
}

/// `minute` minutes after local midnight of `date`, resolved in `tz`. A local time skipped by a
/// change of offset is read with the offset before the change, so it lands as far past the
/// change as it was into the gap: 02:30 in Berlin's one-hour gap is 03:30, 02:10 in Lord Howe's
/// half-hour gap is 02:40.
pub fn local_minute<Z: TimeZone>(tz: &Z, date: NaiveDate, minute: u32) -> Option<DateTime<Utc>> {
    let naive = date.and_hms_opt(0, 0, 0)? + ChronoDuration::minutes(i64::from(minute));
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earliest, _) => Some(earliest.with_timezone(&Utc)),
        LocalResult::None => {
            let before = tz
                .offset_from_local_datetime(&(naive - ChronoDuration::days(1)))
                .earliest()?;
            let utc = naive - ChronoDuration::seconds(i64::from(before.fix().local_minus_utc()));
            Some(utc.and_utc())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Australia::Lord_Howe;
    use chrono_tz::Europe::Berlin;

    #[test]
    fn a_skipped_local_time_resolves_an_hour_later() {
        // 2026-03-29 02:00 does not exist in Berlin: clocks jump to 03:00.
        let date = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let t = local_minute(&Berlin, date, 2 * 60 + 30).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-03-29T01:30:00+00:00");
    }

    /// Found by reading the code: a gap was taken to be an hour long, so in Lord Howe's half-hour
    /// gap (02:00 to 02:30 on 2026-10-04) 02:10 came out as 03:10, after 02:30 itself.
    #[test]
    fn a_skipped_local_time_in_a_half_hour_gap_resolves_half_an_hour_later() {
        let date = NaiveDate::from_ymd_opt(2026, 10, 4).unwrap();
        let resolved = |minute| {
            local_minute(&Lord_Howe, date, minute)
                .unwrap()
                .with_timezone(&Lord_Howe)
        };
        assert_eq!(resolved(2 * 60 + 10).to_rfc3339(), "2026-10-04T02:40:00+11:00");
        assert_eq!(resolved(2 * 60 + 30).to_rfc3339(), "2026-10-04T02:30:00+11:00");
        assert!(resolved(2 * 60 + 10) > resolved(2 * 60));
    }
}
