//! Every config that validation accepts also runs: generated config files, with values at and
//! beyond every bound, go through the real parser; those it accepts build the real `Scheduler`,
//! which the shared model (`tests/common/model.rs`) drives through random steps and a week of
//! ticking, checking every invariant after each step. Nothing may panic (tests build with
//! overflow checks) or run off towards the end of representable time.

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod model;
}

use chrono::{Duration as Span, TimeZone, Utc};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use std::cell::Cell;

use common::model::{Run, Step, step, zone};
use deskbreak_config::Config;
use deskbreak_core::events::{Answer, Input};
use deskbreak_core::model::{DayCounts, Via};
use deskbreak_core::prompts::RotationState;
use deskbreak_core::scheduler::Scheduler;
use deskbreak_core::span::Span as Length;

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
        prop::collection::vec(step(2), 1..80),
    );
    runner
        .run(&strategy, |(text, next_text, tz, offset, seed, relief_ago, steps)| {
            let Ok(loaded) = deskbreak_config::parse(&text) else {
                return Ok(());
            };
            accepted.set(accepted.get() + 1);
            // The second config, if accepted, is the one a reconfiguration applies.
            let configs: Vec<Config> = std::iter::once(loaded.config)
                .chain(deskbreak_config::parse(&next_text).ok().map(|l| l.config))
                .collect();
            // Any moment of 2026, DST changes included.
            let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Span::seconds(offset);
            let relief = relief_ago.iter().map(|ago| start - Span::seconds(*ago));
            let mut run = Run::new(&configs, tz, start, seed, relief)?;
            for step in &steps {
                run.step(step)?;
            }
            // At least a week of ticking.
            run.step(&Step::Wait(7 * 86_400))
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
    let mut rules = deskbreak_config::parse("").unwrap().config.rules();
    rules.relief_within = Length::MAX;
    rules.natural_break = Length::MAX;
    rules.snooze = Length::MAX;
    rules.reminder_timeout = Length::MAX;
    rules.min_gap = Length::MAX;
    let start = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap();
    let mut scheduler = Scheduler::new(
        chrono_tz::Pacific::Kiritimati,
        rules,
        deskbreak_core::prompts::builtin(),
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
        serde_json::from_str::<deskbreak_core::model::Status>(&json).unwrap(),
        status
    );
}

/// Found by `every_accepted_config_runs_a_simulated_week` (in the Windows run): a snooze just
/// after a suspend, in a short window at midnight, left the core due again at once.
#[test]
fn found_by_the_simulated_week() {
    let text = "[schedule]\nmin_interval = \"23234s\"\nmax_interval = \"27354s\"\ndays = [\"mon\", \"tue\", \"wed\"]\nhours = [\"00:00-00:01\", \"12:29-19:53\"]\nsnooze = \"1s\"\nreminder_timeout = \"1s\"\nmin_gap = \"1s\"\n\n[prompts]\norder = [\"posture\", \"hydration\"]\nbuiltin = false\n\n[[prompts.custom]]\ncategory = \"movement\"\ntitle = \"Walk\"\ntext = \"Walk to the window.\"\n\n[categories.posture]\nenabled = false\n\n[categories.movement]\nenabled = true\nevery = \"22606s..49829s\"\n\n[categories.hydration]\nenabled = true\n\n[water]\ndaily_target = 1\n\n[relief]\nadvise_after = 1\nwithin = \"3600s\"\n\n[breaks]\nnatural_break = \"6921s\"\n\n[stats]\nstreak_threshold = \"0%\"\n";
    let config = deskbreak_config::parse(text).unwrap().config;
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Span::seconds(14_207_801);
    let mut run = Run::new(
        &[config],
        chrono_tz::Asia::Kolkata,
        start,
        10_156_071_733_101_872_008,
        [],
    )
    .unwrap();
    let steps = [
        Step::ClockForward(6920),
        Step::Wait(30903),
        Step::Suspend {
            secs: 29054,
            logind_first: false,
            jitter_ms: 0,
        },
        Step::Wait(3375),
        Step::Wait(29),
        Step::Snooze(common::model::Seq::Unnamed, Some(3058)),
        Step::Wait(7 * 86_400),
    ];
    for step in &steps {
        run.step(step).unwrap_or_else(|e| panic!("{step:?}: {e}"));
    }
}
