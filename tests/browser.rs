//! The headless Chromium helper (tests/common/chromium.rs) against small pages whose outcome is
//! known: it sees a clean page as clean, and it sees each kind of trouble that a test of a real
//! page relies on it to catch (a console error, a request off the machine, a blank screenshot, a
//! colour scheme that is not applied).

// Chromium's DevTools pipe is set up with Unix file descriptors; Debian's chromium is on Linux.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md).
pub mod common {
    pub mod chromium;
}

use common::chromium::{Media, Scheme, View, render, render_with};
use std::path::PathBuf;

/// Writes `html` as a page in `dir`.
fn page(dir: &tempfile::TempDir, html: &str) -> PathBuf {
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap();
    path
}

const CLEAN: &str = r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>clean</title>
<style>
  body { margin: 0; background: #fff; color: #222; font: 16px sans-serif; }
  h1 { color: #0a5; }
</style></head>
<body>
  <h1>Breaks this week</h1>
  <svg width="120" height="40" viewBox="0 0 120 40"><rect width="80" height="40" fill="#36c"/></svg>
  <p>Everything inline: no request leaves the page.</p>
</body></html>
"##;

#[test]
fn a_clean_page_has_no_problems_asks_for_itself_alone_and_is_not_blank() {
    let dir = tempfile::tempdir().unwrap();
    let rendered = render(&page(&dir, CLEAN), Scheme::Light, 400, 300);
    assert_eq!(rendered.problems, Vec::<String>::new());
    assert_eq!(rendered.requests, [rendered.url.as_str()]);
    assert!(rendered.url.starts_with("file:///") && rendered.url.ends_with("/page.html"));
    let image = rendered.image();
    assert_eq!((image.width, image.height), (400, 300));
    assert!(!rendered.is_blank());
    // The SVG's rectangle, drawn where the layout puts it, in its exact colour.
    assert!(image.rgba.chunks(4).any(|pixel| pixel == [0x33, 0x66, 0xcc, 0xff]));
    assert_eq!(image.pixel(399, 299), [0xff, 0xff, 0xff, 0xff]);
}

#[test]
fn a_request_off_the_page_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let html = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>img</title></head>
<body><p>remote picture:</p><img src="http://example.invalid/x.png" alt="x"></body></html>"#;
    let rendered = render(&page(&dir, html), Scheme::Light, 200, 100);
    assert_eq!(
        rendered.requests,
        [rendered.url.as_str(), "http://example.invalid/x.png"]
    );
    // It fails at once (no name resolves, and the proxy is not there), and the log says so.
    assert_eq!(
        rendered.problems,
        ["network error: Failed to load resource: net::ERR_PROXY_CONNECTION_FAILED (http://example.invalid/x.png)"]
    );
}

#[test]
fn a_console_error_and_an_uncaught_exception_are_problems() {
    let dir = tempfile::tempdir().unwrap();
    let html = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>boom</title></head>
<body><p>text</p>
<script>console.log("fine"); console.error("boom", 42); console.warn("careful");</script>
<script>throw new Error("bang");</script>
</body></html>"#;
    let path = page(&dir, html);
    let rendered = render(&path, Scheme::Light, 200, 100);
    assert_eq!(
        rendered.problems,
        [
            format!("console.error: boom 42 ({}:3)", rendered.url),
            format!("console.warn: careful ({}:3)", rendered.url),
            format!("exception: Error: bang\n    at {0}:4:15 ({0}:4)", rendered.url),
        ]
    );
    assert_eq!(rendered.requests, [rendered.url.as_str()]);
}

#[test]
fn a_page_of_one_colour_is_blank() {
    let dir = tempfile::tempdir().unwrap();
    let html = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title>
<style>html, body { margin: 0; background: #123456; }</style></head><body></body></html>"#;
    let rendered = render(&page(&dir, html), Scheme::Light, 300, 200);
    assert_eq!(rendered.problems, Vec::<String>::new());
    let image = rendered.image();
    assert_eq!((image.width, image.height, image.distinct_colours()), (300, 200, 1));
    assert_eq!(image.pixel(0, 0), [0x12, 0x34, 0x56, 0xff]);
    assert!(rendered.is_blank());
}

const SCHEMES: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>schemes</title>
<style>
  html, body { margin: 0; background: #fafafa; color: #111; }
  @media (prefers-color-scheme: dark) { html, body { background: #202124; color: #eee; } }
  @media print { html, body { background: #ffff00; } }
</style></head><body><p>Some text</p></body></html>"#;

#[test]
fn the_dark_scheme_is_applied() {
    let dir = tempfile::tempdir().unwrap();
    let path = page(&dir, SCHEMES);
    let light = render(&path, Scheme::Light, 200, 100);
    let dark = render(&path, Scheme::Dark, 200, 100);
    assert_eq!(light.image().pixel(0, 0), [0xfa, 0xfa, 0xfa, 0xff]);
    assert_eq!(dark.image().pixel(0, 0), [0x20, 0x21, 0x24, 0xff]);
    assert_eq!((light.problems.len(), dark.problems.len()), (0, 0));
}

#[test]
fn print_media_is_applied_and_expressions_are_evaluated() {
    let dir = tempfile::tempdir().unwrap();
    let html = SCHEMES.replace(
        "<p>Some text</p>",
        "<p id=\"said\">&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    );
    let view = View {
        scheme: Scheme::Light,
        media: Media::Print,
        width: 200,
        height: 100,
    };
    let expressions = [
        "document.getElementById('said').textContent",
        "document.querySelectorAll('script').length",
        "matchMedia('print').matches",
        "undefined",
    ];
    let rendered = render_with(&page(&dir, &html), view, &expressions);
    assert_eq!(
        rendered.values,
        [
            serde_json::json!("<script>alert(1)</script>"),
            serde_json::json!(0),
            serde_json::json!(true),
            serde_json::Value::Null,
        ]
    );
    assert_eq!(rendered.image().pixel(0, 0), [0xff, 0xff, 0x00, 0xff]);
}

#[test]
fn a_long_page_is_captured_whole() {
    let dir = tempfile::tempdir().unwrap();
    let html = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>long</title>
<style>html, body { margin: 0; background: #fff; } div { height: 1000px; background: #0f0; }
p { margin: 0; height: 500px; background: #f00; }</style></head><body><div></div><p></p></body></html>"#;
    let rendered = render(&page(&dir, html), Scheme::Light, 200, 100);
    let image = rendered.image();
    assert_eq!((image.width, image.height), (200, 1500));
    assert_eq!(image.pixel(0, 0), [0, 0xff, 0, 0xff]);
    assert_eq!(image.pixel(199, 1499), [0xff, 0, 0, 0xff]);
}
