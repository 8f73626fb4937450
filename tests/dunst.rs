//! Against a real notification server: dunst, on a private X display and session bus. dunst
//! sends `ActionInvoked` and `NotificationClosed` only to the connection that called `Notify`.
//! Its context menu (`dunstctl context`) hands the actions to the `dmenu` program of its config;
//! here that is a script that picks the line the test asks for, as a person would.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod bus;
    pub mod env;
    pub mod gsettings;
    pub mod notifications;
    pub mod wait;
    pub mod x11;
}

use common::env::{Daemon, QUICK, TestEnv};
use common::wait::wait_for;
use common::x11::Xvfb;

/// dunst on `xvfb`, on the environment's bus, with a menu script the test steers.
struct Dunst {
    _server: Daemon,
    env_display: String,
}

impl Dunst {
    fn start(env: &TestEnv, xvfb: &Xvfb) -> Dunst {
        let menu = env.path("dmenu");
        std::fs::write(
            &menu,
            format!(
                "#!/bin/sh\ncat > '{offered}'\ngrep -m1 \"^#$(cat '{pick}') \" '{offered}'\n",
                offered = env.path("dmenu.offered").display(),
                pick = env.path("dmenu.pick").display(),
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&menu, std::fs::Permissions::from_mode(0o755)).unwrap();
        let config = env.path("dunstrc");
        std::fs::write(&config, format!("[global]\ndmenu = {}\n", menu.display())).unwrap();
        let mut server = env.command("dunst");
        server.env("DISPLAY", &xvfb.display).arg("-config").arg(&config);
        let dunst = Dunst {
            _server: env.spawn(server),
            env_display: xvfb.display.clone(),
        };
        wait_for("dunst to take the notification server's name", || {
            dunst.ctl(env, &["is-paused"]).then_some(())
        });
        dunst
    }

    /// Runs `dunstctl` with `args`; whether it succeeded.
    fn ctl(&self, env: &TestEnv, args: &[&str]) -> bool {
        self.ctl_output(env, args).status.success()
    }

    fn ctl_output(&self, env: &TestEnv, args: &[&str]) -> std::process::Output {
        env.command("dunstctl")
            .env("DISPLAY", &self.env_display)
            .args(args)
            .output()
            .expect("dunstctl runs (it comes with dunst)")
    }

    /// How many notifications dunst has on screen.
    fn displayed(&self, env: &TestEnv) -> u32 {
        let out = self.ctl_output(env, &["count", "displayed"]);
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0)
    }

    /// `deskbreak now`, and waits until dunst shows the prompt.
    fn prompt_now(&self, env: &TestEnv) {
        env.ok(&["now"]);
        wait_for("dunst to show the prompt", || (self.displayed(env) == 1).then_some(()));
    }

    /// Chooses the action labelled `label` from the context menu of the notification shown.
    fn choose(&self, env: &TestEnv, label: &str) {
        std::fs::write(env.path("dmenu.pick"), label).unwrap();
        assert!(self.ctl(env, &["context"]), "dunstctl context");
    }
}

fn record(env: &TestEnv, n: usize) -> (String, String) {
    let r = &env.wait_for_acks(n)[n - 1];
    (r["outcome"].as_str().unwrap().into(), r["via"].as_str().unwrap().into())
}

#[test]
fn done_snooze_and_skip_chosen_in_dunst_are_logged() {
    let env = TestEnv::without_notifications(QUICK);
    let xvfb = Xvfb::start();
    let dunst = Dunst::start(&env, &xvfb);
    let _daemon = env.start_daemon();

    for (n, (label, outcome)) in [("Done", "done"), ("Snooze", "snoozed"), ("Skip", "skipped")]
        .into_iter()
        .enumerate()
    {
        dunst.prompt_now(&env);
        dunst.choose(&env, label);
        assert_eq!(record(&env, n + 1), (outcome.into(), "notification".into()), "{label}");
        wait_for("the prompt to leave dunst's screen", || {
            (dunst.displayed(&env) == 0).then_some(())
        });
    }
    let offered = std::fs::read_to_string(env.path("dmenu.offered")).unwrap();
    let title = env.acks()[2]["title"].as_str().unwrap().to_string();
    // dunst's id of the last prompt: "[3,done]" on the first line.
    let id = offered.split('[').nth(1).and_then(|s| s.split(',').next()).unwrap();
    assert_eq!(
        offered,
        format!("#Done ({title}) [{id},done]\n#Snooze 10 min ({title}) [{id},snooze]\n#Skip ({title}) [{id},skip]"),
        "the three actions, labelled, on the prompt named by its title"
    );
}

#[test]
fn a_prompt_closed_in_dunst_is_snoozed() {
    let env = TestEnv::without_notifications(QUICK);
    let xvfb = Xvfb::start();
    let dunst = Dunst::start(&env, &xvfb);
    let _daemon = env.start_daemon();
    dunst.prompt_now(&env);
    assert!(dunst.ctl(&env, &["close"]));
    assert_eq!(record(&env, 1), ("snoozed".into(), "notification".into()));
    assert_eq!(env.status()["state"], "snoozed");
}
