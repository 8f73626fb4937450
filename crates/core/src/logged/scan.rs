//! The log's lines in the form the daemon writes them, read without a general JSON parser: over
//! a long log serde_json costs several times as much. Any other line goes to serde_json.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::LoggedLine;

impl<'a> LoggedLine<'a> {
    /// Reads `line` if it is in the form the daemon writes: one object without whitespace, the
    /// keys this version knows (each once), strings without escapes, whole numbers, times with
    /// milliseconds and an offset. `None` for any other line, which serde_json reads into a
    /// [`LoggedRecord`] (or finds damaged); a line read here reads to the same record there (a
    /// test checks). Over a long log a general JSON parser costs several times as much.
    pub fn scan(line: &'a [u8]) -> Option<LoggedLine<'a>> {
        let mut rest = skip(core::str::from_utf8(line).ok()?, b'{')?;
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
pub(super) fn string_end(bytes: &[u8]) -> Option<usize> {
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
pub(super) fn written_time(text: &[u8]) -> Option<DateTime<FixedOffset>> {
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
