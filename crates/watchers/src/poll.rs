//! Idle time from a source with no idle event (X11's screensaver extension, Windows'
//! `GetLastInputInfo`, macOS's event source), polled by the daemon's own loop and only when the
//! answer can matter: while someone is at the desk, not before the idle time could reach the
//! natural break (the idle time says when that is at the earliest); while away, at each wake-up,
//! at most once a minute. An active user costs one question per natural break.
//!
//! While a due prompt waits for a pause in typing, it also asks when that pause could have come:
//! `pause_length` after the last input, so a typist costs one question per burst of typing.

use std::time::{Duration, Instant};

use super::Observed;
use deskbreak_core::events::Presence;

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
    /// While a prompt waits for a pause in typing: how long a pause, and when to look for it.
    pause: Option<(Duration, Instant)>,
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
            pause: None,
        }
    }

    /// Looks for a pause in input of `length` from now on (`None`: stops looking).
    pub fn watch_pause(&mut self, length: Option<Duration>) {
        self.pause = length.map(|length| (length, Instant::now()));
    }

    /// How long the daemon may sleep before this poller wants asking again.
    pub fn due_in(&self, now: Instant) -> Duration {
        let due = self.pause.map_or(self.due, |(_, at)| at.min(self.due));
        due.saturating_duration_since(now)
    }

    /// What changed since the last poll, if anything: presence, or the pause being looked for
    /// (said once). Asks only when due. A source that stopped answering (the X display went
    /// away with the session) reports nothing.
    pub fn poll(&mut self, now: Instant) -> Option<Observed> {
        if let Some((length, at)) = self.pause
            && now >= at
        {
            // A source that cannot say does not hold the prompt: it counts as a pause.
            let wait = (self.idle_time)()
                .and_then(|idle| length.checked_sub(idle))
                .filter(|wait| !wait.is_zero());
            self.pause = wait.map(|wait| (length, now + wait));
            if self.pause.is_none() {
                return Some(Observed::InputPaused);
            }
        }
        self.poll_presence(now).map(Observed::Presence)
    }

    fn poll_presence(&mut self, now: Instant) -> Option<Presence> {
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
    use deskbreak_host::clock;
    use std::sync::{Arc, Mutex};

    /// A poller whose idle time the test sets, counting the questions asked.
    fn poller(idle: Duration) -> (Poller, Arc<Mutex<(Duration, u32)>>) {
        let shared = Arc::new(Mutex::new((idle, 0)));
        let seen = shared.clone();
        let idle_time: IdleTime = Box::new(move || {
            let mut s = seen.lock().ok()?;
            s.1 += 1;
            Some(s.0)
        });
        (Poller::new(idle_time, BREAK), shared)
    }

    #[test]
    fn a_pause_is_looked_for_when_it_could_have_come_and_said_once() {
        let (mut p, shared) = poller(Duration::from_secs(10));
        let start = Instant::now();
        assert_eq!(p.poll(start), None, "at the desk: no change");
        let asked = shared.lock().unwrap().1;
        p.watch_pause(Some(Duration::from_secs(3)));
        shared.lock().unwrap().0 = Duration::from_millis(500);
        let now = Instant::now();
        assert_eq!(p.poll(now), None, "typing: no pause yet");
        assert_eq!(shared.lock().unwrap().1, asked + 1);
        // The next question is when the pause could be complete: 2.5 s after this one.
        let wait = p.due_in(now);
        assert_eq!(wait, Duration::from_millis(2500));
        assert_eq!(p.poll(now + Duration::from_secs(1)), None, "not asked before then");
        assert_eq!(shared.lock().unwrap().1, asked + 1);
        shared.lock().unwrap().0 = Duration::from_secs(3);
        assert_eq!(p.poll(now + wait), Some(Observed::InputPaused));
        assert_eq!(p.poll(now + wait + Duration::from_secs(5)), None, "said once");
        assert!(
            p.due_in(now + wait) > Duration::from_secs(60),
            "back to the natural-break pace"
        );
    }

    #[test]
    fn a_pause_watch_can_be_called_off() {
        let (mut p, shared) = poller(Duration::ZERO);
        p.watch_pause(Some(Duration::from_secs(3)));
        p.watch_pause(None);
        let asked = shared.lock().unwrap().1;
        assert_eq!(p.poll(Instant::now() + Duration::from_secs(5)), None);
        assert!(shared.lock().unwrap().1 <= asked + 1, "only the natural-break question");
    }

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
