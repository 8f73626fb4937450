//! tracing set-up: the daemon logs to a size-capped file and warns on stderr; clients only warn.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use tracing::{Level, Metadata};
use tracing_subscriber::filter::{EnvFilter, LevelFilter};
use tracing_subscriber::fmt::{self, MakeWriter, format};
use tracing_subscriber::prelude::*;

/// The daemon's log is renamed to `.old` once it holds this much, so that whatever loop a
/// future bug starts, the two files together stay near 2 MiB.
const MAX_LOG_BYTES: u64 = 1 << 20;

fn filter(verbose: u8) -> EnvFilter {
    let level = match verbose {
        0 => LevelFilter::INFO,
        1 => LevelFilter::DEBUG,
        _ => LevelFilter::TRACE,
    };
    EnvFilter::builder()
        .with_default_directive(level.into())
        .from_env_lossy()
}

/// Warnings and errors on stderr only.
pub fn init_client(verbose: u8) {
    let stderr_level = if verbose > 0 {
        filter(verbose)
    } else {
        // A library's warnings are said again, in words of ours, by whatever failed.
        EnvFilter::new("warn,zbus=error")
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(stderr_level)
        .without_time()
        .with_target(false)
        .try_init();
}

/// The full log to `file` (info by default), warnings and errors also on stderr.
pub fn init_daemon(verbose: u8, file: &Path) {
    let file_layer = LogFile::open(file, MAX_LOG_BYTES)
        .map(|log| file_format(log).with_filter(filter(verbose)))
        .inspect_err(|e| {
            // Said once, where a person starting the daemon by hand sees it; it runs on without.
            let _ = writeln!(io::stderr(), "deskbreak: cannot open its log {}: {e}", file.display());
        })
        .ok();
    let stderr_layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .without_time()
        .with_target(false)
        .with_filter(LevelFilter::WARN);
    let _ = tracing_subscriber::registry()
        .with(file_layer)
        .with(stderr_layer)
        .try_init();
}

/// How the log file's lines look: `TIME LEVEL message fields`, one event a `write`.
fn file_format<S>(log: LogFile) -> fmt::Layer<S, format::DefaultFields, format::Format<format::Full>, LogFile>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    fmt::layer().with_writer(log).with_ansi(false).with_target(false)
}

/// The daemon's log file as a tracing writer. Once the file holds `limit` bytes, it is renamed
/// to `NAME.old` (replacing the previous one) and a new file is begun. An event the same as the
/// one before it (same level and text, whatever its time) is counted, not written: one line
/// says how many times it came again, before the next different event (or the rotation).
///
/// Our own because tracing-appender rotates by time only, and no writer collapses repeats.
/// It relies on tracing-subscriber's fmt layer writing each event whole, in one `write` call,
/// and on its lines starting with the time and a space.
struct LogFile {
    state: Mutex<State>,
}

struct State {
    path: PathBuf,
    file: File,
    /// What `file` holds, in bytes.
    size: u64,
    limit: u64,
    /// The last event written, without its time.
    last: Option<Vec<u8>>,
    /// How many times it came again since, the last one's time, and its level.
    repeats: u64,
    repeated_at: Vec<u8>,
    repeated_level: Option<Level>,
    /// A failed rotation is said once on stderr.
    rotation_failed: bool,
}

impl LogFile {
    /// Opens (or creates) the log at `path`, to be rotated at `limit` bytes. A file already at
    /// the limit (left by an earlier run) is rotated at the first event.
    fn open(path: &Path, limit: u64) -> io::Result<LogFile> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let file = open_append(path)?;
        let size = file.metadata()?.len();
        Ok(LogFile {
            state: Mutex::new(State {
                path: path.to_path_buf(),
                file,
                size,
                limit,
                last: None,
                repeats: 0,
                repeated_at: Vec::new(),
                repeated_level: None,
                rotation_failed: false,
            }),
        })
    }
}

fn open_append(path: &Path) -> io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

impl State {
    fn event(&mut self, level: Option<Level>, event: &[u8]) {
        let split = event.iter().position(|b| *b == b' ').unwrap_or(0);
        let (time, text) = event.split_at(split);
        if self.last.as_deref() == Some(text) {
            self.repeats += 1;
            self.repeated_at = time.to_vec();
            self.repeated_level = level;
            return;
        }
        self.write_repeats();
        // Past the limit and not rotated: the event is dropped, since the cap is the point.
        if self.size >= self.limit && !self.rotate() {
            return;
        }
        self.append(event);
        self.last = Some(text.to_vec());
    }

    /// The line that counts the repeats of the last event, if it came again.
    fn write_repeats(&mut self) {
        if self.repeats == 0 {
            return;
        }
        let level = self.repeated_level.map_or("", |l| l.as_str());
        let times = if self.repeats == 1 { "time" } else { "times" };
        let line = format!(" {level:>5} (the last message repeated {} {times})\n", self.repeats);
        let mut bytes = std::mem::take(&mut self.repeated_at);
        bytes.extend_from_slice(line.as_bytes());
        self.append(&bytes);
        self.repeats = 0;
    }

