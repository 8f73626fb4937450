//! `deskbreak autostart`: the files it writes are valid for the tools that read them, name this
//! binary in full, and are the only files it ever removes; and the entry really starts the daemon.

// These tests need D-Bus (and some X11 or Wayland): Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod bus;
    pub mod env;
    pub mod gsettings;
    pub mod notifications;
    pub mod sni_watcher;
    pub mod wait;
}

use common::env::{QUICK, TestEnv};
use common::wait::{DEADLINE, wait_for};
use std::io::Read;
use std::path::PathBuf;
use std::process::{Output, Stdio};

const MARKER: &str = "X-Deskbreak-Generated=true\n";

/// The binary under test, as `enable` names it.
fn exe() -> String {
    let path = std::fs::canonicalize(env!("CARGO_BIN_EXE_deskbreak")).unwrap();
    path.to_str().unwrap().to_owned()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn entry_path(env: &TestEnv) -> PathBuf {
    env.path("config/autostart/deskbreak.desktop")
}

fn unit_path(env: &TestEnv) -> PathBuf {
    env.path("config/systemd/user/deskbreak.service")
}

/// Runs a helper tool in the test environment; it must succeed.
fn tool(env: &TestEnv, program: &str, args: &[&str]) -> Output {
    let out = env
        .command(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (scripts/test installs it): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

#[test]
fn enable_writes_a_valid_entry_that_runs_this_binary_and_twice_is_harmless() {
    let env = TestEnv::without_notifications(QUICK);
    let path = entry_path(&env);
    let exe = exe();
    assert_eq!(
        env.ok(&["autostart", "status"]),
        "Autostart: off; `deskbreak autostart enable` turns it on\n"
    );

    assert_eq!(
        env.ok(&["autostart", "enable"]),
        format!(
            "Wrote the XDG autostart entry {}.\ndeskbreak will start with your desktop session as: {exe} run\n",
            path.display()
        )
    );
    let written = std::fs::read_to_string(&path).unwrap();
    let template = include_str!("../packaging/linux/deskbreak-autostart.desktop");
    assert_eq!(written, template.replace("@EXEC@", &exe) + MARKER);
    assert!(written.contains(&format!("\nExec={exe} run\n")), "{written}");
    assert!(exe.starts_with('/'));
    let validate = tool(&env, "desktop-file-validate", &[path.to_str().unwrap()]);
    assert_eq!(text(&validate.stdout), "", "desktop-file-validate has no hints");

    assert_eq!(
        env.ok(&["autostart", "status"]),
        format!("Autostart: on, by the XDG autostart entry {}\n", path.display())
    );

    assert_eq!(
        env.ok(&["autostart", "enable"]),
        format!(
            "The XDG autostart entry {} is already up to date.\ndeskbreak will start with your desktop session as: {exe} run\n",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["deskbreak.desktop"], "no temp file is left behind");
}

#[test]
fn disable_removes_only_what_enable_wrote() {
    let env = TestEnv::without_notifications(QUICK);
    let path = entry_path(&env);
    let dir = path.parent().unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let other = dir.join("other.desktop");
    std::fs::write(&other, "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n").unwrap();

    env.ok(&["autostart", "enable"]);
    assert_eq!(
        env.ok(&["autostart", "disable"]),
        format!("Removed the XDG autostart entry {}.\n", path.display())
    );
    assert!(!path.exists());
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n"
    );
    assert_eq!(
        env.ok(&["autostart", "disable"]),
        "deskbreak had no autostart entry or unit: nothing to remove.\n"
    );

    // An entry of the same name that deskbreak did not write is neither replaced nor removed.
    let own = "[Desktop Entry]\nType=Application\nName=deskbreak\nExec=deskbreak run --headless\n";
    std::fs::write(&path, own).unwrap();
    let out = env.run(&["autostart", "enable"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "deskbreak: {} exists and deskbreak did not write it, so it is left alone: move it away, \
             then run `deskbreak autostart enable` again\n",
            path.display()
        )
    );
    assert_eq!(
        env.ok(&["autostart", "status"]),
        format!("Autostart: {} exists, but deskbreak did not write it\n", path.display())
    );
    assert_eq!(
        env.ok(&["autostart", "disable"]),
        format!(
            "Left {} alone: deskbreak did not write it.\ndeskbreak had no autostart entry or unit: nothing to remove.\n",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), own);
}

#[test]
fn enable_systemd_writes_a_unit_that_systemd_accepts() {
    let env = TestEnv::without_notifications(QUICK);
    let unit = unit_path(&env);
    let exe = exe();
    env.ok(&["autostart", "enable"]);

    let out = env.run(&["autostart", "enable", "--systemd"]);
    let stdout = text(&out.stdout);
    assert_eq!(
        stdout.lines().take(2).collect::<Vec<_>>(),
        [
            format!("Wrote the systemd user unit {}.", unit.display()),
            format!("Removed the XDG autostart entry {}.", entry_path(&env).display()),
        ],
        "switching mechanisms leaves only one"
    );
    let template = include_str!("../packaging/linux/deskbreak.service");
    assert_eq!(
        std::fs::read_to_string(&unit).unwrap(),
        template.replace("@EXEC@", &exe) + MARKER
    );
    tool(&env, "systemd-analyze", &["--user", "verify", unit.to_str().unwrap()]);

    // The test's XDG_RUNTIME_DIR and bus are private, so no user manager answers here: deskbreak
    // must skip `systemctl --user enable` and say so (exit 1), never claim it enabled the unit.
    assert_eq!(out.status.code(), Some(1), "stdout: {stdout}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("deskbreak: no systemd user manager answered (systemctl --user: ")
            && stderr.ends_with(
                "), so deskbreak.service is written but not enabled: in your desktop session, run \
                 `systemctl --user enable deskbreak.service`\n"
            ),
        "{stderr}"
    );
    println!("systemctl skipped by deskbreak, as no user manager runs here: {stderr}");
    assert_eq!(
        env.ok(&["autostart", "status"]),
        format!(
            "Autostart: off; the systemd user unit {} is written but not enabled\n\
             `systemctl --user enable deskbreak.service` in your desktop session enables it.\n",
            unit.display()
        )
    );

    // What `systemctl --user enable` makes from `WantedBy=`; `disable` removes it with the unit.
    let wants = unit.with_file_name("graphical-session.target.wants");
    std::fs::create_dir_all(&wants).unwrap();
    std::os::unix::fs::symlink(&unit, wants.join("deskbreak.service")).unwrap();
    assert_eq!(
        env.ok(&["autostart", "status"]),
        format!("Autostart: on, by the systemd user unit {}\n", unit.display())
    );
    let other = wants.join("other.service");
    std::os::unix::fs::symlink("/dev/null", &other).unwrap();
    assert_eq!(
        env.ok(&["autostart", "disable"]),
        format!(
            "Removed the link {}.\nRemoved the systemd user unit {}.\n",
            wants.join("deskbreak.service").display(),
            unit.display()
        )
    );
    assert!(!unit.exists());
    assert!(other.is_symlink(), "another unit's link is untouched");
}

/// The pid of the daemon dex started, found by its lock file; killed if the test ends early.
struct Launched(Option<String>);

impl Drop for Launched {
    fn drop(&mut self) {
        if let Some(pid) = &self.0 {
            let _ = std::process::Command::new("kill").arg(pid).status();
        }
    }
}

/// Reads a pipe to its end on a thread, so that a hung writer fails the test instead of hanging it.
fn read_to_end(mut pipe: impl Read + Send + 'static) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = pipe.read_to_string(&mut s);
        let _ = tx.send(s);
    });
    rx
}

#[test]
fn dex_starts_the_autostart_entry_and_the_daemon_says_nothing() {
    let env = TestEnv::new(QUICK);
    // A desktop session has a panel: with none, the daemon would rightly say it has no tray.
    let _panel = common::sni_watcher::FakeWatcher::start(&env.bus.address);
    env.ok(&["autostart", "enable"]);
    // Only this test's autostart folder: never the machine's /etc/xdg/autostart.
    std::fs::create_dir_all(env.path("xdg-dirs")).unwrap();
    let mut dex = env
        .command("dex")
        .arg("--autostart")
        .env("XDG_CONFIG_DIRS", env.path("xdg-dirs"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dex runs (scripts/test installs it)");
    // The daemon inherits dex's stdout and stderr: whatever it says at login lands here.
    let stdout = read_to_end(dex.stdout.take().unwrap());
    let stderr = read_to_end(dex.stderr.take().unwrap());
    let dex_status = wait_for("dex to return", || dex.try_wait().unwrap());
    assert!(dex_status.success());

    wait_for("the daemon to answer", || {
        env.run(&["status"]).status.success().then_some(())
    });
    let pid = std::fs::read_to_string(env.path("data/deskbreak/daemon.lock")).unwrap();
    let mut launched = Launched(Some(pid.trim().to_owned()));
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", pid.trim())).unwrap();
    assert_eq!(
        text(&cmdline),
        format!("{}\0run\0", exe()),
        "the entry's Exec, as dex ran it"
    );
    let status = env.ok(&["status"]);
    assert_eq!(
        status.lines().next(),
        Some("State: waiting for the next prompt"),
        "{status}"
    );

    assert_eq!(env.ok(&["quit"]), "deskbreak stopped.\n");
    assert_eq!(stdout.recv_timeout(DEADLINE).expect("the daemon exits"), "");
    assert_eq!(stderr.recv_timeout(DEADLINE).expect("the daemon exits"), "");
    launched.0 = None; // it has exited: its pid may belong to someone else now
}
