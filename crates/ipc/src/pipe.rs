//! Windows: the control channel is a named pipe. Its DACL lets only the current user open it,
//! remote clients are rejected, and each client's process is checked to run as that user too.
//! Pipe names are open to every user of the machine, so the client checks the server the same way
//! before it sends anything: another user may have made the pipe first.

use std::ffi::c_void;
use std::io::{self, Read, Write};
use std::os::windows::io::AsRawHandle;
use std::path::Path;
use std::ptr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::windows::named_pipe::{ClientOptions, NamedPipeClient, NamedPipeServer, ServerOptions};
use windows_sys::Win32::Foundation::{
    CloseHandle, ERROR_ACCESS_DENIED, ERROR_PIPE_BUSY, HANDLE, LocalFree, WAIT_OBJECT_0,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES};
use windows_sys::Win32::System::Pipes::{
    GetNamedPipeClientProcessId, GetNamedPipeHandleStateW, GetNamedPipeServerProcessId,
};
use windows_sys::Win32::System::Threading::{OpenProcess, PROCESS_SYNCHRONIZE, WaitForSingleObject};

use deskbreak_host::paths::windows_user;

/// A connected client, as the daemon sees it.
pub type Conn = NamedPipeServer;

/// The CLI's end of a connection: tokio's pipe client on a small runtime of its own, so that a
/// read can give up after a timeout (a pipe opened as a plain file cannot), without polling.
pub struct ClientStream {
    runtime: tokio::runtime::Runtime,
    pipe: NamedPipeClient,
    timeout: Duration,
}

impl Read for ClientStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let (pipe, timeout) = (&mut self.pipe, self.timeout);
        // The timer is made inside the runtime, which it needs.
        self.runtime
            .block_on(async { tokio::time::timeout(timeout, pipe.read(buf)).await })
            .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "the daemon did not answer in time"))?
    }
}

impl Write for ClientStream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.runtime.block_on(self.pipe.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.runtime.block_on(self.pipe.flush())
    }
}

/// How long the CLI waits while every instance of the pipe is busy.
const BUSY_WAIT: Duration = Duration::from_secs(2);

/// The pipe's next free instance, waiting for a client, and what each instance is made with.
pub struct Listener {
    name: String,
    next: NamedPipeServer,
    security: OwnerOnly,
}

impl Listener {
    /// Creates the pipe's first instance. `first_pipe_instance` fails if another process already
    /// made one under this name, so nobody can stand in for the daemon, and the DACL keeps other
    /// users from adding instances later. That failure (access denied) is `AddrInUse`, as for a
    /// socket that a daemon answers on.
    pub fn bind(path: &Path) -> io::Result<Listener> {
        let name = path.to_string_lossy().into_owned();
        let security = OwnerOnly::new()?;
        let next = security.create(&name, true).map_err(|e| {
            if e.raw_os_error() == i32::try_from(ERROR_ACCESS_DENIED).ok() {
                io::Error::new(io::ErrorKind::AddrInUse, e)
            } else {
                e
            }
        })?;
        // Wine (8) makes a "first" instance beside another process's: count them as well.
        if instances(&next)? > 1 {
            return Err(io::Error::new(
                io::ErrorKind::AddrInUse,
                "another process serves instances of this pipe",
            ));
        }
        Ok(Listener { name, next, security })
    }

    pub async fn accept(&mut self) -> io::Result<Conn> {
        let connected = self.next.connect().await;
        // A fresh instance waits for the next client whatever became of this one.
        let fresh = self.security.create(&self.name, false)?;
        let client = std::mem::replace(&mut self.next, fresh);
        connected.map(|()| client)
    }
}

