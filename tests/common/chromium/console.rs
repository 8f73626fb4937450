//! What the console and the page report: problems, their locations, and thrown values.

use serde_json::Value;

/// The problem an event reports, if it reports one.
pub(super) fn problem(event: &Value) -> Option<String> {
    let params = &event["params"];
    match event["method"].as_str()? {
        "Runtime.consoleAPICalled" => {
            // The name of the call: the protocol names `console.warn` "warning".
            let kind = match params["type"].as_str()? {
                "warning" => "warn",
                kind @ ("error" | "assert") => kind,
                _ => return None,
            };
            let text: Vec<String> = params["args"].as_array()?.iter().map(remote_object_text).collect();
            let source = &params["stackTrace"]["callFrames"][0];
            Some(format!("console.{kind}: {} ({})", text.join(" "), location(source)))
        }
        "Runtime.exceptionThrown" => {
            let details = &params["exceptionDetails"];
            Some(format!(
                "exception: {} ({})",
                exception_text(details),
                location(details)
            ))
        }
        "Log.entryAdded" => {
            let entry = &params["entry"];
            let level = entry["level"].as_str()?;
            if !matches!(level, "error" | "warning") {
                return None;
            }
            let source = entry["source"].as_str().unwrap_or_default();
            Some(format!(
                "{source} {level}: {} ({})",
                entry["text"].as_str().unwrap_or_default(),
                location(entry)
            ))
        }
        _ => None,
    }
}

/// `url:line` of a call frame, an exception's details or a log entry (lines counted from 1).
fn location(source: &Value) -> String {
    let url = source["url"].as_str().unwrap_or("?");
    match source["lineNumber"].as_u64() {
        Some(line) => format!("{url}:{}", line + 1),
        None => url.to_owned(),
    }
}

/// A console argument as the console shows it: a string as it is, anything else as described.
fn remote_object_text(object: &Value) -> String {
    match &object["value"] {
        Value::String(text) => text.clone(),
        Value::Null => object["description"]
            .as_str()
            .unwrap_or_else(|| object["type"].as_str().unwrap_or("?"))
            .to_owned(),
        value => value.to_string(),
    }
}

/// An exception's message: its description (`Error: boom` and the stack), else the details' text.
pub(super) fn exception_text(details: &Value) -> String {
    let description = details["exception"]["description"].as_str();
    description.or(details["text"].as_str()).unwrap_or("?").to_owned()
}
