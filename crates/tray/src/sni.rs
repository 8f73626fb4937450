//! Linux: the tray as a StatusNotifierItem with a dbusmenu, served by ksni on the daemon's own
//! tokio runtime (no GTK, no extra thread). ksni re-registers the item whenever a
//! StatusNotifierWatcher (the panel) appears or restarts.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::{oneshot, watch};

use ksni::menu::{MenuItem, StandardItem, SubMenu};
use ksni::{OfflineReason, TrayMethods};

use super::icons::{self, Look};
use super::{Action, Actions, Entry, launch_feedback};
use deskbreak_core::model::{State, Status};
use deskbreak_host::clock;
use deskbreak_i18n::fl;
use deskbreak_ipc::protocol::Command;
use deskbreak_status::Glance;

pub struct Sni {
    handle: ksni::Handle<Item>,
}

struct Item {
    glance: Glance,
    actions: Actions,
    /// A missing panel is reported once on stderr; later comings and goings go to the log only.
    warned: AtomicBool,
    /// Launches being ended (`end_launch`), awaited at shutdown.
    launches: Vec<oneshot::Receiver<()>>,
}

/// How long shutdown waits for the displays to hear that a launch ended: one local round trip
/// or a few each, unless a display hangs.
const LAUNCH_GRACE: Duration = Duration::from_secs(1);

impl Sni {
    pub async fn start(mut status: watch::Receiver<Status>, actions: Actions) -> Option<Sni> {
        let item = Item {
            glance: Glance::new(&status.borrow_and_update(), clock::now()),
            actions,
            warned: AtomicBool::new(false),
            launches: Vec::new(),
        };
        // With no watcher yet (the panel starts after us at login), keep the item on the bus
        // and register as soon as one appears, instead of failing.
        let handle = match item.assume_sni_available(true).spawn().await {
            Ok(handle) => handle,
            Err(e) => {
                tracing::warn!("cannot show the tray icon ({e}); deskbreak keeps running without it");
                return None;
            }
        };
        let follower = handle.clone();
        tokio::spawn(async move {
            while status.changed().await.is_ok() {
                let glance = Glance::new(&status.borrow_and_update(), clock::now());
                let update = |item: &mut Item| item.glance = glance;
                if follower.update(update).await.is_none() {
                    break;
                }
            }
        });
        Some(Sni { handle })
    }

    pub async fn shutdown(self) {
        // "Quit" from the menu ends a launch too; exiting first would cut that short and leave
        // the busy pointer up until the desktop's timeout.
        let launches = self.handle.update(|item| std::mem::take(&mut item.launches)).await;
        let ended = async {
            for launch in launches.unwrap_or_default() {
                let _ = launch.await;
            }
        };
        if tokio::time::timeout(LAUNCH_GRACE, ended).await.is_err() {
            tracing::debug!("tray: a display did not hear a launch end within {LAUNCH_GRACE:?}");
        }
        self.handle.shutdown().await;
    }
}

impl ksni::Tray for Item {
    /// A left click opens the menu where the host honours `ItemIsMenu` (Plasma 6.4 and later);
    /// `Activate` still answers (`activate`) for the hosts that call it anyway. Not
    /// `MENU_ON_ACTIVATE`: ksni would refuse `Activate` with UnknownMethod, which makes GNOME's
    /// AppIndicator extension give up on activating the item for the whole session and leaves
    /// the launch it announced for the double click running (a busy pointer for ~15 s).
    const ITEM_IS_MENU: bool = true;

    fn id(&self) -> String {
        "deskbreak".into()
    }

    fn title(&self) -> String {
        self.glance.headline.clone()
    }

    fn status(&self) -> ksni::Status {
        match self.glance.state {
            State::Pending => ksni::Status::NeedsAttention,
            _ => ksni::Status::Active,
        }
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        pixmaps(Look::of(self.glance.state))
    }

