//! The figures of `deskbreak stats`: one pass over the log's records into per-day tallies, and
//! the [`Summary`] drawn from them, which `report::csv` and `report::chart` render.

use alloc::borrow::ToOwned;
use alloc::collections::{BTreeMap, VecDeque};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use chrono::{DateTime, Days, FixedOffset, NaiveDate, TimeDelta};
use core::time::Duration;
use serde::Serialize;

use crate::logged::{Damaged, DamagedLines, Kind, LoggedLine, LoggedRecord};
use crate::model::{Category, DayCounts, Outcome};
use crate::stats::sitting::{SittingDay, Stretch, Stretches};

/// The days a summary covers, both ends included; `to` is today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Window {
    /// The `days` days that end with `today`.
    pub fn last_days(today: NaiveDate, days: u32) -> Window {
        let from = today
            .checked_sub_days(Days::new(u64::from(days.max(1)) - 1))
            .unwrap_or(NaiveDate::MIN);
        Window { from, to: today }
    }

    fn contains(&self, date: NaiveDate) -> bool {
        (self.from..=self.to).contains(&date)
    }
}

/// What the summary is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub window: Window,
    /// The streak threshold, in whole percent.
    pub streak_percent: u32,
    pub water_target: u32,
    /// A sitting stretch strictly longer than this is a long one.
    pub long_sitting: Duration,
    /// `[relief]`: episodes recur when more than `advise_after` fall within `within`.
    pub relief_advise_after: u32,
    pub relief_within: Duration,
}

/// One day's records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct DayTally {
    /// Counted by `LoggedRecord::count`, the same code as `status`'s "Today" line.
    counts: DayCounts,
    natural: u32,
    relief: u32,
    unknown: u32,
    /// The stretches that started on this day.
    sitting: SittingDay,
}

impl DayTally {
    fn add(&mut self, record: &LoggedLine<'_>, kind: Kind) {
        record.count_as(kind, &mut self.counts);
        let other = match kind {
            Kind::Natural => &mut self.natural,
            Kind::Relief => &mut self.relief,
            Kind::Unknown => &mut self.unknown,
            Kind::Away { .. } | Kind::Arrived | Kind::Stopped => {
                self.sitting.mark();
                return;
            }
            Kind::Answer(_) | Kind::Drink { .. } => return,
        };
        *other = other.saturating_add(1);
    }

    /// The prompts that ended this day. A snooze is not one: its prompt ends later, in
    /// another record.
    fn shown(&self) -> u64 {
        let c = &self.counts;
        [c.done, c.skipped, c.missed, self.natural]
            .into_iter()
            .map(u64::from)
            .sum()
    }

    fn meets(&self, percent: u32) -> bool {
        let shown = self.shown();
        shown > 0 && u64::from(self.counts.done) * 100 >= u64::from(percent) * shown
    }
}

/// The most distinct prompt ids and unknown outcome names kept; a log names a few dozen of
/// each, so the caps only matter for a corrupt or hostile log, whose extra names are counted in
/// the totals but not listed.
const MAX_PROMPTS: usize = 1024;
const MAX_UNKNOWN_NAMES: usize = 16;
const MOST_SKIPPED_LISTED: usize = 5;
/// The stretches of a day the report page draws; a day has a few dozen at most, more only in a
/// corrupt or hostile log, whose extra stretches still count in the figures.
const MAX_STRETCHES_DRAWN: usize = 200;

/// The single pass over a log's records: [`Pass::add`] each, in time order, then
/// [`Pass::finish`]. Memory is bounded by the number of distinct days in the log (`days`: one
/// small entry a day, about 62,000 for 170 years), never by the number of records; the other
/// maps are capped by the constants above.
pub struct Pass {
    options: Options,
    long_sitting: TimeDelta,
    /// Every day of the log: the window's figures and the streak, which looks back until it
    /// breaks, come from here.
    days: BTreeMap<NaiveDate, DayTally>,
    /// The day being added to, kept out of `days` so that a run of records on the same day (the
    /// log is in time order) costs no map lookup.
    current: Option<(NaiveDate, DayTally)>,
    /// The stretch in progress: only a finished one is counted, on the day it started.
    stretches: Stretches,
    /// The window's finished stretches, by the day they started, for the report page.
    drawn: BTreeMap<NaiveDate, Vec<Stretch>>,
    relief: Recurrence,
    /// In the window: per category (in `Category::ALL` order), prompts shown and done.
    categories: [(u64, u64); 3],
    answer_ms: u128,
    answers: u64,
    skipped: BTreeMap<String, (String, u64)>,
    unknown_names: BTreeMap<String, u64>,
    damaged: DamagedLines,
}

