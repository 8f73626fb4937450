//! What `status` reports: the state, the next prompt, today's counts and what holds a prompt back.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};

use super::{Phase, Scheduler};
use crate::model::{DayCounts, Hold, PendingStatus, Prompt, ReliefStatus, Sitting, State, Status};

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    pub fn status(&self, now: DateTime<Utc>) -> Status {
        let local = |t: DateTime<Utc>| self.fixed(t);
        let mut counts = self.today.1;
        if now.with_timezone(&self.tz).date_naive() != self.today.0 {
            counts = DayCounts::default();
        }
        let (state, upcoming, pending, paused_until) = match &self.phase {
            Phase::Waiting => {
                let state = if self.rules.is_active(&self.tz, now) {
                    State::Waiting
                } else {
                    State::Inactive
                };
                (state, self.upcoming(), None, None)
            }
            Phase::Pending {
                prompt, shown, expires, ..
            } => (
                State::Pending,
                None,
                Some(pending_status(prompt, local(*shown), Some(local(*expires)), None)),
                None,
            ),
            Phase::Snoozed {
                prompt, shown, until, ..
            } => (
                State::Snoozed,
                None,
                Some(pending_status(prompt, local(*shown), None, Some(local(*until)))),
                None,
            ),
            Phase::Paused { until, .. } => (State::Paused, None, None, Some(local(*until))),
        };
        let recent = self.recent_relief(now);
        Status {
            state,
            next_due: upcoming.map(|(_, at)| local(at)),
            next_category: upcoming.and_then(|(stream, _)| self.category_of(stream)),
            pending,
            paused_until,
            today: counts,
            water_target: self.rules.water_target,
            relief: ReliefStatus {
                recent,
                advise: recent > self.rules.relief_advise_after,
                within_s: self.rules.relief_within.as_secs(),
            },
            // A prompt on screen is held back by nothing, even one asked for during quiet.
            hold: match self.phase {
                Phase::Pending { .. } => None,
                _ if self.waiting_for_pause() => Some(Hold::Typing),
                _ => self.hold(now),
            },
            quiet: self.quiet,
            sitting: self.sitting_status(now),
        }
    }

    fn sitting_status(&self, now: DateTime<Utc>) -> Sitting {
        if self.sitting.is_none() {
            return Sitting::default();
        }
        let since = self.sitting_since(now);
        Sitting {
            since: since.map(|t| self.fixed(t)),
            minutes: Some(since.map_or(0, |t| u64::try_from((now - t).num_minutes()).unwrap_or(0))),
        }
    }

    pub(super) fn hold(&self, now: DateTime<Utc>) -> Option<Hold> {
        match self.away {
            _ if self.quiet.is_some() => Some(Hold::Quiet),
            Some(a) if a.locked => Some(Hold::Locked),
            Some(a) if a.taken || now - a.since >= self.natural_break() => Some(Hold::Away),
            _ => None,
        }
    }
}

pub(super) fn pending_status(
    prompt: &Prompt,
    shown: DateTime<FixedOffset>,
    expires: Option<DateTime<FixedOffset>>,
    snoozed_until: Option<DateTime<FixedOffset>>,
) -> PendingStatus {
    PendingStatus {
        prompt: prompt.id.clone(),
        category: prompt.category,
        title: prompt.title.clone(),
        text: prompt.text.clone(),
        shown,
        expires,
        snoozed_until,
    }
}