    fn attention_icon_pixmap(&self) -> Vec<ksni::Icon> {
        pixmaps(Look::Pending)
    }

    /// What a screen reader says for the icon; GNOME Shell logs an error at every update of an
    /// item without it.
    fn icon_accessible_desc(&self) -> String {
        accessible_desc(&self.glance)
    }

    /// The attention icon shows while a prompt waits, which the headline then says. Otherwise
    /// a text that does not count down, so that the minute's update of the headline does not
    /// announce a new attention icon (`NewAttentionIcon`) too.
    fn attention_accessible_desc(&self) -> String {
        match self.glance.state {
            State::Pending => accessible_desc(&self.glance),
            _ => fl!("tray-attention"),
        }
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: self.glance.headline.clone(),
            description: self.glance.details(),
            ..Default::default()
        }
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        super::menu(&self.glance).into_iter().map(menu_item).collect()
    }

    /// A double click in GNOME's AppIndicator extension, a left click in Plasma before 6.4:
    /// the status, in a notification (there is no window to show).
    fn activate(&mut self, _x: i32, _y: i32) {
        end_launch(self);
        self.actions.show_status(&self.glance);
    }

    /// A middle click: "Take a break now", as from the menu.
    fn secondary_activate(&mut self, _x: i32, _y: i32) {
        end_launch(self);
        self.actions.run(&Action::Send(Command::Now));
    }

    fn watcher_online(&self) {
        tracing::info!("a system tray appeared; the deskbreak icon is registered with it");
    }

    fn watcher_offline(&self, reason: OfflineReason) -> bool {
        let why = match reason {
            OfflineReason::Error(e) => e.to_string(),
            _ => "it went away".into(),
        };
        if self.warned.swap(true, Ordering::Relaxed) {
            tracing::info!("no system tray host ({why}); the icon comes back when a panel starts");
        } else {
            tracing::warn!(
                "no system tray host on the session bus ({why}); deskbreak keeps running and shows its icon when a panel starts"
            );
        }
        // Keep serving: the watcher may come (back) later.
        true
    }
}

/// "deskbreak: Posture check waiting": the headline, and whose it is.
fn accessible_desc(glance: &Glance) -> String {
    format!("deskbreak: {}", glance.headline)
}

fn pixmaps(look: Look) -> Vec<ksni::Icon> {
    icons::pixmaps(look)
        .iter()
        .map(|p| ksni::Icon {
            width: p.size as i32,
            height: p.size as i32,
            data: p.argb.clone(),
        })
        .collect()
}

fn activate(action: Action) -> Box<dyn Fn(&mut Item) + Send> {
    Box::new(move |item: &mut Item| {
        end_launch(item);
        item.actions.run(&action);
    })
}

/// Ends the launch the host announced for this click, if it gave us one: GNOME shows a busy
/// pointer until the launch completes, and no window of ours will ever complete it.
fn end_launch(item: &mut Item) {
    if let Some(token) = ksni::current_xdg_activation_token() {
        // Launches already ended need no waiting for.
        item.launches
            .retain_mut(|l| l.try_recv() == Err(oneshot::error::TryRecvError::Empty));
        item.launches.push(launch_feedback::complete(&token));
    }
}

fn menu_item(entry: Entry) -> MenuItem<Item> {
    match entry {
        Entry::Info(label) => StandardItem {
            label,
            enabled: false,
            ..Default::default()
        }
        .into(),
        Entry::Item { label, enabled, action } => StandardItem {
            label,
            enabled,
            activate: activate(action),
            ..Default::default()
        }
        .into(),
        Entry::Submenu { label, enabled, items } => SubMenu {
            label,
            enabled,
            submenu: items
                .into_iter()
                .map(|(label, action)| {
                    StandardItem {
                        label,
                        enabled,
                        activate: activate(action),
                        ..Default::default()
                    }
                    .into()
                })
                .collect(),
            ..Default::default()
        }
        .into(),
        Entry::Separator => MenuItem::Separator,
    }
}
