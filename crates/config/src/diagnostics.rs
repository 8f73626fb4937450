//! What is wrong with a config file, said where: file:line:column, the line itself with a caret
//! under the offending part, and a message that names the key and what to write instead.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use deskbreak_i18n::fl;

/// One thing wrong with a config file, located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The offending line with a caret under the offending part.
    pub excerpt: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}\n{}", self.line, self.column, self.message, self.excerpt)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", deskbreak_i18n::fl!("config-cannot-read", path = path.display().to_string(), reason = source.to_string()))]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}", deskbreak_i18n::fl!("config-cannot-write", path = path.display().to_string(), reason = source.to_string()))]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{}", render_problems(path, problems))]
    Invalid { path: PathBuf, problems: Vec<Problem> },
}

fn render_problems(path: &Path, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| {
            format!(
                "{}:{}:{}: {}\n{}",
                path.display(),
                p.line,
                p.column,
                p.message,
                p.excerpt
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Turns a toml error into a located problem whose message names the key and what to write.
pub(super) fn describe_toml_error(text: &str, error: &toml::de::Error) -> Problem {
    let raw = error.message().trim().to_string();
    let span = narrow_to_quoted_value(text, error.span().unwrap_or(0..0), &raw);
    let key = key_at(text, &span);
    let value = text.get(span.clone()).unwrap_or("").trim();
    let message = if let Some(rest) = raw.strip_prefix("unknown field `") {
        unknown_key_message(text, &span, rest)
    } else if let Some(field) = raw.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')) {
        fl!("config-missing-key", key = field, table = table_at(text, span.end))
    } else if raw == "duplicate key" {
        fl!("config-set-twice", key = key.unwrap_or_else(|| value.to_string()))
    } else if let Some(key) = key.filter(|_| is_value_error(&raw)) {
        // Our own value errors start with the value itself ("\"90\" is not a duration...").
        if raw.starts_with('"') {
            format!("`{key}` = {raw}")
        } else {
            format!("`{key}` = {value}: {}", plain_serde(&raw))
        }
    } else {
        fl!("config-syntax", error = raw.as_str())
    };
    locate(text, span, message)
}

/// Errors about a value (as opposed to the TOML syntax around it).
fn is_value_error(message: &str) -> bool {
    message.starts_with('"') || message.starts_with("invalid type") || message.starts_with("invalid value")
}

/// serde's words for TOML types, in the words of a config file.
fn plain_serde(message: &str) -> String {
    message
        .replace("expected a sequence", "expected a list like [\"a\", \"b\"]")
        .replace("expected a boolean", "expected true or false")
        .replace("expected a string", "expected a quoted string")
}

/// An error inside an array is reported on the whole array; our value errors start with the
/// offending value ("\"fry\" is not a day"), so point at that element instead.
fn narrow_to_quoted_value(text: &str, span: Range<usize>, message: &str) -> Range<usize> {
    let quoted = message
        .strip_prefix('"')
        .and_then(|rest| rest.find("\" ").map(|end| &message[..end + 2]));
    let within = text.get(span.clone()).unwrap_or("");
    match quoted.and_then(|q| within.find(q).map(|at| (at, q.len()))) {
        Some((at, len)) if within.trim_start().starts_with('[') => span.start + at..span.start + at + len,
        _ => span,
    }
}

fn unknown_key_message(text: &str, span: &Range<usize>, rest: &str) -> String {
    let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let table = table_at(text, span.start);
    let place = if table.is_empty() {
        fl!("config-at-top-level")
    } else {
        fl!("config-in-table", table = table)
    };
    let nearest = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), *k))
        .filter(|(distance, k)| *distance <= (k.len() / 2).max(2))
        .min();
    match nearest {
        Some((_, k)) => fl!("config-unknown-key-near", key = name, place = place, near = k),
        None => fl!(
            "config-unknown-key",
            key = name,
            place = place,
            known = known.join(", ")
        ),
    }
}

