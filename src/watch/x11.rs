//! X11 idle time through the MIT-SCREEN-SAVER extension (x11rb: pure Rust, no libXss). X11 has
//! no idle event, so this polls: every half natural break, and at most once a minute.

use std::time::Duration;
use tokio::sync::mpsc;
use x11rb::connection::Connection;
use x11rb::protocol::screensaver::ConnectionExt;

use crate::clock;
use crate::core::model::Presence;
use crate::watch::Observed;

/// Milliseconds since the last keyboard or mouse input, if an X display with the extension
/// answers.
pub fn idle_ms() -> Option<u64> {
    let (conn, screen) = x11rb::connect(None).ok()?;
    query(&conn, screen)
}

fn query(conn: &impl Connection, screen: usize) -> Option<u64> {
    let root = conn.setup().roots.get(screen)?.root;
    let info = conn.screensaver_query_info(root).ok()?.reply().ok()?;
    Some(u64::from(info.ms_since_user_input))
}

/// Starts polling if `DISPLAY` leads to an X server with the extension.
pub fn watch_idle(natural_break: Duration, observed: mpsc::Sender<Observed>) -> bool {
    if std::env::var_os("DISPLAY").is_none() {
        return false;
    }
    let Ok((conn, screen)) = x11rb::connect(None) else {
        return false;
    };
    if query(&conn, screen).is_none() {
        return false;
    }
    let period = (natural_break / 2).clamp(Duration::from_secs(1), Duration::from_secs(60));
    let threshold = u64::try_from(natural_break.as_millis()).unwrap_or(u64::MAX);
    tokio::spawn(async move {
        let mut away = false;
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            // The display went away (session ended): stop quietly.
            let Some(idle) = query(&conn, screen) else { return };
            let seen = match (away, idle >= threshold) {
                (false, true) => {
                    let since = clock::now() - chrono::Duration::milliseconds(i64::try_from(idle).unwrap_or(0));
                    Presence::Idle { since }
                }
                (true, false) => Presence::Active,
                _ => continue,
            };
            away = !away;
            if observed.send(Observed::Presence(seen)).await.is_err() {
                return;
            }
        }
    });
    true
}
