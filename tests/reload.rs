//! Live reload against the running daemon: edits apply within seconds, bad edits never stop it.

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
}

use chrono::{DateTime, FixedOffset};
use common::env::{QUICK, TestEnv};
use common::wait::wait_for;
use std::io::Read;
use std::time::Duration;

fn next_due(env: &TestEnv) -> Option<DateTime<FixedOffset>> {
    env.status()["next_due"]
        .as_str()
        .map(|t| DateTime::parse_from_rfc3339(t).unwrap())
}

fn config_path(env: &TestEnv) -> std::path::PathBuf {
    env.path("config/deskbreak/config.toml")
}

#[test]
fn a_valid_edit_moves_the_next_prompt() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let before = next_due(&env).unwrap();
    std::fs::write(config_path(&env), QUICK.replace("\"1h\"", "\"2h\"")).unwrap();
    // Applied by the file watch: nothing else re-reads the config (wait_for's deadline bounds
    // it, generously, so that a loaded machine does not fail it).
    let after = wait_for("the new schedule", || next_due(&env).filter(|d| *d != before));
    // Same starting point, twice the interval.
    assert_eq!(after - before, chrono::Duration::hours(1));
}

#[test]
fn an_editor_style_rename_save_is_picked_up() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    let before = next_due(&env).unwrap();
    let temp = env.path("config/deskbreak/.config.toml.swp");
    std::fs::write(&temp, QUICK.replace("\"1h\"", "\"3h\"")).unwrap();
    std::fs::rename(&temp, config_path(&env)).unwrap();
    let after = wait_for("the new schedule", || next_due(&env).filter(|d| *d != before));
    assert_eq!(after - before, chrono::Duration::hours(2));
}

#[test]
fn an_invalid_edit_keeps_the_old_config_logs_and_notifies_once() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let before = next_due(&env).unwrap();
    let bad = QUICK.replace("snooze = \"10m\"", "snooze = \"ten\"");
    std::fs::write(config_path(&env), &bad).unwrap();
    let n = env.fake().wait_for_notify(1);
    assert_eq!(n.summary, "deskbreak: config not applied");
    assert_eq!(
        n.body,
        "`schedule.snooze` = \"ten\" is not a duration: write it like \"90s\", \"10m\" or \"1h30m\", line 7"
    );
    assert!(n.actions.is_empty());
    assert_eq!(next_due(&env), Some(before), "still on the old config");

    // `reload` reports the same problem, exit 2, and changes nothing.
    let out = env.run(&["reload"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let location = format!("{}:7:10: ", config_path(&env).display());
    assert!(
        stderr.starts_with(&format!("deskbreak: {location}`schedule.snooze`")),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("Config not applied: deskbreak keeps running on the previous one.\n"),
        "{stderr}"
    );

    // The same bad content saved again is the same file: not notified, not logged again.
    std::fs::write(config_path(&env), &bad).unwrap();

    // Fixed: applied, and `reload` says so.
    std::fs::write(config_path(&env), QUICK.replace("\"1h\"", "\"2h\"")).unwrap();
    wait_for("the fixed config", || next_due(&env).filter(|d| *d != before));
    assert_eq!(env.fake().notifies().len(), 1);
    // Rejected twice, the edit and the `reload` command: the location is written once, and the
    // repeat counted when the next, different message came.
    let log = env.daemon_log();
    assert_eq!(log.matches(&location).count(), 1, "{log}");
    assert!(log.contains(" ERROR (the last message repeated 1 time)"), "{log}");
    assert_eq!(
        env.ok(&["reload"]),
        format!("Config applied from {}.\n", config_path(&env).display())
    );
    env.ok(&["quit"]);
    let (status, _, stderr) = daemon.wait_exit();
    assert!(status.success());
    assert!(stderr.contains("config not applied"), "{stderr}");
}

#[test]
fn a_reload_keeps_the_pending_prompt_and_a_pause() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    env.ok(&["now"]);
    let pending = env.status()["pending"]["prompt"].clone();
    std::fs::write(config_path(&env), QUICK.replace("snooze = \"10m\"", "snooze = \"20m\"")).unwrap();
    env.ok(&["reload"]);
    assert_eq!(env.status()["pending"]["prompt"], pending);
    env.ok(&["pause", "1h"]);
    let until = env.status()["paused_until"].clone();
    std::fs::write(config_path(&env), QUICK).unwrap();
    env.ok(&["reload"]);
    let status = env.status();
    assert_eq!(
        (status["state"].as_str(), &status["paused_until"]),
        (Some("paused"), &until)
    );
}

