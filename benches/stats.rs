//! How long `deskbreak stats` takes to summarise 1,000,000 records (about 170 years of prompts),
//! and `deskbreak report` to summarise them and draw the page.
//! `cargo bench --bench stats -- --sample-size 10`

#[path = "support/gen_log.rs"]
mod gen_log;

use criterion::{Criterion, criterion_group, criterion_main};
use deskbreak_core::stats::summary::{Options, Summary, Window};
use deskbreak_history as history;
use deskbreak_history::page;
use std::hint::black_box;
use std::path::Path;

const RECORDS: usize = 1_000_000;

fn stats(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acks.jsonl");
    gen_log::write(&path, RECORDS).unwrap();
    let options = Options {
        window: Window::last_days(gen_log::last_day(), 30),
        streak_percent: 70,
        water_target: 8,
        long_sitting: std::time::Duration::from_secs(3600),
        relief_advise_after: 3,
        relief_within: std::time::Duration::from_secs(7 * 86_400),
    };
    let summary = summarise_file(&path, &options);
    assert_eq!(summary.days.len(), 30);
    let mut group = c.benchmark_group("stats");
    group.sample_size(10);
    group.bench_function("summarise 1,000,000 records", |b| {
        b.iter(|| summarise_file(black_box(&path), black_box(&options)))
    });
    group.bench_function("report page of 1,000,000 records", |b| {
        b.iter(|| page::render(&summarise_file(black_box(&path), black_box(&options))))
    });
    group.finish();
}

/// What `stats` does with the log: streams its records from the file into the summary.
fn summarise_file(path: &Path, options: &Options) -> Summary {
    history::summarise_file(path, options).unwrap()
}

criterion_group!(benches, stats);
criterion_main!(benches);
