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
#[path = "../common"]
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

// Chromium and xdg-open: Linux and the BSDs.
#[cfg(all(unix, not(target_os = "macos")))]
mod browser;
mod figures;
