//! The one place that reads the wall clock; everything else is given the time.

use chrono::{DateTime, Local, NaiveDate, Utc};

/// Now, in UTC.
#[allow(clippy::disallowed_methods)]
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The machine's time zone, resolved anew at each call so a time-zone change is seen.
pub fn local_zone() -> Local {
    Local
}

/// Today's date in the machine's time zone.
pub fn today() -> NaiveDate {
    now().with_timezone(&local_zone()).date_naive()
}
