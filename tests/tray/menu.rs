//! A late panel shows the item and its menu answers prompts; the item registers again when
//! the panel restarts; no panel, or no tray at all.

use super::*;

#[test]
fn a_late_panel_shows_the_item_and_its_menu_answers_prompts() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon_with(&["run"]);
    // The panel starts after deskbreak, as at login.
    let watcher = FakeWatcher::start(&env.bus.address);
    let service = registered(&watcher, 1);
    assert!(service.starts_with("org.kde.StatusNotifierItem-"), "{service}");
    let panel = Panel::connect(&env, &service);

    let headline = env.ok(&["status", "--format", "text"]);
    assert_eq!(format!("{}\n", panel.title()), headline);
    assert!(headline.starts_with("Next: posture in "), "{headline}");
    let tooltip = panel.runtime.block_on(panel.item.tool_tip()).unwrap();
    // (icon name, icon pixmaps, title, description)
    assert_eq!(
        (tooltip.2, tooltip.3.as_str()),
        (panel.title(), "Today: 0 done · 0 snoozed · 0 skipped · water 0/8")
    );
    assert_eq!(panel.runtime.block_on(panel.item.status()).unwrap(), "Active");
    let waiting_icon = panel.runtime.block_on(panel.item.icon_pixmap()).unwrap();
    let sizes: Vec<(i32, i32, usize)> = waiting_icon.iter().map(|(w, h, d)| (*w, *h, d.len())).collect();
    assert_eq!(sizes, [(24, 24, 24 * 24 * 4), (48, 48, 48 * 48 * 4)]);

    let title = |enabled: bool| (panel.title(), enabled);
    let off = |p: &str| (p.to_string(), false);
    let on = |p: &str| (p.to_string(), true);
    assert_eq!(
        menu_paths(&panel),
        [
            off(&title(false).0),
            off("---"),
            off("Done"),
            off("Snooze"),
            off("Snooze/5 min"),
            off("Snooze/10 min"),
            off("Snooze/15 min"),
            off("Snooze/30 min"),
            off("Skip"),
            off("---"),
            on("Take a break now"),
            on("Pause"),
            on("Pause/30 min"),
            on("Pause/1 hour"),
            on("Pause/Until tomorrow"),
            on("Drank a glass of water"),
            on("My legs are numb"),
            off("---"),
            off("Today: 0 done · 0 snoozed · 0 skipped · water 0/8"),
            off("---"),
            on("Statistics…"),
            on("Open config file"),
            on("Quit"),
        ]
    );

    // "Take a break now" from the tray shows a prompt, and the item follows.
    panel.click("Take a break now");
    env.fake().wait_for_notify(1);
    let pending = env.status()["pending"].clone();
    assert_eq!(pending["category"], "posture");
    wait_for("the title to say a prompt waits", || {
        (panel.title() == "Posture check waiting").then_some(())
    });
    assert_eq!(panel.runtime.block_on(panel.item.status()).unwrap(), "NeedsAttention");
    assert_ne!(panel.runtime.block_on(panel.item.icon_pixmap()).unwrap(), waiting_icon);
    assert!(panel.entry("Done").enabled && panel.entry("Snooze/10 min").enabled);

    panel.click("Snooze/10 min");
    let r = env.wait_for_acks(1)[0].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str(), r["snooze_s"].as_u64()),
        (Some("snoozed"), Some("tray"), Some(600))
    );
    assert_eq!(r["prompt"], pending["prompt"]);
    let s = env.status();
    assert_eq!(
        (s["state"].as_str(), &s["pending"]["prompt"]),
        (Some("snoozed"), &pending["prompt"])
    );

    panel.click("Done");
    let r = env.wait_for_acks(2)[1].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str(), &r["prompt"]),
        (Some("done"), Some("tray"), &pending["prompt"])
    );
    let s = env.status();
    assert_eq!(s["state"], "waiting");
    assert_eq!(
        s["today"],
        serde_json::json!({"done": 1, "snoozed": 1, "skipped": 0, "missed": 0, "natural": 0, "water": 0})
    );
    wait_for("the counts line to follow", || {
        panel
            .entries()
            .iter()
            .any(|e| e.path == "Today: 1 done · 1 snoozed · 0 skipped · water 0/8")
            .then_some(())
    });

    // Water and "my legs are numb" from the tray, logged as such.
    panel.click("Drank a glass of water");
    let r = env.wait_for_acks(3)[2].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["glasses"].as_u64(), r["via"].as_str()),
        (Some("drink"), Some(1), Some("tray"))
    );
    wait_for("the water count in the menu", || {
        panel
            .entries()
            .iter()
            .any(|e| e.path == "Today: 1 done · 1 snoozed · 0 skipped · water 1/8")
            .then_some(())
    });
    panel.click("My legs are numb");
    let r = env.wait_for_acks(4)[3].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("relief"), Some("tray"))
    );
    let relief = env.fake().wait_for_notify(2);
    assert_eq!(
        relief.body,
        deskbreak_status::relief::body(1, false, std::time::Duration::from_secs(7 * 24 * 3600))
    );

    // Pause and resume from the tray.
    panel.click("Pause/30 min");
    wait_for("the pause", || (env.status()["state"] == "paused").then_some(()));
    wait_for("Resume in the menu", || {
        panel.entries().iter().any(|e| e.path == "Resume").then_some(())
    });
    assert!(panel.title().starts_with("Paused until "), "{}", panel.title());
    panel.click("Resume");
    wait_for("the resume", || (env.status()["state"] == "waiting").then_some(()));

    panel.click("Quit");
    let (status, _, stderr) = daemon.wait_exit();
    assert!(status.success());
    // The panel came after the daemon: one line said so at start, nothing more.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no system tray host on the session bus"), "{stderr}");
}

