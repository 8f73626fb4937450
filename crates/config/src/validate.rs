//! What parses but cannot be used: values out of range, empty lists, overlaps, taken ids. One
//! function per section of the file; every problem is located at the value it is about.

use std::ops::Range;
use std::time::Duration;
use toml::Spanned;

use super::diagnostics::{Problem, locate};
use super::{
    BreaksConfig, Cadence, CategoriesConfig, Config, CustomPrompt, PromptsConfig, ReliefConfig, ScheduleConfig,
    StatsConfig, WaterConfig,
};
use deskbreak_core::model::Category;
use deskbreak_core::prompts;
use deskbreak_i18n::fl;

/// Everything wrong with `config`, read from `text`; empty when it can be used.
pub(super) fn problems(config: &Config, text: &str) -> Vec<Problem> {
    let mut problems = Problems {
        text,
        found: Vec::new(),
    };
    language(config.language.as_ref(), &mut problems);
    schedule(&config.schedule, &mut problems);
    prompts(&config.prompts, &mut problems);
    categories(&config.categories, &mut problems);
    stats(&config.stats, &mut problems);
    water(&config.water, &mut problems);
    relief(&config.relief, &mut problems);
    breaks(&config.breaks, &mut problems);
    // Only worth saying of a config that is otherwise right: it comes from several sections.
    if problems.found.is_empty() && config.catalogue().is_empty() {
        let span = if config.prompts.builtin() {
            0..0
        } else {
            config.prompts.builtin.span()
        };
        problems.at(span, fl!("config-no-prompts"));
    }
    problems.found
}

/// `language`: "auto", or a language deskbreak has a catalogue for.
fn language(language: Option<&Spanned<String>>, problems: &mut Problems) {
    let Some(language) = language else { return };
    let tag = language.get_ref();
    if tag != deskbreak_i18n::AUTO && !deskbreak_i18n::is_available(tag) {
        let known: Vec<String> = deskbreak_i18n::available().iter().map(ToString::to_string).collect();
        problems.at(
            language.span(),
            fl!("config-language", tag = tag.as_str(), known = known.join(", ")),
        );
    }
}

/// What is allowed but deserves a word.
pub(super) fn warnings(config: &Config) -> Vec<String> {
    let s = &config.schedule;
    [("min_interval", s.min_interval()), ("max_interval", s.max_interval())]
        .into_iter()
        .filter(|(_, d)| *d < Duration::from_secs(60))
        .map(|(key, d)| {
            let key = format!("schedule.{key}");
            fl!(
                "config-under-a-minute",
                key = key,
                span = humantime::format_duration(d).to_string()
            )
        })
        .collect()
}

/// The range a number or a duration setting must lie in, and how its message says it. Every
/// setting has one, so that whatever validation accepts, the scheduler can compute with.
struct Bounds<T> {
    min: T,
    max: T,
    /// "from 1 second to 24 hours": the words of the error (and of config/default.toml).
    words: fn() -> String,
}

/// Intervals, snooze, timeout, gap, cadences and the natural break: each is about one working
/// day, so a day at most.
const SPAN: Bounds<Duration> = Bounds {
    min: Duration::from_secs(1),
    max: Duration::from_secs(24 * 3600),
    words: || fl!("bounds-span"),
};

/// The relief window: shorter than an hour says nothing about recurrence; a year bounds how much
/// of the log the daemon reads back at start. "1y" is humantime's year, 365.25 days.
const RELIEF_WINDOW: Bounds<Duration> = Bounds {
    min: Duration::from_secs(3600),
    max: Duration::from_secs(31_557_600),
    words: || fl!("bounds-relief-window"),
};

const GLASSES: Bounds<u32> = Bounds {
    min: 1,
    max: 50,
    words: || fl!("bounds-glasses"),
};

const EPISODES: Bounds<u32> = Bounds {
    min: 1,
    max: 100,
    words: || fl!("bounds-episodes"),
};

/// Worded as `deskbreak stats` has always refused it.
const PERCENT: Bounds<u32> = Bounds {
    min: 0,
    max: 100,
    words: || fl!("bounds-percent"),
};

