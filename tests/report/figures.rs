//! The fixture week figure by figure, every bar against `stats --json`, the snapshot, a month and
//! a year, and a title of markup shown as text.

use super::*;

#[test]
fn the_week_is_drawn_figure_by_figure() {
    let env = home_with("report-week.jsonl");
    let html = report(&env, &[]);

    assert!(html.contains("<title>deskbreak: Your week</title>"));
    assert!(html.contains("<h1>Your week with deskbreak</h1>"));
    assert!(html.contains("<p class=\"period\">Thursday 19 November 2026 to Wednesday 25 November 2026</p>"));

    // Thursday 19, by hand: done at 10:10, 11:05, 12:00, 14:15, 14:50, 15:45 and 16:25; one
    // snooze (15:35), two skips (09:20, 12:45), one miss (13:35). Friday's 12 records are the
    // tallest bar, 180 units high: 15 a record. Bottom up from the baseline at 202.
    let thursday = chart_day(&html, "prompts-chart", "2026-11-19");
    assert!(thursday.starts_with("<g data-day=\"2026-11-19\" data-total=\"11\">"));
    assert_eq!(
        columns(
            &elements(thursday, "rect", "data-outcome"),
            &["data-outcome", "data-count", "y", "height"]
        ),
        ["done 7 97 105", "snoozed 1 82 15", "skipped 2 52 30", "missed 1 37 15"]
    );
    // The numbers on the segments and the total over the bar.
    assert!(thursday.contains("text-anchor=\"middle\">7</text>"));
    assert!(thursday.contains("y=\"32\" text-anchor=\"middle\">11</text>"));
    assert_eq!(
        columns(
            &elements(chart_day(&html, "prompts-chart", "2026-11-22"), "g", "data-day"),
            &["data-total"]
        ),
        ["0"],
        "Sunday has no bar"
    );

    // Water: six drinks and two hydration prompts done make 8 glasses, the target; Tuesday's
    // 10 are the most, so a glass is 18 units.
    let water = elements(&html, "g", "data-glasses");
    assert_eq!(
        columns(&water, &["data-day", "data-glasses", "data-met"]),
        [
            "2026-11-19 8 true",
            "2026-11-20 7 false",
            "2026-11-21 3 false",
            "2026-11-22 0 false",
            "2026-11-23 8 true",
            "2026-11-24 10 true",
            "2026-11-25 7 false"
        ]
    );
    let thursday_water = chart_day(&html, "water-chart", "2026-11-19");
    assert!(thursday_water.contains("class=\"f-water\" x=\"29.4\" y=\"58\" width=\"64\" height=\"144\""));
    assert!(html.contains("<line class=\"target\" id=\"water-target\" x1=\"10\" x2=\"730\" y1=\"58\" y2=\"58\">"));

    // Sitting on Thursday, from arrived 08:50, away records and stopped 17:40. The hours run
    // from 08:00 to 19:00 (Monday's last stretch ends 18:30): 650 units for 11 hours, after 112
    // for the day's name.
    let sitting = elements(chart_day(&html, "sitting-chart", "2026-11-19"), "rect", "data-start");
    assert_eq!(
        columns(
            &sitting,
            &[
                "data-start",
                "data-end",
                "data-minutes",
                "data-long",
                "data-longest",
                "x",
                "width"
            ]
        ),
        [
            "08:50 09:35 45 false - 161.2 44.3",
            "09:45 10:25 40 false - 215.4 39.4",
            "10:35 12:30 115 true true 264.7 113.3",
            "13:15 14:10 55 false - 422.2 54.2",
            "14:20 15:40 80 true - 486.2 78.8",
            "15:55 17:40 105 true - 579.8 103.4",
        ]
    );
    assert!(
        chart_day(&html, "sitting-chart", "2026-11-19").contains(">1 h 55 min</text>"),
        "the longest is named"
    );
    let saturday = chart_day(&html, "sitting-chart", "2026-11-21");
    assert!(saturday.starts_with("<g data-day=\"2026-11-21\" data-measured=\"false\">"));
    assert!(saturday.contains(">not measured</text>"));
    assert!(html.contains(
        "<p id=\"sitting-summary\">Your longest stretch: 4 h, on Monday 23 November 2026 from 14:30 to 18:30. \
         12 stretches were longer than 60 min: stand up and move before that.</p>"
    ));

    // Four relief episodes in three days: more than `advise_after` (3) within `within` (7 days).
    assert!(html.contains(
        "You logged numb legs 4 times: Monday 23 November (1), Tuesday 24 November (1), Wednesday 25 November (2)."
    ));
    assert!(html.contains(
        "<p class=\"advice\" id=\"advice\">It came back several times in a short while. Numbness that persists, \
         worsens, or comes with weakness or pain should be seen by a healthcare professional.</p>"
    ));
    assert!(html.contains("<div id=\"card-streak\"><b>5 days</b>"));
}

