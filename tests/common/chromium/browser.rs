//! A running Chromium in a process group of its own, and the DevTools pipe to it (its fd 3 and
//! fd 4).

use super::*;

/// A running Chromium and the DevTools pipe to it.
pub(super) struct Browser {
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
    pub(super) events: Vec<Value>,
    /// Chromium's stderr so far (noisy: never a sign of a problem by itself).
    stderr: Arc<Mutex<Vec<u8>>>,
    /// Disconnected once stderr is closed.
    stderr_closed: Receiver<()>,
    /// The profile and home directory; removed after Chromium is gone.
    _profile: tempfile::TempDir,
}

impl Browser {
    pub(super) fn launch() -> Browser {
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
    pub(super) fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
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
    pub(super) fn wait_for_event(&mut self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
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
    pub(super) fn receive(&mut self, deadline: Instant, what: &str) -> Value {
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
    pub(super) fn close(mut self) {
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
    pub(super) fn kill(&mut self) -> &std::io::Result<std::process::ExitStatus> {
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
    pub(super) fn fail(&mut self, why: &str) -> ! {
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