/// A pause in typing: long enough to be one, short enough not to be a break.
const PAUSE: Bounds<Duration> = Bounds {
    min: Duration::from_secs(1),
    max: Duration::from_secs(60),
    words: || fl!("bounds-pause"),
};

/// How long a due prompt may wait for that pause; "0s" does not wait.
const WAIT: Bounds<Duration> = Bounds {
    min: Duration::ZERO,
    max: Duration::from_secs(3600),
    words: || fl!("bounds-wait"),
};

/// The problems found so far in `text`.
struct Problems<'a> {
    text: &'a str,
    found: Vec<Problem>,
}

impl Problems<'_> {
    fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.found.push(locate(self.text, span, message.into()));
    }

    /// Refuses `key`, at `span`, unless each of `values` lies within `bounds`: the one place a
    /// range is worded. Says whether they all did.
    fn within<T: PartialOrd>(&mut self, key: &str, span: Range<usize>, bounds: &Bounds<T>, values: &[T]) -> bool {
        let inside = values.iter().all(|v| *v >= bounds.min && *v <= bounds.max);
        if !inside {
            self.at(span, fl!("config-must-be", key = key, bounds = (bounds.words)()));
        }
        inside
    }
}

fn schedule(s: &ScheduleConfig, problems: &mut Problems) {
    for (key, d) in [
        ("min_interval", &s.min_interval),
        ("max_interval", &s.max_interval),
        ("snooze", &s.snooze),
        ("reminder_timeout", &s.reminder_timeout),
        ("min_gap", &s.min_gap),
    ] {
        problems.within(&format!("schedule.{key}"), d.span(), &SPAN, &[d.get_ref().0]);
    }
    let (min, max) = (s.min_interval(), s.max_interval());
    if min > max {
        problems.at(
            s.max_interval.span(),
            fl!(
                "config-max-below-min",
                max = humantime::format_duration(max).to_string(),
                min = humantime::format_duration(min).to_string()
            ),
        );
    }
    if s.days.get_ref().is_empty() {
        problems.at(s.days.span(), fl!("config-no-days"));
    }
    if s.hours.get_ref().is_empty() {
        problems.at(s.hours.span(), fl!("config-no-hours"));
    }
    let mut ranges: Vec<_> = s.hours.get_ref().iter().collect();
    for r in &ranges {
        if r.get_ref().0.start >= r.get_ref().0.end {
            problems.at(r.span(), fl!("config-empty-range"));
        }
    }
    ranges.sort_by_key(|r| r.get_ref().0.start);
    for pair in ranges.windows(2) {
        if pair[1].get_ref().0.start < pair[0].get_ref().0.end {
            problems.at(pair[1].span(), fl!("config-overlap"));
        }
    }
}

fn prompts(p: &PromptsConfig, problems: &mut Problems) {
    let order = p.order.get_ref();
    if order.is_empty() {
        problems.at(p.order.span(), fl!("config-no-order"));
    }
    for (i, c) in order.iter().enumerate() {
        if order[..i].iter().any(|o| o.get_ref() == c.get_ref()) {
            problems.at(
                c.span(),
                fl!("config-order-twice", category = format!("{:?}", c.get_ref().0.as_str())),
            );
        }
    }
    let mut ids: Vec<String> = if p.builtin() {
        prompts::builtin().into_iter().map(|p| p.id).collect()
    } else {
        Vec::new()
    };
    for custom in &p.custom {
        let id = custom_prompt(custom, &ids, problems);
        ids.push(id);
    }
}

/// Checks one `[[prompts.custom]]` entry against the ids `taken` before it; returns its id.
fn custom_prompt(custom: &Spanned<CustomPrompt>, taken: &[String], problems: &mut Problems) -> String {
    let entry = custom.get_ref();
    if entry.title.get_ref().trim().is_empty() {
        problems.at(entry.title.span(), fl!("config-empty-title"));
    }
    if entry.text.get_ref().trim().is_empty() {
        problems.at(entry.text.span(), fl!("config-empty-text"));
    }
    let id = entry.id();
    let id_span = entry.id.as_ref().map_or(custom.span(), Spanned::span);
    if entry.id.is_some() && !valid_id(&id) {
        problems.at(id_span.clone(), fl!("config-bad-id", id = format!("{id:?}")));
    }
    if taken.contains(&id) {
        problems.at(id_span, fl!("config-id-taken", id = format!("{id:?}")));
    }
    id
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
}

