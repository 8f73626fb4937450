//! Watches the config file for edits. Directories are watched, not files, so that editors that
//! save by writing a new file and renaming it over the old one are seen too. A config that is a
//! symlink (kept in a dotfiles repository, say) is watched at its target as well, since an edit
//! of the target changes nothing in the link's directory.

use file_events::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use file_events::{RecursiveMode, Watcher};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use tokio::sync::mpsc;

/// Keeps the watch alive; dropping it stops watching.
pub struct ConfigWatch {
    /// The only strong reference: dropping it drops the watcher, whose end closes the channel
    /// that the thread following the link reads, and so ends that thread too.
    _watcher: Arc<Mutex<file_events::RecommendedWatcher>>,
}

/// Sends `()` on `changed` whenever something may have changed the content of `config`. Bursts
/// coalesce: the channel holds one pending signal at most.
pub fn watch(config: &Path, changed: mpsc::Sender<()>) -> file_events::Result<ConfigWatch> {
    let link_dir: PathBuf = match config.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // Events go to a thread of our own: moving the target's watch calls the watcher, which
    // waits for the backend's thread, so it cannot be done in the backend's own callback.
    let (events_tx, events) = std::sync::mpsc::channel();
    let mut watcher = file_events::recommended_watcher(events_tx)?;
    // The link's own directory, for the link's name: a plain file is watched here alone, and a
    // link that is re-pointed or replaced is seen here.
    watcher.watch(&link_dir, RecursiveMode::NonRecursive)?;
    let mut follow = Follow {
        config: config.to_path_buf(),
        link_name: config.file_name().map(ToOwned::to_owned),
        link_dir,
        target: None,
    };
    follow.refresh(&mut watcher);
    let watcher = Arc::new(Mutex::new(watcher));
    let weak = Arc::downgrade(&watcher);
    std::thread::Builder::new()
        .name("config-watch".into())
        .spawn(move || follow.run(&events, &weak, &changed))
        .map_err(file_events::Error::io)?;
    Ok(ConfigWatch { _watcher: watcher })
}

/// Where the config is watched.
struct Follow {
    config: PathBuf,
    link_name: Option<OsString>,
    /// The config's directory as given (not resolved), watched for `link_name`.
    link_dir: PathBuf,
    /// When the config is a symlink: the file it resolves to.
    target: Option<Target>,
}

struct Target {
    file: PathBuf,
    /// The directory watched for `file`; `None` when it is the link's own, already watched
    /// (inotify makes two watches of one directory one: unwatching the target's would end the
    /// link's).
    watched_dir: Option<PathBuf>,
}

/// What the config path is now.
#[derive(Debug, PartialEq, Eq)]
enum Resolved {
    /// A file (or nothing: a removed config is seen in the link's directory).
    Plain,
    /// A symlink, through any chain of them, to this file.
    Link(PathBuf),
    /// A symlink whose target cannot be resolved right now (a save that removes the target and
    /// writes it again): what is watched stays as it is.
    Unresolved,
}

fn resolve(config: &Path) -> Resolved {
    match std::fs::symlink_metadata(config) {
        Ok(meta) if meta.file_type().is_symlink() => match std::fs::canonicalize(config) {
            Ok(target) => Resolved::Link(target),
            Err(_) => Resolved::Unresolved,
        },
        _ => Resolved::Plain,
    }
}

impl Follow {
    /// Passes on the events that count, until the watcher is dropped.
    fn run(
        mut self,
        events: &std::sync::mpsc::Receiver<file_events::Result<file_events::Event>>,
        watcher: &Weak<Mutex<file_events::RecommendedWatcher>>,
        changed: &mpsc::Sender<()>,
    ) {
        for event in events {
            let counts = match &event {
                Ok(event) => may_change(event, &self.names()),
                // A watch error may have cost us an event: re-read to be safe.
                Err(_) => true,
            };
            if !counts {
                continue;
            }
            // Any event that counts may have been the link re-pointed (a lost event names no
            // path): resolve again, and watch the new target before the daemon reads it.
            if let Some(watcher) = watcher.upgrade() {
                self.refresh(&mut watcher.lock().unwrap_or_else(PoisonError::into_inner));
            }
            let _ = changed.try_send(());
        }
    }

    /// The file names whose events count: the link's, and its target's.
    fn names(&self) -> Vec<&OsStr> {
        let target = self.target.as_ref().and_then(|t| t.file.file_name());
        self.link_name.as_deref().into_iter().chain(target).collect()
    }

