//! The notification server's side of a prompt: buttons heard whether the server targets its
//! signals at deskbreak (GNOME Shell, dunst) or broadcasts them (xfce4-notifyd), a popup
//! dismissed or expired, a server that restarts or comes late.

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

use common::env::{QUICK, TestEnv};
use common::notifications::{Delivery, FakeNotifications};
use common::wait::wait_for;
use serde_json::Value;

/// Shows a prompt with `deskbreak now`; returns its notification (the `n`th) and status entry.
fn prompt_now(env: &TestEnv, n: usize) -> (common::notifications::NotifyCall, Value) {
    env.ok(&["now"]);
    let notification = env.fake().wait_for_notify(n);
    (notification, env.status()["pending"].clone())
}

/// (outcome, via) of the `n`th record, once it is written.
fn record(env: &TestEnv, n: usize) -> (String, String) {
    let r = &env.wait_for_acks(n)[n - 1];
    (r["outcome"].as_str().unwrap().into(), r["via"].as_str().unwrap().into())
}

fn pair(outcome: &str, via: &str) -> (String, String) {
    (outcome.into(), via.into())
}

fn buttons_are_heard(delivery: Delivery) {
    let mut env = TestEnv::without_notifications(QUICK);
    env.notifications = Some(FakeNotifications::start_with(&env.bus, delivery));
    let _daemon = env.start_daemon();
    for (n, (action, outcome)) in [("done", "done"), ("snooze", "snoozed"), ("skip", "skipped")]
        .into_iter()
        .enumerate()
    {
        let (notification, pending) = prompt_now(&env, n + 1);
        env.fake().click(notification.id, action);
        assert_eq!(record(&env, n + 1), pair(outcome, "notification"), "{action}");
        assert_eq!(env.acks()[n]["prompt"], pending["prompt"]);
    }
    // Each button press is followed by `NotificationClosed` (dismissed): no further record.
    env.ok(&["status"]);
    assert_eq!(env.acks().len(), 3);
}

#[test]
fn buttons_are_heard_from_a_server_that_targets_its_signals() {
    buttons_are_heard(Delivery::Targeted);
}

#[test]
fn buttons_are_heard_from_a_server_that_broadcasts() {
    buttons_are_heard(Delivery::Broadcast);
}

/// GNOME keeps only critical banners: there the relief steps are sent critical, and stay until
/// dismissed as prompts do; other servers get them at normal urgency. Everywhere they ask never
/// to expire, and carry deskbreak's icon: with no icon theme holding it, the copy written to the
/// cache, named by its path.
#[test]
fn relief_steps_stay_until_dismissed_on_gnome_and_elsewhere_with_the_icon() {
    for (server, urgency) in [("gnome-shell", Some(2)), ("fake-notifications", None)] {
        let mut env = TestEnv::new(QUICK);
        env.restart_notifications_named(Delivery::Targeted, server);
        let themes = env.path("share").display().to_string();
        let _daemon = env.start_daemon_in(&[("XDG_DATA_DIRS", &themes)], &["run", "--headless"]);
        env.ok(&["relief"]);
        let n = env.fake().wait_for_notify(1);
        assert_eq!(n.summary, "Numb legs: try these steps");
        assert!(n.body.starts_with("1. Change your position now"), "{}", n.body);
        assert_eq!((n.urgency, n.expire_timeout), (urgency, 0), "{server}");
        let icon = env.path("cache/deskbreak/deskbreak.svg");
        assert_eq!(n.app_icon, icon.display().to_string());
        let svg = std::fs::read_to_string(&icon).unwrap();
        assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{svg}");
    }
}

