//! `deskbreak log`: the recent records of the log, read straight from the file.

use chrono::NaiveDate;
use std::collections::VecDeque;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::LogArgs;
use crate::error::AppError;
use deskbreak_core::logged::{DamagedLines, Kind, LoggedRecord};
use deskbreak_core::model::{Category, Outcome};
use deskbreak_host::clock;
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;
use deskbreak_status::{columns, kinds, spans};
use deskbreak_store::acklog;

/// Prints the records `args` asks for, then names the damaged lines on stderr.
pub fn run(args: &LogArgs, paths: &Paths) -> Result<ExitCode, AppError> {
    let today = args.today.date.unwrap_or_else(clock::today);
    let options = Options {
        count: args.count,
        since: args.since.map(|s| s.resolve(today)),
        json: args.json,
    };
    let path = paths.acks();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let damaged = match write(&path, &options, &mut out) {
        Ok(damaged) => damaged,
        Err(Failed::Read(e)) => {
            let (path, reason) = (path.display().to_string(), e.to_string());
            return Err(anyhow::anyhow!(fl!("cannot-read", path = path, reason = reason)).into());
        }
        Err(Failed::Write(e)) => return Err(AppError::stdout(e)),
    };
    out.flush().map_err(AppError::stdout)?;
    if damaged.count > 0 {
        eprintln!(
            "deskbreak: {}: {}",
            path.display(),
            deskbreak_status::columns::damaged_words(&damaged)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// How many records `log` shows when asked for neither a number nor a start.
pub const DEFAULT_COUNT: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The last this many records (of those since `since`); `None`: all since `since`.
    pub count: Option<usize>,
    /// Records from this day on (in their own local offsets).
    pub since: Option<NaiveDate>,
    /// Each record as it is in the log, one JSON object a line.
    pub json: bool,
}

/// What stopped [`write`]: they are told apart because a closed `out` is no failure of the log.
#[derive(Debug)]
pub enum Failed {
    Read(io::Error),
    Write(io::Error),
}

/// Writes the records asked for to `out`, oldest first, and says which lines were damaged.
/// Memory holds at most `count` lines: with only a start, records are written as they are read.
pub fn write(path: &Path, options: &Options, out: &mut impl Write) -> Result<DamagedLines, Failed> {
    let mut damaged = DamagedLines::default();
    let mut lines = match acklog::Lines::open(path) {
        Ok(lines) => lines,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(damaged),
        Err(e) => return Err(Failed::Read(e)),
    };
    let count = match (options.count, options.since) {
        (None, None) => Some(DEFAULT_COUNT),
        (count, _) => count,
    };
    // The last `count` matching lines, raw: their buffers are reused as the window moves, and
    // only the lines kept are rendered.
    let mut recent: VecDeque<Vec<u8>> = VecDeque::with_capacity(count.unwrap_or(0).min(4096));
    while let Some((number, line)) = lines.next_line().map_err(Failed::Read)? {
        let record = match acklog::parse(number, line) {
            Ok(record) => record,
            Err(d) => {
                damaged.add(d);
                continue;
            }
        };
        if options.since.is_some_and(|since| record.time.date_naive() < since) {
            continue;
        }
        match count {
            None => writeln!(out, "{}", render(&record, line, options.json)).map_err(Failed::Write)?,
            Some(0) => {}
            Some(n) => {
                let mut kept = if recent.len() == n {
                    recent.pop_front().unwrap_or_default()
                } else {
                    Vec::new()
                };
                kept.clear();
                kept.extend_from_slice(line);
                recent.push_back(kept);
            }
        }
    }
    for (i, line) in recent.iter().enumerate() {
        // Parsed once already, so this cannot fail; the number is only for the error type.
        if let Ok(record) = acklog::parse(i, line) {
            writeln!(out, "{}", render(&record, line, options.json)).map_err(Failed::Write)?;
        }
    }
    Ok(damaged)
}

fn render(record: &LoggedRecord, line: &[u8], json: bool) -> String {
    if json {
        String::from_utf8_lossy(line).trim().to_string()
    } else {
        describe(record)
    }
}

/// An outcome code as a word of the person's language; a code this version does not know, as
/// it is.
fn outcome_word(code: &str) -> String {
    match code {
        "done" => fl!("outcome-done"),
        "snoozed" => fl!("outcome-snoozed"),
        "skipped" => fl!("outcome-skipped"),
        "missed" => fl!("outcome-missed"),
        "natural" => fl!("outcome-natural"),
        "relief" => fl!("outcome-relief"),
        "drink" => fl!("outcome-drink"),
        "away" => fl!("outcome-away"),
        "arrived" => fl!("outcome-arrived"),
        "stopped" => fl!("outcome-stopped"),
        other => other.to_string(),
    }
}

/// "2026-11-25 14:32  movement   done       25 s  Ankle circles": the local time it was
/// written, the category, the outcome, how long the answer took, what it was about.
pub fn describe(record: &LoggedRecord) -> String {
    let kind = record.kind();
    let answered_in = match (kind, record.shown) {
        (Kind::Answer(Outcome::Done | Outcome::Snoozed | Outcome::Skipped), Some(shown)) => {
            spans::clamped((record.time - shown).num_seconds())
        }
        _ => "-".into(),
    };
    let what = match kind {
        Kind::Drink { glasses } => fl!("log-drink", glasses = glasses),
        Kind::Away { since } => fl!(
            "log-back",
            span = spans::clamped((record.time - since).num_seconds()),
            time = since.format("%H:%M").to_string()
        ),
        Kind::Arrived => fl!("log-arrived"),
        Kind::Stopped => fl!("log-stopped"),
        _ => match (&record.prompt, &record.title) {
            (Some(id), title) => deskbreak_i18n::prompt_title(id, title.as_deref().unwrap_or(id)),
            (None, title) => title.clone().unwrap_or_default(),
        },
    };
    let category = match record.category.as_deref() {
        Some(name) => Category::parse(name).map_or_else(|| name.to_string(), kinds::name),
        None => "-".into(),
    };
    let line = format!(
        "{}  {}  {}  {:>7}  {what}",
        record.time.format("%Y-%m-%d %H:%M"),
        columns::pad_right(&category, 9),
        columns::pad_right(&outcome_word(&record.outcome), 7),
        answered_in
    );
    line.trim_end().to_string()
}
