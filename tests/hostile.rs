//! Hostile and broken clients: the daemon answers each with a clear error or a timeout, keeps
//! serving everyone else, and keeps its memory bounded.

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod bus;
    pub mod env;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod gsettings;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod notifications;
    pub mod wait;
}

use common::env::{QUICK, TestEnv};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};

/// A raw connection to the daemon's socket.
#[cfg(unix)]
fn connect(env: &TestEnv) -> std::os::unix::net::UnixStream {
    let stream = std::os::unix::net::UnixStream::connect(env.socket_path()).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    stream
}

/// A raw connection to the daemon's named pipe, opened as a file; while every instance is
/// busy (the daemon is between two accepts), tried again.
#[cfg(windows)]
fn connect(env: &TestEnv) -> std::fs::File {
    const ERROR_PIPE_BUSY: i32 = 231;
    common::wait::wait_for("a free instance of the pipe", || {
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(env.socket_path())
        {
            Ok(file) => Some(file),
            Err(e) if e.raw_os_error() == Some(ERROR_PIPE_BUSY) => None,
            Err(e) => panic!("cannot open the pipe: {e}"),
        }
    })
}

fn reply_to(env: &TestEnv, request: &[u8]) -> Value {
    let mut stream = connect(env);
    stream.write_all(request).unwrap();
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).unwrap();
    serde_json::from_str(&line).unwrap()
}

/// The daemon's resident memory; Linux only (from /proc).
#[cfg(target_os = "linux")]
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn bad_requests_get_clear_errors_and_the_daemon_keeps_serving() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let r = reply_to(&env, b"this is not json\n");
    assert_eq!(
        (r["ok"].as_bool(), r["code"].as_str()),
        (Some(false), Some("bad-request"))
    );
    assert!(r["error"].as_str().unwrap().starts_with("not a JSON request"));
    let r = reply_to(&env, b"{\"v\":2,\"cmd\":\"status\"}\n");
    assert_eq!(r["error"], "protocol version 2 is not supported (this daemon speaks 1)");
    let r = reply_to(&env, b"{\"cmd\":\"status\"}\n");
    assert_eq!(
        r["error"],
        "the request has no protocol version \"v\" (this daemon speaks 1)"
    );
    let r = reply_to(&env, b"{\"v\":1,\"cmd\":\"rm -rf\"}\n");
    assert!(
        r["error"]
            .as_str()
            .unwrap()
            .starts_with("bad request: unknown variant `rm -rf`")
    );
    let r = reply_to(&env, b"{\"v\":1,\"cmd\":\"snooze\",\"seconds\":-5}\n");
    assert_eq!(r["code"], "bad-request");

    // A 10 MB line without a newline: refused after the first 64 KiB, nothing more is read.
    let r: Value = serde_json::from_str(&reply_to_a_long_line(&env)).unwrap();
    assert_eq!(r["error"], "request longer than 65536 bytes");

    assert_eq!(env.status()["state"], "waiting");
    #[cfg(target_os = "linux")]
    assert!(rss_kib(daemon.child.id()) < 64 * 1024, "memory stays bounded");
    drop(daemon);
}

/// Writes 10 MB without a newline while reading the reply.
#[cfg(unix)]
fn reply_to_a_long_line(env: &TestEnv) -> String {
    let mut stream = connect(env);
    let writer = {
        let mut stream = stream.try_clone().unwrap();
        std::thread::spawn(move || {
            let chunk = vec![b'x'; 1 << 20];
            for _ in 0..10 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        })
    };
    let mut reply = String::new();
    BufReader::new(&mut stream).read_line(&mut reply).unwrap();
    writer.join().unwrap();
    reply
}

