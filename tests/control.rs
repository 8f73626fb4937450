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
use common::wait::wait_for;
use serde_json::Value;

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

/// A daemon started without the session's `XDG_RUNTIME_DIR` (from `su` or cron) has another
/// socket but the same log: it must not become that log's second writer.
#[test]
fn a_daemon_with_another_runtime_dir_but_the_same_log_exits_4() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    env.ok(&["now"]);
    env.ok(&["done"]);
    let log = std::fs::read(env.acks_path()).unwrap();

    let elsewhere = env.path("run-elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let run_elsewhere = |args: &[&str]| {
        let mut cmd = env.cmd();
        cmd.env("XDG_RUNTIME_DIR", &elsewhere).args(args);
        cmd
    };
    let mut second = env.spawn(run_elsewhere(&["run", "--headless"]));
    let served = wait_for("the second daemon to exit or to answer", || {
        if second.child.try_wait().unwrap().is_some() {
            Some(false)
        } else {
            run_elsewhere(&["status"])
                .output()
                .unwrap()
                .status
                .success()
                .then_some(true)
        }
    });
    assert!(
        !served,
        "a second daemon serves the same log from {}",
        elsewhere.display()
    );
    let (status, _, stderr) = second.wait_exit();
    assert_eq!(status.code(), Some(4), "{stderr}");
    let said = |running: &str| format!("deskbreak: deskbreak is already running{running}; `deskbreak quit` stops it\n");
    let with_pid = said(&format!(" (pid {})", daemon.child.id()));
    // Windows does not let a locked file be read, so the pid may be unknown there (Wine reads it).
    #[cfg(windows)]
    let said_it = [with_pid, said("")].contains(&stderr);
    #[cfg(unix)]
    let said_it = stderr == with_pid;
    assert!(said_it, "{stderr}");

    assert_eq!(std::fs::read(env.acks_path()).unwrap(), log, "the log has one writer");
    env.ok(&["now"]);
    env.ok(&["skip"]);
    let outcomes: Vec<Value> = env.acks().iter().map(|r| r["outcome"].clone()).collect();
    assert_eq!(outcomes, ["done", "skipped"], "the first daemon is untouched");
    drop(daemon);
}

/// The other way round: another log but the same socket. The instance lock guards the log, so
/// the socket's own check keeps the first daemon reachable. Unix only: on Windows the named
/// pipe refuses a second first instance, and `run` names the process that holds it
/// (tests/windows_pipe.rs, with a stand-in holder rather than a second daemon).
#[cfg(unix)]
#[test]
fn a_daemon_with_another_log_but_the_same_socket_exits_4_and_leaves_the_socket() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    let out = env
        .cmd()
        .env("XDG_DATA_HOME", env.path("data-elsewhere"))
        .args(["run", "--headless"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(4), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "deskbreak: deskbreak is already running; `deskbreak quit` stops it\n"
    );
    assert_eq!(env.status()["state"], "waiting", "the first daemon still answers");
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
