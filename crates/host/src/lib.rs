//! What deskbreak asks of the machine besides its desktop: where its files live (XDG), the one
//! wall-clock reader, and opening a file in the desktop's default application.

pub mod clock;
pub mod opener;
pub mod paths;
