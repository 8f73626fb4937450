//! The CLI's side of the control channel: one request, one response (or a stream of them for `watch`),
//! plain blocking I/O.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::transport::{self, ClientStream};
use crate::protocol::{Command, PROTOCOL_VERSION, Request, Response};

/// The daemon answers at once; this only guards against a wedged one.
const REPLY_TIMEOUT: Duration = Duration::from_secs(30);

/// A watched daemon writes a line at least once a minute; silence this long means it is wedged.
const WATCH_TIMEOUT: Duration = Duration::from_secs(5 * 60);

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{}", deskbreak_i18n::fl!("client-not-running", socket = socket.display().to_string()))]
    NotRunning { socket: PathBuf },
    #[error("{}", deskbreak_i18n::fl!("client-stopped", socket = socket.display().to_string()))]
    Stopped { socket: PathBuf },
    #[error("{}", deskbreak_i18n::fl!("client-io", socket = socket.display().to_string(), reason = source.to_string()))]
    Io { socket: PathBuf, source: std::io::Error },
    /// Windows: the pipe has our daemon's name but not our user (pipe names are machine-wide).
    #[cfg(windows)]
    #[error("the control pipe {} is served by {server}, not your daemon: it was not sent your command.\n{}", socket.display(), server.client_hint())]
    NotYourDaemon { socket: PathBuf, server: transport::Server },
}

/// How long `quit` waits, on Windows, for the daemon's process to end after it said it stopped.
#[cfg(windows)]
const QUIT_WAIT: Duration = Duration::from_secs(10);

pub fn request(socket: &Path, command: Command) -> Result<Response, ClientError> {
    let (mut reader, _daemon) = send(socket, command, REPLY_TIMEOUT)?;
    let response = read_response(socket, &mut reader)?;
    // Windows keeps a running program's file: `quit` returns once the process has ended, so an
    // installer (or a person) can replace or remove it right after.
    #[cfg(windows)]
    if let (Command::Quit, true, Some(daemon)) = (command, response.ok, _daemon)
        && !daemon.wait(QUIT_WAIT)
    {
        tracing::warn!(
            "the daemon said it stopped, but its process has not ended after {} s",
            QUIT_WAIT.as_secs()
        );
    }
    Ok(response)
}

/// Sends `watch` and hands each status line to `each` until the daemon stops (an error) or
/// `each` fails (writing to a closed pipe, say: then this returns that error).
pub fn watch(socket: &Path, mut each: impl FnMut(Response) -> std::io::Result<()>) -> Result<(), ClientError> {
    let (mut reader, _) = send(socket, Command::Watch, WATCH_TIMEOUT)?;
    loop {
        let response = read_response(socket, &mut reader)?;
        each(response).map_err(|source| io_error(socket, source))?;
    }
}

fn io_error(socket: &Path, source: std::io::Error) -> ClientError {
    ClientError::Io {
        socket: socket.to_path_buf(),
        source,
    }
}

/// The daemon's process, for `quit` to wait on (Windows only).
#[cfg(windows)]
type Daemon = Option<transport::DaemonProcess>;
#[cfg(unix)]
type Daemon = ();

/// Connects and writes the request; returns the reading side, and for `quit` on Windows the
/// daemon's process.
fn send(socket: &Path, command: Command, timeout: Duration) -> Result<(BufReader<ClientStream>, Daemon), ClientError> {
    let io = |source| io_error(socket, source);
    let mut stream = transport::connect(socket, timeout).map_err(|e| {
        if transport::nobody_there(&e) {
            ClientError::NotRunning {
                socket: socket.to_path_buf(),
            }
        } else {
            #[cfg(windows)]
            if transport::shut_out(&e) {
                return ClientError::NotYourDaemon {
                    socket: socket.to_path_buf(),
                    server: transport::Server::Shut(e),
                };
            }
            io(e)
        }
    })?;
    // Anyone can make a pipe of any name: not a word to a server of another user.
    #[cfg(windows)]
    let daemon = match stream.server() {
        transport::Server::Ours { pid } => {
            tracing::debug!("the control pipe's server, pid {pid}, runs as you");
            (command == Command::Quit)
                .then(|| transport::DaemonProcess::open(pid))
                .flatten()
        }
        server => {
            return Err(ClientError::NotYourDaemon {
                socket: socket.to_path_buf(),
                server,
            });
        }
    };
    #[cfg(unix)]
    let daemon = ();
    let mut line = serde_json::to_vec(&Request {
        v: PROTOCOL_VERSION,
        command,
    })
    .map_err(|e| io(e.into()))?;
    line.push(b'\n');
    // A daemon that refuses us answers and hangs up at once: its answer is read even if our
    // write failed.
    if let Err(e) = stream.write_all(&line) {
        tracing::debug!("writing the request: {e}");
    }
    Ok((BufReader::new(stream), daemon))
}

fn read_response(socket: &Path, reader: &mut BufReader<ClientStream>) -> Result<Response, ClientError> {
    let mut reply = String::new();
    reader.read_line(&mut reply).map_err(|e| io_error(socket, e))?;
    if reply.is_empty() {
        return Err(ClientError::Stopped {
            socket: socket.to_path_buf(),
        });
    }
    serde_json::from_str(&reply).map_err(|e| io_error(socket, e.into()))
}
