//! Windows: the control pipe is named after the user's SID, a process that holds that name first
//! stops `run` with a message that says so, and the CLI checks whose process serves the pipe
//! before it sends a command. Pipe names are machine-wide, so any user can make any pipe.
//!
//! Under Wine every process runs as the same user: another user's pipe server cannot be made
//! here, so the stand-ins below are processes of our own user (this test), and the verdict on a
//! foreign SID is unit-tested in `ipc::pipe`.
#![cfg(windows)]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod env;
    pub mod wait;
}

use common::env::{QUICK, TestEnv};
use std::process::Command;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::windows::named_pipe::{NamedPipeServer, ServerOptions};

/// The user's SID as Windows lists it, not as deskbreak reads it: the `ProfileList` key whose
/// profile folder is ours. (`whoami /user` would do on Windows; Wine's `whoami` has no `/user`.)
fn profile_sid() -> String {
    const LIST: &str = r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList\";
    let profile = std::env::var("USERPROFILE").unwrap();
    let folder = profile.rsplit('\\').next().unwrap().to_lowercase();
    let out = Command::new("reg")
        .args(["query", LIST.trim_end_matches('\\'), "/s"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut key = None;
    for line in text.lines().map(str::trim) {
        if let Some(sid) = line.strip_prefix(LIST) {
            key = Some(sid.to_string());
        } else if line.starts_with("ProfileImagePath") && line.to_lowercase().ends_with(&format!("\\{folder}")) {
            return key.expect("a profile's value comes under its key");
        }
    }
    panic!("no profile in {profile} among:\n{text}");
}

/// A runtime for the stand-in pipe servers this test makes in its own process.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The pipe's first instance, made by this test before any daemon: a stand-in for another
/// user's process that took the name.
fn take_the_name(env: &TestEnv) -> NamedPipeServer {
    ServerOptions::new()
        .first_pipe_instance(true)
        .create(env.socket_path())
        .unwrap()
}

#[test]
fn the_pipe_is_named_after_the_users_sid_and_the_daemon_listens_there() {
    let env = TestEnv::without_notifications(QUICK);
    let name = env.socket_path().to_string_lossy().into_owned();
    let sid = profile_sid();
    assert!(
        name.starts_with(&format!(r"\\.\pipe\deskbreak-{sid}-")),
        "{name} is not named after {sid}"
    );
    let daemon = env.start_daemon();
    // Where the daemon itself says it listens, from its own resolution of the paths.
    assert!(
        env.daemon_log().contains(&format!("socket={name}")),
        "{}",
        env.daemon_log()
    );
    drop(daemon);
}

#[test]
fn a_process_holding_the_pipe_name_stops_run_with_exit_4_and_a_message_that_names_it() {
    let env = TestEnv::without_notifications(QUICK);
    let runtime = runtime();
    let _entered = runtime.enter();
    let squatter = take_the_name(&env);

    let mut run = env.cmd();
    run.args(["run", "--headless"]);
    let run = env.spawn(run);
    // `wait_exit` has the suite's deadline: a `run` that hangs fails here.
    let (status, _, stderr) = run.wait_exit();
    assert_eq!(status.code(), Some(4), "{stderr}");
    let pid = std::process::id();
    assert_eq!(
        stderr,
        format!(
            "deskbreak: cannot start: the control pipe {} is held by another process of yours (pid {pid}), \
             and no deskbreak daemon of this log runs (nothing holds {}).\n\
             If it is a deskbreak daemon with another data directory, `deskbreak quit` stops it; \
             if not, find it with `tasklist /v /fi \"PID eq {pid}\"`.\n",
            env.socket_path().display(),
            env.path("data/deskbreak/daemon.lock").display(),
        )
    );
    drop(squatter);
}

/// The check passes for a server of our own user, so the command is sent; a stand-in that
/// answers nonsense then ends the command with a clear error, not a hang.
#[test]
fn the_client_checks_the_pipes_server_before_sending_and_fails_cleanly_on_a_stand_in() {
    let env = TestEnv::without_notifications(QUICK);
    let name = env.socket_path();
    let (ready_tx, ready) = std::sync::mpsc::channel();
    let stand_in = std::thread::spawn(move || {
        runtime().block_on(async {
            let mut server = ServerOptions::new().first_pipe_instance(true).create(&name).unwrap();
            ready_tx.send(()).unwrap();
            server.connect().await.unwrap();
            let mut request = String::new();
            BufReader::new(&mut server).read_line(&mut request).await.unwrap();
            server.write_all(b"garbage\n").await.unwrap();
            request
        })
    });
    ready.recv().unwrap();

    let out = common::env::output(|| env.cmd().args(["-v", "status"]).output());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "the control pipe's server, pid {}, runs as you",
            std::process::id()
        )),
        "the check ran and found this test's process: {stderr}"
    );
    assert!(
        stderr.ends_with(&format!(
            "deskbreak: talking to the daemon at {}: expected value at line 1 column 1\n",
            env.socket_path().display()
        )),
        "{stderr}"
    );
    let request = stand_in.join().unwrap();
    assert_eq!(request, "{\"v\":1,\"cmd\":\"status\"}\n");
}
