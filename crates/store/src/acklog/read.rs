//! Reading the log back: line by line into one buffer, each line scanned or parsed, a damaged
//! line reported and skipped; what the daemon needs of it at start.

use chrono::{DateTime, NaiveDate, Utc};
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use deskbreak_core::logged::{Damaged, Kind, LoggedLine, LoggedRecord};
use deskbreak_core::model::DayCounts;

/// Reads a log line by line into one reused buffer, so memory is that of the longest line
/// whatever the length of the log.
pub struct Lines {
    reader: BufReader<File>,
    buf: Vec<u8>,
    number: usize,
}

impl Lines {
    pub fn open(path: &Path) -> io::Result<Lines> {
        Ok(Lines {
            reader: BufReader::with_capacity(256 * 1024, File::open(path)?),
            buf: Vec::with_capacity(512),
            number: 0,
        })
    }

    /// The next line that is not blank, without its newline, and its 1-based number.
    pub fn next_line(&mut self) -> io::Result<Option<(usize, &[u8])>> {
        loop {
            self.buf.clear();
            if self.reader.read_until(b'\n', &mut self.buf)? == 0 {
                return Ok(None);
            }
            self.number += 1;
            if !self.buf.iter().all(u8::is_ascii_whitespace) {
                let line = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
                return Ok(Some((self.number, line)));
            }
        }
    }

    /// The 1-based number of the last line read.
    pub fn number(&self) -> usize {
        self.number
    }
}

/// The record on line `number`, or the fact that it is damaged.
pub fn parse(number: usize, line: &[u8]) -> Result<LoggedRecord, Damaged> {
    serde_json::from_slice(line).map_err(|_| Damaged { line: number })
}

/// Streams the records of a log, one line at a time. A read error part-way ends the stream
/// and counts as a damaged line: what follows it cannot be read.
pub fn read(path: &Path) -> io::Result<impl Iterator<Item = Result<LoggedRecord, Damaged>>> {
    let mut lines = Lines::open(path)?;
    let mut failed = false;
    Ok(std::iter::from_fn(move || {
        if failed {
            return None;
        }
        match lines.next_line() {
            Ok(Some((number, line))) => Some(parse(number, line)),
            Ok(None) => None,
            Err(_) => {
                failed = true;
                Some(Err(Damaged {
                    line: lines.number() + 1,
                }))
            }
        }
    }))
}

/// Hands the records of a log to `each`, one line at a time: [`read`] without a copy of any
/// record's text (an iterator could not lend them). A line in the daemon's own form is
/// scanned where it lies; serde_json reads any other, as in [`parse`], to the same record. A
/// read error part-way ends the reading and counts as a damaged line, as there.
pub fn for_each_record(path: &Path, mut each: impl FnMut(Result<LoggedLine<'_>, Damaged>)) -> io::Result<()> {
    let mut lines = Lines::open(path)?;
    loop {
        match lines.next_line() {
            Ok(Some((number, line))) => match LoggedLine::scan(line) {
                Some(record) => each(Ok(record)),
                None => each(parse(number, line).as_ref().map(LoggedRecord::view).map_err(|d| *d)),
            },
            Ok(None) => return Ok(()),
            Err(_) => {
                each(Err(Damaged {
                    line: lines.number() + 1,
                }));
                return Ok(());
            }
        }
    }
}

/// What the daemon needs from the log when it starts.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Startup {
    /// The answers and glasses of water of `date` (in the records' own local dates).
    pub today: DayCounts,
    /// Relief episodes since the given time.
    pub relief: Vec<DateTime<Utc>>,
    pub damaged: Vec<Damaged>,
}

/// Reads the log once for today's counts and the recent relief episodes.
pub fn startup(path: &Path, date: NaiveDate, relief_since: DateTime<Utc>) -> io::Result<Startup> {
    let mut found = Startup::default();
    let read = for_each_record(path, |record| match record {
        Ok(r) => {
            let kind = r.kind();
            if kind == Kind::Relief && r.time > relief_since {
                found.relief.push(r.time.with_timezone(&Utc));
            }
            if r.time.date_naive() == date {
                r.count_as(kind, &mut found.today);
            }
        }
        Err(d) => found.damaged.push(d),
    });
    match read {
        Ok(()) => Ok(found),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(found),
        Err(e) => Err(e),
    }
}

/// The answers counted for `date`, and the damaged lines.
pub fn day_counts(path: &Path, date: NaiveDate) -> io::Result<(DayCounts, Vec<Damaged>)> {
    let found = startup(path, date, DateTime::<Utc>::MAX_UTC)?;
    Ok((found.today, found.damaged))
}
