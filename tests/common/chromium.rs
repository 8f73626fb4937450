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

/// The problem an event reports, if it reports one.
fn problem(event: &Value) -> Option<String> {
    let params = &event["params"];
    match event["method"].as_str()? {
        "Runtime.consoleAPICalled" => {
            // The name of the call: the protocol names `console.warn` "warning".
            let kind = match params["type"].as_str()? {
                "warning" => "warn",
                kind @ ("error" | "assert") => kind,
                _ => return None,
            };
            let text: Vec<String> = params["args"].as_array()?.iter().map(remote_object_text).collect();
            let source = &params["stackTrace"]["callFrames"][0];
            Some(format!("console.{kind}: {} ({})", text.join(" "), location(source)))
        }
        "Runtime.exceptionThrown" => {
            let details = &params["exceptionDetails"];
            Some(format!(
                "exception: {} ({})",
                exception_text(details),
                location(details)
            ))
        }
        "Log.entryAdded" => {
            let entry = &params["entry"];
            let level = entry["level"].as_str()?;
            if !matches!(level, "error" | "warning") {
                return None;
            }
            let source = entry["source"].as_str().unwrap_or_default();
            Some(format!(
                "{source} {level}: {} ({})",
                entry["text"].as_str().unwrap_or_default(),
                location(entry)
            ))
        }
        _ => None,
    }
}

/// `url:line` of a call frame, an exception's details or a log entry (lines counted from 1).
fn location(source: &Value) -> String {
    let url = source["url"].as_str().unwrap_or("?");
    match source["lineNumber"].as_u64() {
        Some(line) => format!("{url}:{}", line + 1),
        None => url.to_owned(),
    }
}

/// A console argument as the console shows it: a string as it is, anything else as described.
fn remote_object_text(object: &Value) -> String {
    match &object["value"] {
        Value::String(text) => text.clone(),
        Value::Null => object["description"]
            .as_str()
            .unwrap_or_else(|| object["type"].as_str().unwrap_or("?"))
            .to_owned(),
        value => value.to_string(),
    }
}