    /// Resolves the config again and moves the target's watch if the target moved.
    fn refresh(&mut self, watcher: &mut file_events::RecommendedWatcher) {
        let file = match resolve(&self.config) {
            Resolved::Unresolved => return,
            Resolved::Plain => None,
            Resolved::Link(file) => Some(file),
        };
        if file.as_ref() == self.target.as_ref().map(|t| &t.file) {
            return;
        }
        let old_dir = self.target.take().and_then(|t| t.watched_dir);
        let new_dir = file
            .as_deref()
            .and_then(Path::parent)
            // Beside the link: its directory is watched already (see `Target::watched_dir`).
            .filter(|dir| std::fs::canonicalize(&self.link_dir).ok().as_deref() != Some(*dir))
            .map(Path::to_path_buf);
        // Only a directory that changed is watched anew: watching the same one again after
        // unwatching it would lose the events in between.
        if new_dir != old_dir {
            if let Some(old) = &old_dir {
                let _ = watcher.unwatch(old);
            }
            if let Some(dir) = &new_dir
                && let Err(e) = watcher.watch(dir, RecursiveMode::NonRecursive)
            {
                tracing::warn!(
                    "cannot watch {} for edits of {} ({e}); use `deskbreak reload`",
                    dir.display(),
                    self.config.display()
                );
                // Not recorded, so that the next event on the link tries again.
                return;
            }
        }
        self.target = file.map(|file| Target {
            file,
            watched_dir: new_dir,
        });
    }
}

/// Whether `event` can mean new content in a file called one of `names`. Opens, reads and
/// closes without a write are what every reader causes (the daemon's own re-read among them,
/// which would loop), and metadata (times, permissions) is not content: none of them count.
fn may_change(event: &file_events::Event, names: &[&OsStr]) -> bool {
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
    // By name, not by path: a backend may report a directory by another path than the one
    // watched (macOS resolves /var to /private/var). A file of the other directory with the
    // same name costs one re-read, which finds the same bytes and does nothing.
    content
        && event
            .paths
            .iter()
            .any(|p| p.file_name().is_some_and(|n| names.contains(&n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use file_events::event::{CreateKind, DataChange, Flag, MetadataKind, RemoveKind, RenameMode};

    const CONFIG: &[&str] = &["config.toml"];

    fn names<'a>(names: &[&'a str]) -> Vec<&'a OsStr> {
        names.iter().map(|n| OsStr::new(*n)).collect()
    }

    fn counts(kind: EventKind) -> bool {
        let event = file_events::Event::new(kind).add_path("/c/config.toml".into());
        may_change(&event, &names(CONFIG))
    }

    fn modified(path: &str) -> file_events::Event {
        file_events::Event::new(EventKind::Modify(ModifyKind::Data(DataChange::Any))).add_path(path.into())
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
        assert!(!may_change(&modified("/c/.config.toml.swp"), &names(CONFIG)));
    }

    #[test]
    fn the_link_and_its_target_count() {
        let both = names(&["config.toml", "deskbreak.toml"]);
        assert!(may_change(&modified("/c/config.toml"), &both));
        assert!(may_change(&modified("/dotfiles/deskbreak.toml"), &both));
        assert!(!may_change(&modified("/dotfiles/.deskbreak.toml.swp"), &both));
        assert!(!may_change(&modified("/dotfiles/README"), &both));
    }

    #[test]
    fn a_nameless_config_counts_no_file() {
        assert!(!may_change(&modified("/"), &[]));
        assert!(!may_change(&modified("/c/config.toml"), &[]));
    }

    #[test]
    fn lost_events_count() {
        let overflow = file_events::Event::new(EventKind::Other).set_flag(Flag::Rescan);
        assert!(may_change(&overflow, &names(CONFIG)));
        assert!(may_change(&overflow, &[]));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_resolves_through_a_chain() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("deskbreak.toml");
        std::fs::write(&target, "").unwrap();
        let middle = dir.path().join("middle.toml");
        let config = dir.path().join("config.toml");
        std::os::unix::fs::symlink(&target, &middle).unwrap();
        std::os::unix::fs::symlink("middle.toml", &config).unwrap();
        let canonical = std::fs::canonicalize(&target).unwrap();
        assert_eq!(resolve(&config), Resolved::Link(canonical.clone()));
        assert_eq!(resolve(&canonical), Resolved::Plain);
        assert_eq!(resolve(&dir.path().join("absent.toml")), Resolved::Plain);
        std::fs::remove_file(&target).unwrap();
        assert_eq!(resolve(&config), Resolved::Unresolved);
    }
}
