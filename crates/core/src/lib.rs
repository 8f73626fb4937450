//! The pure core: no clock, no files, no OS. Everything here is a function of its inputs.
//!
//! `no_std` (with `alloc`) makes that a rule the compiler keeps: `std::fs`, `std::env`,
//! `std::process`, `std::thread` and `std::net` do not exist here, and neither does any crate
//! this one does not name (tokio, the adapters). Its unit tests have `std`: they may read the
//! guide and print.

#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod clock_jump;
pub mod driver;
pub mod events;
pub mod logged;
pub mod model;
pub mod prompts;
pub mod schedule;
pub mod scheduler;
pub mod span;
pub mod stats;
