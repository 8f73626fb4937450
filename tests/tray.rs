//! The tray end to end: the real daemon with its StatusNotifierItem on a private bus, a fake
//! panel (StatusNotifierWatcher) that comes late and restarts, menu clicks through dbusmenu (with
//! the launch tokens GNOME's AppIndicator extension hands over, ended on Wayland and X11), and
//! the status-bar formats of `deskbreak status`.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod bus;
    pub mod catalogue;
    pub mod env;
    pub mod gsettings;
    pub mod notifications;
    pub mod sni_watcher;
    pub mod wait;
    pub mod wayland;
    pub mod x11;
}

use common::catalogue::Catalogue;
use common::env::{QUICK, TestEnv};
use common::sni_watcher::FakeWatcher;
use common::wait::{DEADLINE, wait_for};
use common::wayland::FakeCompositor;
use common::x11::Xvfb;
use futures_lite::StreamExt;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use x11rb::connection::Connection as _;
use x11rb::protocol::Event as XEvent;
use x11rb::protocol::xproto::{Atom, ChangeWindowAttributesAux, ConnectionExt as _, EventMask, Window};
use x11rb::rust_connection::RustConnection;
use zbus::proxy::CacheProperties;
use zbus::zvariant::{OwnedValue, Value};

type Pixmaps = Vec<(i32, i32, Vec<u8>)>;

#[zbus::proxy(interface = "org.kde.StatusNotifierItem", default_path = "/StatusNotifierItem")]
trait Item {
    #[zbus(property)]
    fn title(&self) -> zbus::Result<String>;
    #[zbus(property)]
    fn status(&self) -> zbus::Result<String>;
    #[zbus(property)]
    fn icon_pixmap(&self) -> zbus::Result<Pixmaps>;
    #[zbus(property)]
    fn tool_tip(&self) -> zbus::Result<(String, Pixmaps, String, String)>;
    #[zbus(property)]
    fn item_is_menu(&self) -> zbus::Result<bool>;
    #[zbus(property)]
    fn icon_accessible_desc(&self) -> zbus::Result<String>;
    #[zbus(property)]
    fn attention_accessible_desc(&self) -> zbus::Result<String>;
    fn provide_xdg_activation_token(&self, token: &str) -> zbus::Result<()>;
    fn activate(&self, x: i32, y: i32) -> zbus::Result<()>;
    fn secondary_activate(&self, x: i32, y: i32) -> zbus::Result<()>;
    #[zbus(signal)]
    fn new_icon(&self) -> zbus::Result<()>;
}

#[zbus::proxy(interface = "com.canonical.dbusmenu", default_path = "/MenuBar")]
trait Menu {
    fn get_layout(
        &self,
        parent_id: i32,
        recursion_depth: i32,
        property_names: &[&str],
    ) -> zbus::Result<(u32, (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>))>;
    fn event(&self, id: i32, event_id: &str, data: &Value<'_>, timestamp: u32) -> zbus::Result<()>;
    fn about_to_show(&self, id: i32) -> zbus::Result<bool>;
    #[zbus(signal)]
    fn items_properties_updated(
        &self,
        updated_props: Vec<(i32, HashMap<String, OwnedValue>)>,
        removed_props: Vec<(i32, Vec<String>)>,
    ) -> zbus::Result<()>;
    #[zbus(signal)]
    fn layout_updated(&self, revision: u32, parent: i32) -> zbus::Result<()>;
}

/// One menu entry: its id, its label path ("Snooze/10 min") and whether it can be chosen.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    id: i32,
    path: String,
    enabled: bool,
}

/// What a panel does with the item: read its properties and menu, click entries.
struct Panel {
    runtime: tokio::runtime::Runtime,
    item: ItemProxy<'static>,
    menu: MenuProxy<'static>,
}

impl Panel {
    fn connect(env: &TestEnv, service: &str) -> Panel {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (item, menu) = runtime.block_on(async {
            let conn = zbus::connection::Builder::address(env.bus.address.as_str())
                .unwrap()
                .build()
                .await
                .unwrap();
            let item = ItemProxy::builder(&conn)
                .destination(service.to_string())
                .unwrap()
                .cache_properties(CacheProperties::No)
                .build()
                .await
                .unwrap();
            let menu = MenuProxy::builder(&conn)
                .destination(service.to_string())
                .unwrap()
                .build()
                .await
                .unwrap();
            (item, menu)
        });
        Panel { runtime, item, menu }
    }

