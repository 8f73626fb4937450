//! Watchers of the world outside the schedule: idle time, screen lock, suspend, do-not-disturb
//! and the camera. Each only reports what it sees; the core decides what it means.

pub mod banners;
pub mod camera;
pub mod dbus;
pub mod wayland;
pub mod x11;

use chrono::{DateTime, Utc};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::clock;
use crate::config::BreaksConfig;
use crate::core::io::Presence;
use crate::core::scheduler::earlier;

/// Something a watcher saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Observed {
    Presence(Presence),
    /// The machine woke from a suspend that began at `from`.
    Woke {
        from: DateTime<Utc>,
    },
    /// The notification server's do-not-disturb was switched on or off.
    DoNotDisturb(bool),
    /// GNOME hid notification banners (its do-not-disturb), or showed them again.
    BannersHidden(bool),
}

/// When an idle time of `d` began. The span comes from the display server: saturate rather than
/// overflow on an absurd one, as the core does.
fn ago(d: Duration) -> DateTime<Utc> {
    earlier(clock::now(), d)
}

/// Which idle backend runs, for the daemon log and `deskbreak doctor`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IdleBackend {
    /// GNOME: org.gnome.Mutter.IdleMonitor, event-driven.
    Mutter,
    /// Wayland: the compositor's ext-idle-notify-v1, event-driven.
    Wayland,
    /// X11: the MIT-SCREEN-SAVER extension, polled at most once a minute.
    X11,
    /// logind's session IdleHint, event-driven; set by some desktops only.
    Logind,
    #[default]
    None,
}

impl IdleBackend {
    pub fn describe(self) -> &'static str {
        match self {
            IdleBackend::Mutter => "GNOME Mutter IdleMonitor (D-Bus, events)",
            IdleBackend::Wayland => "Wayland ext-idle-notify-v1 (compositor events)",
            IdleBackend::X11 => "X11 XScreenSaver (polled at most once a minute)",
            IdleBackend::Logind => "logind session IdleHint (D-Bus, events)",
            IdleBackend::None => "none",
        }
    }
}

/// What was started, for the log. The default is nothing.
#[derive(Default)]
pub struct Started {
    pub idle: IdleBackend,
    pub logind: bool,
    pub dnd: bool,
    /// GNOME's `show-banners`, followed through dconf's change signals.
    pub banners: bool,
    /// With the X11 backend, the poller the daemon's loop asks at each wake-up.
    pub x11: Option<x11::Poller>,
    /// The watchers' tasks: dropping them stops every watcher.
    _tasks: JoinSet<()>,
}

/// Starts the watchers the config asks for; each reports on `observed`. Never fails: a
/// watcher that cannot start is left out, and said so once.
pub async fn start(breaks: &BreaksConfig, observed: mpsc::Sender<Observed>) -> Started {
    let natural_break = breaks.natural_break();
    let session = zbus::Connection::session().await.ok();
    let system = zbus::Connection::system().await.ok();
    let mut tasks = JoinSet::new();
    let logind = match &system {
        Some(system) if breaks.lock || breaks.sleep || breaks.idle => {
            dbus::watch_logind(system, breaks.lock, breaks.sleep, &mut tasks, observed.clone()).await
        }
        _ => false,
    };
    let mut idle = IdleBackend::None;
    let mut x11 = None;
    if breaks.idle {
        if let Some(session) = &session
            && dbus::watch_mutter_idle(session, natural_break, &mut tasks, observed.clone()).await
        {
            idle = IdleBackend::Mutter;
        } else if let Some(watch) = wayland::Watch::open(natural_break) {
            watch.spawn(&mut tasks, observed.clone());
            idle = IdleBackend::Wayland;
        } else if !wayland::is_session()
            && let Some(poller) = x11::Poller::open(natural_break)
        {
            idle = IdleBackend::X11;
            x11 = Some(poller);
        } else if let Some(system) = &system
            && dbus::watch_logind_idle(system, &mut tasks, observed.clone()).await
        {
            idle = IdleBackend::Logind;
        }
    }
    let dnd = match &session {
        Some(session) if breaks.do_not_disturb => {
            dbus::watch_do_not_disturb(session, &mut tasks, observed.clone()).await
        }
        _ => false,
    };
    let banners = match &session {
        Some(session) if breaks.do_not_disturb => banners::watch(session, &mut tasks, observed.clone()).await,
        _ => false,
    };
    if breaks.idle && idle == IdleBackend::None {
        tracing::info!(
            "no idle detection available (no GNOME IdleMonitor, no Wayland ext-idle-notify-v1, no X11 \
             display, no logind IdleHint): \
             prompts follow the plain schedule; `deskbreak doctor` says more"
        );
    }
    Started {
        idle,
        logind,
        dnd,
        banners,
        x11,
        _tasks: tasks,
    }
}
