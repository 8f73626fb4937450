//! Carrying out the core's effects, through the driver (`core::driver`). Records are written
//! durably first: if they cannot be, the core is rolled back and nothing is shown, so what the
//! person sees is always on disk. Then the rest in order: prompts shown and closed, the rotation
//! saved.

use std::path::Path;

use super::Daemon;
use deskbreak_core::driver::{Failed, Hands};
use deskbreak_core::events::{Effect, Input, Refusal};
use deskbreak_core::model::AckRecord;
use deskbreak_host::clock;
use deskbreak_notify::Notifier;
use deskbreak_store::acklog::{AckLog, Batch};
use deskbreak_store::rotation;
use deskbreak_watchers as watchers;

#[derive(Debug, thiserror::Error)]
pub(super) enum ApplyError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error(transparent)]
    NotRecorded(#[from] NotRecorded),
}

#[derive(Debug, thiserror::Error)]
#[error("could not write to {path}: {source}; nothing was recorded")]
pub(super) struct NotRecorded {
    pub(super) path: String,
    pub(super) source: std::io::Error,
}

impl From<Failed<NotRecorded>> for ApplyError {
    fn from(failed: Failed<NotRecorded>) -> ApplyError {
        match failed {
            Failed::Refused(refusal) => ApplyError::Refused(refusal),
            Failed::NotRecorded(e) => ApplyError::NotRecorded(e),
        }
    }
}

/// The daemon's adapters, as the driver sees them.
struct DaemonHands<'a> {
    log: &'a mut AckLog,
    notifier: &'a Notifier,
    watching: &'a mut watchers::Started,
    rotation: &'a Path,
}

impl Daemon {
    fn hands(&mut self) -> (&mut deskbreak_core::driver::Driver<chrono::Local>, DaemonHands<'_>) {
        let hands = DaemonHands {
            log: &mut self.log,
            notifier: &self.notifier,
            watching: &mut self.watching,
            rotation: &self.rotation,
        };
        (&mut self.driver, hands)
    }

    /// Applies an input nobody waits on; if its records cannot be written it is kept and tried
    /// again, and the failure logged.
    pub(super) fn apply_logged(&mut self, input: Input) {
        let (driver, mut hands) = self.hands();
        match driver.event(clock::now(), input, &mut hands) {
            Ok(()) => {}
            Err(Failed::Refused(refusal)) => tracing::info!("{refusal}"),
            Err(Failed::NotRecorded(e)) => tracing::error!("{e}; it is kept and tried again"),
        }
    }

    /// A person's request: applied, refused, or not recorded (and not kept: they are told).
    pub(super) fn apply_request(&mut self, input: Input) -> Result<Vec<AckRecord>, ApplyError> {
        let (driver, mut hands) = self.hands();
        Ok(driver.request(clock::now(), input, &mut hands)?)
    }

    /// The loop's timer: what is due, after what waits to be written.
    pub(super) fn apply_tick(&mut self) {
        let spins = self.driver.spins();
        let (driver, mut hands) = self.hands();
        if let Err(e) = driver.tick(clock::now(), &mut hands) {
            // Not recorded: the state was rolled back, and the driver tries again after a pause.
            tracing::error!("{e}");
        }
        if self.driver.spins() > spins {
            debug_assert!(false, "a tick left the core due again at once: the loop would spin");
            tracing::error!(
                spins = self.driver.spins(),
                "a tick left deskbreak due again at once; backing off instead of spinning (please report this)"
            );
        }
    }
}

impl Hands for DaemonHands<'_> {
    type Error = NotRecorded;

    /// Appends the records among `effects` to the log in one write: all of them, or, if that
    /// fails, none, so that the retry of a rolled-back input does not write the first ones twice.
    fn record(&mut self, effects: &[Effect]) -> Result<(), NotRecorded> {
        let mut batch = Batch::default();
        let written = effects
            .iter()
            .try_for_each(|effect| match effect {
                Effect::Record(record) => batch.push(record),
                Effect::RecordEvent(event) => batch.push(event),
                _ => Ok(()),
            })
            .and_then(|()| self.log.append_all(&batch));
        written.map_err(|source| NotRecorded {
            path: self.log.path().display().to_string(),
            source,
        })?;
        for effect in effects {
            match effect {
                Effect::Record(record) => {
                    tracing::info!(prompt = %record.prompt, outcome = record.outcome.as_str(), "recorded")
                }
                Effect::RecordEvent(event) => tracing::info!(outcome = event.outcome.as_str(), "recorded"),
                _ => {}
            }
        }
        Ok(())
    }

    /// Carries out one effect other than a record (those are written already).
    fn carry_out(&mut self, effect: Effect) {
        match effect {
            // Written already, by `record`.
            Effect::Record(_) | Effect::RecordEvent(_) => {}
            Effect::ShowRelief(relief) => self.notifier.relief(relief),
            Effect::Deferred(category) => {
                tracing::info!("a {category} prompt is due; deferred while do-not-disturb holds")
            }
            Effect::Show(shown) => {
                match shown.waited {
                    Some(waited) => tracing::info!(
                        prompt = %shown.prompt.id,
                        "showing prompt after waiting {:.1} s for a pause in typing",
                        waited.as_secs_f64()
                    ),
                    None => tracing::info!(prompt = %shown.prompt.id, "showing prompt"),
                }
                self.notifier.show(&shown);
            }
            Effect::WatchPause(length) => self.watching.watch_pause(length),
            Effect::Close => self.notifier.close(),
            Effect::SaveRotation(rotation) => {
                if let Err(e) = rotation::save_rotation(self.rotation, &rotation) {
                    tracing::warn!("cannot save the rotation to {}: {e}", self.rotation.display());
                }
            }
        }
    }
}
