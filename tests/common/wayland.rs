//! A stand-in Wayland compositor that offers a seat and `ext_idle_notifier_v1`, as KDE Plasma 5.27+,
//! sway 1.8+ or Hyprland do, or (`start_kde`) only KDE's older `org_kde_kwin_idle`, as Plasma before 5.27
//! and sway up to 1.7 do. It records the idle timeouts clients ask for and which they destroy,
//! and the test decides when the seat goes idle and when input comes back; a destroyed
//! notification gets no more events, as from a real compositor. It also offers GNOME's
//! `gtk_shell1` (with ext-idle-notify) and records the startup ids clients say are complete.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use wayland_protocols::ext::idle_notify::v1::server::ext_idle_notification_v1::{self, ExtIdleNotificationV1};
use wayland_protocols::ext::idle_notify::v1::server::ext_idle_notifier_v1::{self, ExtIdleNotifierV1};
use wayland_protocols_plasma::idle::server::org_kde_kwin_idle::{self, OrgKdeKwinIdle};
use wayland_protocols_plasma::idle::server::org_kde_kwin_idle_timeout::{self, OrgKdeKwinIdleTimeout};
use wayland_server::protocol::wl_seat::{self, WlSeat};
use wayland_server::{
    Client, DataInit, Dispatch, Display, DisplayHandle, GlobalDispatch, ListeningSocket, New, Resource,
};

/// `gtk_shell1`'s server side, from the daemon's own description of it.
pub mod gtk_shell {
    use wayland_server;
    use wayland_server::protocol::*;

    pub mod __interfaces {
        // The generated tables name the backend crate; wayland-server re-exports it.
        use wayland_server::backend as wayland_backend;
        use wayland_server::protocol::__interfaces::*;
        wayland_scanner::generate_interfaces!("crates/tray/src/gtk-shell.xml");
    }
    use self::__interfaces::*;

    wayland_scanner::generate_server_code!("crates/tray/src/gtk-shell.xml");
}

use gtk_shell::gtk_shell1::{self, GtkShell1};

enum Seat {
    /// No input for the timeout of the live notifications (of this timeout only, if given).
    Idle(Option<u32>),
    Resumed,
}

/// Which idle protocol the compositor offers.
#[derive(Clone, Copy)]
enum Offer {
    Ext,
    Kde,
}

/// A live idle notification (ext) or timeout (KDE).
enum Object {
    Ext(ExtIdleNotificationV1),
    Kde(OrgKdeKwinIdleTimeout),
}

struct Notification {
    object: Object,
    timeout: u32,
    /// Said idle, and not yet resumed: both protocols say each only once in turn.
    idle: bool,
}

impl Notification {
    fn is_alive(&self) -> bool {
        match &self.object {
            Object::Ext(n) => n.is_alive(),
            Object::Kde(t) => t.is_alive(),
        }
    }

    fn idled(&mut self) {
        self.idle = true;
        match &self.object {
            Object::Ext(n) => n.idled(),
            Object::Kde(t) => t.idle(),
        }
    }

    fn resumed(&mut self) {
        self.idle = false;
        match &self.object {
            Object::Ext(n) => n.resumed(),
            Object::Kde(t) => t.resumed(),
        }
    }
}

struct Compositor {
    /// The timeouts (ms) of the idle notifications clients asked for.
    timeouts: Arc<Mutex<Vec<u32>>>,
    /// The timeouts (ms) of those a client destroyed (released), in order.
    destroyed: Arc<Mutex<Vec<u32>>>,
    /// The timeouts (ms) of those alive now.
    live: Arc<Mutex<Vec<u32>>>,
    notifications: Vec<Notification>,
    /// Each `gtk_shell1.set_startup_id`, in order.
    startup_ids: Arc<Mutex<Vec<Option<String>>>>,
}

impl Compositor {
    /// Forgets the notifications whose client destroyed them or went away.
    fn forget_dead(&mut self) {
        self.notifications.retain(Notification::is_alive);
        *self.live.lock().unwrap() = self.notifications.iter().map(|n| n.timeout).collect();
    }

    fn seat(&mut self, command: &Seat) {
        self.forget_dead();
        for n in &mut self.notifications {
            match command {
                Seat::Idle(only) if !n.idle && only.is_none_or(|t| t == n.timeout) => n.idled(),
                Seat::Resumed if n.idle => n.resumed(),
                _ => {}
            }
        }
    }
}

