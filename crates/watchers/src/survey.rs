//! Linux and the BSDs: what the desktop offers deskbreak, found the way the watchers look for
//! it, for `deskbreak doctor` to word.

use std::time::Duration;

use super::{IdleBackend, banners, dbus, wayland, x11};

/// What the session and system buses, the display server and GNOME's settings answered.
pub struct Survey {
    /// The session bus answered.
    pub session_bus: bool,
    /// The notification server; `None` when none answers both questions.
    pub notifications: Option<NotificationServer>,
    /// A StatusNotifierWatcher (a tray host) owns its name.
    pub tray_host: bool,
    /// The idle backend the daemon would pick.
    pub idle: IdleBackend,
    /// logind answers on the system bus.
    pub logind: bool,
    /// The notification server's do-not-disturb; `None` when it does not say.
    pub do_not_disturb: Option<bool>,
    /// Whether GNOME's banners matter here and why; `None`: no session bus.
    pub banners: Option<banners::Relevance>,
    /// Whether GNOME hides banners now; `None` without `gsettings` or GNOME's schema.
    pub banners_hidden: Option<bool>,
}

/// The notification server as it describes itself.
pub struct NotificationServer {
    /// "gnome-shell", "Plasma", "dunst".
    pub name: String,
    pub vendor: String,
    pub version: String,
    /// What it can do: "actions" (buttons), "body-markup", ...
    pub capabilities: Vec<String>,
}

/// Looks at the whole desktop once. Run where `start` is run (the daemon's crate), whose
/// probes it shares: an async function is compiled in each crate that runs it.
pub async fn survey() -> Survey {
    let session = zbus::Connection::session().await.ok();
    let system = zbus::Connection::system().await.ok();
    let notifications = match &session {
        Some(session) => notifications(session).await,
        None => None,
    };
    let tray_host = match &session {
        Some(session) => tray_host(session).await,
        None => false,
    };
    let idle = idle_backend(session.as_ref(), system.as_ref()).await;
    let logind = match &system {
        Some(system) => dbus::logind_reachable(system).await,
        None => false,
    };
    let (do_not_disturb, banners) = match &session {
        Some(session) => (
            dbus::do_not_disturb(session).await,
            Some(banners::relevance(session).await),
        ),
        None => (None, None),
    };
    Survey {
        session_bus: session.is_some(),
        notifications,
        tray_host,
        idle,
        logind,
        do_not_disturb,
        banners,
        banners_hidden: banners::hidden().await,
    }
}

async fn notifications(session: &zbus::Connection) -> Option<NotificationServer> {
    let info = dbus::server_information(session).await;
    let capabilities = session
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "GetCapabilities",
            &(),
        )
        .await
        .and_then(|reply| reply.body().deserialize::<Vec<String>>());
    let (name, vendor, version, _spec) = info?;
    Some(NotificationServer {
        name,
        vendor,
        version,
        capabilities: capabilities.ok()?,
    })
}

async fn tray_host(session: &zbus::Connection) -> bool {
    let Ok(bus) = zbus::fdo::DBusProxy::new(session).await else {
        return false;
    };
    match zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher") {
        Ok(name) => bus.name_has_owner(name).await.unwrap_or(false),
        Err(_) => false,
    }
}

/// The idle backend the daemon would pick, in the same order.
async fn idle_backend(session: Option<&zbus::Connection>, system: Option<&zbus::Connection>) -> IdleBackend {
    if let Some(session) = session
        && dbus::mutter_reachable(session).await
    {
        return IdleBackend::Mutter;
    }
    if let Some(watch) = wayland::Watch::open(Duration::from_secs(300)) {
        return watch.backend();
    }
    if !wayland::is_session() && std::env::var_os("DISPLAY").is_some() && x11::idle_ms().is_some() {
        return IdleBackend::X11;
    }
    if let Some(system) = system
        && dbus::logind_idle_hint(system).await
    {
        return IdleBackend::Logind;
    }
    IdleBackend::None
}
