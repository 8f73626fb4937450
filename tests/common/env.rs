//! The test environment: the real daemon, headless, with every XDG directory in a temp dir, on
//! a private D-Bus session bus with a fake notification server that records calls and clicks
//! buttons. Needs the sibling modules `bus`, `gsettings`, `notifications` and `wait`; on Windows
//! and macOS (no D-Bus) only `wait`, and the daemon has no notification server to talk to.

use std::path::PathBuf;
use std::process::{Child, Command, Output};

#[cfg(all(unix, not(target_os = "macos")))]
use super::bus::Bus;
#[cfg(all(unix, not(target_os = "macos")))]
use super::gsettings::FakeGsettings;
#[cfg(all(unix, not(target_os = "macos")))]
use super::notifications::{Delivery, FakeNotifications};
use super::wait::wait_for;

/// Short intervals, active all day every day, so tests never wait for real minutes.
pub const QUICK: &str = r#"
[schedule]
min_interval = "1h"
max_interval = "1h"
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]
snooze = "10m"
reminder_timeout = "1h"
"#;

/// A temp home with its own bus, notification server and deskbreak config.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
    #[cfg(all(unix, not(target_os = "macos")))]
    pub notifications: Option<FakeNotifications>,
    #[cfg(all(unix, not(target_os = "macos")))]
    pub bus: Bus,
}

impl TestEnv {
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    pub fn new(config: &str) -> TestEnv {
        TestEnv::without_notifications(config)
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn new(config: &str) -> TestEnv {
        let env = TestEnv::without_notifications(config);
        TestEnv {
            notifications: Some(FakeNotifications::start(&env.bus)),
            ..env
        }
    }

    pub fn without_notifications(config: &str) -> TestEnv {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["home", "config/deskbreak", "data", "state", "run", "bin"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path().join("run"), std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        std::fs::write(dir.path().join("config/deskbreak/config.toml"), config).unwrap();
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        return TestEnv { dir };
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            let bus = Bus::start(dir.path());
            let env = TestEnv {
                dir,
                notifications: None,
                bus,
            };
            // Not GNOME unless a test says so, whatever this machine's settings are.
            FakeGsettings::install(&env, None);
            env
        }
    }

    /// The notification server exits and a new one (sending its signals the same way) takes
    /// its name, as after a crash or a desktop restart.
    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn restart_notifications(&mut self, delivery: Delivery) {
        self.restart_notifications_named(delivery, "fake-notifications");
    }

    /// The same, with a server that calls itself `name` ("gnome-shell", "Plasma").
    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn restart_notifications_named(&mut self, delivery: Delivery, name: &'static str) {
        if let Some(old) = self.notifications.take() {
            old.stop();
        }
        self.notifications = Some(FakeNotifications::start_named(&self.bus, delivery, name));
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn fake(&self) -> &FakeNotifications {
        self.notifications
            .as_ref()
            .expect("this environment has a notification server")
    }

    /// `rel`, written with `/`, in the temp dir (with the platform's separator).
    pub fn path(&self, rel: &str) -> PathBuf {
        rel.split('/')
            .fold(self.dir.path().to_path_buf(), |path, part| path.join(part))
    }

    pub fn acks_path(&self) -> PathBuf {
        self.path("data/deskbreak/acks.jsonl")
    }

    /// The daemon's control channel: a socket; on Windows, the named pipe the daemon makes for
    /// this runtime directory.
    pub fn socket_path(&self) -> PathBuf {
        #[cfg(unix)]
        return self.path("run/deskbreak/control.sock");
        // The name the daemon derives from its runtime directory, by its own function.
        #[cfg(windows)]
        return deskbreak_host::paths::Paths {
            config: self.path("config/deskbreak/config.toml"),
            data_dir: self.path("data/deskbreak"),
            state_dir: self.path("state/deskbreak"),
            runtime_dir: self.path("run/deskbreak"),
            cache_dir: self.path("cache/deskbreak"),
            user_sid: deskbreak_host::paths::windows_user::ours()
                .and_then(deskbreak_host::paths::windows_user::to_string)
                .expect("the test's own user SID"),
        }
        .socket();
    }

    /// `deskbreak` with this environment.
    pub fn cmd(&self) -> Command {
        self.command(env!("CARGO_BIN_EXE_deskbreak"))
    }

    /// Where a test puts stand-ins for the desktop's programs: first on the `PATH` of
    /// everything run in this environment. It holds a `gsettings` without GNOME's schema.
    pub fn bin(&self) -> PathBuf {
        self.path("bin")
    }

    /// Any program with this environment (and only it).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let inherited = std::env::var_os("PATH").unwrap_or_default();
        let path = std::env::join_paths(std::iter::once(self.bin()).chain(std::env::split_paths(&inherited)))
            .expect("no ':' in the temp dir or the PATH's entries");
        let mut cmd = Command::new(program);
        // Windows programs need the system's variables (SystemRoot, USERNAME, ...): there the
        // environment is kept, and the XDG variables below move deskbreak's folders.
        #[cfg(unix)]
        cmd.env_clear();
        cmd.env("PATH", path)
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_STATE_HOME", self.path("state"))
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("TZ", "UTC");
        #[cfg(all(unix, not(target_os = "macos")))]
        cmd.env("DBUS_SESSION_BUS_ADDRESS", &self.bus.address);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        output(|| self.cmd().args(args).output())
    }

    /// Runs a client command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "deskbreak {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Starts the daemon headless and waits until it answers.
    pub fn start_daemon(&self) -> Daemon {
        self.start_daemon_with(&["run", "--headless"])
    }

    /// Starts the daemon with `args` and waits until it answers.
    pub fn start_daemon_with(&self, args: &[&str]) -> Daemon {
        self.start_daemon_in(&[], args)
    }

    /// Starts the daemon with `args` and the environment variables `vars` (a display, say), and
    /// waits until it answers.
    pub fn start_daemon_in(&self, vars: &[(&str, &str)], args: &[&str]) -> Daemon {
        let mut cmd = self.cmd();
        cmd.envs(vars.iter().copied()).args(args);
        let daemon = self.spawn(cmd);
        wait_for("the daemon to answer", || {
            self.run(&["status"]).status.success().then_some(())
        });
        daemon
    }

    /// Starts `cmd` (a daemon, or a server a test needs) with its stdout and stderr in fresh
    /// files of this environment. Files, not pipes: under Wine, the desktop process
    /// (explorer.exe) that the daemon's first window starts inherits them and holds them open
    /// after the daemon has gone, so a reader would never see their end.
    pub fn spawn(&self, mut cmd: Command) -> Daemon {
        static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let (out, err) = (
            self.path(&format!("daemon-{n}.stdout")),
            self.path(&format!("daemon-{n}.stderr")),
        );
        let child = cmd
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&err).unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not start: {e}", cmd.get_program().display()));
        Daemon {
            child,
            output: (out, err),
        }
    }

