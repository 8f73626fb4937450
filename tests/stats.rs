//! `deskbreak stats` and `deskbreak log` on fixture logs, through the real binary.
//!
//! `tests/fixtures/logs/two-weeks.jsonl` holds ten days of records (2026-11-16 to 2026-11-25,
//! today) with a snooze chain, a natural break, drinks, relief episodes, a record from a newer
//! version with a field this one does not know, a record of an unknown outcome ("stretched"),
//! a damaged line (23) and a torn last line (37). The expected outputs beside it were checked
//! by hand against it: see the figures spelled out in `the_json_figures_are_exact`.
//!
//! `tests/fixtures/logs/sitting.jsonl` adds sitting records (arrived, away, stopped) among
//! prompts: its stretches are listed in `SITTING`.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-25";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs")
        .join(name)
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

/// A home directory with its own XDG directories, a log and (optionally) a config.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn with_log(log: Option<&str>) -> Home {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data/deskbreak")).unwrap();
        if let Some(name) = log {
            std::fs::copy(
                fixture(name),
                dir.path().join("data").join("deskbreak").join("acks.jsonl"),
            )
            .unwrap();
        }
        Home { dir }
    }

    fn config(self, text: &str) -> Home {
        std::fs::create_dir_all(self.dir.path().join("config/deskbreak")).unwrap();
        std::fs::write(self.dir.path().join("config/deskbreak/config.toml"), text).unwrap();
        self
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_deskbreak"));
        let path = |sub: &str| self.dir.path().join(sub);
        cmd.env_clear()
            .env("HOME", path("home"))
            .env("XDG_CONFIG_HOME", path("config"))
            .env("XDG_DATA_HOME", path("data"))
            .env("XDG_STATE_HOME", path("state"))
            .env("XDG_RUNTIME_DIR", path("run"))
            .env("TZ", "UTC")
            .env("DESKBREAK_TODAY", TODAY)
            .args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Stdout of a command that must succeed.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    fn acks(&self) -> PathBuf {
        self.dir.path().join("data").join("deskbreak").join("acks.jsonl")
    }
}

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

#[test]
fn log_shows_the_latest_records_readably() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    let all = read_fixture("two-weeks.log.txt");
    let all: Vec<&str> = all.lines().collect();
    assert_eq!(all.len(), 35, "37 lines, 2 of them damaged");
    let lines = |out: String| out.lines().map(str::to_string).collect::<Vec<_>>();

    let out = home.run(&["log", "-n", "4"]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "2026-11-24 15:30  -          relief         -\n\
         2026-11-25 09:35  posture    done        16 s  Feet flat on the floor\n\
         2026-11-25 10:20  movement   snoozed      8 s  Calf stretch\n\
         2026-11-25 10:30  movement   skipped      4 s  Calf stretch\n"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "deskbreak: {}: 2 damaged lines skipped (lines 23, 37)\n",
            home.acks().display()
        )
    );
    assert_eq!(lines(home.ok(&["log"])), all[all.len() - 20..], "20 by default");
    assert_eq!(lines(home.ok(&["log", "-n", "100"])), all);
    assert_eq!(
        lines(home.ok(&["log", "--since", "yesterday"])),
        all[25..],
        "all since, with no -n"
    );
    assert_eq!(lines(home.ok(&["log", "--since", "2026-11-24"])), all[25..]);
    assert_eq!(lines(home.ok(&["log", "--since", "today", "-n", "2"])), all[33..]);
    assert_eq!(
        lines(home.ok(&["log", "--since", "3d"])),
        all[20..],
        "23, 24 and 25 November"
    );
    assert!(all.contains(&"2026-11-19 12:30  -          drink          -  2 glasses of water"));
    assert!(all.contains(&"2026-11-24 12:00  -          stretched        -"));
    assert!(all.contains(&"2026-11-20 09:50  movement   missed         -  Calf stretch"));

    let out = home.run(&["log", "--since", "last week"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("\"last week\" is not a day: write 2026-11-25, today, yesterday, or 7d for the last 7 days")
    );
}

#[test]
fn log_json_prints_the_records_as_they_are_logged() {
    let home = Home::with_log(Some("two-weeks.jsonl"));
    let log = read_fixture("two-weeks.jsonl");
    let records: Vec<&str> = log.lines().collect();
    let out = home.ok(&["log", "--json", "-n", "3"]);
    assert_eq!(out, format!("{}\n", records[33..36].join("\n")));
    // The newer version's record keeps its unknown field.
    let out = home.ok(&["log", "--json", "--since", "2026-11-23", "-n", "3"]);
    assert!(!out.contains("mood"));
    let out = home.ok(&["log", "--json", "--since", "2026-11-23"]);
    assert!(out.contains("\"v\":2,") && out.contains("\"mood\":\"fine\""), "{out}");
}

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
