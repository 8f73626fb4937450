//! The daemon: one instance per user, a control socket, and a loop that sleeps until the core
//! has something to do, feeds it what happened and carries out its effects.

mod instance;
mod timer;

use chrono::{DateTime, Local, Utc};
use std::time::{Duration, Instant};
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::{mpsc, watch};

use crate::clock;
use crate::config::watch as config_watch;
use crate::config::{self, BreaksConfig, Config, ConfigError};
use crate::core::clock_jump::{ClockCheck, Reading};
use crate::core::io::{Answer, Effect, Input, Presence, Refusal};
use crate::core::model::{AckRecord, Via};
use crate::core::scheduler::{Scheduler, earlier};
use crate::daemon::timer::WakeTimer;
use crate::error::AppError;
use crate::ipc::protocol::{Command, ErrorCode, Response};
use crate::ipc::server::{self, Incoming};
use crate::notify::{Heard, Notifier};
use crate::paths::Paths;
use crate::presence::{self as watchers, Observed, camera};
use crate::store::acklog::{self, AckLog};
use crate::store::rotation;
use crate::tray::{self, Tray};

/// However far away the next prompt is, the loop looks at the wall clock at least this often,
/// so that a suspend or a clock change is noticed within a minute.
const MAX_SLEEP: Duration = Duration::from_secs(60);

/// While a camera holds prompts back, how often to look whether it is free again.
const CAMERA_RECHECK: Duration = Duration::from_secs(60);

/// How long the config file must stay unchanged before it is re-read.
const CONFIG_SETTLE: Duration = Duration::from_millis(150);

/// Sleeps until `at`, or for ever when there is nothing to wait for.
async fn sleep_until_some(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// What made the daemon re-read its config.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trigger {
    FileChanged,
    Command,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// No tray; notifications and the socket only.
    pub headless: bool,
}

/// Runs the daemon in the foreground until `quit`, SIGTERM or SIGINT.
pub fn run(paths: &Paths, options: Options) -> Result<(), AppError> {
    let paths = paths.clone();
    tray::with_host(options.headless, move |host| serve(&paths, host))
}

/// The daemon proper; `host`: where to show the tray, `None` for none.
fn serve(paths: &Paths, host: Option<tray::Host>) -> Result<(), AppError> {
    let (loaded, config_text) = config::load_or_create(&paths.config)?;
    let lock = instance::lock(paths)?;
    for warning in &loaded.warnings {
        tracing::warn!("{}: {warning}", paths.config.display());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)?;
    let result = runtime.block_on(async {
        let listener = instance::bind_socket(&paths.socket())?;
        tracing::info!(pid = std::process::id(), socket = %paths.socket().display(), "deskbreak started");
        let now = clock::now();
        let today = now.with_timezone(&Local).date_naive();
        let relief_since = earlier(now, loaded.config.rules().relief_within);
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
            loaded.config.rules(),
            loaded.config.catalogue(),
            rotation::load_rotation(&paths.rotation()),
            found.today,
            fastrand::u64(..),
            now,
        );
        scheduler.seed_relief(found.relief);
        let (heard_tx, heard) = mpsc::channel(8);
        let notifier = Notifier::start(heard_tx);
        let (requests_tx, requests) = mpsc::channel(64);
        let (quit_replied_tx, mut quit_replied) = mpsc::channel(1);
        let (published, status) = watch::channel(scheduler.status(now));
        let tray = match host {
            Some(host) => {
                let actions = tray::Actions::new(requests_tx.clone(), &paths.config, notifier.clone());
                Tray::start(host, status.clone(), actions).await
            }
            None => None,
        };
        tokio::spawn(server::serve(listener, requests_tx, quit_replied_tx, status));
        let (config_tx, config_changed) = mpsc::channel(1);
        let _watch = config_watch::watch(&paths.config, config_tx)
            .map_err(|e| {
                tracing::warn!(
                    "cannot watch {} for edits ({e}); use `deskbreak reload`",
                    paths.config.display()
                )
            })
            .ok();
        let (observed_tx, observed) = mpsc::channel(16);
        let watching = start_watchers(&loaded.config.breaks, observed_tx.clone()).await;
        let started = tokio::time::Instant::now();
        let mut daemon = Daemon {
            config: loaded.config,
            last_rejected: None,
            last_read: config_text,
            paths: paths.clone(),
            scheduler,
            log: AckLog::new(&paths.acks()),
            notifier,
            quiet: Quiet::default(),
            watching,
            observed_tx,
            watchers_stale: false,
            clock_check: ClockCheck::new(read_clocks(started)),
            started,
            published,
        };
        let inbox = Inbox {
            requests,
            heard,
            config_changed,
            observed,
        };
        let outcome = daemon.event_loop(inbox).await;
        daemon.notifier.shutdown().await;
        if let Some(tray) = tray {
            tray.shutdown().await;
        }
        if matches!(outcome, Ok(Stop::Quit(Via::Cli))) {
            let _ = tokio::time::timeout(Duration::from_secs(1), quit_replied.recv()).await;
        }
        outcome.map(|_| ())
    });
    let _ = std::fs::remove_file(paths.socket());
    drop(lock);
    tracing::info!("deskbreak stopped");
    result
}