    fn title(&self) -> String {
        self.runtime.block_on(self.item.title()).unwrap()
    }

    fn entries(&self) -> Vec<Entry> {
        let (_, root) = self.runtime.block_on(self.menu.get_layout(0, -1, &[])).unwrap();
        let mut out = Vec::new();
        for child in root.2 {
            flatten(child, "", &mut out);
        }
        out
    }

    fn entry(&self, path: &str) -> Entry {
        let entries = self.entries();
        entries
            .iter()
            .find(|e| e.path == path)
            .cloned()
            .unwrap_or_else(|| panic!("no menu entry {path:?} in {entries:?}"))
    }

    fn click(&self, path: &str) {
        let entry = self.entry(path);
        assert!(entry.enabled, "{path} is enabled");
        self.runtime
            .block_on(self.menu.event(entry.id, "clicked", &Value::from(0i32), 0))
            .unwrap();
    }

    /// Clicks `path` as GNOME's AppIndicator extension does (`dbusMenu.js`, `_onActivate`): it
    /// announces a launch, hands its id over with `ProvideXdgActivationToken`, and sends the
    /// click right after, without waiting for the first reply. Both calls must succeed (a failed
    /// hand-over would make the extension cancel the launch itself).
    fn click_with_token(&self, path: &str, token: &str) {
        let entry = self.entry(path);
        assert!(entry.enabled, "{path} is enabled");
        let (provided, clicked) = self.runtime.block_on(futures_lite::future::zip(
            self.item.provide_xdg_activation_token(token),
            self.menu.event(entry.id, "clicked", &Value::from(0i32), 0),
        ));
        provided.unwrap();
        clicked.unwrap();
    }

    /// A middle click on the icon with a launch token, as the extension sends it.
    fn middle_click_with_token(&self, token: &str) {
        let (provided, clicked) = self.runtime.block_on(futures_lite::future::zip(
            self.item.provide_xdg_activation_token(token),
            self.item.secondary_activate(0, 0),
        ));
        provided.unwrap();
        clicked.unwrap();
    }

    /// A double click on the icon as GNOME's AppIndicator extension sends it (`open`): the launch
    /// token first, then `Activate`, each awaited. Both must succeed: an UnknownMethod error makes
    /// the extension stop activating the item for the rest of the session.
    fn double_click_with_token(&self, token: &str) {
        self.runtime.block_on(async {
            self.item.provide_xdg_activation_token(token).await.unwrap();
            self.item.activate(0, 0).await.unwrap();
        });
    }

    /// The menu's revision and its first entry (id, label), read with `GetLayout` as a host
    /// reads them.
    fn headline(&self) -> (u32, (i32, String)) {
        let (revision, root) = self.runtime.block_on(self.menu.get_layout(0, -1, &[])).unwrap();
        let first = root.2.into_iter().next().expect("a first entry");
        let mut entries = Vec::new();
        flatten(first, "", &mut entries);
        (revision, (entries[0].id, entries[0].path.clone()))
    }
}

fn flatten(node: OwnedValue, parent: &str, out: &mut Vec<Entry>) {
    let (id, props, children): (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>) = node.try_into().unwrap();
    let text = |key: &str| props.get(key).and_then(|v| String::try_from(v.clone()).ok());
    if text("type").as_deref() == Some("separator") {
        out.push(Entry {
            id,
            path: format!("{parent}---"),
            enabled: false,
        });
        return;
    }
    let path = format!("{parent}{}", text("label").unwrap_or_default());
    let enabled = props.get("enabled").is_none_or(|v| bool::try_from(v.clone()).unwrap());
    out.push(Entry {
        id,
        path: path.clone(),
        enabled,
    });
    for child in children {
        flatten(child, &format!("{path}/"), out);
    }
}

/// Waits until the watcher has `n` registrations; returns the last one.
fn registered(watcher: &FakeWatcher, n: usize) -> String {
    wait_for(&format!("registration #{n} with the watcher"), || {
        watcher.items().get(n - 1).cloned()
    })
}

fn menu_paths(panel: &Panel) -> Vec<(String, bool)> {
    panel.entries().into_iter().map(|e| (e.path, e.enabled)).collect()
}

