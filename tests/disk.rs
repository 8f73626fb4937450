//! Disk trouble: when the log cannot be written, the answer is reported as failed to whoever
//! asked, nothing counts as recorded, the daemon keeps running, and it works again once the
//! disk does.

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

use common::env::{QUICK, TestEnv};
use common::wait::wait_for;

#[test]
fn a_full_disk_fails_the_answer_and_loses_nothing_once_it_recovers() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    std::fs::create_dir_all(env.path("data/deskbreak")).unwrap();
    // Every write to /dev/full fails with "No space left on device".
    std::os::unix::fs::symlink("/dev/full", env.acks_path()).unwrap();
    env.ok(&["now"]);
    let pending = env.status()["pending"]["prompt"].clone();
    let out = env.run(&["done"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "deskbreak: could not write to {}: No space left on device (os error 28); nothing was recorded\n",
            env.acks_path().display()
        )
    );
    // Not recorded, so not done: the prompt is still pending, and today's count unchanged.
    let status = env.status();
    assert_eq!(
        (status["state"].as_str(), &status["pending"]["prompt"]),
        (Some("pending"), &pending)
    );
    assert_eq!(status["today"]["done"], 0);

    // The disk has room again: the same answer goes through and is on disk.
    std::fs::remove_file(env.acks_path()).unwrap();
    let out = env.ok(&["done"]);
    assert!(out.starts_with("Done: "), "{out}");
    let acks = env.acks();
    assert_eq!((acks.len(), acks[0]["outcome"].as_str()), (1, Some("done")));
    assert_eq!(acks[0]["prompt"], pending);
}

#[test]
fn an_unwritable_log_directory_fails_the_answer_and_the_daemon_carries_on() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    // The data directory is a file: nothing can be created under it. (The daemon made the
    // directory for its instance lock, which it holds wherever the directory is moved.)
    std::fs::rename(env.path("data/deskbreak"), env.path("data/moved")).unwrap();
    std::fs::write(env.path("data/deskbreak"), b"not a directory").unwrap();
    env.ok(&["now"]);
    let out = env.run(&["skip"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("nothing was recorded\n"));
    assert_eq!(env.status()["state"], "pending");
    std::fs::remove_file(env.path("data/deskbreak")).unwrap();
    std::fs::rename(env.path("data/moved"), env.path("data/deskbreak")).unwrap();
    env.ok(&["skip"]);
    assert_eq!(env.acks()[0]["outcome"], "skipped");
}

/// CPU time a process has used, user and system, in clock ticks (/proc/PID/stat).
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name, which ends with the last ')': utime and stime are the
    // 12th and 13th of them.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// Nobody answers, the prompt is missed, and the `missed` record cannot be written: the daemon
/// once tried again at once, for ever, at full CPU. It backs off now (1, 2, 4 ... seconds), keeps
/// answering, and the record lands, once, when the disk has room again.
#[cfg(target_os = "linux")]
#[test]
fn a_record_that_fails_on_the_timer_path_backs_off_and_lands_once_there_is_room() {
    let env = TestEnv::new(&QUICK.replace("reminder_timeout = \"1h\"", "reminder_timeout = \"2s\""));
    let daemon = env.start_daemon();
    std::fs::create_dir_all(env.path("data/deskbreak")).unwrap();
    std::os::unix::fs::symlink("/dev/full", env.acks_path()).unwrap();
    env.ok(&["now"]);
    let failed = |log: &str| log.matches("No space left on device").count();
    wait_for("the missed record to fail", || {
        (failed(&env.daemon_log()) >= 1).then_some(())
    });
    let before = cpu_ticks(daemon.child.id());
    std::thread::sleep(std::time::Duration::from_secs(4));
    let spent = cpu_ticks(daemon.child.id()) - before;
    assert!(spent <= 15, "{spent} ticks of CPU in 4 s of a full disk");
    // Answering (a daemon that spun once filled its stderr pipe here, and hung), with the
    // prompt still pending: not recorded, so not missed.
    let status = env.status();
    assert_eq!(
        (&status["state"], &status["today"]["missed"]),
        (&"pending".into(), &0.into())
    );
    // Tries at 0, 1, 3 and 7 seconds: no more than a few in those 4.
    let tries = failed(&env.daemon_log());
    assert!((2..=4).contains(&tries), "{tries} tries:\n{}", env.daemon_log());

    std::fs::remove_file(env.acks_path()).unwrap();
    let acks = wait_for("the missed record", || Some(env.acks()).filter(|a| !a.is_empty()));
    assert_eq!(acks.len(), 1);
    assert_eq!(acks[0]["outcome"], "missed");
    let status = env.status();
    assert_eq!(
        (&status["state"], &status["today"]["missed"]),
        (&"waiting".into(), &1.into())
    );
    assert_eq!(env.acks().len(), 1, "written once");
}
