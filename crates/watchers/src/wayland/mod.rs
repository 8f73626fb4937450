//! Wayland idle time from the compositor's own events (`ext-idle-notify-v1`, or KDE's older
//! `org_kde_kwin_idle`: see `notifier`). The compositor says when the seat has been idle for the
//! natural break and when input comes back, so nothing polls: the connection's socket wakes the
//! daemon only for those events, and for a pause in typing while a prompt waits for one.
//! wayland-client's pure Rust backend: no libwayland.
//!
//! The ext notification is the version 1 kind, which honours idle inhibitors: a video that keeps
//! the screen awake is not a break from sitting, as with X11, where players reset the idle time.

mod notifier;

use std::time::Duration;

use tokio::io::Interest;
use tokio::io::unix::AsyncFd;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use wayland_client::backend::WaylandError;
use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle, delegate_noop};

use self::notifier::{Notification, Notifier};
use crate::{IdleBackend, Observed, PauseRequests, ago};
use deskbreak_core::events::Presence;

/// Whether this is a Wayland session, where an X server is only Xwayland: its idle time counts
/// the input of X clients alone, so it must not be read as the person's.
pub fn is_session() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_some()
        || std::env::var_os("WAYLAND_SOCKET").is_some()
        || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t == "wayland")
}

/// What an idle notification is for: the natural break, or the pause watch with this number.
/// The number tells a called-off watch's late event (already on its way) from the current one's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Purpose {
    NaturalBreak,
    Pause(u64),
}

/// What the compositor said since the last look.
struct Seen {
    natural_break: Duration,
    changes: Vec<Presence>,
    /// The pause watch asked for now, if any.
    pause: Option<u64>,
    /// Its idle event came.
    paused: bool,
}

impl Seen {
    fn idled(&mut self, purpose: Purpose) {
        match purpose {
            Purpose::NaturalBreak => self.changes.push(Presence::Idle {
                since: ago(self.natural_break),
            }),
            Purpose::Pause(n) => self.paused |= self.pause == Some(n),
        }
    }

    fn resumed(&mut self, purpose: Purpose) {
        // Input after a pause means nothing to a watch that already said so.
        if purpose == Purpose::NaturalBreak {
            self.changes.push(Presence::Active);
        }
    }
}

/// An idle notification the compositor accepted, ready to be followed.
pub struct Watch {
    conn: Connection,
    queue: EventQueue<Seen>,
    seen: Seen,
    notifier: Notifier,
    seat: wl_seat::WlSeat,
    /// The pause watch's notification while one is asked for, and the last number given.
    pause: Option<Notification>,
    pauses_asked: u64,
}

impl Watch {
    /// A watch if a Wayland compositor answers and offers a seat and either idle protocol.
    pub fn open(natural_break: Duration) -> Option<Watch> {
        let conn = Connection::connect_to_env().ok()?;
        let (globals, mut queue) = registry_queue_init::<Seen>(&conn).ok()?;
        let qh = queue.handle();
        let notifier = Notifier::bind(&globals, &qh)?;
        let seat: wl_seat::WlSeat = globals.bind(&qh, 1..=1, ()).ok()?;
        // Its events reach `Seen` through the queue; it lives as long as the connection.
        let _ = notifier.notify(&seat, natural_break, Purpose::NaturalBreak, &qh);
        let mut seen = Seen {
            natural_break,
            changes: Vec::new(),
            pause: None,
            paused: false,
        };
        // The compositor has the request once this returns; a protocol error shows here.
        queue.roundtrip(&mut seen).ok()?;
        Some(Watch {
            conn,
            queue,
            seen,
            notifier,
            seat,
            pause: None,
            pauses_asked: 0,
        })
    }

    /// Which protocol the compositor offered.
    pub fn backend(&self) -> IdleBackend {
        self.notifier.backend()
    }

    /// Follows the compositor's events, and the pause watches asked for on `pauses`, until the
    /// compositor goes away (then says so once).
    pub fn spawn(self, tasks: &mut JoinSet<()>, observed: mpsc::Sender<Observed>, pauses: PauseRequests) {
        tasks.spawn(async move {
            match self.follow(&observed, pauses).await {
                Ok(()) => {}
                Err(e) => tracing::warn!("Wayland idle detection stopped: {e}"),
            }
        });
    }

    async fn follow(
        mut self,
        observed: &mpsc::Sender<Observed>,
        mut pauses: PauseRequests,
    ) -> Result<(), WaylandError> {
        let socket = self
            .conn
            .backend()
            .poll_fd()
            .try_clone_to_owned()
            .map_err(WaylandError::Io)?;
        // Readable only: the requests are a few small ones per prompt, into a socket the
        // compositor drains, so waiting for it to take them would only add wake-ups.
        // SAFETY: the AsyncFd owns this duplicate of the connection's socket, so the descriptor
        // stays open and the same for as long as it is registered.
        let socket = unsafe { AsyncFd::register_with_interest(socket, Interest::READABLE) }
            .map_err(|e| WaylandError::Io(e.into()))?;
        // Until the daemon drops its end: then only the idle events are followed.
        let mut asking = true;
        loop {
            self.queue
                .dispatch_pending(&mut self.seen)
                .map_err(|e| WaylandError::Io(std::io::Error::other(e)))?;
            for presence in self.seen.changes.drain(..) {
                if observed.send(Observed::Presence(presence)).await.is_err() {
                    return Ok(());
                }
            }
            if std::mem::take(&mut self.seen.paused) {
                // Said once: the compositor forgets the watch.
                self.watch_pause(None);
                if observed.send(Observed::InputPaused).await.is_err() {
                    return Ok(());
                }
            }
            match self.queue.flush() {
                Ok(()) => {}
                // A full socket (a compositor that does not read): the rest goes next time.
                Err(WaylandError::Io(e)) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
            let Some(read) = self.queue.prepare_read() else {
                continue;
            };
            tokio::select! {
                ready = socket.readable() => {
                    let mut ready = ready.map_err(WaylandError::Io)?;
                    match read.read() {
                        Ok(_) => {}
                        Err(WaylandError::Io(e)) if e.kind() == std::io::ErrorKind::WouldBlock => ready.clear_ready(),
                        Err(e) => return Err(e),
                    }
                }
                changed = pauses.changed(), if asking => {
                    // Not reading now: the guard gives the socket back to the next loop.
                    drop(read);
                    match changed {
                        Ok(()) => {
                            let length = *pauses.borrow_and_update();
                            self.watch_pause(length);
                        }
                        Err(_) => asking = false,
                    }
                }
            }
        }
    }

    /// Calls off the pause watch in progress, if any, and with `Some(length)` starts a fresh
    /// one: the latest request is the one that counts. Both protocols time a notification from
    /// its creation, not from the last input (wlroots and KWin start its timer then), so a pause
    /// already under way is said `length` from now at the latest. Under an idle inhibitor (which
    /// the ext notification must honour) no pause comes: the prompt waits its `wait_for_pause`.
    fn watch_pause(&mut self, length: Option<Duration>) {
        if let Some(old) = self.pause.take() {
            old.stop();
        }
        self.seen.pause = None;
        self.seen.paused = false;
        if let Some(length) = length {
            self.pauses_asked += 1;
            let purpose = Purpose::Pause(self.pauses_asked);
            self.pause = Some(self.notifier.notify(&self.seat, length, purpose, &self.queue.handle()));
            self.seen.pause = Some(self.pauses_asked);
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
