//! macOS: inside deskbreak.app, prompts come with Done / Snooze / Skip buttons through
//! UNUserNotificationCenter (`center`). Outside a bundle (`cargo install`, the Homebrew
//! formula) that API has no app to speak for and throws, so notify-rust shows each prompt
//! and message without buttons: answers come from the menu bar and the CLI, and nothing is
//! heard back. Compiled here, never run (see the README).

mod center;

use tokio::sync::mpsc;

use super::{Heard, Order};

/// `_cache_dir`: where the D-Bus backend writes its icon; macOS shows the app's own.
pub(super) async fn run(
    orders: mpsc::UnboundedReceiver<Order>,
    heard: mpsc::Sender<Heard>,
    _cache_dir: std::path::PathBuf,
) {
    if center::in_bundle() {
        center::run(orders, heard).await;
    } else {
        tracing::info!(
            "not started from deskbreak.app: prompts come without buttons (notify-rust); \
             answer from the menu bar or the CLI"
        );
        without_buttons(orders).await;
    }
}

/// notify-rust: its buttons need a blocking wait on the main run loop for each notification,
/// which the daemon does not hold, so none are shown.
async fn without_buttons(mut orders: mpsc::UnboundedReceiver<Order>) {
    let mut warned = false;
    while let Some(order) = orders.recv().await {
        let mut n = notify_rust::Notification::new();
        match order {
            Order::Show(shown) => {
                let (summary, body) = super::prompt_summary_and_body(&shown);
                n.summary(&summary).body(&body);
            }
            Order::Message(message) => {
                n.summary(&message.summary).body(&message.body);
            }
            // The toast stays in the system's notification centre; there is no handle to close.
            Order::Close => continue,
            Order::Shutdown(done) => {
                let _ = done.send(());
                return;
            }
        }
        n.appname("deskbreak");
        // notify-rust's show blocks on the platform's API: off the runtime's thread.
        let shown = tokio::task::spawn_blocking(move || n.show().map(|_| ())).await;
        match shown {
            Ok(Ok(())) => warned = false,
            Ok(Err(e)) if !std::mem::replace(&mut warned, true) => {
                tracing::warn!("cannot show a notification ({e}); answer from the tray or the CLI")
            }
            Ok(Err(_)) | Err(_) => {}
        }
    }
}
