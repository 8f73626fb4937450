//! The config file: serde structs whose `Default` is the one source of defaults, loading that
//! writes the commented default on first run, and errors that say file:line:column and what to do.

mod diagnostics;
mod values;
pub mod watch;

pub use diagnostics::{ConfigError, Problem};
pub use values::{Cadence, CategoryName, Day, HoursRange, HumanDuration, Percent, parse_duration};

use serde::Deserialize;
use std::ops::Range;
use std::path::Path;
use std::time::Duration;
use toml::Spanned;

use crate::core::model::{Category, Prompt};
use crate::core::prompts;
use crate::core::schedule::{DailyRange, Rules};
use diagnostics::{describe_toml_error, locate};

/// The commented default config, written on first run and printed by `config default`.
pub const DEFAULT_CONFIG: &str = include_str!("../../config/default.toml");

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub schedule: ScheduleConfig,
    pub prompts: PromptsConfig,
    pub categories: CategoriesConfig,
    pub water: WaterConfig,
    pub relief: ReliefConfig,
    pub breaks: BreaksConfig,
    pub stats: StatsConfig,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StatsConfig {
    /// The share of prompts done that makes a day count towards the streak.
    pub streak_threshold: Spanned<Percent>,
}

impl Default for StatsConfig {
    fn default() -> Self {
        StatsConfig {
            streak_threshold: unspanned(Percent(70)),
        }
    }
}

/// Natural breaks and interruptions: each watcher can be switched off.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BreaksConfig {
    /// Away this long (idle, screen locked, machine asleep) counts as a break.
    pub natural_break: Spanned<HumanDuration>,
    /// Watch keyboard and mouse idle time.
    pub idle: bool,
    /// Hold prompts while the screen is locked.
    pub lock: bool,
    /// Count a suspend (or a clock jump ahead) as a break.
    pub sleep: bool,
    /// Hold prompts during do-not-disturb: the notification server's `Inhibited`, or GNOME's
    /// `show-banners` off (read with `gsettings`, again at each change dconf announces).
    pub do_not_disturb: bool,
    /// Hold prompts while a camera is in use (a video call).
    pub camera: bool,
}

