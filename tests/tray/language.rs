//! The session's language in the notification, the tray and the commands.

use super::*;

/// The session's language, as `LANG` or a `LANGUAGE` list give it: the notification (summary,
/// body, buttons), the tray's menu and title, `status` and `doctor` all speak it; a language
/// deskbreak has no catalogue for gives English, with nothing missing.
#[test]
fn the_daemon_its_tray_and_its_commands_speak_the_sessions_language() {
    let sessions: [(&[(&str, &str)], &str); 3] = [
        (&[("LANG", "de_DE.UTF-8")], "de"),
        (&[("LANGUAGE", "fr:en"), ("LANG", "en_US.UTF-8")], "fr"),
        (&[("LANG", "xx_YY.UTF-8")], "en"),
    ];
    let english = Catalogue::of("en");
    for (vars, language) in sessions {
        let env = TestEnv::new(QUICK);
        let (_daemon, _watcher, panel) = daemon_with_panel(&env, vars);
        let words = Catalogue::of(language);
        if language != "en" {
            assert_ne!(
                words.get("menu-quit", &[]),
                english.get("menu-quit", &[]),
                "{language} is translated"
            );
        }
        let run = |args: &[&str]| {
            let out = env.cmd().envs(vars.iter().copied()).args(args).output().unwrap();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };

        let shown = run(&["now"]);
        let pending = env.status()["pending"].clone();
        let message = format!("prompt-{}", pending["prompt"].as_str().unwrap().replace('.', "-"));
        let title = words.get(&message, &[]);
        assert_eq!(
            shown,
            format!("{}\n", words.get("reply-showing", &[("title", title.clone().into())]))
        );
        let n = env.fake().wait_for_notify(1);
        assert_eq!(n.summary, title, "{language}");
        assert_eq!(
            n.body,
            format!("{}\n{}", words.attr(&message, "text"), words.attr(&message, "why"))
        );
        let ten_minutes = words.get("span-minutes", &[("minutes", 10.into())]);
        assert_eq!(
            n.actions,
            [
                "done".to_string(),
                words.get("button-done", &[]),
                "snooze".into(),
                words.get("button-snooze", &[("span", ten_minutes.clone().into())]),
                "skip".into(),
                words.get("button-skip", &[]),
            ]
        );

        // The tray: its title is the headline, its menu in the language.
        let category = pending["category"].as_str().unwrap();
        let label = words.get(&format!("label-{category}"), &[]);
        let headline = words.get("glance-waiting", &[("label", label.into())]);
        wait_for("the tray's headline", || (panel.title() == headline).then_some(()));
        let menu: Vec<String> = menu_paths(&panel).into_iter().map(|(path, _)| path).collect();
        let snooze = words.get("menu-snooze", &[]);
        for expected in [
            words.get("menu-done", &[]),
            format!("{snooze}/{ten_minutes}"),
            words.get("menu-skip", &[]),
            words.get("menu-break-now", &[]),
            format!(
                "{}/{}",
                words.get("menu-pause", &[]),
                words.get("menu-until-tomorrow", &[])
            ),
            words.get("menu-drank-water", &[]),
            words.get("menu-legs-numb", &[]),
            words.get("menu-statistics", &[]),
            words.get("menu-open-config", &[]),
            words.get("menu-quit", &[]),
        ] {
            assert!(menu.contains(&expected), "{language}: {expected:?} in {menu:?}");
        }

        assert_eq!(run(&["status", "--format", "text"]), format!("{headline}\n"));
        let status = run(&["status"]);
        let state = words.get("state-pending", &[]);
        assert!(
            status.starts_with(&format!("{}\n", words.get("status-state", &[("state", state.into())]))),
            "{language}: {status}"
        );
        let doctor = run(&["doctor"]);
        let finding = |what: &str| {
            doctor
                .lines()
                .find(|l| l.starts_with(&words.get(what, &[])))
                .unwrap_or_else(|| panic!("{language}: no {what} line in {doctor}"))
        };
        for (what, found) in [
            ("doctor-daemon", words.get("doctor-running", &[])),
            // The test's session has no idle source, and its notification server is not GNOME's.
            ("doctor-idle", words.get("doctor-idle-none", &[])),
            (
                "doctor-gnome-banners",
                words.get(
                    "doctor-banners-not-followed",
                    &[(
                        "why",
                        words
                            .get(
                                "doctor-banners-other-server",
                                &[("server", "fake-notifications".into())],
                            )
                            .into(),
                    )],
                ),
            ),
        ] {
            let line = finding(what);
            assert!(line.ends_with(&format!(" {found}")), "{language}: {line}");
        }
    }
}
