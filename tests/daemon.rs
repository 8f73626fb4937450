//! The real daemon end to end: notifications, clicks, the log, the CLI, the socket.

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
use common::wait::wait_for;
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;

fn code(out: &std::process::Output) -> i32 {
    out.status.code().expect("exited normally")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Shows a prompt with `deskbreak now` and returns its notification and its status entry.
fn prompt_now(env: &TestEnv, n: usize) -> (common::notifications::NotifyCall, Value) {
    let out = env.ok(&["now"]);
    let status = env.status();
    let pending = status["pending"].clone();
    assert_eq!(out, format!("Showing: {}.\n", pending["title"].as_str().unwrap()));
    (env.fake().wait_for_notify(n), pending)
}

#[test]
fn a_prompt_arrives_on_time_with_the_three_actions() {
    let config = QUICK.replace(
        "min_interval = \"1h\"\nmax_interval = \"1h\"",
        "min_interval = \"1s\"\nmax_interval = \"1s\"",
    );
    let env = TestEnv::new(&config);
    let started = deskbreak_host::clock::now();
    let _daemon = env.start_daemon();
    let ready = deskbreak_host::clock::now();
    let n = env.fake().wait_for_notify(1);
    assert_eq!(n.app_name, "deskbreak");
    assert_eq!(n.actions, ["done", "Done", "snooze", "Snooze 10 min", "skip", "Skip"]);
    assert_eq!(n.expire_timeout, 0, "deskbreak closes it itself after reminder_timeout");
    assert_eq!(n.urgency, None, "only GNOME's banners need critical urgency to stay");
    let pending = env.status()["pending"].clone();
    // On time: one interval after the daemon's start, which fell between `started` and `ready`.
    // Never early; late by a few seconds at most, however loaded the machine (a prompt that
    // waited for something else, the loop's once-a-minute tick say, would be later still).
    let shown = chrono::DateTime::parse_from_rfc3339(pending["shown"].as_str().unwrap())
        .unwrap()
        .to_utc();
    let interval = chrono::Duration::seconds(1);
    // `shown` is written in whole milliseconds.
    let earliest = started + interval - chrono::Duration::milliseconds(1);
    assert!(
        shown >= earliest,
        "shown at {shown}, before one interval from {started}"
    );
    let latest = ready + interval + chrono::Duration::seconds(5);
    assert!(
        shown <= latest,
        "shown at {shown}, {} ms after the daemon was ready",
        (shown - ready).num_milliseconds()
    );
    let prompt = deskbreak_core::prompts::builtin()
        .into_iter()
        .find(|p| p.id == pending["prompt"].as_str().unwrap())
        .expect("the pending prompt is in the catalogue");
    assert_eq!(prompt.category, deskbreak_core::model::Category::Posture);
    assert_eq!(n.summary, prompt.title, "the notification names the prompt");
    assert_eq!(n.body, format!("{}\n{}", prompt.text, prompt.why));
}

#[test]
fn clicking_done_snooze_and_skip_writes_the_right_records() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();

    let (n, pending) = prompt_now(&env, 1);
    env.fake().click(n.id, "done");
    let acks = env.wait_for_acks(1);
    let r = &acks[0];
    assert_eq!(
        (r["v"].as_u64(), r["outcome"].as_str(), r["via"].as_str()),
        (Some(1), Some("done"), Some("notification"))
    );
    assert_eq!(r["prompt"], pending["prompt"]);
    assert_eq!(r["category"], pending["category"]);
    assert_eq!(r["shown"], pending["shown"]);
    assert!(
        r["time"].as_str().unwrap().ends_with("+00:00"),
        "RFC 3339 with the local offset: {r}"
    );
    assert_eq!(r["time"].as_str().unwrap().len(), "2026-11-25T06:30:36.525+00:00".len());
    assert_eq!(env.status()["state"], "waiting");

    let (n, pending) = prompt_now(&env, 2);
    env.fake().click(n.id, "snooze");
    let r = &env.wait_for_acks(2)[1];
    assert_eq!(
        (r["outcome"].as_str(), r["snooze_s"].as_u64()),
        (Some("snoozed"), Some(600))
    );
    assert_eq!(r["prompt"], pending["prompt"]);
    let status = env.status();
    assert_eq!(status["state"], "snoozed");
    assert_eq!(status["pending"]["prompt"], pending["prompt"]);

    // "now" brings the snoozed prompt back; skip it from the notification.
    let (n, again) = prompt_now(&env, 3);
    assert_eq!(again["prompt"], pending["prompt"]);
    env.fake().click(n.id, "skip");
    let r = &env.wait_for_acks(3)[2];
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("skipped"), Some("notification"))
    );
    assert_eq!(
        env.status()["today"],
        serde_json::json!({"done": 1, "snoozed": 1, "skipped": 1, "missed": 0, "natural": 0, "water": 0})
    );
}