/// The daemon with its tray, started in `vars` (a display), and a panel showing its item.
fn daemon_with_panel(env: &TestEnv, vars: &[(&str, &str)]) -> (common::env::Daemon, FakeWatcher, Panel) {
    let daemon = env.start_daemon_in(vars, &["run"]);
    let watcher = FakeWatcher::start(&env.bus.address);
    let panel = Panel::connect(env, &registered(&watcher, 1));
    (daemon, watcher, panel)
}

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

/// The headline the tray and the bars show for a pending prompt of `category`.
fn waiting_label(category: &str) -> &'static str {
    match category {
        "posture" => "Posture check",
        "movement" => "Movement break",
        _ => "Water break",
    }
}

#[test]
fn status_formats_for_bars_are_exact() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    env.ok(&["now"]);
    let s = env.status();
    let headline = format!("{} waiting", waiting_label(s["pending"]["category"].as_str().unwrap()));
    let title = s["pending"]["title"].as_str().unwrap();
    assert_eq!(
        env.ok(&["status", "--format", "waybar"]),
        format!(
            "{{\"text\":\"{headline}\",\"tooltip\":\"{headline}\\n{title}\\nToday: 0 done · 0 snoozed · 0 skipped · water 0/8\",\"class\":\"pending\",\"alt\":\"pending\"}}\n"
        )
    );
    assert_eq!(env.ok(&["status", "--format", "text"]), format!("{headline}\n"));
    assert_eq!(env.ok(&["status", "--format", "json"]), env.ok(&["status", "--json"]));

    env.ok(&["pause", "--until", "23:59"]);
    let until = env.status()["paused_until"].as_str().unwrap().to_string();
    // Right at midnight the pause ends tomorrow, which the line spells with the weekday.
    let today = deskbreak_host::clock::now().format("%Y-%m-%d").to_string();
    let when = if until.starts_with(&today) {
        "23:59".to_string()
    } else {
        format!("{} 23:59", chrono_weekday(&until))
    };
    assert_eq!(
        env.ok(&["status", "--format", "waybar"]),
        format!(
            "{{\"text\":\"Paused until {when}\",\"tooltip\":\"Paused until {when}\\nToday: 0 done · 0 snoozed · 1 skipped · water 0/8\",\"class\":\"paused\",\"alt\":\"paused\"}}\n"
        )
    );
}

/// "Thu" for an RFC 3339 timestamp.
fn chrono_weekday(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .format("%a")
        .to_string()
}

#[test]
fn status_watch_prints_a_line_per_change_and_ends_with_the_daemon() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let mut watch = env
        .cmd()
        .args(["status", "--watch"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines_tx, lines) = std::sync::mpsc::channel();
    let stdout = watch.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = lines_tx.send(line.unwrap());
        }
    });
    let next = || lines.recv_timeout(common::wait::DEADLINE).expect("a status line");
    let first = next();
    assert!(first.starts_with("Next: posture in "), "{first}");
    env.ok(&["now"]);
    assert_eq!(next(), "Posture check waiting");
    env.ok(&["snooze", "10m"]);
    assert_eq!(next(), "Posture check back in 10 min");
    env.ok(&["done"]);
    let line = next();
    assert!(line.starts_with("Next: movement in "), "{line}");
    // A status request changes nothing, so it prints nothing.
    env.ok(&["status"]);
    env.ok(&["quit"]);
    daemon.wait_exit();
    let status = wait_for("the watcher to end", || watch.try_wait().unwrap());
    assert_eq!(status.code(), Some(3));
    assert!(lines.try_recv().is_err(), "no line without a change");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut watch.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(
        stderr.starts_with("deskbreak: deskbreak stopped (the daemon at "),
        "{stderr}"
    );
}

