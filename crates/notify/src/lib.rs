//! The desktop-notification adapter: shows a prompt with its actions, reports back what the
//! person did with it, closes it on request. It decides nothing: one task owns the
//! notification server's side of things and the daemon talks to it through a channel.

#[cfg(all(unix, not(target_os = "macos")))]
mod dbus;
#[cfg(all(unix, not(target_os = "macos")))]
use dbus as backend;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as backend;
#[cfg(windows)]
pub mod app_id;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as backend;

use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

use deskbreak_core::events::{ReliefShown, Shown};
use deskbreak_i18n::fl;
use deskbreak_status::relief;
use deskbreak_status::spans;

/// What the notification server reported about a prompt; `seq` names the prompt it showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Heard {
    /// A button was pressed: `action` is its key (`done`, `snooze`, `skip`).
    Clicked { seq: u64, action: String },
    /// The person closed the notification without pressing a button.
    Dismissed { seq: u64 },
    /// The server took the notification off the screen by itself.
    Expired { seq: u64 },
}

/// The action keys a prompt offers, in the order of its buttons.
pub const ACTIONS: [&str; 3] = ["done", "snooze", "skip"];

/// What the daemon asks of the notification task.
enum Order {
    /// Show a prompt, replacing the one on screen.
    Show(Shown),
    /// Take the prompt off the screen.
    Close,
    /// A notification that is not a prompt: nothing to answer, nothing to track.
    Message(Message),
    /// Close the prompt, then stop.
    Shutdown(oneshot::Sender<()>),
}

/// A notification of deskbreak's own, beside the prompts.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Message {
    summary: String,
    body: String,
    /// Stays on screen until dismissed (on GNOME, which keeps only critical banners, as
    /// critical).
    sticky: bool,
}

/// The daemon's handle on the notification task; cheap to clone (the tray holds one too).
#[derive(Clone)]
pub struct Notifier {
    orders: mpsc::UnboundedSender<Order>,
}

impl Notifier {
    /// The handle and the notification task, which the caller spawns: the task is then
    /// compiled beside the caller's other D-Bus work (the tray's, the watchers'), whose zbus code
    /// it shares, not a second time here. What the task hears goes to `heard`. `cache_dir`: where
    /// the icon is written for desktops that have no installed copy.
    pub fn new(
        heard: mpsc::Sender<Heard>,
        cache_dir: &std::path::Path,
    ) -> (Notifier, impl Future<Output = ()> + Send + use<>) {
        let (orders, inbox) = mpsc::unbounded_channel();
        (Notifier { orders }, backend::run(inbox, heard, cache_dir.to_path_buf()))
    }

    /// Shows `shown`, closing whatever prompt deskbreak had on screen before.
    pub fn show(&self, shown: &Shown) {
        self.send(Order::Show(shown.clone()));
    }

    pub fn close(&self) {
        self.send(Order::Close);
    }

    /// A plain message from deskbreak itself (no actions), beside any prompt on screen, that
    /// the server may take away after a while: it says what the person already knows.
    pub fn message(&self, summary: &str, body: &str) {
        self.send(Order::Message(Message {
            summary: summary.into(),
            body: body.into(),
            sticky: false,
        }));
    }

    /// A message with something to read or act on (an error with a path and what to do next),
    /// that stays until dismissed.
    pub fn alert(&self, summary: &str, body: &str) {
        self.send(Order::Message(Message {
            summary: summary.into(),
            body: body.into(),
            sticky: true,
        }));
    }

    /// The guide's relief steps, in a notification of their own that stays until dismissed.
    pub fn relief(&self, relief: ReliefShown) {
        self.send(Order::Message(Message {
            summary: fl!("relief-title"),
            body: relief::body(relief.recent, relief.advise, relief.within),
            sticky: true,
        }));
    }

    /// Takes the prompt off the screen and waits (briefly) until the server was told.
    pub async fn shutdown(&self) {
        let (done, finished) = oneshot::channel();
        self.send(Order::Shutdown(done));
        let _ = tokio::time::timeout(Duration::from_secs(2), finished).await;
    }

    fn send(&self, order: Order) {
        // The task ends only after `shutdown`; an order after that has nothing left to do.
        let _ = self.orders.send(order);
    }
}

/// A prompt as a notification, in the person's language (a custom prompt as they wrote it): its
/// title as the summary; the body says what to do (after how long they have sat, when that was
/// long), then why on a line of its own, which a small popup may fold away without losing the
/// instruction.
fn prompt_summary_and_body(shown: &Shown) -> (String, String) {
    let prompt = &shown.prompt;
    let (title, mut text, why) = deskbreak_i18n::prompt_words(&prompt.id)
        .filter(|_| prompt.source != deskbreak_core::model::CUSTOM_SOURCE)
        .unwrap_or_else(|| (prompt.title.clone(), prompt.text.clone(), prompt.why.clone()));
    if let Some(sat) = shown.sat {
        text = fl!("notification-sat-for", span = spans::words(sat.as_secs()), text = text);
    }
    (title, format!("{text}\n{why}"))
}

/// The buttons' labels, in the order of `ACTIONS` (macOS shows them only inside deskbreak.app).
fn button_labels(shown: &Shown) -> [String; 3] {
    [
        fl!("button-done"),
        fl!("button-snooze", span = spans::snooze(shown.snooze)),
        fl!("button-skip"),
    ]
}
