//! Natural breaks and interruptions against the real daemon: a fake GNOME idle monitor, a
//! stand-in Wayland compositor, the fake notification server's do-not-disturb, GNOME's banners
//! from a fake `gsettings` and a fake dconf writer, and a real X server's idle time.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
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

#[test]
fn idle_from_gnome_closes_the_prompt_as_natural_and_restarts_on_return() {
    let env = TestEnv::new(&with_breaks(QUICK, "2s"));
    let mutter = FakeMutter::start(&env.bus);
    let _daemon = env.start_daemon();
    assert_eq!(
        mutter.wait_for_idle_watch(),
        2000,
        "one idle watch at the natural break"
    );
    a_natural_break_closes_the_prompt_and_restarts_on_return(&env, || mutter.go_idle(), || mutter.come_back());
}

#[test]
fn idle_from_a_wayland_compositor_closes_the_prompt_as_natural_and_restarts_on_return() {
    let env = TestEnv::new(&with_breaks(QUICK, "2s"));
    let compositor = FakeCompositor::start(&env.path("run"));
    follows_the_compositor(&env, &compositor, "Wayland ext-idle-notify-v1 (compositor events)");
}

#[test]
fn idle_from_kdes_older_protocol_closes_the_prompt_as_natural_and_restarts_on_return() {
    // Plasma before 5.27, or sway up to 1.7 (Debian 12's): org_kde_kwin_idle and no ext-idle-notify-v1.
    let env = TestEnv::new(&with_breaks(QUICK, "2s"));
    let compositor = FakeCompositor::start_kde(&env.path("run"));
    follows_the_compositor(&env, &compositor, "Wayland org_kde_kwin_idle (compositor events)");
}

/// The doctor and the daemon name `backend`; the daemon's idle notification, at the natural
/// break, makes a prompt a natural break.
fn follows_the_compositor(env: &TestEnv, compositor: &FakeCompositor, backend: &str) {
    let doctor = env
        .cmd()
        .env("WAYLAND_DISPLAY", &compositor.display)
        .arg("doctor")
        .output()
        .unwrap();
    let doctor = String::from_utf8(doctor.stdout).unwrap();
    assert!(doctor.contains(&format!("idle detection  {backend}\n")), "{doctor}");

    let _daemon = env.start_daemon_in(&[("WAYLAND_DISPLAY", &compositor.display)], &["run", "--headless"]);
    assert_eq!(
        wait_for("two idle notifications", || {
            Some(compositor.idle_timeouts()).filter(|t| t.len() == 2)
        }),
        [300_000, 2000],
        "the doctor's look, then the daemon's idle notification at the natural break"
    );
    assert!(env.daemon_log().contains(backend), "{}", env.daemon_log());
    a_natural_break_closes_the_prompt_and_restarts_on_return(env, || compositor.go_idle(), || compositor.come_back());
    assert_eq!(compositor.destroyed_timeouts(), [] as [u32; 0], "nothing called off");
}

#[test]
fn xwayland_idle_time_is_not_taken_for_the_persons() {
    // A Wayland session without ext-idle-notify-v1, whose Xwayland sees only X clients' input.
    let x = Xvfb::start();
    let env = TestEnv::new(&with_breaks(QUICK, "2s"));
    let doctor = env
        .cmd()
        .env("DISPLAY", &x.display)
        .env("WAYLAND_DISPLAY", "wayland-gone")
        .arg("doctor")
        .output()
        .unwrap();
    let doctor = String::from_utf8(doctor.stdout).unwrap();
    assert!(doctor.contains("idle detection  "), "{doctor}");
    assert!(!doctor.contains("X11 XScreenSaver"), "{doctor}");
}

