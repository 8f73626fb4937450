//! The scheduler's invariants (ARCHITECTURE.md), checked after every step of random days: a
//! model-based property test of the real `Scheduler`, driven through the real `Driver` the way
//! the daemon's loop drives it (`tests/common/model.rs`). Each case is one to three configs with
//! short intervals and windows (some a minute long), a time zone, a start in 2026 and up to 80
//! steps.
//!
//! `PROPTEST_CASES` sets the number of cases (default 2000); the README names a deeper run.

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod model;
}

use chrono::{Duration as Span, TimeZone, Utc};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};

use common::model::{Run, step, zone};
use deskbreak_config::Config;

fn clock(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// A config file's text: short intervals and windows (some a minute or two long) so that a few
/// simulated days meet every edge of the hours.
fn config_text() -> impl Strategy<Value = String> {
    let hours = prop_oneof![
        1 => Just(vec!["00:00-24:00".to_string()]),
        4 => prop::collection::btree_set(0u32..=1440, 2..=6).prop_map(|minutes| {
            let minutes: Vec<u32> = minutes.into_iter().collect();
            minutes.chunks_exact(2).map(|p| format!("{}-{}", clock(p[0]), clock(p[1]))).collect()
        }),
        2 => (0u32..1430, 1u32..=3).prop_map(|(start, len)| vec![format!("{}-{}", clock(start), clock(start + len))]),
    ];
    (
        (60u64..=3_600, 0u64..=3_600),
        prop::collection::vec(any::<bool>(), 7),
        hours,
        (1u64..=1_800, 1u64..=900, 1u64..=900),
        (60u64..=1_800, 1u64..=10, prop_oneof![Just(0u64), 1u64..=300]),
        prop::option::weighted(0.3, (300u64..=7_200, 0u64..=3_600)),
    )
        .prop_map(
            |((min, spread), days, hours, (snooze, timeout, gap), (natural, pause, wait), water)| {
                let days: Vec<&str> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .iter()
                    .zip(&days)
                    .filter(|(_, on)| **on)
                    .map(|(d, _)| *d)
                    .collect();
                let days = if days.is_empty() { vec!["mon"] } else { days };
                let water = water
                    .map(|(min, spread)| format!("[categories.hydration]\nevery = \"{min}s..{}s\"\n", min + spread))
                    .unwrap_or_default();
                format!(
                    "[schedule]\nmin_interval = \"{min}s\"\nmax_interval = \"{}s\"\ndays = {days:?}\nhours = {hours:?}\n\
                     snooze = \"{snooze}s\"\nreminder_timeout = \"{timeout}s\"\nmin_gap = \"{gap}s\"\n\
                     [breaks]\nnatural_break = \"{natural}s\"\npause_length = \"{pause}s\"\nwait_for_pause = \"{wait}s\"\n{water}",
                    min + spread
                )
            },
        )
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000)
}

#[test]
fn the_scheduler_keeps_its_invariants_over_random_days() {
    let mut runner = TestRunner::new(RunnerConfig {
        cases: cases(),
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    let strategy = (
        prop::collection::vec(config_text(), 1..=3),
        zone(),
        0i64..365 * 86_400,
        any::<u64>(),
        prop::collection::vec(step(3), 1..80),
    );
    runner
        .run(&strategy, |(texts, tz, offset, seed, steps)| {
            let configs: Vec<Config> = texts
                .iter()
                .map(|t| deskbreak_config::parse(t).map(|l| l.config))
                .collect::<Result<_, _>>()
                .map_err(|e| TestCaseError::fail(format!("a generated config was refused: {e:?}")))?;
            let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Span::seconds(offset);
            let mut run = Run::new(&configs, tz, start, seed, [])?;
            for step in &steps {
                run.step(step)?;
            }
            Ok(())
        })
        .unwrap();
}
