//! Turning records and status into figures and text: pure, no IO. The commands read the log
//! and ask the daemon; what they print is made here.

pub mod chart;
pub mod csv;
pub mod page;
pub mod relief;
pub mod sitting;
pub mod summary;
pub mod view;