/// A prompt is shown; `go_idle` makes it a natural break, `come_back` ends the break.
fn a_natural_break_closes_the_prompt_and_restarts_on_return(
    env: &TestEnv,
    go_idle: impl FnOnce(),
    come_back: impl FnOnce(),
) {
    env.ok(&["now"]);
    let n = env.fake().wait_for_notify(1);
    go_idle();
    let r = &env.wait_for_acks(1)[0];
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("natural"), Some("idle"))
    );
    wait_for("the prompt to be closed", || {
        env.fake().closed().contains(&n.id).then_some(())
    });
    let status = env.status();
    assert_eq!(
        (status["hold"].as_str(), status["today"]["natural"].as_u64()),
        (Some("away"), Some(1))
    );

    assert_eq!(
        status["sitting"],
        serde_json::json!({"since": null, "minutes": 0}),
        "away"
    );

    let back = deskbreak_host::clock::now();
    come_back();
    let status = wait_for("the return", || Some(env.status()).filter(|s| s["hold"].is_null()));
    let seen = deskbreak_host::clock::now();
    let due = chrono::DateTime::parse_from_rfc3339(status["next_due"].as_str().unwrap()).unwrap();
    // The break is in the log: when the person left (the idle time began) and came back, and a
    // new sitting stretch runs from their return.
    let marks = env.sitting_marks();
    let outcomes: Vec<&str> = marks.iter().filter_map(|m| m["outcome"].as_str()).collect();
    assert_eq!(outcomes, ["arrived", "away"], "{marks:?}");
    let away = &marks[1];
    let time = |v: &serde_json::Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    assert_eq!(away["via"], "idle");
    assert!(time(&away["since"]) < time(&away["time"]), "{away}");
    assert!(
        back - chrono::Duration::seconds(1) <= time(&away["time"])
            && time(&away["time"]) <= seen + chrono::Duration::seconds(1)
    );
    assert_eq!(status["sitting"]["since"], away["time"]);
    // The daemon heard the return between `back` and `seen`, however long a loaded machine made
    // that (a second's leeway either side for the timestamps' rounding).
    let (hour, leeway) = (chrono::Duration::hours(1), chrono::Duration::seconds(1));
    assert!(
        back + hour - leeway <= due && due <= seen + hour + leeway,
        "a full interval after coming back, between {back} and {seen}: due {due}"
    );
}

#[test]
fn a_due_prompt_waits_for_do_not_disturb_and_comes_after_it() {
    let env = TestEnv::new(&every_second());
    env.fake().set_inhibited(true);
    let _daemon = env.start_daemon();
    assert_eq!(env.status()["hold"], "quiet");
    wait_for_deferral(&env);
    assert!(env.fake().notifies().is_empty(), "nothing shown during do-not-disturb");
    env.fake().set_inhibited(false);
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert!(env.status()["hold"].is_null());
}

#[test]
fn breaks_settings_apply_live_without_a_restart() {
    let config = every_second();
    let env = TestEnv::new(&with_breaks(&config, "2s"));
    let mutter = FakeMutter::start(&env.bus);
    // Nobody types: the prompt, once free to show, has no pause to wait for.
    mutter.set_idletime(60_000);
    env.fake().set_inhibited(true);
    let _daemon = env.start_daemon();
    assert_eq!(mutter.wait_for_idle_watch(), 2000);
    wait_for_deferral(&env);

    // Do-not-disturb no longer holds prompts, and the natural break is longer: the watchers
    // start again with the new settings.
    let edited = with_breaks(&config, "3s") + "do_not_disturb = false\n";
    std::fs::write(env.path("config/deskbreak/config.toml"), edited).unwrap();
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert!(env.status()["hold"].is_null());
    let watches = wait_for("a new idle watch", || {
        Some(mutter.idle_watches()).filter(|w| w.len() == 2)
    });
    assert_eq!(watches, [2000, 3000]);
}

