//! Linux: what the session bus, logind, Wayland or X11 and GNOME's settings offer.

use std::time::Duration;

use super::Finding;
use crate::fl;
use crate::presence::{IdleBackend, banners, camera, dbus, wayland, x11};

/// What the desktop offers deskbreak: notifications, a tray, idle, lock and sleep, quiet.
pub(super) async fn desktop() -> Vec<Finding> {
    let session = zbus::Connection::session().await.ok();
    let system = zbus::Connection::system().await.ok();
    let mut findings = vec![notifications(session.as_ref()).await, tray_host(session.as_ref()).await];
    let idle = idle_backend(session.as_ref(), system.as_ref()).await;
    findings.push(Finding {
        what: fl!("doctor-idle"),
        found: idle.describe().to_string(),
        fix: (idle == IdleBackend::None).then(|| {
            "no idle source: prompts follow the plain schedule. GNOME, Wayland compositors with \
             ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) or org_kde_kwin_idle (Plasma before 5.27, \
             sway up to 1.7) and X11 are supported; elsewhere \
             logind's IdleHint is used when the desktop sets it"
                .into()
        }),
    });
    let logind = match &system {
        Some(system) => dbus::logind_reachable(system).await,
        None => false,
    };
    findings.push(Finding {
        what: fl!("doctor-logind"),
        found: if logind {
            "reachable (sleep and screen lock are seen)".into()
        } else {
            "not reachable".into()
        },
        fix: (!logind).then(|| {
            "without logind, screen locks are not seen; a suspend is still noticed from the clock jump".into()
        }),
    });
    let dnd = match &session {
        Some(session) => dbus::do_not_disturb(session).await,
        None => None,
    };
    findings.push(Finding {
        what: fl!("doctor-do-not-disturb"),
        found: match dnd {
            Some(true) => "on (the notification server's Inhibited): prompts wait until it is off".into(),
            Some(false) => "off (the notification server's Inhibited)".into(),
            None => "not reported by the notification server".into(),
        },
        fix: None,
    });
    let relevance = match &session {
        Some(session) => banners::relevance(session).await,
        None => banners::Relevance {
            applies: false,
            why: "no session bus".into(),
        },
    };
    findings.push(Finding {
        what: fl!("doctor-gnome-banners"),
        found: match banners::hidden().await {
            _ if !relevance.applies => format!("not followed: {}", relevance.why),
            Some(true) => format!(
                "hidden (GNOME's do-not-disturb; {}): prompts wait until they are shown",
                relevance.why
            ),
            Some(false) => format!("shown ({})", relevance.why),
            None => "not available (no GNOME settings: gsettings has no org.gnome.desktop.notifications)".into(),
        },
        fix: None,
    });
    findings.push(Finding {
        what: fl!("doctor-camera"),
        found: if camera::in_use() {
            "in use: prompts wait".into()
        } else {
            "not in use".into()
        },
        fix: None,
    });
    findings
}

async fn notifications(session: Option<&zbus::Connection>) -> Finding {
    let what = fl!("doctor-notifications");
    let fix = Some(String::from(
        "start a notification server (your desktop's, or dunst / mako) on the session bus",
    ));
    let Some(session) = session else {
        return Finding {
            what,
            found: "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS)".into(),
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
                found: format!("{name} {version} ({vendor}); capabilities: {}", caps.join(", ")),
                fix: no_actions
                    .then(|| "this server shows no buttons: answer with `deskbreak done|snooze|skip`".into()),
            }
        }
        _ => Finding {
            what,
            found: "no notification server answers".into(),
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
            "a StatusNotifierWatcher is present".into()
        } else {
            "none".into()
        },
        fix: (!present).then(|| "no panel shows tray items (GNOME needs the AppIndicator extension); notifications and the CLI still work".into()),
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