/// How many instances of the pipe exist, whoever made them.
fn instances(pipe: &NamedPipeServer) -> io::Result<u32> {
    let mut count = 0u32;
    let handle = pipe.as_raw_handle() as HANDLE;
    let (none, no_name) = (ptr::null_mut(), ptr::null_mut());
    if unsafe { GetNamedPipeHandleStateW(handle, none, &mut count, none, none, no_name, 0) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(count)
}

/// A security descriptor that grants the current user, and no one else, the pipe.
struct OwnerOnly {
    descriptor: PSECURITY_DESCRIPTOR,
}

// The descriptor is a LocalAlloc'd block that is only read after it is made.
unsafe impl Send for OwnerOnly {}
unsafe impl Sync for OwnerOnly {}

impl OwnerOnly {
    fn new() -> io::Result<OwnerOnly> {
        // Protected DACL, one entry: generic all for the user's SID.
        let sddl = format!("D:P(A;;GA;;;{})", windows_user::to_string(windows_user::ours()?)?);
        let wide: Vec<u16> = sddl.encode_utf16().chain([0]).collect();
        let mut descriptor: PSECURITY_DESCRIPTOR = ptr::null_mut();
        let made = unsafe {
            ConvertStringSecurityDescriptorToSecurityDescriptorW(
                wide.as_ptr(),
                SDDL_REVISION_1,
                &mut descriptor,
                ptr::null_mut(),
            )
        };
        if made == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(OwnerOnly { descriptor })
    }

    fn create(&self, name: &str, first: bool) -> io::Result<NamedPipeServer> {
        let mut attributes = SECURITY_ATTRIBUTES {
            nLength: u32::try_from(size_of::<SECURITY_ATTRIBUTES>()).unwrap_or(u32::MAX),
            lpSecurityDescriptor: self.descriptor,
            bInheritHandle: 0,
        };
        let mut options = ServerOptions::new();
        options.first_pipe_instance(first).reject_remote_clients(true);
        // SAFETY: `attributes` is a valid SECURITY_ATTRIBUTES, alive for the call.
        unsafe { options.create_with_security_attributes_raw(name, (&raw mut attributes).cast::<c_void>()) }
    }
}

impl Drop for OwnerOnly {
    fn drop(&mut self) {
        unsafe { LocalFree(self.descriptor) };
    }
}

/// Whether the client's process runs as the daemon's user.
pub fn same_user(conn: &Conn) -> io::Result<bool> {
    let mut pid = 0u32;
    if unsafe { GetNamedPipeClientProcessId(conn.as_raw_handle() as HANDLE, &mut pid) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(windows_user::same(
        windows_user::ours()?,
        &windows_user::of_process(pid)?,
    ))
}

/// Who serves a pipe, as its client can tell.
#[derive(Debug)]
pub enum Server {
    /// A process of our own user: our daemon, or something we run.
    Ours {
        pid: u32,
    },
    OtherUser {
        pid: u32,
    },
    /// Its process or token cannot be opened (another user's process may forbid it).
    Unchecked {
        pid: u32,
        source: io::Error,
    },
    /// The pipe cannot be opened: our daemon's DACL lets us in, so this pipe is not our daemon's.
    Shut(io::Error),
    /// The pipe does not say which process serves it.
    Unknown(io::Error),
}

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Server::Ours { pid } => write!(f, "another process of yours (pid {pid})"),
            Server::OtherUser { pid } => write!(f, "another user's process (pid {pid})"),
            Server::Unchecked { pid, source } => {
                write!(f, "a process (pid {pid}) whose user cannot be checked ({source})")
            }
            Server::Shut(e) => write!(f, "a process that does not let you open the pipe ({e})"),
            Server::Unknown(e) => write!(f, "a process that cannot be identified ({e})"),
        }
    }
}

impl Server {
    /// What to do about a server that is not ours, for the person whose command it was not sent.
    pub fn client_hint(&self) -> String {
        match self {
            Server::Ours { .. } => String::new(),
            Server::OtherUser { pid } | Server::Unchecked { pid, .. } => format!(
                "Find it with `tasklist /v /fi \"PID eq {pid}\"` and have it stopped (an administrator can), then start yours with `deskbreak run`."
            ),
            Server::Shut(_) | Server::Unknown(_) => {
                "`deskbreak run` says whether another process holds the pipe's name.".to_string()
            }
        }
    }

    /// What to do when it holds the name our daemon needs.
    pub fn start_hint(&self) -> String {
        match self {
            Server::Ours { pid } => format!(
                "If it is a deskbreak daemon with another data directory, `deskbreak quit` stops it; if not, find it with `tasklist /v /fi \"PID eq {pid}\"`."
            ),
            Server::OtherUser { pid } | Server::Unchecked { pid, .. } => format!(
                "It could read commands meant for your daemon: find it with `tasklist /v /fi \"PID eq {pid}\"` and have it stopped (an administrator can), then start deskbreak again."
            ),
            Server::Shut(_) | Server::Unknown(_) => {
                "Have the process that holds it stopped (signing out ends a user's processes), then start deskbreak again.".to_string()
            }
        }
    }
}

/// Who serves the pipe `pid` serves, given the user it runs as (or why that is unknown).
fn judge(ours: &[u8], pid: u32, theirs: io::Result<Vec<u8>>) -> Server {
    match theirs {
        Ok(theirs) if windows_user::same(ours, &theirs) => Server::Ours { pid },
        Ok(_) => Server::OtherUser { pid },
        Err(source) => Server::Unchecked { pid, source },
    }
}

