//! The daemon loop's decisions around the scheduler, kept pure so that the tests run them: an
//! input counts only once its records are written (otherwise the scheduler is rolled back and
//! the input kept, to be tried again in order, with back-off), and no wake-up leaves the loop
//! due again at once.

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use chrono::{DateTime, TimeZone, Utc};
use core::time::Duration;

use crate::events::{Effect, Input, Refusal};
use crate::model::AckRecord;
use crate::scheduler::{Scheduler, later};

/// The first wait after a write fails (or a wake-up would spin); it doubles up to `LAST_RETRY`.
const FIRST_RETRY: Duration = Duration::from_secs(1);
const LAST_RETRY: Duration = Duration::from_secs(60);

/// What the driver needs from the adapters.
pub trait Hands {
    type Error;
    /// Writes the records among `effects` durably: all of them, or none.
    fn record(&mut self, effects: &[Effect]) -> Result<(), Self::Error>;
    /// Carries out an effect other than a record (never given one), once the input's records
    /// are written.
    fn carry_out(&mut self, effect: Effect);
}

/// Why a request did nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum Failed<E> {
    Refused(Refusal),
    /// Its records could not be written: nothing was recorded.
    NotRecorded(E),
}

/// Waiting before the next try.
#[derive(Clone, Copy, Debug)]
struct Backoff {
    until: DateTime<Utc>,
    next: Duration,
}

#[derive(Clone, Debug)]
pub struct Driver<Z: TimeZone> {
    scheduler: Scheduler<Z>,
    /// Inputs nobody waits on (a watcher's report, a notification clicked) whose records could
    /// not be written yet, oldest first. What the watchers report while the disk is full: a few
    /// a minute at most.
    unwritten: VecDeque<Input>,
    backoff: Option<Backoff>,
    /// Wake-ups that left the core due again at once: each would have been a spin.
    spins: u64,
}

impl<Z: TimeZone> Driver<Z>
where
    Z::Offset: Copy,
{
    pub fn new(scheduler: Scheduler<Z>) -> Self {
        Driver {
            scheduler,
            unwritten: VecDeque::new(),
            backoff: None,
            spins: 0,
        }
    }

    pub fn scheduler(&self) -> &Scheduler<Z> {
        &self.scheduler
    }

    /// When the loop has something to do next: the core's next wake-up, or, while writes fail,
    /// the next try.
    pub fn next_wakeup(&self) -> Option<DateTime<Utc>> {
        match self.backoff {
            Some(backoff) => Some(backoff.until),
            None => self.scheduler.next_wakeup(),
        }
    }

    /// Wake-ups so far that would have spun the loop (none, unless the core has a defect).
    pub fn spins(&self) -> u64 {
        self.spins
    }

    /// Inputs waiting for their records to be written.
    pub fn unwritten(&self) -> usize {
        self.unwritten.len()
    }

    /// A person's request, answered at once: applied after the inputs still waiting (so that
    /// the log keeps the order things happened in), and never kept: the person is told.
    pub fn request<H: Hands>(
        &mut self,
        now: DateTime<Utc>,
        input: Input,
        hands: &mut H,
    ) -> Result<Vec<AckRecord>, Failed<H::Error>> {
        self.drain(now, hands).map_err(Failed::NotRecorded)?;
        self.apply(now, input, hands)
    }

    /// Something that happened, with nobody waiting on the answer: kept, and tried again later,
    /// if its records cannot be written now. A refusal is returned if it came at once.
    pub fn event<H: Hands>(&mut self, now: DateTime<Utc>, input: Input, hands: &mut H) -> Result<(), Failed<H::Error>> {
        if self.unwritten.is_empty() {
            return match self.apply(now, input.clone(), hands) {
                Err(Failed::NotRecorded(e)) => {
                    self.unwritten.push_back(input);
                    Err(Failed::NotRecorded(e))
                }
                other => other.map(drop),
            };
        }
        self.unwritten.push_back(input);
        self.drain(now, hands).map_err(Failed::NotRecorded)
    }

    /// The loop's timer went off: what waits is tried again (once its back-off is over), then
    /// the core acts on whatever is due. A tick that cannot be written is not kept: the next
    /// one does the same.
    pub fn tick<H: Hands>(&mut self, now: DateTime<Utc>, hands: &mut H) -> Result<(), H::Error> {
        if self.backoff.is_some_and(|b| now < b.until) {
            return Ok(());
        }
        self.drain(now, hands)?;
        match self.apply(now, Input::Tick, hands) {
            Err(Failed::NotRecorded(e)) => return Err(e),
            Err(Failed::Refused(_)) | Ok(_) => {}
        }
        // A wake-up still due now would have the loop nap zero again, and again: back off
        // instead, and count it.
        if self.scheduler.next_wakeup().is_some_and(|at| at <= now) {
            self.spins += 1;
            self.back_off(now);
        }
        Ok(())
    }

    /// The inputs waiting, in order, until one cannot be written.
    fn drain<H: Hands>(&mut self, now: DateTime<Utc>, hands: &mut H) -> Result<(), H::Error> {
        while let Some(input) = self.unwritten.front().cloned() {
            match self.apply(now, input, hands) {
                Err(Failed::NotRecorded(e)) => return Err(e),
                // Refused by now (the prompt it answered has gone): nothing to keep.
                Err(Failed::Refused(_)) | Ok(_) => {
                    self.unwritten.pop_front();
                }
            }
        }
        Ok(())
    }

    /// Feeds `input` to the core and carries out the effects, records first; if they cannot be
    /// written, the core is as if the input never happened.
    fn apply<H: Hands>(
        &mut self,
        now: DateTime<Utc>,
        input: Input,
        hands: &mut H,
    ) -> Result<Vec<AckRecord>, Failed<H::Error>> {
        let before = self.scheduler.clone();
        let effects = self.scheduler.handle(now, input).map_err(Failed::Refused)?;
        if let Err(e) = hands.record(&effects) {
            self.scheduler = before;
            self.back_off(now);
            return Err(Failed::NotRecorded(e));
        }
        self.backoff = None;
        let mut records = Vec::new();
        for effect in effects {
            match effect {
                Effect::Record(record) => records.push(record),
                Effect::RecordEvent(_) => {}
                effect => hands.carry_out(effect),
            }
        }
        Ok(records)
    }

    fn back_off(&mut self, now: DateTime<Utc>) {
        let wait = self.backoff.map_or(FIRST_RETRY, |b| b.next);
        self.backoff = Some(Backoff {
            until: later(now, wait),
            next: (wait * 2).min(LAST_RETRY),
        });
    }
}
