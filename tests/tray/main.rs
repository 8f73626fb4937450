//! The tray end to end: the real daemon with its StatusNotifierItem on a private bus, a fake
//! panel (StatusNotifierWatcher) that comes late and restarts, menu clicks through dbusmenu (with
//! the launch tokens GNOME's AppIndicator extension hands over, ended on Wayland and X11), and
//! the status-bar formats of `deskbreak status`.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
#[path = "../common"]
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

mod actions;
mod bars;
mod icon;
mod language;
mod launch;
mod menu;
mod menu_updates;
