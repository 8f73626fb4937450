//! The config file: serde structs whose `Default` is the one source of defaults, and loading
//! that writes the commented default on first run. The value parsers are in `values`, the checks
//! in `validate`, the located error messages in `diagnostics`.
//!
//! Settings that validation refuses are kept `Spanned`, so that the message can point at them;
//! those fields are private, and the rest of the program reads them through plain accessors.

mod diagnostics;
mod file;
mod validate;
mod values;
pub mod watch;

pub use diagnostics::{ConfigError, Problem};
pub use file::{Loaded, language_setting, load, load_or_create, load_text, parse, read, write_default_if_missing};
pub use values::{Cadence, Percent, parse_duration};

use serde::Deserialize;
use std::time::Duration;
use toml::Spanned;

use deskbreak_core::model::{CUSTOM_SOURCE, Category, Prompt};
use deskbreak_core::prompts;
use deskbreak_core::schedule::{DailyRange, Rules};
use deskbreak_core::span::Span;
use values::{CategoryName, Day, HoursRange, HumanDuration};

/// The commented default config, written on first run and printed by `config default`.
pub const DEFAULT_CONFIG: &str = include_str!("../../../config/default.toml");

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The language deskbreak speaks: "auto" (the session's) or a tag such as "de" or "pt-BR".
    pub language: Option<Spanned<String>>,
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
    streak_threshold: Spanned<Percent>,
    /// A sitting stretch longer than this counts as long (the guide: move every 30-60 minutes).
    long_sitting: Spanned<HumanDuration>,
}

impl StatsConfig {
    pub fn streak_threshold(&self) -> Percent {
        *self.streak_threshold.get_ref()
    }

    pub fn long_sitting(&self) -> Duration {
        self.long_sitting.get_ref().0
    }
}

impl Default for StatsConfig {
    fn default() -> Self {
        StatsConfig {
            streak_threshold: unspanned(Percent(70)),
            long_sitting: unspanned(HumanDuration(Duration::from_secs(3600))),
        }
    }
}

/// Natural breaks and interruptions: each watcher can be switched off.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BreaksConfig {
    /// Away this long (idle, screen locked, machine asleep) counts as a break.
    natural_break: Spanned<HumanDuration>,
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
    /// A prompt that falls due while the person types waits for input to pause this long...
    pause_length: Spanned<HumanDuration>,
    /// ...for at most this long; zero shows it at once.
    wait_for_pause: Spanned<HumanDuration>,
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
            pause_length: unspanned(HumanDuration(Duration::from_secs(3))),
            wait_for_pause: unspanned(HumanDuration(Duration::from_secs(120))),
        }
    }
}

impl BreaksConfig {
    pub fn natural_break(&self) -> Duration {
        self.natural_break.get_ref().0
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WaterConfig {
    /// Glasses a day; the guide says about 8 (2 litres).
    daily_target: Spanned<u32>,
}

impl WaterConfig {
    pub fn daily_target(&self) -> u32 {
        *self.daily_target.get_ref()
    }
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
    advise_after: Spanned<u32>,
    within: Spanned<HumanDuration>,
}

impl ReliefConfig {
    pub fn advise_after(&self) -> u32 {
        *self.advise_after.get_ref()
    }

    pub fn within(&self) -> Duration {
        self.within.get_ref().0
    }
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
    min_interval: Spanned<HumanDuration>,
    max_interval: Spanned<HumanDuration>,
    days: Spanned<Vec<Spanned<Day>>>,
    hours: Spanned<Vec<Spanned<HoursRange>>>,
    snooze: Spanned<HumanDuration>,
    reminder_timeout: Spanned<HumanDuration>,
    /// The least time between the end of one prompt and the next prompt of another cadence.
    min_gap: Spanned<HumanDuration>,
}

impl ScheduleConfig {
    pub fn min_interval(&self) -> Duration {
        self.min_interval.get_ref().0
    }

    pub fn max_interval(&self) -> Duration {
        self.max_interval.get_ref().0
    }

    pub fn days(&self) -> impl Iterator<Item = chrono::Weekday> + '_ {
        self.days.get_ref().iter().map(|d| d.get_ref().0)
    }
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
    order: Spanned<Vec<Spanned<CategoryName>>>,
    /// Whether the built-in catalogue takes part.
    builtin: Spanned<bool>,
    /// The person's own prompts.
    custom: Vec<Spanned<CustomPrompt>>,
}

impl PromptsConfig {
    pub fn builtin(&self) -> bool {
        *self.builtin.get_ref()
    }
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
struct CustomPrompt {
    /// Stable id for the log; made from the category and title when absent.
    id: Option<Spanned<String>>,
    category: CategoryName,
    title: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    why: String,
}

impl CustomPrompt {
    fn id(&self) -> String {
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
            source: CUSTOM_SOURCE.into(),
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
    every: Option<Spanned<Cadence>>,
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

impl Config {
    /// The `language` setting, if the file has one.
    pub fn language(&self) -> Option<&str> {
        self.language.as_ref().map(|l| l.get_ref().as_str())
    }

    /// The prompts in rotation: built-in (unless turned off) and custom, of enabled categories.
    pub fn catalogue(&self) -> Vec<Prompt> {
        let builtin = if self.prompts.builtin() {
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

    /// The scheduler's view of this (validated) config.
    pub fn rules(&self) -> Rules {
        let s = &self.schedule;
        let enabled = |c: &Category| self.categories.get(*c).enabled;
        let mut days = [false; 7];
        for d in s.days() {
            days[d.num_days_from_monday() as usize] = true;
        }
        // In the order written; validation has seen that they do not overlap.
        let mut hours: Vec<DailyRange> = s.hours.get_ref().iter().map(|r| r.get_ref().0).collect();
        hours.sort_by_key(|r| r.start);
        // Each value lies within its own range (`validate`), and each range within a span's.
        let span = Span::nearest;
        Rules {
            min_interval: span(s.min_interval()),
            max_interval: span(s.max_interval()),
            days,
            hours,
            snooze: span(s.snooze.get_ref().0),
            reminder_timeout: span(s.reminder_timeout.get_ref().0),
            order: self
                .prompts
                .order
                .get_ref()
                .iter()
                .map(|c| c.get_ref().0)
                .filter(enabled)
                .collect(),
            cadences: Category::ALL
                .into_iter()
                .filter(enabled)
                .filter_map(|c| {
                    self.categories
                        .get(c)
                        .every
                        .as_ref()
                        .map(|e| (c, (span(e.get_ref().min), span(e.get_ref().max))))
                })
                .collect(),
            min_gap: span(s.min_gap.get_ref().0),
            water_target: self.water.daily_target(),
            relief_advise_after: self.relief.advise_after(),
            relief_within: span(self.relief.within()),
            natural_break: span(self.breaks.natural_break()),
            pause_length: span(self.breaks.pause_length.get_ref().0),
            // "0s": do not wait.
            wait_for_pause: Some(self.breaks.wait_for_pause.get_ref().0)
                .filter(|d| !d.is_zero())
                .map(span),
            long_sitting: span(self.stats.long_sitting()),
        }
    }
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
}
