//! A snooze that ends after the active hours, through the real daemon at a chosen time of day
//! (libfaketime moves its wall clock; its monotonic clock, which the loop sleeps on, is left
//! alone): the prompt waits for the next active period, the daemon spends no CPU while it waits
//! and keeps answering. With an X11 idle source on Xvfb (which can watch for a pause in typing)
//! and without any: the daemon once spun a whole core in the first case, and showed the prompt
//! after hours in the second.

// libfaketime, D-Bus and X11: Linux.
#![cfg(target_os = "linux")]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod bus;
    pub mod env;
    pub mod gsettings;
    pub mod notifications;
    pub mod wait;
    pub mod x11;
}

use chrono::{DateTime, FixedOffset};
use common::env::TestEnv;
use common::wait::wait_for;
use common::x11::Xvfb;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Active one minute a day, 08:00 to 08:01.
const ONE_MINUTE: &str = r#"
[schedule]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["08:00-08:01"]
reminder_timeout = "1h"
"#;

/// Where the daemon's clock starts: 08:00:50, ten seconds before the hours end.
const START: &str = "@2026-11-25 08:00:50";

/// Debian's libfaketime (`apt-get install faketime`).
fn libfaketime() -> PathBuf {
    let found = std::fs::read_dir("/usr/lib")
        .into_iter()
        .flatten()
        .flatten()
        .map(|dir| dir.path().join("faketime/libfaketime.so.1"))
        .chain([PathBuf::from("/usr/lib/faketime/libfaketime.so.1")])
        .find(|lib| lib.exists());
    found.expect("libfaketime is installed (apt-get install faketime)")
}

/// CPU time a process has used, user and system, in clock ticks (/proc/PID/stat).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name, which ends with the last ')': utime and stime are the
    // 12th and 13th of them.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

fn time(value: &serde_json::Value) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(value.as_str().unwrap_or_else(|| panic!("not a time: {value}"))).unwrap()
}

fn a_snooze_past_the_end_of_the_hours_waits_quietly(display: Option<&str>) {
    let env = TestEnv::new(ONE_MINUTE);
    let lib = libfaketime();
    let mut vars = vec![
        ("LD_PRELOAD", lib.to_str().unwrap()),
        ("FAKETIME", START),
        ("FAKETIME_DONT_FAKE_MONOTONIC", "1"),
    ];
    vars.extend(display.map(|d| ("DISPLAY", d)));
    let daemon = env.start_daemon_in(&vars, &["run", "--headless"]);
    let pid = daemon.child.id();
    if display.is_some() {
        let log = wait_for("the watchers to start", || {
            Some(env.daemon_log()).filter(|l| l.contains("watching for natural breaks"))
        });
        assert!(log.contains("X11 XScreenSaver"), "{log}");
    }

    env.ok(&["now"]);
    let shown = time(&env.status()["pending"]["shown"]);
    let end_of_hours = DateTime::parse_from_rfc3339("2026-11-25T08:01:00+00:00").unwrap();
    assert!(
        shown < end_of_hours,
        "the daemon took too long to start: it showed the prompt at {shown}"
    );
    // A snooze that ends three seconds after the hours do.
    let span = (end_of_hours - shown).num_seconds() + 3;
    env.ok(&["snooze", &format!("{span}s")]);
    assert_eq!(env.status()["state"], "snoozed");

    // Past the snooze's first end: the daemon rests, answers, and shows nothing.
    let real_start = Instant::now();
    std::thread::sleep(Duration::from_secs(u64::try_from(span).unwrap() + 1));
    let before = cpu_ticks(pid);
    let window = Instant::now();
    let status = wait_for("three seconds of rest", || {
        (window.elapsed() >= Duration::from_secs(3)).then(|| env.status())
    });
    let spent = cpu_ticks(pid) - before;
    // A spinning daemon spends a tick every 10 ms; one at rest, a few in three seconds (the
    // status requests, the X11 idle poll).
    assert!(spent <= 15, "{spent} ticks of CPU in 3 s of waiting");
    assert_eq!(
        env.fake().notifies().len(),
        1,
        "only the prompt asked for: nothing shown after hours"
    );
    assert_eq!(status["state"], "snoozed", "{status}");
    // Back when the hours start again.
    assert_eq!(status["pending"]["snoozed_until"], "2026-11-26T08:00:00.000+00:00");
    assert!(real_start.elapsed() < Duration::from_secs(60));
    assert!(!env.daemon_log().contains("ERROR"), "{}", env.daemon_log());
}

#[test]
fn without_an_idle_source() {
    a_snooze_past_the_end_of_the_hours_waits_quietly(None);
}

#[test]
fn with_an_x11_idle_source_that_watches_for_pauses_in_typing() {
    let x = Xvfb::start();
    a_snooze_past_the_end_of_the_hours_waits_quietly(Some(&x.display));
}