    /// The daemon's own log so far.
    pub fn daemon_log(&self) -> String {
        std::fs::read_to_string(self.path("state/deskbreak/deskbreak.log")).unwrap_or_default()
    }

    pub fn status(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["status", "--json"])).unwrap()
    }

    /// The log's records of prompts, relief and water, parsed; damaged lines and the marks of
    /// sitting time (`sitting_marks`) are left out.
    pub fn acks(&self) -> Vec<serde_json::Value> {
        self.records().into_iter().filter(|r| !is_sitting_mark(r)).collect()
    }

    /// The log's marks of sitting time: `arrived`, `away` and `stopped`.
    pub fn sitting_marks(&self) -> Vec<serde_json::Value> {
        self.records().into_iter().filter(is_sitting_mark).collect()
    }

    /// Every record of the log, parsed; damaged lines are left out.
    pub fn records(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.acks_path())
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    pub fn wait_for_acks(&self, n: usize) -> Vec<serde_json::Value> {
        wait_for(&format!("{n} log records"), || {
            Some(self.acks()).filter(|a| a.len() >= n)
        })
    }
}

/// The output of the process `run` starts, trying again while the system cannot start it for a
/// reason of the test run's own: a binary copied a moment ago that another test's fork still
/// holds open ("Text file busy"), or Wine failing, under load, to create a process at all
/// (ERROR_INTERNAL_ERROR, 1359). Whatever the program itself does is returned as it is.
pub fn output(mut run: impl FnMut() -> std::io::Result<Output>) -> Output {
    const WINE_INTERNAL_ERROR: i32 = 1359;
    wait_for("the process to start", || match run() {
        Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => None,
        Err(e) if cfg!(windows) && e.raw_os_error() == Some(WINE_INTERNAL_ERROR) => None,
        other => Some(other.unwrap()),
    })
}

fn is_sitting_mark(record: &serde_json::Value) -> bool {
    ["arrived", "away", "stopped"].contains(&record["outcome"].as_str().unwrap_or_default())
}

/// The daemon process; killed if a test ends without stopping it.
pub struct Daemon {
    pub child: Child,
    /// The files its stdout and stderr go to.
    output: (PathBuf, PathBuf),
}

impl Daemon {
    /// Waits for the daemon to exit; returns its stdout and stderr.
    pub fn wait_exit(mut self) -> (std::process::ExitStatus, String, String) {
        let status = wait_for("the daemon to exit", || self.child.try_wait().unwrap());
        let read = |path: &PathBuf| std::fs::read_to_string(path).unwrap_or_default();
        let (out, err) = (read(&self.output.0), read(&self.output.1));
        (status, out, err)
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
