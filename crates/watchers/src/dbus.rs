//! The D-Bus watchers: GNOME's idle monitor, logind (sleep, lock, IdleHint) and the
//! notification server's do-not-disturb. All event-driven: nothing here polls.

use chrono::DateTime;
use futures_lite::StreamExt;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::{Observed, PauseRequests, ago};
use deskbreak_core::events::Presence;
use deskbreak_host::clock;

#[zbus::proxy(
    interface = "org.gnome.Mutter.IdleMonitor",
    default_service = "org.gnome.Mutter.IdleMonitor",
    default_path = "/org/gnome/Mutter/IdleMonitor/Core"
)]
trait IdleMonitor {
    fn get_idletime(&self) -> zbus::Result<u64>;
    fn add_idle_watch(&self, interval: u64) -> zbus::Result<u32>;
    fn add_user_active_watch(&self) -> zbus::Result<u32>;
    fn remove_watch(&self, id: u32) -> zbus::Result<()>;
    #[zbus(signal)]
    fn watch_fired(&self, id: u32) -> zbus::Result<()>;
}

#[zbus::proxy(
    interface = "org.freedesktop.login1.Manager",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1"
)]
trait LoginManager {
    fn get_session(&self, session_id: &str) -> zbus::Result<zbus::zvariant::OwnedObjectPath>;
    #[zbus(signal)]
    fn prepare_for_sleep(&self, start: bool) -> zbus::Result<()>;
}

#[zbus::proxy(
    interface = "org.freedesktop.login1.Session",
    default_service = "org.freedesktop.login1"
)]
trait LoginSession {
    #[zbus(signal)]
    fn lock(&self) -> zbus::Result<()>;
    #[zbus(signal)]
    fn unlock(&self) -> zbus::Result<()>;
    #[zbus(property)]
    fn idle_hint(&self) -> zbus::Result<bool>;
    /// Microseconds since the epoch.
    #[zbus(property)]
    fn idle_since_hint(&self) -> zbus::Result<u64>;
}

#[zbus::proxy(
    interface = "org.freedesktop.Notifications",
    default_service = "org.freedesktop.Notifications",
    default_path = "/org/freedesktop/Notifications"
)]
trait NotificationsInhibit {
    /// Do not disturb, where the server supports it (KDE, and others following the 1.3 draft).
    #[zbus(property)]
    fn inhibited(&self) -> zbus::Result<bool>;
}

/// GNOME: one idle watch at `natural_break`, then a one-shot "user active" watch each time; and
/// while a prompt waits for a pause in typing, an idle watch at the pause's length.
pub async fn watch_mutter_idle(
    session: &zbus::Connection,
    natural_break: Duration,
    tasks: &mut JoinSet<()>,
    observed: mpsc::Sender<Observed>,
    mut pauses: PauseRequests,
) -> bool {
    let Ok(monitor) = IdleMonitorProxy::new(session).await else {
        return false;
    };
    if monitor.get_idletime().await.is_err() {
        return false;
    }
    // Subscribe before adding the watch, so that its first firing cannot be missed.
    let Ok(mut fired) = monitor.receive_watch_fired().await else {
        return false;
    };
    let interval = u64::try_from(natural_break.as_millis()).unwrap_or(u64::MAX);
    let Ok(idle_watch) = monitor.add_idle_watch(interval).await else {
        return false;
    };
    let mut mutter = MutterWatches {
        monitor,
        natural_break,
        idle_watch,
        active_watch: None,
        pause_watch: None,
    };
    tasks.spawn(async move {
        // Until the daemon drops its end: then only the idle watches are followed.
        let mut asking = true;
        loop {
            let seen = tokio::select! {
                signal = fired.next() => match signal {
                    Some(signal) => match signal.args() {
                        Ok(args) => mutter.fired(args.id).await,
                        Err(_) => None,
                    },
                    None => return,
                },
                changed = pauses.changed(), if asking => match changed {
                    Ok(()) => {
                        let length = *pauses.borrow_and_update();
                        mutter.watch_pause(length).await
                    }
                    Err(_) => {
                        asking = false;
                        None
                    }
                },
            };
            if let Some(seen) = seen
                && observed.send(seen).await.is_err()
            {
                return;
            }
        }
    });
    true
}

