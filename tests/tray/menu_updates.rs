//! The menu while it is open: its first line follows the status; hosts that fetch a level at a
//! time are told to fetch each submenu at once.

use super::*;

#[test]
fn the_menus_first_line_follows_the_status_while_the_menu_is_open() {
    let env = TestEnv::new(QUICK);
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);
    // A menu proxy of the test's own for the signals: a proxy unsubscribes when its last copy
    // is dropped, which needs the runtime, so it and its streams go before `_in_runtime` does.
    let _in_runtime = panel.runtime.enter();
    let (revision, (headline_id, headline)) = panel.headline();
    assert!(headline.starts_with("Next: posture in "), "{headline}");
    // The host opens the menu, and listens for changes to it as GNOME's extension does.
    let (mut updates, mut layouts) = panel.runtime.block_on(async {
        let menu = MenuProxy::builder(panel.menu.inner().connection())
            .destination(panel.menu.inner().destination().to_owned())
            .unwrap()
            .build()
            .await
            .unwrap();
        menu.about_to_show(0).await.unwrap();
        menu.event(0, "opened", &Value::from(0i32), 0).await.unwrap();
        (
            menu.receive_items_properties_updated().await.unwrap(),
            menu.receive_layout_updated().await.unwrap(),
        )
    });

    // A new state: the same entry gets its new label, sent to the host as a property change.
    env.ok(&["now"]);
    panel.runtime.block_on(async {
        tokio::time::timeout(DEADLINE, async {
            loop {
                let signal = updates.next().await.expect("the menu's signals go on");
                let args = signal.args().unwrap();
                let label = args
                    .updated_props
                    .iter()
                    .find(|(id, _)| *id == headline_id)
                    .and_then(|(_, props)| props.get("label"))
                    .and_then(|v| String::try_from(v.clone()).ok());
                if label.as_deref() == Some("Posture check waiting") {
                    return;
                }
            }
        })
        .await
        .expect("the new headline, as a property change of the first entry")
    });
    // Read again by layout: same entry, new label; the revision stays, since no entry came or
    // went (ids the host holds stay valid).
    assert_eq!(
        panel.headline(),
        (revision, (headline_id, "Posture check waiting".to_string()))
    );

    // Pause gives way to Resume: a new layout, with a higher revision, and the new headline.
    env.ok(&["pause", "30m"]);
    let announced = panel.runtime.block_on(async {
        let signal = tokio::time::timeout(DEADLINE, layouts.next())
            .await
            .expect("a new layout")
            .unwrap();
        signal.args().unwrap().revision
    });
    assert!(announced > revision, "{announced} > {revision}");
    let (now_revision, (_, now_headline)) = panel.headline();
    assert_eq!(now_revision, announced);
    assert!(now_headline.starts_with("Paused until "), "{now_headline}");
}

/// A node of a `GetLayout` answer: id, properties, children.
type Node = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// The submenus among `children` (id, label), and the labels of the items each came with.
fn submenus(children: Vec<OwnedValue>) -> Vec<(i32, String, Vec<String>)> {
    let text =
        |props: &HashMap<String, OwnedValue>, key: &str| props.get(key).and_then(|v| String::try_from(v.clone()).ok());
    children
        .into_iter()
        .map(|child| Node::try_from(child).unwrap())
        .filter(|(_, props, _)| text(props, "children-display").as_deref() == Some("submenu"))
        .map(|(id, props, items)| {
            let labels = items
                .into_iter()
                .map(|item| text(&Node::try_from(item).unwrap().1, "label").unwrap_or_default())
                .collect();
            (id, text(&props, "label").unwrap_or_default(), labels)
        })
        .collect()
}