    /// Renames the full file to `.old` and starts a new one; says whether it could.
    fn rotate(&mut self) -> bool {
        let mut old = OsString::from(self.path.as_os_str());
        old.push(".old");
        match std::fs::rename(&self.path, &old).and_then(|()| open_append(&self.path)) {
            Ok(file) => {
                self.file = file;
                self.size = 0;
                self.last = None;
                true
            }
            Err(e) => {
                if !std::mem::replace(&mut self.rotation_failed, true) {
                    let _ = writeln!(
                        io::stderr(),
                        "deskbreak: cannot rotate its log {}: {e}; it logs nothing more there",
                        self.path.display()
                    );
                }
                false
            }
        }
    }

    fn append(&mut self, bytes: &[u8]) {
        // A failed write (a full disk) loses the line; the log has no one else to tell.
        let _ = self.file.write_all(bytes);
        self.size += bytes.len() as u64;
    }
}

/// One event's writer: it knows the event's level for the line that counts repeats.
struct EventWriter<'a> {
    log: &'a LogFile,
    level: Option<Level>,
}

impl Write for EventWriter<'_> {
    fn write(&mut self, event: &[u8]) -> io::Result<usize> {
        let mut state = self.log.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.event(self.level, event);
        Ok(event.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for LogFile {
    type Writer = EventWriter<'a>;

    fn make_writer(&'a self) -> EventWriter<'a> {
        EventWriter { log: self, level: None }
    }

    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> EventWriter<'a> {
        EventWriter {
            log: self,
            level: Some(*meta.level()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use tracing_subscriber::fmt::format::Writer;
    use tracing_subscriber::fmt::time::FormatTime;

    /// Times `t1`, `t2`, ... one per event, so that the file's contents are exact.
    #[derive(Default)]
    struct Ticks(AtomicU32);

    impl FormatTime for Ticks {
        fn format_time(&self, w: &mut Writer<'_>) -> std::fmt::Result {
            write!(w, "t{}", self.0.fetch_add(1, Ordering::Relaxed) + 1)
        }
    }

    /// Runs `events` with the daemon's file format, into a log at `path` capped at `limit`.
    fn log_to(path: &Path, limit: u64, events: impl FnOnce()) {
        let log = LogFile::open(path, limit).unwrap();
        let subscriber = tracing_subscriber::registry().with(file_format(log).with_timer(Ticks::default()));
        tracing::subscriber::with_default(subscriber, events);
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn a_repeated_event_is_written_once_then_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deskbreak.log");
        log_to(&path, MAX_LOG_BYTES, || {
            for _ in 0..3 {
                tracing::warn!("config not applied");
            }
            // The same text at another level is another message.
            tracing::info!("config not applied");
            // A message of several lines, and fields, count as a whole.
            tracing::error!("bad value\n  line 7");
            tracing::error!("bad value\n  line 7");
            tracing::info!(glasses = 1, "recorded");
            tracing::info!(glasses = 2, "recorded");
            tracing::info!(glasses = 2, "recorded");
            tracing::info!("deskbreak stopped");
        });
        assert_eq!(
            read(&path),
            "t1  WARN config not applied\n\
             t3  WARN (the last message repeated 2 times)\n\
             t4  INFO config not applied\n\
             t5 ERROR bad value\n  line 7\n\
             t6 ERROR (the last message repeated 1 time)\n\
             t7  INFO recorded glasses=1\n\
             t8  INFO recorded glasses=2\n\
             t9  INFO (the last message repeated 1 time)\n\
             t10  INFO deskbreak stopped\n"
        );
    }

    #[test]
    fn a_full_log_is_renamed_to_old_replacing_the_previous_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deskbreak.log");
        let old = dir.path().join("deskbreak.log.old");
        std::fs::write(&old, "the previous old log\n").unwrap();
        log_to(&path, 40, || {
            tracing::info!("first"); // 15 bytes
            tracing::warn!("loop"); // 29
            tracing::warn!("loop");
            tracing::warn!("loop"); // Counted: 75 bytes with the count, so the file is full.
            tracing::info!("second"); // The first line of a new file...
            tracing::info!("third"); // 31 bytes
            tracing::info!("fourth"); // 47: full...
            tracing::info!("fifth"); // ...so the third file begins, and the first is gone.
        });
        assert_eq!(read(&path), "t8  INFO fifth\n");
        assert_eq!(
            read(&old),
            "t5  INFO second\n\
             t6  INFO third\n\
             t7  INFO fourth\n"
        );
    }

    #[test]
    fn the_count_of_repeats_goes_with_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deskbreak.log");
        log_to(&path, 40, || {
            tracing::info!("first");
            tracing::warn!("loop");
            tracing::warn!("loop");
            tracing::warn!("loop");
            tracing::info!("second");
        });
        assert_eq!(
            read(&dir.path().join("deskbreak.log.old")),
            "t1  INFO first\n\
             t2  WARN loop\n\
             t4  WARN (the last message repeated 2 times)\n"
        );
        assert_eq!(read(&path), "t5  INFO second\n");
    }

    #[test]
    fn a_log_left_over_the_limit_is_rotated_at_the_first_event() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deskbreak.log");
        let before = "x".repeat(99) + "\n";
        std::fs::write(&path, &before).unwrap();
        log_to(&path, 100, || tracing::info!("deskbreak started"));
        assert_eq!(read(&dir.path().join("deskbreak.log.old")), before);
        assert_eq!(read(&path), "t1  INFO deskbreak started\n");
    }
}