#[test]
fn every_bar_agrees_with_stats() {
    let env = home_with("report-week.jsonl");
    let html = report(&env, &["--days", "10"]);
    let stats: Value = serde_json::from_slice(&run(&env, &["stats", "--json", "--days", "10"]).stdout).unwrap();
    let days = stats["days"].as_array().unwrap();
    assert_eq!(days.len(), 10);
    assert!(html.contains("<title>deskbreak: Your last 10 days</title>"));
    for day in days {
        let date = day["date"].as_str().unwrap();
        let bars = elements(chart_day(&html, "prompts-chart", date), "rect", "data-outcome");
        for outcome in ["done", "snoozed", "skipped", "missed", "natural"] {
            let drawn = bars
                .iter()
                .find(|b| b["data-outcome"] == outcome)
                .map_or(0, |b| b["data-count"].parse::<u64>().unwrap());
            assert_eq!(drawn, day[outcome].as_u64().unwrap(), "{date} {outcome}");
        }
        let water = elements(chart_day(&html, "water-chart", date), "g", "data-glasses");
        assert_eq!(water[0]["data-glasses"], day["water"].to_string(), "{date}");
        let measured = elements(chart_day(&html, "sitting-chart", date), "g", "data-measured");
        assert_eq!(
            measured[0]["data-measured"],
            (!day["longest_sitting_min"].is_null()).to_string(),
            "{date}"
        );
    }
}

/// The whole page, as checked in: any change to it shows here. `DESKBREAK_BLESS=1` writes the
/// new page over the snapshot, to be read and committed with the change.
#[test]
fn the_page_is_the_snapshot() {
    let env = home_with("report-week.jsonl");
    let html = report(&env, &[]);
    let snapshot = fixture("report-week.html");
    if std::env::var_os("DESKBREAK_BLESS").is_some() {
        std::fs::write(&snapshot, &html).unwrap();
    }
    assert_eq!(html, std::fs::read_to_string(snapshot).unwrap());
}

#[test]
fn a_month_draws_thirty_days_a_year_is_the_most_and_a_log_without_prompts_says_so() {
    let env = home_with("report-week.jsonl");
    let html = report(&env, &["--month"]);
    assert!(html.contains("<title>deskbreak: Your month</title>"));
    assert_eq!(elements(&html, "g", "data-total").len(), 30);
    assert_eq!(elements(&html, "g", "data-glasses").len(), 30);
    assert_eq!(elements(&html, "g", "data-measured").len(), 30);

    let out = run(&env, &["report", "--days", "367", "--out", "never.html"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "deskbreak: a report draws at most 366 days (a year); `deskbreak stats --days 367` sums up longer spans\n"
    );

    let empty = TestEnv::new(QUICK);
    let html = report(&empty, &["--days", "3"]);
    assert!(html.contains("<h2>No prompts in these days</h2>"));
    assert!(html.contains("<p id=\"sitting-unmeasured\">Sitting was not measured in these days"));
    assert!(html.contains("<p>No episode of numb legs was logged in these days.</p>"));
}

#[test]
fn a_prompt_titled_with_markup_shows_as_text() {
    let title = "<script>alert(1)</script>";
    // No notification server is needed: the prompt waits for its answer all the same, and this
    // runs on Windows (under Wine) too.
    let env = TestEnv::without_notifications(&format!(
        "{QUICK}\n[prompts]\nbuiltin = false\n\n[[prompts.custom]]\ncategory = \"posture\"\ntitle = \"{title}\"\n\
         text = \"Sit back & <b>relax</b>.\"\nid = \"posture.mine\"\n"
    ));
    let daemon = env.start_daemon();
    env.ok(&["now"]);
    env.ok(&["skip"]);
    assert_eq!(env.wait_for_acks(1)[0]["title"], title);
    env.ok(&["quit"]);
    daemon.wait_exit();

    let page = env.path("page.html");
    let out = env
        .cmd()
        .args(["report", "--out", page.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(page).unwrap();
    assert!(
        html.contains(
            "<li data-prompt=\"posture.mine\">&lt;script&gt;alert(1)&lt;/script&gt; <span class=\"note\">(posture.mine)</span>: skipped once</li>"
        ),
        "{html}"
    );
    assert!(
        !html.contains("<script"),
        "no script element, from the title or otherwise"
    );
}
