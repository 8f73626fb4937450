//! Linux: ends the launch a panel announced for a tray click, as GTK does once an application has
//! started. GNOME's AppIndicator extension turns each click into a startup sequence (the busy
//! pointer) and hands us its id as the XDG activation token; deskbreak opens no window, so the
//! sequence would otherwise last until Mutter's ~15 s timeout.
//!
//! Wayland: the `gtk_shell1` global's `set_startup_id` (Mutter and a few others offer it; most
//! compositors do not, and then there is nothing to end). X11 and Xwayland: the startup
//! notification spec's `remove:` message on the root window.

use std::os::unix::net::UnixStream;
use std::path::PathBuf;

use anyhow::{Context, anyhow};
use tokio::sync::oneshot;
use wayland_client::globals::{BindError, GlobalListContents, registry_queue_init};
use wayland_client::protocol::wl_registry;
use wayland_client::{Connection, Dispatch, QueueHandle};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, CreateWindowAux, EventMask, WindowClass};

/// `gtk_shell1`, generated from our own description of it (`gtk-shell.xml`).
mod gtk_shell {
    // The generated code names it as `super::wayland_client`.
    #[allow(clippy::single_component_path_imports)]
    use wayland_client;
    use wayland_client::protocol::*;

    pub mod __interfaces {
        // The generated tables name the backend crate; wayland-client re-exports it.
        use wayland_client::backend as wayland_backend;
        use wayland_client::protocol::__interfaces::*;
        wayland_scanner::generate_interfaces!("src/gtk-shell.xml");
    }
    use self::__interfaces::*;

    wayland_scanner::generate_client_code!("src/gtk-shell.xml");
}

use gtk_shell::gtk_shell1::{self, GtkShell1};

/// Tells every display of the session that the launch `token` names is complete. Returns at
/// once: the displays are told from a short-lived thread, so the tray's runtime never waits on
/// a compositor or an X server. The receiver resolves (with an error: nothing is sent) when the
/// thread is done. Failures go to the debug log: most displays have nothing to end.
pub fn complete(token: &str) -> oneshot::Receiver<()> {
    let token = token.to_owned();
    let (done, finished) = oneshot::channel::<()>();
    let spawned = std::thread::Builder::new()
        .name("launch-feedback".into())
        .spawn(move || {
            // Dropped on return, however the thread ends, which resolves `finished`.
            let _done = done;
            if let Some(socket) = wayland_socket() {
                match on_wayland(&socket, &token) {
                    Ok(true) => tracing::debug!("tray: launch {token:?} completed through gtk_shell1"),
                    Ok(false) => {
                        tracing::debug!("tray: the compositor offers no gtk_shell1 to complete launch {token:?}")
                    }
                    Err(e) => tracing::debug!("tray: cannot complete launch {token:?} on Wayland: {e:#}"),
                }
            }
            if std::env::var_os("DISPLAY").is_some() {
                match on_x11(&token) {
                    Ok(()) => tracing::debug!("tray: launch {token:?} completed on the X display"),
                    Err(e) => tracing::debug!("tray: cannot complete launch {token:?} on X11: {e:#}"),
                }
            }
        });
    if let Err(e) = spawned {
        tracing::debug!("tray: cannot start a thread to complete a launch: {e}");
    }
    finished
}

/// The compositor's socket from `WAYLAND_DISPLAY` (relative to `XDG_RUNTIME_DIR` unless
/// absolute). Not `WAYLAND_SOCKET`: that descriptor is for one connection, taken at start.
fn wayland_socket() -> Option<PathBuf> {
    let name = PathBuf::from(std::env::var_os("WAYLAND_DISPLAY")?);
    if name.is_absolute() {
        return Some(name);
    }
    let dir = PathBuf::from(std::env::var_os("XDG_RUNTIME_DIR")?);
    dir.is_absolute().then(|| dir.join(name))
}

/// Sends `set_startup_id(token)` if the compositor offers `gtk_shell1`; `Ok(false)` if not.
fn on_wayland(socket: &std::path::Path, token: &str) -> anyhow::Result<bool> {
    let stream = UnixStream::connect(socket).with_context(|| format!("connecting to {}", socket.display()))?;
    let conn = Connection::from_socket(stream)?;
    let (globals, mut queue) = registry_queue_init::<Shell>(&conn)?;
    let shell: GtkShell1 = match globals.bind(&queue.handle(), 1..=1, ()) {
        Ok(shell) => shell,
        Err(BindError::NotPresent | BindError::UnsupportedVersion) => return Ok(false),
    };
    shell.set_startup_id(Some(token.to_owned()));
    // The request is read (or refused with a protocol error) before we hang up.
    queue.roundtrip(&mut Shell)?;
    Ok(true)
}

