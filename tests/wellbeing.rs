//! "My legs are numb" and water tracking, end to end through the real daemon.

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
use deskbreak_status::relief;

#[test]
fn relief_shows_the_steps_logs_the_episode_and_advises_on_the_fourth() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let week = std::time::Duration::from_secs(7 * 24 * 3600);
    for episode in 1..=4 {
        let out = env.ok(&["relief"]);
        let advise = episode == 4;
        assert_eq!(
            out,
            format!(
                "{}\n(Also on screen as a notification.)\n",
                relief::body(episode, advise, week)
            )
        );
        let n = env.fake().wait_for_notify(episode as usize);
        assert_eq!(n.summary, "Numb legs: try these steps");
        assert_eq!(n.body, relief::body(episode, advise, week));
        assert_eq!(n.body.contains(&relief::advice()), advise, "episode {episode}");
    }
    let acks = env.acks();
    assert_eq!(acks.len(), 4);
    assert!(
        acks.iter()
            .all(|r| r["outcome"] == "relief" && r["via"] == "cli" && r["v"] == 1)
    );
    let status = env.status();
    assert_eq!(
        status["relief"],
        serde_json::json!({"recent": 4, "advise": true, "within_s": 604_800})
    );
    let text = env.ok(&["status"]);
    assert!(
        text.ends_with(&format!(
            "Your legs went numb 4 times in the last 7 days.\n{}\n",
            relief::advice()
        )),
        "{text}"
    );

    // The episodes survive a restart: the next one still carries the advice.
    env.ok(&["quit"]);
    daemon.wait_exit();
    let _daemon = env.start_daemon();
    assert_eq!(env.status()["relief"]["recent"], 4);
    env.ok(&["relief"]);
    assert!(env.fake().wait_for_notify(5).body.contains(&relief::advice()));
}

#[test]
fn drinks_and_a_done_hydration_prompt_count_glasses() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    assert_eq!(
        env.ok(&["drink", "2"]),
        "2 glasses of water logged. Water today: 2/8.\n"
    );
    let r = &env.acks()[0];
    assert_eq!(
        (r["outcome"].as_str(), r["glasses"].as_u64(), r["via"].as_str()),
        (Some("drink"), Some(2), Some("cli"))
    );
    // posture, movement, then hydration.
    for _ in 0..2 {
        env.ok(&["now"]);
        env.ok(&["skip"]);
    }
    env.ok(&["now"]);
    assert_eq!(env.status()["pending"]["category"], "hydration");
    env.ok(&["done"]);
    let status = env.status();
    assert_eq!(
        (status["today"]["water"].as_u64(), status["water_target"].as_u64()),
        (Some(3), Some(8))
    );
    assert!(env.ok(&["status"]).contains("· water 3/8\n"));
    assert_eq!(env.run(&["drink", "0"]).status.code(), Some(2));
}

/// `drink N` counts glasses with the plural rules of the person's language (CLDR, through
/// Fluent): Polish and Russian have a form for one, for a few and for many, and 22 takes the
/// "few" form again (22 glasses at once are more than `drink` takes, 20: tests/i18n.rs formats
/// them from the catalogues).
#[test]
fn drinks_are_counted_in_the_plural_forms_of_polish_and_russian() {
    let cases = [
        (
            "pl_PL.UTF-8",
            [
                "Zapisano 1 szklankę wody. Woda dziś: 1/8.",
                "Zapisano 2 szklanki wody. Woda dziś: 3/8.",
                "Zapisano 5 szklanek wody. Woda dziś: 8/8.",
                "Zapisano 12 szklanek wody. Woda dziś: 20/8.",
            ],
        ),
        (
            "ru_RU.UTF-8",
            [
                "Записан 1 стакан воды. Вода сегодня: 1/8.",
                "Записано 2 стакана воды. Вода сегодня: 3/8.",
                "Записано 5 стаканов воды. Вода сегодня: 8/8.",
                "Записано 12 стаканов воды. Вода сегодня: 20/8.",
            ],
        ),
    ];
    for (locale, expected) in cases {
        let env = TestEnv::new(QUICK);
        let _daemon = env.start_daemon();
        for (glasses, line) in ["1", "2", "5", "12"].into_iter().zip(expected) {
            let out = env.cmd().env("LANG", locale).args(["drink", glasses]).output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{line}\n"), "{locale}");
        }
    }
}
