//! The daemon's own costs: one scheduler step, and loading a year of log at start-up.
//! `cargo bench --bench core`

#[path = "support/gen_log.rs"]
mod gen_log;

use chrono::{TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use deskbreak_config::Config;
use deskbreak_core::events::{Answer, Input};
use deskbreak_core::model::{DayCounts, Via};
use deskbreak_core::prompts::{self, RotationState};
use deskbreak_core::scheduler::Scheduler;
use std::hint::black_box;

/// About 16 records a working day, 250 working days.
const YEAR_OF_RECORDS: usize = 4_000;

fn scheduler_step(c: &mut Criterion) {
    let config = Config::default();
    let start = Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap();
    let scheduler = Scheduler::new(
        chrono_tz::Europe::Berlin,
        config.rules(),
        prompts::builtin(),
        RotationState::default(),
        DayCounts::default(),
        1,
        start,
    );
    let mut group = c.benchmark_group("scheduler");
    group.bench_function("tick with nothing due", |b| {
        let mut s = scheduler.clone();
        b.iter(|| black_box(s.handle(black_box(start), Input::Tick).unwrap()))
    });
    group.bench_function("show a prompt and answer it", |b| {
        let mut s = scheduler.clone();
        let noon = Utc.with_ymd_and_hms(2026, 11, 25, 11, 0, 0).unwrap();
        b.iter(|| {
            black_box(s.handle(noon, Input::Now).unwrap());
            black_box(
                s.handle(
                    noon,
                    Input::Answer {
                        answer: Answer::Done,
                        via: Via::Cli,
                        seq: None,
                    },
                )
                .unwrap(),
            )
        })
    });
    group.bench_function("status", |b| b.iter(|| black_box(scheduler.status(black_box(start)))));
    group.finish();
}

fn load_a_year(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acks.jsonl");
    gen_log::write(&path, YEAR_OF_RECORDS).unwrap();
    let today = gen_log::last_day();
    let since = Utc.with_ymd_and_hms(2026, 11, 18, 0, 0, 0).unwrap();
    let found = deskbreak_store::acklog::startup(&path, today, since).unwrap();
    assert!(found.today.done > 0 && found.damaged.is_empty());
    c.bench_function("load a year of log at start-up (4,000 records)", |b| {
        b.iter(|| deskbreak_store::acklog::startup(black_box(&path), today, since).unwrap())
    });
}

criterion_group!(benches, scheduler_step, load_a_year);
criterion_main!(benches);
