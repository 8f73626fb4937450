//! The loop: sleep until the core has something to do or something happens (a request, a
//! notification answered, a watcher's report, a config edit, a signal), feed it to the core,
//! publish the status.

use chrono::{DateTime, Local, Utc};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

use super::Daemon;
use super::effects::ApplyError;
use super::reload::{CONFIG_SETTLE, Trigger};
use super::signals::{Signal, StopSignals};
use super::timer::WakeTimer;
use crate::DaemonError;
use deskbreak_core::clock_jump::Reading;
use deskbreak_core::events::{Answer, Input, Presence, Refusal};
use deskbreak_core::model::{self, Status, Via};
use deskbreak_host::clock;
use deskbreak_i18n::fl;
use deskbreak_ipc::protocol::{Command, ErrorCode, Response};
use deskbreak_ipc::server::Incoming;
use deskbreak_notify::Heard;
use deskbreak_watchers::{self as watchers, Observed};

/// However far away the next prompt is, the loop looks at the wall clock at least this often,
/// so that a suspend or a clock change is noticed within a minute.
const MAX_SLEEP: Duration = Duration::from_secs(60);

/// While a prompt is held back (a camera in use, Windows' presentation mode), how often to look
/// whether it can go.
const BUSY_RECHECK: Duration = Duration::from_secs(60);

/// Everything the event loop listens to.
pub(super) struct Inbox {
    pub requests: mpsc::Receiver<Incoming>,
    pub heard: mpsc::Receiver<Heard>,
    pub config_changed: mpsc::Receiver<()>,
    pub observed: mpsc::Receiver<Observed>,
}

/// Why prompts should wait: do-not-disturb (the notification server's, GNOME's hidden banners),
/// or a busy person (a camera in use; on Windows, a full-screen app or presentation mode).
#[derive(Debug, Default)]
pub(super) struct Quiet {
    dnd: bool,
    /// Apart from `dnd`, so that one source switching off leaves the other in force.
    banners_hidden: bool,
    /// Camera in use, or (Windows) a full-screen app or presentation.
    busy: Option<model::Quiet>,
    /// While busy, when to look again.
    busy_recheck: Option<tokio::time::Instant>,
}

impl Quiet {
    /// What keeps prompts quiet, do not disturb before the rest: the setting a person chose.
    fn source(&self) -> Option<model::Quiet> {
        if self.dnd || self.banners_hidden {
            Some(model::Quiet::DoNotDisturb)
        } else {
            self.busy
        }
    }
}

/// Why the event loop ended.
#[derive(Debug)]
pub(super) enum Stop {
    /// `quit`, from the CLI or the tray.
    Quit(Via),
    Signal(Signal),
}

