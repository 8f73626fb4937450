//! Linux and the BSDs: `org.freedesktop.Notifications` over one session-bus connection, the one
//! that calls `Notify` and hears the answers. GNOME Shell and dunst send `ActionInvoked` and
//! `NotificationClosed` only to the connection that called `Notify` (the specification allows
//! it), so a second connection would never hear a button.
//!
//! notify-rust builds each notification; this task sends it, follows it, and shows the prompt
//! again when the server is replaced (a restarted server has forgotten it).

use futures_lite::StreamExt;
use std::collections::HashMap;
use std::path::PathBuf;
use tokio::sync::mpsc;
use zbus::fdo::{DBusProxy, NameOwnerChanged, NameOwnerChangedStream};
use zbus::message::Type;
use zbus::names::{BusName, OwnedUniqueName};
use zbus::{Connection, MatchRule, Message, MessageStream};

mod content;

use super::{ACTIONS, Heard, Order};
use content::{Server, app_icon, message_notification, prompt_notification, themed_icon_dirs};
use deskbreak_core::events::Shown;

const NAME: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

/// `NotificationClosed` reasons, from the specification.
const EXPIRED: u32 = 1;
const DISMISSED: u32 = 2;

/// Signals queued while the task waits for a reply; servers that broadcast send every
/// application's `NotificationClosed`, so leave room for a burst.
const MAX_QUEUED: usize = 64;

/// The session bus, with the two subscriptions made before the first `Notify`.
struct Link {
    connection: Connection,
    /// `ActionInvoked` and `NotificationClosed`, targeted at us or broadcast.
    signals: MessageStream,
    /// Who owns the server's name: a new owner has not seen the prompt.
    owners: NameOwnerChangedStream,
}

impl Link {
    async fn open() -> zbus::Result<Link> {
        let connection = Connection::session().await?;
        // No sender in the rule: the server may be replaced; each signal's sender is checked
        // against the server that showed the prompt instead.
        let rule = MatchRule::builder()
            .msg_type(Type::Signal)
            .interface(NAME)?
            .path(PATH)?
            .build();
        let signals = MessageStream::for_match_rule(rule, &connection, Some(MAX_QUEUED)).await?;
        let owners = DBusProxy::new(&connection)
            .await?
            .receive_name_owner_changed_with_args(&[(0, NAME)])
            .await?;
        Ok(Link {
            connection,
            signals,
            owners,
        })
    }
}

/// The prompt deskbreak has out, and where it is on screen.
struct Current {
    shown: Shown,
    /// The notification's id and the server that holds it, once shown.
    on_screen: Option<(u32, OwnedUniqueName)>,
    /// A button was heard: the `NotificationClosed` that follows is no news.
    answered: bool,
}

/// Something that woke the task.
enum Event {
    Order(Option<Order>),
    Signal(Option<zbus::Result<Message>>),
    Owner(Option<NameOwnerChanged>),
}

struct Task {
    heard: mpsc::Sender<Heard>,
    /// `app_icon` of every notification.
    icon: String,
    link: Option<Link>,
    server: Option<Server>,
    current: Option<Current>,
    /// A missing server is reported once, not at every prompt.
    warned: bool,
}

pub(super) async fn run(mut orders: mpsc::UnboundedReceiver<Order>, heard: mpsc::Sender<Heard>, cache_dir: PathBuf) {
    let mut task = Task {
        heard,
        icon: app_icon(&themed_icon_dirs(), &cache_dir),
        link: None,
        server: None,
        current: None,
        warned: false,
    };
    loop {
        let event = match &mut task.link {
            Some(link) => tokio::select! {
                order = orders.recv() => Event::Order(order),
                signal = link.signals.next() => Event::Signal(signal),
                change = link.owners.next() => Event::Owner(change),
            },
            None => Event::Order(orders.recv().await),
        };
        match event {
            Event::Order(None) => return,
            Event::Order(Some(order)) => {
                if !task.order(order).await {
                    return;
                }
            }
            Event::Signal(Some(Ok(message))) => task.signal(&message).await,
            Event::Owner(Some(change)) => task.owner_changed(&change).await,
            // The bus went away: connect again at the next order.
            Event::Signal(None | Some(Err(_))) | Event::Owner(None) => {
                tracing::info!("lost the session bus; notifications connect again at the next prompt");
                task.link = None;
                task.server = None;
            }
        }
    }
}

impl Task {
    /// Carries out `order`; false once the task is to stop.
    async fn order(&mut self, order: Order) -> bool {
        match order {
            Order::Show(shown) => {
                self.close().await;
                self.current = Some(Current {
                    shown,
                    on_screen: None,
                    answered: false,
                });
                self.present().await;
            }
            Order::Close => self.close().await,
            Order::Message(message) => {
                let icon = self.icon.clone();
                let sent = match self.server().await {
                    Ok(server) => {
                        let n = message_notification(&message, &server, &icon);
                        self.notify(&n).await.map(|_| ())
                    }
                    Err(e) => Err(e),
                };
                self.outcome(sent);
            }
            Order::Shutdown(done) => {
                self.close().await;
                let _ = done.send(());
                return false;
            }
        }
        true
    }

    /// Puts the current prompt on the server's screen.
    async fn present(&mut self) {
        let Some(current) = &self.current else { return };
        let shown = current.shown.clone();
        let sent = match self.server().await {
            Ok(server) => {
                let n = prompt_notification(&shown, &server, &self.icon.clone());
                self.notify(&n).await
            }
            Err(e) => Err(e),
        };
        if let (Ok(on_screen), Some(current)) = (&sent, &mut self.current) {
            current.on_screen = Some(on_screen.clone());
        }
        self.outcome(sent);
    }

