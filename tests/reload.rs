//! Live reload against the running daemon: edits apply within seconds, bad edits never stop it.

mod common;

use chrono::{DateTime, FixedOffset};
use common::{QUICK, TestEnv, wait_for};
use std::time::{Duration, Instant};

fn next_due(env: &TestEnv) -> Option<DateTime<FixedOffset>> {
    env.status()["next_due"]
        .as_str()
        .map(|t| DateTime::parse_from_rfc3339(t).unwrap())
}

fn config_path(env: &TestEnv) -> std::path::PathBuf {
    env.path("config/deskbreak/config.toml")
}

#[test]
fn a_valid_edit_moves_the_next_prompt_within_two_seconds() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let before = next_due(&env).unwrap();
    let start = Instant::now();
    std::fs::write(config_path(&env), QUICK.replace("\"1h\"", "\"2h\"")).unwrap();
    let after = wait_for("the new schedule", || next_due(&env).filter(|d| *d != before));
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "applied after {:?}",
        start.elapsed()
    );
    // Same starting point, twice the interval.
    assert_eq!(after - before, chrono::Duration::hours(1));
}

#[test]
fn an_editor_style_rename_save_is_picked_up() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let before = next_due(&env).unwrap();
    let temp = env.path("config/deskbreak/.config.toml.swp");
    std::fs::write(&temp, QUICK.replace("\"1h\"", "\"3h\"")).unwrap();
    std::fs::rename(&temp, config_path(&env)).unwrap();
    let after = wait_for("the new schedule", || next_due(&env).filter(|d| *d != before));
    assert_eq!(after - before, chrono::Duration::hours(2));
}

#[test]
fn an_invalid_edit_keeps_the_old_config_logs_and_notifies_once() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let before = next_due(&env).unwrap();
    let bad = QUICK.replace("snooze = \"10m\"", "snooze = \"ten\"");
    std::fs::write(config_path(&env), &bad).unwrap();
    let n = env.fake().wait_for_notify(1);
    assert_eq!(n.summary, "deskbreak: config not applied");
    assert_eq!(
        n.body,
        "`schedule.snooze` = \"ten\" is not a duration: write it like \"90s\", \"10m\" or \"1h30m\", line 7"
    );
    assert!(n.actions.is_empty());
    assert_eq!(next_due(&env), Some(before), "still on the old config");

    // `reload` reports the same problem, exit 2, and changes nothing.
    let out = env.run(&["reload"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let location = format!("{}:7:10: ", config_path(&env).display());
    assert!(
        stderr.starts_with(&format!("deskbreak: {location}`schedule.snooze`")),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("Config not applied: deskbreak keeps running on the previous one.\n"),
        "{stderr}"
    );

    // The same bad content saved again is not notified twice.
    std::fs::write(config_path(&env), &bad).unwrap();

    // Fixed: applied, and `reload` says so.
    std::fs::write(config_path(&env), QUICK.replace("\"1h\"", "\"2h\"")).unwrap();
    wait_for("the fixed config", || next_due(&env).filter(|d| *d != before));
    assert_eq!(env.fake().notifies().len(), 1);
    // The log has the location once: the same rejection again (`reload` at least) is counted,
    // and the count written when the next, different message came.
    let log = std::fs::read_to_string(env.path("state/deskbreak/deskbreak.log")).unwrap();
    assert_eq!(log.matches(&location).count(), 1, "{log}");
    assert!(log.contains(" ERROR (the last message repeated "), "{log}");
    assert_eq!(
        env.ok(&["reload"]),
        format!("Config applied from {}.\n", config_path(&env).display())
    );
    env.ok(&["quit"]);
    let (status, _, stderr) = daemon.wait_exit();
    assert!(status.success());
    assert!(stderr.contains("config not applied"), "{stderr}");
}

#[test]
fn a_reload_keeps_the_pending_prompt_and_a_pause() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    env.ok(&["now"]);
    let pending = env.status()["pending"]["prompt"].clone();
    std::fs::write(config_path(&env), QUICK.replace("snooze = \"10m\"", "snooze = \"20m\"")).unwrap();
    env.ok(&["reload"]);
    assert_eq!(env.status()["pending"]["prompt"], pending);
    env.ok(&["pause", "1h"]);
    let until = env.status()["paused_until"].clone();
    std::fs::write(config_path(&env), QUICK).unwrap();
    env.ok(&["reload"]);
    let status = env.status();
    assert_eq!(
        (status["state"].as_str(), &status["paused_until"]),
        (Some("paused"), &until)
    );
}

#[test]
fn a_custom_prompt_shows_up_in_rotation() {
    let custom = format!(
        "{QUICK}\n[prompts]\nbuiltin = false\n\n[[prompts.custom]]\ncategory = \"movement\"\ntitle = \"Walk to the window\"\n\
         text = \"Stand up and walk to the window.\"\nwhy = \"Walking breaks up sitting.\"\n"
    );
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    std::fs::write(config_path(&env), custom).unwrap();
    wait_for("the custom catalogue", || {
        (env.status()["next_category"] == "movement").then_some(())
    });
    env.ok(&["now"]);
    let n = env.fake().wait_for_notify(1);
    assert_eq!(
        (n.summary.as_str(), n.body.as_str()),
        (
            "Walk to the window",
            "Stand up and walk to the window.\nWalking breaks up sitting."
        )
    );
    assert_eq!(env.status()["pending"]["prompt"], "movement.custom-walk-to-the-window");
}
