//! Every config that validation accepts also runs: generated config files, with values at and
//! beyond every bound, go through the real parser; those it accepts build the real `Scheduler`,
//! which a fake clock drives through a week of ticks, answers, pauses, presence changes, suspends
//! and clock changes. Nothing may panic (tests build with overflow checks) or run off the end of
//! representable time.

use chrono::{DateTime, Duration as Span, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use std::cell::Cell;

use deskbreak::core::io::{Answer, Input, PauseSpec, Presence};
use deskbreak::core::model::{DayCounts, Via};
use deskbreak::core::prompts::RotationState;
use deskbreak::core::scheduler::Scheduler;
use deskbreak::core::span::Span as Length;

/// A duration as written in the file: mostly inside `typical` seconds, sometimes one of the
/// values at and beyond the bounds (and ones humantime itself refuses).
fn duration(typical: std::ops::RangeInclusive<u64>) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => typical.prop_map(|s| format!("{s}s")),
        1 => (1u64..=120).prop_map(|s| format!("{s}s")),
        1 => prop::sample::select(vec![
            "0s", "1s", "59m", "1h", "24h", "24h 1s", "1y", "1y 1s", "300000y", "18446744073709551615s",
            "584942417355y", "1000000000000000y",
        ])
        .prop_map(String::from),
    ]
}

/// A count as written in the file: mostly inside `typical`, sometimes at and beyond the bounds.
fn count(typical: std::ops::RangeInclusive<i64>) -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => typical,
        1 => prop::sample::select(vec![0, 1, 50, 51, 100, 101, i64::from(u32::MAX), i64::MAX, -1]),
    ]
}

fn clock(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// One to three ranges of hours, sorted and apart (validation refuses others).
fn hours() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        1 => Just(vec!["00:00-24:00".to_string()]),
        4 => prop::collection::btree_set(0u32..=1440, 2..=6).prop_map(|minutes| {
            let minutes: Vec<u32> = minutes.into_iter().collect();
            minutes.chunks_exact(2).map(|p| format!("{}-{}", clock(p[0]), clock(p[1]))).collect()
        }),
    ]
}

const CATEGORIES: [&str; 3] = ["posture", "movement", "hydration"];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A config file's text.
fn config_text() -> impl Strategy<Value = String> {
    let schedule = (
        duration(1..=86_400),
        duration(1..=86_400),
        1u8..=127,
        hours(),
        duration(1..=86_400),
        duration(1..=86_400),
        duration(1..=86_400),
    );
    let categories = (
        prop::collection::vec(
            (
                prop::bool::weighted(0.9),
                prop::option::weighted(0.4, (duration(1..=86_400), duration(1..=86_400))),
            ),
            3,
        ),
        Just(CATEGORIES.to_vec()).prop_shuffle(),
        1usize..=3,
        prop::bool::weighted(0.8),
        any::<bool>(),
    );
    let rest = (
        count(1..=50),
        count(1..=100),
        duration(3_600..=31_557_600),
        duration(1..=86_400),
        count(0..=100),
    );
    (schedule, categories, rest).prop_map(
        |(
            (min, max, days, hours, snooze, timeout, gap),
            (cats, order, n_order, builtin, custom),
            (target, advise, within, natural, streak),
        )| {
            let (min, max) = ordered(min, max);
            let days: Vec<String> = (0..7)
                .filter(|i| days & (1 << i) != 0)
                .map(|i| format!("\"{}\"", DAYS[i]))
                .collect();
            let hours: Vec<String> = hours.iter().map(|h| format!("\"{h}\"")).collect();
            let order: Vec<String> = order[..n_order].iter().map(|c| format!("\"{c}\"")).collect();
            let mut text = format!(
                "[schedule]\nmin_interval = \"{min}\"\nmax_interval = \"{max}\"\ndays = [{}]\nhours = [{}]\n\
                 snooze = \"{snooze}\"\nreminder_timeout = \"{timeout}\"\nmin_gap = \"{gap}\"\n\n\
                 [prompts]\norder = [{}]\nbuiltin = {builtin}\n\n",
                days.join(", "),
                hours.join(", "),
                order.join(", "),
            );
            if custom {
                text.push_str(
                    "[[prompts.custom]]\ncategory = \"movement\"\ntitle = \"Walk\"\ntext = \"Walk to the window.\"\n\n",
                );
            }
            for (name, (enabled, every)) in CATEGORIES.iter().zip(cats) {
                text.push_str(&format!("[categories.{name}]\nenabled = {enabled}\n"));
                if let Some((a, b)) = every {
                    let (a, b) = ordered(a, b);
                    text.push_str(&format!("every = \"{a}..{b}\"\n"));
                }
                text.push('\n');
            }
            text.push_str(&format!(
                "[water]\ndaily_target = {target}\n\n[relief]\nadvise_after = {advise}\nwithin = \"{within}\"\n\n\
                 [breaks]\nnatural_break = \"{natural}\"\n\n[stats]\nstreak_threshold = \"{streak}%\"\n"
            ));
            text
        },
    )
}

