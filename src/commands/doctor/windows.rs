//! Windows: toasts, the notification area and `GetLastInputInfo`.

use super::Finding;
use crate::presence::IdleBackend;

pub(super) async fn desktop() -> Vec<Finding> {
    vec![
        Finding {
            what: "notifications",
            found: "Windows toasts (WinRT), without buttons".into(),
            fix: Some("answer a prompt from the tray menu or with `deskbreak done|snooze|skip`"),
        },
        Finding {
            what: "tray host",
            found: "the notification area".into(),
            fix: None,
        },
        Finding {
            what: "idle detection",
            found: IdleBackend::LastInputInfo.describe().into(),
            fix: None,
        },
        Finding {
            what: "lock and sleep",
            found: "a locked screen counts as idle; a sleep is seen from the clock jump".into(),
            fix: None,
        },
        Finding {
            what: "do not disturb",
            found: "not read: prompts show during Focus Assist".into(),
            fix: Some("pause deskbreak for that time (`deskbreak pause 1h`, or the tray's Pause)"),
        },
    ]
}
