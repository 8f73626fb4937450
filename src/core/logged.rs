//! A record as read back from the acknowledgement log: the fields readers use, what kind of
//! record it is, and the lines that were not records. Pure: the reading is `store::acklog`'s.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::Deserialize;
use serde::de::value::StrDeserializer;

use crate::core::model::{Category, DayCounts, Outcome};

/// The fields readers use; unknown fields and outcomes from newer versions pass through.
#[derive(Clone, Debug, Deserialize)]
pub struct LoggedRecord {
    #[serde(with = "crate::core::model::rfc3339")]
    pub time: DateTime<FixedOffset>,
    pub outcome: String,
    /// Prompt records: which prompt, its category and title, and when it was (last) shown.
    #[serde(default)]
    pub prompt: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default, with = "crate::core::model::rfc3339::option")]
    pub shown: Option<DateTime<FixedOffset>>,
    /// Drink records: how many glasses.
    #[serde(default)]
    pub glasses: Option<u32>,
    /// Away records: when the person left (`time` is when they came back).
    #[serde(default, with = "crate::core::model::rfc3339::option")]
    pub since: Option<DateTime<FixedOffset>>,
}

/// A record's fields borrowed, from its line ([`LoggedLine::scan`]) or from a
/// [`LoggedRecord`]: a reader of every line (`stats`, the daemon's start) copies no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoggedLine<'a> {
    pub time: DateTime<FixedOffset>,
    pub outcome: &'a str,
    pub prompt: Option<&'a str>,
    pub category: Option<&'a str>,
    pub title: Option<&'a str>,
    pub shown: Option<DateTime<FixedOffset>>,
    pub glasses: Option<u32>,
    pub since: Option<DateTime<FixedOffset>>,
}

impl<'a> LoggedLine<'a> {
    /// Reads `line` if it is in the form the daemon writes: one object without whitespace, the
    /// keys this version knows (each once), strings without escapes, whole numbers, times with
    /// milliseconds and an offset. `None` for any other line, which serde_json reads into a
    /// [`LoggedRecord`] (or finds damaged); a line read here reads to the same record there (a
    /// test checks). Over a long log a general JSON parser costs several times as much.
    pub fn scan(line: &'a [u8]) -> Option<LoggedLine<'a>> {
        let mut rest = skip(std::str::from_utf8(line).ok()?, b'{')?;
        let mut found = Found::default();
        loop {
            let (key, after) = plain_string(rest)?;
            rest = found.value(key, skip(after, b':')?)?;
            if rest == "}" {
                return found.record();
            }
            rest = skip(rest, b',')?;
        }
    }
}

/// The values of a line being scanned, each taken once.
#[derive(Default)]
struct Found<'a> {
    time: Option<DateTime<FixedOffset>>,
    outcome: Option<&'a str>,
    prompt: Option<&'a str>,
    category: Option<&'a str>,
    title: Option<&'a str>,
    shown: Option<DateTime<FixedOffset>>,
    since: Option<DateTime<FixedOffset>>,
    via: Option<&'a str>,
    glasses: Option<u32>,
    v: Option<u32>,
    snooze_s: Option<u32>,
}

impl<'a> Found<'a> {
    /// Takes the value of `key` at the start of `text`; returns what follows it.
    fn value(&mut self, key: &str, text: &'a str) -> Option<&'a str> {
        let slot = match key {
            "outcome" => &mut self.outcome,
            "prompt" => &mut self.prompt,
            "category" => &mut self.category,
            "title" => &mut self.title,
            "via" => &mut self.via,
            "time" => return take(&mut self.time, time_string(text)?),
            "shown" => return take(&mut self.shown, time_string(text)?),
            "since" => return take(&mut self.since, time_string(text)?),
            "glasses" => return take(&mut self.glasses, whole_number(text)?),
            "v" => return take(&mut self.v, whole_number(text)?),
            "snooze_s" => return take(&mut self.snooze_s, whole_number(text)?),
            _ => return None,
        };
        take(slot, plain_string(text)?)
    }

    /// The record, if its two required fields are there.
    fn record(self) -> Option<LoggedLine<'a>> {
        Some(LoggedLine {
            time: self.time?,
            outcome: self.outcome?,
            prompt: self.prompt,
            category: self.category,
            title: self.title,
            shown: self.shown,
            glasses: self.glasses,
            since: self.since,
        })
    }
}

