//! A menu choice ends the launch the panel announced, on Wayland (gtk_shell1) and on X11
//! (startup notification).

use super::*;

#[test]
fn a_menu_choice_ends_the_launch_the_panel_announced_on_wayland() {
    let env = TestEnv::new(QUICK);
    let compositor = FakeCompositor::start(&env.path("run"));
    let (daemon, _watcher, panel) = daemon_with_panel(&env, &[("WAYLAND_DISPLAY", &compositor.display)]);

    // A host that announces no launch (KDE's, xfce4-panel's) is told nothing.
    panel.click("My legs are numb");
    assert_eq!(env.wait_for_acks(1)[0]["outcome"], "relief");

    panel.click_with_token("Drank a glass of water", "some-token");
    let r = env.wait_for_acks(2)[1].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("drink"), Some("tray"))
    );
    let ids = wait_for("the compositor to hear the launch end", || {
        Some(compositor.startup_ids()).filter(|ids| !ids.is_empty())
    });
    assert_eq!(ids, [Some("some-token".to_string())]);

    // A middle click on the icon takes a break, and its launch ends.
    panel.middle_click_with_token("middle-token");
    let ids = wait_for("the second launch to end", || {
        Some(compositor.startup_ids()).filter(|ids| ids.len() > 1)
    });
    assert_eq!(ids, [Some("some-token".to_string()), Some("middle-token".to_string())]);
    // (The first notification was the relief steps.)
    let prompt = env.fake().wait_for_notify(2);
    assert_eq!(prompt.summary, env.status()["pending"]["title"].as_str().unwrap());

    // So does a double click's, which shows the status.
    panel.double_click_with_token("double-token");
    let ids = wait_for("the third launch to end", || {
        Some(compositor.startup_ids()).filter(|ids| ids.len() > 2)
    });
    assert_eq!(ids[2], Some("double-token".to_string()));
    assert_eq!(env.fake().wait_for_notify(3).summary, "Posture check waiting");

    // Quit ends the process, but not before its launch has ended too.
    panel.click_with_token("Quit", "quit-token");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success());
    assert_eq!(
        compositor.startup_ids(),
        ["some-token", "middle-token", "double-token", "quit-token"].map(|id| Some(id.to_string()))
    );
}

/// An X client that hears startup notification messages as a window manager does: it selects
/// `PropertyChangeMask` on the root window and joins the pieces each sender window sends.
struct StartupListener {
    conn: RustConnection,
    root: Window,
    begin: Atom,
    more: Atom,
    pieces: HashMap<Window, Vec<u8>>,
}

impl StartupListener {
    fn connect(display: &str) -> StartupListener {
        let (conn, screen) = x11rb::connect(Some(display)).unwrap();
        let root = conn.setup().roots[screen].root;
        let listen = ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE);
        // Checked: the selection is in force before anyone sends.
        conn.change_window_attributes(root, &listen).unwrap().check().unwrap();
        let atom = |name: &[u8]| conn.intern_atom(false, name).unwrap().reply().unwrap().atom;
        let (begin, more) = (atom(b"_NET_STARTUP_INFO_BEGIN"), atom(b"_NET_STARTUP_INFO"));
        StartupListener {
            conn,
            root,
            begin,
            more,
            pieces: HashMap::new(),
        }
    }

    /// The next whole message: its text up to the NUL, after checking that the pieces came from
    /// a window of the sender's (not the root) and that the rest of the last piece is zeros.
    fn next_message(&mut self) -> String {
        wait_for("a startup notification message", || {
            while let Some(event) = self.conn.poll_for_event().unwrap() {
                let XEvent::ClientMessage(m) = event else { continue };
                let data = m.data.as_data8();
                if m.type_ == self.begin {
                    assert_eq!(m.format, 8);
                    self.pieces.insert(m.window, data.to_vec());
                } else if m.type_ == self.more {
                    assert_eq!(m.format, 8);
                    self.pieces
                        .get_mut(&m.window)
                        .expect("_NET_STARTUP_INFO after a _NET_STARTUP_INFO_BEGIN from the same window")
                        .extend(data);
                } else {
                    continue;
                }
                let Some(end) = self.pieces[&m.window].iter().position(|&b| b == 0) else {
                    continue;
                };
                assert_ne!(m.window, self.root, "sent from a window of the sender's own");
                let message = self.pieces.remove(&m.window).unwrap();
                assert!(message[end..].iter().all(|&b| b == 0), "{message:?}");
                return Some(String::from_utf8(message[..end].to_vec()).unwrap());
            }
            None
        })
    }
}

#[test]
fn a_menu_choice_ends_the_launch_the_panel_announced_on_x11() {
    let x = Xvfb::start();
    let mut listener = StartupListener::connect(&x.display);
    let env = TestEnv::new(QUICK);
    let (daemon, _watcher, panel) = daemon_with_panel(&env, &[("DISPLAY", &x.display)]);

    panel.click_with_token("Drank a glass of water", "some-token");
    assert_eq!(listener.next_message(), "remove: ID=some-token");
    let r = env.wait_for_acks(1)[0].clone();
    assert_eq!(
        (r["outcome"].as_str(), r["via"].as_str()),
        (Some("drink"), Some("tray"))
    );

    // An id with a space, a quote and a backslash is quoted as the specification says.
    panel.click_with_token("Drank a glass of water", r#"odd "id" \ here"#);
    assert_eq!(listener.next_message(), r#"remove: ID="odd \"id\" \\ here""#);

    // The clicks on the icon itself: a middle click and a double click.
    panel.middle_click_with_token("middle-token");
    assert_eq!(listener.next_message(), "remove: ID=middle-token");
    panel.double_click_with_token("double-token");
    assert_eq!(listener.next_message(), "remove: ID=double-token");

    // Quit ends the process, but not before its launch has ended too.
    panel.click_with_token("Quit", "quit-token");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success());
    assert_eq!(listener.next_message(), "remove: ID=quit-token");
}