/// Writes 10 MB without a newline while reading the reply: through tokio's pipe client, whose
/// overlapped I/O lets a read and a write wait at once (a pipe opened as a file would not).
#[cfg(windows)]
fn reply_to_a_long_line(env: &TestEnv) -> String {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let client = tokio::net::windows::named_pipe::ClientOptions::new()
            .open(env.socket_path())
            .unwrap();
        let (read, mut write) = tokio::io::split(client);
        let writer = async move {
            let chunk = vec![b'x'; 1 << 20];
            for _ in 0..10 {
                if write.write_all(&chunk).await.is_err() {
                    break;
                }
            }
        };
        let reader = async move {
            let mut reply = String::new();
            tokio::io::BufReader::new(read).read_line(&mut reply).await.unwrap();
            reply
        };
        tokio::join!(writer, reader).1
    })
}

#[test]
fn five_hundred_concurrent_clients_and_a_silent_one_are_all_served() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    // A client that connects and never writes holds nobody up.
    let _silent = connect(&env);
    let streams: Vec<_> = (0..500).map(|_| connect(&env)).collect();
    for mut s in &streams {
        s.write_all(b"{\"v\":1,\"cmd\":\"status\"}\n").unwrap();
    }
    for s in streams {
        let mut line = String::new();
        BufReader::new(s).read_line(&mut line).unwrap();
        let r: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(r["ok"], true);
    }
    assert_eq!(env.status()["state"], "waiting");
    #[cfg(target_os = "linux")]
    assert!(rss_kib(daemon.child.id()) < 64 * 1024, "memory stays bounded");
    drop(daemon);
}

