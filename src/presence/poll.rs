//! Idle time from a source with no idle event (X11's screensaver extension, Windows'
//! `GetLastInputInfo`, macOS's event source), polled by the daemon's own loop and only when the
//! answer can matter: while someone is at the desk, not before the idle time could reach the
//! natural break (the idle time says when that is at the earliest); while away, at each wake-up,
//! at most once a minute. An active user costs one question per natural break.

use std::time::{Duration, Instant};

use crate::core::io::Presence;

/// Asks the system how long ago the last keyboard or mouse input was; `None` when it cannot say.
pub type IdleTime = Box<dyn FnMut() -> Option<Duration> + Send>;

/// An idle time, asked for when it is due.
pub struct Poller {
    idle_time: IdleTime,
    threshold: Duration,
    /// How often to ask while away, to see the return.
    period: Duration,
    away: bool,
    due: Instant,
}

impl Poller {
    /// Asks `idle_time` whether someone left for a `natural_break`, and when they return.
    pub fn new(idle_time: IdleTime, natural_break: Duration) -> Poller {
        Poller {
            idle_time,
            threshold: natural_break,
            period: (natural_break / 2).clamp(Duration::from_secs(1), Duration::from_secs(60)),
            away: false,
            due: Instant::now(),
        }
    }

    /// How long the daemon may sleep before this poller wants asking again.
    pub fn due_in(&self, now: Instant) -> Duration {
        self.due.saturating_duration_since(now)
    }

    /// A change of presence since the last poll, if any; asks only when due. A source that
    /// stopped answering (the X display went away with the session) reports nothing.
    pub fn poll(&mut self, now: Instant) -> Option<Presence> {
        if now < self.due {
            return None;
        }
        let Some(idle) = (self.idle_time)() else {
            self.due = now + self.period;
            return None;
        };
        let (seen, next) = step(self.away, idle, self.threshold, self.period);
        self.due = now + next;
        let seen = seen?;
        self.away = matches!(seen, Presence::Idle { .. });
        Some(seen)
    }
}

/// What an idle time means, and when to ask again: while present, no sooner than the idle time
/// could reach the threshold; while away, every `period`, to see the return.
fn step(away: bool, idle: Duration, threshold: Duration, period: Duration) -> (Option<Presence>, Duration) {
    match (away, idle >= threshold) {
        (false, true) => (
            Some(Presence::Idle {
                since: super::ago(idle),
            }),
            period,
        ),
        (true, false) => (Some(Presence::Active), threshold - idle),
        (true, true) => (None, period),
        (false, false) => (None, threshold - idle),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock;

    const BREAK: Duration = Duration::from_secs(300);
    const PERIOD: Duration = Duration::from_secs(60);

    #[test]
    fn at_the_desk_the_next_question_is_when_the_break_could_be_reached() {
        let (seen, next) = step(false, Duration::from_secs(40), BREAK, PERIOD);
        assert_eq!((seen, next), (None, Duration::from_secs(260)));
    }

    #[test]
    fn reaching_the_break_means_away_since_the_last_input_then_asking_every_period() {
        let (seen, next) = step(false, Duration::from_secs(301), BREAK, PERIOD);
        let Some(Presence::Idle { since }) = seen else {
            panic!("{seen:?}")
        };
        let ago = clock::now() - since;
        assert!((301..=302).contains(&ago.num_seconds()), "{ago}");
        assert_eq!(next, PERIOD);
        assert_eq!(step(true, Duration::from_secs(400), BREAK, PERIOD), (None, PERIOD));
    }

    #[test]
    fn back_at_the_desk_is_active_and_the_wait_starts_again() {
        let (seen, next) = step(true, Duration::from_secs(2), BREAK, PERIOD);
        assert_eq!((seen, next), (Some(Presence::Active), Duration::from_secs(298)));
    }
}
