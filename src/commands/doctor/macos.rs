//! macOS: Notification Center, the menu bar and the HID event source. Compiled, never run here.

use super::Finding;
use crate::fl;
use crate::presence::IdleBackend;

pub(super) async fn desktop() -> Vec<Finding> {
    vec![
        Finding {
            what: fl!("doctor-notifications"),
            found: "Notification Center, without buttons".into(),
            fix: Some("answer a prompt from the menu bar or with `deskbreak done|snooze|skip`".into()),
        },
        Finding {
            what: fl!("doctor-tray-host"),
            found: "the menu bar".into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-idle"),
            found: IdleBackend::EventSource.describe().into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-lock-sleep"),
            found: "a locked screen counts as idle; a sleep is seen from the clock jump".into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-do-not-disturb"),
            found: "not readable: macOS does not tell apps whether a Focus is on".into(),
            fix: Some("pause deskbreak for that time (`deskbreak pause 1h`, or the menu's Pause)".into()),
        },
    ]
}
