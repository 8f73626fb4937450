//! GNOME's notification banners (`show-banners` off is GNOME's Do Not Disturb): read with
//! `gsettings`, read again when dconf announces a change to them. Nothing here polls.

use futures_lite::StreamExt;
use std::process::Stdio;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::Observed;

/// The key's path in dconf's tree.
const KEY: &str = "/org/gnome/desktop/notifications/show-banners";

/// dconf's writer service announces every committed change to the user's database with
/// `Notify(prefix s, changes as, tag s)` from this object; GSettings clients learn of changes so.
const WRITER_INTERFACE: &str = "ca.desrt.dconf.Writer";
const WRITER_PATH: &str = "/ca/desrt/dconf/Writer/user";

/// `gsettings` only reads files: a read that takes longer than this has gone wrong.
const READ_WAIT: Duration = Duration::from_secs(5);

/// Whether GNOME's `show-banners` governs the notifications deskbreak sends, and why: only GNOME
/// Shell reads it, so a value set once in a GNOME session must not hold prompts in Plasma.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Relevance {
    /// GNOME Shell shows the notifications.
    GnomeShell,
    /// Another notification server (named) shows them.
    OtherServer(String),
    /// No notification server answers (yet), in a GNOME session.
    GnomeSession,
    /// No notification server answers, and the session is not GNOME's.
    Elsewhere,
}

impl Relevance {
    pub fn applies(&self) -> bool {
        matches!(self, Relevance::GnomeShell | Relevance::GnomeSession)
    }
}

/// Why, for the daemon log (`deskbreak doctor` says it in the person's language).
impl std::fmt::Display for Relevance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Relevance::GnomeShell => f.write_str("GNOME Shell shows the notifications"),
            Relevance::OtherServer(name) => write!(f, "the notification server is {name}, not GNOME Shell"),
            Relevance::GnomeSession => f.write_str("a GNOME session (no notification server answers yet)"),
            Relevance::Elsewhere => f.write_str("not a GNOME session, and no notification server answers"),
        }
    }
}

/// Asks the notification server its name; with none answering (yet), the session's desktop
/// decides.
pub async fn relevance(session: &zbus::Connection) -> Relevance {
    let desktop = std::env::var("XDG_CURRENT_DESKTOP").unwrap_or_default();
    relevance_of(super::dbus::notification_server(session).await.as_deref(), &desktop)
}

fn relevance_of(server: Option<&str>, desktop: &str) -> Relevance {
    let gnome_session = desktop.split(':').any(|d| d.eq_ignore_ascii_case("GNOME"));
    match server {
        Some("gnome-shell") => Relevance::GnomeShell,
        Some(other) => Relevance::OtherServer(other.to_string()),
        None if gnome_session => Relevance::GnomeSession,
        None => Relevance::Elsewhere,
    }
}

/// Whether GNOME hides banners now: `None` without `gsettings` or without GNOME's schema.
pub async fn hidden() -> Option<bool> {
    // gsettings resolves what dconf's database alone does not say: the schema's default, the
    // system's overrides and locks.
    let read = tokio::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.notifications", "show-banners"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(READ_WAIT, read).await.ok()?.ok()?;
    if !out.status.success() {
        return None;
    }
    hidden_from(std::str::from_utf8(&out.stdout).ok()?)
}

/// `gsettings get` prints the boolean `show-banners`.
fn hidden_from(printed: &str) -> Option<bool> {
    match printed.trim() {
        "true" => Some(false),
        "false" => Some(true),
        _ => None,
    }
}

/// Whether a `Notify` may have changed the key. `prefix` is a key (changes are then `[""]`) or a
/// directory with paths relative to it; a path ending in `/` is a reset of that whole directory.
fn concerns(prefix: &str, changes: &[&str]) -> bool {
    changes.iter().any(|change| {
        let path = format!("{prefix}{change}");
        path == KEY || (path.ends_with('/') && KEY.starts_with(&path))
    })
}

