//! A local HTML file rendered by headless Chromium, and what happened: the console's complaints,
//! every URL the page asked for, a screenshot, and the values of expressions evaluated in the
//! loaded page. Needs no other helper module.
//!
//! Chromium is Debian's `chromium` on `PATH`, or the program `$DESKBREAK_CHROMIUM` names; without
//! it a render panics (`scripts/test` installs it), so that CI never skips in silence. It speaks
//! the DevTools protocol over `--remote-debugging-pipe`: commands go in on its fd 3, replies and
//! events come out on its fd 4, each a JSON message ended by a NUL byte.
//!
//! Every render starts a Chromium of its own, with a fresh profile, in a process group of its
//! own that is killed whole when the render ends, by a panic too. It has no way out: HTTP goes to
//! a proxy on the discard port of 127.0.0.1, where nothing listens, and every host that bypasses
//! it (loopback) or that something else looks up resolves to nothing, so a request that the page
//! makes is seen (in `requests`) and fails at once, on this machine.

use base64::Engine as _;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, PipeWriter, Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod browser;
mod console;

use browser::Browser;
use console::{exception_text, problem};

/// How long Chromium may take over any one step (starting, loading, answering a command).
pub const DEADLINE: Duration = Duration::from_secs(60);

/// The colour scheme the page is told the person prefers (`prefers-color-scheme`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

/// The CSS media type the page is laid out for: `screen`, or `print` as when printing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    Screen,
    Print,
}

/// How the page is shown: a viewport of `width` × `height` CSS pixels at one device pixel each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub scheme: Scheme,
    pub media: Media,
    pub width: u32,
    pub height: u32,
}

/// What happened while a page loaded, up to its screenshot.
#[derive(Debug)]
pub struct Rendered {
    /// The page's own `file:` URL, as `requests` has it.
    pub url: String,
    /// Console messages of level error or warning (`console.error`, `console.warn`,
    /// `console.assert`), uncaught exceptions, and the browser's log entries of level error or
    /// warning (a resource that failed to load, a blocked script), each as its text and the URL
    /// it came from.
    pub problems: Vec<String>,
    /// Every URL the page asked for (`Network.requestWillBeSent`), its own first; `data:` URLs
    /// (an inline image) too.
    pub requests: Vec<String>,
    /// The values of the expressions that `render_with` was given, in order, evaluated once the
    /// page had loaded (`null` for `undefined`).
    pub values: Vec<Value>,
    /// The screenshot, as PNG: the whole page, at least the viewport.
    pub png: Vec<u8>,
}

impl Rendered {
    /// The screenshot, decoded.
    pub fn image(&self) -> Image {
        Image::decode(&self.png)
    }

    /// Whether every pixel of the screenshot has the same colour.
    pub fn is_blank(&self) -> bool {
        self.image().distinct_colours() == 1
    }
}

/// A decoded picture: 8-bit RGBA, row by row from the top left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Image {
    /// Decodes a PNG of any colour type and depth into 8-bit RGBA; panics on anything else.
    pub fn decode(png: &[u8]) -> Image {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buffer = vec![0; reader.output_buffer_size().expect("a PNG of a sane size")];
        let frame = reader.next_frame(&mut buffer).expect("a PNG's pixels");
        buffer.truncate(frame.buffer_size());
        let rgba = match frame.color_type {
            png::ColorType::Rgba => buffer,
            png::ColorType::Rgb => buffer.chunks(3).flat_map(|p| [p[0], p[1], p[2], 255]).collect(),
            png::ColorType::GrayscaleAlpha => buffer.chunks(2).flat_map(|p| [p[0], p[0], p[0], p[1]]).collect(),
            png::ColorType::Grayscale => buffer.iter().flat_map(|&g| [g, g, g, 255]).collect(),
            png::ColorType::Indexed => unreachable!("normalize_to_color8 expands palettes"),
        };
        Image {
            width: frame.width,
            height: frame.height,
            rgba,
        }
    }

    /// The colour of the pixel `x` from the left and `y` from the top, as RGBA.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        assert!(
            x < self.width && y < self.height,
            "({x}, {y}) is outside {}×{}",
            self.width,
            self.height
        );
        let at = (y as usize * self.width as usize + x as usize) * 4;
        self.rgba[at..at + 4].try_into().unwrap()
    }

    /// How many different colours the picture has: 1 for a blank one.
    pub fn distinct_colours(&self) -> usize {
        let colours: std::collections::HashSet<&[u8]> = self.rgba.chunks(4).collect();
        colours.len()
    }
}

