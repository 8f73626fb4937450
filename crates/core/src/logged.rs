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
    pub fn known_outcome(&self) -> Option<Outcome> {
        let text = StrDeserializer::<serde::de::value::Error>::new(&self.outcome);
        Outcome::deserialize(text).ok()
    }

    pub fn kind(&self) -> Kind {
        match self.outcome.as_str() {
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
        self.category.as_deref().and_then(Category::parse)
    }

    /// Adds this record to a day's counts: the one place that decides what counts as what,
    /// for `status` and `stats` alike.
    pub fn count(&self, counts: &mut DayCounts) {
        match (self.kind(), self.category()) {
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