fn notify_rule() -> zbus::Result<zbus::MatchRule<'static>> {
    // The rule dconf's own clients add narrows by `arg0path`, which zbus takes for an object
    // path and "show-banners" is not one: the bus sends every change to the user's settings,
    // and `concerns` sorts them. They come only when a setting is written.
    Ok(zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface(WRITER_INTERFACE)?
        .member("Notify")?
        .path(WRITER_PATH)?
        .build())
}

/// GNOME's `show-banners`, followed as dconf announces changes. Not watched where GNOME Shell
/// does not show the notifications, nor without GNOME's schema (or `gsettings`).
pub async fn watch(session: &zbus::Connection, tasks: &mut JoinSet<()>, observed: mpsc::Sender<Observed>) -> bool {
    let relevance = relevance(session).await;
    if !relevance.applies() {
        tracing::info!("GNOME's banners setting not followed: {relevance}");
        return false;
    }
    let Ok(rule) = notify_rule() else { return false };
    // Subscribe before reading, so that a change in between is not missed.
    let Ok(mut signals) = zbus::MessageStream::for_match_rule(rule, session, None).await else {
        return false;
    };
    let Some(hidden_now) = hidden().await else {
        return false;
    };
    if hidden_now {
        let _ = observed.send(Observed::BannersHidden(true)).await;
    }
    tasks.spawn(async move {
        while let Some(signal) = signals.next().await {
            let Ok(signal) = signal else { continue };
            // The signal only says where to look: the value is always read from gsettings.
            let ours = signal
                .body()
                .deserialize::<(&str, Vec<&str>, &str)>()
                .is_ok_and(|(prefix, changes, _tag)| concerns(prefix, &changes));
            if !ours {
                continue;
            }
            let Some(hidden_now) = hidden().await else { continue };
            if observed.send(Observed::BannersHidden(hidden_now)).await.is_err() {
                return;
            }
        }
    });
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_itself_and_a_reset_of_a_directory_above_it_concern_us() {
        assert!(concerns(KEY, &[""]));
        assert!(concerns("/org/gnome/desktop/notifications/", &["show-banners"]));
        assert!(concerns(
            "/org/gnome/desktop/",
            &["interface/color-scheme", "notifications/show-banners"]
        ));
        assert!(concerns("/org/gnome/desktop/notifications/", &[""]));
        assert!(concerns("/org/gnome/desktop/", &["notifications/"]));
        assert!(concerns("/", &[""]));
    }

    #[test]
    fn other_keys_and_other_directories_do_not() {
        assert!(!concerns(
            "/org/gnome/desktop/notifications/",
            &["application-children"]
        ));
        assert!(!concerns("/org/gnome/desktop/notifications/show-banners-later", &[""]));
        assert!(!concerns("/org/gnome/desktop/notifications/application/", &[""]));
        assert!(!concerns("/org/gnome/desktop/", &["interface/", "notifications"]));
        assert!(!concerns("/org/gnome/desktop/interface/", &["color-scheme"]));
        assert!(!concerns("/org/gnome/desktop/notifications/", &[]));
    }

    #[test]
    fn banners_matter_only_where_gnome_shell_shows_the_notifications() {
        let applies = |server, desktop| relevance_of(server, desktop).applies();
        assert!(applies(Some("gnome-shell"), "KDE"));
        assert!(!applies(Some("Plasma"), "GNOME"));
        assert!(!applies(Some("dunst"), "ubuntu:GNOME"));
        assert!(applies(None, "ubuntu:GNOME"));
        assert!(!applies(None, "KDE"));
        assert!(!applies(None, ""));
        assert_eq!(
            relevance_of(Some("Plasma"), "KDE").to_string(),
            "the notification server is Plasma, not GNOME Shell"
        );
    }

    #[test]
    fn gsettings_prints_whether_banners_are_shown() {
        assert_eq!(hidden_from("false\n"), Some(true));
        assert_eq!(hidden_from("true\n"), Some(false));
        assert_eq!(hidden_from(""), None);
        assert_eq!(hidden_from("'true'\n"), None);
    }
}