/// Mutter's watches that are ours, by id.
struct MutterWatches {
    monitor: IdleMonitorProxy<'static>,
    natural_break: Duration,
    idle_watch: u32,
    active_watch: Option<u32>,
    pause_watch: Option<u32>,
}

impl MutterWatches {
    /// What the firing of watch `id` means, if it is ours.
    async fn fired(&mut self, id: u32) -> Option<Observed> {
        if id == self.idle_watch {
            self.active_watch = self.monitor.add_user_active_watch().await.ok();
            Some(Observed::Presence(Presence::Idle {
                since: ago(self.natural_break),
            }))
        } else if Some(id) == self.active_watch {
            // A user-active watch fires once and is gone.
            self.active_watch = None;
            Some(Observed::Presence(Presence::Active))
        } else if Some(id) == self.pause_watch {
            // Said once: an idle watch would fire again at the next pause.
            self.watch_pause(None).await;
            Some(Observed::InputPaused)
        } else {
            None
        }
    }

    /// Calls off the pause watch in progress, if any, and with `Some(length)` starts a fresh one;
    /// a pause already that long is said at once. Mutter times an idle watch from the last
    /// input, not from when it is added, so a pause under way counts.
    async fn watch_pause(&mut self, length: Option<Duration>) -> Option<Observed> {
        if let Some(old) = self.pause_watch.take() {
            // Gone already if Mutter lost it; nothing else to do about it then.
            let _ = self.monitor.remove_watch(old).await;
        }
        let length = length?;
        let interval = u64::try_from(length.as_millis()).unwrap_or(u64::MAX);
        match self.monitor.get_idletime().await {
            Ok(idle) if idle < interval => {}
            // Paused long enough, or Mutter cannot say: a prompt is not held for an idle
            // source that stopped answering (as with a polled one).
            _ => return Some(Observed::InputPaused),
        }
        match self.monitor.add_idle_watch(interval).await {
            Ok(id) => {
                self.pause_watch = Some(id);
                None
            }
            Err(_) => Some(Observed::InputPaused),
        }
    }
}

/// logind: suspend and resume (`PrepareForSleep`), and the session's Lock/Unlock.
pub async fn watch_logind(
    system: &zbus::Connection,
    lock: bool,
    sleep: bool,
    tasks: &mut JoinSet<()>,
    observed: mpsc::Sender<Observed>,
) -> bool {
    let Ok(manager) = LoginManagerProxy::new(system).await else {
        return false;
    };
    // Subscribing to a signal succeeds on any system bus, with logind or without: only an answer
    // from logind itself says it is there (the test `deskbreak doctor` makes too).
    if !answers(&manager).await {
        return false;
    }
    let mut any = false;
    if sleep && let Ok(mut signals) = manager.receive_prepare_for_sleep().await {
        any = true;
        let observed = observed.clone();
        tasks.spawn(async move {
            let mut asleep_since = None;
            while let Some(signal) = signals.next().await {
                let Ok(args) = signal.args() else { continue };
                if args.start {
                    asleep_since = Some(clock::now());
                } else if let Some(from) = asleep_since.take()
                    && observed.send(Observed::Woke { from }).await.is_err()
                {
                    return;
                }
            }
        });
    }
    if lock
        && let Some(proxy) = our_session(system).await
        && let (Ok(mut locks), Ok(mut unlocks)) = (proxy.receive_lock().await, proxy.receive_unlock().await)
    {
        any = true;
        tasks.spawn(async move {
            loop {
                let seen = tokio::select! {
                    Some(_) = locks.next() => Presence::Locked { since: clock::now() },
                    Some(_) = unlocks.next() => Presence::Active,
                    else => return,
                };
                if observed.send(Observed::Presence(seen)).await.is_err() {
                    return;
                }
            }
        });
    }
    any
}