    fn outcome<T>(&mut self, sent: zbus::Result<T>) {
        match sent {
            Ok(_) => self.warned = false,
            Err(e) if !std::mem::replace(&mut self.warned, true) => tracing::warn!(
                "no notification server answered ({e}); deskbreak keeps running and shows the prompt when one appears"
            ),
            Err(e) => tracing::debug!("no notification server: {e}"),
        }
    }

    /// The session bus, connected and subscribed on first use.
    async fn link(&mut self) -> zbus::Result<&Link> {
        if self.link.is_none() {
            self.link = Some(Link::open().await?);
        }
        self.link
            .as_ref()
            .ok_or_else(|| zbus::Error::Failure("no session bus".into()))
    }

    /// What the server can do: asked of each new server once.
    async fn server(&mut self) -> zbus::Result<Server> {
        if let Some(server) = &self.server {
            return Ok(server.clone());
        }
        let connection = self.link().await?.connection.clone();
        let call = |method: &'static str| connection.call_method(Some(NAME), PATH, Some(NAME), method, &());
        let info = call("GetServerInformation").await?;
        let (name, ..): (String, String, String, String) = info.body().deserialize()?;
        let capabilities: Vec<String> = call("GetCapabilities").await?.body().deserialize()?;
        let owner = sender(&info)?;
        tracing::debug!(server = %name, %owner, ?capabilities, "notification server");
        let server = Server {
            gnome: name == "gnome-shell",
            markup: capabilities.iter().any(|c| c == "body-markup"),
        };
        self.server = Some(server.clone());
        Ok(server)
    }

    /// Sends `n`; returns its id and the server that holds it.
    async fn notify(&mut self, n: &notify_rust::Notification) -> zbus::Result<(u32, OwnedUniqueName)> {
        let hints: HashMap<&str, zbus::zvariant::Value<'_>> = n.hints.iter().map(Into::into).collect();
        let reply = self
            .link()
            .await?
            .connection
            .call_method(
                Some(NAME),
                PATH,
                Some(NAME),
                "Notify",
                &(
                    &n.appname,
                    0u32,
                    &n.icon,
                    &n.summary,
                    &n.body,
                    &n.actions,
                    hints,
                    i32::from(n.timeout),
                ),
            )
            .await?;
        let id: u32 = reply.body().deserialize()?;
        Ok((id, sender(&reply)?))
    }

    /// Takes the prompt off the screen of the server that shows it (never another server's
    /// notification that happens to have the same id).
    async fn close(&mut self) {
        let Some(Current {
            on_screen: Some((id, owner)),
            ..
        }) = self.current.take()
        else {
            return;
        };
        if let Some(link) = &self.link {
            let closed = link
                .connection
                .call_method(
                    Some(BusName::from(owner)),
                    PATH,
                    Some(NAME),
                    "CloseNotification",
                    &(id,),
                )
                .await;
            if let Err(e) = closed {
                tracing::debug!("closing notification {id}: {e}");
            }
        }
    }

    /// A signal from the notification interface: ours if it names the prompt's notification
    /// and comes from the server that holds it.
    async fn signal(&mut self, message: &Message) {
        let Some(current) = &mut self.current else { return };
        let Some((id, owner)) = &current.on_screen else { return };
        let header = message.header();
        if header.sender().is_none_or(|s| *s != owner.as_ref()) {
            return;
        }
        let seq = current.shown.seq;
        let heard = match header.member().map(|m| m.as_str()) {
            Some("ActionInvoked") => match message.body().deserialize::<(u32, String)>() {
                Ok((signal_id, action)) if signal_id == *id && ACTIONS.contains(&action.as_str()) => {
                    current.answered = true;
                    Heard::Clicked { seq, action }
                }
                _ => return,
            },
            Some("NotificationClosed") => match message.body().deserialize::<(u32, u32)>() {
                Ok((signal_id, reason)) if signal_id == *id => {
                    current.on_screen = None;
                    match reason {
                        _ if current.answered => return,
                        DISMISSED => Heard::Dismissed { seq },
                        EXPIRED => Heard::Expired { seq },
                        other => {
                            tracing::info!("the notification server closed the prompt (reason {other})");
                            return;
                        }
                    }
                }
                _ => return,
            },
            _ => return,
        };
        // The daemon drains this channel in its loop; waiting here only delays other signals.
        let _ = self.heard.send(heard).await;
    }

    /// The server's name changed hands: a new server knows nothing of the prompt.
    async fn owner_changed(&mut self, change: &NameOwnerChanged) {
        let Ok(args) = change.args() else { return };
        self.server = None;
        let Some(new) = args.new_owner().as_ref() else {
            tracing::info!("the notification server went away");
            return;
        };
        let Some(current) = &mut self.current else { return };
        let shown_there = current.on_screen.as_ref().is_some_and(|(_, owner)| owner == new);
        if current.answered || shown_there {
            return;
        }
        tracing::info!(owner = %new, "a new notification server: showing the prompt again");
        current.on_screen = None;
        self.present().await;
    }
}

fn sender(message: &Message) -> zbus::Result<OwnedUniqueName> {
    message
        .header()
        .sender()
        .map(|s| s.to_owned().into())
        .ok_or_else(|| zbus::Error::Failure("a reply without a sender".into()))
}
