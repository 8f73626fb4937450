//! The summary over small logs written by hand: tallies, streaks, sitting, relief, damage.

use super::*;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A day with `done` of `shown` prompts done (the rest missed).
fn day(done: u32, shown: u32) -> DayTally {
    DayTally {
        counts: DayCounts {
            done,
            missed: shown - done,
            ..DayCounts::default()
        },
        ..DayTally::default()
    }
}

#[test]
fn the_streak_skips_days_without_prompts_and_waits_for_today() {
    let days: BTreeMap<NaiveDate, DayTally> = [
        ("2026-11-18", day(1, 4)),
        ("2026-11-19", day(3, 4)),
        ("2026-11-20", day(0, 0)),
        ("2026-11-23", day(7, 10)),
        ("2026-11-24", day(2, 2)),
        ("2026-11-25", day(0, 3)),
        ("2026-11-26", day(5, 5)),
    ]
    .into_iter()
    .map(|(d, t)| (date(d), t))
    .collect();
    assert_eq!(
        streak(&days, date("2026-11-25"), 70),
        3,
        "today below, the future ignored"
    );
    assert_eq!(streak(&days, date("2026-11-24"), 70), 3);
    assert_eq!(streak(&days, date("2026-11-24"), 75), 1, "7 of 10 is below 75 %");
    assert_eq!(streak(&days, date("2026-11-25"), 0), 5, "0 %: every day with prompts");
    assert_eq!(streak(&days, date("2026-11-17"), 0), 0);
}

/// The summary of `lines` (log records) over the 4 days to 2026-11-26, long at 60 min.
fn summary_of(lines: &[&str]) -> Summary {
    let records = lines
        .iter()
        .enumerate()
        .map(|(i, l)| serde_json::from_str::<LoggedRecord>(l).map_err(|_| Damaged { line: i + 1 }));
    let options = Options {
        window: Window::last_days(date("2026-11-26"), 4),
        streak_percent: 70,
        water_target: 8,
        long_sitting: Duration::from_secs(3600),
        relief_advise_after: 2,
        relief_within: Duration::from_secs(86_400),
    };
    summarise(records, &options)
}

/// Per day of the window, (longest_sitting_min, long_sittings).
fn sitting(summary: &Summary) -> Vec<(Option<u64>, Option<u64>)> {
    summary
        .days
        .iter()
        .map(|d| (d.figures.longest_sitting_min, d.figures.long_sittings))
        .collect()
}

#[test]
fn a_stretch_counts_on_the_day_it_started_and_unmeasured_days_are_null() {
    let summary = summary_of(&[
        // 23rd: from 08:00 to 09:10 (70 min, long), and to 10:30 (60 min, not over 60).
        r#"{"v":1,"time":"2026-11-23T08:00:00+01:00","outcome":"arrived"}"#,
        r#"{"v":1,"time":"2026-11-23T09:30:00+01:00","outcome":"away","since":"2026-11-23T09:10:00+01:00","via":"idle"}"#,
        r#"{"v":1,"time":"2026-11-23T10:00:00+01:00","prompt":"posture.feet-flat","category":"posture","outcome":"done","shown":"2026-11-23T09:59:00+01:00","via":"notification"}"#,
        r#"{"v":1,"time":"2026-11-23T22:00:00+01:00","outcome":"away","since":"2026-11-23T10:30:00+01:00","via":"sleep"}"#,
        // From 22:00 on the 23rd over midnight to 00:50 (170 min): the 23rd's.
        r#"{"v":1,"time":"2026-11-24T00:50:00+01:00","outcome":"stopped"}"#,
        // The 24th: a stop ended a stretch of the 23rd; nothing started: measured, 0.
        // The 25th: no sitting record, only a prompt: not measured.
        r#"{"v":1,"time":"2026-11-25T10:00:00+01:00","prompt":"posture.feet-flat","category":"posture","outcome":"done","shown":"2026-11-25T09:59:00+01:00","via":"notification"}"#,
        // The 26th: a stretch still open at the end of the log is not counted.
        r#"{"v":1,"time":"2026-11-26T09:00:00+01:00","outcome":"arrived"}"#,
    ]);
    assert_eq!(
        sitting(&summary),
        [
            (Some(170), Some(2)),
            (Some(0), Some(0)),
            (None, None),
            (Some(0), Some(0))
        ]
    );
    assert_eq!(
        (summary.totals.longest_sitting_min, summary.totals.long_sittings),
        (Some(170), Some(2))
    );
    assert!(summary.unknown_outcomes.is_empty(), "sitting records are known");
    assert_eq!(summary.totals.unknown, 0);
}