/// Starts the watchers `breaks` asks for, and says which run.
async fn start_watchers(breaks: &BreaksConfig, observed: mpsc::Sender<Observed>) -> watchers::Started {
    let watching = watchers::start(breaks, observed).await;
    tracing::info!(
        idle = watching.idle.describe(),
        logind = watching.logind,
        do_not_disturb = watching.dnd,
        gnome_banners = watching.banners,
        "watching for natural breaks"
    );
    watching
}

/// Everything the event loop listens to.
struct Inbox {
    requests: mpsc::Receiver<Incoming>,
    heard: mpsc::Receiver<Heard>,
    config_changed: mpsc::Receiver<()>,
    observed: mpsc::Receiver<Observed>,
}

/// Why prompts should wait: do-not-disturb (the notification server's, GNOME's hidden banners),
/// a camera in use.
#[derive(Debug, Default)]
struct Quiet {
    dnd: bool,
    /// Apart from `dnd`, so that one source switching off leaves the other in force.
    banners_hidden: bool,
    camera: bool,
    /// While a camera holds prompts, when to look again.
    camera_recheck: Option<tokio::time::Instant>,
}

impl Quiet {
    fn any(&self) -> bool {
        self.dnd || self.banners_hidden || self.camera
    }
}

/// Both clocks now; the monotonic one as time since `origin`.
fn read_clocks(origin: tokio::time::Instant) -> Reading {
    let wall = clock::now();
    Reading {
        mono: origin.elapsed(),
        wall,
        offset: wall.with_timezone(&Local).fixed_offset().offset().to_owned(),
    }
}

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
    scheduler: Scheduler<Local>,
    log: AckLog,
    notifier: Notifier,
    /// The status after each wake-up and each input, for the tray and `status --watch`.
    published: watch::Sender<crate::core::model::Status>,
}

