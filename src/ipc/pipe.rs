//! Windows: the control channel is a named pipe. Its DACL lets only the current user open it,
//! remote clients are rejected, and each client's process is checked to run as that user too.

use std::ffi::c_void;
use std::io::{self, Read, Write};
use std::os::windows::io::AsRawHandle;
use std::path::Path;
use std::ptr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::windows::named_pipe::{ClientOptions, NamedPipeClient, NamedPipeServer, ServerOptions};
use windows_sys::Win32::Foundation::{ERROR_ACCESS_DENIED, ERROR_PIPE_BUSY, HANDLE, LocalFree};
use windows_sys::Win32::Security::Authorization::{
    ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES};
use windows_sys::Win32::System::Pipes::GetNamedPipeClientProcessId;

use crate::paths::windows_user;

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
    /// made one under this name, so nobody can stand in for the daemon. That failure (access
    /// denied) is `AddrInUse`, as for a socket that a daemon answers on.
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