#[test]
fn x11_idle_time_is_seen_through_xscreensaver() {
    let x = Xvfb::start();
    let env = TestEnv::new(&with_breaks(QUICK, "2s"));
    let mut cmd = env.cmd();
    cmd.env("DISPLAY", &x.display).args(["doctor"]);
    let doctor = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    assert!(
        doctor.contains("idle detection  X11 XScreenSaver (polled at most once a minute)\n"),
        "{doctor}"
    );

    let _daemon = env.start_daemon_in(&[("DISPLAY", &x.display)], &["run", "--headless"]);
    // Nobody touches the virtual keyboard: after two seconds that is a natural break.
    wait_for("the natural break", || (env.status()["hold"] == "away").then_some(()));
    assert!(env.daemon_log().contains("X11 XScreenSaver"));
}

/// What the daemon runs to read GNOME's `show-banners`.
const READ_BANNERS: &str = "get org.gnome.desktop.notifications show-banners";

/// A daemon started while GNOME hides banners, holding its first (due at once) prompt.
fn held_by_hidden_banners() -> (TestEnv, FakeGsettings, FakeDconf, Daemon) {
    let mut env = TestEnv::new(&every_second());
    env.restart_notifications_named(Delivery::Targeted, "gnome-shell");
    let gsettings = FakeGsettings::install(&env, Some(false));
    let dconf = FakeDconf::start(&env.bus);
    let daemon = env.start_daemon();
    wait_for_deferral(&env);
    assert_eq!(env.status()["hold"], "quiet");
    (env, gsettings, dconf, daemon)
}

#[test]
fn a_due_prompt_waits_while_gnome_hides_banners_whatever_the_server_says() {
    let (env, gsettings, dconf, _daemon) = held_by_hidden_banners();
    // Every form says what holds the prompt, none counts down to zero.
    assert_eq!(
        env.ok(&["status", "--format", "text"]).trim_end(),
        "Posture check held: do not disturb is on"
    );
    let text = env.ok(&["status"]);
    assert!(
        text.contains("\nHeld: the prompt waits while do not disturb is on\n"),
        "{text}"
    );
    assert_eq!(env.status()["quiet"], "do-not-disturb");

    // The notification server's own do-not-disturb ending does not end GNOME's.
    env.fake().set_inhibited(true);
    env.fake().set_inhibited(false);
    wait_for("the server's do-not-disturb to end", || {
        env.daemon_log()
            .contains("the notification server's do not disturb is off")
            .then_some(())
    });
    assert_eq!(env.status()["hold"], "quiet");
    assert!(
        env.fake().notifies().is_empty(),
        "nothing shown while banners are hidden"
    );

    gsettings.set(Some(true));
    // Changes to other keys are not read: had they been, the prompt would be out by now and the
    // count of reads below one more.
    dconf.notify("/org/gnome/desktop/notifications/", &["application-children"]);
    dconf.notify("/org/gnome/desktop/interface/", &["color-scheme"]);
    dconf.notify("/org/gnome/desktop/notifications/show-banners", &[""]);
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert!(env.status()["hold"].is_null());
    assert_eq!(
        gsettings.calls(),
        [READ_BANNERS, READ_BANNERS],
        "read at start and after its own change"
    );
}

#[test]
fn a_reset_of_gnome_notification_settings_is_read_too() {
    let (env, gsettings, dconf, _daemon) = held_by_hidden_banners();
    gsettings.set(Some(true));
    // `dconf reset -f /org/gnome/desktop/notifications/`: the directory, no key named.
    dconf.notify("/org/gnome/desktop/notifications/", &[""]);
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert!(env.status()["hold"].is_null());
    assert_eq!(gsettings.calls(), [READ_BANNERS, READ_BANNERS]);
}

