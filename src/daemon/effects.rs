//! Carrying out the core's effects. Records are written durably first: if one cannot be, the
//! core is rolled back and nothing is shown, so what the person sees is always on disk. Then
//! the rest in order: prompts shown and closed, the rotation saved.

use chrono::{DateTime, Utc};

use super::Daemon;
use crate::clock;
use crate::core::io::{Effect, Input, Refusal};
use crate::core::model::AckRecord;
use crate::store::acklog::Batch;
use crate::store::rotation;

#[derive(Debug, thiserror::Error)]
pub(super) enum ApplyError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("could not write to {path}: {source}; nothing was recorded")]
    NotRecorded { path: String, source: std::io::Error },
}

impl Daemon {
    /// Applies an input nobody waits on; a failure is logged (and retried by the core later).
    pub(super) fn apply_logged(&mut self, input: Input) {
        if let Err(e) = self.apply(clock::now(), input) {
            tracing::error!("{e}");
        }
    }

    /// Feeds `input` to the core and carries out the effects; says which answers were recorded.
    /// If a record cannot be written, the core is rolled back as if the input never happened.
    pub(super) fn apply(&mut self, now: DateTime<Utc>, input: Input) -> Result<Vec<AckRecord>, ApplyError> {
        let before = self.scheduler.clone();
        let effects = self.scheduler.handle(now, input)?;
        let records = match self.record(&effects) {
            Ok(records) => records,
            Err(e) => {
                self.scheduler = before;
                return Err(e);
            }
        };
        for effect in effects {
            self.carry_out(effect);
        }
        Ok(records)
    }

    /// Appends the records among `effects` to the log in one write: all of them, or, if that
    /// fails, none, so that the retry of a rolled-back input does not write the first ones twice.
    fn record(&mut self, effects: &[Effect]) -> Result<Vec<AckRecord>, ApplyError> {
        let mut batch = Batch::default();
        let written = effects
            .iter()
            .try_for_each(|effect| match effect {
                Effect::Record(record) => batch.push(record),
                Effect::RecordEvent(event) => batch.push(event),
                _ => Ok(()),
            })
            .and_then(|()| self.log.append_all(&batch));
        written.map_err(|source| ApplyError::NotRecorded {
            path: self.log.path().display().to_string(),
            source,
        })?;
        let mut records = Vec::new();
        for effect in effects {
            match effect {
                Effect::Record(record) => {
                    tracing::info!(prompt = %record.prompt, outcome = record.outcome.as_str(), "recorded");
                    records.push(record.clone());
                }
                Effect::RecordEvent(event) => tracing::info!(outcome = ?event.outcome, "recorded"),
                _ => {}
            }
        }
        Ok(records)
    }

    /// Carries out one effect other than a record (those are written already).
    fn carry_out(&mut self, effect: Effect) {
        match effect {
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
                if let Err(e) = rotation::save_rotation(&self.paths.rotation(), &rotation) {
                    tracing::warn!("cannot save the rotation to {}: {e}", self.paths.rotation().display());
                }
            }
        }
    }
}
