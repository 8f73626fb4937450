//! A durable acknowledgement append (write + fdatasync), timed one by one so that the tail shows:
//! p50, p90, p99 and max over 2,000 appends to a file under the target directory (a real disk,
//! not a tmpfs). `cargo bench --bench append`

use chrono::DateTime;
use deskbreak_core::model::{AckRecord, Category, Outcome, Via};
use deskbreak_store::acklog::AckLog;
use std::time::{Duration, Instant};

const APPENDS: usize = 2_000;

fn main() {
    // `cargo bench` passes --bench; a plain `cargo test` also builds and runs benches with
    // harness = false in test mode: keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let appends = if quick { 20 } else { APPENDS };
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temp dir under target/");
    let mut log = AckLog::new(&dir.path().join("acks.jsonl"));
    let time = DateTime::parse_from_rfc3339("2026-11-25T10:00:00.000+01:00").expect("a valid time");
    let record = AckRecord {
        v: 1,
        time,
        prompt: "movement.ankle-circles".into(),
        category: Category::Movement,
        outcome: Outcome::Done,
        shown: time,
        via: Via::Notification,
        title: "Ankle circles".into(),
        snooze_s: None,
    };
    let mut times: Vec<Duration> = (0..appends)
        .map(|_| {
            let start = Instant::now();
            log.append(&record).expect("the append succeeds");
            start.elapsed()
        })
        .collect();
    times.sort();
    // The value below which `percent` of the samples fall.
    let at = |percent: usize| times[(times.len() * percent / 100).min(times.len() - 1)];
    println!(
        "durable append ({appends} appends): p50 {:?}  p90 {:?}  p99 {:?}  max {:?}",
        at(50),
        at(90),
        at(99),
        times[times.len() - 1]
    );
}
