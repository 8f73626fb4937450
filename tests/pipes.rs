//! Every command that prints, with its stdout on a pipe whose reader is gone (`deskbreak status |
//! true`): it exits 0 and says nothing, as if the reader had read it all. Any other failure to
//! write (a full disk) is still an error.

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
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `cmd` with stdout on a pipe whose read end is closed before it starts, so that its
/// first write fails with EPIPE however short the output; returns its exit code and stderr.
fn into_closed_pipe(cmd: &mut Command) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let out = cmd
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("deskbreak runs");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `deskbreak ARGS` in `env` ends quietly on the closed pipe.
fn assert_quiet(env: &TestEnv, args: &[&str]) {
    assert_eq!(
        into_closed_pipe(env.cmd().args(args)),
        (Some(0), String::new()),
        "deskbreak {args:?} into a closed pipe"
    );
}

/// An environment whose log holds the two-week fixture (37 lines, for `log` and `stats`).
fn with_log() -> TestEnv {
    let env = TestEnv::without_notifications(QUICK);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logs/two-weeks.jsonl");
    std::fs::create_dir_all(env.path("data/deskbreak")).unwrap();
    std::fs::copy(fixture, env.acks_path()).unwrap();
    env
}

/// A running daemon with a prompt on screen, for the commands that answer one.
fn with_pending_prompt() -> (TestEnv, common::env::Daemon) {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    env.ok(&["now"]);
    env.fake().wait_for_notify(1);
    (env, daemon)
}

#[test]
fn help_and_version() {
    let env = TestEnv::without_notifications(QUICK);
    for args in [
        &["--help"][..],
        &["-h"],
        &["--version"],
        &["help"],
        &["help", "stats"],
        &["status", "--help"],
    ] {
        assert_quiet(&env, args);
    }
}

#[test]
fn completions() {
    let env = TestEnv::without_notifications(QUICK);
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        assert_quiet(&env, &["completions", shell]);
    }
}

#[test]
fn man() {
    assert_quiet(&TestEnv::without_notifications(QUICK), &["man"]);
}

#[test]
fn config_path_check_and_default() {
    let env = TestEnv::without_notifications(QUICK);
    assert_quiet(&env, &["config", "path"]);
    assert_quiet(&env, &["config", "check"]);
    assert_quiet(&env, &["config", "default"]);
}

#[test]
fn config_edit() {
    // The editor ran and the file was checked: only the closing "OK" goes nowhere.
    let env = TestEnv::without_notifications(QUICK);
    let mut cmd = env.cmd();
    cmd.env("EDITOR", "true").args(["config", "edit"]);
    assert_eq!(into_closed_pipe(&mut cmd), (Some(0), String::new()));
}

#[test]
fn doctor() {
    // With a notification server: without one, zbus itself warns on stderr.
    assert_quiet(&TestEnv::new(QUICK), &["doctor"]);
}

#[test]
fn log() {
    let env = with_log();
    assert_quiet(&env, &["log"]);
    assert_quiet(&env, &["log", "--json", "--since", "2026-11-01"]);
}

#[test]
fn stats() {
    let env = with_log();
    for format in [&[][..], &["--json"], &["--csv"]] {
        let mut cmd = env.cmd();
        cmd.env("DESKBREAK_TODAY", "2026-11-25").arg("stats").args(format);
        assert_eq!(into_closed_pipe(&mut cmd), (Some(0), String::new()), "stats {format:?}");
    }
}

#[test]
fn autostart_enable_status_and_disable() {
    let env = TestEnv::without_notifications(QUICK);
    let entry = env.path("config/autostart/deskbreak.desktop");
    assert_quiet(&env, &["autostart", "enable"]);
    assert!(
        entry.exists(),
        "enable wrote its entry although nobody read what it said"
    );
    assert_quiet(&env, &["autostart", "status"]);
    assert_quiet(&env, &["autostart", "disable"]);
    assert!(
        !entry.exists(),
        "disable removed the entry although nobody read what it said"
    );
}

#[test]
fn status_in_every_format() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    for format in ["human", "text", "waybar", "json"] {
        assert_quiet(&env, &["status", "--format", format]);
    }
    assert_quiet(&env, &["status", "--json"]);
}

#[test]
fn status_watch() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    // Its first line fails: it must stop there, not keep a connection open for a reader that is gone.
    assert_quiet(&env, &["status", "--watch"]);
    assert_quiet(&env, &["status", "--watch", "--format", "waybar"]);
}

#[test]
fn now_and_done() {
    let (env, _daemon) = with_pending_prompt();
    assert_quiet(&env, &["done"]);
    assert_eq!(env.acks()[0]["outcome"], "done");
    assert_quiet(&env, &["now"]);
    assert_eq!(env.status()["state"], "pending");
}

#[test]
fn skip() {
    let (env, _daemon) = with_pending_prompt();
    assert_quiet(&env, &["skip"]);
    assert_eq!(env.acks()[0]["outcome"], "skipped");
}

#[test]
fn snooze() {
    let (env, _daemon) = with_pending_prompt();
    assert_quiet(&env, &["snooze", "5m"]);
    assert_eq!(env.status()["state"], "snoozed");
}

#[test]
fn pause_and_resume() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    assert_quiet(&env, &["pause", "30m"]);
    assert_eq!(env.status()["state"], "paused");
    assert_quiet(&env, &["resume"]);
    assert_eq!(env.status()["state"], "waiting");
}

#[test]
fn reload() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    assert_quiet(&env, &["reload"]);
}

#[test]
fn relief_and_drink() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    assert_quiet(&env, &["relief"]);
    assert_quiet(&env, &["drink", "2"]);
    let outcomes: Vec<_> = env.acks().iter().map(|r| r["outcome"].clone()).collect();
    assert_eq!(outcomes, ["relief", "drink"]);
}

#[test]
fn quit() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    assert_quiet(&env, &["quit"]);
    assert!(daemon.wait_exit().0.success());
}

#[test]
fn any_other_failure_to_write_is_an_error() {
    let env = with_log();
    // `log` among them: a full disk is not a damaged log.
    for args in [["config", "default"], ["log", "--json"]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = env.cmd().args(args).stdout(full).output().unwrap();
        assert_eq!(
            (out.status.code(), String::from_utf8_lossy(&out.stderr).as_ref()),
            (
                Some(1),
                "deskbreak: cannot write to stdout: No space left on device (os error 28)\n"
            ),
            "deskbreak {args:?} > /dev/full"
        );
    }
}