impl Pass {
    pub fn new(options: &Options) -> Pass {
        Pass {
            options: *options,
            // The config allows at most a day; a longer one would still be "longer than any".
            long_sitting: TimeDelta::from_std(options.long_sitting).unwrap_or(TimeDelta::MAX),
            days: BTreeMap::new(),
            current: None,
            stretches: Stretches::default(),
            drawn: BTreeMap::new(),
            relief: Recurrence::new(options),
            categories: [(0, 0); 3],
            answer_ms: 0,
            answers: 0,
            skipped: BTreeMap::new(),
            unknown_names: BTreeMap::new(),
            damaged: DamagedLines::default(),
        }
    }

    /// Adds the next record of the log (or the fact that its line was damaged).
    pub fn add(&mut self, record: Result<LoggedLine<'_>, Damaged>) {
        let record = match record {
            Ok(record) => record,
            Err(d) => {
                self.damaged.add(d);
                return;
            }
        };
        let date = record.time.date_naive();
        let kind = record.kind();
        self.day(date).add(&record, kind);
        if let Some(stretch) = self.stretches.add(record.time, kind) {
            let long_sitting = self.long_sitting;
            let started = stretch.start.date_naive();
            self.day(started).sitting.add(&stretch, long_sitting);
            if self.options.window.contains(started) {
                let drawn = self.drawn.entry(started).or_default();
                if drawn.len() < MAX_STRETCHES_DRAWN {
                    drawn.push(stretch);
                }
            }
        }
        if self.options.window.contains(date) {
            self.add_in_window(&record, kind);
        }
    }

    fn day(&mut self, date: NaiveDate) -> &mut DayTally {
        if self.current.as_ref().is_none_or(|(d, _)| *d != date) {
            let fresh = (date, self.days.remove(&date).unwrap_or_default());
            if let Some((d, tally)) = self.current.replace(fresh) {
                self.days.insert(d, tally);
            }
        }
        match &mut self.current {
            Some((_, tally)) => tally,
            None => unreachable!("set just above"),
        }
    }

    fn add_in_window(&mut self, record: &LoggedLine<'_>, kind: Kind) {
        let ended = match kind {
            Kind::Answer(outcome) => {
                // A missed prompt was not answered: its time is the reminder timeout.
                if let (Some(shown), false) = (record.shown, outcome == Outcome::Missed) {
                    self.answer_ms += u128::from((record.time - shown).num_milliseconds().max(0).unsigned_abs());
                    self.answers += 1;
                }
                if outcome == Outcome::Skipped {
                    self.add_skipped(record);
                }
                outcome != Outcome::Snoozed
            }
            Kind::Natural => true,
            Kind::Unknown => {
                let known = self.unknown_names.len() < MAX_UNKNOWN_NAMES;
                if let Some(n) = self.unknown_names.get_mut(record.outcome) {
                    *n += 1;
                } else if known {
                    self.unknown_names.insert(record.outcome.to_string(), 1);
                }
                false
            }
            Kind::Relief => {
                self.relief.add(record.time);
                false
            }
            Kind::Drink { .. } | Kind::Away { .. } | Kind::Arrived | Kind::Stopped => false,
        };
        if let (true, Some(category)) = (ended, record.category()) {
            let (shown, done) = &mut self.categories[category as usize];
            *shown += 1;
            *done += u64::from(kind == Kind::Answer(Outcome::Done));
        }
    }

    fn add_skipped(&mut self, record: &LoggedLine<'_>) {
        let Some(prompt) = record.prompt else { return };
        let title = record.title.unwrap_or_default();
        if let Some((latest, n)) = self.skipped.get_mut(prompt) {
            *n += 1;
            // The latest title is kept; it is copied only when it changed.
            if latest != title {
                title.clone_into(latest);
            }
        } else if self.skipped.len() < MAX_PROMPTS {
            self.skipped.insert(prompt.to_string(), (title.to_string(), 1));
        }
    }

