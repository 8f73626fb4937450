//! `deskbreak report`: the page drawn from a fixture log, figure by figure and whole; the same
//! page in headless Chromium (Debian's `chromium`), in light, dark and print; a prompt title that
//! is markup, from the config through the real daemon to the page; and a page that no browser
//! can open.
//!
//! `tests/fixtures/logs/report-week.jsonl` holds a week (2026-11-19 to 2026-11-25, today) of
//! prompts, drinks, sitting records and four relief episodes; Saturday has prompts but no
//! sitting records, Sunday nothing. The figures of Thursday 19 are worked out by hand below.

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod bus;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod chromium;
    pub mod env;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod gsettings;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod notifications;
    pub mod wait;
}

use common::env::{QUICK, TestEnv};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

const TODAY: &str = "2026-11-25";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs")
        .join(name)
}

/// A home whose log is the fixture `log`.
fn home_with(log: &str) -> TestEnv {
    let env = TestEnv::new(QUICK);
    std::fs::create_dir_all(env.acks_path().parent().unwrap()).unwrap();
    std::fs::copy(fixture(log), env.acks_path()).unwrap();
    env
}

/// `deskbreak ARGS` on `TODAY`.
fn run(env: &TestEnv, args: &[&str]) -> Output {
    env.cmd().env("DESKBREAK_TODAY", TODAY).args(args).output().unwrap()
}

