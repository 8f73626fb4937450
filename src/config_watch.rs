//! Watches the config file for edits. The directory is watched, not the file, so that editors
//! that save by writing a new file and renaming it over the old one are seen too.

use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use tokio::sync::mpsc;

/// Keeps the watch alive; dropping it stops watching.
pub struct ConfigWatch {
    _watcher: notify::RecommendedWatcher,
}

/// Sends `()` on `changed` whenever something happens to `config`. Bursts coalesce: the channel
/// holds one pending signal at most.
pub fn watch(config: &Path, changed: mpsc::Sender<()>) -> notify::Result<ConfigWatch> {
    let name = config.file_name().map(ToOwned::to_owned);
    let dir: PathBuf = match config.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let touches_config = match &event {
            Ok(event) => event.paths.iter().any(|p| p.file_name() == name.as_deref()),
            // A lost event (queue overflow) may have been ours: re-read to be safe.
            Err(_) => true,
        };
        if touches_config {
            let _ = changed.try_send(());
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    Ok(ConfigWatch { _watcher: watcher })
}
