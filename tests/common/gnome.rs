//! GNOME's D-Bus services, faked on the test bus: Mutter's idle monitor and dconf's writer.
//! Needs the sibling modules `bus` and `wait`.

use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;

use super::bus::{Bus, serve};
use super::wait::wait_for;

/// One of Mutter's watches: an idle watch (`Some(interval ms)`) or a one-shot user-active watch
/// (`None`), and the client that added it, the only one its `WatchFired` goes to.
struct Watch {
    id: u32,
    interval: Option<u64>,
    client: String,
}

#[derive(Default)]
struct Monitor {
    /// What `GetIdletime` answers (ms).
    idletime: u64,
    last_id: u32,
    live: Vec<Watch>,
    /// The intervals of every idle watch added, and of those removed, in order.
    added: Vec<u64>,
    removed: Vec<u64>,
}

type Shared = Arc<Mutex<Monitor>>;

/// A fake GNOME `org.gnome.Mutter.IdleMonitor`: the test decides when the person goes idle and
/// comes back, and what the idle time is. As in Mutter, watch ids are never reused, an idle watch
/// fires each time its interval passes until removed, a user-active watch fires once, and each
/// `WatchFired` goes only to the client that added the watch.
pub struct FakeMutter {
    runtime: tokio::runtime::Runtime,
    connection: zbus::Connection,
    monitor: Shared,
}

struct IdleMonitor {
    monitor: Shared,
}

impl IdleMonitor {
    fn add(&self, interval: Option<u64>, header: &zbus::message::Header<'_>) -> u32 {
        let mut m = self.monitor.lock().unwrap();
        m.last_id += 1;
        let id = m.last_id;
        let client = header.sender().expect("a caller on a bus has a name").to_string();
        m.live.push(Watch { id, interval, client });
        m.added.extend(interval);
        id
    }
}

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl IdleMonitor {
    fn get_idletime(&self) -> u64 {
        self.monitor.lock().unwrap().idletime
    }

    #[expect(
        clippy::needless_pass_by_value,
        reason = "zbus hands a method call's header over owned"
    )]
    fn add_idle_watch(&self, interval: u64, #[zbus(header)] header: zbus::message::Header<'_>) -> u32 {
        self.add(Some(interval), &header)
    }

    #[expect(
        clippy::needless_pass_by_value,
        reason = "zbus hands a method call's header over owned"
    )]
    fn add_user_active_watch(&self, #[zbus(header)] header: zbus::message::Header<'_>) -> u32 {
        self.add(None, &header)
    }

    /// An unknown id is no error, as in Mutter.
    fn remove_watch(&self, id: u32) {
        let mut m = self.monitor.lock().unwrap();
        if let Some(at) = m.live.iter().position(|w| w.id == id) {
            let gone = m.live.remove(at);
            m.removed.extend(gone.interval);
        }
    }

    #[zbus(signal)]
    async fn watch_fired(emitter: &SignalEmitter<'_>, id: u32) -> zbus::Result<()>;
}

const MUTTER_PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

impl FakeMutter {
    pub fn start(bus: &Bus) -> FakeMutter {
        let monitor = Shared::default();
        let served = IdleMonitor {
            monitor: monitor.clone(),
        };
        let (runtime, connection) = serve(&bus.address, "org.gnome.Mutter.IdleMonitor", MUTTER_PATH, served);
        FakeMutter {
            runtime,
            connection,
            monitor,
        }
    }

    /// The interval of the idle watch the daemon asked for, once it has.
    pub fn wait_for_idle_watch(&self) -> u64 {
        wait_for("an idle watch", || self.idle_watches().first().copied())
    }

    /// The intervals of every idle watch asked for so far, oldest first, removed or not.
    pub fn idle_watches(&self) -> Vec<u64> {
        self.monitor.lock().unwrap().added.clone()
    }

    /// The intervals of the idle watches alive now, oldest first.
    pub fn live_idle_watches(&self) -> Vec<u64> {
        let m = self.monitor.lock().unwrap();
        m.live.iter().filter_map(|w| w.interval).collect()
    }

    /// The intervals of the idle watches removed so far, in order.
    pub fn removed_idle_watches(&self) -> Vec<u64> {
        self.monitor.lock().unwrap().removed.clone()
    }

    /// What `GetIdletime` answers from now on (ms; 0 at the start: someone is typing).
    pub fn set_idletime(&self, ms: u64) {
        self.monitor.lock().unwrap().idletime = ms;
    }

    /// The person has been idle for the watches' intervals: every idle watch fires.
    pub fn go_idle(&self) {
        self.fire(|w| w.interval.is_some());
    }

    /// The person has been idle for `interval_ms`: the idle watches of that interval fire (a
    /// shorter one would have fired earlier; the test says when).
    pub fn fire_idle_watch(&self, interval_ms: u64) {
        self.fire(|w| w.interval == Some(interval_ms));
    }

    /// The person touched the keyboard: the user-active watches fire once and are gone.
    pub fn come_back(&self) {
        wait_for("a user-active watch", || {
            let m = self.monitor.lock().unwrap();
            m.live.iter().any(|w| w.interval.is_none()).then_some(())
        });
        self.fire(|w| w.interval.is_none());
    }

    /// Fires the live watches that `which` picks, each to its own client; a user-active watch
    /// is gone once fired.
    fn fire(&self, which: impl Fn(&Watch) -> bool) {
        let targets: Vec<(u32, String)> = {
            let mut m = self.monitor.lock().unwrap();
            let targets = m
                .live
                .iter()
                .filter(|w| which(w))
                .map(|w| (w.id, w.client.clone()))
                .collect();
            m.live.retain(|w| !(which(w) && w.interval.is_none()));
            targets
        };
        self.runtime.block_on(async {
            for (id, client) in targets {
                let client = zbus::names::BusName::try_from(client).unwrap();
                let emitter = SignalEmitter::new(&self.connection, MUTTER_PATH)
                    .unwrap()
                    .set_destination(client);
                IdleMonitor::watch_fired(&emitter, id).await.unwrap();
            }
        });
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
