//! The desktop-notification adapter: shows a prompt with its actions, reports clicks back to
//! the daemon, closes it on request. It decides nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::core::model::{ReliefShown, Shown};
use crate::core::relief;

/// A button pressed on a notification: `seq` names the prompt it showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clicked {
    pub seq: u64,
    pub action: String,
}

pub struct Notifier {
    clicks: mpsc::Sender<Clicked>,
    current: Option<(oneshot::Sender<()>, JoinHandle<()>)>,
    /// Set after a failed show, so that a missing server is reported once, not at every prompt.
    warned: Arc<AtomicBool>,
    #[cfg(all(unix, not(target_os = "macos")))]
    actions: Arc<actions::Listener>,
}

impl Notifier {
    pub fn new(clicks: mpsc::Sender<Clicked>) -> Notifier {
        Notifier {
            clicks,
            current: None,
            warned: Arc::new(AtomicBool::new(false)),
            #[cfg(all(unix, not(target_os = "macos")))]
            actions: Arc::default(),
        }
    }

    /// Shows `shown`, closing whatever deskbreak had on screen before.
    pub fn show(&mut self, shown: &Shown) {
        self.close();
        let (close, closed) = oneshot::channel();
        let shown_on = Showing {
            seq: shown.seq,
            clicks: self.clicks.clone(),
            warned: self.warned.clone(),
            #[cfg(all(unix, not(target_os = "macos")))]
            actions: self.actions.clone(),
        };
        let task = tokio::spawn(present(notification(shown), shown_on, closed));
        self.current = Some((close, task));
    }

    /// A plain message from deskbreak itself (no actions), beside any prompt on screen.
    pub fn message(&self, summary: &str, body: &str) {
        let mut n = notify_rust::Notification::new();
        n.appname("deskbreak").summary(summary).body(body);
        let warned = self.warned.clone();
        tokio::spawn(async move {
            if let Err(e) = n.show_async().await {
                warn_once(&warned, &e);
            }
        });
    }

    /// The guide's relief steps, in a notification of their own that stays until dismissed.
    pub fn relief(&self, relief: ReliefShown) {
        let mut n = notify_rust::Notification::new();
        n.appname("deskbreak")
            .summary("Numb legs: try these steps")
            .body(&relief::body(relief.recent, relief.advise))
            .timeout(notify_rust::Timeout::Never);
        let warned = self.warned.clone();
        tokio::spawn(async move {
            if let Err(e) = n.show_async().await {
                warn_once(&warned, &e);
            }
        });
    }

    pub fn close(&mut self) {
        if let Some((close, _)) = self.current.take() {
            let _ = close.send(());
        }
    }

    /// Closes the notification on screen and waits (briefly) until the server was told.
    pub async fn shutdown(&mut self) {
        if let Some((close, task)) = self.current.take() {
            let _ = close.send(());
            let _ = tokio::time::timeout(Duration::from_secs(2), task).await;
        }
    }
}

