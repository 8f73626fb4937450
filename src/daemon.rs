//! The daemon: one instance per user, a control socket, and a loop that sleeps until the core
//! has something to do, feeds it what happened and carries out its effects.

use chrono::{DateTime, Local, Utc};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;
use tokio::net::UnixListener;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc;

use crate::acklog::{self, AckLog};
use crate::clock;
use crate::config;
use crate::core::model::{AckRecord, Answer, Effect, Input, Refusal, Via};
use crate::core::prompts;
use crate::core::scheduler::Scheduler;
use crate::error::AppError;
use crate::ipc::protocol::{Command, ErrorCode, Response};
use crate::ipc::server::{self, Incoming};
use crate::notify::{Clicked, Notifier};
use crate::paths::Paths;
use crate::state;

/// However far away the next prompt is, the loop looks at the wall clock at least this often,
/// so that a suspend or a clock change is noticed within a minute.
const MAX_SLEEP: Duration = Duration::from_secs(60);

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// No tray; notifications and the socket only.
    pub headless: bool,
}

/// Runs the daemon in the foreground until `quit`, SIGTERM or SIGINT.
pub fn run(paths: &Paths, _options: Options) -> Result<(), AppError> {
    let loaded = config::load_or_create(&paths.config)?;
    let lock = acquire_instance_lock(paths)?;
    for warning in &loaded.warnings {
        tracing::warn!("{}: {warning}", paths.config.display());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)?;
    let result = runtime.block_on(async {
        let listener = bind_socket(&paths.socket())?;
        tracing::info!(pid = std::process::id(), socket = %paths.socket().display(), "deskbreak started");
        let now = clock::now();
        let today = now.with_timezone(&Local).date_naive();
        let counts = match acklog::day_counts(&paths.acks(), today) {
            Ok((counts, damaged)) => {
                for d in damaged {
                    tracing::warn!("{}: line {} is damaged and was skipped", paths.acks().display(), d.line);
                }
                counts
            }
            Err(e) => {
                tracing::warn!(
                    "cannot read {}: {e}; today's counts start at zero",
                    paths.acks().display()
                );
                Default::default()
            }
        };
        let scheduler = Scheduler::new(
            clock::local_zone(),
            loaded.config.rules(),
            prompts::builtin(),
            state::load_rotation(&paths.rotation()),
            counts,
            fastrand::u64(..),
            now,
        );
        let (clicks_tx, clicks) = mpsc::channel(8);
        let (requests_tx, requests) = mpsc::channel(64);
        let (quit_replied_tx, mut quit_replied) = mpsc::channel(1);
        tokio::spawn(server::serve(listener, requests_tx, quit_replied_tx));
        let mut daemon = Daemon {
            paths: paths.clone(),
            scheduler,
            log: AckLog::new(&paths.acks()),
            notifier: Notifier::new(clicks_tx),
            water_target: *loaded.config.water.daily_target.get_ref(),
        };
        let outcome = daemon.event_loop(requests, clicks).await;
        daemon.notifier.shutdown().await;
        if matches!(outcome, Ok(Stop::Quit)) {
            let _ = tokio::time::timeout(Duration::from_secs(1), quit_replied.recv()).await;
        }
        outcome.map(|_| ())
    });
    let _ = std::fs::remove_file(paths.socket());
    drop(lock);
    tracing::info!("deskbreak stopped");
    result
}

struct Daemon {
    paths: Paths,
    scheduler: Scheduler<Local>,
    log: AckLog,
    notifier: Notifier,
    water_target: u32,
}

/// Why the event loop ended.
#[derive(Debug, PartialEq, Eq)]
enum Stop {
    Quit,
    Signal,
}

#[derive(Debug, thiserror::Error)]
enum ApplyError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("could not write to {path}: {source}; nothing was recorded")]
    NotRecorded { path: String, source: std::io::Error },
}

impl Daemon {
    async fn event_loop(
        &mut self,
        mut requests: mpsc::Receiver<Incoming>,
        mut clicks: mpsc::Receiver<Clicked>,
    ) -> Result<Stop, AppError> {
        let mut terminate = signal(SignalKind::terminate()).map_err(anyhow::Error::from)?;
        let mut interrupt = signal(SignalKind::interrupt()).map_err(anyhow::Error::from)?;
        loop {
            let nap = self.time_to_next_wakeup(clock::now());
            tokio::select! {
                () = tokio::time::sleep(nap) => self.tick(),
                Some(incoming) = requests.recv() => {
                    let quit = incoming.command == Command::Quit;
                    let response = self.request(incoming.command);
                    let _ = incoming.reply.send(response);
                    if quit {
                        return Ok(Stop::Quit);
                    }
                }
                Some(click) = clicks.recv() => self.click(click),
                _ = terminate.recv() => return Ok(Stop::Signal),
                _ = interrupt.recv() => return Ok(Stop::Signal),
            }
        }
    }

    fn time_to_next_wakeup(&self, now: DateTime<Utc>) -> Duration {
        let until = |t: DateTime<Utc>| (t - now).to_std().unwrap_or(Duration::ZERO);
        self.scheduler
            .next_wakeup()
            .map_or(MAX_SLEEP, |t| until(t).min(MAX_SLEEP))
    }

