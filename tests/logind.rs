//! The daemon's log and `deskbreak doctor` tell the same truth about logind: it counts only once
//! it has answered, whether there is no system bus, a system bus without logind, or logind.

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