/// "10 min", or "90 s" for spans that are not whole minutes.
pub fn short_span(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 60 && s.is_multiple_of(60) {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

fn notification(shown: &Shown) -> notify_rust::Notification {
    let prompt = &shown.prompt;
    let mut n = notify_rust::Notification::new();
    n.appname("deskbreak")
        .summary(prompt.category.heading())
        .body(&format!("{}\n{}", prompt.text, prompt.why))
        .timeout(notify_rust::Timeout::Never);
    #[cfg(all(unix, not(target_os = "macos")))]
    n.action("done", "Done")
        .action("snooze", &format!("Snooze {}", short_span(shown.snooze)))
        .action("skip", "Skip")
        .hint(notify_rust::Hint::DesktopEntry("deskbreak".into()))
        .hint(notify_rust::Hint::Resident(true));
    n
}

/// What a notification task needs besides the notification.
struct Showing {
    seq: u64,
    clicks: mpsc::Sender<Clicked>,
    warned: Arc<AtomicBool>,
    #[cfg(all(unix, not(target_os = "macos")))]
    actions: Arc<actions::Listener>,
}

fn warn_once(warned: &AtomicBool, e: &dyn std::fmt::Display) {
    if !warned.swap(true, Ordering::Relaxed) {
        tracing::warn!(
            "no notification server answered ({e}); deskbreak keeps running and tries again at the next prompt"
        );
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
async fn present(n: notify_rust::Notification, on: Showing, closed: oneshot::Receiver<()>) {
    // Listen before showing, so that not even an instant click is missed.
    if let Err(e) = on.actions.ensure_listening(&on.clicks).await {
        warn_once(&on.warned, &e);
        return;
    }
    let handle = match n.show_async().await {
        Ok(handle) => handle,
        Err(e) => {
            warn_once(&on.warned, &e);
            return;
        }
    };
    on.warned.store(false, Ordering::Relaxed);
    on.actions.expect(handle.id(), on.seq, &on.clicks);
    // Dropped or told: either way the prompt is over and its notification goes.
    let _ = closed.await;
    handle.close_async().await;
}

/// macOS and Windows: notify-rust shows the prompt; answers come from the tray and the CLI.
#[cfg(not(all(unix, not(target_os = "macos"))))]
async fn present(n: notify_rust::Notification, on: Showing, _closed: oneshot::Receiver<()>) {
    let _ = (on.seq, &on.clicks);
    if let Err(e) = n.show_async().await {
        warn_once(&on.warned, &e);
    }
}

/// Button presses, heard on one session-bus connection subscribed before any prompt is shown.
/// notify-rust sends and closes notifications; its per-notification action wait subscribes
/// only after the notification is up, which can miss a quick click.
#[cfg(all(unix, not(target_os = "macos")))]
mod actions {
    use std::sync::Mutex;
    use tokio::sync::mpsc;

    use super::Clicked;

    #[zbus::proxy(
        interface = "org.freedesktop.Notifications",
        default_service = "org.freedesktop.Notifications",
        default_path = "/org/freedesktop/Notifications"
    )]
    trait Notifications {
        #[zbus(signal)]
        fn action_invoked(&self, id: u32, action_key: String) -> zbus::Result<()>;
    }

    /// Clicks from before the daemon learnt the notification's id are kept for a moment.
    const EARLY_CLICKS: usize = 8;

    #[derive(Default)]
    pub struct Listener {
        connection: tokio::sync::Mutex<Option<zbus::Connection>>,
        ids: Mutex<Ids>,
    }

    #[derive(Default)]
    struct Ids {
        /// The notification on screen and the prompt it shows.
        current: Option<(u32, u64)>,
        early: Vec<(u32, String)>,
    }

    impl Listener {
        pub async fn ensure_listening(self: &std::sync::Arc<Self>, clicks: &mpsc::Sender<Clicked>) -> zbus::Result<()> {
            let mut connection = self.connection.lock().await;
            if connection.is_some() {
                return Ok(());
            }
            let bus = zbus::Connection::session().await?;
            let mut stream = NotificationsProxy::new(&bus).await?.receive_action_invoked().await?;
            let (listener, clicks) = (self.clone(), clicks.clone());
            tokio::spawn(async move {
                use futures_lite::StreamExt;
                while let Some(signal) = stream.next().await {
                    if let Ok(args) = signal.args() {
                        listener.clicked(args.id, args.action_key, &clicks);
                    }
                }
                // The bus went away: connect again at the next prompt.
                *listener.connection.lock().await = None;
            });
            *connection = Some(bus);
            Ok(())
        }

        /// Notification `id` shows prompt `seq`.
        pub fn expect(&self, id: u32, seq: u64, clicks: &mpsc::Sender<Clicked>) {
            let mut ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
            ids.current = Some((id, seq));
            for (_, action) in ids.early.extract_if(.., |(early, _)| *early == id) {
                let _ = clicks.try_send(Clicked { seq, action });
            }
        }

        fn clicked(&self, id: u32, action: String, clicks: &mpsc::Sender<Clicked>) {
            let mut ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
            match ids.current {
                Some((current, seq)) if current == id => {
                    let _ = clicks.try_send(Clicked { seq, action });
                }
                _ => {
                    if ids.early.len() == EARLY_CLICKS {
                        ids.early.remove(0);
                    }
                    ids.early.push((id, action));
                }
            }
        }
    }
}
