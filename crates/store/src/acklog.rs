//! The acknowledgement log: append-only JSON Lines, each record synced before it counts, and a
//! reader that skips (and reports) damaged lines instead of failing.

use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

mod read;

pub use read::{Lines, Startup, day_counts, for_each_record, parse, read, startup};

pub struct AckLog {
    path: PathBuf,
    /// Opened on first use and dropped after a failed write, so that a later append retries
    /// from scratch (the directory may have become writable again).
    file: Option<File>,
    /// The log was created but its directory not yet synced: until it is, the file itself may
    /// vanish in a crash, whatever was synced into it.
    dir_unsynced: bool,
}

/// Records serialised for one append, each on a line of its own.
#[derive(Debug, Default)]
pub struct Batch {
    lines: Vec<u8>,
}

impl Batch {
    pub fn push(&mut self, record: &impl Serialize) -> io::Result<()> {
        let len = self.lines.len();
        if let Err(e) = serde_json::to_writer(&mut self.lines, record) {
            self.lines.truncate(len);
            return Err(e.into());
        }
        self.lines.push(b'\n');
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

impl AckLog {
    pub fn new(path: &Path) -> AckLog {
        AckLog {
            path: path.to_path_buf(),
            file: None,
            dir_unsynced: false,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record and syncs it to disk; only then is it recorded.
    pub fn append(&mut self, record: &impl Serialize) -> io::Result<()> {
        let mut batch = Batch::default();
        batch.push(record)?;
        self.append_all(&batch)
    }

    /// Appends the records of `batch` in one write and one sync: all of them are recorded, or,
    /// if that fails, none, and the file is as it was (a retry must not write the first ones
    /// twice).
    pub fn append_all(&mut self, batch: &Batch) -> io::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let result = self.try_append(&batch.lines);
        if result.is_err() {
            self.file = None;
        }
        result
    }

    fn try_append(&mut self, lines: &[u8]) -> io::Result<()> {
        let (file, torn) = match &mut self.file {
            Some(file) => (file, false),
            None => {
                let (mut file, created) = open(&self.path)?;
                self.dir_unsynced |= created;
                // A crash or a failed write can leave a partial last line: start on a fresh one.
                let torn = ends_without_newline(&mut file)?;
                (self.file.insert(file), torn)
            }
        };
        let before = file.metadata()?.len();
        let written = if torn {
            file.write_all(&[b"\n", lines].concat())
        } else {
            file.write_all(lines)
        };
        let mut synced = written.and_then(|()| file.sync_data());
        if synced.is_ok() && self.dir_unsynced {
            synced = sync_dir(&self.path);
            self.dir_unsynced = synced.is_err();
        }
        if synced.is_err()
            && let Err(undo) = file.set_len(before)
        {
            tracing::warn!(
                "cannot take a failed append back out of {} ({undo}): a retry may record it twice",
                self.path.display()
            );
        }
        synced
    }
}

/// Opens the log for appending, creating it (and its directory) if need be; says whether it
/// was created.
fn open(path: &Path) -> io::Result<(File, bool)> {
    let mut options = OpenOptions::new();
    options.append(true).read(true);
    match options.open(path) {
        Ok(file) => Ok((file, false)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            Ok((options.create(true).open(path)?, true))
        }
        Err(e) => Err(e),
    }
}

/// Syncs the directory of `path`, so that a file just created there survives a crash.
#[cfg(unix)]
fn sync_dir(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    match File::open(dir)?.sync_all() {
        // Some file systems cannot sync a directory at all; PostgreSQL ignores this too.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => Ok(()),
        other => other,
    }
}

/// Windows: skipped. There is no directory sync to ask for there: std opens a directory as a
/// `File` only with FILE_FLAG_BACKUP_SEMANTICS, and NTFS journals the new entry as metadata.
#[cfg(not(unix))]
fn sync_dir(_path: &Path) -> io::Result<()> {
    Ok(())
}

fn ends_without_newline(file: &mut File) -> io::Result<bool> {
    if file.metadata()?.len() == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, NaiveDate, Utc};
    use deskbreak_core::logged::{Damaged, Kind};
    use deskbreak_core::model::DayCounts;
    use deskbreak_core::model::{AckRecord, Category, Outcome, Via};

    fn record(time: &str, outcome: Outcome) -> AckRecord {
        let t = DateTime::parse_from_rfc3339(time).unwrap();
        AckRecord {
            v: 1,
            time: t,
            prompt: "movement.ankle-circles".into(),
            category: Category::Movement,
            outcome,
            shown: t,
            via: Via::Cli,
            title: "Ankle circles".into(),
            snooze_s: None,
        }
    }

    #[test]
    fn a_record_is_one_json_line_with_the_documented_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        let mut log = AckLog::new(&path);
        log.append(&record("2026-11-25T10:00:00+01:00", Outcome::Done)).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"v\":1,\"time\":\"2026-11-25T10:00:00.000+01:00\",\"prompt\":\"movement.ankle-circles\",\
             \"category\":\"movement\",\"outcome\":\"done\",\"shown\":\"2026-11-25T10:00:00.000+01:00\",\
             \"via\":\"cli\",\"title\":\"Ankle circles\"}\n"
        );
    }