#[test]
fn a_menu_choice_ends_the_launch_the_panel_announced_on_wayland() {
    let env = TestEnv::new(QUICK);
    let compositor = FakeCompositor::start(&env.path("run"));
    let (daemon, _watcher, panel) = daemon_with_panel(&env, &[("WAYLAND_DISPLAY", &compositor.display)]);

    // A host that announces no launch (KDE's, xfce4-panel's) is told nothing.
    panel.click("My legs are numb");
    assert_eq!(env.wait_for_acks(1)[0]["outcome"], "relief");

    panel.click_with_token("Drank a glass of water", "some-token");
    let r = env.wait_for_acks(2)[1].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("drink"), Some("tray"))
    );
    let ids = wait_for("the compositor to hear the launch end", || {
        Some(compositor.startup_ids()).filter(|ids| !ids.is_empty())
    });
    assert_eq!(ids, [Some("some-token".to_string())]);

    // A middle click on the icon takes a break, and its launch ends.
    panel.middle_click_with_token("middle-token");
    let ids = wait_for("the second launch to end", || {
        Some(compositor.startup_ids()).filter(|ids| ids.len() > 1)
    });
    assert_eq!(ids, [Some("some-token".to_string()), Some("middle-token".to_string())]);
    // (The first notification was the relief steps.)
    let prompt = env.fake().wait_for_notify(2);
    assert_eq!(prompt.summary, env.status()["pending"]["title"].as_str().unwrap());

    // So does a double click's, which shows the status.
    panel.double_click_with_token("double-token");
    let ids = wait_for("the third launch to end", || {
        Some(compositor.startup_ids()).filter(|ids| ids.len() > 2)
    });
    assert_eq!(ids[2], Some("double-token".to_string()));
    assert_eq!(env.fake().wait_for_notify(3).summary, "Posture check waiting");

    // Quit ends the process, but not before its launch has ended too.
    panel.click_with_token("Quit", "quit-token");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success());
    assert_eq!(
        compositor.startup_ids(),
        ["some-token", "middle-token", "double-token", "quit-token"].map(|id| Some(id.to_string()))
    );
}

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

/// An X client that hears startup notification messages as a window manager does: it selects
/// `PropertyChangeMask` on the root window and joins the pieces each sender window sends.
struct StartupListener {
    conn: RustConnection,
    root: Window,
    begin: Atom,
    more: Atom,
    pieces: HashMap<Window, Vec<u8>>,
}

impl StartupListener {
    fn connect(display: &str) -> StartupListener {
        let (conn, screen) = x11rb::connect(Some(display)).unwrap();
        let root = conn.setup().roots[screen].root;
        let listen = ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE);
        // Checked: the selection is in force before anyone sends.
        conn.change_window_attributes(root, &listen).unwrap().check().unwrap();
        let atom = |name: &[u8]| conn.intern_atom(false, name).unwrap().reply().unwrap().atom;
        let (begin, more) = (atom(b"_NET_STARTUP_INFO_BEGIN"), atom(b"_NET_STARTUP_INFO"));
        StartupListener {
            conn,
            root,
            begin,
            more,
            pieces: HashMap::new(),
        }
    }

    /// The next whole message: its text up to the NUL, after checking that the pieces came from
    /// a window of the sender's (not the root) and that the rest of the last piece is zeros.
    fn next_message(&mut self) -> String {
        wait_for("a startup notification message", || {
            while let Some(event) = self.conn.poll_for_event().unwrap() {
                let XEvent::ClientMessage(m) = event else { continue };
                let data = m.data.as_data8();
                if m.type_ == self.begin {
                    assert_eq!(m.format, 8);
                    self.pieces.insert(m.window, data.to_vec());
                } else if m.type_ == self.more {
                    assert_eq!(m.format, 8);
                    self.pieces
                        .get_mut(&m.window)
                        .expect("_NET_STARTUP_INFO after a _NET_STARTUP_INFO_BEGIN from the same window")
                        .extend(data);
                } else {
                    continue;
                }
                let Some(end) = self.pieces[&m.window].iter().position(|&b| b == 0) else {
                    continue;
                };
                assert_ne!(m.window, self.root, "sent from a window of the sender's own");
                let message = self.pieces.remove(&m.window).unwrap();
                assert!(message[end..].iter().all(|&b| b == 0), "{message:?}");
                return Some(String::from_utf8(message[..end].to_vec()).unwrap());
            }
            None
        })
    }
}

#[test]
fn a_menu_choice_ends_the_launch_the_panel_announced_on_x11() {
    let x = Xvfb::start();
    let mut listener = StartupListener::connect(&x.display);
    let env = TestEnv::new(QUICK);
    let (daemon, _watcher, panel) = daemon_with_panel(&env, &[("DISPLAY", &x.display)]);

    panel.click_with_token("Drank a glass of water", "some-token");
    assert_eq!(listener.next_message(), "remove: ID=some-token");
    let r = env.wait_for_acks(1)[0].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("drink"), Some("tray"))
    );

    // An id with a space, a quote and a backslash is quoted as the specification says.
    panel.click_with_token("Drank a glass of water", r#"odd "id" \ here"#);
    assert_eq!(listener.next_message(), r#"remove: ID="odd \"id\" \\ here""#);

    // The clicks on the icon itself: a middle click and a double click.
    panel.middle_click_with_token("middle-token");
    assert_eq!(listener.next_message(), "remove: ID=middle-token");
    panel.double_click_with_token("double-token");
    assert_eq!(listener.next_message(), "remove: ID=double-token");

    // Quit ends the process, but not before its launch has ended too.
    panel.click_with_token("Quit", "quit-token");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success());
    assert_eq!(listener.next_message(), "remove: ID=quit-token");
}

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

