//! GNOME's D-Bus services, faked on the test bus: Mutter's idle monitor and dconf's writer.
//! Needs the sibling modules `bus` and `wait`.

use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;

use super::bus::{Bus, serve};
use super::wait::wait_for;

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
        let id = u32::try_from(w.len() + 1).expect("fewer than 4 billion watches");
        w.push((id, Some(interval)));
        id
    }

    fn add_user_active_watch(&self) -> u32 {
        let mut w = self.watches.lock().unwrap();
        let id = u32::try_from(w.len() + 1).expect("fewer than 4 billion watches");
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
