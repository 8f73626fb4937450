//! The vocabulary shared by the core and its adapters: what can happen, what to do, what to say.

use alloc::string::String;
use chrono::{DateTime, FixedOffset};
use core::fmt;
use serde::{Deserialize, Serialize};

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
    /// Ended because the person took a natural break: away from the keyboard, screen locked,
    /// or the machine asleep.
    Natural,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Snoozed => "snoozed",
            Outcome::Skipped => "skipped",
            Outcome::Missed => "missed",
            Outcome::Natural => "natural",
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
    /// Away from keyboard and mouse, or (in prompt records) the screen locked.
    Idle,
    /// The screen was locked (in `away` records).
    Lock,
    /// The machine slept (or its clock jumped ahead).
    Sleep,
}

/// Where a request came from, as the daemon log says it: "from the command line".
impl fmt::Display for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Via::Notification => "notification",
            Via::Cli => "command line",
            Via::Tray => "tray",
            Via::Timeout => "timeout",
            Via::Idle => "idle watcher",
            Via::Lock => "screen lock",
            Via::Sleep => "suspend",
        })
    }
}

/// The `source` of a prompt the person wrote in the config (it stays in their words).
pub const CUSTOM_SOURCE: &str = "config";

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
        let text = <alloc::borrow::Cow<'de, str>>::deserialize(d)?;
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

/// A log line that is not about a prompt: a relief episode, glasses of water, or a mark of
/// sitting time (back from being away, measuring started or stopped).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    pub v: u32,
    #[serde(with = "rfc3339")]
    pub time: DateTime<FixedOffset>,
    pub outcome: EventKind,
    /// For `away`: when the person left (`time` is when they came back).
    #[serde(default, with = "rfc3339::option", skip_serializing_if = "Option::is_none")]
    pub since: Option<DateTime<FixedOffset>>,
    /// Who logged it; for `away`, how the person was away (idle, lock or sleep). Absent on
    /// `arrived` and `stopped`, which nobody logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
    /// For `drink`: how many glasses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glasses: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// "My legs are numb": the guide's immediate-relief steps were shown.
    Relief,
    /// Glasses of water drunk outside a hydration prompt.
    Drink,
    /// Back at the desk after being away for at least the natural break: a sitting stretch
    /// ended at `since` and a new one begins at `time`.
    Away,
    /// Sitting time is measured from here (the daemon started with idle detection): the person
    /// is at the desk.
    Arrived,
    /// Sitting time is no longer measured (the daemon stopped, or idle detection went): a
    /// stretch in progress ends here.
    Stopped,
}

impl EventKind {
    /// The name the log file gives it.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Relief => "relief",
            EventKind::Drink => "drink",
            EventKind::Away => "away",
            EventKind::Arrived => "arrived",
            EventKind::Stopped => "stopped",
        }
    }
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
    /// Glasses of water a day to aim for; `today.water` counts them.
    pub water_target: u32,
    pub relief: ReliefStatus,
    /// Why a due prompt is held back, if it is: "quiet" (do not disturb or a camera in use),
    /// "locked" or "away" (a natural break in progress), "typing" (waiting for a pause).
    pub hold: Option<Hold>,
    /// What keeps prompts quiet now, if anything: the source behind a `quiet` hold.
    #[serde(default)]
    pub quiet: Option<Quiet>,
    /// How long the person has sat without a break; absent from a daemon older than the field.
    #[serde(default)]
    pub sitting: Sitting,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hold {
    Quiet,
    Locked,
    Away,
    /// The person is typing: the due prompt waits for a pause (`breaks.pause_length`).
    Typing,
}

/// What keeps prompts quiet, most telling first when several do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quiet {
    /// A do-not-disturb setting: the notification server's, or GNOME's hidden banners.
    DoNotDisturb,
    /// A camera in use (a video call).
    Camera,
    /// The desktop says notifications are unwelcome now (Windows: a full-screen app, a
    /// presentation).
    Busy,
}

/// The current sitting stretch. Both `None`: not measured (no idle detection); `since` `None`
/// with `minutes` `Some(0)`: away from the desk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sitting {
    #[serde(default, with = "rfc3339::option")]
    pub since: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub minutes: Option<u64>,
}

/// Recent "my legs are numb" episodes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReliefStatus {
    /// Episodes within the configured window (7 days by default).
    pub recent: u32,
    /// Episodes recur: the guide advises seeing a healthcare professional.
    pub advise: bool,
    /// The window, in seconds (`relief.within`); absent from a daemon older than the field.
    #[serde(default)]
    pub within_s: u64,
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
    /// Prompts ended by a natural break.
    #[serde(default)]
    pub natural: u32,
    /// Glasses of water: one per hydration prompt done, plus those logged with `drink`.
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
            Outcome::Natural => self.natural += 1,
        }
    }

    pub fn add_glasses(&mut self, glasses: u32) {
        self.water = self.water.saturating_add(glasses);
    }
}
