//! GNOME's hidden banners holding prompts, and what `doctor` says of them.

use super::*;

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