pub struct FakeCompositor {
    /// The socket's name, for `WAYLAND_DISPLAY` (relative to `XDG_RUNTIME_DIR`).
    pub display: String,
    timeouts: Arc<Mutex<Vec<u32>>>,
    destroyed: Arc<Mutex<Vec<u32>>>,
    live: Arc<Mutex<Vec<u32>>>,
    startup_ids: Arc<Mutex<Vec<Option<String>>>>,
    commands: mpsc::Sender<Seat>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FakeCompositor {
    /// Listens on `dir/wayland-test`, offering ext-idle-notify-v1 and gtk_shell1.
    pub fn start(dir: &Path) -> FakeCompositor {
        FakeCompositor::start_offering(dir, Offer::Ext)
    }

    /// Listens on `dir/wayland-test`, offering only org_kde_kwin_idle (and the seat).
    pub fn start_kde(dir: &Path) -> FakeCompositor {
        FakeCompositor::start_offering(dir, Offer::Kde)
    }

    fn start_offering(dir: &Path, offer: Offer) -> FakeCompositor {
        let display = "wayland-test".to_string();
        let socket = ListeningSocket::bind_absolute(dir.join(&display)).expect("the compositor's socket");
        let timeouts = Arc::new(Mutex::new(Vec::new()));
        let destroyed = Arc::new(Mutex::new(Vec::new()));
        let live = Arc::new(Mutex::new(Vec::new()));
        let startup_ids = Arc::new(Mutex::new(Vec::new()));
        let (commands, received) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let mut state = Compositor {
            timeouts: timeouts.clone(),
            destroyed: destroyed.clone(),
            live: live.clone(),
            notifications: Vec::new(),
            startup_ids: startup_ids.clone(),
        };
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut display: Display<Compositor> = Display::new().expect("a Wayland display");
            let handle = display.handle();
            handle.create_global::<Compositor, WlSeat, ()>(7, ());
            match offer {
                Offer::Ext => {
                    handle.create_global::<Compositor, ExtIdleNotifierV1, ()>(1, ());
                    // Version 3, the highest our description has (Mutter offers more; clients
                    // bind 1).
                    handle.create_global::<Compositor, GtkShell1, ()>(3, ());
                }
                Offer::Kde => {
                    handle.create_global::<Compositor, OrgKdeKwinIdle, ()>(1, ());
                }
            }
            while !stopped.load(Ordering::Relaxed) {
                while let Ok(Some(stream)) = socket.accept() {
                    display.handle().insert_client(stream, Arc::new(())).expect("a client");
                }
                display.dispatch_clients(&mut state).expect("dispatching");
                state.forget_dead();
                while let Ok(command) = received.try_recv() {
                    state.seat(&command);
                }
                // A client that went away is no reason to stop.
                let _ = display.flush_clients();
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        FakeCompositor {
            display,
            timeouts,
            destroyed,
            live,
            startup_ids,
            commands,
            stop,
            thread: Some(thread),
        }
    }

    /// The timeouts (ms) of the idle notifications clients asked for so far.
    pub fn idle_timeouts(&self) -> Vec<u32> {
        self.timeouts.lock().unwrap().clone()
    }

    /// The timeouts (ms) of the idle notifications clients destroyed (released), in order.
    /// A client that disconnects destroys nothing: its notifications just end.
    pub fn destroyed_timeouts(&self) -> Vec<u32> {
        self.destroyed.lock().unwrap().clone()
    }

    /// The timeouts (ms) of the idle notifications alive now, oldest first.
    pub fn live_timeouts(&self) -> Vec<u32> {
        self.live.lock().unwrap().clone()
    }

    /// The startup ids clients said are complete (`gtk_shell1.set_startup_id`), in order.
    pub fn startup_ids(&self) -> Vec<Option<String>> {
        self.startup_ids.lock().unwrap().clone()
    }

    /// The seat has had no input for the notifications' timeout: each live one not idle yet
    /// hears so.
    pub fn go_idle(&self) {
        self.commands.send(Seat::Idle(None)).unwrap();
    }

    /// The seat has had no input for `timeout_ms`: only the live notifications of that timeout
    /// hear so (a shorter one would have heard earlier; the test says when).
    pub fn idle_for(&self, timeout_ms: u32) {
        self.commands.send(Seat::Idle(Some(timeout_ms))).unwrap();
    }

    /// Input again: the notifications that said idle hear it.
    pub fn come_back(&self) {
        self.commands.send(Seat::Resumed).unwrap();
    }
}

impl Drop for FakeCompositor {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl GlobalDispatch<WlSeat, ()> for Compositor {
    fn bind(_: &mut Self, _: &DisplayHandle, _: &Client, seat: New<WlSeat>, _: &(), init: &mut DataInit<'_, Self>) {
        init.init(seat, ());
    }
}

impl Dispatch<WlSeat, ()> for Compositor {
    // A seat with no keyboard or pointer to hand out: idle clients ask for neither.
    fn request(
        _: &mut Self,
        _: &Client,
        _: &WlSeat,
        _: wl_seat::Request,
        _: &(),
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
    }
}

impl GlobalDispatch<ExtIdleNotifierV1, ()> for Compositor {
    fn bind(
        _: &mut Self,
        _: &DisplayHandle,
        _: &Client,
        notifier: New<ExtIdleNotifierV1>,
        _: &(),
        init: &mut DataInit<'_, Self>,
    ) {
        init.init(notifier, ());
    }
}

impl Dispatch<ExtIdleNotifierV1, ()> for Compositor {
    fn request(
        state: &mut Self,
        _: &Client,
        _: &ExtIdleNotifierV1,
        request: ext_idle_notifier_v1::Request,
        _: &(),
        _: &DisplayHandle,
        init: &mut DataInit<'_, Self>,
    ) {
        if let ext_idle_notifier_v1::Request::GetIdleNotification { id, timeout, .. } = request {
            state.timeouts.lock().unwrap().push(timeout);
            let object = Object::Ext(init.init(id, timeout));
            state.notifications.push(Notification {
                object,
                timeout,
                idle: false,
            });
        }
    }
}

impl Dispatch<ExtIdleNotificationV1, u32> for Compositor {
    fn request(
        state: &mut Self,
        _: &Client,
        _: &ExtIdleNotificationV1,
        request: ext_idle_notification_v1::Request,
        timeout: &u32,
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
        if let ext_idle_notification_v1::Request::Destroy = request {
            state.destroyed.lock().unwrap().push(*timeout);
        }
    }
}

impl GlobalDispatch<OrgKdeKwinIdle, ()> for Compositor {
    fn bind(
        _: &mut Self,
        _: &DisplayHandle,
        _: &Client,
        idle: New<OrgKdeKwinIdle>,
        _: &(),
        init: &mut DataInit<'_, Self>,
    ) {
        init.init(idle, ());
    }
}

impl Dispatch<OrgKdeKwinIdle, ()> for Compositor {
    fn request(
        state: &mut Self,
        _: &Client,
        _: &OrgKdeKwinIdle,
        request: org_kde_kwin_idle::Request,
        _: &(),
        _: &DisplayHandle,
        init: &mut DataInit<'_, Self>,
    ) {
        if let org_kde_kwin_idle::Request::GetIdleTimeout { id, timeout, .. } = request {
            state.timeouts.lock().unwrap().push(timeout);
            let object = Object::Kde(init.init(id, timeout));
            state.notifications.push(Notification {
                object,
                timeout,
                idle: false,
            });
        }
    }
}

impl Dispatch<OrgKdeKwinIdleTimeout, u32> for Compositor {
    fn request(
        state: &mut Self,
        _: &Client,
        _: &OrgKdeKwinIdleTimeout,
        request: org_kde_kwin_idle_timeout::Request,
        timeout: &u32,
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
        match request {
            org_kde_kwin_idle_timeout::Request::Release => state.destroyed.lock().unwrap().push(*timeout),
            // "Just like real user activity on the seat", as KWin has it.
            org_kde_kwin_idle_timeout::Request::SimulateUserActivity => state.seat(&Seat::Resumed),
            _ => {}
        }
    }
}

impl GlobalDispatch<GtkShell1, ()> for Compositor {
    fn bind(_: &mut Self, _: &DisplayHandle, _: &Client, shell: New<GtkShell1>, _: &(), init: &mut DataInit<'_, Self>) {
        // Mutter tells a new gtk_shell1 its capabilities at once; none here.
        init.init(shell, ()).capabilities(0);
    }
}

impl Dispatch<GtkShell1, ()> for Compositor {
    fn request(
        state: &mut Self,
        _: &Client,
        _: &GtkShell1,
        request: gtk_shell1::Request,
        _: &(),
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
        // Only the startup ids matter to the tests. get_gtk_surface cannot come (it needs a
        // wl_surface, and there is no wl_compositor here); the bell and launch notices are
        // ignored, as by a compositor without sound or launch feedback.
        if let gtk_shell1::Request::SetStartupId { startup_id } = request {
            state.startup_ids.lock().unwrap().push(startup_id);
        }
    }
}
