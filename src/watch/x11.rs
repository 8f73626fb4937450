//! X11 idle time through the MIT-SCREEN-SAVER extension (x11rb: pure Rust, no libXss). X11 has
//! no idle event, so this is polled — by the daemon's own loop, on the wake-ups it makes anyway,
//! every half natural break and at most once a minute: no timer of its own.

use std::time::Duration;
use x11rb::connection::Connection;
use x11rb::protocol::screensaver::ConnectionExt;
use x11rb::rust_connection::RustConnection;

use crate::clock;
use crate::core::model::Presence;

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

/// An open display, asked for its idle time whenever the daemon wakes.
pub struct Poller {
    conn: RustConnection,
    screen: usize,
    threshold_ms: u64,
    /// How often the daemon must wake for this poller.
    pub period: Duration,
    away: bool,
}

impl Poller {
    /// A poller if `DISPLAY` leads to an X server with the extension.
    pub fn open(natural_break: Duration) -> Option<Poller> {
        std::env::var_os("DISPLAY")?;
        let (conn, screen) = x11rb::connect(None).ok()?;
        query(&conn, screen)?;
        Some(Poller {
            conn,
            screen,
            threshold_ms: u64::try_from(natural_break.as_millis()).unwrap_or(u64::MAX),
            period: (natural_break / 2).clamp(Duration::from_secs(1), Duration::from_secs(60)),
            away: false,
        })
    }

    /// A change of presence since the last poll, if any. A display that went away (the
    /// session ended) reports nothing.
    pub fn poll(&mut self) -> Option<Presence> {
        let idle = query(&self.conn, self.screen)?;
        let seen = match (self.away, idle >= self.threshold_ms) {
            (false, true) => {
                let since = clock::now() - chrono::Duration::milliseconds(i64::try_from(idle).unwrap_or(0));
                Presence::Idle { since }
            }
            (true, false) => Presence::Active,
            _ => return None,
        };
        self.away = !self.away;
        Some(seen)
    }
}