/// Why the event loop ended.
#[derive(Debug, PartialEq, Eq)]
enum Stop {
    /// `quit`, from the CLI or the tray.
    Quit(Via),
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
    async fn event_loop(&mut self, mut inbox: Inbox) -> Result<Stop, AppError> {
        // Editors write in bursts: re-read once things have been quiet for a moment.
        let mut reload_at: Option<tokio::time::Instant> = None;
        let mut terminate = signal(SignalKind::terminate()).map_err(anyhow::Error::from)?;
        let mut interrupt = signal(SignalKind::interrupt()).map_err(anyhow::Error::from)?;
        let timer = WakeTimer::register();
        loop {
            self.check_clock();
            self.poll_x11();
            let nap = self.time_to_next_wakeup(clock::now());
            tokio::select! {
                () = timer.sleep(nap) => self.tick(),
                Some(incoming) = inbox.requests.recv() => {
                    let quit = incoming.command == Command::Quit;
                    let response = self.request(incoming.command, incoming.via);
                    if let (Via::Tray, Some(refusal)) = (incoming.via, &response.error) {
                        // Nobody reads the tray's reply: say it in the log.
                        tracing::info!("tray: {refusal}");
                    }
                    let _ = incoming.reply.send(response);
                    if quit {
                        return Ok(Stop::Quit(incoming.via));
                    }
                }
                Some(heard) = inbox.heard.recv() => self.heard(heard),
                Some(seen) = inbox.observed.recv() => self.observe(seen),
                () = sleep_until_some(self.quiet.camera_recheck) => self.recheck_camera(),
                Some(()) = inbox.config_changed.recv() => reload_at = Some(tokio::time::Instant::now() + CONFIG_SETTLE),
                () = sleep_until_some(reload_at) => {
                    reload_at = None;
                    let _ = self.reload(Trigger::FileChanged);
                }
                _ = terminate.recv() => return Ok(Stop::Signal),
                _ = interrupt.recv() => return Ok(Stop::Signal),
            }
            if std::mem::take(&mut self.watchers_stale) {
                self.restart_watchers().await;
            }
            // Every wake-up, at least once a minute, so countdowns stay current without a timer.
            self.published.send_replace(self.scheduler.status(clock::now()));
        }
    }

    fn time_to_next_wakeup(&self, now: DateTime<Utc>) -> Duration {
        let until = |t: DateTime<Utc>| (t - now).to_std().unwrap_or(Duration::ZERO);
        let longest = self
            .watching
            .x11
            .as_ref()
            .map_or(MAX_SLEEP, |x| x.due_in(Instant::now()).min(MAX_SLEEP));
        self.scheduler.next_wakeup().map_or(longest, |t| until(t).min(longest))
    }

    /// X11 has no idle event: ask the display when due, on a wake-up the loop makes anyway.
    fn poll_x11(&mut self) {
        if let Some(seen) = self.watching.x11.as_mut().and_then(|x| x.poll(Instant::now())) {
            self.observe(Observed::Presence(seen));
        }
    }

    /// Feeds a suspend or clock change to the core before anything else looks at the time.
    fn check_clock(&mut self) {
        if let Some(input) = self
            .clock_check
            .jumped(read_clocks(self.started), self.config.breaks.sleep)
        {
            tracing::info!("the wall clock jumped ({input:?}): counting afresh");
            self.apply_logged(input);
        }
    }

    fn tick(&mut self) {
        self.check_clock();
        let now = clock::now();
        // A prompt is due: in a video call? Asked only now, never on a timer of its own.
        if self.config.breaks.camera && !self.quiet.camera && self.scheduler.prompt_due(now) && camera::in_use() {
            tracing::info!("a camera is in use: the prompt waits");
            self.quiet.camera = true;
            self.quiet.camera_recheck = Some(tokio::time::Instant::now() + CAMERA_RECHECK);
            self.apply_logged(Input::Quiet(true));
        }
        if let Err(e) = self.apply(now, Input::Tick) {
            // Not recorded: the state was rolled back, so the next tick tries again.
            tracing::error!("{e}");
        }
    }

    /// New `[breaks]` settings: the watchers start again with them.
    async fn restart_watchers(&mut self) {
        // The old ones stop first, so that nothing is reported twice.
        self.watching = watchers::Started::default();
        self.quiet.dnd = false;
        self.quiet.banners_hidden = false;
        if !self.config.breaks.camera {
            self.quiet.camera = false;
            self.quiet.camera_recheck = None;
        }
        self.watching = start_watchers(&self.config.breaks, self.observed_tx.clone()).await;
        // Whoever changed the config is at the desk: a break in progress has ended (the new
        // watchers would not see its end).
        self.apply_logged(Input::Presence(Presence::Active));
        self.apply_logged(Input::Quiet(self.quiet.any()));
    }

