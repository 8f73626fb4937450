//! Prompts due while the person types waiting for a pause (Wayland, KDE, Mutter), and for no
//! longer than `wait_for_pause`.

use super::*;

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
