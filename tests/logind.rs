//! The daemon's log and `deskbreak doctor` tell the same truth about logind: it counts only once
//! it has answered, whether there is no system bus, a system bus without logind, or logind. A
//! suspend that logind reports is one absence, though the daemon's own clock check sees it too.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
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

use common::bus::{Bus, serve};
use common::env::{QUICK, TestEnv};
use common::wait::wait_for;
use zbus::object_server::SignalEmitter;
use zbus::zvariant::OwnedObjectPath;

/// What the daemon's log says of logind when it starts its watchers: `logind=...`.
fn logged_logind(env: &TestEnv) -> String {
    let log = env.path("state/deskbreak/deskbreak.log");
    let line = wait_for("the daemon to start its watchers", || {
        std::fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .find(|l| l.contains("watching for natural breaks"))
            .map(String::from)
    });
    line.split(' ')
        .find(|word| word.starts_with("logind="))
        .unwrap_or_else(|| panic!("no logind= in {line:?}"))
        .to_string()
}

/// The doctor's logind line, without its label.
fn doctor_logind(env: &TestEnv, system_bus: &str) -> String {
    let out = env
        .cmd()
        .env("DBUS_SYSTEM_BUS_ADDRESS", system_bus)
        .arg("doctor")
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    report
        .lines()
        .find_map(|l| l.strip_prefix("logind          "))
        .unwrap_or_else(|| panic!("no logind line in:\n{report}"))
        .to_string()
}

/// Starts the daemon with `system_bus` as its system bus; returns (its log, the doctor's).
fn both_say(env: &TestEnv, system_bus: &str) -> (String, String) {
    let _daemon = env.start_daemon_in(&[("DBUS_SYSTEM_BUS_ADDRESS", system_bus)], &["run", "--headless"]);
    (logged_logind(env), doctor_logind(env, system_bus))
}

#[test]
fn without_a_system_bus_neither_sees_logind() {
    let env = TestEnv::new(QUICK);
    let nowhere = format!("unix:path={}", env.path("no-system-bus").display());
    assert_eq!(
        both_say(&env, &nowhere),
        ("logind=false".to_string(), "not reachable".to_string())
    );
}

#[test]
fn on_a_system_bus_without_logind_neither_sees_logind() {
    let env = TestEnv::new(QUICK);
    let dir = env.path("system");
    std::fs::create_dir(&dir).unwrap();
    let system = Bus::start(&dir);
    assert_eq!(
        both_say(&env, &system.address),
        ("logind=false".to_string(), "not reachable".to_string())
    );
}

/// A logind that answers as its manager and has no session for us: enough for the sleep watch.
struct Manager;

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Manager {
    fn get_session(&self, _id: &str) -> zbus::fdo::Result<OwnedObjectPath> {
        Err(zbus::fdo::Error::Failed("no session for this test".into()))
    }

    #[zbus(signal)]
    async fn prepare_for_sleep(emitter: &SignalEmitter<'_>, start: bool) -> zbus::Result<()>;
}

#[test]
fn with_logind_on_the_system_bus_both_see_it() {
    let env = TestEnv::new(QUICK);
    let dir = env.path("system");
    std::fs::create_dir(&dir).unwrap();
    let system = Bus::start(&dir);
    let _logind = serve(
        &system.address,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        Manager,
    );
    assert_eq!(
        both_say(&env, &system.address),
        (
            "logind=true".to_string(),
            "reachable (sleep and screen lock are seen)".to_string()
        )
    );
}

/// Debian's libfaketime (`apt-get install faketime`), which the suspend test moves the daemon's
/// wall clock with.
fn libfaketime() -> std::path::PathBuf {
    let found = std::fs::read_dir("/usr/lib")
        .into_iter()
        .flatten()
        .flatten()
        .map(|dir| dir.path().join("faketime/libfaketime.so.1"))
        .find(|lib| lib.exists());
    found.expect("libfaketime is installed (apt-get install faketime)")
}

/// A suspend of an hour, as a laptop makes it: logind says `PrepareForSleep(true)`, the wall
/// clock moves an hour while the monotonic clock stands still, logind says
/// `PrepareForSleep(false)`. Both logind and the loop's clock check report the wake-up: one
/// `away` record, not two.
#[test]
fn a_suspend_reported_by_logind_and_by_the_clock_is_one_away_record() {
    let env = TestEnv::new(QUICK);
    let dir = env.path("system");
    std::fs::create_dir(&dir).unwrap();
    let system = Bus::start(&dir);
    let (logind, connection) = serve(
        &system.address,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        Manager,
    );
    let sleep = |start: bool| {
        logind.block_on(async {
            let manager = connection
                .object_server()
                .interface::<_, Manager>("/org/freedesktop/login1")
                .await
                .unwrap();
            Manager::prepare_for_sleep(manager.signal_emitter(), start)
                .await
                .unwrap();
        })
    };
    // An idle source, so that sitting time (and with it the away record) is measured.
    let x = common::x11::Xvfb::start();
    let clock = env.path("faketime");
    std::fs::write(&clock, "+0\n").unwrap();
    let lib = libfaketime();
    let _daemon = env.start_daemon_in(
        &[
            ("DBUS_SYSTEM_BUS_ADDRESS", &system.address),
            ("DISPLAY", &x.display),
            ("LD_PRELOAD", lib.to_str().unwrap()),
            ("FAKETIME_TIMESTAMP_FILE", clock.to_str().unwrap()),
            ("FAKETIME_NO_CACHE", "1"),
            ("FAKETIME_DONT_FAKE_MONOTONIC", "1"),
        ],
        &["run", "--headless"],
    );
    assert_eq!(logged_logind(&env), "logind=true");
    wait_for("the stretch at the desk to begin", || {
        Some(()).filter(|()| env.sitting_marks().iter().any(|m| m["outcome"] == "arrived"))
    });

    sleep(true);
    std::fs::write(&clock, "+3600\n").unwrap();
    sleep(false);
    // The loop's own look at the clocks comes with the wake-up it is woken for: both reports are
    // in once the log says so.
    wait_for("both reports of the wake-up", || {
        let log = env.daemon_log();
        (log.contains("woke from a suspend that began at ") && log.contains("the wall clock jumped ahead from "))
            .then_some(())
    });
    env.ok(&["status"]);
    let away: Vec<_> = env
        .sitting_marks()
        .into_iter()
        .filter(|m| m["outcome"] == "away")
        .collect();
    assert_eq!(away.len(), 1, "{away:?}\n{}", env.daemon_log());
    assert_eq!(away[0]["via"], "sleep");
}