/// Puts a value in its empty slot (a key twice is serde_json's to judge); returns `rest`.
// This and the three helpers below run for every field of every line: at the release profile's
// opt-level "s" they are not inlined unless asked, and inlined the scan takes 6 % less time.
#[inline(always)]
fn take<'a, T>(slot: &mut Option<T>, (value, rest): (T, &'a str)) -> Option<&'a str> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(rest)
}

/// `text` after its first byte, if that is `byte` (an ASCII character).
#[inline(always)]
fn skip(text: &str, byte: u8) -> Option<&str> {
    if text.as_bytes().first() == Some(&byte) {
        text.get(1..)
    } else {
        None
    }
}

/// A JSON string without escapes or control characters at the start of `text`: its contents,
/// and what follows it.
#[inline(always)]
fn plain_string(text: &str) -> Option<(&str, &str)> {
    let body = skip(text, b'"')?;
    let (contents, rest) = body.split_at_checked(string_end(body.as_bytes())?)?;
    // Only a quote ends it here: a backslash or a control character is serde_json's to read.
    Some((contents, skip(rest, b'"')?))
}

/// Where the first quote, backslash or control character of `bytes` is: where a plain string
/// ends, or stops being plain. Eight bytes at a time, as this search is most of a scan's work.
#[inline(always)]
fn string_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether a byte of `word` is below `n` (at most 0x80): its lane borrows, and its high bit,
    // clear before, is set (the classic "hasless" test; exact as a yes or no).
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS != 0;
    let ends = |byte: &u8| matches!(*byte, b'"' | b'\\' | ..b' ');
    let (words, tail) = bytes.as_chunks::<8>();
    for (i, word) in words.iter().enumerate() {
        let w = u64::from_ne_bytes(*word);
        // A byte equal to `b` is a zero byte of `w ^ (ONES * b)`, so below 1 there.
        if below(w, b' ') || below(w ^ (ONES * u64::from(b'"')), 1) || below(w ^ (ONES * u64::from(b'\\')), 1) {
            return word.iter().position(ends).map(|at| i * 8 + at);
        }
    }
    tail.iter().position(ends).map(|at| words.len() * 8 + at)
}

/// The digits of a whole number at the start of `text`, as JSON writes them (no sign, no
/// leading zero), that fit a `u32`, and what follows them (a fraction there ends the scan).
fn whole_number(text: &str) -> Option<(u32, &str)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = text.split_at_checked(len)?;
    if digits.len() > 1 && digits.starts_with('0') {
        return None;
    }
    Some((digits.parse().ok()?, rest))
}

/// The length of a time in the log's own form, "2026-11-25T14:32:05.120+01:00".
const TIME_LEN: usize = 29;

/// A string at the start of `text` holding a time in the log's own form: the time, and what
/// follows the string. Its length is known: no search for the string's end.
fn time_string(text: &str) -> Option<(DateTime<FixedOffset>, &str)> {
    let bytes = text.as_bytes();
    if (bytes.first(), bytes.get(TIME_LEN + 1)) != (Some(&b'"'), Some(&b'"')) {
        return None;
    }
    Some((written_time(bytes.get(1..=TIME_LEN)?)?, text.get(TIME_LEN + 2..)?))
}