#[test]
fn the_item_registers_again_when_the_panel_restarts() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon_with(&["run"]);
    let first = FakeWatcher::start(&env.bus.address);
    let service = registered(&first, 1);
    first.stop();
    let second = FakeWatcher::start(&env.bus.address);
    assert_eq!(registered(&second, 1), service);
    // And once more, to be sure it is not a one-off.
    second.stop();
    let third = FakeWatcher::start(&env.bus.address);
    assert_eq!(registered(&third, 1), service);
    let panel = Panel::connect(&env, &service);
    assert_eq!(format!("{}\n", panel.title()), env.ok(&["status", "--format", "text"]));
    env.ok(&["quit"]);
    let (status, _, stderr) = daemon.wait_exit();
    assert!(status.success());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn without_a_panel_the_daemon_says_so_once_and_keeps_working() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon_with(&["run"]);
    env.ok(&["now"]);
    env.fake().wait_for_notify(1);
    env.ok(&["done"]);
    assert_eq!(env.acks()[0]["via"], "cli");
    env.ok(&["now"]);
    env.fake().wait_for_notify(2);
    env.ok(&["quit"]);
    let (status, _, stderr) = daemon.wait_exit();
    assert!(status.success());
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].contains("no system tray host on the session bus (failed to register to the StatusNotifierWatcher: ")
            && lines[0].ends_with("); deskbreak keeps running and shows its icon when a panel starts"),
        "{stderr}"
    );
}

#[test]
fn headless_starts_no_tray() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    // The tray takes its bus name before the daemon answers its socket, so by now it would be there.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let names = runtime.block_on(async {
        let conn = zbus::connection::Builder::address(env.bus.address.as_str())
            .unwrap()
            .build()
            .await
            .unwrap();
        zbus::fdo::DBusProxy::new(&conn)
            .await
            .unwrap()
            .list_names()
            .await
            .unwrap()
    });
    let items: Vec<String> = names
        .iter()
        .map(|n| n.to_string())
        .filter(|n| n.starts_with("org.kde.StatusNotifierItem"))
        .collect();
    assert_eq!(items, Vec::<String>::new());
}
