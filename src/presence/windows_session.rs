//! Windows: screen lock and unlock (`WTSRegisterSessionNotification`, `WM_WTSSESSION_CHANGE`)
//! and suspend and resume (`WM_POWERBROADCAST`), from a hidden window on a thread of its own
//! that sleeps in `GetMessageW`: no polling, no wake-up between events. A hidden top-level
//! window, not a message-only one: those are not sent broadcasts such as the power messages.

use std::io;
use std::ptr;
use std::thread::JoinHandle;
use tokio::sync::mpsc;
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::RemoteDesktop::{
    NOTIFY_FOR_THIS_SESSION, WTSRegisterSessionNotification, WTSUnRegisterSessionNotification,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DestroyWindow, DispatchMessageW, GetMessageW, MSG, PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND, PBT_APMSUSPEND, PostMessageW, PostQuitMessage, RegisterClassW, WM_CLOSE, WM_DESTROY,
    WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WNDCLASSW, WTS_SESSION_LOCK, WTS_SESSION_UNLOCK,
};

use super::Observed;
use crate::clock;
use crate::core::io::Presence;

/// What the window's thread reports, and what it remembers between messages.
struct Listener {
    lock: bool,
    sleep: bool,
    observed: mpsc::Sender<Observed>,
    asleep_since: Option<chrono::DateTime<chrono::Utc>>,
}

// The window procedure runs on the window's own thread: its state lives there.
#[allow(
    clippy::missing_const_for_thread_local,
    reason = "the initializer is const; clippy 0.1.96 with -Zbuild-std says otherwise"
)]
mod state {
    use std::cell::RefCell;

    thread_local! {
        pub(super) static LISTENER: RefCell<Option<super::Listener>> = const { RefCell::new(None) };
    }
}
use state::LISTENER;

/// The running window; dropping it closes the window and ends its thread.
pub struct SessionEvents {
    /// As an integer: a window handle may be used from any thread for `PostMessageW`.
    hwnd: usize,
    thread: Option<JoinHandle<()>>,
}

impl SessionEvents {
    /// Reports lock and unlock (`lock`), suspend and resume (`sleep`) on `observed`.
    pub fn start(lock: bool, sleep: bool, observed: mpsc::Sender<Observed>) -> io::Result<SessionEvents> {
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("session-events".into())
            .spawn(move || {
                LISTENER.with(|l| {
                    *l.borrow_mut() = Some(Listener {
                        lock,
                        sleep,
                        observed,
                        asleep_since: None,
                    })
                });
                match create_window(lock) {
                    Ok(hwnd) => {
                        let _ = ready_tx.send(Ok(hwnd as usize));
                        pump_messages();
                        if lock {
                            // SAFETY: the window registered for session notifications above.
                            unsafe { WTSUnRegisterSessionNotification(hwnd) };
                        }
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                    }
                }
            })?;
        let hwnd = ready.recv().map_err(io::Error::other)??;
        Ok(SessionEvents {
            hwnd,
            thread: Some(thread),
        })
    }
}

impl Drop for SessionEvents {
    fn drop(&mut self) {
        // SAFETY: posting to a window that may already be gone is harmless.
        unsafe { PostMessageW(self.hwnd as HWND, WM_CLOSE, 0, 0) };
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn create_window(lock: bool) -> io::Result<HWND> {
    let class: Vec<u16> = "deskbreak-session-events\0".encode_utf16().collect();
    // SAFETY: plain Win32 calls with valid, NUL-terminated strings that outlive them.
    unsafe {
        let instance = GetModuleHandleW(ptr::null());
        let wc = WNDCLASSW {
            lpfnWndProc: Some(window_proc),
            hInstance: instance,
            lpszClassName: class.as_ptr(),
            ..std::mem::zeroed()
        };
        // A second registration (a restart of the watchers) fails harmlessly: the class exists.
        RegisterClassW(&wc);
        let hwnd = CreateWindowExW(
            0,
            class.as_ptr(),
            class.as_ptr(),
            0,
            0,
            0,
            0,
            0,
            ptr::null_mut(),
            ptr::null_mut(),
            instance,
            ptr::null(),
        );
        if hwnd.is_null() {
            return Err(io::Error::last_os_error());
        }
        if lock && WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) == 0 {
            tracing::info!(
                "screen locks are not reported ({}): a locked screen counts as idle",
                io::Error::last_os_error()
            );
        }
        Ok(hwnd)
    }
}

fn pump_messages() {
    // SAFETY: `msg` is a valid MSG for each call; the loop ends with WM_QUIT (0) or an error (-1).
    unsafe {
        let mut msg: MSG = std::mem::zeroed();
        while GetMessageW(&mut msg, ptr::null_mut(), 0, 0) > 0 {
            DispatchMessageW(&msg);
        }
    }
}

unsafe extern "system" fn window_proc(hwnd: HWND, message: u32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    match message {
        WM_WTSSESSION_CHANGE | WM_POWERBROADCAST => {
            LISTENER.with(|l| {
                if let Some(listener) = l.borrow_mut().as_mut() {
                    listener.heard(message, u32::try_from(wparam).unwrap_or(u32::MAX));
                }
            });
            // WM_POWERBROADCAST wants TRUE.
            1
        }
        WM_CLOSE => {
            // SAFETY: our own window, on its own thread.
            unsafe { DestroyWindow(hwnd) };
            0
        }
        WM_DESTROY => {
            // SAFETY: ends this thread's message loop.
            unsafe { PostQuitMessage(0) };
            0
        }
        // SAFETY: the default handling, with the arguments Windows gave.
        _ => unsafe { DefWindowProcW(hwnd, message, wparam, lparam) },
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

    fn post(events: &SessionEvents, message: u32, event: u32) {
        // SAFETY: a message to our own live window.
        assert_ne!(
            unsafe { PostMessageW(events.hwnd as HWND, message, event as usize, 0) },
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
