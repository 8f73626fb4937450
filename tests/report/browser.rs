//! Without a browser the page is written and its path given; in headless Chromium, the week in
//! light, dark and print, a title of markup as text, and right to left in Arabic and Japanese.

use super::*;

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
