//! The timer the daemon loop sleeps on until its next wake-up (the core's countdowns only say
//! when that is). tokio's timer wheel reaches a deadline a minute away in up to three wake-ups
//! (it cascades the entry through its levels); on Linux a timerfd reaches it in one, which is
//! most of what an idle daemon costs. Elsewhere, or if the kernel refuses a timerfd, tokio's
//! sleep.

use std::time::Duration;

pub struct WakeTimer {
    #[cfg(target_os = "linux")]
    fd: Option<tokio::io::unix::AsyncFd<std::os::fd::OwnedFd>>,
}

impl WakeTimer {
    /// Registers the timer with the current tokio runtime (which needs IO enabled).
    pub fn register() -> WakeTimer {
        WakeTimer {
            #[cfg(target_os = "linux")]
            fd: linux::timerfd()
                .inspect_err(|e| tracing::debug!("no timerfd ({e}): the loop sleeps on tokio's timer"))
                .ok(),
        }
    }

    /// Returns after `nap` (on the monotonic clock, like tokio's). Cancel-safe: a dropped sleep
    /// leaves at most a stale expiry, which the next one clears when it re-arms the timer.
    pub async fn sleep(&self, nap: Duration) {
        #[cfg(target_os = "linux")]
        if let Some(fd) = &self.fd {
            match linux::sleep(fd, nap).await {
                Ok(()) => return,
                Err(e) => tracing::debug!("timerfd: {e}: sleeping on tokio's timer"),
            }
        }
        tokio::time::sleep(nap).await;
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use rustix::time::{Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags, Timespec};
    use std::io;
    use std::os::fd::OwnedFd;
    use std::time::Duration;
    use tokio::io::Interest;
    use tokio::io::unix::AsyncFd;

    pub fn timerfd() -> io::Result<AsyncFd<OwnedFd>> {
        let fd = rustix::time::timerfd_create(
            TimerfdClockId::Monotonic,
            TimerfdFlags::NONBLOCK | TimerfdFlags::CLOEXEC,
        )?;
        // SAFETY: the AsyncFd owns the OwnedFd, so the descriptor stays open and the same for as
        // long as it is registered.
        unsafe { AsyncFd::register_with_interest(fd, Interest::READABLE) }.map_err(io::Error::from)
    }

    pub async fn sleep(fd: &AsyncFd<OwnedFd>, nap: Duration) -> io::Result<()> {
        // An all-zero value would disarm the timer: a zero nap fires after one nanosecond instead.
        let value = Timespec::try_from(nap.max(Duration::from_nanos(1))).map_err(io::Error::other)?;
        let zero = Timespec { tv_sec: 0, tv_nsec: 0 };
        let spec = Itimerspec {
            it_interval: zero,
            it_value: value,
        };
        // Re-arming also zeroes the expiry count a dropped sleep may have left behind.
        rustix::time::timerfd_settime(fd, TimerfdTimerFlags::empty(), &spec)?;
        loop {
            let mut ready = fd.readable().await?;
            let mut expiries = [0u8; 8];
            match ready.try_io(|fd| Ok(rustix::io::read(fd, &mut expiries)?)) {
                Ok(result) => return result.map(drop),
                // Readiness was stale (an expiry cleared by re-arming): wait again.
                Err(_would_block) => continue,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[tokio::test]
    async fn a_sleep_lasts_its_nap_even_after_a_dropped_one_expired() {
        let timer = WakeTimer::register();
        #[cfg(target_os = "linux")]
        assert!(timer.fd.is_some(), "a timerfd on Linux");
        // Armed, then dropped (as when another branch of the loop's select wins), then expired
        // while the runtime waited on something else: its readiness is cached, and stale.
        assert_eq!(
            futures_lite::future::poll_once(timer.sleep(Duration::from_millis(1))).await,
            None
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
        let start = Instant::now();
        timer.sleep(Duration::from_millis(50)).await;
        assert!(
            start.elapsed() >= Duration::from_millis(50),
            "woke after {:?}",
            start.elapsed()
        );
        timer.sleep(Duration::ZERO).await;
    }
}
