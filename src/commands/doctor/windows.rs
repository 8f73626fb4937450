//! Windows: toasts, the notification area, `GetLastInputInfo` and the shell's notification state.

use super::Finding;
use deskbreak_i18n::fl;
use deskbreak_watchers::{IdleBackend, windows};

pub(super) async fn desktop() -> Vec<Finding> {
    vec![
        Finding {
            what: fl!("doctor-notifications"),
            found: fl!("doctor-windows-toasts"),
            fix: None,
        },
        Finding {
            what: fl!("doctor-tray-host"),
            found: fl!("doctor-windows-tray"),
            fix: None,
        },
        Finding {
            what: fl!("doctor-idle"),
            found: super::idle_words(IdleBackend::LastInputInfo),
            fix: None,
        },
        Finding {
            what: fl!("doctor-lock-sleep"),
            found: fl!("doctor-windows-lock"),
            fix: None,
        },
        Finding {
            what: fl!("doctor-do-not-disturb"),
            found: match windows::notifications_unwelcome() {
                Some(why) => fl!("doctor-windows-quiet-on", why = why),
                None => fl!("doctor-windows-quiet-off"),
            },
            fix: None,
        },
    ]
}
