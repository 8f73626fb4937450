//! The history's figures: one pass over the log's records into per-day tallies and the summary
//! drawn from them, with the sitting stretches read back from the log.

pub mod sitting;
pub mod summary;