/// Who serves the pipe that `handle`, a client's end, is connected to.
fn server_of(handle: HANDLE) -> Server {
    let mut pid = 0u32;
    if unsafe { GetNamedPipeServerProcessId(handle, &mut pid) } == 0 {
        return Server::Unknown(io::Error::last_os_error());
    }
    match windows_user::ours() {
        Ok(ours) => judge(ours, pid, windows_user::of_process(pid)),
        Err(source) => Server::Unchecked { pid, source },
    }
}

/// Who holds the pipe `path` when the daemon cannot make its first instance: opened as a client
/// for a moment, without a word sent.
pub fn holder(path: &Path) -> Server {
    match std::fs::OpenOptions::new().read(true).open(path) {
        Ok(pipe) => server_of(pipe.as_raw_handle() as HANDLE),
        Err(e) if e.raw_os_error() == i32::try_from(ERROR_ACCESS_DENIED).ok() => Server::Shut(e),
        Err(e) => Server::Unknown(e),
    }
}

impl ClientStream {
    /// Who serves the pipe: the CLI sends nothing unless it is [`Server::Ours`].
    pub fn server(&self) -> Server {
        server_of(self.pipe.as_raw_handle() as HANDLE)
    }
}

/// The daemon's process, opened before it is asked to quit (so that its pid cannot be another
/// process's by then), to wait until it has ended: an installer removes or replaces its program
/// only once it has.
pub struct DaemonProcess(HANDLE);

impl DaemonProcess {
    pub fn open(pid: u32) -> Option<DaemonProcess> {
        // SAFETY: a plain call; a null handle is a failure.
        let handle = unsafe { OpenProcess(PROCESS_SYNCHRONIZE, 0, pid) };
        (!handle.is_null()).then_some(DaemonProcess(handle))
    }

    /// Waits until the process has ended, at most `timeout`; whether it has.
    pub fn wait(&self, timeout: Duration) -> bool {
        let ms = u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX);
        // SAFETY: our handle, open until drop.
        unsafe { WaitForSingleObject(self.0, ms) == WAIT_OBJECT_0 }
    }
}

impl Drop for DaemonProcess {
    fn drop(&mut self) {
        // SAFETY: our handle, closed once.
        unsafe { CloseHandle(self.0) };
    }
}

/// Whether a failed `connect` was refused by the pipe's DACL, which our own daemon's would not do.
pub fn shut_out(e: &io::Error) -> bool {
    e.raw_os_error() == i32::try_from(ERROR_ACCESS_DENIED).ok()
}

/// Opens the pipe; while every instance is busy (the daemon is between two accepts), waits a
/// little. Reads give up after `timeout`.
pub fn connect(path: &Path, timeout: Duration) -> io::Result<ClientStream> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let started = Instant::now();
    let pipe = {
        // The client registers with the runtime's I/O driver as it opens.
        let _entered = runtime.enter();
        loop {
            match ClientOptions::new().open(path) {
                Err(e) if e.raw_os_error() == i32::try_from(ERROR_PIPE_BUSY).ok() && started.elapsed() < BUSY_WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => break other?,
            }
        }
    };
    Ok(ClientStream { runtime, pipe, timeout })
}

/// Whether a failed `connect` means no daemon is there.
pub fn nobody_there(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotFound
}

/// A pipe goes with its last handle: nothing to take away.
pub fn remove(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: &[u8] = &[1, 1, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0];
    const THEIRS: &[u8] = &[1, 1, 0, 0, 0, 0, 0, 5, 22, 0, 0, 0];

    #[test]
    fn only_a_server_of_our_own_user_is_ours() {
        assert!(matches!(judge(OURS, 7, Ok(OURS.to_vec())), Server::Ours { pid: 7 }));
        let other = judge(OURS, 7, Ok(THEIRS.to_vec()));
        assert!(matches!(other, Server::OtherUser { pid: 7 }), "{other:?}");
        assert_eq!(other.to_string(), "another user's process (pid 7)");
        assert!(
            other.client_hint().contains(r#"`tasklist /v /fi "PID eq 7"`"#),
            "{}",
            other.client_hint()
        );
    }

    #[test]
    fn a_server_whose_user_cannot_be_read_is_not_ours() {
        let denied = io::Error::from_raw_os_error(5);
        let server = judge(OURS, 7, Err(denied));
        assert!(matches!(server, Server::Unchecked { pid: 7, .. }), "{server:?}");
        assert!(
            server
                .to_string()
                .starts_with("a process (pid 7) whose user cannot be checked ("),
            "{server}"
        );
    }
}