    fn recheck_camera(&mut self) {
        if camera::in_use() {
            self.quiet.camera_recheck = Some(tokio::time::Instant::now() + CAMERA_RECHECK);
            return;
        }
        tracing::info!("the camera is free again");
        self.quiet.camera = false;
        self.quiet.camera_recheck = None;
        self.apply_logged(Input::Quiet(self.quiet.any()));
    }

    fn observe(&mut self, seen: Observed) {
        tracing::info!("{seen:?}");
        let input = match seen {
            Observed::Presence(presence) => Input::Presence(presence),
            Observed::Woke { from } => Input::Woke { from },
            Observed::DoNotDisturb(on) => {
                self.quiet.dnd = on;
                Input::Quiet(self.quiet.any())
            }
            Observed::BannersHidden(hidden) => {
                self.quiet.banners_hidden = hidden;
                Input::Quiet(self.quiet.any())
            }
        };
        self.apply_logged(input);
    }

    /// Applies an input nobody waits on; a failure is logged (and retried by the core later).
    fn apply_logged(&mut self, input: Input) {
        if let Err(e) = self.apply(clock::now(), input) {
            tracing::error!("{e}");
        }
    }

    /// What the notification server reported about a prompt.
    fn heard(&mut self, heard: Heard) {
        let (input, what) = match heard {
            Heard::Clicked { seq, action } => {
                let answer = match action.as_str() {
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
                    seq: Some(seq),
                };
                (input, format!("notification action {action:?}"))
            }
            Heard::Dismissed { seq } => (Input::Dismissed { seq }, "notification dismissed".to_string()),
            Heard::Expired { .. } => {
                tracing::info!(
                    "the notification server took the prompt off the screen; it stays answerable from the tray \
                     and with `deskbreak done`, `snooze` or `skip` until it counts as missed"
                );
                return;
            }
        };
        if let Err(e) = self.apply(clock::now(), input) {
            tracing::warn!("{what}: {e}");
        }
    }

