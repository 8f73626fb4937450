//! Control over a local channel: newline-delimited JSON with a protocol version. The channel is
//! a Unix socket on Linux and macOS, a named pipe on Windows; the protocol is the same.

pub mod client;
#[cfg(windows)]
pub mod pipe;
pub mod protocol;
pub mod server;
#[cfg(unix)]
pub mod socket;

#[cfg(windows)]
pub use pipe as transport;
#[cfg(unix)]
pub use socket as transport;
