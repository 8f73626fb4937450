//! Natural breaks and interruptions against the real daemon: a fake GNOME idle monitor, a
//! stand-in Wayland compositor, the fake notification server's do-not-disturb, GNOME's banners
//! from a fake `gsettings` and a fake dconf writer, and a real X server's idle time.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
#[path = "../common"]
pub mod common {
    pub mod bus;
    pub mod env;
    pub mod gnome;
    pub mod gsettings;
    pub mod notifications;
    pub mod wait;
    pub mod wayland;
    pub mod x11;
}

use common::env::{Daemon, QUICK, TestEnv};
use common::gnome::{FakeDconf, FakeMutter};
use common::gsettings::FakeGsettings;
use common::notifications::Delivery;
use common::wait::wait_for;
use common::wayland::FakeCompositor;
use common::x11::Xvfb;

fn with_breaks(base: &str, natural_break: &str) -> String {
    format!("{base}\n[breaks]\nnatural_break = \"{natural_break}\"\n")
}

/// QUICK with a prompt due every second.
fn every_second() -> String {
    QUICK.replace(
        "min_interval = \"1h\"\nmax_interval = \"1h\"",
        "min_interval = \"1s\"\nmax_interval = \"1s\"",
    )
}

fn wait_for_deferral(env: &TestEnv) {
    wait_for("the deferral in the daemon log", || {
        env.daemon_log()
            .contains("a posture prompt is due; deferred while do-not-disturb holds")
            .then_some(())
    });
}

/// `n` is the first prompt of the rotation, pending now: a posture check, titled as such.
fn assert_shows_the_posture_prompt(env: &TestEnv, n: &common::notifications::NotifyCall) {
    let pending = env.status()["pending"].clone();
    assert_eq!(pending["category"], "posture");
    assert_eq!(n.summary, pending["title"].as_str().unwrap());
}

mod banners;
mod idle;
mod typing;