/// A bus that fails to start its notification service (the service crashes at once): the
/// doctor says so in its own line, with no library warning above its table.
#[test]
fn doctor_says_in_its_own_words_when_the_notification_service_fails_to_start() {
    let env = TestEnv::without_notifications(QUICK);
    let services = env.path("services");
    std::fs::create_dir_all(&services).unwrap();
    std::fs::write(
        services.join("org.freedesktop.Notifications.service"),
        "[D-BUS Service]\nName=org.freedesktop.Notifications\nExec=/bin/sh -c 'kill -TRAP $$'\n",
    )
    .unwrap();
    let dir = env.path("activating");
    std::fs::create_dir_all(&dir).unwrap();
    let bus = common::bus::Bus::start_activating(&dir, Some(&services));
    let out = env
        .cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .arg("doctor")
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.starts_with("notifications   no notification server answers\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\ndo not disturb  not reported by the notification server\n"),
        "{stdout}"
    );
    assert_eq!(stderr, "", "nothing but the doctor's own table");
}

#[test]
fn a_dismissed_prompt_is_snoozed_and_comes_back() {
    let env = TestEnv::new(&QUICK.replace("snooze = \"10m\"", "snooze = \"1s\""));
    let _daemon = env.start_daemon();
    let (n, pending) = prompt_now(&env, 1);
    env.fake().dismiss(n.id);
    assert_eq!(record(&env, 1), pair("snoozed", "notification"));
    assert_eq!(env.acks()[0]["snooze_s"], 1);
    let again = env.fake().wait_for_notify(2);
    assert_eq!((again.summary, again.body), (n.summary, n.body));
    assert_eq!(env.status()["pending"]["prompt"], pending["prompt"]);
}

#[test]
fn an_expired_popup_leaves_the_prompt_answerable() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let (n, pending) = prompt_now(&env, 1);
    env.fake().expire(n.id);
    wait_for("the daemon log to say the prompt left the screen", || {
        env.daemon_log()
            .contains("the notification server took the prompt off the screen")
            .then_some(())
    });
    let status = env.status();
    assert_eq!(
        (status["state"].as_str(), &status["pending"]),
        (Some("pending"), &pending)
    );
    assert!(env.acks().is_empty());
    env.ok(&["done"]);
    assert_eq!(record(&env, 1), pair("done", "cli"));
}

#[test]
fn a_restarted_server_shows_the_pending_prompt_again() {
    let mut env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let (before, pending) = prompt_now(&env, 1);

    env.restart_notifications(Delivery::Targeted);
    let after = env.fake().wait_for_notify(1);
    assert_eq!(
        (&after.summary, &after.body, &after.actions),
        (&before.summary, &before.body, &before.actions)
    );
    assert_eq!(env.status()["pending"], pending, "same prompt, same deadline");

    // The new server's buttons work; nothing is sent to the old server's ids.
    env.fake().click(after.id, "done");
    assert_eq!(record(&env, 1), pair("done", "notification"));
    assert_eq!(env.fake().notifies().len(), 1);
}

#[test]
fn a_prompt_due_before_any_server_appears_is_shown_when_one_does() {
    let mut env = TestEnv::without_notifications(QUICK);
    let _daemon = env.start_daemon();
    env.ok(&["now"]);
    wait_for("the daemon to say no server answered", || {
        env.daemon_log()
            .contains("no notification server answered")
            .then_some(())
    });
    env.restart_notifications(Delivery::Targeted);
    let n = env.fake().wait_for_notify(1);
    assert_eq!(n.summary, env.status()["pending"]["title"].as_str().unwrap());
}

#[test]
fn a_prompt_asked_for_during_do_not_disturb_is_held_by_nothing() {
    let env = TestEnv::new(QUICK);
    env.fake().set_inhibited(true);
    let _daemon = env.start_daemon();
    assert_eq!(env.status()["hold"], "quiet");
    // The person asked: it shows, and nothing holds it back while it is on screen.
    prompt_now(&env, 1);
    let status = env.status();
    assert_eq!(
        (status["state"].as_str(), &status["hold"]),
        (Some("pending"), &Value::Null)
    );
    env.ok(&["done"]);
    assert_eq!(env.status()["hold"], "quiet");
}