#[test]
fn an_unanswered_prompt_is_logged_missed_and_its_notification_closed() {
    let env = TestEnv::new(&QUICK.replace("reminder_timeout = \"1h\"", "reminder_timeout = \"1s\""));
    let _daemon = env.start_daemon();
    let (n, pending) = prompt_now(&env, 1);
    let r = &env.wait_for_acks(1)[0];
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("missed"), Some("timeout"))
    );
    assert_eq!(r["prompt"], pending["prompt"]);
    wait_for("the notification to be closed", || {
        env.fake().closed().contains(&n.id).then_some(())
    });
    assert_eq!(env.status()["today"]["missed"], 1);
}

#[test]
fn status_json_follows_each_state() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let s = env.status();
    assert_eq!(
        (s["state"].as_str(), s["next_category"].as_str()),
        (Some("waiting"), Some("posture"))
    );
    assert!(s["next_due"].is_string() && s["pending"].is_null() && s["paused_until"].is_null());

    prompt_now(&env, 1);
    let s = env.status();
    assert_eq!(s["state"], "pending");
    assert!(s["next_due"].is_null() && s["pending"]["expires"].is_string());

    let out = env.ok(&["snooze", "5m"]);
    let s = env.status();
    assert_eq!(s["state"], "snoozed");
    let title = s["pending"]["title"].as_str().unwrap();
    assert!(
        out.starts_with(&format!("Snoozed {title} for 5 min: back at ")),
        "{out}"
    );

    let out = env.ok(&["pause", "30m"]);
    assert!(out.starts_with("Paused until "), "{out}");
    let s = env.status();
    assert_eq!(s["state"], "paused");
    assert!(s["paused_until"].is_string() && s["pending"].is_null());
    // Pausing ended the snoozed prompt as skipped.
    assert_eq!(env.acks().last().unwrap()["outcome"], "skipped");

    let out = env.ok(&["resume"]);
    assert!(out.starts_with("Resumed. Next: movement at "), "{out}");
    assert_eq!(env.status()["state"], "waiting");
    // Each has a line of its own in the daemon log, in words.
    let until = chrono::DateTime::parse_from_rfc3339(s["paused_until"].as_str().unwrap()).unwrap();
    let log = env.daemon_log();
    for line in [
        "a prompt asked for now (from the command line)".to_string(),
        format!(
            "paused until {} (from the command line)",
            until.format("%Y-%m-%d %H:%M")
        ),
        "resumed (from the command line)".to_string(),
    ] {
        assert!(log.contains(&line), "{line:?} in\n{log}");
    }
}

#[test]
fn cli_answers_print_what_happened_and_refuse_when_nothing_is_pending() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let out = env.run(&["done"]);
    assert_eq!(
        (code(&out), stderr(&out).as_str()),
        (1, "deskbreak: no prompt is pending\n")
    );
    let out = env.run(&["skip"]);
    assert_eq!(code(&out), 1);

    let (n, pending) = prompt_now(&env, 1);
    let out = env.ok(&["done"]);
    let title = pending["title"].as_str().unwrap();
    assert!(out.starts_with(&format!("Done: {title}. Next: movement at ")), "{out}");
    let r = &env.acks()[0];
    assert_eq!((r["outcome"].as_str(), r["via"].as_str()), (Some("done"), Some("cli")));
    wait_for("the notification to be closed", || {
        env.fake().closed().contains(&n.id).then_some(())
    });

    let out = env.ok(&["snooze", "20m"]);
    assert!(out.starts_with("No prompt before "), "{out}");
}

#[test]
fn a_second_instance_exits_4_and_names_the_running_pid() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let out = env.run(&["run", "--headless"]);
    assert_eq!(code(&out), 4);
    assert_eq!(
        stderr(&out),
        format!(
            "deskbreak: deskbreak is already running (pid {}); `deskbreak quit` stops it\n",
            daemon.child.id()
        )
    );
    assert_eq!(env.status()["state"], "waiting", "the first daemon is untouched");
}

#[test]
fn a_client_without_a_daemon_exits_3_and_says_how_to_start_one() {
    let env = TestEnv::new(QUICK);
    for args in [&["status"][..], &["done"], &["pause", "10m"]] {
        let out = env.run(args);
        assert_eq!(code(&out), 3, "{args:?}");
        assert_eq!(
            stderr(&out),
            format!(
                "deskbreak: deskbreak is not running (no daemon answers at {}).\nStart it with `deskbreak run`.\n",
                env.socket_path().display()
            )
        );
    }
}

#[test]
fn a_bad_config_exits_2_naming_line_and_column() {
    let env = TestEnv::new("[schedule]\nsnooze = \"ten minutes\"\n");
    let out = env.run(&["run", "--headless"]);
    assert_eq!(code(&out), 2);
    let config = env.path("config/deskbreak/config.toml");
    assert_eq!(
        stderr(&out),
        format!(
            "deskbreak: {}:2:10: `schedule.snooze` = \"ten minutes\" is not a duration: write it like \"90s\", \"10m\" or \"1h30m\"\n  |\n2 | snooze = \"ten minutes\"\n  |          ^^^^^^^^^^^^^\n",
            config.display()
        )
    );
    assert!(!env.socket_path().exists());
}

