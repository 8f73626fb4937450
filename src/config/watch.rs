//! Watches the config file for edits. The directory is watched, not the file, so that editors
//! that save by writing a new file and renaming it over the old one are seen too.

use file_events::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use file_events::{RecursiveMode, Watcher};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use tokio::sync::mpsc;

/// Keeps the watch alive; dropping it stops watching.
pub struct ConfigWatch {
    _watcher: file_events::RecommendedWatcher,
}

/// Sends `()` on `changed` whenever something may have changed the content of `config`. Bursts
/// coalesce: the channel holds one pending signal at most.
pub fn watch(config: &Path, changed: mpsc::Sender<()>) -> file_events::Result<ConfigWatch> {
    let name = config.file_name().map(ToOwned::to_owned);
    let dir: PathBuf = match config.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut watcher = file_events::recommended_watcher(move |event: file_events::Result<file_events::Event>| {
        let touches_config = match &event {
            Ok(event) => may_change(event, name.as_deref()),
            // A watch error may have cost us an event: re-read to be safe.
            Err(_) => true,
        };
        if touches_config {
            let _ = changed.try_send(());
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    Ok(ConfigWatch { _watcher: watcher })
}

/// Whether `event` can mean new content in the file called `name`. Opens, reads and closes
/// without a write are what every reader causes (the daemon's own re-read among them, which
/// would loop), and metadata (times, permissions) is not content: none of them count.
fn may_change(event: &file_events::Event, name: Option<&OsStr>) -> bool {
    if event.need_rescan() {
        // Events were lost (an overflowed queue, which names no path): one may have been ours.
        return true;
    }
    let content = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
        // Backends that cannot tell kinds apart report `Any`: it may be a write.
        EventKind::Any => true,
        EventKind::Other => false,
    };
    content && event.paths.iter().any(|p| p.file_name() == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use file_events::event::{CreateKind, DataChange, Flag, MetadataKind, RemoveKind, RenameMode};

    fn counts(kind: EventKind) -> bool {
        let event = file_events::Event::new(kind).add_path("/c/config.toml".into());
        may_change(&event, Some(OsStr::new("config.toml")))
    }

    #[test]
    fn readers_do_not_count() {
        for kind in [
            AccessKind::Open(AccessMode::Read),
            AccessKind::Open(AccessMode::Write),
            AccessKind::Open(AccessMode::Any),
            AccessKind::Read,
            AccessKind::Close(AccessMode::Read),
            AccessKind::Close(AccessMode::Any),
            AccessKind::Any,
        ] {
            assert!(!counts(EventKind::Access(kind)), "{kind:?}");
        }
        assert!(!counts(EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(!counts(EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::Permissions
        ))));
        assert!(!counts(EventKind::Other));
    }

    #[test]
    fn writers_count() {
        for kind in [
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Modify(ModifyKind::Data(DataChange::Content)),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            EventKind::Modify(ModifyKind::Any),
            EventKind::Create(CreateKind::File),
            EventKind::Remove(RemoveKind::File),
            EventKind::Any,
        ] {
            assert!(counts(kind), "{kind:?}");
        }
    }

    #[test]
    fn other_files_do_not_count() {
        let event = file_events::Event::new(EventKind::Modify(ModifyKind::Data(DataChange::Any)))
            .add_path("/c/.config.toml.swp".into());
        assert!(!may_change(&event, Some(OsStr::new("config.toml"))));
    }

    #[test]
    fn lost_events_count() {
        let overflow = file_events::Event::new(EventKind::Other).set_flag(Flag::Rescan);
        assert!(may_change(&overflow, Some(OsStr::new("config.toml"))));
    }
}
