//! The control channel on every platform (a Unix socket; on Windows a named pipe): each command
//! a script or the tray sends, one instance per user, and what a client says with no daemon.
//! Needs no D-Bus: on Windows and macOS the daemon runs without a notification server.

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod bus;
    pub mod env;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod gsettings;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod notifications;
    pub mod wait;
}

use common::env::{QUICK, TestEnv};

fn code(out: &std::process::Output) -> Option<i32> {
    out.status.code()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_command_is_answered_and_every_answer_lands_in_the_log() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    assert_eq!(env.status()["state"], "waiting");

    let out = env.ok(&["now"]);
    let title = env.status()["pending"]["title"].as_str().unwrap().to_owned();
    assert_eq!(out, format!("Showing: {title}.\n"));
    assert!(env.ok(&["done"]).starts_with(&format!("Done: {title}. Next: ")));

    env.ok(&["now"]);
    let title = env.status()["pending"]["title"].as_str().unwrap().to_owned();
    let out = env.ok(&["snooze", "5m"]);
    assert!(
        out.starts_with(&format!("Snoozed {title} for 5 min: back at ")),
        "{out}"
    );
    assert_eq!(env.status()["state"], "snoozed");
    assert!(env.ok(&["skip"]).starts_with(&format!("Skipped: {title}. Next: ")));

    assert!(env.ok(&["pause", "30m"]).starts_with("Paused until "));
    assert_eq!(env.status()["state"], "paused");
    assert!(env.ok(&["resume"]).starts_with("Resumed. Next: "));
    assert_eq!(env.status()["state"], "waiting");

    let outcomes: Vec<(String, String)> = env
        .acks()
        .iter()
        .map(|r| (r["outcome"].as_str().unwrap().into(), r["via"].as_str().unwrap().into()))
        .collect();
    let cli = |o: &str| (o.to_string(), "cli".to_string());
    assert_eq!(outcomes, [cli("done"), cli("snoozed"), cli("skipped")]);

    assert_eq!(env.ok(&["quit"]), "deskbreak stopped.\n");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_eq!(code(&env.run(&["status"])), Some(3));
}

#[test]
fn a_second_instance_exits_4_and_leaves_the_first_alone() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    let out = env.run(&["run", "--headless"]);
    assert_eq!(code(&out), Some(4));
    let said = |running: &str| format!("deskbreak: deskbreak is already running{running}; `deskbreak quit` stops it\n");
    let with_pid = said(&format!(" (pid {})", daemon.child.id()));
    // Windows does not let a locked file be read, so the pid may be unknown there (Wine reads it).
    #[cfg(windows)]
    let said_it = [with_pid, said("")].contains(&stderr(&out));
    #[cfg(unix)]
    let said_it = stderr(&out) == with_pid;
    assert!(said_it, "{}", stderr(&out));
    assert_eq!(env.status()["state"], "waiting", "the first daemon is untouched");
    drop(daemon);
}

#[test]
fn a_client_without_a_daemon_exits_3_and_says_how_to_start_one() {
    let env = TestEnv::without_notifications(QUICK);
    for args in [&["status"][..], &["done"], &["snooze"], &["pause", "10m"], &["quit"]] {
        let out = env.run(args);
        assert_eq!(code(&out), Some(3), "{args:?}");
        assert_eq!(
            stderr(&out),
            format!(
                "deskbreak: deskbreak is not running (no daemon answers at {}).\nStart it with `deskbreak run`.\n",
                env.socket_path().display()
            )
        );
    }
}
