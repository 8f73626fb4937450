//! macOS: idle time from the HID system's event source, polled. A locked screen has no input,
//! so it counts as away once the natural break has passed; a sleep shows as a jump of the wall
//! clock, which the daemon's loop already notices. Compiled here, never run (see the README).

use objc2_core_graphics::{CGEventSource, CGEventSourceStateID, CGEventType};
use std::time::Duration;
use tokio::sync::mpsc;

use super::poll::{IdleTime, Poller};
use super::{IdleBackend, Observed, Started};
use deskbreak_config::BreaksConfig;

/// `kCGAnyInputEventType`: keyboard, mouse and tablet alike.
const ANY_INPUT: CGEventType = CGEventType(u32::MAX);

/// Starts what `breaks` asks for and macOS lets an app see: the idle poller.
pub async fn start(breaks: &BreaksConfig, _observed: mpsc::Sender<Observed>) -> Started {
    let mut started = Started::default();
    if breaks.idle {
        started.idle = IdleBackend::EventSource;
        started.polled = Some(Poller::new(idle_time(), breaks.natural_break()));
    }
    started
}

fn idle_time() -> IdleTime {
    Box::new(|| {
        let seconds = CGEventSource::seconds_since_last_event_type(CGEventSourceStateID::HIDSystemState, ANY_INPUT);
        Duration::try_from_secs_f64(seconds).ok()
    })
}
