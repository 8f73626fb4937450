//! macOS: notify-rust shows each prompt and message in Notification Center. Its buttons need a
//! blocking wait on the main run loop for each notification, which the daemon does not hold, so
//! prompts come without them: answers come from the menu bar and the CLI, and nothing is heard
//! back. Compiled here, never run (see the README).

use tokio::sync::mpsc;

use super::{Heard, Order};

/// `_cache_dir`: where the D-Bus backend writes its icon; macOS shows the app's own.
pub(super) async fn run(
    mut orders: mpsc::UnboundedReceiver<Order>,
    _heard: mpsc::Sender<Heard>,
    _cache_dir: std::path::PathBuf,
) {
    let mut warned = false;
    while let Some(order) = orders.recv().await {
        let mut n = notify_rust::Notification::new();
        match order {
            Order::Show(shown) => {
                let (summary, body) = super::prompt_summary_and_body(&shown);
                n.summary(summary).body(&body);
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