/// Two durations, the shorter first when both are plain seconds (validation refuses the other
/// order; the edge values stay as they came).
fn ordered(a: String, b: String) -> (String, String) {
    let secs = |t: &str| t.strip_suffix('s').and_then(|n| n.parse::<u64>().ok());
    match (secs(&a), secs(&b)) {
        (Some(x), Some(y)) if x > y => (b, a),
        _ => (a, b),
    }
}

/// What happens between two stretches of ticking.
#[derive(Clone, Debug)]
enum Event {
    Answer(Answer),
    Now,
    Pause(PauseSpec),
    Resume,
    Relief,
    Drink(u32),
    Idle {
        ago: u32,
    },
    Locked,
    Active,
    /// The machine slept this long.
    Slept(u32),
    /// The clock was set back this far.
    SetBack(u32),
    Quiet(bool),
    /// The second config, if accepted, is applied.
    Reconfigure,
}

impl Event {
    /// A snooze or pause for the longest time the boundary lets in: a year ahead, past the
    /// horizon of ordinary answers.
    fn is_extreme(&self) -> bool {
        match self {
            Event::Answer(Answer::Snooze(Some(span))) => *span == Length::MAX,
            Event::Pause(PauseSpec::For { seconds }) => *seconds == Length::MAX,
            _ => false,
        }
    }
}

/// A CLI duration: mostly an ordinary one, sometimes the longest the boundary lets in.
fn cli_seconds() -> impl Strategy<Value = Length> {
    prop_oneof![
        9 => (1u64..=172_800).prop_map(|s| Length::from_secs(s).expect("within a year")),
        1 => Just(Length::MAX)
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        3 => Just(Event::Answer(Answer::Done)),
        2 => Just(Event::Answer(Answer::Skip)),
        1 => Just(Event::Answer(Answer::Snooze(None))),
        1 => cli_seconds().prop_map(|s| Event::Answer(Answer::Snooze(Some(s)))),
        1 => Just(Event::Now),
        1 => cli_seconds().prop_map(|seconds| Event::Pause(PauseSpec::For { seconds })),
        1 => (0u32..24, 0u32..60).prop_map(|(h, m)| Event::Pause(PauseSpec::Until {
            time: NaiveTime::from_hms_opt(h, m, 0).unwrap()
        })),
        1 => Just(Event::Pause(PauseSpec::Tomorrow)),
        1 => Just(Event::Resume),
        1 => Just(Event::Relief),
        1 => (0u32..=u32::MAX).prop_map(Event::Drink),
        1 => (0u32..=7_200).prop_map(|ago| Event::Idle { ago }),
        1 => Just(Event::Locked),
        2 => Just(Event::Active),
        1 => (1u32..=259_200).prop_map(Event::Slept),
        1 => (31u32..=259_200).prop_map(Event::SetBack),
        1 => any::<bool>().prop_map(Event::Quiet),
        1 => Just(Event::Reconfigure),
    ]
}

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(vec![
        Tz::UTC,
        chrono_tz::Europe::Berlin,
        chrono_tz::America::New_York,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Pacific::Chatham,
        chrono_tz::Asia::Kolkata,
    ])
}

const WEEK: i64 = 7 * 86_400;

/// How far ahead the scheduler may ever be due, from validated settings and ordinary answers:
/// a week of windows to find one long enough, plus a day each for the interval and the gap to
/// another cadence, a pause until the day after tomorrow, and a few days of slack; plus however
/// far the clock was set back since (a pause or snooze keeps its end on the wall clock). Anything
/// later is a sum that ran off towards the end of time.
const HORIZON: Span = Span::days(16);

