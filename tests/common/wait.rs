//! Waiting for what a test expects, with one deadline for the whole suite. Needs no other
//! helper module.

use std::time::{Duration, Instant};

pub const DEADLINE: Duration = Duration::from_secs(15);

/// Polls `probe` until it returns something, or fails the test after `DEADLINE`.
pub fn wait_for<T>(what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = probe() {
            return value;
        }
        assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}
