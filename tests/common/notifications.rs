//! A fake `org.freedesktop.Notifications` that records every call and presses buttons. By
//! default it is as strict as GNOME Shell and dunst: `ActionInvoked` and `NotificationClosed`
//! go only to the connection that called `Notify`. `Delivery::Broadcast` sends them to everyone,
//! as xfce4-notifyd does.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use zbus::message::Header;
use zbus::names::{BusName, OwnedUniqueName};
use zbus::object_server::SignalEmitter;
use zbus::zvariant::OwnedValue;

use super::bus::{Bus, serve};
use super::wait::wait_for;

/// How the server sends its signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Only to the caller of `Notify` (GNOME Shell, dunst).
    Targeted,
    /// To every connection that listens (xfce4-notifyd).
    Broadcast,
}

/// One call of `Notify` as the server received it.
#[derive(Clone, Debug)]
pub struct NotifyCall {
    pub id: u32,
    pub app_name: String,
    pub app_icon: String,
    pub replaces_id: u32,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub expire_timeout: i32,
    /// The `urgency` hint, if any (0 low, 1 normal, 2 critical).
    pub urgency: Option<u8>,
    /// The unique bus name of the caller.
    pub sender: String,
    /// When the server received it.
    pub received: chrono::DateTime<chrono::Utc>,
}

#[derive(Default)]
struct Recorded {
    notifies: Vec<NotifyCall>,
    closed: Vec<u32>,
    inhibited: bool,
}

struct Server {
    recorded: Arc<Mutex<Recorded>>,
    delivery: Delivery,
    /// What `GetServerInformation` calls the server: "gnome-shell" to stand in for GNOME Shell.
    name: &'static str,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    #[expect(
        clippy::needless_pass_by_value,
        reason = "zbus hands a method call's arguments over owned"
    )]
    fn notify(
        &self,
        app_name: String,
        replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedValue>,
        expire_timeout: i32,
        #[zbus(header)] header: Header<'_>,
    ) -> u32 {
        let mut r = self.recorded.lock().unwrap();
        let id = u32::try_from(r.notifies.len() + 1).expect("fewer than 4 billion notifications");
        r.notifies.push(NotifyCall {
            id,
            app_name,
            app_icon,
            replaces_id,
            summary,
            body,
            actions,
            expire_timeout,
            urgency: hints.get("urgency").and_then(|v| u8::try_from(v).ok()),
            sender: header.sender().map(|s| s.to_string()).unwrap_or_default(),
            received: deskbreak_host::clock::now(),
        });
        id
    }

    async fn close_notification(
        &self,
        id: u32,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] connection: &zbus::Connection,
    ) {
        self.recorded.lock().unwrap().closed.push(id);
        let caller = header.sender().map(|s| s.to_owned().into());
        let emitter = emitter(connection, self.delivery, caller);
        let _ = Server::notification_closed(&emitter, id, 3).await;
    }

    /// Do not disturb.
    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.recorded.lock().unwrap().inhibited
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (self.name.into(), "deskbreak tests".into(), "1".into(), "1.2".into())
    }

    #[zbus(signal)]
    async fn action_invoked(emitter: &SignalEmitter<'_>, id: u32, action_key: &str) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn notification_closed(emitter: &SignalEmitter<'_>, id: u32, reason: u32) -> zbus::Result<()>;
}

const PATH: &str = "/org/freedesktop/Notifications";

/// Where a signal goes: to `caller` alone, or to everyone.
fn emitter(
    connection: &zbus::Connection,
    delivery: Delivery,
    caller: Option<OwnedUniqueName>,
) -> SignalEmitter<'static> {
    let emitter = SignalEmitter::new(connection, PATH).unwrap().into_owned();
    match (delivery, caller) {
        (Delivery::Targeted, Some(caller)) => emitter.set_destination(BusName::Unique(caller.into_inner())),
        _ => emitter,
    }
}

/// The fake server on a test bus.
pub struct FakeNotifications {
    runtime: tokio::runtime::Runtime,
    connection: zbus::Connection,
    recorded: Arc<Mutex<Recorded>>,
    delivery: Delivery,
}

impl FakeNotifications {
    /// A server that sends its signals to the caller of `Notify` only.
    pub fn start(bus: &Bus) -> FakeNotifications {
        FakeNotifications::start_with(bus, Delivery::Targeted)
    }

    pub fn start_with(bus: &Bus, delivery: Delivery) -> FakeNotifications {
        FakeNotifications::start_named(bus, delivery, "fake-notifications")
    }

    /// A server that calls itself `name` when asked.
    pub fn start_named(bus: &Bus, delivery: Delivery, name: &'static str) -> FakeNotifications {
        let recorded = Arc::new(Mutex::new(Recorded::default()));
        let server = Server {
            recorded: recorded.clone(),
            delivery,
            name,
        };
        let (runtime, connection) = serve(&bus.address, "org.freedesktop.Notifications", PATH, server);
        FakeNotifications {
            runtime,
            connection,
            recorded,
            delivery,
        }
    }

    /// Leaves the bus, as a server that exits does.
    pub fn stop(self) {
        let FakeNotifications {
            runtime, connection, ..
        } = self;
        runtime.block_on(connection.close()).unwrap();
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

    /// Switches do-not-disturb, telling listeners with `PropertiesChanged`.
    pub fn set_inhibited(&self, on: bool) {
        self.recorded.lock().unwrap().inhibited = on;
        self.runtime.block_on(async {
            let iface = self
                .connection
                .object_server()
                .interface::<_, Server>(PATH)
                .await
                .unwrap();
            iface
                .get()
                .await
                .inhibited_changed(iface.signal_emitter())
                .await
                .unwrap();
        });
    }

    /// Presses a button, as a person would: the server sends `ActionInvoked`, then closes the
    /// notification as dismissed by the person (GNOME and dunst both do).
    pub fn click(&self, id: u32, action: &str) {
        let emitter = self.emitter_for(id);
        self.runtime.block_on(async {
            Server::action_invoked(&emitter, id, action).await.unwrap();
            Server::notification_closed(&emitter, id, 2).await.unwrap();
        });
    }

    /// The person closes the notification without pressing a button.
    pub fn dismiss(&self, id: u32) {
        self.close_with(id, 2);
    }

    /// The server's own timeout takes the notification off the screen.
    pub fn expire(&self, id: u32) {
        self.close_with(id, 1);
    }

    fn close_with(&self, id: u32, reason: u32) {
        let emitter = self.emitter_for(id);
        self.runtime
            .block_on(Server::notification_closed(&emitter, id, reason))
            .unwrap();
    }

    /// Signals about notification `id` go to its caller (or everyone, when broadcasting).
    fn emitter_for(&self, id: u32) -> SignalEmitter<'static> {
        let caller = self
            .notifies()
            .into_iter()
            .find(|n| n.id == id)
            .map(|n| OwnedUniqueName::try_from(n.sender).unwrap());
        emitter(&self.connection, self.delivery, caller)
    }
}
