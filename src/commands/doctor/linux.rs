//! Linux: what the session bus, logind, Wayland or X11 and GNOME's settings offer, as the
//! watchers found it, in the person's words.

use super::Finding;
use deskbreak_daemon::survey;
use deskbreak_i18n::fl;
use deskbreak_watchers::survey::Survey;
use deskbreak_watchers::{IdleBackend, banners, camera};

/// What the desktop offers deskbreak: notifications, a tray, idle, lock and sleep, quiet.
pub(super) async fn desktop() -> Vec<Finding> {
    let found = survey().await;
    let mut findings = vec![notifications(&found), tray_host(found.tray_host)];
    findings.push(Finding {
        what: fl!("doctor-idle"),
        found: super::idle_words(found.idle),
        fix: (found.idle == IdleBackend::None).then(|| fl!("doctor-no-idle")),
    });
    findings.push(Finding {
        what: fl!("doctor-logind"),
        found: if found.logind {
            fl!("doctor-logind-reachable")
        } else {
            fl!("doctor-logind-unreachable")
        },
        fix: (!found.logind).then(|| fl!("doctor-logind-fix")),
    });
    findings.push(Finding {
        what: fl!("doctor-do-not-disturb"),
        found: match found.do_not_disturb {
            Some(true) => fl!("doctor-dnd-on"),
            Some(false) => fl!("doctor-dnd-off"),
            None => fl!("doctor-dnd-unknown"),
        },
        fix: None,
    });
    let applies = found.banners.as_ref().is_some_and(banners::Relevance::applies);
    let why = relevance_words(found.banners.as_ref());
    findings.push(Finding {
        what: fl!("doctor-gnome-banners"),
        found: match found.banners_hidden {
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

fn notifications(found: &Survey) -> Finding {
    let what = fl!("doctor-notifications");
    let fix = Some(fl!("doctor-notifications-fix"));
    if !found.session_bus {
        return Finding {
            what,
            found: fl!("doctor-no-session-bus"),
            fix,
        };
    }
    match &found.notifications {
        Some(server) => {
            let no_actions = !server.capabilities.iter().any(|c| c == "actions");
            Finding {
                what,
                found: fl!(
                    "doctor-notification-server",
                    name = server.name.as_str(),
                    version = server.version.as_str(),
                    vendor = server.vendor.as_str(),
                    capabilities = server.capabilities.join(", ")
                ),
                fix: no_actions.then(|| fl!("doctor-no-buttons")),
            }
        }
        None => Finding {
            what,
            found: fl!("doctor-no-notification-server"),
            fix,
        },
    }
}

fn tray_host(present: bool) -> Finding {
    Finding {
        what: fl!("doctor-tray-host"),
        found: if present {
            fl!("doctor-tray-present")
        } else {
            fl!("doctor-tray-none")
        },
        fix: (!present).then(|| fl!("doctor-tray-fix")),
    }
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
