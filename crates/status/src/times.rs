//! Clock times and weekdays as the person reads them.

use chrono::{DateTime, Datelike, FixedOffset, Utc, Weekday};

use deskbreak_i18n::fl;

/// "14:32" today, "Thu 14:32" within a week, else "2026-12-01 14:32".
pub fn clock_time(t: DateTime<FixedOffset>, now: DateTime<Utc>) -> String {
    let today = now.with_timezone(t.offset()).date_naive();
    let days = (t.date_naive() - today).num_days();
    match days {
        0 => t.format("%H:%M").to_string(),
        1..=6 => format!("{} {}", weekday_short(t.weekday()), t.format("%H:%M")),
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// "Thu", in the person's language.
pub fn weekday_short(day: Weekday) -> String {
    match day {
        Weekday::Mon => fl!("weekday-mon"),
        Weekday::Tue => fl!("weekday-tue"),
        Weekday::Wed => fl!("weekday-wed"),
        Weekday::Thu => fl!("weekday-thu"),
        Weekday::Fri => fl!("weekday-fri"),
        Weekday::Sat => fl!("weekday-sat"),
        Weekday::Sun => fl!("weekday-sun"),
    }
}
