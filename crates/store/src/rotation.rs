//! Small state files, written to a temporary file and renamed into place so a crash never
//! leaves half of one.

use std::io::{self, Write};
use std::path::Path;

use deskbreak_core::prompts::RotationState;

/// The saved rotation, or a fresh one if there is none or it cannot be read.
pub fn load_rotation(path: &Path) -> RotationState {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            tracing::warn!("ignoring unreadable rotation state {}: {e}", path.display());
            RotationState::default()
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => RotationState::default(),
        Err(e) => {
            tracing::warn!("cannot read rotation state {}: {e}", path.display());
            RotationState::default()
        }
    }
}

pub fn save_rotation(path: &Path, rotation: &RotationState) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer(&mut file, rotation)?;
    file.write_all(b"\n")?;
    file.as_file().sync_data()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