/// The Wayland side's state: nothing to keep.
struct Shell;

// Globals that come and go while we send one request do not matter.
impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Shell {
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

// The shell's capabilities (sent on binding) say nothing about ending a launch.
impl Dispatch<GtkShell1, ()> for Shell {
    fn event(_: &mut Self, _: &GtkShell1, _: gtk_shell1::Event, _: &(), _: &Connection, _: &QueueHandle<Self>) {}
}

/// Broadcasts `remove: ID=token` on the root window of `DISPLAY`'s default screen.
fn on_x11(token: &str) -> anyhow::Result<()> {
    let (conn, screen) = x11rb::connect(None)?;
    let root = conn
        .setup()
        .roots
        .get(screen)
        .ok_or_else(|| anyhow!("the X server has no screen {screen}"))?
        .root;
    let begin = conn.intern_atom(false, b"_NET_STARTUP_INFO_BEGIN")?;
    let more = conn.intern_atom(false, b"_NET_STARTUP_INFO")?;
    let (begin, more) = (begin.reply()?.atom, more.reply()?.atom);
    // The spec's messages come from a window of the sender's own, by which receivers join the
    // pieces; an unmapped input-only one is enough, and is gone with the connection.
    let window = conn.generate_id()?;
    conn.create_window(
        x11rb::COPY_DEPTH_FROM_PARENT,
        window,
        root,
        0,
        0,
        1,
        1,
        0,
        WindowClass::INPUT_ONLY,
        x11rb::COPY_FROM_PARENT,
        &CreateWindowAux::new(),
    )?
    .check()?;
    for (i, piece) in pieces(&format!("remove: ID={}", quoted(token))).into_iter().enumerate() {
        let kind = if i == 0 { begin } else { more };
        let event = ClientMessageEvent::new(8, window, kind, piece);
        conn.send_event(false, root, EventMask::PROPERTY_CHANGE, event)?
            .check()?;
    }
    conn.destroy_window(window)?.check()?;
    Ok(())
}

/// A value as the startup notification spec writes it: in double quotes, with `"` and `\`
/// escaped, when it holds a space, a quote or a backslash; as is otherwise.
fn quoted(value: &str) -> String {
    if !value.contains([' ', '"', '\\']) {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// `message` with its terminating NUL, cut into the 20-byte pieces of format-8 client messages,
/// the last one padded with NULs.
fn pieces(message: &str) -> Vec<[u8; 20]> {
    let mut bytes = message.as_bytes().to_vec();
    bytes.push(0);
    bytes
        .chunks(20)
        .map(|chunk| {
            let mut piece = [0; 20];
            piece[..chunk.len()].copy_from_slice(chunk);
            piece
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(pieces: &[[u8; 20]]) -> Vec<u8> {
        pieces.concat()
    }

    #[test]
    fn the_message_ends_with_a_nul_and_pads_the_last_piece() {
        // 19 bytes and the NUL fill one piece exactly.
        let one = pieces("remove: ID=12345678");
        assert_eq!(joined(&one), b"remove: ID=12345678\0");
        // 20 bytes need a second piece for the NUL alone.
        let two = pieces("remove: ID=123456789");
        assert_eq!(two.len(), 2);
        assert_eq!(joined(&two), [b"remove: ID=123456789".as_slice(), &[0; 20]].concat());
        let three = pieces("remove: ID=gnome-shell/deskbreak/1-0-host_TIME5");
        assert_eq!(three.len(), 3);
        assert_eq!(
            joined(&three),
            [b"remove: ID=gnome-shell/deskbreak/1-0-host_TIME5".as_slice(), &[0; 13]].concat()
        );
    }

    #[test]
    fn values_with_spaces_quotes_or_backslashes_are_quoted() {
        assert_eq!(
            quoted("gnome-shell/deskbreak/42-0-host_TIME7"),
            "gnome-shell/deskbreak/42-0-host_TIME7"
        );
        assert_eq!(quoted("a b"), r#""a b""#);
        assert_eq!(quoted(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(quoted(r"back\slash"), r#""back\\slash""#);
    }
}
