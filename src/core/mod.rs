//! The pure core: no clock, no files, no OS. Everything here is a function of its inputs.

pub mod clock_jump;
pub mod driver;
pub mod io;
pub mod logged;
pub mod model;
pub mod prompts;
pub mod schedule;
pub mod scheduler;
pub mod span;
