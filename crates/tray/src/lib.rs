//! The tray adapter: shows the daemon's status in the panel and sends menu choices back as
//! requests, on the same path as the CLI's, marked `via: tray`. One backend per platform; the
//! daemon sees only `Tray`.

pub mod icons;
#[cfg(target_os = "linux")]
mod launch_feedback;
#[cfg(not(target_os = "linux"))]
mod native;
#[cfg(target_os = "linux")]
mod sni;

use std::path::Path;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};

use deskbreak_core::events::PauseSpec;
use deskbreak_core::model::{Status, Via};
use deskbreak_core::span::Span;
use deskbreak_history as history;
use deskbreak_host::clock;
use deskbreak_host::opener;
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;
use deskbreak_ipc::protocol::Command;
use deskbreak_ipc::server::Incoming;
use deskbreak_notify::Notifier;
use deskbreak_status::{Glance, spans};

/// What a menu entry does when chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A request to the daemon, as the CLI would send it.
    Send(Command),
    /// Open the config file in the desktop's default editor.
    OpenConfig,
    /// Write the report of the last 7 days and open it in the browser.
    ShowStatistics,
}

/// One entry of the tray menu, whatever the backend draws it with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A line of text that cannot be chosen.
    Info(String),
    Item {
        label: String,
        enabled: bool,
        action: Action,
    },
    Submenu {
        label: String,
        enabled: bool,
        items: Vec<(String, Action)>,
    },
    Separator,
}

/// The menu for what the daemon is doing now.
pub fn menu(glance: &Glance) -> Vec<Entry> {
    let send = |command| Action::Send(command);
    let snooze = |minutes: u64| {
        send(Command::Snooze {
            seconds: Some(Span::minutes(minutes)),
        })
    };
    let pause = |pause| send(Command::Pause { pause });
    let answerable = glance.answerable();
    let pause_or_resume = if glance.paused() {
        Entry::Item {
            label: fl!("menu-resume"),
            enabled: true,
            action: send(Command::Resume),
        }
    } else {
        Entry::Submenu {
            label: fl!("menu-pause"),
            enabled: true,
            items: vec![
                (
                    spans::snooze(Duration::from_secs(30 * 60)),
                    pause(PauseSpec::For {
                        seconds: Span::minutes(30),
                    }),
                ),
                (
                    fl!("menu-one-hour"),
                    pause(PauseSpec::For {
                        seconds: Span::minutes(60),
                    }),
                ),
                (fl!("menu-until-tomorrow"), pause(PauseSpec::Tomorrow)),
            ],
        }
    };
    vec![
        Entry::Info(glance.headline.clone()),
        Entry::Separator,
        Entry::Item {
            label: fl!("menu-done"),
            enabled: answerable,
            action: send(Command::Done),
        },
        Entry::Submenu {
            label: fl!("menu-snooze"),
            enabled: answerable,
            items: [5, 10, 15, 30]
                .map(|minutes| (spans::snooze(Duration::from_secs(minutes * 60)), snooze(minutes)))
                .into(),
        },
        Entry::Item {
            label: fl!("menu-skip"),
            enabled: answerable,
            action: send(Command::Skip),
        },
        Entry::Separator,
        Entry::Item {
            label: fl!("menu-break-now"),
            enabled: true,
            action: send(Command::Now),
        },
        pause_or_resume,
        Entry::Item {
            label: fl!("menu-drank-water"),
            enabled: true,
            action: send(Command::Drink { glasses: 1 }),
        },
        Entry::Item {
            label: fl!("menu-legs-numb"),
            enabled: true,
            action: send(Command::Relief),
        },
        Entry::Separator,
        Entry::Info(glance.counts.clone()),
        Entry::Separator,
        Entry::Item {
            label: fl!("menu-statistics"),
            enabled: true,
            action: Action::ShowStatistics,
        },
        Entry::Item {
            label: fl!("menu-open-config"),
            enabled: true,
            action: Action::OpenConfig,
        },
        Entry::Item {
            label: fl!("menu-quit"),
            enabled: true,
            action: send(Command::Quit),
        },
    ]
}

/// Where the tray's choices go: the daemon's request queue, the files to open, and the
/// notifications that say when a choice could not be carried out.
#[derive(Clone)]
pub struct Actions {
    requests: mpsc::Sender<Incoming>,
    paths: Paths,
    notifier: Notifier,
}

impl Actions {
    pub fn new(requests: mpsc::Sender<Incoming>, paths: &Paths, notifier: Notifier) -> Actions {
        Actions {
            requests,
            paths: paths.clone(),
            notifier,
        }
    }

