//! Clicks on the icon, and its accessible description following the status.

use super::*;

#[test]
fn clicks_on_the_icon_take_a_break_and_show_the_status() {
    let env = TestEnv::new(QUICK);
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);
    // Plasma 6.4 and later open the menu on a left click, without calling Activate.
    assert!(panel.runtime.block_on(panel.item.item_is_menu()).unwrap());

    // A middle click: "Take a break now".
    panel.runtime.block_on(panel.item.secondary_activate(0, 0)).unwrap();
    let prompt = env.fake().wait_for_notify(1);
    let s = env.status();
    assert_eq!(
        (s["state"].as_str(), s["pending"]["category"].as_str()),
        (Some("pending"), Some("posture"))
    );
    assert_eq!(prompt.summary, s["pending"]["title"].as_str().unwrap());
    wait_for("the title to say a prompt waits", || {
        (panel.title() == "Posture check waiting").then_some(())
    });

    // A left click in Plasma before 6.4, which calls Activate whatever ItemIsMenu says and opens
    // the menu only when the call fails: refused, and nothing shown.
    let connection = panel.item.inner().connection().clone();
    panel
        .runtime
        .block_on(connection.request_name("org.kde.plasmashell"))
        .unwrap();
    let refused = panel.runtime.block_on(panel.item.activate(0, 0)).unwrap_err();
    assert!(
        matches!(&refused, zbus::Error::MethodError(name, ..) if name.as_str() == "org.freedesktop.DBus.Error.UnknownMethod"),
        "{refused:?}"
    );
    panel
        .runtime
        .block_on(connection.release_name("org.kde.plasmashell"))
        .unwrap();
    assert_eq!(env.fake().notifies().len(), 1, "nothing shown for Plasma's left click");

    // A double click in GNOME: the status, as the tray's tooltip has it, in a notification with
    // nothing to answer. Activate succeeds.
    panel.runtime.block_on(panel.item.activate(0, 0)).unwrap();
    let shown = env.fake().wait_for_notify(2);
    assert_eq!(
        (shown.summary.as_str(), shown.body.as_str(), shown.actions.len()),
        (
            "Posture check waiting",
            format!(
                "{}\nToday: 0 done · 0 snoozed · 0 skipped · water 0/8",
                s["pending"]["title"].as_str().unwrap()
            )
            .as_str(),
            0
        )
    );
    // The status changed nothing: the prompt still waits, nothing was logged, and no second
    // prompt was shown.
    assert_eq!(env.status()["pending"], s["pending"]);
    assert_eq!(env.acks().len(), 0);
    assert_eq!(env.fake().notifies().len(), 2);
}

#[test]
fn the_icons_accessible_description_follows_the_status() {
    let env = TestEnv::new(QUICK);
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);
    let desc = || panel.runtime.block_on(panel.item.icon_accessible_desc()).unwrap();
    let attention = || panel.runtime.block_on(panel.item.attention_accessible_desc()).unwrap();
    assert_eq!(desc(), format!("deskbreak: {}", panel.title()));
    assert!(desc().starts_with("deskbreak: Next: posture in "), "{}", desc());
    // The attention icon shows only while a prompt waits.
    assert_eq!(attention(), "deskbreak: a prompt is waiting");

    env.ok(&["now"]);
    wait_for("the description to say a prompt waits", || {
        (desc() == "deskbreak: Posture check waiting").then_some(())
    });
    assert_eq!(attention(), "deskbreak: Posture check waiting");
    env.ok(&["snooze", "10m"]);
    wait_for("the description of the snooze", || {
        desc().starts_with("deskbreak: Posture check back in ").then_some(())
    });

    // Hosts read the description again with the icon, on NewIcon: it is sent when the
    // description alone changes (snoozed and waiting look the same).
    // An item proxy of the test's own for the signal: a proxy unsubscribes when its last copy is
    // dropped, which needs the runtime, so it and its stream go before `_in_runtime` does.
    let _in_runtime = panel.runtime.enter();
    let icon = panel.runtime.block_on(panel.item.icon_pixmap()).unwrap();
    let mut new_icons = panel.runtime.block_on(async {
        let item = ItemProxy::builder(panel.item.inner().connection())
            .destination(panel.item.inner().destination().to_owned())
            .unwrap()
            .build()
            .await
            .unwrap();
        item.receive_new_icon().await.unwrap()
    });
    env.ok(&["done"]);
    panel.runtime.block_on(async {
        tokio::time::timeout(DEADLINE, new_icons.next())
            .await
            .expect("NewIcon for the new description")
    });
    wait_for("the description of the next prompt", || {
        desc().starts_with("deskbreak: Next: movement in ").then_some(())
    });
    assert_eq!(panel.runtime.block_on(panel.item.icon_pixmap()).unwrap(), icon);

    env.ok(&["pause", "30m"]);
    wait_for("the description of the pause", || {
        desc().starts_with("deskbreak: Paused until ").then_some(())
    });
    assert_eq!(desc(), format!("deskbreak: {}", panel.title()));
}
