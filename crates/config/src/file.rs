//! Reading the config file (written with the commented default on first run), parsing and
//! validating it into a [`Config`] and its warnings.

use std::path::Path;

use crate::diagnostics::{ConfigError, Problem, describe_toml_error};
use crate::{Config, DEFAULT_CONFIG, validate};

/// A valid config and what deserves a warning in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
}

/// Loads `path`, writing the commented default there first if it does not exist. Also returns
/// the text it read, so that the daemon can tell a later edit from a mere re-read.
pub fn load_or_create(path: &Path) -> Result<(Loaded, String), ConfigError> {
    write_default_if_missing(path)?;
    let text = read(path)?;
    Ok((load_text(path, &text)?, text))
}

pub fn write_default_if_missing(path: &Path) -> Result<(), ConfigError> {
    if path.exists() { Ok(()) } else { write_default(path) }
}

pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    load_text(path, &read(path)?)
}

/// The `language` the file at `path` sets, read on its own: a command speaks it even when
/// something else in the file is wrong (which the command may be about to say).
pub fn language_setting(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    table.get("language")?.as_str().map(str::to_string)
}

/// The text of the config file at `path`.
pub fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.into(),
        source,
    })
}

/// Parses and validates `text`, read from `path` (which errors name).
pub fn load_text(path: &Path, text: &str) -> Result<Loaded, ConfigError> {
    parse(text).map_err(|problems| ConfigError::Invalid {
        path: path.into(),
        problems,
    })
}

fn write_default(path: &Path) -> Result<(), ConfigError> {
    let write = || -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, DEFAULT_CONFIG)
    };
    write().map_err(|source| ConfigError::Write {
        path: path.into(),
        source,
    })
}

/// Parses and validates config text.
pub fn parse(text: &str) -> Result<Loaded, Vec<Problem>> {
    let config: Config = toml::from_str(text).map_err(|e| vec![describe_toml_error(text, &e)])?;
    let problems = validate::problems(&config, text);
    if !problems.is_empty() {
        return Err(problems);
    }
    let warnings = validate::warnings(&config);
    Ok(Loaded { config, warnings })
}