/// The time in `text` if it is in the log's own form with every field in range, to the value
/// `DateTime::parse_from_rfc3339` gives (a test checks); `None` for anything else (another
/// form, a leap second, a field out of range).
fn written_time(text: &[u8]) -> Option<DateTime<FixedOffset>> {
    const SEPARATORS: [(usize, u8); 7] = [
        (4, b'-'),
        (7, b'-'),
        (10, b'T'),
        (13, b':'),
        (16, b':'),
        (19, b'.'),
        (26, b':'),
    ];
    let text: &[u8; TIME_LEN] = text.try_into().ok()?;
    if SEPARATORS.iter().any(|&(at, byte)| text[at] != byte) {
        return None;
    }
    let digit = |at: usize| {
        let d = text[at].wrapping_sub(b'0');
        (d < 10).then_some(u32::from(d))
    };
    let two = |at: usize| Some(digit(at)? * 10 + digit(at + 1)?);
    let sign = match text[23] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (second, offset_minutes) = (two(17)?, two(27)?);
    if second > 59 || offset_minutes > 59 {
        return None;
    }
    let year = i32::try_from(two(0)? * 100 + two(2)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, two(5)?, two(8)?)?;
    let time = NaiveTime::from_hms_milli_opt(two(11)?, two(14)?, second, two(20)? * 10 + digit(22)?)?;
    let offset_seconds = i32::try_from(two(24)? * 3600 + offset_minutes * 60).ok()?;
    let offset = FixedOffset::east_opt(sign * offset_seconds)?;
    date.and_time(time).and_local_timezone(offset).single()
}

/// What a record counts as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An answer to a prompt, or its end.
    Answer(Outcome),
    /// The prompt ended because the person took a natural break: shown, neither done nor missed.
    Natural,
    /// Glasses of water logged by hand.
    Drink { glasses: u32 },
    /// An episode of relief from numbness.
    Relief,
    /// Back at the desk after a natural break that began at `since`.
    Away { since: DateTime<FixedOffset> },
    /// Sitting time measured from here (the daemon started with idle detection).
    Arrived,
    /// Sitting time no longer measured from here (the daemon stopped).
    Stopped,
    /// An outcome this version does not know, a drink without its glasses or an away without
    /// its start.
    Unknown,
}

impl LoggedRecord {
    /// The record as a [`LoggedLine`], borrowing its text.
    pub fn view(&self) -> LoggedLine<'_> {
        LoggedLine {
            time: self.time,
            outcome: &self.outcome,
            prompt: self.prompt.as_deref(),
            category: self.category.as_deref(),
            title: self.title.as_deref(),
            shown: self.shown,
            glasses: self.glasses,
            since: self.since,
        }
    }

    pub fn known_outcome(&self) -> Option<Outcome> {
        self.view().known_outcome()
    }

    pub fn kind(&self) -> Kind {
        self.view().kind()
    }

    /// The category, if it is one this version knows.
    pub fn category(&self) -> Option<Category> {
        self.view().category()
    }

    /// Adds this record to a day's counts (see [`LoggedLine::count`]).
    pub fn count(&self, counts: &mut DayCounts) {
        self.view().count(counts);
    }
}

impl LoggedLine<'_> {
    /// The outcome, if it is one of a prompt's that this version knows (by its name in the log).
    pub fn known_outcome(&self) -> Option<Outcome> {
        let text = StrDeserializer::<serde::de::value::Error>::new(self.outcome);
        Outcome::deserialize(text).ok()
    }

    pub fn kind(&self) -> Kind {
        match self.outcome {
            "natural" => Kind::Natural,
            "drink" => self.glasses.map_or(Kind::Unknown, |glasses| Kind::Drink { glasses }),
            "relief" => Kind::Relief,
            "away" => self.since.map_or(Kind::Unknown, |since| Kind::Away { since }),
            "arrived" => Kind::Arrived,
            "stopped" => Kind::Stopped,
            _ => self.known_outcome().map_or(Kind::Unknown, Kind::Answer),
        }
    }

    /// The category, if it is one this version knows.
    pub fn category(&self) -> Option<Category> {
        self.category.and_then(Category::parse)
    }

    /// Adds this record to a day's counts: the one place that decides what counts as what,
    /// for `status` and `stats` alike.
    pub fn count(&self, counts: &mut DayCounts) {
        self.count_as(self.kind(), counts);
    }

    /// [`Self::count`] with the record's kind already known.
    pub fn count_as(&self, kind: Kind, counts: &mut DayCounts) {
        match (kind, self.category()) {
            (Kind::Answer(outcome), Some(category)) => counts.add(category, outcome),
            (Kind::Answer(outcome), None) => counts.count(outcome),
            (Kind::Drink { glasses }, _) => counts.add_glasses(glasses),
            (Kind::Natural, _) => counts.count(Outcome::Natural),
            (Kind::Relief | Kind::Away { .. } | Kind::Arrived | Kind::Stopped | Kind::Unknown, _) => {}
        }
    }
}