/// Renders `page` in the light or dark scheme on a `width` × `height` screen.
pub fn render(page: &Path, scheme: Scheme, width: u32, height: u32) -> Rendered {
    let view = View {
        scheme,
        media: Media::Screen,
        width,
        height,
    };
    render_with(page, view, &[])
}

/// Renders `page` as `view` says, and evaluates each of `expressions` (JavaScript, whose value
/// must be JSON) in the page once it has loaded. Panics, with Chromium's stderr, if Chromium is
/// missing, dies, or takes longer than `DEADLINE` over a step.
pub fn render_with(page: &Path, view: View, expressions: &[&str]) -> Rendered {
    let url = file_url(page);
    let mut browser = Browser::launch();

    let target = browser.call(None, "Target.createTarget", json!({ "url": "about:blank" }));
    let target = &target["targetId"];
    let session = browser.call(
        None,
        "Target.attachToTarget",
        json!({ "targetId": target, "flatten": true }),
    );
    let session = session["sessionId"].as_str().expect("a session id").to_owned();
    let session = Some(session.as_str());
    for domain in ["Page", "Runtime", "Log", "Network"] {
        browser.call(session, &format!("{domain}.enable"), json!({}));
    }
    browser.call(session, "Page.setLifecycleEventsEnabled", json!({ "enabled": true }));
    browser.call(
        session,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": view.width, "height": view.height, "deviceScaleFactor": 1, "mobile": false }),
    );
    let scheme = match view.scheme {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
    };
    let media = match view.media {
        Media::Screen => "screen",
        Media::Print => "print",
    };
    browser.call(
        session,
        "Emulation.setEmulatedMedia",
        json!({ "media": media, "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
    );

    let navigation = browser.call(session, "Page.navigate", json!({ "url": url }));
    if let Some(error) = navigation.get("errorText") {
        browser.fail(&format!("could not load {url}: {error}"));
    }
    // The load event of this navigation, not of the about:blank before it.
    let loader = navigation["loaderId"].clone();
    browser.wait_for_event("the page's load event", |event| {
        event["sessionId"].as_str() == session
            && event["method"] == "Page.lifecycleEvent"
            && event["params"]["name"] == "load"
            && event["params"]["loaderId"] == loader
    });

    let values = expressions
        .iter()
        .map(|expression| {
            let reply = browser.call(
                session,
                "Runtime.evaluate",
                json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
            );
            if let Some(exception) = reply.get("exceptionDetails") {
                browser.fail(&format!("threw on `{expression}`: {}", exception_text(exception)));
            }
            reply["result"].get("value").cloned().unwrap_or(Value::Null)
        })
        .collect();

    // The whole page: the content's size (at least the viewport's), at one pixel a CSS pixel.
    let metrics = browser.call(session, "Page.getLayoutMetrics", json!({}));
    let size = &metrics["cssContentSize"];
    let screenshot = browser.call(
        session,
        "Page.captureScreenshot",
        json!({
            "format": "png",
            "captureBeyondViewport": true,
            "clip": {
                "x": 0,
                "y": 0,
                "width": size["width"].as_f64().unwrap_or(view.width.into()).ceil(),
                "height": size["height"].as_f64().unwrap_or(view.height.into()).ceil(),
                "scale": 1,
            },
        }),
    );
    let png = base64::engine::general_purpose::STANDARD
        .decode(screenshot["data"].as_str().expect("a screenshot"))
        .expect("a base64 screenshot");

    let events: Vec<&Value> = browser
        .events
        .iter()
        .filter(|event| event["sessionId"].as_str() == session)
        .collect();
    let problems = events.iter().filter_map(|event| problem(event)).collect();
    let requests = events
        .iter()
        .filter(|event| event["method"] == "Network.requestWillBeSent")
        .map(|event| {
            event["params"]["request"]["url"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    browser.close();
    Rendered {
        url,
        problems,
        requests,
        values,
        png,
    }
}

/// The page's absolute `file:` URL, every byte but the unreserved ones and `/` percent-encoded.
fn file_url(page: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let page = page
        .canonicalize()
        .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    let mut url = String::from("file://");
    for &byte in page.as_os_str().as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

/// Chromium on `PATH`, or the program `$DESKBREAK_CHROMIUM` names.
fn program() -> PathBuf {
    if let Some(program) = std::env::var_os("DESKBREAK_CHROMIUM") {
        return program.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|program| program.is_file())
        .unwrap_or_else(|| {
            panic!(
                "headless Chromium renders the pages under test, and there is no `chromium` on \
                 PATH: install Debian's chromium (`apt-get install chromium`, which scripts/test \
                 does), or name another in DESKBREAK_CHROMIUM"
            )
        })
}