#[test]
fn a_stretch_over_midnight_is_its_start_days_in_whole_minutes() {
    let summary = summary_of(&[
        r#"{"v":1,"time":"2026-11-23T23:30:00+00:00","outcome":"arrived"}"#,
        r#"{"v":1,"time":"2026-11-24T01:00:00+00:00","outcome":"away","since":"2026-11-24T00:29:59+00:00","via":"lock"}"#,
    ]);
    assert_eq!(
        sitting(&summary),
        [(Some(59), Some(0)), (Some(0), Some(0)), (None, None), (None, None)],
        "59 min 59 s is 59 whole minutes; the 24th is measured by the away record"
    );
}

#[test]
fn a_window_without_sitting_records_has_null_totals() {
    let summary = summary_of(&[
        r#"{"v":1,"time":"2026-11-20T08:00:00+01:00","outcome":"arrived"}"#,
        r#"{"v":1,"time":"2026-11-20T09:00:00+01:00","outcome":"stopped"}"#,
        r#"{"v":1,"time":"2026-11-23T10:00:00+01:00","prompt":"posture.feet-flat","category":"posture","outcome":"done","shown":"2026-11-23T09:59:00+01:00","via":"notification"}"#,
    ]);
    assert_eq!(sitting(&summary), [(None, None); 4]);
    assert_eq!(
        (summary.totals.longest_sitting_min, summary.totals.long_sittings),
        (None, None),
        "a measured day outside the window does not count"
    );
}

#[test]
fn relief_recurs_when_more_than_advise_after_fall_within_the_window() {
    let relief = |time: &str| format!(r#"{{"v":1,"time":"{time}","outcome":"relief","via":"cli"}}"#);
    // advise_after 2 within a day: three episodes inside 24 h recur, spread wider they do not.
    let spread = [
        relief("2026-11-23T09:00:00+01:00"),
        relief("2026-11-23T18:00:00+01:00"),
        relief("2026-11-24T09:00:01+01:00"),
        relief("2026-11-25T08:00:00+01:00"),
    ];
    let lines: Vec<&str> = spread.iter().map(String::as_str).collect();
    let summary = summary_of(&lines);
    assert_eq!((summary.totals.relief, summary.relief_recurred), (4, false));
    let close = [
        relief("2026-11-24T09:00:00+01:00"),
        relief("2026-11-24T12:00:00+01:00"),
        relief("2026-11-25T09:00:00+01:00"),
    ];
    let lines: Vec<&str> = close.iter().map(String::as_str).collect();
    assert!(
        summary_of(&lines).relief_recurred,
        "24 h from first to third: within a day"
    );
}

#[test]
fn the_window_keeps_its_stretches_for_the_page_on_the_day_they_began() {
    let summary = summary_of(&[
        r#"{"v":1,"time":"2026-11-22T23:00:00+01:00","outcome":"arrived"}"#,
        r#"{"v":1,"time":"2026-11-23T01:00:00+01:00","outcome":"away","since":"2026-11-23T00:30:00+01:00","via":"idle"}"#,
        r#"{"v":1,"time":"2026-11-23T02:00:00+01:00","outcome":"stopped"}"#,
    ]);
    let drawn: Vec<usize> = summary.days.iter().map(|d| d.stretches.len()).collect();
    assert_eq!(
        drawn,
        [1, 0, 0, 0],
        "the stretch begun on the 22nd is outside the window"
    );
    assert_eq!(
        summary.days[0].stretches[0].end.to_rfc3339(),
        "2026-11-23T02:00:00+01:00"
    );
}

#[test]
fn a_window_is_the_last_days_up_to_today() {
    let w = Window::last_days(date("2026-03-01"), 3);
    assert_eq!((w.from, w.to), (date("2026-02-27"), date("2026-03-01")));
    assert!(w.contains(date("2026-02-28")) && !w.contains(date("2026-02-26")));
    assert_eq!(Window::last_days(date("2026-03-01"), 1).from, date("2026-03-01"));
}
