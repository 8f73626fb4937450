//! Watchers of the world outside the schedule: idle time, screen lock, suspend, do-not-disturb
//! and the camera. Each only reports what it sees; the core decides what it means.

#[cfg(all(unix, not(target_os = "macos")))]
pub mod banners;
pub mod camera;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod dbus;
#[cfg(windows)]
pub mod hidden_window;
#[cfg(all(unix, not(target_os = "macos")))]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
pub mod poll;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod survey;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod wayland;
#[cfg(windows)]
pub mod windows;
#[cfg(windows)]
mod windows_session;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod x11;

#[cfg(all(unix, not(target_os = "macos")))]
pub use linux::start;
#[cfg(target_os = "macos")]
pub use macos::start;
#[cfg(windows)]
pub use windows::start;

use chrono::{DateTime, Timelike, Utc};
use tokio::task::JoinSet;

use deskbreak_config::BreaksConfig;
use deskbreak_core::events::Presence;
use deskbreak_core::model::Quiet;

/// Something a watcher saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Observed {
    Presence(Presence),
    /// The machine woke from a suspend that began at `from`.
    Woke {
        from: DateTime<Utc>,
    },
    /// The notification server's do-not-disturb was switched on or off.
    DoNotDisturb(bool),
    /// GNOME hid notification banners (its do-not-disturb), or showed them again.
    BannersHidden(bool),
    /// Input paused for the length asked for with [`Started::watch_pause`].
    InputPaused,
}

/// What was seen, as the daemon log says it: "no input since 14:02:10".
impl std::fmt::Display for Observed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Not chrono's strftime: the status crate has its own copy of that, and this is a log line.
        let local = |t: &DateTime<Utc>| {
            let t = t.with_timezone(&chrono::Local);
            format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
        };
        match self {
            Observed::Presence(Presence::Active) => write!(f, "input again: at the desk"),
            Observed::Presence(Presence::Idle { since }) => write!(f, "no input since {}", local(since)),
            Observed::Presence(Presence::Locked { since }) => write!(f, "the screen locked at {}", local(since)),
            Observed::Woke { from } => write!(f, "woke from a suspend that began at {}", local(from)),
            Observed::DoNotDisturb(on) => write!(
                f,
                "the notification server's do not disturb is {}",
                if *on { "on" } else { "off" }
            ),
            Observed::BannersHidden(true) => write!(f, "GNOME hides notification banners (its do not disturb)"),
            Observed::BannersHidden(false) => write!(f, "GNOME shows notification banners again"),
            Observed::InputPaused => write!(f, "a pause in typing"),
        }
    }
}

/// What an event-driven idle watcher is asked about pauses in typing: `Some(length)`, say once
/// when input next pauses for that long (with [`Observed::InputPaused`]); `None`, stop looking.
/// A watch channel: only the latest request matters.
pub type PauseRequests = tokio::sync::watch::Receiver<Option<std::time::Duration>>;

/// When an idle time of `d` began. The span comes from the display server: saturate rather than
/// overflow on an absurd one, as the core does.
fn ago(d: std::time::Duration) -> DateTime<Utc> {
    deskbreak_core::scheduler::earlier(deskbreak_host::clock::now(), d)
}

/// Why a due prompt should wait, if it should: a camera in use (a video call), or on Windows
/// the shell saying notifications are unwelcome now (a full-screen app, presentation mode).
/// Asked only when a prompt is due, never on a timer of its own.
pub fn busy(breaks: &BreaksConfig) -> Option<(Quiet, &'static str)> {
    if breaks.camera && camera::in_use() {
        return Some((Quiet::Camera, "a camera is in use"));
    }
    #[cfg(windows)]
    if breaks.do_not_disturb {
        return windows::notifications_unwelcome().map(|why| (Quiet::Busy, why));
    }
    None
}

