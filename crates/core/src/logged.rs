//! A record as read back from the acknowledgement log: the fields readers use, what kind of
//! record it is, and the lines that were not records. Pure: the reading is `store::acklog`'s.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde::de::value::StrDeserializer;

use crate::model::{Category, DayCounts, Outcome};

/// The fields readers use; unknown fields and outcomes from newer versions pass through.
#[derive(Clone, Debug, Deserialize)]
pub struct LoggedRecord {
    #[serde(with = "crate::model::rfc3339")]
    pub time: DateTime<FixedOffset>,
    pub outcome: String,
    /// Prompt records: which prompt, its category and title, and when it was (last) shown.
    #[serde(default)]
    pub prompt: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default, with = "crate::model::rfc3339::option")]
    pub shown: Option<DateTime<FixedOffset>>,
    /// Drink records: how many glasses.
    #[serde(default)]
    pub glasses: Option<u32>,
    /// Away records: when the person left (`time` is when they came back).
    #[serde(default, with = "crate::model::rfc3339::option")]
    pub since: Option<DateTime<FixedOffset>>,
}

/// A record's fields borrowed, from its line ([`LoggedLine::scan`]) or from a
/// [`LoggedRecord`]: a reader of every line (`stats`, the daemon's start) copies no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoggedLine<'a> {
    pub time: DateTime<FixedOffset>,
    pub outcome: &'a str,
    pub prompt: Option<&'a str>,
    pub category: Option<&'a str>,
    pub title: Option<&'a str>,
    pub shown: Option<DateTime<FixedOffset>>,
    pub glasses: Option<u32>,
    pub since: Option<DateTime<FixedOffset>>,
}

/// What a record counts as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An answer to a prompt, or its end.
    Answer(Outcome),
    /// The prompt ended because the person took a natural break: shown, neither done nor missed.
    Natural,
    /// Glasses of water logged by hand.
    Drink { glasses: u32 },
    /// An episode of relief from numbness.
    Relief,
    /// Back at the desk after a natural break that began at `since`.
    Away { since: DateTime<FixedOffset> },
    /// Sitting time measured from here (the daemon started with idle detection).
    Arrived,
    /// Sitting time no longer measured from here (the daemon stopped).
    Stopped,
    /// An outcome this version does not know, a drink without its glasses or an away without
    /// its start.
    Unknown,
}

impl LoggedRecord {
    /// The record as a [`LoggedLine`], borrowing its text.
    pub fn view(&self) -> LoggedLine<'_> {
        LoggedLine {
            time: self.time,
            outcome: &self.outcome,
            prompt: self.prompt.as_deref(),
            category: self.category.as_deref(),
            title: self.title.as_deref(),
            shown: self.shown,
            glasses: self.glasses,
            since: self.since,
        }
    }

    pub fn known_outcome(&self) -> Option<Outcome> {
        self.view().known_outcome()
    }

    pub fn kind(&self) -> Kind {
        self.view().kind()
    }

    /// The category, if it is one this version knows.
    pub fn category(&self) -> Option<Category> {
        self.view().category()
    }

    /// Adds this record to a day's counts (see [`LoggedLine::count`]).
    pub fn count(&self, counts: &mut DayCounts) {
        self.view().count(counts);
    }
}

impl LoggedLine<'_> {
    /// The outcome, if it is one of a prompt's that this version knows (by its name in the log).
    pub fn known_outcome(&self) -> Option<Outcome> {
        let text = StrDeserializer::<serde::de::value::Error>::new(self.outcome);
        Outcome::deserialize(text).ok()
    }

    pub fn kind(&self) -> Kind {
        match self.outcome {
            "natural" => Kind::Natural,
            "drink" => self.glasses.map_or(Kind::Unknown, |glasses| Kind::Drink { glasses }),
            "relief" => Kind::Relief,
            "away" => self.since.map_or(Kind::Unknown, |since| Kind::Away { since }),
            "arrived" => Kind::Arrived,
            "stopped" => Kind::Stopped,
            _ => self.known_outcome().map_or(Kind::Unknown, Kind::Answer),
        }
    }

    /// The category, if it is one this version knows.
    pub fn category(&self) -> Option<Category> {
        self.category.and_then(Category::parse)
    }

    /// Adds this record to a day's counts: the one place that decides what counts as what,
    /// for `status` and `stats` alike.
    pub fn count(&self, counts: &mut DayCounts) {
        self.count_as(self.kind(), counts);
    }

    /// [`Self::count`] with the record's kind already known.
    pub fn count_as(&self, kind: Kind, counts: &mut DayCounts) {
        match (kind, self.category()) {
            (Kind::Answer(outcome), Some(category)) => counts.add(category, outcome),
            (Kind::Answer(outcome), None) => counts.count(outcome),
            (Kind::Drink { glasses }, _) => counts.add_glasses(glasses),
            (Kind::Natural, _) => counts.count(Outcome::Natural),
            (Kind::Relief | Kind::Away { .. } | Kind::Arrived | Kind::Stopped | Kind::Unknown, _) => {}
        }
    }
}

