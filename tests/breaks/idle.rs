//! Idle from GNOME, Wayland compositors and X11 closing a prompt as a natural break; do not
//! disturb; the breaks settings applying live.

use super::*;

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
