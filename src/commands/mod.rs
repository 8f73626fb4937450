//! The client commands: each reads its arguments, talks to the daemon or the files, and prints.
//!
//! Every command has one entry point, `run(args, paths) -> Result<ExitCode, AppError>`: `args`
//! is what clap parsed for it (its arguments struct, its subcommand or its one value),
//! borrowed; a command without arguments takes `paths` alone, and one that needs no paths takes
//! them as `_paths`, so that every entry point reads the same. The commands that only send the
//! daemon one request share `request::run`, whose argument is that request.

pub mod autostart;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod log;
pub mod man;
pub mod report;
pub mod request;
pub mod stats;
pub mod status;