    fn request(&mut self, command: Command, via: Via) -> Response {
        let answer = |answer| Input::Answer { answer, via, seq: None };
        if command == Command::Reload {
            return self.reload_request();
        }
        let input = match command {
            Command::Status | Command::Quit | Command::Watch | Command::Reload => None,
            Command::Done => Some(answer(Answer::Done)),
            Command::Skip => Some(answer(Answer::Skip)),
            Command::Snooze { seconds } => Some(answer(Answer::Snooze(seconds.map(Duration::from_secs)))),
            Command::Now => Some(Input::Now),
            Command::Pause { pause } => Some(Input::Pause(pause, via)),
            Command::Resume => Some(Input::Resume),
            Command::Relief => Some(Input::Relief(via)),
            Command::Drink { glasses } => Some(Input::Drink { glasses, via }),
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

    fn reload_request(&mut self) -> Response {
        let result = self.reload(Trigger::Command);
        let status = self.scheduler.status(clock::now());
        match result {
            Ok(warnings) => {
                let mut response = Response::ok(status, Vec::new());
                response
                    .messages
                    .push(format!("Config applied from {}.", self.paths.config.display()));
                response
                    .messages
                    .extend(warnings.into_iter().map(|w| format!("warning: {w}")));
                response
            }
            Err(e) => Response::error(
                ErrorCode::InvalidConfig,
                format!("{e}\nConfig not applied: deskbreak keeps running on the previous one."),
                Some(status),
            ),
        }
    }

    /// Re-reads the config; applies it if valid, otherwise keeps the last good one and says why
    /// (in the log, and once per distinct error as a notification when the file changed). A
    /// file change whose bytes are those of the last read does nothing and says nothing; the
    /// `reload` command always answers.
    fn reload(&mut self, trigger: Trigger) -> Result<Vec<String>, ConfigError> {
        let loaded = match config::read(&self.paths.config) {
            Ok(text) if trigger == Trigger::FileChanged && text == self.last_read => {
                return Ok(Vec::new());
            }
            Ok(text) => {
                let loaded = config::load_text(&self.paths.config, &text);
                self.last_read = text;
                loaded
            }
            Err(e) => Err(e),
        };
        match loaded {
            Ok(loaded) => {
                self.last_rejected = None;
                if loaded.config != self.config {
                    let input = Input::Reconfigure {
                        rules: loaded.config.rules(),
                        catalogue: loaded.config.catalogue(),
                    };
                    if let Err(e) = self.apply(clock::now(), input) {
                        tracing::error!("applying the new config: {e}");
                    }
                    self.watchers_stale |= loaded.config.breaks != self.config.breaks;
                    self.config = loaded.config;
                    tracing::info!("config applied from {}", self.paths.config.display());
                }
                for warning in &loaded.warnings {
                    tracing::warn!("{}: {warning}", self.paths.config.display());
                }
                Ok(loaded.warnings)
            }
            Err(ConfigError::Read { source, .. })
                if trigger == Trigger::FileChanged && source.kind() == std::io::ErrorKind::NotFound =>
            {
                tracing::info!(
                    "{} was removed; keeping the settings in force",
                    self.paths.config.display()
                );
                Ok(Vec::new())
            }
            Err(e) => {
                tracing::error!("config not applied: {e}");
                let text = e.to_string();
                if trigger == Trigger::FileChanged && self.last_rejected.as_deref() != Some(&text) {
                    let reason = match &e {
                        ConfigError::Invalid { problems, .. } => problems
                            .first()
                            .map(|p| format!("{}, line {}", p.message, p.line))
                            .unwrap_or_default(),
                        other => other.to_string(),
                    };
                    self.notifier.message("deskbreak: config not applied", &reason);
                }
                self.last_rejected = Some(text);
                Err(e)
            }
        }
    }

    /// Feeds `input` to the core and carries out the effects. Records go to disk first; if one
    /// cannot be written, the core is rolled back as if the input never happened.
    fn apply(&mut self, now: DateTime<Utc>, input: Input) -> Result<Vec<AckRecord>, ApplyError> {
        let before = self.scheduler.clone();
        let effects = self.scheduler.handle(now, input)?;
        let mut records = Vec::new();
        for effect in &effects {
            let written = match effect {
                Effect::Record(record) => self.log.append(record).map(|()| {
                    tracing::info!(prompt = %record.prompt, outcome = record.outcome.as_str(), "recorded");
                    records.push(record.clone());
                }),
                Effect::RecordEvent(event) => self.log.append(event).map(|()| {
                    tracing::info!(outcome = ?event.outcome, "recorded");
                }),
                _ => Ok(()),
            };
            if let Err(source) = written {
                self.scheduler = before;
                return Err(ApplyError::NotRecorded {
                    path: self.log.path().display().to_string(),
                    source,
                });
            }
        }
        for effect in effects {
            match effect {
                Effect::Record(_) | Effect::RecordEvent(_) => {}
                Effect::ShowRelief(relief) => self.notifier.relief(relief),
                Effect::Deferred(category) => {
                    tracing::info!("a {category} prompt is due; deferred while do-not-disturb holds")
                }
                Effect::Show(shown) => {
                    tracing::info!(prompt = %shown.prompt.id, "showing prompt");
                    self.notifier.show(&shown);
                }
                Effect::Close => self.notifier.close(),
                Effect::SaveRotation(rotation) => {
                    if let Err(e) = rotation::save_rotation(&self.paths.rotation(), &rotation) {
                        tracing::warn!("cannot save the rotation to {}: {e}", self.paths.rotation().display());
                    }
                }
            }
        }
        Ok(records)
    }
}