#[test]
fn the_socket_is_private_and_a_stale_one_is_replaced() {
    let env = TestEnv::new(QUICK);
    // A crashed daemon left its socket behind.
    std::fs::create_dir_all(env.path("run/deskbreak")).unwrap();
    std::os::unix::net::UnixListener::bind(env.socket_path()).unwrap();
    let _daemon = env.start_daemon();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.socket_path()), 0o600);
    assert_eq!(mode(&env.path("run/deskbreak")), 0o700);
}

#[test]
fn the_first_run_writes_the_commented_default_config() {
    let env = TestEnv::new(QUICK);
    let config = env.path("config/deskbreak/config.toml");
    std::fs::remove_file(&config).unwrap();
    let daemon = env.start_daemon();
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        deskbreak_config::DEFAULT_CONFIG
    );
    env.ok(&["quit"]);
    let (status, stdout, _) = daemon.wait_exit();
    assert!(status.success());
    assert_eq!(stdout, "", "the daemon is silent on stdout");
}

#[test]
fn a_log_with_a_torn_last_line_still_loads_and_grows_cleanly() {
    let env = TestEnv::new(QUICK);
    std::fs::create_dir_all(env.path("data/deskbreak")).unwrap();
    let today = deskbreak_host::clock::now()
        .format("%Y-%m-%dT%H:%M:%S+00:00")
        .to_string();
    let whole = format!(
        "{{\"v\":1,\"time\":\"{today}\",\"prompt\":\"posture.feet-flat\",\"category\":\"posture\",\"outcome\":\"done\",\"shown\":\"{today}\",\"via\":\"cli\",\"title\":\"Feet flat\"}}\n"
    );
    std::fs::write(env.acks_path(), format!("{whole}{{\"v\":1,\"time\":\"{today}\",\"prom")).unwrap();
    let daemon = env.start_daemon();
    assert_eq!(env.status()["today"]["done"], 1);
    prompt_now(&env, 1);
    env.ok(&["skip"]);
    let text = std::fs::read_to_string(env.acks_path()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(format!("{}\n", lines[0]), whole, "history is never rewritten");
    assert!(
        serde_json::from_str::<Value>(lines[1]).is_err(),
        "the torn line stays as it was"
    );
    assert_eq!(serde_json::from_str::<Value>(lines[2]).unwrap()["outcome"], "skipped");
    env.ok(&["quit"]);
    let (_, _, stderr) = daemon.wait_exit();
    assert!(stderr.contains("line 2 is damaged and was skipped"), "{stderr}");
}

#[test]
fn status_counts_todays_water_against_the_target() {
    let env = TestEnv::new(&format!("{QUICK}\n[water]\ndaily_target = 6\n"));
    std::fs::create_dir_all(env.path("data/deskbreak")).unwrap();
    let now = deskbreak_host::clock::now();
    let today = now.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
    let yesterday = (now - chrono::Duration::days(1)).format("%Y-%m-%dT%H:%M:%S+00:00");
    std::fs::write(
        env.acks_path(),
        format!(
            "{{\"v\":1,\"time\":\"{today}\",\"prompt\":\"hydration.drink-a-glass\",\"category\":\"hydration\",\"outcome\":\"done\",\"shown\":\"{today}\",\"via\":\"cli\",\"title\":\"Water\"}}\n\
             {{\"v\":1,\"time\":\"{today}\",\"outcome\":\"drink\",\"glasses\":2,\"via\":\"cli\"}}\n\
             {{\"v\":1,\"time\":\"{yesterday}\",\"outcome\":\"drink\",\"glasses\":5,\"via\":\"cli\"}}\n"
        ),
    )
    .unwrap();
    let _daemon = env.start_daemon();
    let status = env.status();
    assert_eq!(
        (&status["today"], &status["water_target"]),
        (
            &serde_json::json!({"done": 1, "snoozed": 0, "skipped": 0, "missed": 0, "natural": 0, "water": 3}),
            &serde_json::json!(6)
        )
    );
    let text = env.ok(&["status"]);
    assert!(
        text.contains("\nToday: 1 done · 0 snoozed · 0 skipped · water 3/6\n"),
        "{text}"
    );
}

#[test]
fn quit_closes_the_pending_notification_and_removes_the_socket() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let (n, _) = prompt_now(&env, 1);
    assert_eq!(env.ok(&["quit"]), "deskbreak stopped.\n");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success());
    assert!(env.fake().closed().contains(&n.id));
    assert!(!env.socket_path().exists());
    assert_eq!(code(&env.run(&["status"])), 3);
}

#[test]
fn without_a_notification_server_the_daemon_warns_once_and_keeps_serving() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    env.ok(&["now"]);
    env.ok(&["done"]);
    env.ok(&["now"]);
    assert_eq!(env.status()["state"], "pending");
    assert_eq!(env.acks()[0]["outcome"], "done");
    env.ok(&["quit"]);
    let (_, _, stderr) = daemon.wait_exit();
    assert_eq!(stderr.matches("no notification server answered").count(), 1, "{stderr}");
}
