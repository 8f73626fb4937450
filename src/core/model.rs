//! The vocabulary shared by the core and its adapters: what can happen, what to do, what to say.

use chrono::{DateTime, FixedOffset, NaiveTime};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::time::Duration;

/// The kinds of prompt; the guide's three everyday defences against numbness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Posture,
    Movement,
    Hydration,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::Posture, Category::Movement, Category::Hydration];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Posture => "posture",
            Category::Movement => "movement",
            Category::Hydration => "hydration",
        }
    }

    /// The notification summary for a prompt of this category.
    pub fn heading(self) -> &'static str {
        match self {
            Category::Posture => "Posture check",
            Category::Movement => "Time to move",
            Category::Hydration => "Drink some water",
        }
    }

    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a prompt ended (or was put off).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Done,
    Snoozed,
    Skipped,
    Missed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Snoozed => "snoozed",
            Outcome::Skipped => "skipped",
            Outcome::Missed => "missed",
        }
    }
}

/// Who answered: the person through one of the front ends, or the reminder timeout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Notification,
    Cli,
    Tray,
    Timeout,
}

/// One prompt of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prompt {
    pub id: String,
    pub category: Category,
    pub title: String,
    pub text: String,
    pub why: String,
    /// The section of the guide the prompt comes from.
    #[serde(default)]
    pub source: String,
}

/// One line of the acknowledgement log. Field names are a stable, documented format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AckRecord {
    pub v: u32,
    #[serde(with = "rfc3339")]
    pub time: DateTime<FixedOffset>,
    pub prompt: String,
    pub category: Category,
    pub outcome: Outcome,
    #[serde(with = "rfc3339")]
    pub shown: DateTime<FixedOffset>,
    pub via: Via,
    pub title: String,
    /// For a snooze: how long, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snooze_s: Option<u64>,
}

pub const ACK_RECORD_VERSION: u32 = 1;

/// Timestamps are written as RFC 3339 with milliseconds and a numeric local offset
/// ("2026-11-25T14:32:05.120+01:00"), the same in the log and in `status --json`.
pub mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer, de};

    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Millis, false))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text).map_err(de::Error::custom)
    }

    /// The same for optional timestamps.
    pub mod option {
        use chrono::{DateTime, FixedOffset};
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(t: &Option<DateTime<FixedOffset>>, s: S) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
            #[derive(Deserialize)]
            struct Wrapped(#[serde(with = "super")] DateTime<FixedOffset>);
            Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(t)| t))
        }
    }
}

/// The person's answer to the pending prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Done,
    Skip,
    /// `None`: the configured snooze time.
    Snooze(Option<Duration>),
}

/// How long to pause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PauseSpec {
    For { seconds: u64 },
    Until { time: NaiveTime },
    Tomorrow,
}

/// Something that happened, fed to the scheduler.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Time passed; act on whatever is due.
    Tick,
    /// `seq` names the notification clicked, so that a late click on an old one is ignored.
    Answer {
        answer: Answer,
        via: Via,
        seq: Option<u64>,
    },
    /// "Take a break now".
    Now,
    Pause(PauseSpec, Via),
    Resume,
}

/// A prompt to put on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub seq: u64,
    pub prompt: Prompt,
    pub snooze: Duration,
}

/// Something for the adapters to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Append to the acknowledgement log, durably, before anything else.
    Record(AckRecord),
    /// Show a prompt, replacing any notification on screen.
    Show(Shown),
    /// Take the current notification off the screen.
    Close,
    /// Persist the rotation position.
    SaveRotation(crate::core::prompts::RotationState),
}

/// Why the scheduler declined an input; the text is what the person reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("no prompt is pending")]
    NothingPending,
    #[error("that notification is no longer current")]
    Stale,
    #[error("deskbreak is not paused")]
    NotPaused,
    #[error("deskbreak is paused; run `deskbreak resume` first")]
    Paused,
}

/// What the daemon is doing; `status --json` prints this as it is (a documented, stable form).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub state: State,
    /// When the next prompt is due (absent while one is pending or while paused).
    #[serde(with = "rfc3339::option")]
    pub next_due: Option<DateTime<FixedOffset>>,
    pub next_category: Option<Category>,
    pub pending: Option<PendingStatus>,
    #[serde(with = "rfc3339::option")]
    pub paused_until: Option<DateTime<FixedOffset>>,
    pub today: DayCounts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Counting down to the next prompt.
    Waiting,
    /// A prompt is on screen, waiting for an answer.
    Pending,
    /// The pending prompt was snoozed and comes back at `pending.snoozed_until`.
    Snoozed,
    Paused,
    /// Outside the active days and hours.
    Inactive,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Waiting => "waiting",
            State::Pending => "pending",
            State::Snoozed => "snoozed",
            State::Paused => "paused",
            State::Inactive => "inactive",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingStatus {
    pub prompt: String,
    pub category: Category,
    pub title: String,
    pub text: String,
    #[serde(with = "rfc3339")]
    pub shown: DateTime<FixedOffset>,
    /// When an unanswered prompt counts as missed (absent while snoozed).
    #[serde(with = "rfc3339::option")]
    pub expires: Option<DateTime<FixedOffset>>,
    #[serde(with = "rfc3339::option")]
    pub snoozed_until: Option<DateTime<FixedOffset>>,
}

/// Today's answers, per outcome, and the glasses of water drunk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    pub done: u32,
    pub snoozed: u32,
    pub skipped: u32,
    pub missed: u32,
    /// A hydration prompt done is one glass; a logged drink adds its glasses.
    #[serde(default)]
    pub water: u32,
}

impl DayCounts {
    pub fn add(&mut self, category: Category, outcome: Outcome) {
        self.count(outcome);
        if (category, outcome) == (Category::Hydration, Outcome::Done) {
            self.add_glasses(1);
        }
    }

    /// Counts an outcome whose category is unknown (from a newer version's log): no water.
    pub fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Done => self.done += 1,
            Outcome::Snoozed => self.snoozed += 1,
            Outcome::Skipped => self.skipped += 1,
            Outcome::Missed => self.missed += 1,
        }
    }

    pub fn add_glasses(&mut self, glasses: u32) {
        self.water = self.water.saturating_add(glasses);
    }
}