/// `deskbreak report ARGS --out FILE` must succeed, print the file's path and nothing else;
/// returns the page.
fn report(env: &TestEnv, args: &[&str]) -> String {
    let page = env.path("page.html");
    let out = run(env, &[&["report", "--out", page.to_str().unwrap()], args].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{}\n", page.display()));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "", "--out alone opens nothing");
    std::fs::read_to_string(page).unwrap()
}

/// The attributes of every `tag` element of `html` that has attribute `marker`, in order: the
/// page's figures, read back as a browser would find them.
fn elements(html: &str, tag: &str, marker: &str) -> Vec<BTreeMap<String, String>> {
    let open = format!("<{tag} ");
    html.match_indices(&open)
        .map(|(at, _)| {
            let rest = &html[at + open.len()..];
            let attributes = &rest[..rest.find('>').unwrap()];
            let mut map = BTreeMap::new();
            let mut text = attributes;
            while let Some(eq) = text.find("=\"") {
                let name = text[..eq].trim().to_string();
                let value_end = text[eq + 2..].find('"').unwrap();
                map.insert(name, text[eq + 2..eq + 2 + value_end].to_string());
                text = &text[eq + 2 + value_end + 1..];
            }
            map
        })
        .filter(|m| m.contains_key(marker))
        .collect()
}

/// `keys` of each element, as one string per element: "done 7 97 105".
fn columns(elements: &[BTreeMap<String, String>], keys: &[&str]) -> Vec<String> {
    elements
        .iter()
        .map(|e| {
            keys.iter()
                .map(|k| e.get(*k).map_or("-", String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The elements of `day` within the group `<g data-day="DAY" ...>` of the chart `id`.
fn chart_day<'a>(html: &'a str, id: &str, day: &str) -> &'a str {
    let chart = &html[html.find(&format!("id=\"{id}\"")).unwrap()..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    let group = &chart[chart.find(&format!("<g data-day=\"{day}\"")).unwrap()..];
    &group[..group.find("</g>").unwrap()]
}

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

/// `xdg-open` missing, then failing (Windows' `start` and macOS' `open` are always there).
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn without_a_browser_the_page_is_written_and_its_path_given() {
    let env = home_with("report-week.jsonl");
    // A PATH with nothing on it: no xdg-open (`deskbreak` itself is run by its full path).
    let nothing = env.path("empty-bin");
    std::fs::create_dir_all(&nothing).unwrap();
    let out = env
        .cmd()
        .env("PATH", &nothing)
        .env("DESKBREAK_TODAY", TODAY)
        .args(["report", "--week"])
        .output()
        .unwrap();
    let page = env.path("cache/deskbreak/report.html");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{}\n", page.display()));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "deskbreak: cannot open the report in a browser: No program to open it is installed (tried xdg-open, \
             gio, gnome-open, kde-open6, kde-open5, kde-open); on Debian and Ubuntu: sudo apt install xdg-utils. The \
             page is {}: open it in your browser.\n",
            page.display()
        )
    );
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("<h1>Your week with deskbreak</h1>")
    );

    // An opener that finds no application for HTML files: its verdict, and the path.
    let bin = env.path("opener-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        "#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = env
        .cmd()
        .env("PATH", &bin)
        .env("DESKBREAK_TODAY", TODAY)
        .args([
            "report",
            "--out",
            env.path("elsewhere.html").to_str().unwrap(),
            "--open",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "deskbreak: cannot open the report in a browser: No application opens it (xdg-open: exit status: 3). \
             The page is {}: open it in your browser.\n",
            env.path("elsewhere.html").display()
        )
    );
}

/// The fixture week in Chromium: no console problem, no request but the page itself, a drawing
/// that is not blank, and the figures where the browser lays them out. The light screenshot is
/// the README's (`DESKBREAK_SCREENSHOT=docs/report.png` writes it there).
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn chromium_shows_the_week_without_a_problem_or_a_request_in_light_dark_and_print() {
    use common::chromium::{Media, Scheme, View, render_with};
    let env = home_with("report-week.jsonl");
    report(&env, &[]);
    let page = env.path("page.html");
    let expressions = [
        "document.querySelectorAll('script').length",
        "document.querySelectorAll('#prompts-chart rect[data-outcome]').length",
        // Thursday's done segment as laid out: 7 records of 15 units each.
        "document.querySelector('#prompts-chart g[data-day=\"2026-11-19\"] rect[data-outcome=\"done\"]').getBBox().height",
        "getComputedStyle(document.querySelector('#prompts-chart rect[data-outcome=\"done\"]')).fill",
        "getComputedStyle(document.querySelector('#prompts-chart rect[data-outcome=\"snoozed\"]')).fill",
        "getComputedStyle(document.body).backgroundColor",
        "Math.round(document.querySelector('#sitting-chart rect[data-longest]').getBBox().width * 10) / 10",
    ];
    let view = |scheme, media| View {
        scheme,
        media,
        width: 1000,
        height: 800,
    };
    let light = render_with(&page, view(Scheme::Light, Media::Screen), &expressions);
    let dark = render_with(&page, view(Scheme::Dark, Media::Screen), &expressions);
    let print = render_with(&page, view(Scheme::Dark, Media::Print), &expressions);
    for (name, rendered) in [("light", &light), ("dark", &dark), ("print", &print)] {
        assert_eq!(rendered.problems, Vec::<String>::new(), "{name}");
        assert_eq!(rendered.requests, [rendered.url.as_str()], "{name}: the page alone");
        assert!(!rendered.is_blank(), "{name}");
        let image = rendered.image();
        assert!(image.height > 2000, "{name}: the whole page, {} px", image.height);
        assert!(image.distinct_colours() > 50, "{name}: drawn in many colours");
    }
    use serde_json::json;
    assert_eq!(
        light.values,
        [
            json!(0),
            json!(22),
            json!(105),
            json!("rgb(46, 125, 50)"),
            json!("url(\"#p-snoozed\")"),
            json!("rgb(255, 255, 255)"),
            json!(113.3)
        ]
    );
    assert_eq!(
        (&dark.values[3], &dark.values[5]),
        (&json!("rgb(102, 187, 106)"), &json!("rgb(21, 25, 29)")),
        "dark colours where the desktop asks for them"
    );
    assert_eq!(
        (&print.values[3], &print.values[5]),
        (&json!("rgb(46, 125, 50)"), &json!("rgb(255, 255, 255)")),
        "paper is light, whatever the screen's scheme"
    );
    assert_eq!(light.image().pixel(2, 2), [0xff, 0xff, 0xff, 0xff]);
    assert_eq!(dark.image().pixel(2, 2), [0x15, 0x19, 0x1d, 0xff]);
    if let Some(path) = std::env::var_os("DESKBREAK_SCREENSHOT") {
        std::fs::write(path, &light.png).unwrap();
    }
}

/// A title that is markup, in the log, shows in the browser as the words it is.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn chromium_shows_a_title_of_markup_as_text() {
    use common::chromium::{Media, Scheme, View, render_with};
    let env = home_with("report-week.jsonl");
    let mut log = std::fs::read_to_string(env.acks_path()).unwrap();
    log.push_str(
        r#"{"v":1,"time":"2026-11-25T17:00:10.000+01:00","prompt":"posture.mine","category":"posture","outcome":"skipped","shown":"2026-11-25T17:00:00.000+01:00","via":"cli","title":"<script>alert(1)</script><img src=x onerror=alert(2)>"}"#,
    );
    log.push('\n');
    std::fs::write(env.acks_path(), log).unwrap();
    report(&env, &[]);
    let view = View {
        scheme: Scheme::Light,
        media: Media::Screen,
        width: 800,
        height: 600,
    };
    let rendered = render_with(
        &env.path("page.html"),
        view,
        &[
            "document.querySelector('#skipped li[data-prompt=\"posture.mine\"]').textContent",
            "document.querySelectorAll('script, img').length",
        ],
    );
    assert_eq!(rendered.problems, Vec::<String>::new());
    assert_eq!(rendered.requests, [rendered.url.as_str()]);
    assert_eq!(
        rendered.values,
        [
            serde_json::json!("<script>alert(1)</script><img src=x onerror=alert(2)> (posture.mine): skipped once"),
            serde_json::json!(0)
        ]
    );
}

/// The page in the person's language: in Arabic it reads right to left (`dir="rtl"`, the first
/// day's bar on the right), in Japanese with its own script and dates; no console problem in
/// either. `DESKBREAK_SCREENSHOT_DIR` keeps the screenshots, to look at.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn chromium_shows_the_week_right_to_left_in_arabic_and_in_japanese() {
    use common::chromium::{Media, Scheme, View, render_with};
    let week = [
        "2026-11-19",
        "2026-11-20",
        "2026-11-21",
        "2026-11-23",
        "2026-11-24",
        "2026-11-25",
    ];
    for (locale, lang, dir) in [("ar_EG.UTF-8", "ar", "rtl"), ("ja_JP.UTF-8", "ja", "ltr")] {
        let env = home_with("report-week.jsonl");
        let page = env.path("page.html");
        let out = env
            .cmd()
            .env("DESKBREAK_TODAY", TODAY)
            .env("LANG", locale)
            .args(["report", "--out", page.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let expressions = [
            "document.documentElement.lang",
            "document.documentElement.dir",
            "getComputedStyle(document.body).direction",
            // The days that have a bar, from the left of the chart to its right.
            "Array.from(document.querySelectorAll('#prompts-chart g[data-day]')).filter(g => g.getBBox().width > 0)\
             .sort((a, b) => a.getBBox().x - b.getBBox().x).map(g => g.dataset.day)",
            "document.querySelector('h1').textContent",
        ];
        let view = View {
            scheme: Scheme::Light,
            media: Media::Screen,
            width: 1000,
            height: 800,
        };
        let rendered = render_with(&page, view, &expressions);
        assert_eq!(rendered.problems, Vec::<String>::new(), "{lang}");
        assert!(!rendered.is_blank(), "{lang}");
        let mut days: Vec<&str> = week.to_vec();
        if dir == "rtl" {
            days.reverse();
        }
        use serde_json::json;
        assert_eq!(
            rendered.values[..4],
            [json!(lang), json!(dir), json!(dir), json!(days)],
            "{lang}"
        );
        let heading = rendered.values[4].as_str().unwrap();
        let script = |c: char| match lang {
            "ar" => ('\u{0600}'..='\u{06FF}').contains(&c),
            _ => ('\u{3040}'..='\u{30FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c),
        };
        assert!(heading.chars().any(script), "{lang}: {heading}");
        if let Some(dir) = std::env::var_os("DESKBREAK_SCREENSHOT_DIR") {
            std::fs::write(Path::new(&dir).join(format!("report-{lang}.png")), &rendered.png).unwrap();
        }
    }
}
