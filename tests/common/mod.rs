//! Test harness: the real daemon, headless, with every XDG directory in a temp dir, on a private
//! D-Bus session bus with a fake notification server that records calls and clicks buttons.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zbus::object_server::SignalEmitter;
use zbus::zvariant::OwnedValue;

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
        let mut child = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .arg(format!("--address=unix:path={}", dir.join("bus").display()))
            .stdout(Stdio::piped())
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

/// One call of `Notify` as the server received it.
#[derive(Clone, Debug)]
pub struct NotifyCall {
    pub id: u32,
    pub app_name: String,
    pub replaces_id: u32,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub expire_timeout: i32,
}

#[derive(Default)]
struct Recorded {
    notifies: Vec<NotifyCall>,
    closed: Vec<u32>,
}

struct Server {
    recorded: Arc<Mutex<Recorded>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        expire_timeout: i32,
    ) -> u32 {
        let mut r = self.recorded.lock().unwrap();
        let id = r.notifies.len() as u32 + 1;
        r.notifies.push(NotifyCall {
            id,
            app_name,
            replaces_id,
            summary,
            body,
            actions,
            expire_timeout,
        });
        id
    }

    async fn close_notification(&self, id: u32, #[zbus(signal_emitter)] emitter: SignalEmitter<'_>) {
        self.recorded.lock().unwrap().closed.push(id);
        let _ = Server::notification_closed(&emitter, id, 3).await;
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "fake-notifications".into(),
            "deskbreak tests".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    #[zbus(signal)]
    async fn action_invoked(emitter: &SignalEmitter<'_>, id: u32, action_key: &str) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn notification_closed(emitter: &SignalEmitter<'_>, id: u32, reason: u32) -> zbus::Result<()>;
}

const PATH: &str = "/org/freedesktop/Notifications";

/// A fake `org.freedesktop.Notifications` on the test bus.
pub struct FakeNotifications {
    runtime: tokio::runtime::Runtime,
    connection: zbus::Connection,
    recorded: Arc<Mutex<Recorded>>,
}

impl FakeNotifications {
    pub fn start(bus: &Bus) -> FakeNotifications {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let recorded = Arc::new(Mutex::new(Recorded::default()));
        let server = Server {
            recorded: recorded.clone(),
        };
        let connection = runtime.block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .unwrap()
                .name("org.freedesktop.Notifications")
                .unwrap()
                .serve_at(PATH, server)
                .unwrap()
                .build()
                .await
                .expect("fake notification server connects")
        });
        FakeNotifications {
            runtime,
            connection,
            recorded,
        }
    }

    pub fn notifies(&self) -> Vec<NotifyCall> {
        self.recorded.lock().unwrap().notifies.clone()
    }

    pub fn closed(&self) -> Vec<u32> {
        self.recorded.lock().unwrap().closed.clone()
    }

    /// Waits for the `n`th (1-based) notification.
    pub fn wait_for_notify(&self, n: usize) -> NotifyCall {
        wait_for(&format!("notification #{n}"), || self.notifies().get(n - 1).cloned())
    }

    /// Presses a button, as a person would: the server sends `ActionInvoked`, then closes.
    pub fn click(&self, id: u32, action: &str) {
        self.runtime.block_on(async {
            let iface = self
                .connection
                .object_server()
                .interface::<_, Server>(PATH)
                .await
                .unwrap();
            Server::action_invoked(iface.signal_emitter(), id, action)
                .await
                .unwrap();
            Server::notification_closed(iface.signal_emitter(), id, 2)
                .await
                .unwrap();
        });
    }
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
        for sub in ["home", "config/deskbreak", "data", "state", "run"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path().join("run"), std::fs::Permissions::from_mode(0o700)).unwrap();
        std::fs::write(dir.path().join("config/deskbreak/config.toml"), config).unwrap();
        let bus = Bus::start(dir.path());
        TestEnv {
            dir,
            notifications: None,
            bus,
        }
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

    /// Any program with this environment (and only it).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
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
        let child = self
            .cmd()
            .args(["run", "--headless"])
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