/// logind's IdleHint, for desktops that set it.
pub async fn watch_logind_idle(
    system: &zbus::Connection,
    tasks: &mut JoinSet<()>,
    observed: mpsc::Sender<Observed>,
) -> bool {
    let Some(proxy) = our_session(system).await else {
        return false;
    };
    if proxy.idle_hint().await.is_err() {
        return false;
    }
    let mut changes = proxy.receive_idle_hint_changed().await;
    tasks.spawn(async move {
        while let Some(change) = changes.next().await {
            let Ok(idle) = change.get().await else { continue };
            let seen = if idle {
                let micros = proxy.idle_since_hint().await.unwrap_or(0);
                let since =
                    DateTime::from_timestamp_micros(i64::try_from(micros).unwrap_or(0)).unwrap_or_else(clock::now);
                Presence::Idle { since }
            } else {
                Presence::Active
            };
            if observed.send(Observed::Presence(seen)).await.is_err() {
                return;
            }
        }
    });
    true
}

/// The logind session deskbreak runs in ("auto" resolves the caller's).
async fn our_session(system: &zbus::Connection) -> Option<LoginSessionProxy<'static>> {
    let manager = LoginManagerProxy::new(system).await.ok()?;
    let path = manager.get_session("auto").await.ok()?;
    LoginSessionProxy::builder(system).path(path).ok()?.build().await.ok()
}

/// The notification server's `Inhibited` property, followed as it changes.
pub async fn watch_do_not_disturb(
    session: &zbus::Connection,
    tasks: &mut JoinSet<()>,
    observed: mpsc::Sender<Observed>,
) -> bool {
    let Ok(proxy) = NotificationsInhibitProxy::new(session).await else {
        return false;
    };
    let Ok(now) = proxy.inhibited().await else { return false };
    let mut changes = proxy.receive_inhibited_changed().await;
    if now {
        let _ = observed.send(Observed::DoNotDisturb(true)).await;
    }
    tasks.spawn(async move {
        while let Some(change) = changes.next().await {
            let Ok(on) = change.get().await else { continue };
            if observed.send(Observed::DoNotDisturb(on)).await.is_err() {
                return;
            }
        }
    });
    true
}

/// What the doctor reports about do-not-disturb: `None` when the server does not say. Asked
/// once, with no property cache: a cache that cannot be filled is a library warning, and the
/// doctor says that in its own words.
pub async fn do_not_disturb(session: &zbus::Connection) -> Option<bool> {
    NotificationsInhibitProxy::builder(session)
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()
        .await
        .ok()?
        .inhibited()
        .await
        .ok()
}

/// What the notification server says of itself: name ("gnome-shell", "Plasma", "dunst"),
/// vendor, version and spec version; `None` when none answers.
pub async fn server_information(session: &zbus::Connection) -> Option<(String, String, String, String)> {
    let reply = session
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "GetServerInformation",
            &(),
        )
        .await
        .ok()?;
    reply.body().deserialize().ok()
}

/// The name the notification server gives itself; `None` when none answers.
pub async fn notification_server(session: &zbus::Connection) -> Option<String> {
    server_information(session).await.map(|(name, ..)| name)
}

/// Whether logind has an IdleHint for our session.
pub async fn logind_idle_hint(system: &zbus::Connection) -> bool {
    match our_session(system).await {
        Some(session) => session.idle_hint().await.is_ok(),
        None => false,
    }
}

/// Whether logind answers on the system bus.
pub async fn logind_reachable(system: &zbus::Connection) -> bool {
    match LoginManagerProxy::new(system).await {
        Ok(manager) => answers(&manager).await,
        Err(_) => false,
    }
}

/// Whether logind's manager answered a call: a proxy is made without asking anyone.
async fn answers(manager: &LoginManagerProxy<'_>) -> bool {
    manager.inner().introspect().await.is_ok()
}

/// Whether GNOME's idle monitor answers.
pub async fn mutter_reachable(session: &zbus::Connection) -> bool {
    match IdleMonitorProxy::new(session).await {
        Ok(monitor) => monitor.get_idletime().await.is_ok(),
        Err(_) => false,
    }
}
