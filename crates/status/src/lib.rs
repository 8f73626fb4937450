//! The live status as a person reads it, in their language: the glance (tray, waybar), the lines
//! of `deskbreak status`, and the words they are made of (spans, kinds of prompt, clock times,
//! columns), which the notifications, `log`, `stats` and the report use too.

pub mod columns;
pub mod glance;
pub mod kinds;
pub mod relief;
pub mod spans;
pub mod text;
pub mod times;

pub use glance::Glance;
pub use text::status_text;
