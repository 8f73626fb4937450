//! Linux and macOS: the control channel is a Unix socket, mode 0600, in the runtime directory;
//! the peer's uid is checked as well.

use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;
use tokio::net::{UnixListener, UnixStream};

/// A connected client, as the daemon sees it.
pub type Conn = UnixStream;

/// The CLI's end of a connection.
pub type ClientStream = std::os::unix::net::UnixStream;

pub struct Listener(UnixListener);

impl Listener {
    /// Binds the socket, mode 0600. A socket file left there is taken away only if nobody
    /// answers on it: the instance lock guards the log, and a daemon of another data directory
    /// may serve this socket. If one does, the error is `AddrInUse`.
    pub fn bind(path: &Path) -> io::Result<Listener> {
        if path.exists() {
            if std::os::unix::net::UnixStream::connect(path).is_ok() {
                return Err(io::Error::new(io::ErrorKind::AddrInUse, "a daemon answers there"));
            }
            tracing::info!("removing the stale socket {}", path.display());
            match std::fs::remove_file(path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        let listener = UnixListener::bind(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        Ok(Listener(listener))
    }

    pub async fn accept(&mut self) -> io::Result<Conn> {
        Ok(self.0.accept().await?.0)
    }
}

/// Whether the client runs as the daemon's user.
pub fn same_user(conn: &Conn) -> io::Result<bool> {
    Ok(conn.peer_cred()?.uid() == rustix::process::getuid().as_raw())
}

/// Connects to the daemon; reads give up after `timeout`.
pub fn connect(path: &Path, timeout: Duration) -> io::Result<ClientStream> {
    let stream = ClientStream::connect(path)?;
    stream.set_read_timeout(Some(timeout))?;
    Ok(stream)
}

/// Whether a failed `connect` means no daemon is there.
pub fn nobody_there(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused)
}

/// Takes the socket file away once the daemon has stopped.
pub fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
}
