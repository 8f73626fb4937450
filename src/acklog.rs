//! The acknowledgement log: append-only JSON Lines, each record synced before it counts, and a
//! reader that skips (and reports) damaged lines instead of failing.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::core::model::{Category, DayCounts, Outcome};

pub struct AckLog {
    path: PathBuf,
    /// Opened on first use and dropped after a failed write, so that a later append retries
    /// from scratch (the directory may have become writable again).
    file: Option<File>,
}

impl AckLog {
    pub fn new(path: &Path) -> AckLog {
        AckLog {
            path: path.to_path_buf(),
            file: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record and syncs it to disk; only then is it recorded.
    pub fn append(&mut self, record: &impl Serialize) -> io::Result<()> {
        let result = self.try_append(record);
        if result.is_err() {
            self.file = None;
        }
        result
    }

    fn try_append(&mut self, record: &impl Serialize) -> io::Result<()> {
        let mut line = Vec::with_capacity(256);
        let file = match &mut self.file {
            Some(file) => file,
            None => {
                if let Some(dir) = self.path.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let mut file = OpenOptions::new()
                    .create(true)
                    .append(true)
                    .read(true)
                    .open(&self.path)?;
                // A crash or a failed write can leave a partial last line: start on a fresh one.
                if ends_without_newline(&mut file)? {
                    line.push(b'\n');
                }
                self.file.insert(file)
            }
        };
        serde_json::to_writer(&mut line, record)?;
        line.push(b'\n');
        file.write_all(&line)?;
        file.sync_data()
    }
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

/// The fields every reader needs; unknown fields and outcomes from newer versions pass through.
#[derive(Clone, Debug, Deserialize)]
pub struct LoggedRecord {
    #[serde(with = "crate::core::model::rfc3339")]
    pub time: DateTime<FixedOffset>,
    pub outcome: String,
    #[serde(default)]
    pub category: Option<String>,
    /// For `drink` records.
    #[serde(default)]
    pub glasses: Option<u32>,
}

impl LoggedRecord {
    pub fn known_outcome(&self) -> Option<Outcome> {
        serde_json::from_value(serde_json::Value::String(self.outcome.clone())).ok()
    }
}

/// A line that is not a record: its 1-based number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub line: usize,
}

/// Streams the records of a log, one line at a time.
pub fn read(path: &Path) -> io::Result<impl Iterator<Item = Result<LoggedRecord, Damaged>>> {
    let reader = BufReader::new(File::open(path)?);
    Ok(reader.split(b'\n').enumerate().filter_map(|(i, line)| {
        let line = line.ok()?;
        if line.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        Some(serde_json::from_slice(&line).map_err(|_| Damaged { line: i + 1 }))
    }))
}

/// What the daemon needs from the log when it starts.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Startup {
    /// The answers and glasses of water of `date`.
    pub today: DayCounts,
    /// Relief episodes since the given time.
    pub relief: Vec<DateTime<Utc>>,
    pub damaged: Vec<Damaged>,
}

/// Reads the log once for today's counts (in the records' own local dates) and the recent
/// relief episodes.
pub fn startup(path: &Path, date: NaiveDate, relief_since: DateTime<Utc>) -> io::Result<Startup> {
    let mut found = Startup::default();
    let records = match read(path) {
        Ok(records) => records,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(found),
        Err(e) => return Err(e),
    };
    for record in records {
        let r = match record {
            Ok(r) => r,
            Err(d) => {
                found.damaged.push(d);
                continue;
            }
        };
        if r.outcome == "relief" && r.time > relief_since {
            found.relief.push(r.time.with_timezone(&Utc));
        }
        if r.time.date_naive() != date {
            continue;
        }
        if r.outcome == "drink" {
            found.today.water += r.glasses.unwrap_or(0);
        } else if let (Some(outcome), Some(category)) =
            (r.known_outcome(), r.category.as_deref().and_then(Category::parse))
        {
            found.today.count(category, outcome);
        }
    }
    Ok(found)
}

/// The answers counted for `date`, and the damaged lines.
pub fn day_counts(path: &Path, date: NaiveDate) -> io::Result<(DayCounts, Vec<Damaged>)> {
    let found = startup(path, date, DateTime::<Utc>::MAX_UTC)?;
    Ok((found.today, found.damaged))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{AckRecord, Via};

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

    #[test]
    fn unknown_outcomes_and_fields_are_read_but_not_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        std::fs::write(
            &path,
            "{\"v\":2,\"time\":\"2026-11-25T10:00:00+01:00\",\"outcome\":\"natural\",\"mood\":\"fine\"}\n\
             {\"v\":1,\"time\":\"2026-11-24T10:00:00+01:00\",\"outcome\":\"done\"}\n",
        )
        .unwrap();
        let (counts, damaged) = day_counts(&path, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).unwrap();
        assert_eq!((counts, damaged), (DayCounts::default(), vec![]));
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