    fn tick(&mut self) {
        if let Err(e) = self.apply(clock::now(), Input::Tick) {
            // Not recorded: the state was rolled back, so the next tick tries again.
            tracing::error!("{e}");
        }
    }

    fn click(&mut self, click: Clicked) {
        let answer = match click.action.as_str() {
            "done" => Answer::Done,
            "skip" => Answer::Skip,
            "snooze" => Answer::Snooze(None),
            other => {
                tracing::debug!("ignoring notification action {other:?}");
                return;
            }
        };
        let input = Input::Answer {
            answer,
            via: Via::Notification,
            seq: Some(click.seq),
        };
        if let Err(e) = self.apply(clock::now(), input) {
            tracing::warn!("notification action {:?}: {e}", click.action);
        }
    }

    fn request(&mut self, command: Command) -> Response {
        let mut response = self.answer(command);
        response.water_target = Some(self.water_target);
        response
    }

    fn answer(&mut self, command: Command) -> Response {
        let answer = |answer| Input::Answer {
            answer,
            via: Via::Cli,
            seq: None,
        };
        let input = match command {
            Command::Status | Command::Quit => None,
            Command::Done => Some(answer(Answer::Done)),
            Command::Skip => Some(answer(Answer::Skip)),
            Command::Snooze { seconds } => Some(answer(Answer::Snooze(seconds.map(Duration::from_secs)))),
            Command::Now => Some(Input::Now),
            Command::Pause { pause } => Some(Input::Pause(pause, Via::Cli)),
            Command::Resume => Some(Input::Resume),
        };
        let now = clock::now();
        let records = match input.map(|input| self.apply(now, input)) {
            None => Vec::new(),
            Some(Ok(records)) => records,
            Some(Err(e @ ApplyError::Refused(_))) => {
                return Response::error(ErrorCode::Refused, e.to_string(), Some(self.scheduler.status(now)));
            }
            Some(Err(e @ ApplyError::NotRecorded { .. })) => {
                tracing::error!("{e}");
                return Response::error(ErrorCode::NotRecorded, e.to_string(), Some(self.scheduler.status(now)));
            }
        };
        Response::ok(self.scheduler.status(now), records)
    }

    /// Feeds `input` to the core and carries out the effects. Records go to disk first; if one
    /// cannot be written, the core is rolled back as if the input never happened.
    fn apply(&mut self, now: DateTime<Utc>, input: Input) -> Result<Vec<AckRecord>, ApplyError> {
        let before = self.scheduler.clone();
        let effects = self.scheduler.handle(now, input)?;
        let mut records = Vec::new();
        for effect in &effects {
            if let Effect::Record(record) = effect {
                if let Err(source) = self.log.append(record) {
                    self.scheduler = before;
                    return Err(ApplyError::NotRecorded {
                        path: self.log.path().display().to_string(),
                        source,
                    });
                }
                tracing::info!(prompt = %record.prompt, outcome = record.outcome.as_str(), "recorded");
                records.push(record.clone());
            }
        }
        for effect in effects {
            match effect {
                Effect::Record(_) => {}
                Effect::Show(shown) => {
                    tracing::info!(prompt = %shown.prompt.id, "showing prompt");
                    self.notifier.show(&shown);
                }
                Effect::Close => self.notifier.close(),
                Effect::SaveRotation(rotation) => {
                    if let Err(e) = state::save_rotation(&self.paths.rotation(), &rotation) {
                        tracing::warn!("cannot save the rotation to {}: {e}", self.paths.rotation().display());
                    }
                }
            }
        }
        Ok(records)
    }
}

/// Takes the per-user instance lock (holding our pid), or says which pid holds it.
fn acquire_instance_lock(paths: &Paths) -> Result<File, AppError> {
    let dir = &paths.runtime_dir;
    let setup = || -> std::io::Result<File> {
        std::fs::create_dir_all(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(paths.lock())
    };
    let mut file = setup().map_err(|e| anyhow::anyhow!("cannot prepare {}: {e}", dir.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut pid = String::new();
            let _ = file.read_to_string(&mut pid);
            return Err(AppError::AlreadyRunning {
                pid: pid.trim().to_string(),
            });
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(anyhow::anyhow!("cannot lock {}: {e}", paths.lock().display()).into());
        }
    }
    let write_pid = |file: &mut File| -> std::io::Result<()> {
        file.set_len(0)?;
        file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
        file.flush()
    };
    write_pid(&mut file).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", paths.lock().display()))?;
    Ok(file)
}

/// Binds the control socket, mode 0600. We hold the instance lock, so any socket file left
/// there belongs to a daemon that is gone.
fn bind_socket(path: &Path) -> Result<UnixListener, AppError> {
    if path.exists() {
        tracing::info!("removing the stale socket {}", path.display());
        let _ = std::fs::remove_file(path);
    }
    let listener = UnixListener::bind(path).map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| anyhow::anyhow!("cannot restrict {}: {e}", path.display()))?;
    Ok(listener)
}