/// GNOME's setting, left from a GNOME session on the same account, holds nothing where another
/// server shows the notifications (it did in Plasma, with Plasma's own do-not-disturb off).
#[test]
fn hidden_gnome_banners_hold_nothing_where_gnome_shell_does_not_show_notifications() {
    let mut env = TestEnv::new(&every_second());
    env.restart_notifications_named(Delivery::Targeted, "Plasma");
    let gsettings = FakeGsettings::install(&env, Some(false));
    let _daemon = env.start_daemon();
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert!(env.status()["hold"].is_null());
    assert!(gsettings.calls().is_empty(), "{:?}", gsettings.calls());
    assert!(
        env.daemon_log()
            .contains("GNOME's banners setting not followed: the notification server is Plasma, not GNOME Shell"),
        "{}",
        env.daemon_log()
    );
    let doctor = env.ok(&["doctor"]);
    assert!(
        doctor.contains("\nGNOME banners   not followed: the notification server is Plasma, not GNOME Shell\n"),
        "{doctor}"
    );
    assert!(
        doctor.contains("\ndo not disturb  off (the notification server's Inhibited)\n"),
        "{doctor}"
    );
}

#[test]
fn doctor_reads_gnome_banners_with_gsettings_and_says_when_there_is_no_schema() {
    let mut env = TestEnv::new(QUICK);
    env.restart_notifications_named(Delivery::Targeted, "gnome-shell");
    let line = |doctor: String| {
        doctor
            .lines()
            .find(|l| l.starts_with("GNOME banners"))
            .unwrap_or_else(|| panic!("a GNOME banners line in:\n{doctor}"))
            .to_string()
    };
    let gsettings = FakeGsettings::install(&env, None);
    assert_eq!(
        line(env.ok(&["doctor"])),
        "GNOME banners   not available (no GNOME settings: gsettings has no org.gnome.desktop.notifications)"
    );
    gsettings.set(Some(false));
    assert_eq!(
        line(env.ok(&["doctor"])),
        "GNOME banners   hidden (GNOME's do-not-disturb; GNOME Shell shows the notifications): prompts wait until they are shown"
    );
    gsettings.set(Some(true));
    assert_eq!(
        line(env.ok(&["doctor"])),
        "GNOME banners   shown (GNOME Shell shows the notifications)"
    );
}

/// `n` is the first prompt of the rotation, pending now: a posture check, titled as such.
fn assert_shows_the_posture_prompt(env: &TestEnv, n: &common::notifications::NotifyCall) {
    let pending = env.status()["pending"].clone();
    assert_eq!(pending["category"], "posture");
    assert_eq!(n.summary, pending["title"].as_str().unwrap());
}

/// A prompt due 2 s after the start, waiting for a pause in typing of 1 s for at most `wait`.
fn typing_config(wait: &str) -> String {
    let every = QUICK.replace(
        "min_interval = \"1h\"\nmax_interval = \"1h\"",
        "min_interval = \"2s\"\nmax_interval = \"2s\"",
    );
    format!("{every}\n[breaks]\nnatural_break = \"1m\"\npause_length = \"1s\"\nwait_for_pause = \"{wait}\"\n")
}

/// The due prompt waits, held as "typing" and not shown, once `watching` says the idle backend
/// looks for the pause; `pause` says it came, and the prompt shows.
fn a_due_prompt_waits_for_the_pause(env: &TestEnv, watching: impl Fn() -> bool, pause: impl FnOnce()) {
    wait_for("the pause watch", || watching().then_some(()));
    assert_eq!(env.status()["hold"], "typing");
    assert!(env.fake().notifies().is_empty(), "a prompt landed mid-sentence");
    pause();
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(env, &n);
    assert!(env.status()["hold"].is_null());
    assert_waited_for_a_pause(env);
}

fn assert_waited_for_a_pause(env: &TestEnv) {
    let log = env.daemon_log();
    assert!(
        log.lines()
            .any(|l| l.contains("showing prompt after waiting") && l.contains("for a pause in typing")),
        "{log}"
    );
}

#[test]
fn a_prompt_due_while_typing_waits_for_the_compositors_pause() {
    let env = TestEnv::new(&typing_config("1m"));
    let compositor = FakeCompositor::start(&env.path("run"));
    let _daemon = env.start_daemon_in(&[("WAYLAND_DISPLAY", &compositor.display)], &["run", "--headless"]);
    a_due_prompt_waits_for_the_pause(
        &env,
        || compositor.live_timeouts() == [60_000, 1000],
        || compositor.idle_for(1000),
    );
    // Said once: the pause's notification is gone, the natural break's stays.
    wait_for("the pause watch to go", || {
        (compositor.live_timeouts() == [60_000]).then_some(())
    });
    assert_eq!(compositor.destroyed_timeouts(), [1000]);
    assert_eq!(compositor.idle_timeouts(), [60_000, 1000]);
}