/// Drives `scheduler` through a simulated week from `start`: the daemon's loop (a tick at each
/// wake-up it asks for, at least once a minute), with `events` fed in turn, each after its
/// number of ticks.
fn run_week(
    mut scheduler: Scheduler<Tz>,
    start: DateTime<Utc>,
    events: &[(u16, Event)],
    next: Option<&deskbreak::config::Loaded>,
) {
    let mut now = start;
    // Elapsed simulated time, apart from `now`, which a clock set back moves backwards.
    let mut elapsed = 0i64;
    let mut events = events.iter().cycle();
    let mut ticks_left = 0u16;
    let mut pending: Option<&Event> = None;
    let mut extreme_fed = false;
    let mut set_back = Span::zero();
    while elapsed < WEEK {
        let nap = scheduler
            .next_wakeup()
            .map_or(60, |t| (t - now).num_seconds().clamp(1, 60));
        now += Span::seconds(nap);
        elapsed += nap;
        let _ = scheduler.handle(now, Input::Tick);
        if let Some(wake) = scheduler.next_wakeup().filter(|_| !extreme_fed) {
            assert!(
                wake <= now + HORIZON + set_back,
                "a wake-up at {wake}, {now} now, the clock set back by {set_back}"
            );
        }
        if ticks_left > 0 {
            ticks_left -= 1;
            continue;
        }
        if let Some(event) = pending.take() {
            let input = match event {
                Event::Answer(answer) => Some(Input::Answer {
                    answer: *answer,
                    via: Via::Cli,
                    seq: None,
                }),
                Event::Now => Some(Input::Now),
                Event::Pause(spec) => Some(Input::Pause(*spec, Via::Cli)),
                Event::Resume => Some(Input::Resume),
                Event::Relief => Some(Input::Relief(Via::Cli)),
                Event::Drink(glasses) => Some(Input::Drink {
                    glasses: *glasses,
                    via: Via::Cli,
                }),
                Event::Idle { ago } => Some(Input::Presence(Presence::Idle {
                    since: now - Span::seconds(i64::from(*ago)),
                })),
                Event::Locked => Some(Input::Presence(Presence::Locked { since: now })),
                Event::Active => Some(Input::Presence(Presence::Active)),
                Event::Slept(secs) => {
                    let from = now;
                    now += Span::seconds(i64::from(*secs));
                    elapsed += i64::from(*secs);
                    Some(Input::Woke { from })
                }
                Event::SetBack(secs) => {
                    now -= Span::seconds(i64::from(*secs));
                    set_back += Span::seconds(i64::from(*secs));
                    Some(Input::ClockChanged {
                        by: -Span::seconds(i64::from(*secs)),
                    })
                }
                Event::Quiet(on) => Some(Input::Quiet(*on)),
                Event::Reconfigure => next.map(|loaded| Input::Reconfigure {
                    rules: Box::new(loaded.config.rules()),
                    catalogue: loaded.config.catalogue(),
                }),
            };
            if let Some(input) = input {
                let _ = scheduler.handle(now, input);
            }
            extreme_fed |= event.is_extreme();
        }
        if let Some((ticks, event)) = events.next() {
            ticks_left = *ticks;
            pending = Some(event);
        }
    }
}

#[test]
fn every_accepted_config_runs_a_simulated_week() {
    const CASES: u32 = 512;
    let mut runner = TestRunner::new(RunnerConfig {
        cases: CASES,
        ..RunnerConfig::default()
    });
    let accepted = Cell::new(0u32);
    let strategy = (
        config_text(),
        config_text(),
        zone(),
        0i64..366 * 86_400,
        any::<u64>(),
        prop::collection::vec(0i64..=2 * 366 * 86_400, 0..8),
        prop::collection::vec((0u16..=300, event()), 1..24),
    );
    runner
        .run(&strategy, |(text, next_text, tz, offset, seed, relief_ago, events)| {
            let Ok(loaded) = deskbreak::config::parse(&text) else {
                return Ok(());
            };
            accepted.set(accepted.get() + 1);
            let next = deskbreak::config::parse(&next_text).ok();
            // Any moment of 2026, DST changes included.
            let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Span::seconds(offset);
            let mut scheduler = Scheduler::new(
                tz,
                loaded.config.rules(),
                loaded.config.catalogue(),
                RotationState::default(),
                DayCounts::default(),
                seed,
                start,
            );
            scheduler.seed_relief(relief_ago.iter().map(|ago| start - Span::seconds(*ago)));
            run_week(scheduler, start, &events, next.as_ref());
            Ok(())
        })
        .unwrap();
    // The generator must reach the scheduler, not only the parser's refusals.
    assert!(
        accepted.get() >= CASES / 10,
        "only {} of {CASES} generated configs were accepted",
        accepted.get()
    );
}

/// The longest spans a boundary lets in (settings no config accepts, built some other way)
/// still give times the core can print.
#[test]
fn the_longest_spans_still_print() {
    let mut rules = deskbreak::config::parse("").unwrap().config.rules();
    rules.relief_within = Length::MAX;
    rules.natural_break = Length::MAX;
    rules.snooze = Length::MAX;
    rules.reminder_timeout = Length::MAX;
    rules.min_gap = Length::MAX;
    let start = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap();
    let mut scheduler = Scheduler::new(
        chrono_tz::Pacific::Kiritimati,
        rules,
        deskbreak::core::prompts::builtin(),
        RotationState::default(),
        DayCounts::default(),
        7,
        start,
    );
    scheduler.seed_relief([start - Span::days(400)]);
    let effects = scheduler.handle(start, Input::Relief(Via::Cli)).unwrap();
    assert_eq!(scheduler.status(start).relief.recent, 1, "{effects:?}");
    scheduler.handle(start, Input::Now).unwrap();
    scheduler
        .handle(
            start,
            Input::Answer {
                answer: Answer::Snooze(None),
                via: Via::Cli,
                seq: None,
            },
        )
        .unwrap();
    let status = scheduler.status(start);
    let until = status.pending.as_ref().and_then(|p| p.snoozed_until).expect("snoozed");
    // A year on is 06:00 there, before the hours: the snooze ends when they start.
    assert_eq!(until.to_rfc3339(), "2027-11-26T09:00:00+14:00");
    let json = serde_json::to_string(&status).unwrap();
    assert_eq!(
        serde_json::from_str::<deskbreak::core::model::Status>(&json).unwrap(),
        status
    );
}
