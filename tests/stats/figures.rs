//! `stats` in JSON, text and CSV: exact figures, formats and their aliases, the streak, a month.

use super::*;

#[test]
fn the_json_figures_are_exact() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    let stats = home.json(&["stats", "--json"]);
    // The whole document, as checked in...
    assert_eq!(
        stats,
        serde_json::from_str::<Value>(&read_fixture("two-weeks.stats.json")).unwrap()
    );
    // ...and the figures that matter, worked out from the fixture by hand.
    assert_eq!(
        (&stats["from"], &stats["to"]),
        (&json!("2026-11-19"), &json!("2026-11-25"))
    );
    assert_eq!(
        stats["totals"],
        json!({"shown": 19, "done": 13, "snoozed": 2, "skipped": 4, "missed": 1, "natural": 1,
               "done_ratio": 0.684, "water": 8, "relief": 2, "unknown": 1,
               "longest_sitting_min": null, "long_sittings": null})
    );
    // Thursday: a snooze and then done (one prompt, not two), a hydration prompt done and a
    // drink of 2 glasses (3 glasses).
    assert_eq!(
        stats["days"][0],
        json!({"date": "2026-11-19", "shown": 4, "done": 3, "snoozed": 1, "skipped": 1, "missed": 0,
               "natural": 0, "done_ratio": 0.75, "water": 3, "relief": 0, "unknown": 0,
               "longest_sitting_min": null, "long_sittings": null})
    );
    // The log has no sitting records (its daemon measured none): no day has sitting figures.
    for day in stats["days"].as_array().unwrap() {
        assert_eq!(
            (&day["longest_sitting_min"], &day["long_sittings"]),
            (&Value::Null, &Value::Null)
        );
    }
    assert_eq!(stats["long_sitting_s"], 3600);
    // Friday's natural break is shown but neither done nor missed.
    assert_eq!(
        (
            &stats["days"][1]["natural"],
            &stats["days"][1]["missed"],
            &stats["days"][1]["shown"]
        ),
        (&json!(1), &json!(1), &json!(4))
    );
    assert_eq!(
        stats["categories"],
        json!([
            {"category": "posture", "shown": 7, "done": 6, "adherence": 0.857},
            {"category": "movement", "shown": 7, "done": 2, "adherence": 0.286},
            {"category": "hydration", "shown": 5, "done": 5, "adherence": 1.0},
        ])
    );
    // 19 answers (done, snoozed, skipped; a missed prompt is not an answer) in 339 s.
    assert_eq!(
        (&stats["answers"], &stats["average_answer_s"]),
        (&json!(19), &json!(17.8))
    );
    assert_eq!(
        stats["most_skipped"][0],
        json!({"prompt": "movement.ankle-circles", "title": "Ankle circles", "skipped": 2})
    );
    // Today (1 of 2) is still going, Tuesday and Monday reach 70 %, the weekend has no
    // prompts, Friday (2 of 4) breaks the streak.
    assert_eq!(
        (&stats["streak_days"], &stats["streak_threshold"]),
        (&json!(2), &json!(0.7))
    );
    assert_eq!(
        stats["unknown_outcomes"],
        json!([{"outcome": "stretched", "records": 1}])
    );
    assert_eq!(
        (&stats["damaged_lines"], &stats["damaged_line_numbers"]),
        (&json!(2), &json!([23, 37]))
    );
}

#[test]
fn the_text_is_a_plain_chart_with_no_color_or_when_piped() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    let expected = read_fixture("two-weeks.stats.txt");
    let out = home.cmd(&["stats"]).env("NO_COLOR", "1").output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    assert_eq!(home.ok(&["stats", "--week"]), expected, "piped: no colour either");
    assert!(expected.contains("Thu 2026-11-19  ████████████▓▓▓▓▒▒▒▒     3   1    1    0   0    3/8       0\n"));
}

