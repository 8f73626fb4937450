//! `log`: the latest records readably, and as they are logged.

use super::*;

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
