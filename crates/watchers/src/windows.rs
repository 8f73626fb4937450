//! Windows: idle time from `GetLastInputInfo`, polled; screen lock and suspend from the session's
//! window messages (`windows_session`); whether the shell welcomes notifications now.

use std::time::Duration;
use tokio::sync::mpsc;
use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};
use windows_sys::Win32::UI::Shell::{
    QUNS_ACCEPTS_NOTIFICATIONS, QUNS_APP, QUNS_BUSY, QUNS_NOT_PRESENT, QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN, SHQueryUserNotificationState,
};

use super::poll::{IdleTime, Poller};
use super::windows_session::SessionEvents;
use super::{IdleBackend, Observed, Started};
use deskbreak_config::BreaksConfig;

/// Starts what `breaks` asks for and Windows offers: the idle poller, lock and sleep events.
pub async fn start(breaks: &BreaksConfig, observed: mpsc::Sender<Observed>) -> Started {
    let mut started = Started::default();
    if breaks.lock || breaks.sleep {
        match SessionEvents::start(breaks.lock, breaks.sleep, observed) {
            Ok(events) => started._session_events = Some(events),
            Err(e) => tracing::info!("no lock or sleep events ({e}): a suspend is still seen from the clock"),
        }
    }
    if breaks.idle {
        match idle_time() {
            Some(idle) => {
                started.idle = IdleBackend::LastInputInfo;
                started.polled = Some(Poller::new(idle, breaks.natural_break()));
            }
            None => tracing::info!("GetLastInputInfo does not answer: prompts follow the plain schedule"),
        }
    }
    started
}

/// The time since the last input, if the session answers.
fn idle_time() -> Option<IdleTime> {
    let ask = || {
        let mut info = LASTINPUTINFO {
            cbSize: u32::try_from(size_of::<LASTINPUTINFO>()).unwrap_or(u32::MAX),
            dwTime: 0,
        };
        // SAFETY: `info` is a LASTINPUTINFO with its size set, alive for the call.
        if unsafe { GetLastInputInfo(&mut info) } == 0 {
            return None;
        }
        // Both are milliseconds since boot in 32 bits, which wrap every 49.7 days.
        let now = unsafe { GetTickCount() };
        Some(Duration::from_millis(u64::from(now.wrapping_sub(info.dwTime))))
    };
    ask()?;
    Some(Box::new(ask))
}

/// Why the shell says notifications are unwelcome now, if it does
/// (`SHQueryUserNotificationState`, the documented question for this).
pub fn notifications_unwelcome() -> Option<&'static str> {
    let mut state = QUNS_ACCEPTS_NOTIFICATIONS;
    // SAFETY: `state` is a valid out-pointer for the call.
    if unsafe { SHQueryUserNotificationState(&mut state) } < 0 {
        return None;
    }
    match state {
        QUNS_NOT_PRESENT => Some("the screen is locked or the screen saver runs"),
        QUNS_BUSY | QUNS_APP => Some("a full-screen app runs"),
        QUNS_RUNNING_D3D_FULL_SCREEN => Some("a full-screen game runs"),
        QUNS_PRESENTATION_MODE => Some("presentation mode is on"),
        QUNS_QUIET_TIME => Some("Windows keeps quiet (its first hour after setup)"),
        _ => None,
    }
}
