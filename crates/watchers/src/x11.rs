//! X11 idle time through the MIT-SCREEN-SAVER extension (x11rb: pure Rust, no libXss). X11 has
//! no idle event, so `poll` asks it only when the answer can matter.

use std::time::Duration;
use x11rb::connection::Connection;
use x11rb::protocol::screensaver::ConnectionExt;

use super::poll::IdleTime;

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

/// An open display to ask, if `DISPLAY` leads to an X server with the extension.
pub fn open() -> Option<IdleTime> {
    std::env::var_os("DISPLAY")?;
    let (conn, screen) = x11rb::connect(None).ok()?;
    query(&conn, screen)?;
    Some(Box::new(move || query(&conn, screen).map(Duration::from_millis)))
}