#[test]
fn the_csv_holds_the_same_figures_as_the_json() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    let csv = home.ok(&["stats", "--csv"]);
    assert_eq!(csv, read_fixture("two-weeks.stats.csv"));
    let json = home.json(&["stats", "--json"]);
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.split(',').collect()).collect();
    let find = |section: &str, key: &str, metric: &str| -> &str {
        rows.iter()
            .find(|r| r[..3] == [section, key, metric])
            .unwrap_or_else(|| panic!("no row {section},{key},{metric}"))[3]
    };
    assert_eq!(find("summary", "", "streak_days"), json["streak_days"].to_string());
    assert_eq!(
        find("totals", "", "done_ratio"),
        json["totals"]["done_ratio"].to_string()
    );
    assert_eq!(find("days", "2026-11-24", "water"), "3");
    assert_eq!(find("days", "2026-11-21", "done_ratio"), "", "null is an empty cell");
    assert_eq!(find("categories", "movement", "adherence"), "0.286");
    assert_eq!(
        find("most_skipped", "posture.uncross-legs", "title"),
        "Uncross your legs"
    );
    // One row per figure: every number of the JSON is in the CSV.
    fn leaves(v: &Value) -> usize {
        match v {
            Value::Object(m) => m.values().map(leaves).sum(),
            Value::Array(a) => a.iter().map(leaves).sum(),
            _ => 1,
        }
    }
    let keys = json["days"].as_array().unwrap().len()
        + json["categories"].as_array().unwrap().len()
        + json["most_skipped"].as_array().unwrap().len()
        + json["unknown_outcomes"].as_array().unwrap().len();
    assert_eq!(rows.len(), leaves(&json) - keys);
}

#[test]
fn format_prints_exactly_what_its_alias_prints() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    let json = home.ok(&["stats", "--format", "json"]);
    assert_eq!(json, home.ok(&["stats", "--json"]));
    assert_eq!(
        serde_json::from_str::<Value>(&json).unwrap(),
        serde_json::from_str::<Value>(&read_fixture("two-weeks.stats.json")).unwrap()
    );
    let csv = home.ok(&["stats", "--format", "csv"]);
    assert_eq!(csv, home.ok(&["stats", "--csv"]));
    assert_eq!(csv, read_fixture("two-weeks.stats.csv"));
    let text = home.ok(&["stats", "--format", "text"]);
    assert_eq!(text, home.ok(&["stats"]));
    assert_eq!(text, read_fixture("two-weeks.stats.txt"));
    assert_eq!(
        home.ok(&["stats", "--month", "--format", "csv"]),
        home.ok(&["stats", "--month", "--csv"])
    );
}

#[test]
fn format_and_an_alias_or_two_aliases_are_refused() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    for args in [
        ["stats", "--json", "--format", "json"],
        ["stats", "--csv", "--format", "text"],
        ["stats", "--json", "--csv", "--week"],
    ] {
        let out = home.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = home.run(&["stats", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[possible values: text, json, csv]"));
}

#[test]
fn the_streak_reaches_back_past_the_window_and_follows_the_config() {
    let home = Home::with_log(Some("two-weeks.jsonl"))
        .config("[stats]\nstreak_threshold = \"50%\"\n\n[water]\ndaily_target = 3\n");
    let stats = home.json(&["stats", "--days", "3", "--json"]);
    // At 50 % every day with prompts counts, back to the first one: 8 days, 3 in the window.
    assert_eq!(stats["streak_days"], 8);
    assert_eq!(stats["streak_threshold"], 0.5);
    assert_eq!(stats["days"].as_array().unwrap().len(), 3);
    assert_eq!(
        (&stats["water_target"], &stats["water_days_met"]),
        (&json!(3), &json!(1))
    );

    let bad = Home::with_log(None).config("[stats]\nstreak_threshold = \"170%\"\n");
    let out = bad.run(&["stats"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("config.toml:2:20: `stats.streak_threshold` must be between \"0%\" and \"100%\""),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_month_is_thirty_days_and_an_empty_log_gives_zeros() {
    let home = Home::with_log(None);
    let stats = home.json(&["stats", "--month", "--json"]);
    assert_eq!(
        (&stats["from"], &stats["to"]),
        (&json!("2026-10-27"), &json!("2026-11-25"))
    );
    assert_eq!(stats["days"].as_array().unwrap().len(), 30);
    assert_eq!(
        (&stats["totals"]["shown"], &stats["streak_days"]),
        (&json!(0), &json!(0))
    );
    assert_eq!(stats["average_answer_s"], Value::Null);
    assert_eq!(home.ok(&["log"]), "");
    let out = home.run(&["stats", "--week", "--month"]);
    assert_eq!(out.status.code(), Some(2));
}
