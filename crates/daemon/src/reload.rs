//! Re-reading the config: after an edit has settled, or on `reload`. A valid config replaces the
//! one in force; an invalid one is refused and the daemon keeps running on the last good one.

use std::time::Duration;

use super::Daemon;
use deskbreak_config::{self as config, ConfigError};
use deskbreak_core::events::Input;
use deskbreak_host::clock;
use deskbreak_i18n::fl;
use deskbreak_ipc::protocol::{ErrorCode, Response};

/// How long the config file must stay unchanged before it is re-read.
pub(super) const CONFIG_SETTLE: Duration = Duration::from_millis(150);

/// What made the daemon re-read its config.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Trigger {
    FileChanged,
    Command,
}

impl Daemon {
    /// Re-reads the config; applies it if valid, otherwise keeps the last good one and says why
    /// (in the log, and once per distinct error as a notification when the file changed). A
    /// file change whose bytes are those of the last read does nothing and says nothing, and one
    /// that finds the file empty keeps the settings in force; the `reload` command always
    /// answers, and applies an empty file as the defaults.
    pub(super) fn reload(&mut self, trigger: Trigger) -> Result<Vec<String>, ConfigError> {
        let loaded = match config::read(&self.paths.config) {
            Ok(text) if trigger == Trigger::FileChanged && text == self.last_read => {
                return Ok(Vec::new());
            }
            // An editor that truncates the file before it writes can be read in between: that
            // would silently put every setting back to its default. Not remembered as read, so
            // that the save's end, the same text as before, applies nothing.
            Ok(text) if trigger == Trigger::FileChanged && text.trim().is_empty() => {
                tracing::info!(
                    "{} is empty (probably mid-save): keeping the settings in force; \
                     `deskbreak reload` applies an empty file as the defaults",
                    self.paths.config.display()
                );
                return Ok(Vec::new());
            }
            Ok(text) => {
                let loaded = config::load_text(&self.paths.config, &text);
                self.last_read = text;
                loaded
            }
            Err(e) => Err(e),
        };
        match loaded {
            Ok(loaded) => {
                self.last_rejected = None;
                if loaded.config != self.config {
                    let input = Input::Reconfigure {
                        rules: Box::new(loaded.config.rules()),
                        catalogue: loaded.config.catalogue(),
                    };
                    self.apply_logged(input);
                    self.watchers_stale |= loaded.config.breaks != self.config.breaks;
                    if loaded.config.language != self.config.language {
                        let language = deskbreak_i18n::use_language(loaded.config.language());
                        tracing::info!("speaking {language}");
                    }
                    self.config = loaded.config;
                    tracing::info!("config applied from {}", self.paths.config.display());
                }
                for warning in &loaded.warnings {
                    tracing::warn!("{}: {warning}", self.paths.config.display());
                }
                Ok(loaded.warnings)
            }
            Err(ConfigError::Read { source, .. })
                if trigger == Trigger::FileChanged && source.kind() == std::io::ErrorKind::NotFound =>
            {
                tracing::info!(
                    "{} was removed; keeping the settings in force",
                    self.paths.config.display()
                );
                Ok(Vec::new())
            }
            Err(e) => {
                tracing::error!("config not applied: {e}");
                let text = e.to_string();
                if trigger == Trigger::FileChanged && self.last_rejected.as_deref() != Some(&text) {
                    let reason = match &e {
                        ConfigError::Invalid { problems, .. } => problems
                            .first()
                            .map(|p| format!("{}, line {}", p.message, p.line))
                            .unwrap_or_default(),
                        other => other.to_string(),
                    };
                    self.notifier.alert(&fl!("alert-config-not-applied"), &reason);
                }
                self.last_rejected = Some(text);
                Err(e)
            }
        }
    }

    /// The `reload` command: the config re-read whatever its bytes, and the outcome in the reply.
    pub(super) fn reload_request(&mut self) -> Response {
        let result = self.reload(Trigger::Command);
        let status = self.driver.scheduler().status(clock::now());
        match result {
            Ok(warnings) => {
                let mut response = Response::ok(status, Vec::new());
                response
                    .messages
                    .push(fl!("reload-applied", path = self.paths.config.display().to_string()));
                response
                    .messages
                    .extend(warnings.into_iter().map(|w| fl!("reload-warning", warning = w)));
                response
            }
            Err(e) => Response::error(
                ErrorCode::InvalidConfig,
                format!("{e}\nConfig not applied: deskbreak keeps running on the previous one."),
                Some(status),
            ),
        }
    }
}
