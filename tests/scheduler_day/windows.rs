//! The active hours: when the next prompt is due after an anchor, across lunch gaps, closing
//! time, weekends, midnight and DST (`core::schedule::Rules::next_due`).

use super::*;

/// Every weekday, these hours, a fixed half-hour interval; the rest as by default.
fn rules(hours: &[(u32, u32)]) -> Rules {
    let clock = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
    let ranges: Vec<String> = hours
        .iter()
        .map(|&(s, e)| format!("\"{}-{}\"", clock(s), clock(e)))
        .collect();
    super::rules(&format!(
        "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\nhours = [{}]\n",
        ranges.join(", ")
    ))
}

const HALF_HOUR: Duration = Duration::from_secs(1800);

#[test]
fn due_inside_the_window_is_one_interval_later() {
    let r = rules(&[(9 * 60, 17 * 60)]);
    // 2026-11-25 is a Wednesday.
    assert_eq!(
        r.next_due(&Berlin, at("2026-11-25 10:00"), HALF_HOUR),
        Some(at("2026-11-25 10:30"))
    );
}

#[test]
fn before_hours_the_first_prompt_is_one_interval_after_opening() {
    let r = rules(&[(9 * 60, 17 * 60)]);
    assert_eq!(
        r.next_due(&Berlin, at("2026-11-25 06:10"), HALF_HOUR),
        Some(at("2026-11-25 09:30"))
    );
}

#[test]
fn a_due_time_past_closing_moves_to_the_next_working_day() {
    let r = rules(&[(9 * 60, 17 * 60)]);
    // Friday 16:45 + 30 min is past 17:00: the next window is Monday's.
    assert_eq!(
        r.next_due(&Berlin, at("2026-11-27 16:45"), HALF_HOUR),
        Some(at("2026-11-30 09:30"))
    );
}

#[test]
fn a_lunch_gap_restarts_the_count_after_lunch() {
    let r = rules(&[(9 * 60, 12 * 60), (13 * 60, 17 * 60)]);
    assert_eq!(
        r.next_due(&Berlin, at("2026-11-25 11:40"), HALF_HOUR),
        Some(at("2026-11-25 13:30"))
    );
}

#[test]
fn a_window_shorter_than_the_interval_is_passed_over() {
    let r = rules(&[(9 * 60, 9 * 60 + 20), (10 * 60, 12 * 60)]);
    assert_eq!(
        r.next_due(&Berlin, at("2026-11-25 08:00"), HALF_HOUR),
        Some(at("2026-11-25 10:30"))
    );
}

#[test]
fn an_interval_counts_on_across_midnight_when_the_hours_do() {
    // Active every day around the clock, or across midnight in two ranges: 23:40 + 30 min
    // is 00:10, not 00:30 (the interval starting again at midnight).
    for hours in [&[(0, 24 * 60)][..], &[(0, 6 * 60), (22 * 60, 24 * 60)]] {
        let mut r = rules(hours);
        r.days = [true; 7];
        assert_eq!(
            r.next_due(&Berlin, at("2026-11-25 23:40"), HALF_HOUR),
            Some(at("2026-11-26 00:10")),
            "{hours:?}"
        );
    }
    // Friday night into a Saturday that is not active: the count starts again on Monday.
    let r = rules(&[(0, 6 * 60), (22 * 60, 24 * 60)]);
    assert_eq!(
        r.next_due(&Berlin, at("2026-11-27 23:40"), HALF_HOUR),
        Some(at("2026-11-30 00:30"))
    );
}

#[test]
fn a_window_long_enough_only_on_a_dst_day_is_not_waited_for() {
    // Sundays 00:39-03:00 (2 h 21 min) in Berlin: only on 2026-10-25, when 02:00-03:00 comes
    // twice, does it hold a 2 h 32 min interval. From August, that is eight weeks away.
    let mut r = rules(&[(39, 180)]);
    r.days = [false, false, false, false, false, false, true];
    let interval = Duration::from_secs(9156);
    assert_eq!(r.next_due(&Berlin, at("2026-08-31 19:33"), interval), None);
    assert!(r.next_due(&Berlin, at("2026-10-24 12:00"), interval).is_some());
}

#[test]
fn no_active_day_means_no_prompt() {
    let mut r = rules(&[(9 * 60, 17 * 60)]);
    r.days = [false; 7];
    assert_eq!(r.next_due(&Berlin, at("2026-11-25 10:00"), HALF_HOUR), None);
}
