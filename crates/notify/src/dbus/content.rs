//! What a notification carries to a freedesktop server: the prompt or message in words, its
//! buttons, its urgency (GNOME keeps only critical banners on screen) and deskbreak's icon.

use std::path::{Path, PathBuf};

use crate::{ACTIONS, Message as Note};
use deskbreak_core::events::Shown;

/// What the server in place can do, asked once per server.
#[derive(Clone, Debug)]
pub(super) struct Server {
    /// GNOME Shell hides an ordinary banner after a few seconds, into a list that shows no
    /// buttons; a critical one stays until it is answered.
    pub(super) gnome: bool,
    /// The body is read as markup: `&`, `<` and `>` must be escaped.
    pub(super) markup: bool,
}

/// A prompt with its three buttons, kept on screen until deskbreak closes it.
pub(super) fn prompt_notification(shown: &Shown, server: &Server, icon: &str) -> notify_rust::Notification {
    let (summary, body) = crate::prompt_summary_and_body(shown);
    let mut n = notify_rust::Notification::new();
    n.appname("deskbreak")
        .icon(icon)
        .summary(&summary)
        .body(&body_for(server, &body))
        .timeout(notify_rust::Timeout::Never)
        .hint(notify_rust::Hint::DesktopEntry("deskbreak".into()))
        // GNOME: stays in the list after a button is pressed, until deskbreak closes it.
        .hint(notify_rust::Hint::Resident(true));
    for (key, label) in ACTIONS.iter().zip(crate::button_labels(shown)) {
        n.action(key, &label);
    }
    if server.gnome {
        n.urgency(notify_rust::Urgency::Critical);
    }
    n
}

/// A message of deskbreak's own: one to read (relief steps, an error and what to do) stays until
/// dismissed, which GNOME grants only to a critical notification; the others are the server's to
/// take away.
pub(super) fn message_notification(message: &Note, server: &Server, icon: &str) -> notify_rust::Notification {
    let mut n = notify_rust::Notification::new();
    n.appname("deskbreak")
        .icon(icon)
        .summary(&message.summary)
        .body(&body_for(server, &message.body))
        .hint(notify_rust::Hint::DesktopEntry("deskbreak".into()));
    if message.sticky {
        n.timeout(notify_rust::Timeout::Never);
        if server.gnome {
            n.urgency(notify_rust::Urgency::Critical);
        }
    }
    n
}

/// Where an installed icon theme may hold deskbreak's icon: `$XDG_DATA_HOME` and
/// `$XDG_DATA_DIRS` (or their defaults), each with `icons/hicolor`.
pub(super) fn themed_icon_dirs() -> Vec<PathBuf> {
    let home = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
    let dirs = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    home.into_iter()
        .chain(dirs.split(':').map(PathBuf::from))
        .map(|d| d.join("icons/hicolor"))
        .collect()
}

/// The icon beside every notification: the theme's `deskbreak` where a package installed it
/// (the server can then pick its size), else the copy carried in the binary, written once to
/// `cache_dir` and named by its path: without either, servers draw a generic icon.
pub(super) fn app_icon(themes: &[PathBuf], cache_dir: &Path) -> String {
    if themes.iter().any(|t| t.join("scalable/apps/deskbreak.svg").is_file()) {
        return "deskbreak".into();
    }
    let copy = cache_dir.join("deskbreak.svg");
    let fresh = std::fs::read(&copy).is_ok_and(|b| b == ICON.as_bytes());
    let written = fresh
        || std::fs::create_dir_all(cache_dir)
            .and_then(|()| std::fs::write(&copy, ICON))
            .is_ok();
    if written && copy.is_absolute() {
        copy.display().to_string()
    } else {
        tracing::debug!(
            "cannot write the icon to {}: notifications show a generic one",
            copy.display()
        );
        String::new()
    }
}

/// The icon the package installs, for a deskbreak that runs without it.
const ICON: &str = include_str!("../../../../packaging/icons/deskbreak.svg");

/// `body` as the server reads it: escaped where it is markup.
fn body_for(server: &Server, body: &str) -> String {
    if server.markup {
        body.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    } else {
        body.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(gnome: bool, markup: bool) -> Server {
        Server { gnome, markup }
    }

    #[test]
    fn markup_servers_get_an_escaped_body() {
        assert_eq!(
            body_for(&server(false, true), "a < b & c > d"),
            "a &lt; b &amp; c &gt; d"
        );
        assert_eq!(body_for(&server(false, false), "a < b & c > d"), "a < b & c > d");
    }

    #[test]
    fn only_gnome_gets_a_critical_prompt() {
        let shown = Shown {
            seq: 1,
            prompt: deskbreak_core::prompts::builtin().remove(0),
            snooze: std::time::Duration::from_secs(600),
            waited: None,
            sat: None,
        };
        let critical = notify_rust::Hint::Urgency(notify_rust::Urgency::Critical);
        assert!(
            prompt_notification(&shown, &server(true, false), "")
                .hints
                .contains(&critical)
        );
        assert!(
            !prompt_notification(&shown, &server(false, false), "")
                .hints
                .contains(&critical)
        );
    }

    #[test]
    fn on_gnome_only_messages_to_read_are_critical_and_they_never_expire_anywhere() {
        let critical = notify_rust::Hint::Urgency(notify_rust::Urgency::Critical);
        let message = |sticky| Note {
            summary: "deskbreak: config not applied".into(),
            body: "config.toml:3:1: ...".into(),
            sticky,
        };
        for gnome in [true, false] {
            let to_read = message_notification(&message(true), &server(gnome, false), "deskbreak");
            assert_eq!(to_read.hints.contains(&critical), gnome);
            assert_eq!(to_read.timeout, notify_rust::Timeout::Never);
            assert_eq!(to_read.icon, "deskbreak");
            let passing = message_notification(&message(false), &server(gnome, false), "");
            assert!(!passing.hints.contains(&critical));
            assert_eq!(passing.timeout, notify_rust::Timeout::Default);
        }
    }

    #[test]
    fn the_icon_is_the_themes_where_installed_else_a_copy_written_once() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let theme = dir.path().join("share/icons/hicolor");
        let cache = dir.path().join("cache/deskbreak");
        let copy = cache.join("deskbreak.svg");
        assert_eq!(
            app_icon(std::slice::from_ref(&theme), &cache),
            copy.display().to_string()
        );
        assert_eq!(std::fs::read_to_string(&copy).ok().as_deref(), Some(ICON));
        std::fs::create_dir_all(theme.join("scalable/apps")).expect("the theme dir");
        std::fs::write(theme.join("scalable/apps/deskbreak.svg"), ICON).expect("the themed icon");
        assert_eq!(app_icon(&[theme], &cache), "deskbreak");
    }
}
