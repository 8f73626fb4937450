//! Wayland idle time through the `ext-idle-notify-v1` protocol (KDE Plasma, sway 1.8+, Hyprland,
//! niri, COSMIC, labwc, ...). The compositor says when the seat has been idle for the natural
//! break and when input comes back, so nothing polls: the connection's socket wakes the daemon
//! only for those two events. wayland-client's pure Rust backend: no libwayland.
//!
//! The notification is the version 1 kind, which honours idle inhibitors: a video that keeps the
//! screen awake is not a break from sitting, as with X11, where players reset the idle time.

use std::time::Duration;

use tokio::io::Interest;
use tokio::io::unix::AsyncFd;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use wayland_client::backend::WaylandError;
use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle, delegate_noop};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notification_v1::{self, ExtIdleNotificationV1};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notifier_v1::ExtIdleNotifierV1;

use crate::core::io::Presence;
use crate::presence::{Observed, ago};

/// Whether this is a Wayland session, where an X server is only Xwayland: its idle time counts
/// the input of X clients alone, so it must not be read as the person's.
pub fn is_session() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_some()
        || std::env::var_os("WAYLAND_SOCKET").is_some()
        || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t == "wayland")
}

/// What the compositor said since the last look.
struct Seen {
    natural_break: Duration,
    changes: Vec<Presence>,
}

/// An idle notification the compositor accepted, ready to be followed.
pub struct Watch {
    conn: Connection,
    queue: EventQueue<Seen>,
    seen: Seen,
}

impl Watch {
    /// A watch if a Wayland compositor answers and offers `ext_idle_notifier_v1` and a seat.
    pub fn open(natural_break: Duration) -> Option<Watch> {
        let conn = Connection::connect_to_env().ok()?;
        let (globals, mut queue) = registry_queue_init::<Seen>(&conn).ok()?;
        let qh = queue.handle();
        let notifier: ExtIdleNotifierV1 = globals.bind(&qh, 1..=1, ()).ok()?;
        let seat: wl_seat::WlSeat = globals.bind(&qh, 1..=1, ()).ok()?;
        let timeout = u32::try_from(natural_break.as_millis()).unwrap_or(u32::MAX);
        // Its events reach `Seen` through the queue; the proxy itself is not needed again.
        let _ = notifier.get_idle_notification(timeout, &seat, &qh, ());
        let mut seen = Seen {
            natural_break,
            changes: Vec::new(),
        };
        // The compositor has the request once this returns; a protocol error shows here.
        queue.roundtrip(&mut seen).ok()?;
        Some(Watch { conn, queue, seen })
    }

    /// Follows the compositor's events until it goes away (then says so once).
    pub fn spawn(self, tasks: &mut JoinSet<()>, observed: mpsc::Sender<Observed>) {
        tasks.spawn(async move {
            match self.follow(&observed).await {
                Ok(()) => {}
                Err(e) => tracing::warn!("Wayland idle detection stopped: {e}"),
            }
        });
    }

    async fn follow(mut self, observed: &mpsc::Sender<Observed>) -> Result<(), WaylandError> {
        let socket = self
            .conn
            .backend()
            .poll_fd()
            .try_clone_to_owned()
            .map_err(WaylandError::Io)?;
        // Readable only: the requests were all sent in `open`, so write readiness never matters.
        // SAFETY: the AsyncFd owns this duplicate of the connection's socket, so the descriptor
        // stays open and the same for as long as it is registered.
        let socket = unsafe { AsyncFd::register_with_interest(socket, Interest::READABLE) }
            .map_err(|e| WaylandError::Io(e.into()))?;
        loop {
            self.queue
                .dispatch_pending(&mut self.seen)
                .map_err(|e| WaylandError::Io(std::io::Error::other(e)))?;
            for presence in self.seen.changes.drain(..) {
                if observed.send(Observed::Presence(presence)).await.is_err() {
                    return Ok(());
                }
            }
            self.queue.flush()?;
            let Some(read) = self.queue.prepare_read() else {
                continue;
            };
            let mut ready = socket.readable().await.map_err(WaylandError::Io)?;
            match read.read() {
                Ok(_) => {}
                Err(WaylandError::Io(e)) if e.kind() == std::io::ErrorKind::WouldBlock => ready.clear_ready(),
                Err(e) => return Err(e),
            }
        }
    }
}

impl Dispatch<ExtIdleNotificationV1, ()> for Seen {
    fn event(
        seen: &mut Self,
        _: &ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => seen.changes.push(Presence::Idle {
                since: ago(seen.natural_break),
            }),
            ext_idle_notification_v1::Event::Resumed => seen.changes.push(Presence::Active),
            _ => {}
        }
    }
}

// Globals that come and go later (outputs, a second seat) do not matter to an idle watch.
impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Seen {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

delegate_noop!(Seen: ignore wl_seat::WlSeat);
delegate_noop!(Seen: ExtIdleNotifierV1);
