//! Windows: each prompt is a toast with Done / Snooze / Skip buttons (WinRT, through
//! tauri-winrt-notification, the crate notify-rust uses there). The toast's own callbacks report
//! the button pressed, or how it went away, straight to the daemon: no thread waits for them.
//! Toasts carry deskbreak's own app id (`app_id`), registered when the task starts; if that
//! fails they borrow PowerShell's, which Windows always shows. Wine has no WinRT toasts: there
//! every show fails, which the daemon says once.

use tauri_winrt_notification::{Duration, Toast, ToastDismissalReason};
use tokio::sync::mpsc;

use super::{ACTIONS, Heard, Order, app_id};
use deskbreak_core::events::Shown;

/// `cache_dir`: where the app id's icon is written when no installed one sits beside the program.
pub(super) async fn run(
    mut orders: mpsc::UnboundedReceiver<Order>,
    heard: mpsc::Sender<Heard>,
    cache_dir: std::path::PathBuf,
) {
    let app_id = match app_id::register(&cache_dir) {
        Ok(registered) => {
            if let app_id::Registered::Now(key) = registered {
                tracing::info!("registered {key}, so that notifications are titled \"deskbreak\"");
            }
            app_id::APP_ID
        }
        Err(e) => {
            tracing::warn!(
                "cannot register the app id {} ({e}): notifications are titled \"Windows PowerShell\"",
                app_id::APP_ID
            );
            Toast::POWERSHELL_APP_ID
        }
    };
    let mut failing = false;
    while let Some(order) = orders.recv().await {
        // A toast holds COM objects that stay on the thread that made it: each is built, and
        // shown, off the runtime's thread (WinRT calls block).
        let make: Box<dyn FnOnce() -> Toast + Send> = match order {
            Order::Show(shown) => {
                let heard = heard.clone();
                Box::new(move || prompt(app_id, &shown, &heard))
            }
            Order::Message(message) => Box::new(move || {
                Toast::new(app_id)
                    .title(&message.summary)
                    .text1(&message.body)
                    .duration(if message.sticky {
                        Duration::Long
                    } else {
                        Duration::Short
                    })
            }),
            // A toast stays in the notification centre; a late press on it is ignored by `seq`.
            Order::Close => continue,
            Order::Shutdown(done) => {
                let _ = done.send(());
                return;
            }
        };
        match tokio::task::spawn_blocking(move || make().show()).await {
            Ok(Ok(())) => failing = false,
            Ok(Err(e)) if !std::mem::replace(&mut failing, true) => {
                tracing::warn!("cannot show a notification ({e:?}); answer from the tray or the CLI");
            }
            Ok(Err(_)) | Err(_) => {}
        }
    }
}

/// A prompt's toast: its buttons, and callbacks that tell the daemon what became of it.
fn prompt(app_id: &str, shown: &Shown, heard: &mpsc::Sender<Heard>) -> Toast {
    let (summary, body) = super::prompt_summary_and_body(shown);
    let mut toast = Toast::new(app_id).title(&summary).text1(&body).duration(Duration::Long);
    for (key, label) in ACTIONS.iter().zip(super::button_labels(shown)) {
        toast = toast.add_button(&label, key);
    }
    let seq = shown.seq;
    let (clicked, closed) = (heard.clone(), heard.clone());
    // WinRT calls these on its own threads: `try_send` never blocks them.
    toast
        .on_activated(move |action| {
            // A click on the toast's body, not a button, brings no action: nothing to record.
            if let Some(action) = action {
                let _ = clicked.try_send(Heard::Clicked { seq, action });
            }
            Ok(())
        })
        .on_dismissed(move |reason| {
            let what = match reason {
                Some(ToastDismissalReason::UserCanceled) => Heard::Dismissed { seq },
                Some(ToastDismissalReason::TimedOut) => Heard::Expired { seq },
                // Hidden by deskbreak itself, or a reason WinRT does not give.
                _ => return Ok(()),
            };
            let _ = closed.try_send(what);
            Ok(())
        })
}
