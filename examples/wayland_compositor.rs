//! A stand-in Wayland compositor for measurements: offers a seat and `ext_idle_notifier_v1` on
//! `DIR/wayland-test` until killed, so deskbreak's Wayland idle backend runs as it would on KDE
//! Plasma or sway. `cargo run --example wayland_compositor DIR`, then start deskbreak with
//! `WAYLAND_DISPLAY=DIR/wayland-test`; see the README's "Footprint" section.

// Public, as in the tests (tests/common/README.md): this example only starts it.
#[cfg(all(unix, not(target_os = "macos")))]
#[path = "../tests/common/wayland.rs"]
pub mod wayland;

#[cfg(all(unix, not(target_os = "macos")))]
fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: wayland_compositor DIR (the socket is DIR/wayland-test)");
        std::process::exit(1);
    };
    let _compositor = wayland::FakeCompositor::start(std::path::Path::new(&dir));
    loop {
        std::thread::park();
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn main() {
    eprintln!("this stand-in needs Wayland: Linux and the BSDs only");
    std::process::exit(1);
}