    /// The summary of the records added.
    pub fn finish(mut self) -> Summary {
        let options = &self.options;
        if let Some((d, tally)) = self.current.take() {
            self.days.insert(d, tally);
        }
        let window = options.window;
        let days: Vec<DayFigures> = window
            .from
            .iter_days()
            .take_while(|d| *d <= window.to)
            .map(|date| DayFigures {
                date,
                figures: Figures::of(&self.days.get(&date).copied().unwrap_or_default()),
                stretches: self.drawn.remove(&date).unwrap_or_default(),
            })
            .collect();
        let mut totals = Figures::default();
        for day in &days {
            totals.add(&day.figures);
        }
        totals.done_ratio = ratio(totals.done, totals.shown);
        let categories = Category::ALL
            .into_iter()
            .map(|category| {
                let (shown, done) = self.categories[category as usize];
                CategoryFigures {
                    category,
                    shown,
                    done,
                    adherence: ratio(done, shown),
                }
            })
            .collect();
        let mut most_skipped: Vec<SkippedPrompt> = self
            .skipped
            .into_iter()
            .map(|(prompt, (title, skipped))| SkippedPrompt { prompt, title, skipped })
            .collect();
        most_skipped.sort_by(|a, b| b.skipped.cmp(&a.skipped).then_with(|| a.prompt.cmp(&b.prompt)));
        most_skipped.truncate(MOST_SKIPPED_LISTED);
        Summary {
            from: window.from,
            to: window.to,
            streak_threshold: f64::from(options.streak_percent) / 100.0,
            streak_days: streak(&self.days, window.to, options.streak_percent),
            water_target: options.water_target,
            water_days_met: days
                .iter()
                .filter(|d| d.figures.water >= u64::from(options.water_target))
                .count() as u64,
            long_sitting_s: options.long_sitting.as_secs(),
            relief_recurred: self.relief.recurred,
            answers: self.answers,
            average_answer_s: (self.answers > 0)
                .then(|| round(self.answer_ms as f64 / 1000.0 / self.answers as f64, 10.0)),
            totals,
            days,
            categories,
            most_skipped,
            unknown_outcomes: self
                .unknown_names
                .into_iter()
                .map(|(outcome, records)| UnknownOutcome { outcome, records })
                .collect(),
            damaged_lines: self.damaged.count,
            damaged_line_numbers: self.damaged.first,
        }
    }
}

/// Whether relief episodes recurred in the window: more than `[relief] advise_after` of them
/// within `[relief] within`, the rule by which `status` and the relief notification give the
/// guide's advice. It keeps the last `advise_after + 1` episode times.
struct Recurrence {
    advise_after: usize,
    within: TimeDelta,
    recent: VecDeque<DateTime<FixedOffset>>,
    recurred: bool,
}

impl Recurrence {
    fn new(options: &Options) -> Recurrence {
        Recurrence {
            advise_after: usize::try_from(options.relief_advise_after).unwrap_or(usize::MAX),
            within: TimeDelta::from_std(options.relief_within).unwrap_or(TimeDelta::MAX),
            recent: VecDeque::new(),
            recurred: false,
        }
    }

    fn add(&mut self, time: DateTime<FixedOffset>) {
        self.recent.push_back(time);
        if self.recent.len() > self.advise_after.saturating_add(1) {
            self.recent.pop_front();
        }
        if let (Some(first), true) = (self.recent.front(), self.recent.len() > self.advise_after) {
            self.recurred |= time - *first <= self.within;
        }
    }
}

/// Days in a row, back from `today`, on which at least `percent` of the prompts shown were
/// done. Days without prompts (weekends, holidays) neither extend nor break it, and today does
/// not break it while it is still going.
fn streak(days: &BTreeMap<NaiveDate, DayTally>, today: NaiveDate, percent: u32) -> u64 {
    let mut streak = 0;
    for (date, tally) in days.range(..=today).rev() {
        if tally.shown() == 0 {
            continue;
        }
        if tally.meets(percent) {
            streak += 1;
        } else if *date != today {
            break;
        }
    }
    streak
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| round(part as f64 / whole as f64, 1000.0))
}