#[test]
fn statistics_writes_the_weeks_page_and_opens_it_in_the_browser() {
    let env = TestEnv::new(QUICK);
    // Debian's own xdg-open (xdg-utils, which scripts/test installs): with no desktop to ask, it
    // checks the file and hands it to `$BROWSER`, here a browser that notes what it was given.
    let opened = env.path("opened");
    let browser = env.bin().join("browser");
    write_program(
        &browser,
        &format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", opened.display()),
    );
    std::fs::create_dir_all(env.acks_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.acks_path(),
        format!(
            "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"drink\",\"glasses\":3,\"via\":\"cli\"}}\n",
            deskbreak_host::clock::now().to_rfc3339()
        ),
    )
    .unwrap();
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[("BROWSER", browser.to_str().unwrap())]);

    panel.click("Statistics…");
    let page = env.path("cache/deskbreak/report.html");
    let asked = wait_for("the opener to be asked", || std::fs::read_to_string(&opened).ok());
    assert_eq!(asked, format!("{}\n", page.display()));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h1>Your week with deskbreak</h1>"), "{html}");
    assert!(
        html.contains("<p>3 glasses in all; the target of 8 glasses a day was reached on 0 of 7 days.</p>"),
        "today's drink is on the page: {html}"
    );
    assert_eq!(env.fake().notifies().len(), 0, "no notification: nothing failed");
    // The log says what the menu choice did.
    for line in [
        format!("tray: wrote the report of the last 7 days to {}", page.display()),
        format!("tray: opened {}", page.display()),
    ] {
        wait_for("the daemon log to say so", || {
            env.daemon_log().contains(&line).then_some(())
        });
    }
}

/// A tray choice the log cannot take (a full disk) is not kept: the person, who reads no reply,
/// is told in a notification that stays until dismissed, and nothing is lost once there is room.
#[test]
fn a_tray_choice_that_cannot_be_recorded_says_so_where_the_person_sees_it() {
    let env = TestEnv::new(QUICK);
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);
    std::fs::create_dir_all(env.acks_path().parent().unwrap()).unwrap();
    // Every write to /dev/full fails with "No space left on device".
    let _ = std::fs::remove_file(env.acks_path());
    std::os::unix::fs::symlink("/dev/full", env.acks_path()).unwrap();
    panel.click("Drank a glass of water");
    let n = env.fake().wait_for_notify(1);
    assert_eq!(n.summary, "deskbreak: not recorded");
    assert!(
        n.body
            .starts_with(&format!("could not write to {}: ", env.acks_path().display()))
            && n.body
                .ends_with("; nothing was recorded. Free some space (or fix the file), then choose it again."),
        "{}",
        n.body
    );
    assert_eq!(n.expire_timeout, 0, "it stays until dismissed");
    assert_eq!(env.status()["today"]["water"], 0);
}

#[test]
fn open_config_with_no_application_for_it_says_so_with_the_path() {
    let env = TestEnv::new(QUICK);
    // xdg-open on a desktop where no application opens a .toml file: it exits 3.
    write_program(
        &env.bin().join("xdg-open"),
        "#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n",
    );
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);

    panel.click("Open config file");
    let n = env.fake().wait_for_notify(1);
    let config = env.path("config/deskbreak/config.toml");
    assert_eq!(
        (n.summary.as_str(), n.body),
        (
            "deskbreak: cannot open the config file",
            format!(
                "No application opens it (xdg-open: exit status: 3). Open {} in your editor, or run \
                 `deskbreak config edit`.",
                config.display()
            )
        )
    );
    assert_eq!(
        n.expire_timeout, 0,
        "an error with a path to read stays until dismissed"
    );
    let logged = format!("WARN tray: cannot open {}: No application opens it", config.display());
    wait_for("the daemon log to say so", || {
        env.daemon_log().contains(&logged).then_some(())
    });
}

/// Writes an executable script.
fn write_program(path: &std::path::Path, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, script).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

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
