//! Natural breaks: the person idle or the screen locked long enough ends the prompt on screen
//! and restarts the countdown when they come back.

use alloc::vec::Vec;
use chrono::{DateTime, Duration as ChronoDuration, TimeZone, Utc};

use super::{Phase, Scheduler, later};
use crate::events::{Effect, Presence};
use crate::model::{Outcome, Via};

/// The person is away from the machine: idle since `since`, or with the screen locked.
#[derive(Clone, Copy, Debug)]
pub(super) struct Away {
    pub(super) since: DateTime<Utc>,
    pub(super) locked: bool,
    /// Away long enough: the natural break was taken (a pending prompt closed as natural).
    pub(super) taken: bool,
}

impl Away {
    /// How the person is away, for the log.
    pub(super) fn via(self) -> Via {
        if self.locked { Via::Lock } else { Via::Idle }
    }
}

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    pub(super) fn presence(&mut self, now: DateTime<Utc>, presence: Presence, effects: &mut Vec<Effect>) {
        match presence {
            Presence::Idle { since } => {
                self.away.get_or_insert(Away {
                    since,
                    locked: false,
                    taken: false,
                });
            }
            Presence::Locked { since } => {
                let away = self.away.get_or_insert(Away {
                    since,
                    locked: true,
                    taken: false,
                });
                away.locked = true;
            }
            Presence::Active => {
                let Some(away) = self.away.take() else { return };
                if now - away.since >= self.natural_break() {
                    if !away.taken {
                        self.take_natural_break(later(away.since, self.rules.natural_break.get()), Via::Idle, effects);
                    }
                    self.back_from_away(now, away.since, away.via(), effects);
                    self.come_back(now);
                }
            }
        }
    }

    /// The machine woke (or the clock jumped ahead) after being asleep since `from`. logind and
    /// the loop's clock check both say so: an absence that began before the person was last back
    /// has been counted already. A locked screen keeps the person away until it is unlocked.
    pub(super) fn woke(&mut self, now: DateTime<Utc>, from: DateTime<Utc>, effects: &mut Vec<Effect>) {
        if self.returned.is_some_and(|back| from < back) || now - from < self.natural_break() {
            return;
        }
        match self.away {
            Some(away) if away.locked => {
                if !away.taken {
                    self.take_natural_break(now, Via::Sleep, effects);
                }
                if let Some(away) = &mut self.away {
                    away.since = away.since.min(from);
                }
            }
            away => {
                // Away since the earlier of falling asleep and leaving before it.
                let (left, how) = match away {
                    Some(a) if a.since <= from => (a.since, a.via()),
                    _ => (from, Via::Sleep),
                };
                self.take_natural_break(now, Via::Sleep, effects);
                self.away = None;
                self.back_from_away(now, left, how, effects);
                self.come_back(now);
            }
        }
    }

    /// When the natural break in progress becomes long enough to count.
    pub(super) fn natural_break_at(&self) -> Option<DateTime<Utc>> {
        self.away
            .filter(|a| !a.taken)
            .map(|a| later(a.since, self.rules.natural_break.get()))
    }

    pub(super) fn natural_break(&self) -> ChronoDuration {
        ChronoDuration::from_std(self.rules.natural_break.get()).unwrap_or(ChronoDuration::MAX)
    }

    /// The person took a natural break: the prompt on screen (or snoozed) is closed as such.
    pub(super) fn take_natural_break(&mut self, at: DateTime<Utc>, via: Via, effects: &mut Vec<Effect>) {
        if let Some(away) = &mut self.away {
            away.taken = true;
        }
        if self.end_pending(at, Outcome::Natural, via, None, effects).is_some() {
            self.phase = Phase::Waiting;
        }
    }

    /// Back from a natural break: every stream counts a full interval from now.
    pub(super) fn come_back(&mut self, now: DateTime<Utc>) {
        self.returned = Some(now);
        if matches!(self.phase, Phase::Waiting) {
            self.last_end = None;
            self.rearm_all(now);
        }
    }
}