#[test]
fn a_custom_prompt_shows_up_in_rotation() {
    let custom = format!(
        "{QUICK}\n[prompts]\nbuiltin = false\n\n[[prompts.custom]]\ncategory = \"movement\"\ntitle = \"Walk to the window\"\n\
         text = \"Stand up and walk to the window.\"\nwhy = \"Walking breaks up sitting.\"\n"
    );
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    std::fs::write(config_path(&env), custom).unwrap();
    wait_for("the custom catalogue", || {
        (env.status()["next_category"] == "movement").then_some(())
    });
    env.ok(&["now"]);
    let n = env.fake().wait_for_notify(1);
    assert_eq!(
        (n.summary.as_str(), n.body.as_str()),
        (
            "Walk to the window",
            "Stand up and walk to the window.\nWalking breaks up sitting."
        )
    );
    assert_eq!(env.status()["pending"]["prompt"], "movement.custom-walk-to-the-window");
}

/// Under a minute, so that every reload logs two warnings; the test pauses the daemon, so that
/// no prompt comes while it watches.
fn warning_config() -> String {
    QUICK
        .replace("min_interval = \"1h\"", "min_interval = \"30s\"")
        .replace("max_interval = \"1h\"", "max_interval = \"30s\"")
}

/// How long a test watches an idle daemon: ten times the daemon's settle time before a re-read
/// (150 ms), so that a reload loop would run several rounds.
const WATCH: Duration = Duration::from_millis(1500);

/// The context switches of the daemon's main thread, which runs its whole event loop (a
/// current-thread runtime): (voluntary, nonvoluntary). Each wake-up of the loop ends in a
/// voluntary one, when the loop sleeps again; the nonvoluntary ones are the kernel preempting a
/// thread that runs, which a loaded machine multiplies.
fn context_switches(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let count = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|n| n.trim().parse::<u64>().unwrap())
            .unwrap_or_else(|| panic!("{key} in /proc/{pid}/status"))
    };
    (count("voluntary_ctxt_switches:"), count("nonvoluntary_ctxt_switches:"))
}

/// The wake-ups of the daemon's loop so far.
fn wakeups(pid: u32) -> u64 {
    context_switches(pid).0
}

/// Waits until the daemon has made no context switch of either kind for a quarter of a second
/// (the work of its start, or of a request, is over) and returns its wake-ups so far.
fn settled(pid: u32, after: &str) -> u64 {
    wait_for(&format!("the daemon to fall asleep after {after}"), || {
        let before = context_switches(pid);
        std::thread::sleep(Duration::from_millis(250));
        (context_switches(pid) == before).then_some(before.0)
    })
}

fn log_len(env: &TestEnv) -> u64 {
    std::fs::metadata(env.path("state/deskbreak/deskbreak.log"))
        .unwrap()
        .len()
}

#[test]
fn reading_the_config_wakes_nothing_and_logs_nothing() {
    let env = TestEnv::new(&warning_config());
    let daemon = env.start_daemon();
    let pid = daemon.child.id();
    env.ok(&["pause", "1h"]);
    let before = settled(pid, "its start");
    let log_before = log_len(&env);

    let cat = env.command("cat").arg(config_path(&env)).output().unwrap();
    assert_eq!(String::from_utf8(cat.stdout).unwrap(), warning_config());
    assert_eq!(env.ok(&["config", "check"]).lines().next(), Some("OK"));
    let mut text = String::new();
    std::fs::File::open(config_path(&env))
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    // Opened and closed without a read.
    drop(std::fs::File::open(config_path(&env)).unwrap());
    // Nothing to wait for: the absence of wake-ups is seen only over some time.
    std::thread::sleep(WATCH);
    let woken = wakeups(pid) - before;
    // Up to 3: the loop's once-a-minute look at the clock may fall in this window (the timer's
    // expiry and the wake-up after it), and one to spare. Preemptions are not counted, so that a
    // loaded machine (or a window that its load stretches) does not add to them.
    assert!(
        woken <= 3,
        "the daemon woke {woken} times while the config was only read"
    );

    // `doctor` asks the daemon for its status over the socket: that wake-up is the request's,
    // over soon after `doctor` has its answer. Its read of the config must start nothing.
    let doctor = env.run(&["doctor"]);
    assert!(doctor.status.code().is_some(), "doctor ran to the end");
    settled(pid, "`doctor` (a reload loop never does)");
    assert_eq!(
        log_len(&env),
        log_before,
        "the daemon's log grew while the config was only read"
    );
}

