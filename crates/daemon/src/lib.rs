//! The daemon: one instance per user, a control socket, and a loop that sleeps until the core
//! has something to do, feeds it what happened and carries out its effects. This file wires the
//! parts together: `instance` (the lock and the socket), `event_loop`, `effects` (carrying out
//! the core's effects), `reload` (the config reload policy) and `timer` (the loop's sleep).

mod effects;
mod error;
mod event_loop;
mod instance;
mod reload;
mod signals;
mod timer;

use chrono::Local;
use std::time::Duration;
use tokio::sync::mpsc;

use deskbreak_config::{self as config, BreaksConfig, Config};
use deskbreak_core::clock_jump::ClockCheck;
use deskbreak_core::driver::Driver;
use deskbreak_core::events::Input;
use deskbreak_core::model::{Status, Via};
use deskbreak_core::scheduler::{Scheduler, earlier};
use deskbreak_host::clock;

use deskbreak_host::paths::Paths;
use deskbreak_ipc::{server, transport};
use deskbreak_notify::Notifier;
use deskbreak_store::acklog::{self, AckLog};
use deskbreak_store::rotation;
use deskbreak_tray::{self as tray, Tray};
use deskbreak_watchers::{self as watchers, Observed};
use event_loop::{Inbox, Quiet, Stop, read_clocks};
use signals::StopSignals;

pub use error::DaemonError;

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// No tray; notifications and the socket only.
    pub headless: bool,
}

/// What the daemon would find of the desktop if it started now, for `deskbreak doctor`: the
/// watchers' survey, run from here beside their `start`, so the D-Bus code the two share is
/// compiled once.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn survey() -> std::pin::Pin<Box<dyn Future<Output = watchers::survey::Survey> + Send>> {
    Box::pin(watchers::survey::survey())
}

/// Runs the daemon in the foreground until `quit`, a stop signal (SIGTERM, SIGINT; on Windows
/// Ctrl+C, or the end of the session).
pub fn run(paths: &Paths, options: Options) -> Result<(), DaemonError> {
    let paths = paths.clone();
    tray::with_host(options.headless, move |host| serve(&paths, host))
}

/// The daemon proper; `host`: where to show the tray, `None` for none.
fn serve(paths: &Paths, host: Option<tray::Host>) -> Result<(), DaemonError> {
    let (loaded, config_text) = config::load_or_create(&paths.config)?;
    let lock = instance::lock(paths)?;
    tracing::info!("speaking {}", deskbreak_i18n::current());
    for warning in &loaded.warnings {
        tracing::warn!("{}: {warning}", paths.config.display());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)?;
    let result = runtime.block_on(serve_on(paths, host, loaded.config, config_text));
    // The socket another daemon answers on is not ours to take away.
    if !matches!(result, Err(DaemonError::AlreadyRunning { .. })) {
        transport::remove(&paths.socket());
    }
    drop(lock);
    tracing::info!("deskbreak stopped");
    result
}