/// A line that is not a record: its 1-based number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub line: usize,
}

/// The damaged lines of a log: how many, and the first few numbers (enough to find them; a
/// log damaged throughout would otherwise fill memory with them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DamagedLines {
    pub count: u64,
    pub first: Vec<usize>,
}

impl DamagedLines {
    const LISTED: usize = 20;

    pub fn add(&mut self, damaged: Damaged) {
        self.count += 1;
        if self.first.len() < Self::LISTED {
            self.first.push(damaged.line);
        }
    }

    /// The numbers of the first damaged lines, ", ..." after them when there were more.
    pub fn numbers(&self) -> String {
        let numbers: Vec<String> = self.first.iter().map(ToString::to_string).collect();
        let more = if self.count > self.first.len() as u64 {
            ", ..."
        } else {
            ""
        };
        format!("{}{more}", numbers.join(", "))
    }
}

mod scan;

#[cfg(test)]
mod tests {
    use super::scan::{string_end, written_time};
    use super::*;
    use crate::model::{AckRecord, EventKind, EventRecord, Via};
    use chrono::TimeDelta;
    use proptest::prelude::*;

    /// Lines as the daemon writes them: an answer with a snooze, an away, a drink, an arrival.
    fn written_lines() -> Vec<String> {
        let time = DateTime::parse_from_rfc3339("2026-11-25T10:00:05.120+01:00").unwrap();
        let answer = AckRecord {
            v: 1,
            time,
            prompt: "movement.ankle-circles".into(),
            category: Category::Movement,
            outcome: Outcome::Snoozed,
            shown: time - TimeDelta::seconds(40),
            via: Via::Notification,
            title: "Fußkreise – ankle circles".into(),
            snooze_s: Some(600),
        };
        let event = |outcome, since, via, glasses| EventRecord {
            v: 1,
            time,
            outcome,
            since,
            via,
            glasses,
        };
        let away = event(
            EventKind::Away,
            Some(time - TimeDelta::minutes(25)),
            Some(Via::Idle),
            None,
        );
        let drink = event(EventKind::Drink, None, Some(Via::Cli), Some(2));
        let arrived = event(EventKind::Arrived, None, None, None);
        let mut lines = vec![serde_json::to_string(&answer).unwrap()];
        lines.extend([away, drink, arrived].iter().map(|e| serde_json::to_string(e).unwrap()));
        lines
    }

    /// Fails unless `line` is either not scanned or scanned to what serde_json reads.
    fn agrees(line: &[u8]) -> Result<(), TestCaseError> {
        if let Some(scanned) = LoggedLine::scan(line) {
            let read = serde_json::from_slice::<LoggedRecord>(line);
            let text = String::from_utf8_lossy(line);
            prop_assert!(read.is_ok(), "scanned, but serde_json finds it damaged: {text}");
            let read = read.unwrap();
            prop_assert_eq!(scanned, read.view(), "{}", text);
        }
        Ok(())
    }

    #[test]
    fn the_daemons_own_lines_are_scanned_to_what_serde_json_reads() {
        for line in written_lines() {
            let read: LoggedRecord = serde_json::from_str(&line).unwrap();
            assert_eq!(LoggedLine::scan(line.as_bytes()), Some(read.view()), "{line}");
        }
    }

