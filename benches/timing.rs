//! Timing accuracy: how late the real daemon puts a prompt on screen after its due time, over
//! 100 prompts 1 s apart, on a private bus with the test suite's fake notification server.
//! `cargo bench --bench timing` (needs dbus-daemon, as the tests do).

// The test suite's helpers it uses (tests/common/README.md).
#[cfg(all(unix, not(target_os = "macos")))]
#[path = "../tests/common"]
pub mod common {
    pub mod bus;
    pub mod env;
    pub mod gsettings;
    pub mod notifications;
    pub mod wait;
}

#[cfg(all(unix, not(target_os = "macos")))]
use chrono::DateTime;
#[cfg(all(unix, not(target_os = "macos")))]
use common::env::{QUICK, TestEnv};

#[cfg(all(unix, not(target_os = "macos")))]
const PROMPTS: usize = 100;

#[cfg(all(unix, not(target_os = "macos")))]
fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let prompts = if quick { 3 } else { PROMPTS };
    let config = QUICK
        .replace("\"1h\"", "\"1s\"")
        .replace("reminder_timeout = \"1s\"", "reminder_timeout = \"1h\"");
    let env = TestEnv::new(&config);
    let _daemon = env.start_daemon();
    let mut late_ms: Vec<i64> = Vec::with_capacity(prompts);
    for n in 1..=prompts {
        let status = env.status();
        let Some(due) = status["next_due"].as_str() else {
            panic!("prompt {n}: the daemon is not waiting: {status}");
        };
        let due = DateTime::parse_from_rfc3339(due).expect("an RFC 3339 due time");
        let shown = env.fake().wait_for_notify(n);
        late_ms.push((shown.received - due.to_utc()).num_milliseconds());
        env.fake().click(shown.id, "done");
        env.wait_for_acks(n);
    }
    late_ms.sort_unstable();
    // The value below which `percent` of the samples fall.
    let at = |percent: usize| late_ms[(late_ms.len() * percent / 100).min(late_ms.len() - 1)];
    println!(
        "prompt lateness over {prompts} prompts (ms after due): min {}  p50 {}  p90 {}  p99 {}  max {}",
        late_ms[0],
        at(50),
        at(90),
        at(99),
        late_ms[late_ms.len() - 1]
    );
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn main() {
    eprintln!("this benchmark needs D-Bus: Linux and the BSDs only");
}