/// The daemon on its runtime, holding the instance lock: from binding the socket until the loop
/// ends and the notifier and tray have shut down. `config_text`: the text `config` was read from.
async fn serve_on(
    paths: &Paths,
    host: Option<tray::Host>,
    config: Config,
    config_text: String,
) -> Result<(), DaemonError> {
    let socket = paths.socket();
    let listener = transport::Listener::bind(&socket).map_err(|e| match e.kind() {
        // A pipe name is open to anyone: say who holds it, as no deskbreak daemon of ours does.
        #[cfg(windows)]
        std::io::ErrorKind::AddrInUse => DaemonError::PipeTaken {
            holder: transport::holder(&socket),
            socket: socket.clone(),
            lock: paths.lock(),
        },
        // A daemon of another data directory (so not held off by our lock) serves this channel.
        #[cfg(unix)]
        std::io::ErrorKind::AddrInUse => DaemonError::AlreadyRunning { pid: None },
        _ => anyhow::anyhow!("cannot listen on {}: {e}", socket.display()).into(),
    })?;
    tracing::info!(pid = std::process::id(), socket = %socket.display(), "deskbreak started");
    let now = clock::now();
    let scheduler = start_scheduler(paths, &config, now);
    let (heard_tx, heard) = mpsc::channel(8);
    let (notifier, notifications) = Notifier::new(heard_tx, &paths.cache_dir);
    tokio::spawn(notifications);
    let (requests_tx, requests) = mpsc::channel(64);
    let (quit_replied_tx, mut quit_replied) = mpsc::channel(1);
    let (published, status) = tokio::sync::watch::channel(scheduler.status(now));
    let mut stop_signals = StopSignals::register().map_err(anyhow::Error::from)?;
    // With a tray, tao answers the end of the session itself and ends the process: it waits for
    // the last record the same way first.
    #[cfg(windows)]
    if let Some(host) = &host {
        host.when_the_session_ends(stop_signals.session_end_hook());
    }
    let tray = match host {
        Some(host) => {
            let actions = tray::Actions::new(requests_tx.clone(), paths, notifier.clone());
            Tray::start(host, status.clone(), actions).await
        }
        None => None,
    };
    tokio::spawn(server::serve(listener, requests_tx, quit_replied_tx, status));
    let (config_tx, config_changed) = mpsc::channel(1);
    // Dropping the watch stops it: held until the loop ends.
    let _config_watch = config::watch::watch(&paths.config, config_tx)
        .map_err(|e| {
            tracing::warn!(
                "cannot watch {} for edits ({e}); use `deskbreak reload`",
                paths.config.display()
            )
        })
        .ok();
    let (observed_tx, observed) = mpsc::channel(16);
    let watching = start_watchers(&config.breaks, observed_tx.clone()).await;
    let started = tokio::time::Instant::now();
    let mut daemon = Daemon {
        config,
        last_rejected: None,
        last_read: config_text,
        paths: paths.clone(),
        driver: Driver::new(scheduler),
        log: AckLog::new(&paths.acks()),
        rotation: paths.rotation(),
        notifier,
        quiet: Quiet::default(),
        watching,
        observed_tx,
        watchers_stale: false,
        clock_check: ClockCheck::new(read_clocks(started)),
        started,
        published,
    };
    daemon.sense();
    let inbox = Inbox {
        requests,
        heard,
        config_changed,
        observed,
    };
    let outcome = daemon.event_loop(inbox, &mut stop_signals).await;
    // The end of a sitting stretch, on the way out (quit, logout, shutdown).
    daemon.apply_logged(Input::Stopping);
    if daemon.driver.unwritten() > 0 {
        tracing::error!(
            "{} event(s) could not be written to {} before stopping, and are lost",
            daemon.driver.unwritten(),
            paths.acks().display(),
        );
    }
    // The last record is on disk: Windows may end the session, and the process, from here on.
    #[cfg(windows)]
    if let Ok(Stop::Signal(signals::Signal::SessionEnding(ending))) = &outcome {
        ending.let_go();
    }
    daemon.notifier.shutdown().await;
    if let Some(tray) = tray {
        tray.shutdown().await;
    }
    if matches!(outcome, Ok(Stop::Quit(Via::Cli))) {
        // Let the server send the CLI its reply before the runtime goes.
        let _ = tokio::time::timeout(Duration::from_secs(1), quit_replied.recv()).await;
    }
    outcome.map(|_| ())
}

/// The core as the ack log leaves it: today's answers counted, recent reliefs remembered. An
/// unreadable log is a warning: the day starts from zero rather than the daemon not at all.
fn start_scheduler(paths: &Paths, config: &Config, now: chrono::DateTime<chrono::Utc>) -> Scheduler<Local> {
    let today = now.with_timezone(&Local).date_naive();
    let relief_since = earlier(now, config.rules().relief_within.get());
    let found = match acklog::startup(&paths.acks(), today, relief_since) {
        Ok(found) => {
            for d in &found.damaged {
                tracing::warn!("{}: line {} is damaged and was skipped", paths.acks().display(), d.line);
            }
            found
        }
        Err(e) => {
            tracing::warn!(
                "cannot read {}: {e}; today's counts start at zero",
                paths.acks().display()
            );
            Default::default()
        }
    };
    let mut scheduler = Scheduler::new(
        clock::local_zone(),
        config.rules(),
        config.catalogue(),
        rotation::load_rotation(&paths.rotation()),
        found.today,
        fastrand::u64(..),
        now,
    );
    scheduler.seed_relief(found.relief);
    scheduler
}

/// Starts the watchers `breaks` asks for, and says which run.
async fn start_watchers(breaks: &BreaksConfig, observed: mpsc::Sender<Observed>) -> watchers::Started {
    let watching = watchers::start(breaks, observed).await;
    tracing::info!(
        idle = %watching.idle,
        logind = watching.logind,
        do_not_disturb = watching.dnd,
        gnome_banners = watching.banners,
        "watching for natural breaks"
    );
    watching
}

/// The daemon's state; its parts live in the submodules, which see these fields.
struct Daemon {
    paths: Paths,
    quiet: Quiet,
    watching: watchers::Started,
    /// Where the watchers report, kept to start them again.
    observed_tx: mpsc::Sender<Observed>,
    /// `[breaks]` changed: the watchers start again once the reload is done.
    watchers_stale: bool,
    clock_check: ClockCheck,
    /// The origin of the monotonic readings `clock_check` compares.
    started: tokio::time::Instant,
    /// The config in force: the last one that was valid.
    config: Config,
    /// The last rejected config error, so that one bad edit is notified once.
    last_rejected: Option<String>,
    /// The config file's text at the last read: a watched write that leaves the same bytes (a
    /// save without edits) is not a change.
    last_read: String,
    driver: Driver<Local>,
    log: AckLog,
    /// Where the rotation position is saved.
    rotation: std::path::PathBuf,
    notifier: Notifier,
    /// The status after each wake-up and each input, for the tray and `status --watch`.
    published: tokio::sync::watch::Sender<Status>,
}