    #[test]
    fn a_torn_last_line_is_skipped_and_the_next_record_stays_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        let mut log = AckLog::new(&path);
        log.append(&record("2026-11-25T10:00:00+01:00", Outcome::Done)).unwrap();
        drop(log);
        let mut file = OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(b"{\"v\":1,\"time\":\"2026-11-25T10:3").unwrap();
        drop(file);

        let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let (counts, damaged) = day_counts(&path, date).unwrap();
        assert_eq!((counts.done, damaged), (1, vec![Damaged { line: 2 }]));

        let mut log = AckLog::new(&path);
        log.append(&record("2026-11-25T11:00:00+01:00", Outcome::Skipped))
            .unwrap();
        let (counts, damaged) = day_counts(&path, date).unwrap();
        assert_eq!(
            (counts.done, counts.skipped, damaged),
            (1, 1, vec![Damaged { line: 2 }])
        );
    }

    /// Set in the child process that [`in_child`] starts: the directory of the log it works on.
    #[cfg(unix)]
    const CHILD: &str = "DESKBREAK_ACKLOG_TEST_DIR";

    /// Runs the test `name` of this module again in a child process, with [`CHILD`] set to
    /// `dir`, so that the resource limits it sets cannot disturb the tests running beside it
    /// here. `sh` ignores SIGXFSZ first: a write past RLIMIT_FSIZE then fails with EFBIG
    /// instead of killing the child.
    #[cfg(unix)]
    fn in_child(name: &str, dir: &Path) {
        let module = module_path!().split_once("::").unwrap().1;
        let out = std::process::Command::new("sh")
            .args(["-c", "trap '' XFSZ; exec \"$0\" \"$@\""])
            .arg(std::env::current_exe().unwrap())
            .args([
                &format!("{module}::{name}"),
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, dir)
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "the child failed:\n{said}");
        assert!(
            said.contains("test result: ok. 1 passed"),
            "the child ran no test:\n{said}"
        );
    }

    /// Runs the test `name` in a child process on a log of one record; returns the log's
    /// directory and what the log held before.
    #[cfg(unix)]
    fn in_child_on_a_log_of_one(name: &str) -> (tempfile::TempDir, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        AckLog::new(&path)
            .append(&record("2026-11-25T10:00:00+01:00", Outcome::Done))
            .unwrap();
        let before = std::fs::read(&path).unwrap();
        in_child(name, dir.path());
        (dir, before)
    }

    /// Sets this process's soft limit of `resource` (`None`: back to the hard limit).
    #[cfg(unix)]
    fn limit(resource: rustix::process::Resource, current: Option<u64>) {
        let maximum = rustix::process::getrlimit(resource).maximum;
        let current = current.or(maximum);
        rustix::process::setrlimit(resource, rustix::process::Rlimit { current, maximum }).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_write_that_fails_part_way_leaves_the_log_as_it_was() {
        let name = "a_write_that_fails_part_way_leaves_the_log_as_it_was";
        let Some(dir) = std::env::var_os(CHILD) else {
            let (dir, before) = in_child_on_a_log_of_one(name);
            let path = dir.path().join("acks.jsonl");
            let before = String::from_utf8(before).unwrap();
            // The failed write left nothing behind, and the retry wrote its record once.
            let after = std::fs::read_to_string(&path).unwrap();
            assert_eq!(after.strip_prefix(&before).unwrap().lines().count(), 1, "{after}");
            let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
            let (counts, damaged) = day_counts(&path, date).unwrap();
            assert_eq!((counts.done, counts.skipped, damaged), (1, 1, vec![]));
            return;
        };
        // The disk is full 40 bytes into the next record: its first write lands only in part.
        let skipped = record("2026-11-25T11:00:00+01:00", Outcome::Skipped);
        fails_past_the_limit_then_goes_through(Path::new(&dir), 40, |log| log.append(&skipped));
    }

    /// In the child: with the file size limited to `room` bytes past the end of the log,
    /// `append` fails with EFBIG and leaves the log as it was; with the limit lifted, it goes
    /// through.
    #[cfg(unix)]
    fn fails_past_the_limit_then_goes_through(dir: &Path, room: usize, append: impl Fn(&mut AckLog) -> io::Result<()>) {
        let path = dir.join("acks.jsonl");
        let before = std::fs::read(&path).unwrap();
        limit(
            rustix::process::Resource::Fsize,
            Some(u64::try_from(before.len() + room).unwrap()),
        );
        let mut log = AckLog::new(&path);
        let error = append(&mut log).unwrap_err();
        assert_eq!(
            error.raw_os_error(),
            Some(rustix::io::Errno::FBIG.raw_os_error()),
            "{error}"
        );
        assert_eq!(
            String::from_utf8_lossy(&std::fs::read(&path).unwrap()),
            String::from_utf8_lossy(&before),
            "the failed append left the log as it was"
        );
        limit(rustix::process::Resource::Fsize, None);
        append(&mut log).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_batch_that_fails_part_way_leaves_none_of_its_records_and_its_retry_writes_each_once() {
        let name = "a_batch_that_fails_part_way_leaves_none_of_its_records_and_its_retry_writes_each_once";
        let batch = || {
            let mut batch = Batch::default();
            batch
                .push(&record("2026-11-25T11:00:00+01:00", Outcome::Skipped))
                .unwrap();
            batch.push(&record("2026-11-25T11:30:00+01:00", Outcome::Done)).unwrap();
            batch
        };
        let Some(dir) = std::env::var_os(CHILD) else {
            let (dir, before) = in_child_on_a_log_of_one(name);
            let after = std::fs::read(dir.path().join("acks.jsonl")).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&after),
                String::from_utf8_lossy(&[&before[..], &batch().lines].concat()),
                "the log before, then the batch once"
            );
            return;
        };
        // Room for the batch's first record and 10 bytes of its second: none of it may stay.
        let first = batch().lines.iter().position(|b| *b == b'\n').unwrap() + 1;
        fails_past_the_limit_then_goes_through(Path::new(&dir), first + 10, |log| log.append_all(&batch()));
    }

    #[test]
    fn an_empty_batch_touches_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        AckLog::new(&path).append_all(&Batch::default()).unwrap();
        assert!(!path.exists());
    }

    #[cfg(unix)]
    #[test]
    fn creating_the_log_syncs_its_directory_or_fails() {
        use std::os::fd::AsRawFd;
        let name = "creating_the_log_syncs_its_directory_or_fails";
        let Some(dir) = std::env::var_os(CHILD) else {
            let dir = tempfile::tempdir().unwrap();
            in_child(name, dir.path());
            let after = std::fs::read_to_string(dir.path().join("acks.jsonl")).unwrap();
            assert_eq!(after.lines().count(), 1, "{after}");
            return;
        };
        let path = Path::new(&dir).join("acks.jsonl");
        // The two lowest free descriptors: with the limit at the second, the log can be opened
        // (it takes the first) but its directory cannot, so the directory's sync fails.
        let second = {
            let probes = [File::open("/dev/null").unwrap(), File::open("/dev/null").unwrap()];
            probes[1].as_raw_fd()
        };
        limit(rustix::process::Resource::Nofile, Some(u64::try_from(second).unwrap()));
        let mut log = AckLog::new(&path);
        let done = record("2026-11-25T10:00:00+01:00", Outcome::Done);
        let first = log.append(&done);
        // The failed append leaves the file behind: the retry still owes its directory a sync.
        let again = log.append(&done);
        limit(rustix::process::Resource::Nofile, None);
        let error = first.expect_err("a new log whose directory was not synced was reported written");
        assert_eq!(
            error.raw_os_error(),
            Some(rustix::io::Errno::MFILE.raw_os_error()),
            "{error}"
        );
        again.expect_err("the retry skipped the directory's sync");
        assert_eq!(std::fs::read(&path).unwrap(), b"", "the failed appends wrote nothing");
        log.append(&done).unwrap();
    }

    #[test]
    fn unknown_outcomes_and_fields_are_read_but_not_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        std::fs::write(
            &path,
            "{\"v\":2,\"time\":\"2026-11-25T10:00:00+01:00\",\"outcome\":\"levitated\",\"mood\":\"fine\"}\n\
             {\"v\":1,\"time\":\"2026-11-24T10:00:00+01:00\",\"outcome\":\"done\"}\n",
        )
        .unwrap();
        let (counts, damaged) = day_counts(&path, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).unwrap();
        assert_eq!((counts, damaged), (DayCounts::default(), vec![]));
    }

    #[test]
    fn water_is_hydration_done_plus_the_glasses_of_drinks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        let t = "\"time\":\"2026-11-25T10:00:00+01:00\"";
        std::fs::write(
            &path,
            format!(
                "{{\"v\":1,{t},\"category\":\"hydration\",\"outcome\":\"done\"}}\n\
                 {{\"v\":1,{t},\"category\":\"hydration\",\"outcome\":\"skipped\"}}\n\
                 {{\"v\":1,{t},\"category\":\"posture\",\"outcome\":\"done\"}}\n\
                 {{\"v\":1,{t},\"outcome\":\"drink\",\"glasses\":2,\"via\":\"cli\"}}\n\
                 {{\"v\":1,{t},\"outcome\":\"drink\",\"via\":\"cli\"}}\n\
                 {{\"v\":1,{t},\"outcome\":\"relief\",\"via\":\"cli\"}}\n"
            ),
        )
        .unwrap();
        let (counts, damaged) = day_counts(&path, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).unwrap();
        let expected = DayCounts {
            done: 2,
            skipped: 1,
            water: 3,
            ..DayCounts::default()
        };
        assert_eq!((counts, damaged), (expected, vec![]));
        let kinds: Vec<Kind> = read(&path).unwrap().map(|r| r.unwrap().kind()).collect();
        assert_eq!(kinds[3..], [Kind::Drink { glasses: 2 }, Kind::Unknown, Kind::Relief]);
    }

    #[test]
    fn startup_counts_water_and_finds_recent_relief() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        std::fs::write(
            &path,
            "{\"v\":1,\"time\":\"2026-11-18T09:00:00+01:00\",\"outcome\":\"relief\",\"via\":\"cli\"}\n\
             {\"v\":1,\"time\":\"2026-11-24T09:00:00+01:00\",\"outcome\":\"relief\",\"via\":\"cli\"}\n\
             {\"v\":1,\"time\":\"2026-11-25T10:00:00+01:00\",\"outcome\":\"done\",\"category\":\"hydration\"}\n\
             {\"v\":1,\"time\":\"2026-11-25T10:30:00+01:00\",\"outcome\":\"done\",\"category\":\"posture\"}\n\
             {\"v\":1,\"time\":\"2026-11-25T11:00:00+01:00\",\"outcome\":\"drink\",\"glasses\":2,\"via\":\"cli\"}\n",
        )
        .unwrap();
        let since = DateTime::parse_from_rfc3339("2026-11-18T12:00:00+01:00")
            .unwrap()
            .with_timezone(&Utc);
        let found = startup(&path, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), since).unwrap();
        assert_eq!(
            found.today,
            DayCounts {
                done: 2,
                water: 3,
                ..DayCounts::default()
            }
        );
        assert_eq!(found.relief.len(), 1);
        assert_eq!(found.relief[0].to_rfc3339(), "2026-11-24T08:00:00+00:00");
    }
}