#[test]
fn a_prompt_due_while_typing_waits_for_kdes_pause() {
    let env = TestEnv::new(&typing_config("1m"));
    let compositor = FakeCompositor::start_kde(&env.path("run"));
    let _daemon = env.start_daemon_in(&[("WAYLAND_DISPLAY", &compositor.display)], &["run", "--headless"]);
    a_due_prompt_waits_for_the_pause(
        &env,
        || compositor.live_timeouts() == [60_000, 1000],
        || compositor.idle_for(1000),
    );
    wait_for("the pause watch to be released", || {
        (compositor.live_timeouts() == [60_000]).then_some(())
    });
    assert_eq!(compositor.destroyed_timeouts(), [1000]);
}

#[test]
fn a_pause_that_never_comes_shows_the_prompt_at_wait_for_pause_and_the_compositor_forgets_the_watch() {
    let env = TestEnv::new(&typing_config("2s"));
    let compositor = FakeCompositor::start(&env.path("run"));
    let _daemon = env.start_daemon_in(&[("WAYLAND_DISPLAY", &compositor.display)], &["run", "--headless"]);
    wait_for("the pause watch", || {
        (compositor.live_timeouts() == [60_000, 1000]).then_some(())
    });
    assert_eq!(env.status()["hold"], "typing");
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert_waited_for_a_pause(&env);
    // Called off: destroyed, and an idle seat no longer reaches it.
    wait_for("the pause watch to be destroyed", || {
        (compositor.destroyed_timeouts() == [1000]).then_some(())
    });
    assert_eq!(compositor.live_timeouts(), [60_000]);
}

#[test]
fn a_prompt_due_while_typing_waits_for_mutters_pause() {
    let env = TestEnv::new(&typing_config("1m"));
    let mutter = FakeMutter::start(&env.bus);
    let _daemon = env.start_daemon();
    a_due_prompt_waits_for_the_pause(
        &env,
        || mutter.live_idle_watches() == [60_000, 1000],
        || mutter.fire_idle_watch(1000),
    );
    wait_for("the pause watch to be removed", || {
        (mutter.live_idle_watches() == [60_000]).then_some(())
    });
    assert_eq!(mutter.removed_idle_watches(), [1000]);
    assert_eq!(mutter.idle_watches(), [60_000, 1000]);
}

#[test]
fn a_pause_already_under_way_in_mutter_shows_the_prompt_without_a_watch() {
    let env = TestEnv::new(&typing_config("1m"));
    let mutter = FakeMutter::start(&env.bus);
    // No input for 5 s when the prompt falls due: longer than the pause asked for.
    mutter.set_idletime(5000);
    let _daemon = env.start_daemon();
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    assert_waited_for_a_pause(&env);
    assert_eq!(
        mutter.idle_watches(),
        [60_000],
        "no watch for a pause that already came"
    );
}

#[test]
fn a_pause_that_never_comes_in_mutter_shows_the_prompt_at_wait_for_pause_and_removes_the_watch() {
    let env = TestEnv::new(&typing_config("2s"));
    let mutter = FakeMutter::start(&env.bus);
    let _daemon = env.start_daemon();
    wait_for("the pause watch", || {
        (mutter.live_idle_watches() == [60_000, 1000]).then_some(())
    });
    let n = env.fake().wait_for_notify(1);
    assert_shows_the_posture_prompt(&env, &n);
    wait_for("the pause watch to be removed", || {
        (mutter.removed_idle_watches() == [1000]).then_some(())
    });
    assert_eq!(mutter.live_idle_watches(), [60_000]);
}
