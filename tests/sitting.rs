//! Sitting time and waiting for a pause in typing, against the real daemon on a real X server
//! (Xvfb), with real input made by `xdotool`: XTest input resets the server's idle time, as
//! a keyboard does.

// These tests need D-Bus and X11: Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

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

use chrono::DateTime;
use std::process::Command;
use std::time::{Duration, Instant};

use common::env::{QUICK, TestEnv};
use common::wait::wait_for;
use common::x11::Xvfb;

/// One key press and release on the X server (a Shift key: nothing is typed anywhere).
fn press_a_key(x: &Xvfb) {
    let status = Command::new("xdotool")
        .env("DISPLAY", &x.display)
        .args(["key", "shift"])
        .status()
        .expect("xdotool runs (apt-get install xdotool)");
    assert!(status.success());
}

/// QUICK with `[breaks]` settings and a prompt due `every` after the daemon starts.
fn config(every: &str, breaks: &str) -> String {
    let schedule = QUICK.replace(
        "min_interval = \"1h\"\nmax_interval = \"1h\"",
        &format!("min_interval = \"{every}\"\nmax_interval = \"{every}\""),
    );
    format!("{schedule}\n[breaks]\n{breaks}\n")
}

fn time(value: &serde_json::Value) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(value.as_str().unwrap_or_else(|| panic!("a time: {value}"))).unwrap()
}

#[test]
fn a_prompt_due_while_typing_waits_for_the_first_pause() {
    let x = Xvfb::start();
    let env = TestEnv::new(&config(
        "4s",
        "natural_break = \"1m\"\npause_length = \"1s\"\nwait_for_pause = \"1m\"",
    ));
    let _daemon = env.start_daemon_in(&[("DISPLAY", &x.display)], &["run", "--headless"]);
    // Type, a key every 200 ms, until well past the due time.
    let typing_until = Instant::now() + Duration::from_secs(8);
    let mut held = false;
    let mut last_key = Instant::now();
    while Instant::now() < typing_until {
        press_a_key(&x);
        last_key = Instant::now();
        if !held && env.status()["hold"] == "typing" {
            held = true;
        }
        assert!(env.fake().notifies().is_empty(), "a prompt landed mid-sentence");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(held, "status said the prompt waits for typing: {}", env.status());
    env.fake().wait_for_notify(1);
    let after = last_key.elapsed();
    // The pause is one second; polling and the notification's trip add a little.
    assert!(after <= Duration::from_secs(2), "shown {after:?} after the last key");
    assert!(
        after >= Duration::from_millis(900),
        "shown {after:?} after the last key: no pause yet"
    );
    let log = env.daemon_log();
    assert!(
        log.contains("showing prompt after waiting") && log.contains("s for a pause in typing"),
        "{log}"
    );
    assert!(env.status()["hold"].is_null());
}

#[test]
fn coming_back_from_a_natural_break_logs_when_the_person_left_and_came_back() {
    let x = Xvfb::start();
    let env = TestEnv::new(&config("1h", "natural_break = \"2s\""));
    press_a_key(&x);
    let daemon = env.start_daemon_in(&[("DISPLAY", &x.display)], &["run", "--headless"]);
    let arrived = wait_for("the arrived record", || {
        env.sitting_marks().into_iter().find(|r| r["outcome"] == "arrived")
    });
    let sitting = env.status()["sitting"].clone();
    assert_eq!(sitting["since"], arrived["time"], "{sitting}");
    assert_eq!(sitting["minutes"], 0);

    // Nobody touches the keyboard: after two seconds, a natural break.
    let left = deskbreak_host::clock::now();
    wait_for("the natural break", || (env.status()["hold"] == "away").then_some(()));
    let away = env.status()["sitting"].clone();
    assert_eq!(
        (away["since"].clone(), away["minutes"].clone()),
        (serde_json::Value::Null, 0.into())
    );
    press_a_key(&x);
    let back = deskbreak_host::clock::now();
    let record = wait_for("the away record", || {
        env.sitting_marks().into_iter().find(|r| r["outcome"] == "away")
    });
    assert_eq!(record["v"], 1);
    assert_eq!(record["via"], "idle");
    let (since, time) = (time(&record["since"]), time(&record["time"]));
    // The last input was the key pressed before the daemon started; the poller sees the return
    // within half the natural break.
    assert!(
        since <= left + chrono::Duration::milliseconds(100),
        "left {since}, test {left}"
    );
    assert!(
        time >= back - chrono::Duration::milliseconds(100),
        "back {time}, key {back}"
    );
    assert!(
        time.to_utc() - back <= chrono::Duration::milliseconds(1600),
        "back {time}, key {back}"
    );
    let sitting = wait_for("sitting again", || {
        Some(env.status()["sitting"].clone()).filter(|s| !s["since"].is_null())
    });
    assert_eq!(sitting["since"], record["time"]);

    // Text and tooltip say the same.
    let text = env.ok(&["status"]);
    assert!(text.contains("\nSitting for under a minute (since "), "{text}");
    // Quitting ends the stretch in the log.
    env.ok(&["quit"]);
    let (exit, _, _) = daemon.wait_exit();
    assert!(exit.success());
    let last = env.records().pop().unwrap();
    assert_eq!(last["outcome"], "stopped", "{last}");
}

#[test]
fn without_idle_detection_sitting_is_null_and_said_not_measured() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let status = env.status();
    assert_eq!(status["sitting"], serde_json::json!({"since": null, "minutes": null}));
    let text = env.ok(&["status"]);
    assert!(
        text.contains("\nSitting: not measured (no idle detection; see `deskbreak doctor`)\n"),
        "{text}"
    );
    assert!(env.sitting_marks().is_empty(), "{:?}", env.records());
}
