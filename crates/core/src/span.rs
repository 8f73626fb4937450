//! A length of time from outside the core (a snooze, a pause, a setting): one type with one
//! range, checked once where it enters (the command line, the socket, the config), so that the
//! core never computes a time it cannot print.

use alloc::{format, string::String};
use core::time::Duration;
use serde::{Deserialize, Serialize};

/// From one second to one year (humantime's year, 365.25 days, so that "1y" is one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u64")]
pub struct Span(Duration);

/// Why a duration is not a [`Span`]; the text completes "... is".
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SpanError {
    #[error("shorter than a second: a duration goes from 1 second to 1 year")]
    TooShort,
    #[error("longer than a year: a duration goes from 1 second to 1 year")]
    TooLong,
}

impl Span {
    pub const MIN: Span = Span(Duration::from_secs(1));
    pub const MAX: Span = Span(Duration::from_secs(31_557_600));

    pub fn new(d: Duration) -> Result<Span, SpanError> {
        match d {
            d if d < Span::MIN.0 => Err(SpanError::TooShort),
            d if d > Span::MAX.0 => Err(SpanError::TooLong),
            d => Ok(Span(d)),
        }
    }

    pub fn from_secs(secs: u64) -> Result<Span, SpanError> {
        Span::new(Duration::from_secs(secs))
    }

    /// `m` minutes, for a span written in the code (a tray entry): out of range is a bug there.
    pub const fn minutes(m: u64) -> Span {
        let secs = m.saturating_mul(60);
        assert!(
            secs >= 1 && secs <= Span::MAX.0.as_secs(),
            "a span written in the code is out of range"
        );
        Span(Duration::from_secs(secs))
    }

    /// The nearest span to `d`: for a value whose own, narrower range was checked already (a
    /// config setting; `config/validate.rs` tests that every such range lies within this one).
    pub fn nearest(d: Duration) -> Span {
        Span(d.clamp(Span::MIN.0, Span::MAX.0))
    }

    pub const fn get(self) -> Duration {
        self.0
    }

    pub const fn as_secs(self) -> u64 {
        self.0.as_secs()
    }
}

impl From<Span> for Duration {
    fn from(span: Span) -> Duration {
        span.0
    }
}

/// On the wire a span is whole seconds, as it always was.
impl From<Span> for u64 {
    fn from(span: Span) -> u64 {
        span.as_secs()
    }
}

impl TryFrom<u64> for Span {
    type Error = String;

    fn try_from(secs: u64) -> Result<Span, String> {
        Span::from_secs(secs).map_err(|e| format!("{secs} seconds is {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_one_second_to_one_year() {
        assert_eq!(Span::from_secs(0), Err(SpanError::TooShort));
        assert_eq!(Span::from_secs(1).map(Span::as_secs), Ok(1));
        assert_eq!(Span::from_secs(31_557_600), Ok(Span::MAX));
        assert_eq!(Span::from_secs(31_557_601), Err(SpanError::TooLong));
        assert_eq!(Span::new(Duration::from_millis(999)), Err(SpanError::TooShort));
        assert_eq!(Span::nearest(Duration::MAX), Span::MAX);
        assert_eq!(Span::nearest(Duration::ZERO), Span::MIN);
    }

    #[test]
    fn on_the_wire_a_span_is_seconds_in_range() {
        assert_eq!(serde_json::to_string(&Span::from_secs(600).unwrap()).unwrap(), "600");
        assert_eq!(serde_json::from_str::<Span>("600").unwrap().as_secs(), 600);
        let err = serde_json::from_str::<Span>("18446744073709551615").unwrap_err();
        assert_eq!(
            err.to_string(),
            "18446744073709551615 seconds is longer than a year: a duration goes from 1 second to 1 year"
        );
        assert!(serde_json::from_str::<Span>("-1").is_err());
    }
}