fn categories(c: &CategoriesConfig, problems: &mut Problems) {
    for category in Category::ALL {
        let Some(every) = &c.get(category).every else {
            continue;
        };
        let Cadence { min, max } = *every.get_ref();
        let key = format!("categories.{category}.every");
        if problems.within(&key, every.span(), &SPAN, &[min, max]) && min > max {
            problems.at(every.span(), fl!("config-range-backwards", key = key.as_str()));
        }
    }
}

fn stats(s: &StatsConfig, problems: &mut Problems) {
    let threshold = &s.streak_threshold;
    problems.within(
        "stats.streak_threshold",
        threshold.span(),
        &PERCENT,
        &[threshold.get_ref().0],
    );
    let long = &s.long_sitting;
    problems.within("stats.long_sitting", long.span(), &SPAN, &[long.get_ref().0]);
}

fn water(w: &WaterConfig, problems: &mut Problems) {
    let target = &w.daily_target;
    problems.within("water.daily_target", target.span(), &GLASSES, &[*target.get_ref()]);
}

fn relief(r: &ReliefConfig, problems: &mut Problems) {
    let (after, within) = (&r.advise_after, &r.within);
    problems.within("relief.advise_after", after.span(), &EPISODES, &[*after.get_ref()]);
    problems.within("relief.within", within.span(), &RELIEF_WINDOW, &[within.get_ref().0]);
}

