//! A login entry kept in one file: rendered from its template, marked as ours, never someone else's.

use anyhow::{Context, Result, bail};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use deskbreak_i18n::fl;

/// A login entry kept in one file, rendered from a template in `packaging/`.
pub struct FileEntry {
    /// What a person calls it, like "XDG autostart entry".
    pub kind: fn() -> String,
    pub path: PathBuf,
    /// The template; `@EXEC@` stands for the binary's path.
    pub template: &'static str,
    /// Writes a path as one argument in this file's syntax.
    pub quote: fn(&str) -> String,
    /// Appended after the template: deskbreak only ever touches a file that holds this line.
    pub marker: &'static str,
}

/// What is at an entry's path.
pub enum Found {
    Absent,
    /// Written by deskbreak; its current text.
    Ours(String),
    /// Someone else's file: never changed or removed.
    Foreign,
}

impl FileEntry {
    pub fn render(&self, exe: &str) -> String {
        let body = self.template.replace("@EXEC@", &(self.quote)(exe));
        format!("{body}{}\n", self.marker)
    }

    pub fn found(&self) -> Result<Found> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) if text.lines().any(|l| l.trim() == self.marker) => Ok(Found::Ours(text)),
            Ok(_) => Ok(Found::Foreign),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Found::Absent),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", self.path.display())),
        }
    }

    /// Writes the entry for `exe` (atomically, so a login never sees half a file); refuses to
    /// replace a file deskbreak did not write. Writing the same entry twice changes nothing.
    /// What it did is added to `said`.
    pub fn write(&self, exe: &str, said: &mut Vec<String>) -> Result<()> {
        let text = self.render(exe);
        let path = self.path.display();
        match self.found()? {
            Found::Foreign => bail!(fl!("autostart-foreign", path = path.to_string())),
            Found::Ours(current) if current == text => {
                said.push(fl!(
                    "autostart-up-to-date",
                    kind = (self.kind)(),
                    path = path.to_string()
                ));
                return Ok(());
            }
            Found::Ours(_) | Found::Absent => {}
        }
        let dir = self.path.parent().context("a login entry path has a parent")?;
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let mut file = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("cannot create a file in {}", dir.display()))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)))
            .and_then(|()| file.as_file().sync_all())
            .with_context(|| format!("cannot write {path}"))?;
        file.persist(&self.path)
            .with_context(|| format!("cannot write {path}"))?;
        said.push(fl!("autostart-wrote", kind = (self.kind)(), path = path.to_string()));
        Ok(())
    }

    /// Removes the file if deskbreak wrote it; returns whether it did, and adds what it did to
    /// `said`.
    pub fn remove(&self, said: &mut Vec<String>) -> Result<bool> {
        let path = self.path.display();
        match self.found()? {
            Found::Absent => Ok(false),
            Found::Foreign => {
                said.push(fl!("autostart-left-alone", path = path.to_string()));
                Ok(false)
            }
            Found::Ours(_) => {
                std::fs::remove_file(&self.path).with_context(|| format!("cannot remove {path}"))?;
                said.push(fl!("autostart-removed", kind = (self.kind)(), path = path.to_string()));
                Ok(true)
            }
        }
    }

    /// The `status` line for this entry, if there is a file; `active` says whether it takes
    /// effect at login.
    pub fn status_line(&self, found: &Found, active: bool) -> Option<String> {
        let path = self.path.display();
        match found {
            Found::Absent => None,
            Found::Foreign => Some(fl!("autostart-status-foreign", path = path.to_string())),
            Found::Ours(_) if active => Some(fl!(
                "autostart-status-on",
                kind = (self.kind)(),
                path = path.to_string()
            )),
            Found::Ours(_) => Some(fl!(
                "autostart-status-written",
                kind = (self.kind)(),
                path = path.to_string()
            )),
        }
    }
}
