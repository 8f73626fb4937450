//! Linux (and the BSDs): the watchers speak D-Bus (GNOME, logind, the notification server),
//! Wayland or X11, whichever the session offers.

use tokio::sync::{mpsc, watch};
use tokio::task::JoinSet;

use super::poll::Poller;
use super::{IdleBackend, Observed, Started, banners, dbus, wayland, x11};
use deskbreak_config::BreaksConfig;

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
    let mut polled = None;
    let mut pauses = None;
    // Where the daemon asks an event-driven backend about pauses in typing.
    let (ask, asked) = watch::channel(None);
    if breaks.idle {
        if let Some(session) = &session
            && dbus::watch_mutter_idle(session, natural_break, &mut tasks, observed.clone(), asked.clone()).await
        {
            idle = IdleBackend::Mutter;
            pauses = Some(ask);
        } else if let Some(watch) = wayland::Watch::open(natural_break) {
            idle = watch.backend();
            watch.spawn(&mut tasks, observed.clone(), asked);
            pauses = Some(ask);
        } else if !wayland::is_session()
            && let Some(idle_time) = x11::open()
        {
            idle = IdleBackend::X11;
            polled = Some(Poller::new(idle_time, natural_break));
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
            "no idle detection available (no GNOME IdleMonitor, no Wayland ext-idle-notify-v1 or \
             org_kde_kwin_idle, no X11 display, no logind IdleHint): \
             prompts follow the plain schedule; `deskbreak doctor` says more"
        );
    }
    Started {
        idle,
        logind,
        dnd,
        banners,
        polled,
        pauses,
        _tasks: tasks,
    }
}
