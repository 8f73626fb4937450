//! Windows: idle time from `GetLastInputInfo`, polled. A locked screen has no input, so it counts
//! as away once the natural break has passed; a suspend shows as a jump of the wall clock, which
//! the daemon's loop already notices.

use std::time::Duration;
use tokio::sync::mpsc;
use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};

use super::poll::{IdleTime, Poller};
use super::{IdleBackend, Observed, Started};
use crate::config::BreaksConfig;

/// Starts what `breaks` asks for and Windows offers: the idle poller.
pub async fn start(breaks: &BreaksConfig, _observed: mpsc::Sender<Observed>) -> Started {
    let mut started = Started::default();
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
