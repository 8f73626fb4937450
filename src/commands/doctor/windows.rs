//! Windows: toasts, the notification area, `GetLastInputInfo` and the shell's notification state.

use super::Finding;
use crate::fl;
use crate::presence::{IdleBackend, windows};

pub(super) async fn desktop() -> Vec<Finding> {
    vec![
        Finding {
            what: fl!("doctor-notifications"),
            found: "Windows toasts (WinRT) with Done / Snooze / Skip buttons".into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-tray-host"),
            found: "the notification area".into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-idle"),
            found: IdleBackend::LastInputInfo.describe().into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-lock-sleep"),
            found: "the session's lock and power messages (WTSRegisterSessionNotification, WM_POWERBROADCAST)".into(),
            fix: None,
        },
        Finding {
            what: fl!("doctor-do-not-disturb"),
            found: match windows::notifications_unwelcome() {
                Some(why) => format!("{why}: prompts wait"),
                None => "the shell accepts notifications (full-screen apps and presentation mode hold prompts)".into(),
            },
            fix: None,
        },
    ]
}
