//! The streams' countdowns: the main rotation and each category with a cadence of its own, and
//! which of them comes next.

use alloc::vec::Vec;
use chrono::{DateTime, TimeZone, Utc};
use core::time::Duration;

use super::{Scheduler, Stream, later};
use crate::model::{Category, Prompt};
use crate::schedule::Rules;
use crate::span::Span;

/// A stream's countdown: `due` is one `interval` after `anchor`, inside active hours (or later,
/// when a snooze with nothing pending pushed it); `None` when no active window can hold the
/// interval.
#[derive(Clone, Copy, Debug)]
pub(super) struct Countdown {
    pub(super) anchor: DateTime<Utc>,
    pub(super) interval: Duration,
    pub(super) due: Option<DateTime<Utc>>,
}

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    /// The stream whose prompt comes next, and when: the earliest due time, held back until
    /// `min_gap` after the last prompt of another stream; on a tie, the one waiting longest.
    pub(super) fn upcoming(&self) -> Option<(Stream, DateTime<Utc>)> {
        self.timers
            .iter()
            .filter_map(|(&stream, timer)| {
                let due = timer.due?;
                let gap_end = match self.last_end {
                    Some((last, end)) if last != stream => later(end, self.rules.min_gap.get()),
                    _ => due,
                };
                Some((due.max(gap_end), due, stream))
            })
            .min()
            .map(|(at, _, stream)| (stream, at))
    }

    /// Every stream the rules call for, counting from `anchor`.
    pub(super) fn rearm_all(&mut self, anchor: DateTime<Utc>) {
        self.timers.clear();
        for stream in streams(&self.rules, &self.catalogue) {
            self.rearm(stream, anchor);
        }
    }

    /// `stream` counts one random interval from `anchor` (if the rules still have it, and the
    /// catalogue something for it to show).
    pub(super) fn rearm(&mut self, stream: Stream, anchor: DateTime<Utc>) {
        let Some((min, max)) = interval_range(&self.rules, &self.catalogue, stream) else {
            self.timers.remove(&stream);
            return;
        };
        let interval = Duration::from_secs(self.rng.u64(min.as_secs()..=max.as_secs().max(min.as_secs())));
        let due = self.rules.next_due(&self.tz, anchor, interval);
        self.timers.insert(stream, Countdown { anchor, interval, due });
    }

    /// Every countdown placed again in the active windows, as they are now, never earlier than
    /// it was.
    pub(super) fn recount(&mut self) {
        for timer in self.timers.values_mut() {
            let due = self.rules.next_due(&self.tz, timer.anchor, timer.interval);
            timer.due = match (due, timer.due) {
                (Some(due), Some(was)) => Some(due.max(was)),
                (due, _) => due,
            };
        }
    }
}

/// The categories of the main rotation: those without a cadence of their own, with a prompt in
/// the catalogue.
pub(super) fn main_order(rules: &Rules, catalogue: &[Prompt]) -> Vec<Category> {
    rules
        .order
        .iter()
        .copied()
        .filter(|c| !rules.cadences.contains_key(c) && has_prompts(*c, catalogue))
        .collect()
}

/// The streams with something to show. One without would come due and show nothing, and be
/// due again at once (found by `tests/accepted_configs.rs`).
pub(super) fn streams(rules: &Rules, catalogue: &[Prompt]) -> Vec<Stream> {
    core::iter::once(Stream::Main)
        .chain(rules.cadences.keys().map(|&c| Stream::Own(c)))
        .filter(|&stream| interval_range(rules, catalogue, stream).is_some())
        .collect()
}

/// How long `stream` counts, if the rules have it and the catalogue something for it to show.
fn interval_range(rules: &Rules, catalogue: &[Prompt], stream: Stream) -> Option<(Span, Span)> {
    match stream {
        Stream::Main => (!main_order(rules, catalogue).is_empty()).then_some((rules.min_interval, rules.max_interval)),
        Stream::Own(category) => rules
            .cadences
            .get(&category)
            .copied()
            .filter(|_| has_prompts(category, catalogue)),
    }
}

fn has_prompts(category: Category, catalogue: &[Prompt]) -> bool {
    catalogue.iter().any(|p| p.category == category)
}
