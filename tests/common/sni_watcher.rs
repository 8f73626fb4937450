//! A minimal `org.kde.StatusNotifierWatcher` (what a panel runs) on a given bus: it records the
//! items that register and says a host is present. Used by the tray tests, and by
//! `examples/sni_watcher.rs` to measure the tray without a desktop.

use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;

struct Watcher {
    items: Arc<Mutex<Vec<String>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    async fn register_status_notifier_item(&self, service: String, #[zbus(signal_emitter)] emitter: SignalEmitter<'_>) {
        self.items.lock().unwrap().push(service.clone());
        let _ = Watcher::status_notifier_item_registered(&emitter, &service).await;
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items.lock().unwrap().clone()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(signal)]
    async fn status_notifier_item_registered(emitter: &SignalEmitter<'_>, service: &str) -> zbus::Result<()>;
}

/// A running watcher; dropping it (or `stop`) leaves the bus, as a panel that quits.
pub struct FakeWatcher {
    runtime: tokio::runtime::Runtime,
    connection: Option<zbus::Connection>,
    items: Arc<Mutex<Vec<String>>>,
}

impl FakeWatcher {
    pub fn start(bus_address: &str) -> FakeWatcher {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let items = Arc::new(Mutex::new(Vec::new()));
        let watcher = Watcher { items: items.clone() };
        let connection = runtime.block_on(async {
            zbus::connection::Builder::address(bus_address)
                .unwrap()
                .name("org.kde.StatusNotifierWatcher")
                .unwrap()
                .serve_at("/StatusNotifierWatcher", watcher)
                .unwrap()
                .build()
                .await
                .expect("the fake StatusNotifierWatcher connects")
        });
        FakeWatcher {
            runtime,
            connection: Some(connection),
            items,
        }
    }

    /// The services that registered, in order.
    pub fn items(&self) -> Vec<String> {
        self.items.lock().unwrap().clone()
    }

    /// Leaves the bus and waits until the connection is closed.
    pub fn stop(mut self) {
        if let Some(connection) = self.connection.take() {
            self.runtime.block_on(connection.close()).unwrap();
        }
    }
}