    #[test]
    fn lines_in_another_form_are_left_to_serde_json() {
        let t = "\"time\":\"2026-11-25T10:00:05.120+01:00\"";
        let other = [
            format!("{{{t},\"outcome\":\"done\",\"title\":\"Say \\\"no\\\"\"}}"),
            format!("{{{t}, \"outcome\":\"done\"}}"),
            format!("{{{t},\"outcome\":\"done\"}} "),
            format!("{{{t},\"outcome\":\"done\",\"prompt\":null}}"),
            format!("{{{t},\"outcome\":\"done\",\"mood\":\"fine\"}}"),
            "{\"time\":\"2026-11-25T09:00:05Z\",\"outcome\":\"done\"}".to_string(),
            "{\"time\":\"2026-12-31T23:59:60.000+00:00\",\"outcome\":\"done\"}".to_string(),
        ];
        for line in other {
            assert_eq!(LoggedLine::scan(line.as_bytes()), None, "{line}");
            assert!(serde_json::from_str::<LoggedRecord>(&line).is_ok(), "{line}");
        }
        let damaged = [
            format!("{{{t},\"outcome\":\"done\",\"outcome\":\"done\"}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":2.0}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":4294967296}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":02}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":-1}}"),
            format!("{{{t},\"outcome\":\"done\",\"title\":\"a\u{1}b\"}}"),
            format!("{{{t},\"outcome\":\"done\""),
            format!("{{{t}}}"),
            "{\"time\":\"2026-02-29T10:00:05.120+01:00\",\"outcome\":\"done\"}".to_string(),
            "{\"time\":\"2026-11-25T10:00:05.120+01:60\",\"outcome\":\"done\"}".to_string(),
            "{\"time\":\"2026-11-25T10:00:05.120+24:00\",\"outcome\":\"done\"}".to_string(),
        ];
        for line in damaged {
            assert_eq!(LoggedLine::scan(line.as_bytes()), None, "{line}");
            assert!(serde_json::from_str::<LoggedRecord>(&line).is_err(), "{line}");
        }
    }

    /// Bytes an edit puts into a line: JSON's punctuation, digits, whitespace, a control
    /// character, letters of the forms of times, and bytes of UTF-8 (whole and broken).
    const EDITS: &[u8] = b"\"\\{}[]:,.-+0123456789 \t\x01\x7fTtZe\xc3\xa9\xff";

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

        #[test]
        fn an_edited_line_is_scanned_to_what_serde_json_reads_or_left_to_it(
            which in any::<prop::sample::Index>(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..3u8), 1..4),
        ) {
            let lines = written_lines();
            let mut line = which.get(&lines).clone().into_bytes();
            for (at, byte, how) in edits {
                let byte = *byte.get(EDITS);
                match how {
                    0 => line.insert(at.index(line.len() + 1), byte),
                    1 => {
                        let at = at.index(line.len());
                        line[at] = byte;
                    }
                    _ => {
                        line.remove(at.index(line.len()));
                    }
                }
            }
            agrees(&line)?;
        }

        #[test]
        fn a_plain_strings_end_is_found_eight_bytes_at_a_time_as_one_at_a_time(
            bytes in prop::collection::vec(prop::sample::select(EDITS.iter().chain(b"abcdefgh").copied().collect::<Vec<u8>>()), 0..40),
        ) {
            let one_at_a_time = bytes.iter().position(|b| matches!(*b, b'"' | b'\\' | ..b' '));
            prop_assert_eq!(string_end(&bytes), one_at_a_time);
        }

        #[test]
        fn a_time_in_the_logs_form_is_read_as_chrono_reads_it(
            fields in (0..10_000u32, 0..20u32, 0..40u32, 0..30u32, 0..70u32, 0..70u32, 0..1000u32),
            (sign, offset_hours, offset_minutes) in (prop::bool::ANY, 0..30u32, 0..70u32),
        ) {
            let (year, month, day, hour, minute, second, milli) = fields;
            let sign = if sign { '+' } else { '-' };
            let text = format!(
                "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{milli:03}{sign}{offset_hours:02}:{offset_minutes:02}"
            );
            let chrono = DateTime::parse_from_rfc3339(&text).ok();
            match written_time(text.as_bytes()) {
                Some(time) => prop_assert_eq!(Some(time), chrono, "{}", text),
                // Only a leap second is left to chrono.
                None => prop_assert!(chrono.is_none() || second == 60, "{}", text),
            }
        }
    }
}