/// Sleeps until `at`, or for ever when there is nothing to wait for.
async fn sleep_until_some(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// Both clocks now; the monotonic one as time since `origin`.
pub(super) fn read_clocks(origin: tokio::time::Instant) -> Reading {
    let wall = clock::now();
    Reading {
        mono: origin.elapsed(),
        wall,
        offset: wall.with_timezone(&Local).fixed_offset().offset().to_owned(),
    }
}

impl Daemon {
    /// Runs until a `quit` or a stop signal. `stop_signals` outlives the loop: on Windows the end
    /// of the session waits on its window until the last record is written.
    pub(super) async fn event_loop(
        &mut self,
        mut inbox: Inbox,
        stop_signals: &mut StopSignals,
    ) -> Result<Stop, DaemonError> {
        // Editors write in bursts: re-read once things have been quiet for a moment.
        let mut reload_at: Option<tokio::time::Instant> = None;
        let timer = WakeTimer::register();
        loop {
            self.check_clock();
            self.poll_idle();
            let nap = self.time_to_next_wakeup(clock::now());
            tokio::select! {
                () = timer.sleep(nap) => self.tick(),
                Some(incoming) = inbox.requests.recv() => {
                    let quit = incoming.command == Command::Quit;
                    let response = self.request(incoming.command, incoming.via);
                    if let (Via::Tray, Some(refusal)) = (incoming.via, &response.error) {
                        // Nobody reads the tray's reply: say it in the log, and a choice that
                        // was lost where the person sees it.
                        tracing::info!("tray: {refusal}");
                        if response.code == Some(ErrorCode::NotRecorded) {
                            self.notifier.alert(
                                &fl!("alert-not-recorded"),
                                &fl!("alert-not-recorded-next", reason = refusal.as_str()),
                            );
                        }
                    }
                    let _ = incoming.reply.send(response);
                    if quit {
                        return Ok(Stop::Quit(incoming.via));
                    }
                }
                Some(heard) = inbox.heard.recv() => self.heard(heard),
                Some(seen) = inbox.observed.recv() => self.observe(seen),
                () = sleep_until_some(self.quiet.busy_recheck) => self.recheck_busy(),
                Some(()) = inbox.config_changed.recv() => reload_at = Some(tokio::time::Instant::now() + CONFIG_SETTLE),
                () = sleep_until_some(reload_at) => {
                    reload_at = None;
                    let _ = self.reload(Trigger::FileChanged);
                }
                signal = stop_signals.recv() => return Ok(Stop::Signal(signal)),
            }
            if std::mem::take(&mut self.watchers_stale) {
                self.restart_watchers().await;
            }
            // Every wake-up, at least once a minute, so countdowns stay current without a timer.
            self.published
                .send_replace(self.driver.scheduler().status(clock::now()));
        }
    }

    fn time_to_next_wakeup(&self, now: DateTime<Utc>) -> Duration {
        let until = |t: DateTime<Utc>| (t - now).to_std().unwrap_or(Duration::ZERO);
        let longest = self
            .watching
            .polled
            .as_ref()
            .map_or(MAX_SLEEP, |x| x.due_in(Instant::now()).min(MAX_SLEEP));
        self.driver.next_wakeup().map_or(longest, |t| until(t).min(longest))
    }

    /// A polled idle backend (X11, Windows, macOS) has no idle event: ask it when due, on a
    /// wake-up the loop makes anyway.
    fn poll_idle(&mut self) {
        if let Some(seen) = self.watching.polled.as_mut().and_then(|x| x.poll(Instant::now())) {
            self.observe(seen);
        }
    }

    /// Feeds a suspend or clock change to the core before anything else looks at the time.
    fn check_clock(&mut self) {
        if let Some(input) = self
            .clock_check
            .jumped(read_clocks(self.started), self.config.breaks.sleep)
        {
            match &input {
                Input::Woke { from } => tracing::info!(
                    "the wall clock jumped ahead from {} (a suspend, or the clock set forward)",
                    from.with_timezone(&Local).format("%H:%M:%S")
                ),
                Input::ClockChanged { by } if by.is_zero() => tracing::info!("the time zone changed"),
                Input::ClockChanged { by } => tracing::info!(
                    "the wall clock was set back by {}",
                    humantime::format_duration(by.abs().to_std().unwrap_or_default())
                ),
                _ => {}
            }
            self.apply_logged(input);
        }
    }

    fn tick(&mut self) {
        self.check_clock();
        let now = clock::now();
        // A prompt is due: in a video call, presenting? Asked only now, never on a timer of its own.
        if self.quiet.busy.is_none()
            && self.driver.scheduler().prompt_due(now)
            && let Some((busy, why)) = watchers::busy(&self.config.breaks)
        {
            tracing::info!("{why}: the prompt waits");
            self.quiet.busy = Some(busy);
            self.quiet.busy_recheck = Some(tokio::time::Instant::now() + BUSY_RECHECK);
            self.apply_logged(Input::Quiet(self.quiet.source()));
        }
        self.apply_tick();
    }

    /// New `[breaks]` settings: the watchers start again with them.
    async fn restart_watchers(&mut self) {
        // The old ones stop first, so that nothing is reported twice.
        self.watching = watchers::Started::default();
        self.quiet.dnd = false;
        self.quiet.banners_hidden = false;
        if watchers::busy(&self.config.breaks).is_none() {
            self.quiet.busy = None;
            self.quiet.busy_recheck = None;
        }
        self.watching = super::start_watchers(&self.config.breaks, self.observed_tx.clone()).await;
        self.sense();
        // Whoever changed the config is at the desk: a break in progress has ended (the new
        // watchers would not see its end).
        self.apply_logged(Input::Presence(Presence::Active));
        self.apply_logged(Input::Quiet(self.quiet.source()));
    }

    /// Tells the core what the watchers can see: sitting time needs idle detection, waiting for
    /// a pause in typing a backend that sees a few seconds without input.
    pub(super) fn sense(&mut self) {
        self.apply_logged(Input::Senses {
            sitting: self.watching.idle != watchers::IdleBackend::None,
            pauses: self.watching.sees_pauses(),
        });
    }

    fn recheck_busy(&mut self) {
        if watchers::busy(&self.config.breaks).is_some() {
            self.quiet.busy_recheck = Some(tokio::time::Instant::now() + BUSY_RECHECK);
            return;
        }
        tracing::info!("no longer busy: prompts may show again");
        self.quiet.busy = None;
        self.quiet.busy_recheck = None;
        self.apply_logged(Input::Quiet(self.quiet.source()));
    }

    fn observe(&mut self, seen: Observed) {
        tracing::info!("{seen}");
        let input = match seen {
            Observed::Presence(presence) => Input::Presence(presence),
            Observed::Woke { from } => Input::Woke { from },
            Observed::DoNotDisturb(on) => {
                self.quiet.dnd = on;
                Input::Quiet(self.quiet.source())
            }
            Observed::BannersHidden(hidden) => {
                self.quiet.banners_hidden = hidden;
                Input::Quiet(self.quiet.source())
            }
            Observed::InputPaused => Input::TypingPaused,
        };
        self.apply_logged(input);
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
        tracing::info!("{what}");
        self.apply_logged(input);
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
            Command::Snooze { seconds } => Some(answer(Answer::Snooze(seconds))),
            Command::Now => Some(Input::Now),
            Command::Pause { pause } => Some(Input::Pause(pause, via)),
            Command::Resume => Some(Input::Resume),
            Command::Relief => Some(Input::Relief(via)),
            Command::Drink { glasses } => Some(Input::Drink { glasses, via }),
        };
        let records = match input.map(|input| self.apply_request(input)) {
            None => Vec::new(),
            Some(Ok(records)) => records,
            Some(Err(ApplyError::Refused(refusal))) => {
                return Response::error(ErrorCode::Refused, refusal_words(refusal), Some(self.status()));
            }
            Some(Err(ApplyError::NotRecorded(e))) => {
                tracing::error!("{e}");
                let words = fl!("not-recorded", path = e.path.as_str(), reason = e.source.to_string());
                return Response::error(ErrorCode::NotRecorded, words, Some(self.status()));
            }
        };
        let status = self.status();
        match (command, status.paused_until) {
            (Command::Pause { .. }, Some(until)) => {
                tracing::info!("paused until {} (from the {via})", until.format("%Y-%m-%d %H:%M"))
            }
            (Command::Resume, _) => tracing::info!("resumed (from the {via})"),
            (Command::Now, _) => tracing::info!("a prompt asked for now (from the {via})"),
            _ => {}
        }
        Response::ok(status, records)
    }

    fn status(&self) -> Status {
        self.driver.scheduler().status(clock::now())
    }
}

/// Why the daemon declined a request, as the person reads it.
fn refusal_words(refusal: Refusal) -> String {
    match refusal {
        Refusal::NothingPending => fl!("refused-nothing-pending"),
        Refusal::Stale => fl!("refused-stale"),
        Refusal::NotPaused => fl!("refused-not-paused"),
        Refusal::Paused => fl!("refused-paused"),
    }
}