/// The dotted key whose value lies at `span` ("schedule.min_interval"), from the source text.
fn key_at(text: &str, span: &Range<usize>) -> Option<String> {
    let line_start = text[..span.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    if key.is_empty() || key.starts_with('[') || key.starts_with('#') {
        return None;
    }
    let table = table_at(text, line_start);
    Some(if table.is_empty() {
        key.to_string()
    } else {
        format!("{table}.{key}")
    })
}

/// The table in force at byte `offset`: the nearest `[table]` or `[[array]]` header above, or
/// the part of the header before `offset` when `offset` lies inside a header.
fn table_at(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let head = text[line_start..offset].trim_start();
    if head.starts_with('[') {
        return head.trim_matches(|c| matches!(c, '[' | ']' | '.')).trim().to_string();
    }
    text[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string())
        .unwrap_or_default()
}

/// 1-based line and column of `span.start`, with the line and a caret under the span.
pub(super) fn locate(text: &str, span: Range<usize>, message: String) -> Problem {
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[..start].matches('\n').count() + 1;
    let column = text[line_start..start].chars().count() + 1;
    // Drawn by hand, as rustc draws it: annotate-snippets (0.12) draws the same excerpt but adds
    // 104 KiB to the binary for these lines. A tab shows as four spaces and a CJK character
    // takes two cells, so that the carets stay under the value; a CRLF file's `\r` is not shown.
    let shown = |s: &str| s.replace('\t', "    ");
    let cells = |s: &str| shown(s).width();
    let line_text = shown(text[line_start..line_end].trim_end_matches('\r'));
    let lead = cells(&text[line_start..start]);
    let width = cells(&text[start..span.end.clamp(start, line_end)]).max(1);
    let gutter = " ".repeat(line.to_string().len());
    let excerpt = format!(
        "{gutter} |\n{line} | {line_text}\n{gutter} | {}{}",
        " ".repeat(lead),
        "^".repeat(width)
    );
    Problem {
        line,
        column,
        message,
        excerpt,
    }
}

#[cfg(test)]
mod tests {
    use crate::tests::problem;

    #[test]
    fn a_bad_duration_names_key_value_and_the_way_to_write_it() {
        let p = problem("[schedule]\nmin_interval = \"90\"\n");
        assert_eq!((p.line, p.column), (2, 16));
        assert_eq!(
            p.message,
            "`schedule.min_interval` = \"90\" is not a duration: write it like \"90s\", \"10m\" or \"1h30m\""
        );
        assert_eq!(p.excerpt, "  |\n2 | min_interval = \"90\"\n  |                ^^^^");
    }

    #[test]
    fn an_unknown_key_suggests_the_nearest_one() {
        let p = problem("[schedule]\nmin_intervall = \"5m\"\n");
        assert_eq!((p.line, p.column), (2, 1));
        assert_eq!(
            p.message,
            "unknown key `min_intervall` in [schedule]: did you mean `min_interval`?"
        );
    }

    #[test]
    fn an_unknown_day_is_named() {
        let p = problem("[schedule]\ndays = [\"mon\", \"fry\"]\n");
        assert_eq!((p.line, p.column), (2, 16));
        assert_eq!(
            p.message,
            "`schedule.days` = \"fry\" is not a day: write mon, tue, wed, thu, fri, sat or sun"
        );
    }

    #[test]
    fn the_carets_stay_under_the_value_after_tabs_and_wide_characters() {
        let p = super::locate("a = \"水\"\t# b = 1\r\n", 12..13, String::new());
        assert_eq!((p.line, p.column), (1, 11));
        assert_eq!(p.excerpt, "  |\n1 | a = \"水\"    # b = 1\n  |               ^");
    }

    #[test]
    fn a_syntax_error_is_located() {
        let p = problem("[schedule\nmin_interval = \"5m\"\n");
        assert_eq!(p.line, 1);
    }
}