fn breaks(b: &BreaksConfig, problems: &mut Problems) {
    let natural = &b.natural_break;
    problems.within("breaks.natural_break", natural.span(), &SPAN, &[natural.get_ref().0]);
    let pause = &b.pause_length;
    problems.within("breaks.pause_length", pause.span(), &PAUSE, &[pause.get_ref().0]);
    let wait = &b.wait_for_pause;
    problems.within("breaks.wait_for_pause", wait.span(), &WAIT, &[wait.get_ref().0]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::problem;
    use crate::{Percent, parse};

    #[test]
    fn min_above_max_is_refused_at_max() {
        let p = problem("[schedule]\nmin_interval = \"50m\"\nmax_interval = \"40m\"\n");
        assert_eq!((p.line, p.column), (3, 16));
        assert_eq!(
            p.message,
            "`schedule.max_interval` (40m) is shorter than `schedule.min_interval` (50m): make it at least as long"
        );
    }

    #[test]
    fn hours_must_be_non_empty_and_apart() {
        let p = problem("[schedule]\nhours = [\"09:00-12:00\", \"11:00-13:00\"]\n");
        assert_eq!(
            (p.line, p.column, p.message.as_str()),
            (2, 25, "this range of hours overlaps another one")
        );
        let p = problem("[schedule]\nhours = [\"12:00-09:00\"]\n");
        assert_eq!(p.line, 2);
        assert!(p.message.starts_with("this range of hours is empty"), "{}", p.message);
        let p = problem("[schedule]\nhours = [\"9-17\"]\n");
        assert_eq!(
            p.message,
            "`schedule.hours` = \"9-17\" is not a range of hours: write it like \"09:00-17:30\""
        );
    }

    /// `Config::rules` takes each validated setting as the nearest span: only right if every
    /// range lies within a span's.
    #[test]
    fn every_range_of_durations_lies_within_a_span() {
        use deskbreak_core::span::Span;
        for bounds in [&SPAN, &RELIEF_WINDOW, &PAUSE] {
            assert!(
                Span::new(bounds.min).is_ok() && Span::new(bounds.max).is_ok(),
                "{}",
                (bounds.words)()
            );
        }
        // "0s" is "do not wait" (`None`), the rest spans.
        assert!(WAIT.min.is_zero() && Span::new(WAIT.max).is_ok());
    }

    #[test]
    fn seconds_are_accepted_with_a_warning_under_a_minute() {
        let loaded = parse("[schedule]\nmin_interval = \"2s\"\nmax_interval = \"2s\"\n").unwrap();
        assert_eq!(loaded.config.rules().min_interval.get(), Duration::from_secs(2));
        assert_eq!(loaded.warnings.len(), 2);
    }

    #[test]
    fn the_streak_threshold_is_a_percentage_up_to_100() {
        let p = problem("[stats]\nstreak_threshold = \"120%\"\n");
        assert_eq!((p.line, p.column), (2, 20));
        assert_eq!(
            p.message,
            "`stats.streak_threshold` must be between \"0%\" and \"100%\""
        );
        let p = problem("[stats]\nstreak_threshold = \"0.7\"\n");
        assert_eq!((p.line, p.column), (2, 20));
        assert_eq!(
            p.message,
            "`stats.streak_threshold` = \"0.7\" is not a percentage: write it like \"70%\""
        );
        let loaded = parse("[stats]\nstreak_threshold = \" 85 % \"\n").unwrap();
        assert_eq!(loaded.config.stats.streak_threshold(), Percent(85));
    }

    #[test]
    fn every_duration_and_count_is_bounded_and_the_message_names_the_bounds() {
        let cases = [
            (
                "[relief]\nwithin = \"300000y\"\n",
                10,
                "`relief.within` must be from 1 hour to 1 year",
            ),
            (
                "[relief]\nwithin = \"1y 1s\"\n",
                10,
                "`relief.within` must be from 1 hour to 1 year",
            ),
            (
                "[relief]\nwithin = \"59m\"\n",
                10,
                "`relief.within` must be from 1 hour to 1 year",
            ),
            (
                "[relief]\nadvise_after = 101\n",
                16,
                "`relief.advise_after` must be from 1 to 100 episodes",
            ),
            (
                "[relief]\nadvise_after = 0\n",
                16,
                "`relief.advise_after` must be from 1 to 100 episodes",
            ),
            (
                "[water]\ndaily_target = 51\n",
                16,
                "`water.daily_target` must be from 1 to 50 glasses",
            ),
            (
                "[breaks]\nnatural_break = \"24h 1s\"\n",
                17,
                "`breaks.natural_break` must be from 1 second to 24 hours",
            ),
            (
                "[schedule]\nsnooze = \"0s\"\n",
                10,
                "`schedule.snooze` must be from 1 second to 24 hours",
            ),
            (
                "[schedule]\nmin_gap = \"1000y\"\n",
                11,
                "`schedule.min_gap` must be from 1 second to 24 hours",
            ),
            (
                "[categories.posture]\nevery = \"1h..300000y\"\n",
                9,
                "`categories.posture.every` must be from 1 second to 24 hours",
            ),
            (
                "[categories.posture]\nevery = \"0s..1h\"\n",
                9,
                "`categories.posture.every` must be from 1 second to 24 hours",
            ),
        ];
        for (text, column, message) in cases {
            let p = problem(text);
            assert_eq!((p.line, p.column, p.message.as_str()), (2, column, message), "{text}");
        }
    }

    #[test]
    fn the_bounds_themselves_are_accepted() {
        let text = "[schedule]\nmin_interval = \"1s\"\nmax_interval = \"24h\"\nsnooze = \"24h\"\n\
                    reminder_timeout = \"1s\"\nmin_gap = \"24h\"\n\
                    [categories.posture]\nevery = \"1s..24h\"\n[water]\ndaily_target = 50\n\
                    [relief]\nadvise_after = 100\nwithin = \"1y\"\n[breaks]\nnatural_break = \"24h\"\n\
                    [stats]\nstreak_threshold = \"100%\"\n";
        let rules = parse(text).expect("every value at its bound").config.rules();
        assert_eq!(rules.relief_within, deskbreak_core::span::Span::MAX);
        assert_eq!(rules.relief_advise_after, 100);
        let low = "[relief]\nadvise_after = 1\nwithin = \"1h\"\n[water]\ndaily_target = 1\n\
                   [stats]\nstreak_threshold = \"0%\"\n[breaks]\nnatural_break = \"1s\"\n";
        assert!(parse(low).is_ok());
    }
}