/// A line that is not a record: its 1-based number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub line: usize,
}

/// The damaged lines of a log: how many, and the first few numbers (enough to find them; a
/// log damaged throughout would otherwise fill memory with them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DamagedLines {
    pub count: u64,
    pub first: Vec<usize>,
}

impl DamagedLines {
    const LISTED: usize = 20;

    pub fn add(&mut self, damaged: Damaged) {
        self.count += 1;
        if self.first.len() < Self::LISTED {
            self.first.push(damaged.line);
        }
    }

    /// The numbers of the first damaged lines, ", ..." after them when there were more.
    pub fn numbers(&self) -> String {
        let numbers: Vec<String> = self.first.iter().map(usize::to_string).collect();
        let more = if self.count > self.first.len() as u64 {
            ", ..."
        } else {
            ""
        };
        format!("{}{more}", numbers.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{AckRecord, EventKind, EventRecord, Via};
    use chrono::TimeDelta;
    use proptest::prelude::*;

    /// Lines as the daemon writes them: an answer with a snooze, an away, a drink, an arrival.
    fn written_lines() -> Vec<String> {
        let time = DateTime::parse_from_rfc3339("2026-11-25T10:00:05.120+01:00").unwrap();
        let answer = AckRecord {
            v: 1,
            time,
            prompt: "movement.ankle-circles".into(),
            category: Category::Movement,
            outcome: Outcome::Snoozed,
            shown: time - TimeDelta::seconds(40),
            via: Via::Notification,
            title: "Fußkreise – ankle circles".into(),
            snooze_s: Some(600),
        };
        let event = |outcome, since, via, glasses| EventRecord {
            v: 1,
            time,
            outcome,
            since,
            via,
            glasses,
        };
        let away = event(
            EventKind::Away,
            Some(time - TimeDelta::minutes(25)),
            Some(Via::Idle),
            None,
        );
        let drink = event(EventKind::Drink, None, Some(Via::Cli), Some(2));
        let arrived = event(EventKind::Arrived, None, None, None);
        let mut lines = vec![serde_json::to_string(&answer).unwrap()];
        lines.extend([away, drink, arrived].iter().map(|e| serde_json::to_string(e).unwrap()));
        lines
    }

    /// Fails unless `line` is either not scanned or scanned to what serde_json reads.
    fn agrees(line: &[u8]) -> Result<(), TestCaseError> {
        if let Some(scanned) = LoggedLine::scan(line) {
            let read = serde_json::from_slice::<LoggedRecord>(line);
            let text = String::from_utf8_lossy(line);
            prop_assert!(read.is_ok(), "scanned, but serde_json finds it damaged: {text}");
            let read = read.unwrap();
            prop_assert_eq!(scanned, read.view(), "{}", text);
        }
        Ok(())
    }

    #[test]
    fn the_daemons_own_lines_are_scanned_to_what_serde_json_reads() {
        for line in written_lines() {
            let read: LoggedRecord = serde_json::from_str(&line).unwrap();
            assert_eq!(LoggedLine::scan(line.as_bytes()), Some(read.view()), "{line}");
        }
    }

    #[test]
    fn lines_in_another_form_are_left_to_serde_json() {
        let t = "\"time\":\"2026-11-25T10:00:05.120+01:00\"";
        let other = [
            format!("{{{t},\"outcome\":\"done\",\"title\":\"Say \\\"no\\\"\"}}"),
            format!("{{{t}, \"outcome\":\"done\"}}"),
            format!("{{{t},\"outcome\":\"done\"}} "),
            format!("{{{t},\"outcome\":\"done\",\"prompt\":null}}"),
            format!("{{{t},\"outcome\":\"done\",\"mood\":\"fine\"}}"),
            "{\"time\":\"2026-11-25T09:00:05Z\",\"outcome\":\"done\"}".to_string(),
            "{\"time\":\"2026-12-31T23:59:60.000+00:00\",\"outcome\":\"done\"}".to_string(),
        ];
        for line in other {
            assert_eq!(LoggedLine::scan(line.as_bytes()), None, "{line}");
            assert!(serde_json::from_str::<LoggedRecord>(&line).is_ok(), "{line}");
        }
        let damaged = [
            format!("{{{t},\"outcome\":\"done\",\"outcome\":\"done\"}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":2.0}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":4294967296}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":02}}"),
            format!("{{{t},\"outcome\":\"drink\",\"glasses\":-1}}"),
            format!("{{{t},\"outcome\":\"done\",\"title\":\"a\u{1}b\"}}"),
            format!("{{{t},\"outcome\":\"done\""),
            format!("{{{t}}}"),
            "{\"time\":\"2026-02-29T10:00:05.120+01:00\",\"outcome\":\"done\"}".to_string(),
            "{\"time\":\"2026-11-25T10:00:05.120+01:60\",\"outcome\":\"done\"}".to_string(),
            "{\"time\":\"2026-11-25T10:00:05.120+24:00\",\"outcome\":\"done\"}".to_string(),
        ];
        for line in damaged {
            assert_eq!(LoggedLine::scan(line.as_bytes()), None, "{line}");
            assert!(serde_json::from_str::<LoggedRecord>(&line).is_err(), "{line}");
        }
    }

