//! What deskbreak keeps on disk between runs: the acknowledgement log and the rotation position.

pub mod acklog;
pub mod rotation;
