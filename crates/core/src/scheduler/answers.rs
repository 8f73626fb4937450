//! The person's answers to the prompt on screen (done, snooze, skip), and ending a pending
//! prompt with its one outcome record.

use alloc::vec::Vec;
use chrono::{DateTime, TimeZone, Utc};
use core::time::Duration;

use super::{Phase, Scheduler, later};
use crate::events::{Answer, Effect, Refusal};
use crate::model::{ACK_RECORD_VERSION, AckRecord, Outcome, Prompt, Via};

impl<Z: TimeZone> Scheduler<Z>
where
    Z::Offset: Copy,
{
    pub(super) fn answer(
        &mut self,
        now: DateTime<Utc>,
        answer: Answer,
        via: Via,
        seq: Option<u64>,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Refusal> {
        // An answer from a notification counts only for the one on screen, whatever the phase:
        // a click on an old toast, or a late one, changes nothing.
        let on_screen = match &self.phase {
            Phase::Pending { seq, .. } => Some(*seq),
            _ => None,
        };
        if seq.is_some() && seq != on_screen {
            return Err(Refusal::Stale);
        }
        let stream = match &self.phase {
            Phase::Pending { stream, .. } | Phase::Snoozed { stream, .. } => *stream,
            Phase::Paused { .. } => {
                return Err(if answer == Answer::Done || answer == Answer::Skip {
                    Refusal::NothingPending
                } else {
                    Refusal::Paused
                });
            }
            Phase::Waiting => {
                return match answer {
                    // Snoozing with nothing pending keeps every prompt away for that long.
                    Answer::Snooze(span) => {
                        let until = later(now, span.unwrap_or(self.rules.snooze).get());
                        for timer in self.timers.values_mut() {
                            timer.due = Some(timer.due.map_or(until, |d| d.max(until)));
                        }
                        Ok(())
                    }
                    Answer::Done | Answer::Skip => Err(Refusal::NothingPending),
                };
            }
        };
        match answer {
            Answer::Done => {
                self.end_pending(now, Outcome::Done, via, None, effects);
            }
            Answer::Skip => {
                self.end_pending(now, Outcome::Skipped, via, None, effects);
            }
            Answer::Snooze(span) => {
                let span = span.unwrap_or(self.rules.snooze);
                if let Some((prompt, shown)) = self.end_pending(now, Outcome::Snoozed, via, Some(span.get()), effects) {
                    // A snooze that ends after the hours ends when they start again.
                    let until = later(now, span.get());
                    self.phase = Phase::Snoozed {
                        prompt,
                        stream,
                        shown,
                        until: self.rules.active_from(&self.tz, until).unwrap_or(until),
                    };
                    return Ok(());
                }
            }
        }
        self.finish(stream, now);
        Ok(())
    }

    /// Ends the pending (or snoozed) prompt with `outcome`: records it and closes the
    /// notification. Returns the prompt and when it was shown, if there was one.
    pub(super) fn end_pending(
        &mut self,
        at: DateTime<Utc>,
        outcome: Outcome,
        via: Via,
        snooze: Option<Duration>,
        effects: &mut Vec<Effect>,
    ) -> Option<(Prompt, DateTime<Utc>)> {
        let (prompt, shown, on_screen) = match self.phase.clone() {
            Phase::Pending { prompt, shown, .. } => (prompt, shown, true),
            Phase::Snoozed { prompt, shown, .. } => (prompt, shown, false),
            Phase::Waiting | Phase::Paused { .. } => return None,
        };
        effects.push(Effect::Record(AckRecord {
            v: ACK_RECORD_VERSION,
            time: self.fixed(at),
            prompt: prompt.id.clone(),
            category: prompt.category,
            outcome,
            shown: self.fixed(shown),
            via,
            title: prompt.title.clone(),
            snooze_s: snooze.map(|s| s.as_secs()),
        }));
        if on_screen {
            effects.push(Effect::Close);
        }
        self.today.1.add(prompt.category, outcome);
        Some((prompt, shown))
    }
}