    /// Bytes an edit puts into a line: JSON's punctuation, digits, whitespace, a control
    /// character, letters of the forms of times, and bytes of UTF-8 (whole and broken).
    const EDITS: &[u8] = b"\"\\{}[]:,.-+0123456789 \t\x01\x7fTtZe\xc3\xa9\xff";

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

        #[test]
        fn an_edited_line_is_scanned_to_what_serde_json_reads_or_left_to_it(
            which in any::<prop::sample::Index>(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..3u8), 1..4),
        ) {
            let lines = written_lines();
            let mut line = which.get(&lines).clone().into_bytes();
            for (at, byte, how) in edits {
                let byte = *byte.get(EDITS);
                match how {
                    0 => line.insert(at.index(line.len() + 1), byte),
                    1 => {
                        let at = at.index(line.len());
                        line[at] = byte;
                    }
                    _ => {
                        line.remove(at.index(line.len()));
                    }
                }
            }
            agrees(&line)?;
        }

        #[test]
        fn a_plain_strings_end_is_found_eight_bytes_at_a_time_as_one_at_a_time(
            bytes in prop::collection::vec(prop::sample::select(EDITS.iter().chain(b"abcdefgh").copied().collect::<Vec<u8>>()), 0..40),
        ) {
            let one_at_a_time = bytes.iter().position(|b| matches!(*b, b'"' | b'\\' | ..b' '));
            prop_assert_eq!(string_end(&bytes), one_at_a_time);
        }

        #[test]
        fn a_time_in_the_logs_form_is_read_as_chrono_reads_it(
            fields in (0..10_000u32, 0..20u32, 0..40u32, 0..30u32, 0..70u32, 0..70u32, 0..1000u32),
            (sign, offset_hours, offset_minutes) in (prop::bool::ANY, 0..30u32, 0..70u32),
        ) {
            let (year, month, day, hour, minute, second, milli) = fields;
            let sign = if sign { '+' } else { '-' };
            let text = format!(
                "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{milli:03}{sign}{offset_hours:02}:{offset_minutes:02}"
            );
            let chrono = DateTime::parse_from_rfc3339(&text).ok();
            match written_time(text.as_bytes()) {
                Some(time) => prop_assert_eq!(Some(time), chrono, "{}", text),
                // Only a leap second is left to chrono.
                None => prop_assert!(chrono.is_none() || second == 60, "{}", text),
            }
        }
    }
}