#[test]
fn hosts_that_fetch_the_menu_a_level_at_a_time_are_told_to_fetch_each_submenu_at_once() {
    let env = TestEnv::new(QUICK);
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);
    // A menu proxy of the test's own for the signals (see the test above).
    let _in_runtime = panel.runtime.enter();
    let (menu, mut layouts) = panel.runtime.block_on(async {
        let menu = MenuProxy::builder(panel.menu.inner().connection())
            .destination(panel.menu.inner().destination().to_owned())
            .unwrap()
            .build()
            .await
            .unwrap();
        let layouts = menu.receive_layout_updated().await.unwrap();
        (menu, layouts)
    });
    let next_layout = |layouts: &mut LayoutUpdatedStream| {
        panel.runtime.block_on(async {
            let signal = tokio::time::timeout(DEADLINE, layouts.next())
                .await
                .expect("a LayoutUpdated")
                .unwrap();
            let args = signal.args().unwrap();
            (args.revision, args.parent)
        })
    };
    // Signals come before the reply to the call that caused them: none queued after a reply
    // means none was sent.
    let none_queued = |layouts: &mut LayoutUpdatedStream| {
        panel
            .runtime
            .block_on(futures_lite::future::poll_once(layouts.next()))
            .is_none()
    };

    // libdbusmenu-qt (Plasma's tray) reads the first level, where the submenus come empty ...
    let (revision, root) = panel.runtime.block_on(menu.get_layout(0, 1, &[])).unwrap();
    let first = submenus(root.2);
    let labels: Vec<(&str, usize)> = first.iter().map(|(_, l, items)| (l.as_str(), items.len())).collect();
    assert_eq!(labels, [("Snooze", 0), ("Pause", 0)]);
    // ... and is told to read each of them now, not when it opens them ...
    let hinted = [next_layout(&mut layouts), next_layout(&mut layouts)];
    assert_eq!(hinted, [(revision, first[0].0), (revision, first[1].0)]);
    // ... which it does as it does for an opening submenu: one level under it.
    for (id, _, _) in &first {
        let (at, node) = panel.runtime.block_on(menu.get_layout(*id, 1, &[])).unwrap();
        assert_eq!(at, revision);
        let items: Vec<String> = node
            .2
            .into_iter()
            .map(|item| {
                let props = Node::try_from(item).unwrap().1;
                String::try_from(props["label"].clone()).unwrap()
            })
            .collect();
        let expected: &[&str] = if *id == first[0].0 {
            &["5 min", "10 min", "15 min", "30 min"]
        } else {
            &["30 min", "1 hour", "Until tomorrow"]
        };
        assert_eq!(items, expected);
    }
    // Opening a submenu changes nothing: AboutToShow says so, and no new layout follows.
    assert!(!panel.runtime.block_on(menu.about_to_show(first[0].0)).unwrap());
    assert!(!panel.runtime.block_on(menu.about_to_show(0)).unwrap());
    // The same level read again (as after each AboutToShow that says true) is not hinted
    // again: a host that answered each hint with it would loop.
    panel.runtime.block_on(menu.get_layout(0, 1, &[])).unwrap();
    assert!(none_queued(&mut layouts));
    // A host that reads the whole tree (GNOME's extension) gets the submenus' items with it,
    // and no hint.
    let (_, whole) = panel.runtime.block_on(menu.get_layout(0, -1, &[])).unwrap();
    let labels: Vec<(String, usize)> = submenus(whole.2)
        .into_iter()
        .map(|(_, l, items)| (l, items.len()))
        .collect();
    assert_eq!(labels, [("Snooze".to_string(), 4), ("Pause".to_string(), 3)]);
    assert!(none_queued(&mut layouts));

    // A new layout (Pause gives way to Resume) has new ids: the remaining submenu is hinted anew.
    env.ok(&["pause", "30m"]);
    let (changed, parent) = next_layout(&mut layouts);
    assert!(changed > revision && parent == 0, "{changed} > {revision}, {parent}");
    let (at, root) = panel.runtime.block_on(menu.get_layout(0, 1, &[])).unwrap();
    let snooze = submenus(root.2);
    assert_eq!((at, snooze.len(), snooze[0].1.as_str()), (changed, 1, "Snooze"));
    assert_ne!(snooze[0].0, first[0].0);
    assert_eq!(next_layout(&mut layouts), (changed, snooze[0].0));
    assert!(none_queued(&mut layouts));
}