fn round(x: f64, per_unit: f64) -> f64 {
    libm::round(x * per_unit) / per_unit
}

/// Everything `stats` reports; `--format json` prints it as it is and `--format csv` row by row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub streak_threshold: f64,
    pub streak_days: u64,
    pub water_target: u32,
    pub water_days_met: u64,
    /// `[stats] long_sitting`, in seconds: `long_sittings` counts the stretches longer.
    pub long_sitting_s: u64,
    /// Relief episodes recurred in the window, as `[relief]` defines it: the report page then
    /// gives the guide's advice. Not in `stats --json`, which has the episodes per day.
    #[serde(skip)]
    pub relief_recurred: bool,
    pub answers: u64,
    pub average_answer_s: Option<f64>,
    pub totals: Figures,
    pub days: Vec<DayFigures>,
    pub categories: Vec<CategoryFigures>,
    pub most_skipped: Vec<SkippedPrompt>,
    pub unknown_outcomes: Vec<UnknownOutcome>,
    pub damaged_lines: u64,
    pub damaged_line_numbers: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Figures {
    pub shown: u64,
    pub done: u64,
    pub snoozed: u64,
    pub skipped: u64,
    pub missed: u64,
    pub natural: u64,
    pub done_ratio: Option<f64>,
    pub water: u64,
    pub relief: u64,
    pub unknown: u64,
    /// The longest sitting stretch, in whole minutes: of the day's that started on it, or of
    /// the window's days. Null when no day was measured (no guess of 0).
    pub longest_sitting_min: Option<u64>,
    /// The stretches longer than `long_sitting_s`: started that day, or summed over the
    /// measured days; null when no day was measured.
    pub long_sittings: Option<u64>,
}

impl Figures {
    fn of(t: &DayTally) -> Figures {
        let c = &t.counts;
        let shown = t.shown();
        let done = u64::from(c.done);
        Figures {
            shown,
            done,
            snoozed: c.snoozed.into(),
            skipped: c.skipped.into(),
            missed: c.missed.into(),
            natural: t.natural.into(),
            done_ratio: ratio(done, shown),
            water: c.water.into(),
            relief: t.relief.into(),
            unknown: t.unknown.into(),
            longest_sitting_min: t.sitting.longest_min(),
            long_sittings: t.sitting.long_sittings(),
        }
    }

    fn add(&mut self, o: &Figures) {
        self.shown += o.shown;
        self.done += o.done;
        self.snoozed += o.snoozed;
        self.skipped += o.skipped;
        self.missed += o.missed;
        self.natural += o.natural;
        self.water += o.water;
        self.relief += o.relief;
        self.unknown += o.unknown;
        // `None` orders below any `Some`: the max and sum of the measured days only.
        self.longest_sitting_min = self.longest_sitting_min.max(o.longest_sitting_min);
        self.long_sittings = match (self.long_sittings, o.long_sittings) {
            (Some(a), Some(b)) => Some(a + b),
            (a, b) => a.or(b),
        };
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DayFigures {
    pub date: NaiveDate,
    #[serde(flatten)]
    pub figures: Figures,
    /// The finished sitting stretches that started on the day, in order, for the report page's
    /// timeline (the first `MAX_STRETCHES_DRAWN`).
    #[serde(skip)]
    pub stretches: Vec<Stretch>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CategoryFigures {
    pub category: Category,
    pub shown: u64,
    pub done: u64,
    pub adherence: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkippedPrompt {
    pub prompt: String,
    pub title: String,
    pub skipped: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownOutcome {
    pub outcome: String,
    pub records: u64,
}

/// Summarises `records`, a log's in time order, in one pass; memory does not grow with their
/// number, so a stream read straight from the file need never be held whole.
pub fn summarise(records: impl IntoIterator<Item = Result<LoggedRecord, Damaged>>, options: &Options) -> Summary {
    let mut pass = Pass::new(options);
    for record in records {
        pass.add(record.as_ref().map(LoggedRecord::view).map_err(|d| *d));
    }
    pass.finish()
}

#[cfg(test)]
mod tests;
