//! Linux: what the session bus, logind, Wayland or X11 and GNOME's settings offer.

use std::time::Duration;

use super::Finding;
use deskbreak_i18n::fl;
use deskbreak_watchers::{IdleBackend, banners, camera, dbus, wayland, x11};

/// What the desktop offers deskbreak: notifications, a tray, idle, lock and sleep, quiet.
pub(super) async fn desktop() -> Vec<Finding> {
    let session = zbus::Connection::session().await.ok();
    let system = zbus::Connection::system().await.ok();
    let mut findings = vec![notifications(session.as_ref()).await, tray_host(session.as_ref()).await];
    let idle = idle_backend(session.as_ref(), system.as_ref()).await;
    findings.push(Finding {
        what: fl!("doctor-idle"),
        found: super::idle_words(idle),
        fix: (idle == IdleBackend::None).then(|| fl!("doctor-no-idle")),
    });
    let logind = match &system {
        Some(system) => dbus::logind_reachable(system).await,
        None => false,
    };
    findings.push(Finding {
        what: fl!("doctor-logind"),
        found: if logind {
            fl!("doctor-logind-reachable")
        } else {
            fl!("doctor-logind-unreachable")
        },
        fix: (!logind).then(|| fl!("doctor-logind-fix")),
    });
    let dnd = match &session {
        Some(session) => dbus::do_not_disturb(session).await,
        None => None,
    };
    findings.push(Finding {
        what: fl!("doctor-do-not-disturb"),
        found: match dnd {
            Some(true) => fl!("doctor-dnd-on"),
            Some(false) => fl!("doctor-dnd-off"),
            None => fl!("doctor-dnd-unknown"),
        },
        fix: None,
    });
    let relevance = match &session {
        Some(session) => Some(banners::relevance(session).await),
        None => None,
    };
    let applies = relevance.as_ref().is_some_and(banners::Relevance::applies);
    let why = relevance_words(relevance.as_ref());
    findings.push(Finding {
        what: fl!("doctor-gnome-banners"),
        found: match banners::hidden().await {
            _ if !applies => fl!("doctor-banners-not-followed", why = why.as_str()),
            Some(true) => fl!("doctor-banners-hidden", why = why.as_str()),
            Some(false) => fl!("doctor-banners-shown", why = why.as_str()),
            None => fl!("doctor-banners-unavailable"),
        },
        fix: None,
    });
    findings.push(Finding {
        what: fl!("doctor-camera"),
        found: if camera::in_use() {
            fl!("doctor-camera-in-use")
        } else {
            fl!("doctor-camera-unused")
        },
        fix: None,
    });
    findings
}

async fn notifications(session: Option<&zbus::Connection>) -> Finding {
    let what = fl!("doctor-notifications");
    let fix = Some(fl!("doctor-notifications-fix"));
    let Some(session) = session else {
        return Finding {
            what,
            found: fl!("doctor-no-session-bus"),
            fix: fix.clone(),
        };
    };
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
    match (info, capabilities) {
        (Some((name, vendor, version, _)), Ok(caps)) => {
            let no_actions = !caps.iter().any(|c| c == "actions");
            Finding {
                what,
                found: fl!(
                    "doctor-notification-server",
                    name = name,
                    version = version,
                    vendor = vendor,
                    capabilities = caps.join(", ")
                ),
                fix: no_actions.then(|| fl!("doctor-no-buttons")),
            }
        }
        _ => Finding {
            what,
            found: fl!("doctor-no-notification-server"),
            fix,
        },
    }
}

async fn tray_host(session: Option<&zbus::Connection>) -> Finding {
    let what = fl!("doctor-tray-host");
    let present = match session {
        Some(session) => match zbus::fdo::DBusProxy::new(session).await {
            Ok(bus) => bus
                .name_has_owner("org.kde.StatusNotifierWatcher".try_into().expect("a valid bus name"))
                .await
                .unwrap_or(false),
            Err(_) => false,
        },
        None => false,
    };
    Finding {
        what,
        found: if present {
            fl!("doctor-tray-present")
        } else {
            fl!("doctor-tray-none")
        },
        fix: (!present).then(|| fl!("doctor-tray-fix")),
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

/// Whether GNOME's banners matter here, and why, as the person reads it; `None`: no session bus.
fn relevance_words(relevance: Option<&banners::Relevance>) -> String {
    match relevance {
        Some(banners::Relevance::GnomeShell) => fl!("doctor-banners-gnome-shell"),
        Some(banners::Relevance::OtherServer(server)) => fl!("doctor-banners-other-server", server = server.as_str()),
        Some(banners::Relevance::GnomeSession) => fl!("doctor-banners-gnome-session"),
        Some(banners::Relevance::Elsewhere) => fl!("doctor-banners-elsewhere"),
        None => fl!("doctor-banners-no-session-bus"),
    }
}