/// Which idle backend runs, for the daemon log and `deskbreak doctor`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IdleBackend {
    /// GNOME: org.gnome.Mutter.IdleMonitor, event-driven.
    Mutter,
    /// Wayland: the compositor's ext-idle-notify-v1, event-driven.
    Wayland,
    /// Wayland: KDE's older org_kde_kwin_idle (Plasma before 5.27, sway up to 1.7), event-driven.
    KdeIdle,
    /// X11: the MIT-SCREEN-SAVER extension, polled at most once a minute.
    X11,
    /// logind's session IdleHint, event-driven; set by some desktops only.
    Logind,
    /// Windows: `GetLastInputInfo`, polled at most once a minute.
    LastInputInfo,
    /// macOS: the HID event source's time since the last input, polled at most once a minute.
    EventSource,
    #[default]
    None,
}

/// How an idle backend hears of input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    DbusEvents,
    CompositorEvents,
    Polled,
}

impl IdleBackend {
    /// Its name and how it hears of input; `None` when there is no backend.
    pub fn source(self) -> Option<(&'static str, Delivery)> {
        Some(match self {
            IdleBackend::Mutter => ("GNOME Mutter IdleMonitor", Delivery::DbusEvents),
            IdleBackend::Wayland => ("Wayland ext-idle-notify-v1", Delivery::CompositorEvents),
            IdleBackend::KdeIdle => ("Wayland org_kde_kwin_idle", Delivery::CompositorEvents),
            IdleBackend::X11 => ("X11 XScreenSaver", Delivery::Polled),
            IdleBackend::Logind => ("logind session IdleHint", Delivery::DbusEvents),
            IdleBackend::LastInputInfo => ("Windows GetLastInputInfo", Delivery::Polled),
            IdleBackend::EventSource => ("macOS CGEventSource", Delivery::Polled),
            IdleBackend::None => return None,
        })
    }
}

/// "X11 XScreenSaver (polled at most once a minute)", for the daemon log (`deskbreak doctor`
/// says it in the person's language).
impl std::fmt::Display for IdleBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Some((name, delivery)) = self.source() else {
            return f.write_str("none");
        };
        let how = match delivery {
            Delivery::DbusEvents => "D-Bus, events",
            Delivery::CompositorEvents => "compositor events",
            Delivery::Polled => "polled at most once a minute",
        };
        write!(f, "{name} ({how})")
    }
}

impl Started {
    /// Whether the idle backend can say when typing pauses for a few seconds: a polled one, or
    /// an event-driven one that takes short watches. logind's IdleHint, which follows the
    /// desktop's own idle timeout, minutes long, cannot.
    pub fn sees_pauses(&self) -> bool {
        self.polled.is_some() || self.pauses.is_some()
    }

    /// Asks the idle backend to say when input next pauses for `length` (`None`: stop asking).
    pub fn watch_pause(&mut self, length: Option<std::time::Duration>) {
        if let Some(poller) = &mut self.polled {
            poller.watch_pause(length);
        } else if let Some(pauses) = &self.pauses {
            pauses.send_replace(length);
        }
    }
}

/// What was started, for the log. The default is nothing.
#[derive(Default)]
pub struct Started {
    pub idle: IdleBackend,
    pub logind: bool,
    pub dnd: bool,
    /// GNOME's `show-banners`, followed through dconf's change signals.
    pub banners: bool,
    /// With a polled idle backend, the poller the daemon's loop asks at each wake-up.
    pub polled: Option<poll::Poller>,
    /// With an event-driven idle backend that sees pauses, where to ask it about them.
    pub pauses: Option<tokio::sync::watch::Sender<Option<std::time::Duration>>>,
    /// The watchers' tasks: dropping them stops every watcher.
    _tasks: JoinSet<()>,
    /// Windows' lock and power messages, on a window of their own; dropped, it closes.
    #[cfg(windows)]
    _session_events: Option<windows_session::SessionEvents>,
}