impl Default for BreaksConfig {
    fn default() -> Self {
        BreaksConfig {
            natural_break: unspanned(HumanDuration(Duration::from_secs(300))),
            idle: true,
            lock: true,
            sleep: true,
            do_not_disturb: true,
            camera: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WaterConfig {
    /// Glasses a day; the guide says about 8 (2 litres).
    pub daily_target: Spanned<u32>,
}

impl Default for WaterConfig {
    fn default() -> Self {
        WaterConfig {
            daily_target: unspanned(8),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReliefConfig {
    /// This many earlier episodes within `within` add the guide's see-a-professional advice.
    pub advise_after: Spanned<u32>,
    pub within: Spanned<HumanDuration>,
}

impl Default for ReliefConfig {
    fn default() -> Self {
        ReliefConfig {
            advise_after: unspanned(3),
            within: unspanned(HumanDuration(Duration::from_secs(7 * 86400))),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScheduleConfig {
    pub min_interval: Spanned<HumanDuration>,
    pub max_interval: Spanned<HumanDuration>,
    pub days: Spanned<Vec<Spanned<Day>>>,
    pub hours: Spanned<Vec<Spanned<HoursRange>>>,
    pub snooze: Spanned<HumanDuration>,
    pub reminder_timeout: Spanned<HumanDuration>,
    /// The least time between the end of one prompt and the next prompt of another cadence.
    pub min_gap: Spanned<HumanDuration>,
}

impl Default for ScheduleConfig {
    fn default() -> Self {
        let minutes = |m: u64| unspanned(HumanDuration(Duration::from_secs(m * 60)));
        ScheduleConfig {
            min_interval: minutes(30),
            max_interval: minutes(60),
            days: unspanned(
                ["mon", "tue", "wed", "thu", "fri"]
                    .iter()
                    .filter_map(|d| Day::parse(d))
                    .map(unspanned)
                    .collect(),
            ),
            hours: unspanned(vec![unspanned(HoursRange(DailyRange {
                start: 9 * 60,
                end: 17 * 60 + 30,
            }))]),
            snooze: minutes(10),
            reminder_timeout: minutes(5),
            min_gap: minutes(5),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PromptsConfig {
    /// The order in which categories take turns.
    pub order: Spanned<Vec<Spanned<CategoryName>>>,
    /// Whether the built-in catalogue takes part.
    pub builtin: Spanned<bool>,
    /// The person's own prompts.
    pub custom: Vec<Spanned<CustomPrompt>>,
}

impl Default for PromptsConfig {
    fn default() -> Self {
        PromptsConfig {
            order: unspanned(Category::ALL.into_iter().map(|c| unspanned(CategoryName(c))).collect()),
            builtin: unspanned(true),
            custom: Vec::new(),
        }
    }
}

/// A `[[prompts.custom]]` entry.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPrompt {
    /// Stable id for the log; made from the category and title when absent.
    pub id: Option<Spanned<String>>,
    pub category: CategoryName,
    pub title: Spanned<String>,
    pub text: Spanned<String>,
    #[serde(default)]
    pub why: String,
}

impl CustomPrompt {
    pub fn id(&self) -> String {
        match &self.id {
            Some(id) => id.get_ref().clone(),
            None => {
                let title = self.title.get_ref().to_lowercase();
                let words: Vec<&str> = title
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                format!("{}.custom-{}", self.category.0, words.join("-"))
            }
        }
    }

    fn prompt(&self) -> Prompt {
        Prompt {
            id: self.id(),
            category: self.category.0,
            title: self.title.get_ref().trim().to_string(),
            text: self.text.get_ref().trim().to_string(),
            why: self.why.trim().to_string(),
            source: "config".into(),
        }
    }
}

/// Per-category settings: `[categories.hydration] enabled = false`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CategoriesConfig {
    pub posture: CategoryConfig,
    pub movement: CategoryConfig,
    pub hydration: CategoryConfig,
}

impl CategoriesConfig {
    pub fn get(&self, category: Category) -> &CategoryConfig {
        match category {
            Category::Posture => &self.posture,
            Category::Movement => &self.movement,
            Category::Hydration => &self.hydration,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CategoryConfig {
    pub enabled: bool,
    /// A cadence of its own, apart from the main rotation.
    pub every: Option<Spanned<Cadence>>,
}

impl Default for CategoryConfig {
    fn default() -> Self {
        CategoryConfig {
            enabled: true,
            every: None,
        }
    }
}

fn unspanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

/// A valid config and what deserves a warning in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
}

/// Loads `path`, writing the commented default there first if it does not exist. Also returns
/// the text it read, so that the daemon can tell a later edit from a mere re-read.
pub fn load_or_create(path: &Path) -> Result<(Loaded, String), ConfigError> {
    write_default_if_missing(path)?;
    let text = read(path)?;
    Ok((load_text(path, &text)?, text))
}

pub fn write_default_if_missing(path: &Path) -> Result<(), ConfigError> {
    if path.exists() { Ok(()) } else { write_default(path) }
}

pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    load_text(path, &read(path)?)
}

/// The text of the config file at `path`.
pub fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.into(),
        source,
    })
}

/// Parses and validates `text`, read from `path` (which errors name).
pub fn load_text(path: &Path, text: &str) -> Result<Loaded, ConfigError> {
    parse(text).map_err(|problems| ConfigError::Invalid {
        path: path.into(),
        problems,
    })
}

fn write_default(path: &Path) -> Result<(), ConfigError> {
    let write = || -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, DEFAULT_CONFIG)
    };
    write().map_err(|source| ConfigError::Write {
        path: path.into(),
        source,
    })
}

/// Parses and validates config text.
pub fn parse(text: &str) -> Result<Loaded, Vec<Problem>> {
    let config: Config = toml::from_str(text).map_err(|e| vec![describe_toml_error(text, &e)])?;
    let problems = config.validate(text);
    if !problems.is_empty() {
        return Err(problems);
    }
    let warnings = config.warnings();
    Ok(Loaded { config, warnings })
}

/// The range a number or a duration setting must lie in, and how its messages say it. Every
/// setting has one, so that whatever validation accepts, the scheduler can compute with.
struct Bounds<T> {
    min: T,
    max: T,
    /// "from 1 second to 24 hours": the words of the error (and of config/default.toml).
    words: &'static str,
}

impl<T: PartialOrd> Bounds<T> {
    /// The error for `key` set to `value`, if it lies outside.
    fn check(&self, key: &str, value: T) -> Option<String> {
        (value < self.min || value > self.max).then(|| format!("`{key}` must be {}", self.words))
    }
}

/// Intervals, snooze, timeout, gap, cadences and the natural break: each is about one working
/// day, so a day at most.
const SPAN: Bounds<Duration> = Bounds {
    min: Duration::from_secs(1),
    max: Duration::from_secs(24 * 3600),
    words: "from 1 second to 24 hours",
};

/// The relief window: shorter than an hour says nothing about recurrence; a year bounds how much
/// of the log the daemon reads back at start. "1y" is humantime's year, 365.25 days.
const RELIEF_WINDOW: Bounds<Duration> = Bounds {
    min: Duration::from_secs(3600),
    max: Duration::from_secs(31_557_600),
    words: "from 1 hour to 1 year",
};

const GLASSES: Bounds<u32> = Bounds {
    min: 1,
    max: 50,
    words: "from 1 to 50 glasses",
};

const EPISODES: Bounds<u32> = Bounds {
    min: 1,
    max: 100,
    words: "from 1 to 100 episodes",
};

/// Worded as `deskbreak stats` has always refused it.
const PERCENT: Bounds<u32> = Bounds {
    min: 0,
    max: 100,
    words: "between \"0%\" and \"100%\"",
};

impl Config {
    fn validate(&self, text: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut fail = |span: Range<usize>, message: String| problems.push(locate(text, span, message));
        let s = &self.schedule;
        for (key, d) in [
            ("min_interval", &s.min_interval),
            ("max_interval", &s.max_interval),
            ("snooze", &s.snooze),
            ("reminder_timeout", &s.reminder_timeout),
            ("min_gap", &s.min_gap),
        ] {
            if let Some(message) = SPAN.check(&format!("schedule.{key}"), d.get_ref().0) {
                fail(d.span(), message);
            }
        }
        if s.min_interval.get_ref().0 > s.max_interval.get_ref().0 {
            fail(
                s.max_interval.span(),
                format!(
                    "`schedule.max_interval` ({}) is shorter than `schedule.min_interval` ({}): make it at least as long",
                    humantime::format_duration(s.max_interval.get_ref().0),
                    humantime::format_duration(s.min_interval.get_ref().0)
                ),
            );
        }
        if s.days.get_ref().is_empty() {
            fail(
                s.days.span(),
                "`schedule.days` is empty: name at least one day, or pause deskbreak instead".into(),
            );
        }
        if s.hours.get_ref().is_empty() {
            fail(
                s.hours.span(),
                "`schedule.hours` is empty: give at least one range like \"09:00-17:30\"".into(),
            );
        }
        let mut ranges: Vec<&Spanned<HoursRange>> = s.hours.get_ref().iter().collect();
        for r in &ranges {
            if r.get_ref().0.start >= r.get_ref().0.end {
                fail(
                    r.span(),
                    "this range of hours is empty: its end must come after its start (ranges cannot cross midnight)"
                        .into(),
                );
            }
        }
        ranges.sort_by_key(|r| r.get_ref().0.start);
        for pair in ranges.windows(2) {
            if pair[1].get_ref().0.start < pair[0].get_ref().0.end {
                fail(pair[1].span(), "this range of hours overlaps another one".into());
            }
        }
        let order = self.prompts.order.get_ref();
        if order.is_empty() {
            fail(
                self.prompts.order.span(),
                "`prompts.order` is empty: name at least one category".into(),
            );
        }
        for (i, c) in order.iter().enumerate() {
            if order[..i].iter().any(|o| o.get_ref() == c.get_ref()) {
                fail(
                    c.span(),
                    format!("category {:?} appears twice in `prompts.order`", c.get_ref().0.as_str()),
                );
            }
        }
        let mut ids: Vec<String> = if *self.prompts.builtin.get_ref() {
            prompts::builtin().into_iter().map(|p| p.id).collect()
        } else {
            Vec::new()
        };
        for custom in &self.prompts.custom {
            let entry = custom.get_ref();
            if entry.title.get_ref().trim().is_empty() {
                fail(entry.title.span(), "this custom prompt has an empty `title`".into());
            }
            if entry.text.get_ref().trim().is_empty() {
                fail(
                    entry.text.span(),
                    "this custom prompt has an empty `text`: say what to do".into(),
                );
            }
            let id = entry.id();
            let id_span = entry.id.as_ref().map_or(custom.span(), Spanned::span);
            if entry.id.is_some() && !valid_id(&id) {
                fail(
                    id_span.clone(),
                    format!("the id {id:?} may hold only lowercase letters, digits, '.', '-' and '_'"),
                );
            }
            if ids.contains(&id) {
                fail(
                    id_span,
                    format!("the prompt id {id:?} is already taken: give this prompt another `id`"),
                );
            }
            ids.push(id);
        }
        self.validate_extras(text, &mut problems);
        if problems.is_empty() && self.catalogue().is_empty() {
            let message =
                "no prompts are left: enable the built-in prompts or a category, or add [[prompts.custom]] entries";
            let span = if *self.prompts.builtin.get_ref() {
                0..0
            } else {
                self.prompts.builtin.span()
            };
            problems.push(locate(text, span, message.into()));
        }
        problems
    }

    fn validate_extras(&self, text: &str, problems: &mut Vec<Problem>) {
        for category in Category::ALL {
            let Some(every) = &self.categories.get(category).every else {
                continue;
            };
            let Cadence { min, max } = *every.get_ref();
            let key = format!("categories.{category}.every");
            let message = if let Some(out) = SPAN.check(&key, min).or_else(|| SPAN.check(&key, max)) {
                out
            } else if min > max {
                format!("`{key}`: the range must go from the shorter interval to the longer one")
            } else {
                continue;
            };
            problems.push(locate(text, every.span(), message));
        }
        let checks = [
            (
                PERCENT.check("stats.streak_threshold", self.stats.streak_threshold.get_ref().0),
                self.stats.streak_threshold.span(),
            ),
            (
                GLASSES.check("water.daily_target", *self.water.daily_target.get_ref()),
                self.water.daily_target.span(),
            ),
            (
                EPISODES.check("relief.advise_after", *self.relief.advise_after.get_ref()),
                self.relief.advise_after.span(),
            ),
            (
                SPAN.check("breaks.natural_break", self.breaks.natural_break.get_ref().0),
                self.breaks.natural_break.span(),
            ),
            (
                RELIEF_WINDOW.check("relief.within", self.relief.within.get_ref().0),
                self.relief.within.span(),
            ),
        ];
        for (message, span) in checks {
            if let Some(message) = message {
                problems.push(locate(text, span, message));
            }
        }
    }

    /// The prompts in rotation: built-in (unless turned off) and custom, of enabled categories.
    pub fn catalogue(&self) -> Vec<Prompt> {
        let builtin = if *self.prompts.builtin.get_ref() {
            prompts::builtin()
        } else {
            Vec::new()
        };
        let custom = self.prompts.custom.iter().map(|c| c.get_ref().prompt());
        builtin
            .into_iter()
            .chain(custom)
            .filter(|p| self.categories.get(p.category).enabled)
            .collect()
    }

    fn warnings(&self) -> Vec<String> {
        let s = &self.schedule;
        [("min_interval", &s.min_interval), ("max_interval", &s.max_interval)]
            .into_iter()
            .filter(|(_, d)| d.get_ref().0 < Duration::from_secs(60))
            .map(|(key, d)| {
                format!(
                    "`schedule.{key}` is {}: under a minute, prompts will come very often",
                    humantime::format_duration(d.get_ref().0)
                )
            })
            .collect()
    }

    /// The scheduler's view of this (validated) config.
    pub fn rules(&self) -> Rules {
        let s = &self.schedule;
        let mut days = [false; 7];
        for d in s.days.get_ref() {
            days[d.get_ref().0.num_days_from_monday() as usize] = true;
        }
        let mut hours: Vec<DailyRange> = s.hours.get_ref().iter().map(|r| r.get_ref().0).collect();
        hours.sort_by_key(|r| r.start);
        Rules {
            min_interval: s.min_interval.get_ref().0,
            max_interval: s.max_interval.get_ref().0,
            days,
            hours,
            snooze: s.snooze.get_ref().0,
            reminder_timeout: s.reminder_timeout.get_ref().0,
            order: self
                .prompts
                .order
                .get_ref()
                .iter()
                .map(|c| c.get_ref().0)
                .filter(|&c| self.categories.get(c).enabled)
                .collect(),
            cadences: Category::ALL
                .into_iter()
                .filter(|&c| self.categories.get(c).enabled)
                .filter_map(|c| {
                    self.categories
                        .get(c)
                        .every
                        .as_ref()
                        .map(|e| (c, (e.get_ref().min, e.get_ref().max)))
                })
                .collect(),
            min_gap: s.min_gap.get_ref().0,
            water_target: *self.water.daily_target.get_ref(),
            relief_advise_after: *self.relief.advise_after.get_ref(),
            relief_within: self.relief.within.get_ref().0,
            natural_break: self.breaks.natural_break.get_ref().0,
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one problem found in `text`.
    pub(super) fn problem(text: &str) -> Problem {
        let mut problems = parse(text).expect_err("config should be refused");
        assert_eq!(problems.len(), 1, "{problems:?}");
        problems.remove(0)
    }

    #[test]
    fn the_default_file_is_exactly_the_built_in_defaults() {
        let loaded = parse(DEFAULT_CONFIG).expect("config/default.toml is valid");
        assert_eq!(loaded.config, Config::default());
        assert_eq!(loaded.config.rules(), Config::default().rules());
        assert!(loaded.warnings.is_empty());
    }

    #[test]
    fn an_empty_file_means_the_defaults() {
        assert_eq!(parse("").unwrap().config, Config::default());
    }

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

    #[test]
    fn seconds_are_accepted_with_a_warning_under_a_minute() {
        let loaded = parse("[schedule]\nmin_interval = \"2s\"\nmax_interval = \"2s\"\n").unwrap();
        assert_eq!(loaded.config.rules().min_interval, Duration::from_secs(2));
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
        assert_eq!(loaded.config.stats.streak_threshold.get_ref(), &Percent(85));
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
        assert_eq!(rules.relief_within, Duration::from_secs(31_557_600));
        assert_eq!(rules.relief_advise_after, 100);
        let low = "[relief]\nadvise_after = 1\nwithin = \"1h\"\n[water]\ndaily_target = 1\n\
                   [stats]\nstreak_threshold = \"0%\"\n[breaks]\nnatural_break = \"1s\"\n";
        assert!(parse(low).is_ok());
    }
}
