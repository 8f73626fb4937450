//! Crash safety: the daemon is killed with SIGKILL at random moments while clients answer
//! prompts over the socket. Every answer that got a success reply must be in the log, the log
//! must always load, and the next daemon must start cleanly on the stale socket and lock.
//!
//! `DESKBREAK_CRASH_KILLS` sets the number of kills (default 200; the documented long run is 1000).
//! `DESKBREAK_CRASH_SEED` sets the seed of the delays before the kills (default: a random one);
//! the test prints the seed and the command that replays its run,
//! `DESKBREAK_CRASH_SEED=<seed> DESKBREAK_CRASH_KILLS=<kills> cargo test --test crash`. A replay
//! kills after the same delays; what the daemon and its clients have done by then still varies
//! with the machine's load.

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
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Sends one request; `None` if the daemon died before answering.
fn send(stream: &mut UnixStream, request: &str) -> Option<Value> {
    stream.write_all(format!("{request}\n").as_bytes()).ok()?;
    let mut line = String::new();
    BufReader::new(stream.try_clone().ok()?).read_line(&mut line).ok()?;
    serde_json::from_str(&line).ok()
}

/// Answers prompts as fast as it can until the daemon dies; returns the records it was told
/// were written.
fn client(socket: &std::path::Path, stop: &AtomicBool, confirmed: &Mutex<Vec<Value>>) {
    let Ok(mut stream) = UnixStream::connect(socket) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let answers = [
        r#"{"v":1,"cmd":"done"}"#,
        r#"{"v":1,"cmd":"snooze","seconds":60}"#,
        r#"{"v":1,"cmd":"skip"}"#,
    ];
    let mut i = 0;
    while !stop.load(Ordering::Relaxed) {
        if send(&mut stream, r#"{"v":1,"cmd":"now"}"#).is_none() {
            return;
        }
        let Some(reply) = send(&mut stream, answers[i % answers.len()]) else {
            return;
        };
        i += 1;
        if reply["ok"] == true {
            confirmed
                .lock()
                .unwrap()
                .extend(reply["records"].as_array().cloned().unwrap_or_default());
        }
    }
}

#[test]
fn killed_at_random_moments_it_never_loses_a_confirmed_answer() {
    let kills: usize = std::env::var("DESKBREAK_CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(200);
    let seed: u64 = match std::env::var("DESKBREAK_CRASH_SEED") {
        Ok(seed) => seed
            .parse()
            .unwrap_or_else(|_| panic!("DESKBREAK_CRASH_SEED is not a number: {seed:?}")),
        Err(_) => fastrand::u64(..),
    };
    let replay = format!("DESKBREAK_CRASH_SEED={seed} DESKBREAK_CRASH_KILLS={kills} cargo test --test crash");
    eprintln!("crash test: {kills} kills, seed {seed} (to replay: {replay})");
    let mut rng = fastrand::Rng::with_seed(seed);
    let env = TestEnv::without_notifications(QUICK);
    let confirmed = Arc::new(Mutex::new(Vec::new()));
    let mut torn = std::collections::HashSet::new();
    for round in 0..kills {
        let mut daemon = env.start_daemon();
        let stop = Arc::new(AtomicBool::new(false));
        let clients: Vec<_> = (0..2)
            .map(|_| {
                let (socket, stop, confirmed) = (env.socket_path(), stop.clone(), confirmed.clone());
                std::thread::spawn(move || client(&socket, &stop, &confirmed))
            })
            .collect();
        std::thread::sleep(Duration::from_millis(rng.u64(0..40)));
        daemon.child.kill().unwrap();
        daemon.child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for c in clients {
            c.join().unwrap();
        }
        // The log loads: every line is a record, except a torn last one (which stays torn, in
        // place, once later records follow it).
        let text = std::fs::read_to_string(env.acks_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            if serde_json::from_str::<Value>(line).is_err() {
                let torn_now = n + 1 == lines.len() && !text.ends_with('\n');
                assert!(
                    torn_now || torn.contains(&n),
                    "round {round} (replay: {replay}): line {} is damaged: {line}",
                    n + 1
                );
                torn.insert(n);
            }
        }
        let logged: Vec<Value> = lines.iter().filter_map(|l| serde_json::from_str(l).ok()).collect();
        for record in confirmed.lock().unwrap().iter() {
            assert!(
                logged.contains(record),
                "round {round} (replay: {replay}): confirmed but not in the log: {record}"
            );
        }
    }
    let confirmed = confirmed.lock().unwrap().len();
    eprintln!("crash test: {confirmed} confirmed answers, all in the log");
    assert!(
        confirmed > kills / 2,
        "the clients got few answers through: {confirmed}"
    );
}