#[test]
fn saving_the_same_bytes_again_applies_nothing_and_logs_nothing() {
    let env = TestEnv::new(&warning_config());
    let daemon = env.start_daemon();
    env.ok(&["pause", "1h"]);
    let pid = daemon.child.id();
    let asleep = settled(pid, "its start");
    let log = env.path("state/deskbreak/deskbreak.log");
    let logged_before = std::fs::read_to_string(&log).unwrap();

    // A save that writes what the file already holds: a real write, seen by the watch. The
    // daemon wakes for it (only the bytes tell it that nothing changed): the test waits until it
    // has and is asleep again, however long a loaded machine makes that, then watches a while
    // more, in which a reload loop would show.
    std::fs::write(config_path(&env), warning_config()).unwrap();
    wait_for("the daemon to wake for the save", || {
        (wakeups(pid) > asleep).then_some(())
    });
    settled(pid, "the save");
    std::thread::sleep(WATCH);
    let logged = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        &logged[logged_before.len()..],
        "",
        "logged after a save that changed nothing"
    );

    // A real edit is applied, and logged once with its two warnings.
    std::fs::write(
        config_path(&env),
        warning_config().replace("snooze = \"10m\"", "snooze = \"20m\""),
    )
    .unwrap();
    let applied = format!("config applied from {}", config_path(&env).display());
    // The warnings follow the line saying it was applied, in the same reload.
    let new = wait_for("the edit and its warnings in the log", || {
        let text = std::fs::read_to_string(&log).unwrap();
        let new = text[logged_before.len()..].to_string();
        (new.contains(&applied) && new.matches("under a minute").count() >= 2).then_some(new)
    });
    let kinds: Vec<&str> = new
        .lines()
        .map(|l| {
            if l.contains(&applied) {
                "applied"
            } else if l.contains("`schedule.min_interval` is 30s: under a minute") {
                "min warning"
            } else if l.contains("`schedule.max_interval` is 30s: under a minute") {
                "max warning"
            } else {
                l
            }
        })
        .collect();
    assert_eq!(kinds, ["applied", "min warning", "max warning"], "{new}");
}

/// The config as a dotfiles repository keeps it: `config.toml` a symlink to `target`, a file
/// in another directory of the temp dir.
fn link_config(env: &TestEnv, target: &std::path::Path) {
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::rename(config_path(env), target).unwrap();
    std::os::unix::fs::symlink(target, config_path(env)).unwrap();
}

/// `ln -sfn TO config.toml`: a new link under a temp name, renamed over the old one.
fn repoint_link(env: &TestEnv, to: &std::path::Path) {
    let temp_link = env.path("config/deskbreak/.config.toml.new");
    std::os::unix::fs::symlink(to, &temp_link).unwrap();
    std::fs::rename(&temp_link, config_path(env)).unwrap();
}

