//! The driver around the scheduler, as the daemon's loop uses it, on a disk that fails: nothing
//! spins, nothing is lost, nothing is written twice.

use chrono::{DateTime, Duration as Span, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Berlin;

use deskbreak_core::driver::{Driver, Failed, Hands};
use deskbreak_core::events::{Answer, Effect, Input, Presence};
use deskbreak_core::model::{DayCounts, EventKind, Outcome, Via};
use deskbreak_core::prompts::{self, RotationState};
use deskbreak_core::scheduler::Scheduler;

fn at(s: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
    Berlin.from_local_datetime(&naive).unwrap().with_timezone(&Utc)
}

/// A log that fails while `full`, and what was written to it.
#[derive(Default)]
struct Log {
    full: bool,
    written: Vec<Effect>,
    shown: usize,
}

impl Hands for Log {
    type Error = &'static str;

    fn record(&mut self, effects: &[Effect]) -> Result<(), &'static str> {
        let records: Vec<Effect> = effects
            .iter()
            .filter(|e| matches!(e, Effect::Record(_) | Effect::RecordEvent(_)))
            .cloned()
            .collect();
        if self.full && !records.is_empty() {
            return Err("No space left on device");
        }
        self.written.extend(records);
        Ok(())
    }

    fn carry_out(&mut self, effect: Effect) {
        assert!(!matches!(effect, Effect::Record(_) | Effect::RecordEvent(_)));
        self.shown += usize::from(matches!(effect, Effect::Show(_)));
    }
}

impl Log {
    fn outcomes(&self) -> Vec<String> {
        self.written
            .iter()
            .map(|e| match e {
                Effect::Record(r) => r.outcome.as_str().to_string(),
                Effect::RecordEvent(r) => format!("{:?}", r.outcome),
                _ => unreachable!(),
            })
            .collect()
    }
}

/// Every 45 minutes from 09:00, a prompt missed after 5.
fn driver(start: DateTime<Utc>) -> Driver<chrono_tz::Tz> {
    let rules = deskbreak_config::parse("[schedule]\nmin_interval = \"45m\"\nmax_interval = \"45m\"\n")
        .unwrap()
        .config
        .rules();
    Driver::new(Scheduler::new(
        Berlin,
        rules,
        prompts::builtin(),
        RotationState::default(),
        DayCounts::default(),
        7,
        start,
    ))
}

/// The loop: naps until the driver's next wake-up, ticks, until `end`; returns each nap.
fn run(driver: &mut Driver<chrono_tz::Tz>, log: &mut Log, now: &mut DateTime<Utc>, end: DateTime<Utc>) -> Vec<i64> {
    let mut naps = Vec::new();
    while let Some(wake) = driver.next_wakeup().filter(|w| *w <= end) {
        naps.push((wake - *now).num_seconds());
        *now = wake.max(*now);
        driver.tick(*now, log).unwrap_or_default();
        assert!(naps.len() < 10_000, "the loop never rests");
    }
    *now = end;
    naps
}

/// Once, a `missed` record that could not be written had the loop nap zero seconds, again and
/// again, until the disk had room.
#[test]
fn a_missed_record_on_a_full_disk_backs_off_and_lands_once_there_is_room() {
    let mut now = at("2026-11-25 09:00:00");
    let mut driver = driver(now);
    let mut log = Log::default();
    run(&mut driver, &mut log, &mut now, at("2026-11-25 09:46:00"));
    assert_eq!(log.shown, 1);
    log.full = true;
    // Missed at 09:50: the record fails, and the loop waits 1, 2, 4 ... seconds, a minute at most.
    let naps = run(&mut driver, &mut log, &mut now, at("2026-11-25 10:00:00"));
    assert_eq!(&naps[..8], [240, 1, 2, 4, 8, 16, 32, 60]);
    assert!(naps[8..].iter().all(|n| *n == 60), "{naps:?}");
    assert_eq!(driver.spins(), 0);
    assert_eq!(
        driver.scheduler().status(now).today.missed,
        0,
        "not recorded, not counted"
    );
    log.full = false;
    run(&mut driver, &mut log, &mut now, at("2026-11-25 10:01:00"));
    assert_eq!(log.outcomes(), ["missed"]);
    assert_eq!(driver.scheduler().status(now).today.missed, 1);
}

/// Once, a one-off input whose record failed (back at the desk, woke, stopping) was lost, and
/// the person could stay "away" for good.
#[test]
fn a_one_off_input_that_cannot_be_written_is_kept_and_written_in_order() {
    let mut now = at("2026-11-25 09:00:00");
    let mut driver = driver(now);
    let mut log = Log::default();
    driver
        .event(
            now,
            Input::Senses {
                sitting: true,
                pauses: false,
            },
            &mut log,
        )
        .unwrap();
    now = at("2026-11-25 09:10:00");
    driver
        .event(now, Input::Presence(Presence::Idle { since: now }), &mut log)
        .unwrap();
    log.full = true;
    now = at("2026-11-25 09:30:00");
    assert_eq!(
        driver.event(now, Input::Presence(Presence::Active), &mut log),
        Err(Failed::NotRecorded("No space left on device"))
    );
    // What comes after waits behind it; a person's request is refused, not kept.
    now = at("2026-11-25 09:31:00");
    assert_eq!(
        driver.event(now, Input::Stopping, &mut log),
        Err(Failed::NotRecorded("No space left on device"))
    );
    let done = Input::Answer {
        answer: Answer::Done,
        via: Via::Cli,
        seq: None,
    };
    assert_eq!(
        driver.request(now, done, &mut log).unwrap_err(),
        Failed::NotRecorded("No space left on device")
    );
    assert_eq!(driver.unwritten(), 2);
    log.full = false;
    run(&mut driver, &mut log, &mut now, at("2026-11-25 09:33:00"));
    assert_eq!(driver.unwritten(), 0);
    assert_eq!(log.outcomes(), ["Arrived", "Away", "Stopped"]);
    let kinds: Vec<EventKind> = log
        .written
        .iter()
        .filter_map(|e| match e {
            Effect::RecordEvent(r) => Some(r.outcome),
            _ => None,
        })
        .collect();
    assert_eq!(kinds, [EventKind::Arrived, EventKind::Away, EventKind::Stopped]);
}

/// Every prompt shown while the disk fails and recovers ends in exactly one record.
#[test]
fn a_disk_that_fails_and_recovers_writes_each_outcome_once() {
    let mut now = at("2026-11-25 09:00:00");
    let mut driver = driver(now);
    let mut log = Log::default();
    let mut full = false;
    for hour in 9..17 {
        full = !full;
        log.full = full;
        run(&mut driver, &mut log, &mut now, at(&format!("2026-11-25 {hour}:59:59")));
    }
    log.full = false;
    run(&mut driver, &mut log, &mut now, at("2026-11-25 23:00:00"));
    let missed = log.outcomes().iter().filter(|o| *o == Outcome::Missed.as_str()).count();
    assert_eq!(missed, log.shown, "every prompt shown ends in one record");
    assert_eq!(driver.scheduler().status(now).today.missed as usize, missed);
    assert_eq!(driver.spins(), 0);
    assert!(now - at("2026-11-25 09:00:00") > Span::hours(13));
}
