//! A stand-in Wayland compositor that offers a seat and `ext_idle_notifier_v1`, as KDE Plasma,
//! sway or Hyprland do: it records the idle timeouts clients ask for, and the test decides when
//! the seat goes idle and when input comes back. It also offers GNOME's `gtk_shell1` and records
//! the startup ids clients say are complete.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use wayland_protocols::ext::idle_notify::v1::server::ext_idle_notification_v1::ExtIdleNotificationV1;
use wayland_protocols::ext::idle_notify::v1::server::ext_idle_notifier_v1::{self, ExtIdleNotifierV1};
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
        wayland_scanner::generate_interfaces!("src/tray/gtk-shell.xml");
    }
    use self::__interfaces::*;

    wayland_scanner::generate_server_code!("src/tray/gtk-shell.xml");
}

use gtk_shell::gtk_shell1::{self, GtkShell1};

enum Seat {
    Idle,
    Resumed,
}

struct Compositor {
    /// The timeouts (ms) of the idle notifications clients asked for.
    timeouts: Arc<Mutex<Vec<u32>>>,
    notifications: Vec<ExtIdleNotificationV1>,
    /// Each `gtk_shell1.set_startup_id`, in order.
    startup_ids: Arc<Mutex<Vec<Option<String>>>>,
}

pub struct FakeCompositor {
    /// The socket's name, for `WAYLAND_DISPLAY` (relative to `XDG_RUNTIME_DIR`).
    pub display: String,
    timeouts: Arc<Mutex<Vec<u32>>>,
    startup_ids: Arc<Mutex<Vec<Option<String>>>>,
    commands: mpsc::Sender<Seat>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FakeCompositor {
    /// Listens on `dir/wayland-test`.
    pub fn start(dir: &Path) -> FakeCompositor {
        let display = "wayland-test".to_string();
        let socket = ListeningSocket::bind_absolute(dir.join(&display)).expect("the compositor's socket");
        let timeouts = Arc::new(Mutex::new(Vec::new()));
        let startup_ids = Arc::new(Mutex::new(Vec::new()));
        let (commands, received) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let mut state = Compositor {
            timeouts: timeouts.clone(),
            notifications: Vec::new(),
            startup_ids: startup_ids.clone(),
        };
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut display: Display<Compositor> = Display::new().expect("a Wayland display");
            let handle = display.handle();
            handle.create_global::<Compositor, WlSeat, ()>(7, ());
            handle.create_global::<Compositor, ExtIdleNotifierV1, ()>(1, ());
            // Version 3, the highest our description has (Mutter offers more; clients bind 1).
            handle.create_global::<Compositor, GtkShell1, ()>(3, ());
            while !stopped.load(Ordering::Relaxed) {
                while let Ok(Some(stream)) = socket.accept() {
                    display.handle().insert_client(stream, Arc::new(())).expect("a client");
                }
                display.dispatch_clients(&mut state).expect("dispatching");
                while let Ok(command) = received.try_recv() {
                    for n in state.notifications.iter().filter(|n| n.is_alive()) {
                        match command {
                            Seat::Idle => n.idled(),
                            Seat::Resumed => n.resumed(),
                        }
                    }
                }
                // A client that went away is no reason to stop.
                let _ = display.flush_clients();
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        FakeCompositor {
            display,
            timeouts,
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

    /// The startup ids clients said are complete (`gtk_shell1.set_startup_id`), in order.
    pub fn startup_ids(&self) -> Vec<Option<String>> {
        self.startup_ids.lock().unwrap().clone()
    }

    /// The seat has had no input for the notifications' timeout.
    pub fn go_idle(&self) {
        self.commands.send(Seat::Idle).unwrap();
    }

    /// Input again.
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
            state.notifications.push(init.init(id, ()));
        }
    }
}

impl Dispatch<ExtIdleNotificationV1, ()> for Compositor {
    fn request(
        _: &mut Self,
        _: &Client,
        _: &ExtIdleNotificationV1,
        _: <ExtIdleNotificationV1 as Resource>::Request,
        _: &(),
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
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
