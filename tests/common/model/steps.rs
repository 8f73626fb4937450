//! What a step of a random day can be, and the strategies that draw them.

use super::*;

/// Which notification an answer names.
#[derive(Clone, Copy, Debug)]
pub enum Seq {
    /// None: from the CLI or the tray.
    Unnamed,
    /// The one on screen, if any.
    Current,
    /// One that is no longer current: this many before the latest.
    Stale(u64),
}

#[derive(Clone, Debug)]
pub enum Step {
    /// Time passes: the loop ticks at each wake-up the core asks for.
    Wait(u32),
    /// A wake-up for another reason (a request, a watcher): a tick at an arbitrary moment.
    Tick,
    Done(Seq),
    Skip(Seq),
    Snooze(Seq, Option<u64>),
    Dismissed(Seq),
    Now,
    /// For this many seconds (which the boundary may refuse), or until a time.
    PauseFor(u64),
    Pause(PauseSpec),
    Resume,
    Relief,
    Drink(u32),
    Idle {
        ago: u32,
    },
    Locked,
    Active,
    Quiet(Option<Quiet>),
    Senses {
        sitting: bool,
        pauses: bool,
    },
    TypingPaused,
    /// The machine sleeps this long; logind and the loop's clock check both report the wake-up,
    /// in either order, logind's `from` up to a second after the clock's.
    Suspend {
        secs: u32,
        logind_first: bool,
        jitter_ms: u32,
    },
    /// The wall clock set back (`ClockChanged`), or forward (seen as a wake-up).
    ClockBack(u32),
    ClockForward(u32),
    /// One of the case's configs applies.
    Reconfigure(usize),
    /// Writes to the log fail from now on, or work again.
    DiskFails(bool),
}

/// Seconds for a snooze or pause: mostly ordinary, sometimes absurd.
fn seconds() -> impl Strategy<Value = u64> {
    prop_oneof![
        8 => 1u64..=7_200,
        1 => 7_200u64..=200_000,
        1 => prop::sample::select(vec![
            31_557_600,
            31_557_601,
            252_460_800_000, // 8000 years
            8_204_000_000_000,
            u64::MAX / 2,
            u64::MAX,
        ]),
    ]
}

fn seq() -> impl Strategy<Value = Seq> {
    prop_oneof![2 => Just(Seq::Unnamed), 3 => Just(Seq::Current), 1 => (0u64..3).prop_map(Seq::Stale)]
}

/// A step, where `configs` is how many configs a case may switch between.
pub fn step(configs: usize) -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => prop_oneof![1u32..=120, 120u32..=7_200, 7_200u32..=86_400].prop_map(Step::Wait),
        2 => Just(Step::Tick),
        3 => seq().prop_map(Step::Done),
        2 => seq().prop_map(Step::Skip),
        3 => (seq(), prop::option::weighted(0.7, seconds())).prop_map(|(s, d)| Step::Snooze(s, d)),
        1 => seq().prop_map(Step::Dismissed),
        1 => Just(Step::Now),
        2 => seconds().prop_map(Step::PauseFor),
        1 => prop_oneof![
            3 => (0u32..24, 0u32..60).prop_map(|(h, m)| PauseSpec::Until {
                time: NaiveTime::from_hms_opt(h, m, 0).expect("a time of day"),
            }),
            1 => Just(PauseSpec::Tomorrow),
        ]
        .prop_map(Step::Pause),
        1 => Just(Step::Resume),
        1 => Just(Step::Relief),
        1 => prop_oneof![3 => 1u32..=3, 1 => Just(u32::MAX)].prop_map(Step::Drink),
        2 => (0u32..=3_600).prop_map(|ago| Step::Idle { ago }),
        1 => Just(Step::Locked),
        2 => Just(Step::Active),
        1 => prop_oneof![
            Just(None),
            Just(Some(Quiet::DoNotDisturb)),
            Just(Some(Quiet::Camera)),
            Just(Some(Quiet::Busy)),
        ]
        .prop_map(Step::Quiet),
        1 => (any::<bool>(), any::<bool>()).prop_map(|(sitting, pauses)| Step::Senses { sitting, pauses }),
        2 => Just(Step::TypingPaused),
        2 => (prop_oneof![3 => 1u32..=36_000, 1 => 36_000u32..=259_200], any::<bool>(), 0u32..1_000)
            .prop_map(|(secs, logind_first, jitter_ms)| Step::Suspend { secs, logind_first, jitter_ms }),
        1 => prop_oneof![3 => 31u32..=7_200, 1 => 7_200u32..=259_200].prop_map(Step::ClockBack),
        1 => (31u32..=7_200).prop_map(Step::ClockForward),
        1 => (0..configs).prop_map(Step::Reconfigure),
        1 => any::<bool>().prop_map(Step::DiskFails),
    ]
}

/// The time zones a case runs in: both hemispheres, half and quarter hours, UTC+14.
pub fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(vec![
        Tz::UTC,
        chrono_tz::Europe::Berlin,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Kolkata,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Pacific::Chatham,
        chrono_tz::Pacific::Kiritimati,
    ])
}
