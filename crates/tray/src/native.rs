//! macOS and Windows: the tray with tray-icon, following its own examples: the event loop (tao)
//! owns the main thread, menu events are forwarded into it by an event handler (no polling),
//! and the daemon runs on a second thread. UNVERIFIED: nothing here is built or tested on the
//! Linux machines this project is developed on; see the README.

#[cfg(windows)]
mod end_session;

use std::collections::HashMap;
use tao::event::Event;
use tao::event_loop::{ControlFlow, EventLoopBuilder, EventLoopProxy};
use tao::platform::run_return::EventLoopExtRunReturn;
use tokio::sync::watch;
use tray_icon::menu::{IsMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use super::icons::{self, Look};
use super::{Action, Actions, Entry};
use deskbreak_core::model::Status;
use deskbreak_host::clock;
use deskbreak_status::Glance;

pub enum UserEvent {
    /// The daemon is up: from now on menu choices go to these `Actions`.
    Ready(Actions),
    View(Glance),
    Menu(MenuEvent),
    /// The daemon has stopped: leave the loop.
    Exit,
}

/// The main thread's event loop, as the daemon's thread reaches it.
pub struct Host(EventLoopProxy<UserEvent>);

#[cfg(windows)]
impl Host {
    /// `hook` runs, on the main thread, when Windows ends the session (log off, shut down): tao
    /// then ends the process once it returns (see `end_session`).
    pub fn when_the_session_ends(&self, hook: Box<dyn FnOnce() + Send>) {
        end_session::on_end(hook);
    }
}

pub struct Native;

impl Native {
    pub fn start(host: Host, mut status: watch::Receiver<Status>, actions: Actions) -> Option<Native> {
        let first = Glance::new(&status.borrow_and_update(), clock::now());
        host.0.send_event(UserEvent::Ready(actions)).ok()?;
        host.0.send_event(UserEvent::View(first)).ok()?;
        tokio::spawn(async move {
            while status.changed().await.is_ok() {
                let glance = Glance::new(&status.borrow_and_update(), clock::now());
                if host.0.send_event(UserEvent::View(glance)).is_err() {
                    break;
                }
            }
        });
        Some(Native)
    }

    /// The icon goes when the daemon's thread ends and the loop exits (see `run`).
    pub async fn shutdown(self) {}
}

/// Runs `daemon` on a second thread while this, the main thread, runs the tray's event loop.
pub fn run<R: Send + 'static>(daemon: impl FnOnce(Option<Host>) -> R + Send + 'static) -> R {
    let mut event_loop = EventLoopBuilder::<UserEvent>::with_user_event().build();
    let proxy = event_loop.create_proxy();
    let forward = event_loop.create_proxy();
    MenuEvent::set_event_handler(Some(move |event| {
        let _ = forward.send_event(UserEvent::Menu(event));
    }));
    let host = Host(event_loop.create_proxy());
    #[cfg(windows)]
    let _end_session = end_session::Watch::install();
    let worker = std::thread::spawn(move || {
        let result = daemon(Some(host));
        let _ = proxy.send_event(UserEvent::Exit);
        result
    });
    let mut tray: Option<TrayIcon> = None;
    let mut actions: Option<Actions> = None;
    let mut choices: HashMap<MenuId, Action> = HashMap::new();
    event_loop.run_return(|event, _, control_flow| {
        *control_flow = ControlFlow::Wait;
        match event {
            Event::UserEvent(UserEvent::Ready(a)) => actions = Some(a),
            // Created on the first view, once the loop runs, as tray-icon asks on macOS.
            Event::UserEvent(UserEvent::View(glance)) => show(&mut tray, &mut choices, &glance),
            Event::UserEvent(UserEvent::Menu(e)) => {
                if let (Some(actions), Some(action)) = (&actions, choices.get(&e.id)) {
                    actions.run(action);
                }
            }
            Event::UserEvent(UserEvent::Exit) => {
                tray = None;
                *control_flow = ControlFlow::Exit;
            }
            _ => {}
        }
    });
    match worker.join() {
        Ok(result) => result,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn show(tray: &mut Option<TrayIcon>, choices: &mut HashMap<MenuId, Action>, glance: &Glance) {
    choices.clear();
    let menu = Menu::new();
    for entry in super::menu(glance) {
        let _ = menu.append(&*menu_item(entry, choices));
    }
    let tooltip = format!("{}\n{}", glance.headline, glance.details());
    let largest = icons::pixmaps(Look::of(glance.state)).last();
    let icon = largest.and_then(|p| {
        // ARGB to RGBA.
        let mut rgba = p.argb.clone();
        rgba.chunks_exact_mut(4).for_each(|px| px.rotate_left(1));
        Icon::from_rgba(rgba, p.size, p.size).ok()
    });
    match tray {
        Some(t) => {
            t.set_menu(Some(Box::new(menu)));
            let _ = t.set_tooltip(Some(tooltip));
            let _ = t.set_icon(icon);
        }
        None => {
            let mut builder = TrayIconBuilder::new().with_menu(Box::new(menu)).with_tooltip(tooltip);
            if let Some(icon) = icon {
                builder = builder.with_icon(icon);
            }
            match builder.build() {
                Ok(t) => *tray = Some(t),
                Err(e) => tracing::warn!("cannot show the tray icon ({e}); deskbreak keeps running without it"),
            }
        }
    }
}

fn menu_item(entry: Entry, choices: &mut HashMap<MenuId, Action>) -> Box<dyn IsMenuItem> {
    let mut choice = |label: &str, enabled: bool, action: Action| {
        let item = MenuItem::new(label, enabled, None);
        choices.insert(item.id().clone(), action);
        item
    };
    match entry {
        Entry::Info(text) => Box::new(MenuItem::new(text, false, None)),
        Entry::Item { label, enabled, action } => Box::new(choice(&label, enabled, action)),
        Entry::Submenu { label, enabled, items } => {
            let submenu = Submenu::new(label, enabled);
            for (label, action) in items {
                let _ = submenu.append(&choice(&label, enabled, action));
            }
            Box::new(submenu)
        }
        Entry::Separator => Box::new(PredefinedMenuItem::separator()),
    }
}
