//! Sitting stretches counted per day, charted, with the config's threshold, and their marks in
//! `log`.

use super::*;

/// The stretches of `sitting.jsonl`, in minutes, by the day each began (all times +01:00):
/// - 18th (before the window): 16:00-17:30, 90.
/// - 19th: prompts only, not measured; 21st and 22nd: no records, not measured.
/// - 20th: arrived 08:30, away 09:52-10:10, away 11:40-12:45, stopped 13:30: 82, 90, 45.
/// - 23rd: arrived 09:00, away 09:40-09:45 (40); arrived 13:00, so the stretch from 09:45 is
///   dropped (a crash); away 14:00-14:05 (60, not over 60); stopped 14:50 (45); arrived 22:30,
///   away 00:20-01:00 on the 24th: 110, over midnight, the 23rd's.
/// - 24th: stopped 01:05 (5); arrived 08:00, away 08:20-08:50 (20), stopped 09:25 (35).
/// - 25th: arrived 09:00 and still sitting: measured, nothing finished.
const SITTING: [(&str, Option<u64>, Option<u64>); 7] = [
    ("2026-11-19", None, None),
    ("2026-11-20", Some(90), Some(2)),
    ("2026-11-21", None, None),
    ("2026-11-22", None, None),
    ("2026-11-23", Some(110), Some(1)),
    ("2026-11-24", Some(35), Some(0)),
    ("2026-11-25", Some(0), Some(0)),
];

/// Per day, (date, longest_sitting_min, long_sittings).
fn sitting_days(stats: &Value) -> Vec<(String, Value, Value)> {
    stats["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["date"].as_str().unwrap().to_string(),
                d["longest_sitting_min"].clone(),
                d["long_sittings"].clone(),
            )
        })
        .collect()
}

#[test]
fn sitting_is_counted_per_day_exactly() {
    let home = Home::with_log(Some("sitting.jsonl"));
    let stats = home.json(&["stats", "--json"]);
    let expected: Vec<(String, Value, Value)> = SITTING
        .iter()
        .map(|(d, longest, long)| (d.to_string(), json!(longest), json!(long)))
        .collect();
    assert_eq!(sitting_days(&stats), expected);
    assert_eq!(
        (
            &stats["totals"]["longest_sitting_min"],
            &stats["totals"]["long_sittings"]
        ),
        (&json!(110), &json!(3)),
        "the longest of the window, and 2 + 1 long stretches"
    );
    assert_eq!(stats["long_sitting_s"], 3600);
    // Sitting records are known to this version: not unknown outcomes.
    assert_eq!(
        (&stats["unknown_outcomes"], &stats["totals"]["unknown"]),
        (&json!([]), &json!(0))
    );
    // Eight prompts, none of them moved by the sitting records.
    assert_eq!(
        (&stats["totals"]["shown"], &stats["totals"]["done"]),
        (&json!(8), &json!(7))
    );
    // One day more reaches the 18th's stretch of 90 minutes.
    let stats = home.json(&["stats", "--days", "8", "--json"]);
    assert_eq!(
        (
            &stats["days"][0]["longest_sitting_min"],
            &stats["days"][0]["long_sittings"]
        ),
        (&json!(90), &json!(1))
    );
    assert_eq!(stats["totals"]["long_sittings"], 4);
}

#[test]
fn the_chart_has_a_sitting_line_a_day_and_a_total() {
    let home = Home::with_log(Some("sitting.jsonl"));
    let text = home.ok(&["stats"]);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("Sitting ("))
        .unwrap_or_else(|| panic!("no sitting section in\n{text}"));
    assert_eq!(
        lines[start..start + 9],
        [
            "Sitting (stretches at the desk, on the day each began):",
            "Thu 2026-11-19  sitting not measured",
            "Fri 2026-11-20  sat 1 h 30 min at most, 2 stretches over 60 min",
            "Sat 2026-11-21  sitting not measured",
            "Sun 2026-11-22  sitting not measured",
            "Mon 2026-11-23  sat 1 h 50 min at most, 1 stretch over 60 min",
            "Tue 2026-11-24  sat 35 min at most, no stretch over 60 min",
            "Wed 2026-11-25  sat 0 min at most, no stretch over 60 min",
            "",
        ]
    );
    let totals: Vec<&&str> = lines.iter().filter(|l| l.starts_with("Sitting:")).collect();
    assert_eq!(
        totals,
        [&"Sitting: 1 h 50 min at most, 3 stretches over 60 min (4 days measured)"]
    );
    // A log without sitting records says so once, with no section of "not measured" days.
    let none = Home::with_log(Some("two-weeks.jsonl")).ok(&["stats"]);
    assert!(
        !none.contains("Sitting (") && none.contains("\nSitting: not measured\n"),
        "{none}"
    );
}

#[test]
fn the_long_sitting_threshold_follows_the_config() {
    let home = Home::with_log(Some("sitting.jsonl")).config("[stats]\nlong_sitting = \"30m\"\n");
    let stats = home.json(&["stats", "--json"]);
    let long: Vec<Value> = stats["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["long_sittings"].clone())
        .collect();
    // 20th: 82, 90, 45; 23rd: 40, 60, 45, 110; 24th: 35 (not 5 or 20).
    assert_eq!(
        long,
        [
            Value::Null,
            json!(3),
            Value::Null,
            Value::Null,
            json!(4),
            json!(1),
            json!(0)
        ]
    );
    assert_eq!(
        (
            &stats["totals"]["longest_sitting_min"],
            &stats["totals"]["long_sittings"]
        ),
        (&json!(110), &json!(8))
    );
    assert_eq!(stats["long_sitting_s"], 1800);
    assert!(
        home.ok(&["stats"])
            .contains("\nSitting: 1 h 50 min at most, 8 stretches over 30 min (4 days measured)\n")
    );
}

#[test]
fn log_says_what_the_marks_of_sitting_time_mean() {
    let home = Home::with_log(Some("sitting.jsonl"));
    let out = home.ok(&["log", "--since", "2026-11-24"]);
    assert_eq!(
        out,
        "2026-11-24 01:00  -          away           -  back after 40 min away (since 00:20)\n\
         2026-11-24 01:05  -          stopped        -  sitting no longer measured\n\
         2026-11-24 08:00  -          arrived        -  at the desk: sitting measured from here\n\
         2026-11-24 08:50  -          away           -  back after 30 min away (since 08:20)\n\
         2026-11-24 09:10  posture    done         4 s  Feet flat on the floor\n\
         2026-11-24 09:25  -          stopped        -  sitting no longer measured\n\
         2026-11-25 09:00  -          arrived        -  at the desk: sitting measured from here\n\
         2026-11-25 09:40  posture    done         6 s  Uncross your legs\n"
    );
}
