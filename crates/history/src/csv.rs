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
    let mut out = String::from("section,key,metric,value\n");
    let mut row = |section: &str, key: &str, metric: &str, value: &serde_json::Value| {
        let cells = [section, key, metric, &scalar(value)].map(csv_cell);
        out.push_str(&cells.join(","));
        out.push('\n');
    };
    // The single figures first, then the tables.
    let (single, tables): (Vec<_>, Vec<_>) = fields.iter().partition(|(_, v)| !(v.is_object() || v.is_array()));
    for (name, value) in single.into_iter().chain(tables) {
        match value {
            serde_json::Value::Object(figures) => {
                for (metric, v) in figures {
                    row(name, "", metric, v);
                }
            }
            serde_json::Value::Array(entries) => {
                for entry in entries {
                    match entry {
                        serde_json::Value::Object(entry) => {
                            let key_name = ENTRY_KEYS.iter().find(|k| entry.contains_key(**k));
                            let key = key_name.map(|k| scalar(&entry[*k])).unwrap_or_default();
                            for (metric, v) in entry.iter().filter(|(m, _)| Some(&m.as_str()) != key_name) {
                                row(name, &key, metric, v);
                            }
                        }
                        v => row(name, "", "", v),
                    }
                }
            }
            v => row("summary", "", name, v),
        }
    }
    Ok(out)
}

fn scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_only_when_needed() {
        assert_eq!(csv_cell("Sit tall, don't hunch"), "\"Sit tall, don't hunch\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("plain"), "plain");
    }
}