/// An editor's safe save: `text` written to a temp file beside `path` and renamed over it.
fn save_by_rename(path: &std::path::Path, text: &str) {
    let name = path.file_name().unwrap().to_string_lossy();
    let temp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

/// QUICK with `[water] daily_target`, which `status --json` shows as `water_target`.
fn with_water(glasses: u32) -> String {
    format!("{QUICK}\n[water]\ndaily_target = {glasses}\n")
}

fn water_target(env: &TestEnv) -> u64 {
    env.status()["water_target"].as_u64().unwrap()
}

fn wait_for_water(env: &TestEnv, glasses: u64) {
    wait_for(&format!("water_target {glasses}"), || {
        (water_target(env) == glasses).then_some(())
    });
}

#[test]
fn edits_of_a_symlinked_configs_target_apply_live() {
    let env = TestEnv::new(&with_water(5));
    let target = env.path("dotfiles/deskbreak.toml");
    link_config(&env, &target);
    let _daemon = env.start_daemon();
    assert_eq!(water_target(&env), 5);

    // In place: truncated and written.
    std::fs::write(&target, with_water(6)).unwrap();
    wait_for_water(&env, 6);

    // Written to a temp file beside the target and renamed over it.
    save_by_rename(&target, &with_water(7));
    wait_for_water(&env, 7);

    // Appended to.
    use std::io::Write;
    std::fs::OpenOptions::new()
        .append(true)
        .open(&target)
        .unwrap()
        .write_all(b"\n[relief]\nwithin = \"2d\"\n")
        .unwrap();
    wait_for("relief.within 2d", || {
        (env.status()["relief"]["within_s"] == 2 * 24 * 3600).then_some(())
    });
    assert_eq!(water_target(&env), 7);
    assert!(std::fs::symlink_metadata(config_path(&env)).unwrap().is_symlink());
}

#[test]
fn a_repointed_link_is_followed_to_its_new_target() {
    let env = TestEnv::new(&with_water(5));
    link_config(&env, &env.path("dotfiles/deskbreak.toml"));
    let _daemon = env.start_daemon();
    assert_eq!(water_target(&env), 5);

    // `ln -sfn` to a target in another directory.
    let other = env.path("elsewhere/deskbreak.toml");
    std::fs::create_dir_all(other.parent().unwrap()).unwrap();
    std::fs::write(&other, with_water(6)).unwrap();
    repoint_link(&env, &other);
    wait_for_water(&env, 6);

    // Edits of the new target, in place and by rename, apply.
    std::fs::write(&other, with_water(9)).unwrap();
    wait_for_water(&env, 9);
    save_by_rename(&other, &with_water(10));
    wait_for_water(&env, 10);
}

#[test]
fn an_empty_target_mid_save_is_not_applied() {
    let env = TestEnv::new(&with_water(5));
    let target = env.path("dotfiles/deskbreak.toml");
    link_config(&env, &target);
    let _daemon = env.start_daemon();
    assert_eq!(water_target(&env), 5);
    let logged_before = env.daemon_log().len();
    let empty = format!(
        "{} is empty (probably mid-save): keeping the settings in force; \
         `deskbreak reload` applies an empty file as the defaults",
        config_path(&env).display()
    );
    let applied = format!("config applied from {}", config_path(&env).display());

    // An editor's truncate, seen before its write.
    std::fs::write(&target, "").unwrap();
    let line = wait_for("the re-read in the log", || {
        let log = env.daemon_log();
        log[logged_before..]
            .lines()
            .find(|l| l.contains(&empty) || l.contains(&applied))
            .map(ToOwned::to_owned)
    });
    assert!(line.contains(" INFO ") && line.ends_with(&empty), "{line}");
    assert_eq!(water_target(&env), 5, "still on the settings in force");

    // The write that ends the save applies.
    std::fs::write(&target, with_water(6)).unwrap();
    wait_for_water(&env, 6);

    // `reload` applies an empty file as the defaults.
    std::fs::write(&target, "").unwrap();
    assert_eq!(
        env.ok(&["reload"]),
        format!("Config applied from {}.\n", config_path(&env).display())
    );
    assert_eq!(water_target(&env), 8);
}

/// A link to a file beside it: one directory holds the link and its target, and is watched once
/// for both names (two watches of it would be one, and moving the target's away would end the
/// link's).
#[test]
fn a_link_within_the_config_directory_is_followed_there_and_back() {
    let env = TestEnv::new(&with_water(5));
    let beside = env.path("config/deskbreak/real.toml");
    link_config(&env, &beside);
    let _daemon = env.start_daemon();
    std::fs::write(&beside, with_water(6)).unwrap();
    wait_for_water(&env, 6);

    let elsewhere = env.path("elsewhere/deskbreak.toml");
    std::fs::create_dir_all(elsewhere.parent().unwrap()).unwrap();
    std::fs::write(&elsewhere, with_water(7)).unwrap();
    repoint_link(&env, &elsewhere);
    wait_for_water(&env, 7);
    std::fs::write(&elsewhere, with_water(8)).unwrap();
    wait_for_water(&env, 8);

    // Back beside it: edits there still apply.
    repoint_link(&env, &beside);
    wait_for_water(&env, 6);
    std::fs::write(&beside, with_water(9)).unwrap();
    wait_for_water(&env, 9);

    // And a plain file again, as before any link.
    std::fs::remove_file(config_path(&env)).unwrap();
    std::fs::write(config_path(&env), with_water(10)).unwrap();
    wait_for_water(&env, 10);
}

/// One config line switches the language, without a restart: the reply to the `reload` that
/// applied it, the next notification and the commands are German, though the session is
/// English; taking the line out again brings English back.
#[test]
fn one_config_line_switches_the_language_without_a_restart() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    assert_eq!(env.ok(&["now"]).split(':').next(), Some("Showing"));
    env.ok(&["done"]);
    std::fs::write(config_path(&env), format!("language = \"de\"\n{QUICK}")).unwrap();
    let applied = env.ok(&["reload"]);
    let path = config_path(&env).display().to_string();
    assert_eq!(applied, format!("Konfiguration aus {path} übernommen.\n"));
    let shown = env.ok(&["now"]);
    let title = env.status()["pending"]["prompt"].as_str().unwrap().to_string();
    let n = env.fake().wait_for_notify(2);
    assert_eq!(shown, format!("Angezeigt: {}.\n", n.summary), "{title}");
    assert_eq!(n.actions[1], "Erledigt");
    env.ok(&["done"]);

    std::fs::write(config_path(&env), QUICK).unwrap();
    env.ok(&["reload"]);
    assert_eq!(env.ok(&["now"]).split(':').next(), Some("Showing"));
    assert_eq!(env.fake().wait_for_notify(3).actions[1], "Done");
}
