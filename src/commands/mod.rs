//! The client commands: each reads its arguments, talks to the daemon or the files, and prints.

pub mod clidocs;
pub mod config;
pub mod control;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod doctor;
pub mod log;
pub mod stats;
