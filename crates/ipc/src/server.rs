//! The daemon's side of the control channel: bounded reads, the client's user checked, one task
//! per client.

use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, ReadHalf, WriteHalf};
use tokio::sync::{Semaphore, mpsc, oneshot, watch};

use super::transport::{self, Conn, Listener};

use crate::protocol::{Command, ErrorCode, MAX_REQUEST_BYTES, Response, decode_request};
use deskbreak_core::model::{Status, Via};

/// A client waiting longer than this between requests is disconnected.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// At most this many `watch` clients (status bars) at once; each costs a task and a socket.
const MAX_WATCHERS: usize = 16;

/// A watcher whose next status cannot be written within this long is dropped. A write waits
/// only once the socket's buffer (hundreds of statuses) is full, so by then the watcher has long
/// stopped reading, and it would hold one of the `MAX_WATCHERS` slots for ever.
const WATCHER_WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// What every client task shares.
#[derive(Clone)]
struct Shared {
    requests: mpsc::Sender<Incoming>,
    quit_replied: mpsc::Sender<()>,
    status: watch::Receiver<Status>,
    watchers: Arc<Semaphore>,
}

/// A decoded request, the front end it came from, and where to send its answer.
pub struct Incoming {
    pub command: Command,
    pub via: Via,
    pub reply: oneshot::Sender<Response>,
}

/// Accepts clients for ever, handing their requests to `requests`. After writing the reply
/// to a `quit`, says so on `quit_replied`, so the daemon exits only once the client knows.
/// A `watch` client is sent each status the daemon publishes on `status`.
pub async fn serve(
    mut listener: Listener,
    requests: mpsc::Sender<Incoming>,
    quit_replied: mpsc::Sender<()>,
    status: watch::Receiver<Status>,
) {
    let shared = Shared {
        requests,
        quit_replied,
        status,
        watchers: Arc::new(Semaphore::new(MAX_WATCHERS)),
    };
    loop {
        match listener.accept().await {
            Ok(conn) => {
                tokio::spawn(handle_client(conn, shared.clone()));
            }
            Err(e) => {
                // Out of file descriptors, typically: back off instead of spinning.
                tracing::warn!("cannot accept a control connection: {e}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

async fn handle_client(conn: Conn, shared: Shared) {
    let same_user = transport::same_user(&conn);
    let (read, mut write) = tokio::io::split(conn);
    if !matches!(same_user, Ok(true)) {
        tracing::warn!("refused a control connection from another user");
        let refusal = Response::error(ErrorCode::BadRequest, deskbreak_i18n::fl!("refused-other-user"), None);
        let _ = write_response(&mut write, &refusal).await;
        return;
    }
    let mut reader = BufReader::new(read);
    loop {
        let mut line = Vec::new();
        let limit = (MAX_REQUEST_BYTES + 1) as u64;
        let read = tokio::time::timeout(IDLE_TIMEOUT, (&mut reader).take(limit).read_until(b'\n', &mut line)).await;
        match read {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => return,
            Ok(Ok(_)) => {}
        }
        if line.len() > MAX_REQUEST_BYTES {
            let message = format!("request longer than {MAX_REQUEST_BYTES} bytes");
            let _ = write_response(&mut write, &Response::error(ErrorCode::BadRequest, message, None)).await;
            return;
        }
        let (response, quit) = match decode_request(&line) {
            Ok(request) if request.command == Command::Watch => {
                return stream_status(reader, write, shared).await;
            }
            Ok(request) => {
                let quit = request.command == Command::Quit;
                (dispatch(request.command, &shared.requests).await, quit)
            }
            Err(message) => (Response::error(ErrorCode::BadRequest, message, None), false),
        };
        let written = write_response(&mut write, &response).await;
        if quit {
            let _ = shared.quit_replied.send(()).await;
        }
        if written.is_err() {
            return;
        }
    }
}

async fn dispatch(command: Command, requests: &mpsc::Sender<Incoming>) -> Response {
    let (reply, answer) = oneshot::channel();
    let incoming = Incoming {
        command,
        via: Via::Cli,
        reply,
    };
    if requests.send(incoming).await.is_err() {
        return Response::error(ErrorCode::Refused, deskbreak_i18n::fl!("refused-shutting-down"), None);
    }
    answer
        .await
        .unwrap_or_else(|_| Response::error(ErrorCode::Refused, deskbreak_i18n::fl!("refused-shutting-down"), None))
}

/// Writes the current status, then one line per status the daemon publishes (a change, or its
/// wake-up at least once a minute), until the client hangs up, stops reading or the daemon stops.
async fn stream_status(mut reader: BufReader<ReadHalf<Conn>>, mut write: WriteHalf<Conn>, mut shared: Shared) {
    let Ok(_permit) = shared.watchers.clone().try_acquire_owned() else {
        let message = format!("too many status watchers ({MAX_WATCHERS}); try again later");
        let _ = write_response(&mut write, &Response::error(ErrorCode::Refused, message, None)).await;
        return;
    };
    let mut hung_up = [0u8; 1];
    loop {
        let response = Response::ok(shared.status.borrow_and_update().clone(), vec![]);
        match tokio::time::timeout(WATCHER_WRITE_TIMEOUT, write_response(&mut write, &response)).await {
            Ok(Ok(())) => {}
            Ok(Err(_)) => return,
            Err(_) => {
                tracing::info!("dropped a status watcher that stopped reading");
                return;
            }
        }
        tokio::select! {
            changed = shared.status.changed() => if changed.is_err() { return },
            // A watcher sends nothing more: any read that ends means it is gone.
            _ = reader.read(&mut hung_up) => return,
        }
    }
}

async fn write_response(write: &mut (impl AsyncWrite + Unpin), response: &Response) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(response).map_err(std::io::Error::other)?;
    line.push(b'\n');
    write.write_all(&line).await
}