/// An exception's message: its description (`Error: boom` and the stack), else the details' text.
fn exception_text(details: &Value) -> String {
    let description = details["exception"]["description"].as_str();
    description.or(details["text"].as_str()).unwrap_or("?").to_owned()
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

/// A running Chromium and the DevTools pipe to it.
struct Browser {
    program: PathBuf,
    child: Child,
    /// Set once Chromium is killed and reaped: how it ended.
    ended: Option<std::io::Result<std::process::ExitStatus>>,
    /// Chromium's fd 3.
    commands: PipeWriter,
    /// What Chromium's fd 4 says, one message at a time; `Err` for one that is not JSON.
    messages: Receiver<Result<Value, String>>,
    next_id: u64,
    /// Every event so far, in order.
    events: Vec<Value>,
    /// Chromium's stderr so far (noisy: never a sign of a problem by itself).
    stderr: Arc<Mutex<Vec<u8>>>,
    /// Disconnected once stderr is closed.
    stderr_closed: Receiver<()>,
    /// The profile and home directory; removed after Chromium is gone.
    _profile: tempfile::TempDir,
}

impl Browser {
    fn launch() -> Browser {
        let program = program();
        let profile = tempfile::tempdir().unwrap();
        let (commands_read, commands) = std::io::pipe().unwrap();
        let (messages_read, messages_write) = std::io::pipe().unwrap();
        let mut command = Command::new(&program);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--mute-audio",
                // Nothing leaves the machine: HTTP goes to a proxy on the discard port, where
                // nothing listens, and what bypasses it (loopback) resolves to nothing.
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=http://127.0.0.1:9",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.path().join("data").display()))
            // Debian's launcher and Chromium keep things in $HOME (crash reports, the NSS store).
            .env("HOME", profile.path())
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0);
        let (commands_fd, messages_fd) = (commands_read.as_raw_fd(), messages_write.as_raw_fd());
        // SAFETY: `onto_3_and_4` only calls fcntl, dup2 and close, which are async-signal-safe.
        unsafe {
            command.pre_exec(move || onto_3_and_4(commands_fd, messages_fd));
        }
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not start: {e}", program.display()));
        // Chromium's ends: closing ours makes its death an end of file.
        drop((commands_read, messages_write));

        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || {
            let mut pipe = BufReader::new(messages_read);
            loop {
                let mut message = Vec::new();
                match pipe.read_until(0, &mut message) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
                if message.last() == Some(&0) {
                    message.pop();
                }
                let message =
                    serde_json::from_slice(&message).map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&message)));
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let (closed, stderr_closed) = mpsc::channel::<()>();
        let mut pipe = child.stderr.take().unwrap();
        let buffer = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let _closed = closed;
            let mut chunk = [0; 4096];
            while let Ok(read @ 1..) = pipe.read(&mut chunk) {
                buffer.lock().unwrap().extend_from_slice(&chunk[..read]);
            }
        });
        Browser {
            program,
            child,
            ended: None,
            commands,
            messages,
            next_id: 0,
            events: Vec::new(),
            stderr,
            stderr_closed,
            _profile: profile,
        }
    }

    /// Sends a command (to the browser, or to a page's session) and returns its result, keeping
    /// the events that come before it.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method });
        message["params"] = params;
        if let Some(session) = session {
            message["sessionId"] = session.into();
        }
        let mut bytes = message.to_string().into_bytes();
        bytes.push(0);
        if let Err(e) = self.commands.write_all(&bytes) {
            self.fail(&format!("did not take {method}: {e}"));
        }
        let deadline = Instant::now() + DEADLINE;
        let what = format!("the answer to {method}");
        loop {
            let mut message = self.receive(deadline, &what);
            if message["id"] == id {
                if let Some(error) = message.get("error") {
                    self.fail(&format!("answered {method} with {error}"));
                }
                return message["result"].take();
            }
            if message.get("method").is_some() {
                self.events.push(message);
            }
        }
    }

    /// Waits for an event that `matches`, among those kept and those to come.
    fn wait_for_event(&mut self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(event) = self.events.iter().find(|event| matches(event)) {
            return event.clone();
        }
        let deadline = Instant::now() + DEADLINE;
        loop {
            let message = self.receive(deadline, what);
            if message.get("method").is_some() {
                self.events.push(message);
                let event = self.events.last().unwrap();
                if matches(event) {
                    return event.clone();
                }
            }
        }
    }

    /// The next message, by `deadline`.
    fn receive(&mut self, deadline: Instant, what: &str) -> Value {
        let wait = deadline.saturating_duration_since(Instant::now());
        match self.messages.recv_timeout(wait) {
            Ok(Ok(message)) => message,
            Ok(Err(nonsense)) => self.fail(&format!("said what is not JSON: {nonsense}")),
            Err(RecvTimeoutError::Timeout) => {
                self.fail(&format!("sent nothing for {DEADLINE:?} while we waited for {what}"))
            }
            Err(RecvTimeoutError::Disconnected) => {
                self.fail(&format!("closed the DevTools pipe while we waited for {what}"))
            }
        }
    }

    /// Asks Chromium to close, and waits until it has closed the pipe (or the deadline has
    /// passed: then `Drop` kills it all the same).
    fn close(mut self) {
        self.next_id += 1;
        let message = json!({ "id": self.next_id, "method": "Browser.close", "params": {} });
        let mut bytes = message.to_string().into_bytes();
        bytes.push(0);
        if self.commands.write_all(&bytes).is_ok() {
            let deadline = Instant::now() + DEADLINE;
            while let Ok(_message) = self
                .messages
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {}
        }
    }

    /// Kills Chromium and its children (its whole process group), once, and says how Chromium
    /// ended.
    fn kill(&mut self) -> &std::io::Result<std::process::ExitStatus> {
        self.ended.get_or_insert_with(|| {
            // The group keeps Chromium's pid as its id until Chromium is reaped, which `wait`
            // does after.
            let _ = rustix::process::kill_process_group(
                rustix::process::Pid::from_child(&self.child),
                rustix::process::Signal::KILL,
            );
            let _ = self.child.kill();
            self.child.wait()
        })
    }

    /// Fails the test with `why` and Chromium's stderr.
    fn fail(&mut self, why: &str) -> ! {
        let ended = match self.kill() {
            Ok(status) => status.to_string(),
            Err(e) => e.to_string(),
        };
        // Chromium is dead: its stderr ends as soon as the reading thread has drained it.
        let _ = self.stderr_closed.recv_timeout(Duration::from_secs(5));
        let stderr = String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned();
        panic!(
            "headless Chromium ({}, now ended: {ended}): {why}\n--- its stderr ---\n{stderr}",
            self.program.display()
        );
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.kill();
    }
}

/// In the child, between fork and exec: makes `commands` its fd 3 and `messages` its fd 4, both
/// kept open across exec. Calls only fcntl, dup2 and close, which are async-signal-safe, and
/// allocates nothing.
fn onto_3_and_4(commands: RawFd, messages: RawFd) -> std::io::Result<()> {
    // Both are open here: they were in the parent when it forked.
    let (commands, messages) = unsafe { (BorrowedFd::borrow_raw(commands), BorrowedFd::borrow_raw(messages)) };
    // First copies above 4, so that neither dup2 below overwrites the other's source, nor meets
    // its own number (a dup2 onto itself would leave close-on-exec set). These copies close on
    // exec.
    let commands = rustix::io::fcntl_dupfd_cloexec(commands, 5)?;
    let messages = rustix::io::fcntl_dupfd_cloexec(messages, 5)?;
    for (source, target) in [(&commands, 3), (&messages, 4)] {
        // SAFETY: dup2 replaces whatever `target` is in this child (nothing it uses: it is about
        // to exec) with a copy of `source`, without close-on-exec. ManuallyDrop leaves it open.
        let mut target = ManuallyDrop::new(unsafe { OwnedFd::from_raw_fd(target) });
        rustix::io::dup2(source, &mut target)?;
    }
    Ok(())
}
