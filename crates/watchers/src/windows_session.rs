//! Windows: screen lock and unlock (`WTSRegisterSessionNotification`, `WM_WTSSESSION_CHANGE`)
//! and suspend and resume (`WM_POWERBROADCAST`), from a hidden window (`hidden_window`).

use std::io;
use tokio::sync::mpsc;
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::RemoteDesktop::{
    NOTIFY_FOR_THIS_SESSION, WTSRegisterSessionNotification, WTSUnRegisterSessionNotification,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND, PBT_APMSUSPEND, WM_POWERBROADCAST, WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK, WTS_SESSION_UNLOCK,
};

use super::Observed;
use super::hidden_window::{Handler, HiddenWindow};
use deskbreak_core::events::Presence;
use deskbreak_host::clock;

/// What the window's thread reports, and what it remembers between messages.
struct Listener {
    lock: bool,
    sleep: bool,
    observed: mpsc::Sender<Observed>,
    asleep_since: Option<chrono::DateTime<chrono::Utc>>,
}

/// The running window; dropping it closes the window and ends its thread.
pub struct SessionEvents {
    _window: HiddenWindow,
}

impl SessionEvents {
    /// Reports lock and unlock (`lock`), suspend and resume (`sleep`) on `observed`.
    pub fn start(lock: bool, sleep: bool, observed: mpsc::Sender<Observed>) -> io::Result<SessionEvents> {
        let listener = Listener {
            lock,
            sleep,
            observed,
            asleep_since: None,
        };
        Ok(SessionEvents {
            _window: HiddenWindow::start("deskbreak-session-events", "session-events", listener)?,
        })
    }
}

impl Handler for Listener {
    fn created(&mut self, hwnd: HWND) {
        // SAFETY: our live window.
        if self.lock && unsafe { WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) } == 0 {
            tracing::info!(
                "screen locks are not reported ({}): a locked screen counts as idle",
                io::Error::last_os_error()
            );
        }
    }

    fn message(&mut self, message: u32, wparam: WPARAM, _: LPARAM) -> Option<LRESULT> {
        match message {
            WM_WTSSESSION_CHANGE | WM_POWERBROADCAST => {
                self.heard(message, u32::try_from(wparam).unwrap_or(u32::MAX));
                // WM_POWERBROADCAST wants TRUE.
                Some(1)
            }
            _ => None,
        }
    }

    fn destroyed(&mut self, hwnd: HWND) {
        if self.lock {
            // SAFETY: the window, still alive, registered in `created` (a failed registration
            // makes this fail harmlessly).
            unsafe { WTSUnRegisterSessionNotification(hwnd) };
        }
    }
}

impl Listener {
    fn heard(&mut self, message: u32, event: u32) {
        let seen = match (message, event) {
            (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) if self.lock => {
                Observed::Presence(Presence::Locked { since: clock::now() })
            }
            (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) if self.lock => Observed::Presence(Presence::Active),
            (WM_POWERBROADCAST, PBT_APMSUSPEND) if self.sleep => {
                self.asleep_since = Some(clock::now());
                return;
            }
            // Both resume messages may come: the first one counts.
            (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC | PBT_APMRESUMESUSPEND) => match self.asleep_since.take() {
                Some(from) => Observed::Woke { from },
                None => return,
            },
            _ => return,
        };
        // Never blocks the window's thread: the daemon's inbox has room, or the report waits
        // for the wall-clock check that notices a suspend anyway.
        let _ = self.observed.try_send(seen);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_sys::Win32::UI::WindowsAndMessaging::PostMessageW;

    fn post(events: &SessionEvents, message: u32, event: u32) {
        // SAFETY: a message to our own live window.
        assert_ne!(
            unsafe { PostMessageW(events._window.hwnd(), message, event as usize, 0) },
            0
        );
    }

    #[tokio::test]
    async fn lock_unlock_and_a_suspend_reach_the_daemon_in_order() {
        let (tx, mut rx) = mpsc::channel(8);
        let events = SessionEvents::start(true, true, tx).unwrap();
        let before = clock::now();
        post(&events, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK);
        post(&events, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK);
        post(&events, WM_POWERBROADCAST, PBT_APMSUSPEND);
        post(&events, WM_POWERBROADCAST, PBT_APMRESUMESUSPEND);
        post(&events, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC);
        let Some(Observed::Presence(Presence::Locked { since })) = rx.recv().await else {
            panic!("a lock first")
        };
        assert!(since >= before);
        assert_eq!(rx.recv().await, Some(Observed::Presence(Presence::Active)));
        let Some(Observed::Woke { from }) = rx.recv().await else {
            panic!("then a wake-up")
        };
        assert!(from >= since);
        drop(events);
        assert_eq!(
            rx.recv().await,
            None,
            "one wake-up for the two resume messages; the thread ended"
        );
    }

    #[tokio::test]
    async fn what_the_config_leaves_out_is_not_reported() {
        let (tx, mut rx) = mpsc::channel(8);
        let events = SessionEvents::start(false, true, tx).unwrap();
        post(&events, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK);
        post(&events, WM_POWERBROADCAST, PBT_APMSUSPEND);
        post(&events, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC);
        assert!(matches!(rx.recv().await, Some(Observed::Woke { .. })));
        drop(events);
        assert_eq!(rx.recv().await, None);
    }
}
