//! A stand-in panel for measurements: serves a minimal StatusNotifierWatcher on the session bus
//! (`DBUS_SESSION_BUS_ADDRESS`) until killed, so the tray registers as it would on a desktop.
//! `cargo run --example sni_watcher`; see the README's "Measuring" section.

// Public, as in the tests (tests/common/README.md): this example only starts it.
#[cfg(all(unix, not(target_os = "macos")))]
#[path = "../tests/common/sni_watcher.rs"]
pub mod sni_watcher;

#[cfg(all(unix, not(target_os = "macos")))]
fn main() {
    let Some(address) = std::env::var_os("DBUS_SESSION_BUS_ADDRESS") else {
        eprintln!("sni_watcher: DBUS_SESSION_BUS_ADDRESS is not set: run it inside a D-Bus session");
        std::process::exit(1);
    };
    let _watcher = sni_watcher::FakeWatcher::start(&address.to_string_lossy());
    loop {
        std::thread::park();
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn main() {
    eprintln!("this stand-in needs D-Bus: Linux and the BSDs only");
    std::process::exit(1);
}