#[cfg(unix)]
#[test]
fn a_connection_from_another_user_is_refused_by_peer_credentials() {
    if rustix::process::getuid().as_raw() != 0 {
        eprintln!("not root: cannot act as another user here; the check is exercised in CI, which runs as root");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    // Open the file modes wide, as a mistake would: the peer-credential check must still hold.
    for dir in [env.path(""), env.path("run"), env.path("run/deskbreak")] {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(env.socket_path(), std::fs::Permissions::from_mode(0o666)).unwrap();
    // The other user runs its own copy: the build directory may not be open to it.
    let binary = env.path("deskbreak");
    std::fs::copy(env!("CARGO_BIN_EXE_deskbreak"), &binary).unwrap();
    let out = common::env::output(|| env.command(&binary).arg("done").uid(65534).output());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "deskbreak: connections from another user are refused\n"
    );
    assert!(env.acks().is_empty());
    let mut stream = connect(&env);
    stream.write_all(b"{\"v\":1,\"cmd\":\"status\"}\n").unwrap();
    let mut reply = String::new();
    BufReader::new(stream).read_line(&mut reply).unwrap();
    assert!(reply.contains("\"ok\":true"), "the owner is still served");
}

/// Status watchers that stopped reading, in every slot: once their socket buffers are full, the
/// daemon drops each within its bound on a write (`WATCHER_WRITE_TIMEOUT` in
/// crates/ipc/src/server.rs), and a new watcher is served. Unix sockets only: how far a named pipe
/// buffers under Wine was not measured.
#[cfg(unix)]
#[test]
fn watchers_that_stop_reading_are_dropped_and_free_their_slots() {
    use std::time::{Duration, Instant};
    const WATCH: &[u8] = b"{\"v\":1,\"cmd\":\"watch\"}\n";
    const WRITE_BOUND: Duration = Duration::from_secs(5);
    // Each status is a few hundred bytes: far more than a socket buffer holds.
    const STATUSES: usize = 3000;
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    // A new watcher's first line: its status, or the refusal while every slot is taken.
    let first_line = |stream: &mut BufReader<std::os::unix::net::UnixStream>| {
        stream.get_mut().write_all(WATCH).unwrap();
        let mut line = String::new();
        stream.read_line(&mut line).unwrap();
        serde_json::from_str::<Value>(&line).unwrap()
    };
    // Each reads its first status, so holds a slot, and then never reads again.
    let stuck: Vec<_> = (0..16)
        .map(|_| {
            let mut stream = BufReader::new(connect(&env));
            assert_eq!(first_line(&mut stream)["ok"], true);
            stream
        })
        .collect();
    let refused = first_line(&mut BufReader::new(connect(&env)));
    assert_eq!(refused["error"], "too many status watchers (16); try again later");

    // Every request has the daemon publish its status, which it writes to each watcher.
    let mut asker = BufReader::new(connect(&env));
    for _ in 0..STATUSES {
        asker.get_mut().write_all(b"{\"v\":1,\"cmd\":\"status\"}\n").unwrap();
        let mut line = String::new();
        asker.read_line(&mut line).unwrap();
        assert!(line.contains("\"ok\":true"), "{line}");
    }
    let full = Instant::now();
    let served = common::wait::wait_for("a new watcher to be served", || {
        Some(first_line(&mut BufReader::new(connect(&env)))).filter(|r| r["ok"] == true)
    });
    assert!(
        full.elapsed() < WRITE_BOUND + Duration::from_secs(3),
        "served {:?} after the buffers were full",
        full.elapsed()
    );
    assert_eq!(served["status"]["state"], "waiting", "{served}");
    drop(stuck);
}

/// Durations beyond a year, from the command line and from the raw socket: refused at the
/// boundary, each with the range. The longest accepted (a year) still prints in every status
/// form, in UTC and in a zone east of it. A `pause 8000y` once made every later `status` fail,
/// and east of UTC a saturated time panicked the client.
#[test]
fn durations_beyond_a_year_are_refused_and_every_status_still_prints() {
    #[cfg(unix)]
    let zones = ["UTC", "Pacific/Kiritimati"];
    // Windows takes its zone from the system, not from TZ.
    #[cfg(not(unix))]
    let zones = ["UTC"];
    for zone in zones {
        let env = TestEnv::new(QUICK);
        let _daemon = env.start_daemon_in(&[("TZ", zone)], &["run", "--headless"]);
        let run = |args: &[&str]| env.cmd().env("TZ", zone).args(args).output().unwrap();
        for args in [
            &["pause", "8000y"][..],
            &["snooze", "8000y"],
            &["pause", "1y 1s"],
            &["snooze", "0s"],
        ] {
            let out = run(args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let why = if args[1] == "0s" {
                "shorter than a second"
            } else {
                "longer than a year"
            };
            let expected = format!(
                "error: invalid value '{}' for '[DURATION]': \"{}\" is {why}: a duration goes from 1 second to 1 year",
                args[1], args[1]
            );
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(stderr.lines().next(), Some(expected.as_str()), "{args:?}");
        }
        for (request, seconds) in [
            (
                r#"{"v":1,"cmd":"pause","pause":{"for":{"seconds":18446744073709551615}}}"#,
                u64::MAX,
            ),
            (r#"{"v":1,"cmd":"snooze","seconds":18446744073709551615}"#, u64::MAX),
            (r#"{"v":1,"cmd":"snooze","seconds":31557601}"#, 31_557_601),
        ] {
            let r = reply_to(&env, format!("{request}\n").as_bytes());
            assert_eq!(r["code"], "bad-request", "{request}");
            let error = r["error"].as_str().unwrap();
            let expected = format!(
                "bad request: {seconds} seconds is longer than a year: a duration goes from 1 second to 1 year"
            );
            assert!(error.starts_with(&expected), "{error}");
        }
        // Nothing changed; then the longest there is.
        assert_eq!(env.status()["state"], "waiting");
        let out = run(&["pause", "1y"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let json: Value = serde_json::from_slice(&run(&["status", "--json"]).stdout).unwrap();
        let until = json["paused_until"].as_str().unwrap();
        assert!(until.starts_with("2027-") || until.starts_with("2028-"), "{until}");
        for format in ["human", "text", "waybar"] {
            let out = run(&["status", "--format", format]);
            assert!(
                out.status.success(),
                "{format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(text.contains("Paused until"), "{format}: {text}");
        }
        // A snooze of a year with nothing pending: the same, and `resume` is not needed.
        env.ok(&["resume"]);
        let out = run(&["snooze", "1y"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let out = run(&["status", "--format", "waybar"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}
