//! The two idle protocols a compositor may offer, behind one face: `ext-idle-notify-v1` (KDE
//! Plasma 6, sway 1.8+, Hyprland, niri, COSMIC, labwc, ...) and KDE's older `org_kde_kwin_idle`
//! (Plasma before 5.27, sway up to 1.7 as in Debian 12). Both say "idle for the timeout" and "input
//! again" for each object asked for; only the names differ.

use std::time::Duration;

use wayland_client::globals::GlobalList;
use wayland_client::protocol::wl_seat::WlSeat;
use wayland_client::{Connection, Dispatch, QueueHandle, delegate_noop};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notification_v1::{self, ExtIdleNotificationV1};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notifier_v1::ExtIdleNotifierV1;
use wayland_protocols_plasma::idle::client::org_kde_kwin_idle::OrgKdeKwinIdle;
use wayland_protocols_plasma::idle::client::org_kde_kwin_idle_timeout::{self, OrgKdeKwinIdleTimeout};

use super::{Purpose, Seen};
use crate::IdleBackend;

/// The idle protocol the compositor offers, bound.
pub(super) enum Notifier {
    Ext(ExtIdleNotifierV1),
    Kde(OrgKdeKwinIdle),
}

/// One idle notification (ext) or timeout (KDE), live until stopped.
pub(super) enum Notification {
    Ext(ExtIdleNotificationV1),
    Kde(OrgKdeKwinIdleTimeout),
}

impl Notifier {
    /// The standard protocol if offered, else KDE's; `None` if neither is.
    pub(super) fn bind(globals: &GlobalList, qh: &QueueHandle<Seen>) -> Option<Notifier> {
        if let Ok(notifier) = globals.bind(qh, 1..=1, ()) {
            return Some(Notifier::Ext(notifier));
        }
        globals.bind(qh, 1..=1, ()).ok().map(Notifier::Kde)
    }

    pub(super) fn backend(&self) -> IdleBackend {
        match self {
            Notifier::Ext(_) => IdleBackend::Wayland,
            Notifier::Kde(_) => IdleBackend::KdeIdle,
        }
    }

    /// Asks to hear when `seat` has had no input for `timeout`, and when input comes back.
    pub(super) fn notify(
        &self,
        seat: &WlSeat,
        timeout: Duration,
        purpose: Purpose,
        qh: &QueueHandle<Seen>,
    ) -> Notification {
        let ms = u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX);
        match self {
            Notifier::Ext(notifier) => Notification::Ext(notifier.get_idle_notification(ms, seat, qh, purpose)),
            Notifier::Kde(idle) => Notification::Kde(idle.get_idle_timeout(seat, ms, qh, purpose)),
        }
    }
}

impl Notification {
    /// The compositor forgets it: no more events, no timer kept for it.
    pub(super) fn stop(&self) {
        match self {
            Notification::Ext(n) => n.destroy(),
            Notification::Kde(t) => t.release(),
        }
    }
}

impl Dispatch<ExtIdleNotificationV1, Purpose> for Seen {
    fn event(
        seen: &mut Self,
        _: &ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        purpose: &Purpose,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => seen.idled(*purpose),
            ext_idle_notification_v1::Event::Resumed => seen.resumed(*purpose),
            _ => {}
        }
    }
}

impl Dispatch<OrgKdeKwinIdleTimeout, Purpose> for Seen {
    fn event(
        seen: &mut Self,
        _: &OrgKdeKwinIdleTimeout,
        event: org_kde_kwin_idle_timeout::Event,
        purpose: &Purpose,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            org_kde_kwin_idle_timeout::Event::Idle => seen.idled(*purpose),
            org_kde_kwin_idle_timeout::Event::Resumed => seen.resumed(*purpose),
            _ => {}
        }
    }
}

delegate_noop!(Seen: ExtIdleNotifierV1);
delegate_noop!(Seen: OrgKdeKwinIdle);
