//! The wire format. One request per line, one response per line:
//!
//! `{"v":1,"cmd":"snooze","seconds":600}` → `{"v":1,"ok":true,"status":{...},"records":[{...}]}`

use serde::{Deserialize, Serialize};

use deskbreak_core::events::PauseSpec;
use deskbreak_core::model::{AckRecord, Status};
use deskbreak_core::span::Span;

pub const PROTOCOL_VERSION: u32 = 1;

/// The longest request line the daemon reads.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub v: u32,
    #[serde(flatten)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "kebab-case")]
pub enum Command {
    Status,
    Done,
    Skip,
    /// `seconds`: how long; absent for the configured snooze time.
    Snooze {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<Span>,
    },
    Now,
    Pause {
        pause: PauseSpec,
    },
    Resume,
    /// Re-read the config file now.
    Reload,
    /// "My legs are numb": show the relief steps and log the episode.
    Relief,
    /// Glasses of water drunk.
    Drink {
        glasses: u32,
    },
    Quit,
    /// Keep the connection open: the daemon writes a response line with the status now and
    /// after every change (and at least once a minute, for countdowns).
    Watch,
}

/// Why a request failed, for callers that branch on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The request could not be read or is not understood.
    BadRequest,
    /// The scheduler declined it (nothing pending, not paused, ...).
    Refused,
    /// The answer could not be written to the log: nothing was recorded.
    NotRecorded,
    /// The config file is not valid; the daemon keeps the previous one.
    InvalidConfig,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub v: u32,
    pub ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<ErrorCode>,
    /// The state after the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// What the request wrote to the log, once it is on disk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<AckRecord>,
    /// Lines for the person: what a reload did, warnings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<String>,
}

impl Response {
    pub fn ok(status: Status, records: Vec<AckRecord>) -> Response {
        Response {
            v: PROTOCOL_VERSION,
            ok: true,
            error: None,
            code: None,
            status: Some(status),
            records,
            messages: vec![],
        }
    }

    pub fn error(code: ErrorCode, message: impl Into<String>, status: Option<Status>) -> Response {
        Response {
            v: PROTOCOL_VERSION,
            ok: false,
            error: Some(message.into()),
            code: Some(code),
            status,
            records: vec![],
            messages: vec![],
        }
    }
}

/// Reads a request line; the error is the message sent back.
pub fn decode_request(line: &[u8]) -> Result<Request, String> {
    #[derive(Deserialize)]
    struct Version {
        v: Option<u32>,
    }
    let version: Version = serde_json::from_slice(line).map_err(|e| format!("not a JSON request: {e}"))?;
    match version.v {
        Some(PROTOCOL_VERSION) => {}
        Some(v) => {
            return Err(format!(
                "protocol version {v} is not supported (this daemon speaks {PROTOCOL_VERSION})"
            ));
        }
        None => {
            return Err(format!(
                "the request has no protocol version \"v\" (this daemon speaks {PROTOCOL_VERSION})"
            ));
        }
    }
    serde_json::from_slice(line).map_err(|e| format!("bad request: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_have_a_stable_wire_form() {
        let r = Request {
            v: 1,
            command: Command::Snooze {
                seconds: Span::from_secs(600).ok(),
            },
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"v":1,"cmd":"snooze","seconds":600}"#
        );
        let r = Request {
            v: 1,
            command: Command::Pause {
                pause: PauseSpec::For {
                    seconds: Span::from_secs(1800).unwrap(),
                },
            },
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"v":1,"cmd":"pause","pause":{"for":{"seconds":1800}}}"#
        );
        assert_eq!(
            decode_request(br#"{"v":1,"cmd":"done"}"#),
            Ok(Request {
                v: 1,
                command: Command::Done
            })
        );
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        assert!(decode_request(b"hello").unwrap_err().starts_with("not a JSON request"));
        assert_eq!(
            decode_request(br#"{"v":9,"cmd":"done"}"#).unwrap_err(),
            "protocol version 9 is not supported (this daemon speaks 1)"
        );
        assert!(
            decode_request(br#"{"v":1,"cmd":"dance"}"#)
                .unwrap_err()
                .starts_with("bad request: unknown variant `dance`")
        );
    }
}
