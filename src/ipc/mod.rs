//! Control over a local socket: newline-delimited JSON with a protocol version.

pub mod client;
pub mod protocol;
pub mod server;
