//! macOS: Notification Center, the menu bar and the HID event source. Compiled, never run here.

use super::Finding;
use deskbreak_i18n::fl;
use deskbreak_watchers::IdleBackend;

pub(super) async fn desktop() -> Vec<Finding> {
    vec![
        Finding {
            what: fl!("doctor-notifications"),
            found: fl!("doctor-macos-notifications"),
            fix: Some(fl!("doctor-macos-notifications-fix")),
        },
        Finding {
            what: fl!("doctor-tray-host"),
            found: fl!("doctor-macos-tray"),
            fix: None,
        },
        Finding {
            what: fl!("doctor-idle"),
            found: super::idle_words(IdleBackend::EventSource),
            fix: None,
        },
        Finding {
            what: fl!("doctor-lock-sleep"),
            found: fl!("doctor-macos-lock"),
            fix: None,
        },
        Finding {
            what: fl!("doctor-do-not-disturb"),
            found: fl!("doctor-macos-dnd"),
            fix: Some(fl!("doctor-macos-dnd-fix")),
        },
    ]
}