    /// Carries out `action` without waiting: menu callbacks must not block the tray.
    pub fn run(&self, action: &Action) {
        match action {
            Action::Send(command) => {
                // The daemon logs a refusal itself; nobody waits for the reply.
                let (reply, _) = oneshot::channel();
                let incoming = Incoming {
                    command: *command,
                    via: Via::Tray,
                    reply,
                };
                if let Err(e) = self.requests.try_send(incoming) {
                    tracing::warn!("tray: the daemon did not take the request ({e}); try again or use the CLI");
                }
            }
            // Both open a file on a thread of their own: the launcher may take a moment, and
            // the tray must answer meanwhile.
            Action::OpenConfig => {
                let failed = self.failure(
                    || fl!("alert-cannot-open-config"),
                    |reason, path| fl!("alert-cannot-open-config-next", reason = reason, path = path),
                );
                let config = self.paths.config.clone();
                std::thread::spawn(move || open_in_default_app(&config, failed));
            }
            Action::ShowStatistics => {
                let (paths, notifier) = (self.paths.clone(), self.notifier.clone());
                let failed = self.failure(
                    || fl!("alert-cannot-show-statistics"),
                    |reason, path| fl!("alert-cannot-show-statistics-next", reason = reason, path = path),
                );
                std::thread::spawn(move || match history::write_page(&paths, clock::today(), 7, None) {
                    Ok(page) => {
                        tracing::info!("tray: wrote the report of the last 7 days to {}", page.display());
                        open_in_default_app(&page, failed);
                    }
                    Err(e) => {
                        tracing::warn!("tray: cannot write the report: {e}");
                        notifier.alert(&fl!("alert-cannot-show-statistics"), &e.to_string());
                    }
                });
            }
        }
    }

    /// Shows the status the tray shows, in a notification of its own that goes away by itself:
    /// for a click on the icon where there is no window to open. (Linux only: the native trays
    /// have no such click.)
    #[cfg(target_os = "linux")]
    pub fn show_status(&self, glance: &Glance) {
        self.notifier.message(&glance.headline, &glance.details());
    }

    /// What to do when a file cannot be opened: say `what` failed, and `next` (given why and
    /// the file), in the log and in a notification: the person chose it from the menu and sees
    /// nothing happen otherwise.
    fn failure(
        &self,
        what: fn() -> String,
        next: fn(String, String) -> String,
    ) -> impl FnOnce(&Path, String) + Send + 'static {
        let notifier = self.notifier.clone();
        move |path: &Path, why: String| {
            tracing::warn!("tray: cannot open {}: {why}", path.display());
            notifier.alert(&what(), &next(why, path.display().to_string()));
        }
    }
}

/// What the platform lends the tray: nothing on Linux (a D-Bus item needs no GUI thread); on
/// macOS and Windows, the main thread's event loop.
#[cfg(target_os = "linux")]
pub type Host = ();
#[cfg(not(target_os = "linux"))]
pub use native::Host;

/// Runs `daemon`, handing it the tray's host unless `headless`: on Linux directly; on macOS and
/// Windows on a second thread while the main thread runs the tray's event loop.
pub fn with_host<R: Send + 'static>(headless: bool, daemon: impl FnOnce(Option<Host>) -> R + Send + 'static) -> R {
    #[cfg(target_os = "linux")]
    return daemon((!headless).then_some(()));
    #[cfg(not(target_os = "linux"))]
    return if headless { daemon(None) } else { native::run(daemon) };
}

/// The running tray; `None` from `start` when no tray could be set up (already said in the log).
pub struct Tray {
    #[cfg(target_os = "linux")]
    backend: sni::Sni,
    #[cfg(not(target_os = "linux"))]
    backend: native::Native,
}

impl Tray {
    /// Shows the tray and keeps it following `status`.
    pub async fn start(host: Host, status: watch::Receiver<Status>, actions: Actions) -> Option<Tray> {
        #[cfg(target_os = "linux")]
        let ((), backend) = (host, sni::Sni::start(status, actions).await?);
        #[cfg(not(target_os = "linux"))]
        let backend = native::Native::start(host, status, actions)?;
        Some(Tray { backend })
    }

    /// Takes the icon off the panel.
    pub async fn shutdown(self) {
        self.backend.shutdown().await;
    }
}

/// Opens `path` with the desktop's default application; `failed` is told why when no
/// application can open it.
fn open_in_default_app(path: &Path, failed: impl FnOnce(&Path, String)) {
    match opener::open(path) {
        Ok(()) => tracing::info!("tray: opened {}", path.display()),
        Err(why) => failed(path, why),
    }
}
