//! What goes into the scheduler and what comes out: inputs, effects and refusals.

use alloc::{boxed::Box, vec::Vec};
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use core::time::Duration;
use serde::{Deserialize, Serialize};

use crate::model::{AckRecord, Category, EventRecord, Prompt, Quiet, Via};
use crate::prompts::RotationState;
use crate::schedule::Rules;
use crate::span::Span;

/// The person's answer to the pending prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Done,
    Skip,
    /// `None`: the configured snooze time.
    Snooze(Option<Span>),
}

/// How long to pause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PauseSpec {
    For { seconds: Span },
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
    /// The person closed notification `seq` without pressing a button.
    Dismissed {
        seq: u64,
    },
    /// "Take a break now".
    Now,
    Pause(PauseSpec, Via),
    Resume,
    /// A new config: the pending prompt, the rotation and a pause carry over; the next due time
    /// is recomputed from the same starting point under the new rules.
    Reconfigure {
        rules: Box<Rules>,
        catalogue: Vec<Prompt>,
    },
    /// "My legs are numb": show the relief steps and log the episode.
    Relief(Via),
    /// Glasses of water, logged at any time.
    Drink {
        glasses: u32,
        via: Via,
    },
    /// Whether the person is at the machine.
    Presence(Presence),
    /// The wall clock jumped ahead from `from` (a suspend, or a clock set forward).
    Woke {
        from: DateTime<Utc>,
    },
    /// The wall clock was set back `by` (negative), or only the time zone changed (`by` zero):
    /// every countdown keeps the time it had left.
    ClockChanged {
        by: TimeDelta,
    },
    /// Do not disturb, a camera in use, ... (`None`: nothing keeps quiet): due prompts wait while
    /// it holds.
    Quiet(Option<Quiet>),
    /// What the watchers can see: sitting time needs idle detection, pauses in typing a backend
    /// that can watch for a few seconds without input.
    Senses {
        sitting: bool,
        pauses: bool,
    },
    /// Input paused for `pause_length`, as asked for with [`Effect::WatchPause`].
    TypingPaused,
    /// The daemon is stopping: sitting time is measured no further.
    Stopping,
}

/// What the idle, lock and session watchers see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Keyboard or mouse used.
    Active,
    /// No input since `since`.
    Idle { since: DateTime<Utc> },
    /// Screen locked at `since`.
    Locked { since: DateTime<Utc> },
}

/// The relief steps to show; `advise` adds the guide's see-a-professional advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReliefShown {
    /// Episodes within the configured window, this one included.
    pub recent: u32,
    pub advise: bool,
    /// The configured window (`relief.within`).
    pub within: Duration,
}

/// A prompt to put on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub seq: u64,
    pub prompt: Prompt,
    pub snooze: Duration,
    /// How long it waited for a pause in typing, if it did.
    pub waited: Option<Duration>,
    /// How long the person had been sitting, for a movement prompt that comes after a long
    /// stretch (the notification says so before the prompt's own text).
    pub sat: Option<Duration>,
}

/// Something for the adapters to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Append to the acknowledgement log, durably, before anything else.
    Record(AckRecord),
    /// The same for a relief episode or a drink.
    RecordEvent(EventRecord),
    /// Show the guide's immediate-relief steps.
    ShowRelief(ReliefShown),
    /// Show a prompt, replacing any notification on screen.
    Show(Shown),
    /// Take the current notification off the screen.
    Close,
    /// A due prompt waits for do-not-disturb to end (said once per prompt, in the daemon log).
    Deferred(Category),
    /// Persist the rotation position.
    SaveRotation(RotationState),
    /// Say when input next pauses for this long (`Input::TypingPaused`); `None`: stop looking.
    WatchPause(Option<Duration>),
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
