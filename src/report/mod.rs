//! Turning records and status into text: pure rendering, no IO.

pub mod chart;
pub mod csv;
pub mod summary;
pub mod view;
