//! The CLI's side of the socket: one request, one response, plain blocking I/O.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::ipc::protocol::{Command, PROTOCOL_VERSION, Request, Response};

/// The daemon answers at once; this only guards against a wedged one.
const REPLY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("deskbreak is not running (no daemon answers at {}).\nStart it with `deskbreak run`.", socket.display())]
    NotRunning { socket: PathBuf },
    #[error("talking to the daemon at {}: {source}", socket.display())]
    Io { socket: PathBuf, source: std::io::Error },
}

pub fn request(socket: &Path, command: Command) -> Result<Response, ClientError> {
    let io = |source| ClientError::Io {
        socket: socket.to_path_buf(),
        source,
    };
    let mut stream = UnixStream::connect(socket).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused => ClientError::NotRunning {
            socket: socket.to_path_buf(),
        },
        _ => io(e),
    })?;
    stream.set_read_timeout(Some(REPLY_TIMEOUT)).map_err(io)?;
    let mut line = serde_json::to_vec(&Request {
        v: PROTOCOL_VERSION,
        command,
    })
    .map_err(|e| io(e.into()))?;
    line.push(b'\n');
    // A daemon that refuses us answers and hangs up at once: read its answer even if our
    // write failed.
    let written = stream.write_all(&line);
    let mut reply = String::new();
    let read = BufReader::new(stream).read_line(&mut reply);
    if reply.is_empty() {
        written.map_err(io)?;
        read.map_err(io)?;
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "the daemon closed the connection",
        )));
    }
    serde_json::from_str(&reply).map_err(|e| io(e.into()))
}
