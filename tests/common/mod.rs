//! Test harness: the real daemon, headless, with every XDG directory in a temp dir, on a private
//! D-Bus session bus with a fake notification server that records calls and clicks buttons.

#![allow(dead_code)]

pub mod notifications;
pub mod sni_watcher;
pub mod wayland;

pub use notifications::{Delivery, FakeNotifications};

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zbus::object_server::SignalEmitter;

pub const DEADLINE: Duration = Duration::from_secs(15);

/// Polls `probe` until it returns something, or fails the test after `DEADLINE`.
pub fn wait_for<T>(what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = probe() {
            return value;
        }
        assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A private `dbus-daemon` session bus.
pub struct Bus {
    child: Child,
    pub address: String,
}

impl Bus {
    pub fn start(dir: &Path) -> Bus {
        // A config of our own: no service activation, so that nothing installed on the machine
        // (a real notification daemon, say) joins the test.
        let config = dir.join("bus.conf");
        std::fs::write(
            &config,
            format!(
                "<busconfig><type>session</type><listen>unix:path={}</listen>\
                 <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
                 <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>",
                dir.join("bus").display()
            ),
        )
        .unwrap();
        let mut child = Command::new("dbus-daemon")
            .args(["--nofork", "--print-address=1"])
            .arg(format!("--config-file={}", config.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (apt-get install dbus-daemon)");
        let mut address = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        Bus {
            child,
            address: address.trim().to_string(),
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Serves `object` at `path` under the well-known `name` on the bus at `address`, from a
/// runtime of its own; the fakes of the test suite are made this way.
pub fn serve<I: zbus::object_server::Interface>(
    address: &str,
    name: &str,
    path: &str,
    object: I,
) -> (tokio::runtime::Runtime, zbus::Connection) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let connection = runtime.block_on(async {
        zbus::connection::Builder::address(address)
            .unwrap()
            .name(name)
            .unwrap()
            .serve_at(path, object)
            .unwrap()
            .build()
            .await
            .unwrap_or_else(|e| panic!("the fake {name} connects: {e}"))
    });
    (runtime, connection)
}

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
    pub notifications: Option<FakeNotifications>,
    pub bus: Bus,
}

impl TestEnv {
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
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path().join("run"), std::fs::Permissions::from_mode(0o700)).unwrap();
        std::fs::write(dir.path().join("config/deskbreak/config.toml"), config).unwrap();
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

    /// The notification server exits and a new one (sending its signals the same way) takes
    /// its name, as after a crash or a desktop restart.
    pub fn restart_notifications(&mut self, delivery: Delivery) {
        if let Some(old) = self.notifications.take() {
            old.stop();
        }
        self.notifications = Some(FakeNotifications::start_with(&self.bus, delivery));
    }

    pub fn fake(&self) -> &FakeNotifications {
        self.notifications
            .as_ref()
            .expect("this environment has a notification server")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn acks_path(&self) -> PathBuf {
        self.path("data/deskbreak/acks.jsonl")
    }

    pub fn socket_path(&self) -> PathBuf {
        self.path("run/deskbreak/control.sock")
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
        cmd.env_clear()
            .env("PATH", path)
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_STATE_HOME", self.path("state"))
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus.address)
            .env("TZ", "UTC");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
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
        let child = self
            .cmd()
            .envs(vars.iter().copied())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let daemon = Daemon { child };
        wait_for("the daemon to answer", || {
            self.run(&["status"]).status.success().then_some(())
        });
        daemon
    }

    /// The daemon's own log so far.
    pub fn daemon_log(&self) -> String {
        std::fs::read_to_string(self.path("state/deskbreak/deskbreak.log")).unwrap_or_default()
    }

    pub fn status(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["status", "--json"])).unwrap()
    }

    /// The log's records, parsed; damaged lines are left out.
    pub fn acks(&self) -> Vec<serde_json::Value> {
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

/// The daemon process; killed if a test ends without stopping it.
pub struct Daemon {
    pub child: Child,
}

impl Daemon {
    /// Waits for the daemon to exit; returns its stdout and stderr.
    pub fn wait_exit(mut self) -> (std::process::ExitStatus, String, String) {
        let status = wait_for("the daemon to exit", || self.child.try_wait().unwrap());
        let read = |r: Option<&mut dyn std::io::Read>| {
            let mut s = String::new();
            if let Some(r) = r {
                let _ = r.read_to_string(&mut s);
            }
            s
        };
        let out = read(self.child.stdout.as_mut().map(|s| s as &mut dyn std::io::Read));
        let err = read(self.child.stderr.as_mut().map(|s| s as &mut dyn std::io::Read));
        (status, out, err)
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// (id, Some(interval ms)) for idle watches, (id, None) for one-shot user-active watches.
type Watches = Arc<Mutex<Vec<(u32, Option<u64>)>>>;

/// A fake GNOME `org.gnome.Mutter.IdleMonitor`: the test decides when the person goes idle and
/// comes back.
pub struct FakeMutter {
    runtime: tokio::runtime::Runtime,
    connection: zbus::Connection,
    watches: Watches,
}

struct IdleMonitor {
    watches: Watches,
}

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl IdleMonitor {
    fn get_idletime(&self) -> u64 {
        0
    }

    fn add_idle_watch(&self, interval: u64) -> u32 {
        let mut w = self.watches.lock().unwrap();
        let id = w.len() as u32 + 1;
        w.push((id, Some(interval)));
        id
    }

    fn add_user_active_watch(&self) -> u32 {
        let mut w = self.watches.lock().unwrap();
        let id = w.len() as u32 + 1;
        w.push((id, None));
        id
    }

    fn remove_watch(&self, id: u32) {
        self.watches.lock().unwrap().retain(|(w, _)| *w != id);
    }

    #[zbus(signal)]
    async fn watch_fired(emitter: &SignalEmitter<'_>, id: u32) -> zbus::Result<()>;
}

const MUTTER_PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

impl FakeMutter {
    pub fn start(bus: &Bus) -> FakeMutter {
        let watches = Arc::new(Mutex::new(Vec::new()));
        let monitor = IdleMonitor {
            watches: watches.clone(),
        };
        let (runtime, connection) = serve(&bus.address, "org.gnome.Mutter.IdleMonitor", MUTTER_PATH, monitor);
        FakeMutter {
            runtime,
            connection,
            watches,
        }
    }

    /// The interval of the idle watch the daemon asked for, once it has.
    pub fn wait_for_idle_watch(&self) -> u64 {
        wait_for("an idle watch", || {
            self.watches.lock().unwrap().iter().find_map(|(_, i)| *i)
        })
    }

    /// The intervals of every idle watch asked for so far, oldest first.
    pub fn idle_watches(&self) -> Vec<u64> {
        self.watches.lock().unwrap().iter().filter_map(|(_, i)| *i).collect()
    }

    /// The person has been idle for the watch's interval.
    pub fn go_idle(&self) {
        let ids: Vec<u32> = self
            .watches
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, i)| i.is_some())
            .map(|(id, _)| *id)
            .collect();
        self.fire(&ids);
    }

    /// The person touched the keyboard: the user-active watches fire once and are gone.
    pub fn come_back(&self) {
        wait_for("a user-active watch", || {
            self.watches
                .lock()
                .unwrap()
                .iter()
                .any(|(_, i)| i.is_none())
                .then_some(())
        });
        let ids: Vec<u32> = self
            .watches
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, i)| i.is_none())
            .map(|(id, _)| *id)
            .collect();
        self.watches.lock().unwrap().retain(|(_, i)| i.is_some());
        self.fire(&ids);
    }

    fn fire(&self, ids: &[u32]) {
        self.runtime.block_on(async {
            let iface = self
                .connection
                .object_server()
                .interface::<_, IdleMonitor>(MUTTER_PATH)
                .await
                .unwrap();
            for id in ids {
                IdleMonitor::watch_fired(iface.signal_emitter(), *id).await.unwrap();
            }
        });
    }
}

/// A private X server (Xvfb) on a free display.
pub struct Xvfb {
    child: Child,
    pub display: String,
}

impl Xvfb {
    pub fn start() -> Xvfb {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs (apt-get install xvfb)");
        let mut number = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut number)
            .unwrap();
        Xvfb {
            child,
            display: format!(":{}", number.trim()),
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fake `gsettings`, installed in the environment's `bin`: it answers `get` with what the test
/// last set for GNOME's `show-banners`, and writes down each call.
pub struct FakeGsettings {
    value: PathBuf,
    calls: PathBuf,
}

impl FakeGsettings {
    /// `shown` is `show-banners`; `None` is a desktop without GNOME's schema.
    pub fn install(env: &TestEnv, shown: Option<bool>) -> FakeGsettings {
        let fake = FakeGsettings {
            value: env.path("gsettings.value"),
            calls: env.path("gsettings.calls"),
        };
        fake.set(shown);
        let script = env.bin().join("gsettings");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\n\
                 echo \"$*\" >> '{calls}'\n\
                 if [ -f '{value}' ]; then cat '{value}'; exit 0; fi\n\
                 echo \"No such schema \u{201c}org.gnome.desktop.notifications\u{201d}\" >&2\n\
                 exit 1\n",
                calls = fake.calls.display(),
                value = fake.value.display(),
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        fake
    }

    /// Changes what the next call says, as a write to dconf would, but tells no one.
    pub fn set(&self, shown: Option<bool>) {
        match shown {
            // Renamed into place, so that a call never reads half a value.
            Some(shown) => {
                let next = self.value.with_extension("next");
                std::fs::write(&next, format!("{shown}\n")).unwrap();
                std::fs::rename(&next, &self.value).unwrap();
            }
            None => {
                let _ = std::fs::remove_file(&self.value);
            }
        }
    }

    /// The arguments of each call so far.
    pub fn calls(&self) -> Vec<String> {
        std::fs::read_to_string(&self.calls)
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect()
    }
}

/// A fake dconf writer service on the test bus: the test decides which changes it announces.
pub struct FakeDconf {
    runtime: tokio::runtime::Runtime,
    connection: zbus::Connection,
}

struct DconfWriter;

#[zbus::interface(name = "ca.desrt.dconf.Writer")]
impl DconfWriter {
    #[zbus(signal)]
    async fn notify(emitter: &SignalEmitter<'_>, prefix: &str, changes: &[&str], tag: &str) -> zbus::Result<()>;
}

const DCONF_WRITER_PATH: &str = "/ca/desrt/dconf/Writer/user";

impl FakeDconf {
    pub fn start(bus: &Bus) -> FakeDconf {
        let (runtime, connection) = serve(&bus.address, "ca.desrt.dconf", DCONF_WRITER_PATH, DconfWriter);
        FakeDconf { runtime, connection }
    }

    /// Announces a committed change, as dconf does: `prefix` is a key (with `changes` `[""]`) or
    /// a directory, with `changes` relative to it.
    pub fn notify(&self, prefix: &str, changes: &[&str]) {
        self.runtime.block_on(async {
            let iface = self
                .connection
                .object_server()
                .interface::<_, DconfWriter>(DCONF_WRITER_PATH)
                .await
                .unwrap();
            DconfWriter::notify(iface.signal_emitter(), prefix, changes, ":1.0:user:0")
                .await
                .unwrap();
        });
    }
}
