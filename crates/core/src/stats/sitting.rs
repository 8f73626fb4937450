//! Sitting stretches read back from the log's `away`, `arrived` and `stopped` records, and what
//! `stats` keeps of them for a day.

use chrono::{DateTime, FixedOffset, TimeDelta};

use crate::logged::Kind;

/// A finished stretch at the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stretch {
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
}

/// Follows the stretch in progress through the log, one record at a time; it holds one time,
/// whatever the length of the log.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stretches {
    open: Option<DateTime<FixedOffset>>,
}

impl Stretches {
    /// Takes the next record (`time` is its own) and returns the stretch it finishes, if any.
    /// A stretch whose end comes before its start (the clock was set back) is not returned.
    pub fn add(&mut self, time: DateTime<FixedOffset>, kind: Kind) -> Option<Stretch> {
        let (end, next) = match kind {
            Kind::Away { since } => (Some(since), Some(time)),
            // The daemon started again without a `stopped`: it crashed, and the stretch it was
            // measuring ended at a time nobody knows, so it is dropped rather than guessed.
            Kind::Arrived => (None, Some(time)),
            Kind::Stopped => (Some(time), None),
            _ => return None,
        };
        let start = core::mem::replace(&mut self.open, next)?;
        let end = end?;
        (end >= start).then_some(Stretch { start, end })
    }
}

/// A day's sitting, on the day its stretches started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SittingDay {
    /// A sitting record fell on the day or a stretch started on it: unmeasured days have no
    /// figures rather than zeros, which would claim a day without sitting.
    measured: bool,
    longest: TimeDelta,
    long: u32,
}

impl SittingDay {
    pub fn mark(&mut self) {
        self.measured = true;
    }

    /// Adds a stretch; it is long when strictly longer than `long_sitting`.
    pub fn add(&mut self, stretch: &Stretch, long_sitting: TimeDelta) {
        let length = stretch.end - stretch.start;
        self.measured = true;
        self.longest = self.longest.max(length);
        self.long = self.long.saturating_add(u32::from(length > long_sitting));
    }

    /// The longest stretch in whole minutes, rounded down.
    pub fn longest_min(&self) -> Option<u64> {
        self.measured.then(|| self.longest.num_minutes().unsigned_abs())
    }

    pub fn long_sittings(&self) -> Option<u64> {
        self.measured.then_some(u64::from(self.long))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn away(since: &str) -> Kind {
        Kind::Away { since: at(since) }
    }

    fn stretch(start: &str, end: &str) -> Option<Stretch> {
        Some(Stretch {
            start: at(start),
            end: at(end),
        })
    }

    /// The stretches `records` finish, in order.
    fn run(records: &[(&str, Kind)]) -> Vec<Option<Stretch>> {
        let mut s = Stretches::default();
        records.iter().map(|(time, kind)| s.add(at(time), *kind)).collect()
    }

    #[test]
    fn an_away_ends_the_stretch_at_its_since_and_begins_one_at_its_time() {
        assert_eq!(
            run(&[
                ("2026-11-23T09:30:00+01:00", away("2026-11-23T09:00:00+01:00")),
                ("2026-11-23T12:00:00+01:00", away("2026-11-23T11:10:00+01:00")),
            ]),
            [None, stretch("2026-11-23T09:30:00+01:00", "2026-11-23T11:10:00+01:00")],
            "the first away opens a stretch, the second ends it after 100 min"
        );
    }

    #[test]
    fn arrived_begins_a_stretch_that_an_away_ends() {
        assert_eq!(
            run(&[
                ("2026-11-23T08:00:00+01:00", Kind::Arrived),
                ("2026-11-23T09:00:00+01:00", away("2026-11-23T08:45:00+01:00")),
            ]),
            [None, stretch("2026-11-23T08:00:00+01:00", "2026-11-23T08:45:00+01:00")]
        );
    }

    #[test]
    fn stopped_ends_the_stretch_and_leaves_none_open() {
        assert_eq!(
            run(&[
                ("2026-11-23T08:00:00+01:00", away("2026-11-23T07:00:00+01:00")),
                ("2026-11-23T08:20:00+01:00", Kind::Stopped),
                ("2026-11-23T08:30:00+01:00", Kind::Stopped),
                ("2026-11-23T09:00:00+01:00", away("2026-11-23T08:50:00+01:00")),
                ("2026-11-23T09:40:00+01:00", away("2026-11-23T09:30:00+01:00")),
            ]),
            [
                None,
                stretch("2026-11-23T08:00:00+01:00", "2026-11-23T08:20:00+01:00"),
                None,
                None,
                stretch("2026-11-23T09:00:00+01:00", "2026-11-23T09:30:00+01:00"),
            ],
            "after stopped, an away only opens a stretch"
        );
    }

    #[test]
    fn arrived_again_drops_the_stretch_a_crash_left_open() {
        assert_eq!(
            run(&[
                ("2026-11-23T08:00:00+01:00", Kind::Arrived),
                ("2026-11-23T10:00:00+01:00", Kind::Arrived),
                ("2026-11-23T10:30:00+01:00", Kind::Stopped),
            ]),
            [
                None,
                None,
                stretch("2026-11-23T10:00:00+01:00", "2026-11-23T10:30:00+01:00")
            ]
        );
    }

    #[test]
    fn a_stretch_that_ends_before_it_starts_is_ignored_and_other_records_pass() {
        assert_eq!(
            run(&[
                ("2026-11-23T10:00:00+01:00", Kind::Arrived),
                ("2026-11-23T10:05:00+01:00", Kind::Relief),
                ("2026-11-23T10:10:00+01:00", away("2026-11-23T09:00:00+01:00")),
                ("2026-11-23T10:40:00+01:00", Kind::Stopped),
            ]),
            [
                None,
                None,
                None,
                stretch("2026-11-23T10:10:00+01:00", "2026-11-23T10:40:00+01:00")
            ]
        );
    }

    #[test]
    fn a_day_counts_stretches_strictly_longer_than_the_threshold() {
        let hour = TimeDelta::minutes(60);
        let mut day = SittingDay::default();
        assert_eq!((day.longest_min(), day.long_sittings()), (None, None), "not measured");
        day.mark();
        assert_eq!((day.longest_min(), day.long_sittings()), (Some(0), Some(0)));
        day.add(&stretch("2026-11-23T08:00:00Z", "2026-11-23T09:00:00Z").unwrap(), hour);
        assert_eq!(
            (day.longest_min(), day.long_sittings()),
            (Some(60), Some(0)),
            "60 min is not over 60"
        );
        day.add(&stretch("2026-11-23T10:00:00Z", "2026-11-23T11:00:59Z").unwrap(), hour);
        assert_eq!(
            (day.longest_min(), day.long_sittings()),
            (Some(60), Some(1)),
            "floor, but over"
        );
        day.add(&stretch("2026-11-23T12:00:00Z", "2026-11-23T12:20:00Z").unwrap(), hour);
        assert_eq!((day.longest_min(), day.long_sittings()), (Some(60), Some(1)));
    }
}
