//! The CSV of `deskbreak stats`: the summary's figures, one a row, made from its JSON.

use deskbreak_core::stats::summary::Summary;

/// The field that names an entry of a list, in the CSV's `key` column.
const ENTRY_KEYS: [&str; 4] = ["date", "category", "prompt", "outcome"];

/// The summary as CSV with the columns `section,key,metric,value`: the same figures as the
/// JSON, one a row, made from the JSON itself so that the two cannot differ. A top-level figure
/// is in section `summary`; `totals` has one row a figure; a list has one row per figure of
/// each entry, keyed by its date, category, prompt or outcome; `damaged_line_numbers` has one
/// row per line. A null figure (a ratio of nothing, sitting on a day it was not measured) is an
/// empty `value`. The `summary` rows come first; then sections and metrics are in alphabetical
/// order.
pub fn render(summary: &Summary) -> serde_json::Result<String> {
    let serde_json::Value::Object(fields) = serde_json::to_value(summary)? else {
        return Ok(String::new());
    };
    // Cells quoted only where they need it (a comma, a quote, a line break); rows end in "\n".
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(["section", "key", "metric", "value"])
        .map_err(failed)?;
    let mut row = |section: &str, key: &str, metric: &str, value: &serde_json::Value| {
        out.write_record([section, key, metric, &scalar(value)]).map_err(failed)
    };
    // The single figures first, then the tables.
    let (single, tables): (Vec<_>, Vec<_>) = fields.iter().partition(|(_, v)| !(v.is_object() || v.is_array()));
    for (name, value) in single.into_iter().chain(tables) {
        match value {
            serde_json::Value::Object(figures) => {
                for (metric, v) in figures {
                    row(name, "", metric, v)?;
                }
            }
            serde_json::Value::Array(entries) => {
                for entry in entries {
                    match entry {
                        serde_json::Value::Object(entry) => {
                            let key_name = ENTRY_KEYS.iter().find(|k| entry.contains_key(**k));
                            let key = key_name.map(|k| scalar(&entry[*k])).unwrap_or_default();
                            for (metric, v) in entry.iter().filter(|(m, _)| Some(&m.as_str()) != key_name) {
                                row(name, &key, metric, v)?;
                            }
                        }
                        v => row(name, "", "", v)?,
                    }
                }
            }
            v => row("summary", "", name, v)?,
        }
    }
    let bytes = out.into_inner().map_err(|e| failed(e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| failed(std::io::Error::other(e)))
}

/// A failure of the writer, which writes to memory: said as the JSON's own error would be.
fn failed(error: impl Into<std::io::Error>) -> serde_json::Error {
    serde_json::Error::io(error.into())
}

fn scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_only_when_needed() {
        use deskbreak_core::logged::LoggedRecord;
        use deskbreak_core::stats::summary::{Options, Window, summarise};
        let skipped = r#"{"v":1,"time":"2026-11-26T10:00:00+01:00","prompt":"posture.tall","category":"posture","outcome":"skipped","shown":"2026-11-26T09:59:00+01:00","via":"notification","title":"Sit tall, say \"ah\"\nthen breathe"}"#;
        let record: LoggedRecord = serde_json::from_str(skipped).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let options = Options {
            window: Window::last_days(today, 1),
            streak_percent: 70,
            water_target: 8,
            long_sitting: std::time::Duration::from_secs(3600),
            relief_advise_after: 2,
            relief_within: std::time::Duration::from_secs(86_400),
        };
        let csv = render(&summarise([Ok(record)], &options)).unwrap();
        assert!(
            csv.contains("\nmost_skipped,posture.tall,title,\"Sit tall, say \"\"ah\"\"\nthen breathe\"\n"),
            "{csv}"
        );
        assert!(csv.contains("\nmost_skipped,posture.tall,skipped,1\n"), "{csv}");
    }
}
