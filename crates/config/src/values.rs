//! The values a config file writes as strings ("10m", "mon", "09:00-17:30", "70%", ...), each
//! with a parser whose error says how to write it. Ranges are checked in `validate`, where the
//! span is known.

use serde::{Deserialize, Deserializer, de};
use std::fmt;
use std::time::Duration;

use deskbreak_core::model::Category;
use deskbreak_core::schedule::{DailyRange, MINUTES_PER_DAY};
use deskbreak_i18n::fl;

/// A duration written like "90s", "10m" or "1h30m".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HumanDuration(pub Duration);

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = string_like(d, "a duration like \"10m\"")?;
        parse_duration(&text).map(HumanDuration).map_err(de::Error::custom)
    }
}

/// Parses "90s", "10m", "1h30m"; the message says how to write one.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    humantime::parse_duration(text.trim()).map_err(|_| fl!("value-not-duration", text = format!("{text:?}")))
}

/// A whole percentage written like "70%"; a string rather than a float so that "0.7 or 70?"
/// never comes up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percent(pub u32);

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = string_like(d, "a percentage like \"70%\"")?;
        text.trim()
            .strip_suffix('%')
            .and_then(|n| n.trim_end().parse().ok())
            .map(Percent)
            .ok_or_else(|| de::Error::custom(fl!("value-not-percentage", text = format!("{text:?}"))))
    }
}

/// "45m" (a fixed interval) or "30m..45m" (a random interval in that range).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cadence {
    pub min: Duration,
    pub max: Duration,
}

impl<'de> Deserialize<'de> for Cadence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = string_like(d, "a duration like \"45m\" or a range like \"30m..45m\"")?;
        let cadence = match text.split_once("..") {
            Some((min, max)) => parse_duration(min).and_then(|min| {
                Ok(Cadence {
                    min,
                    max: parse_duration(max)?,
                })
            }),
            None => parse_duration(&text).map(|d| Cadence { min: d, max: d }),
        };
        cadence.map_err(|_| de::Error::custom(fl!("value-not-cadence", text = format!("{text:?}"))))
    }
}

/// A category named in the config, with a message that lists the ones that exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryName(pub Category);

impl<'de> Deserialize<'de> for CategoryName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = string_like(d, "a category: \"posture\", \"movement\" or \"hydration\"")?;
        Category::parse(text.trim())
            .map(CategoryName)
            .ok_or_else(|| de::Error::custom(fl!("value-not-category", text = format!("{text:?}"))))
    }
}

/// A day of the week, written "mon" or "monday".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day(pub chrono::Weekday);

impl Day {
    pub(super) fn parse(text: &str) -> Option<Day> {
        text.trim()
            .to_ascii_lowercase()
            .parse::<chrono::Weekday>()
            .ok()
            .map(Day)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = string_like(d, "a day like \"mon\"")?;
        Day::parse(&text).ok_or_else(|| de::Error::custom(fl!("value-not-day", text = format!("{text:?}"))))
    }
}

/// A daily range written "HH:MM-HH:MM"; "24:00" ends at midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HoursRange(pub DailyRange);

impl<'de> Deserialize<'de> for HoursRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = string_like(d, "a range of hours like \"09:00-17:30\"")?;
        parse_hours(&text)
            .map(HoursRange)
            .ok_or_else(|| de::Error::custom(fl!("value-not-hours", text = format!("{text:?}"))))
    }
}

fn parse_hours(text: &str) -> Option<DailyRange> {
    let (start, end) = text.split_once('-')?;
    Some(DailyRange {
        start: parse_clock(start)?,
        end: parse_clock(end)?,
    })
}

/// "HH:MM" as minutes after midnight, 00:00 to 24:00.
fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    // Checked: the hours come from the user, and "99999999:00" is more minutes than a u32 holds.
    let minutes = h.checked_mul(60)?.checked_add(m)?;
    (h <= 24 && m < 60 && minutes <= MINUTES_PER_DAY).then_some(minutes)
}

/// Reads a string; a value of another type is refused naming what it should look like.
fn string_like<'de, D: Deserializer<'de>>(d: D, expecting: &'static str) -> Result<String, D::Error> {
    struct Expecting(&'static str);
    impl de::Visitor<'_> for Expecting {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
    }
    d.deserialize_str(Expecting(expecting))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_parse_within_a_day() {
        assert_eq!(parse_clock("09:30"), Some(570));
        assert_eq!(parse_clock("24:00"), Some(1440));
        assert_eq!(parse_clock("24:01"), None);
        assert_eq!(parse_clock("12:60"), None);
        assert_eq!(parse_clock("99999999:00"), None);
    }
}
