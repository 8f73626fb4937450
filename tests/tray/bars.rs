//! The status-bar formats of `deskbreak status`, exact, and `--watch`.

use super::*;

/// The headline the tray and the bars show for a pending prompt of `category`.
fn waiting_label(category: &str) -> &'static str {
    match category {
        "posture" => "Posture check",
        "movement" => "Movement break",
        _ => "Water break",
    }
}

#[test]
fn status_formats_for_bars_are_exact() {
    let env = TestEnv::new(QUICK);
    let _daemon = env.start_daemon();
    env.ok(&["now"]);
    let s = env.status();
    let headline = format!("{} waiting", waiting_label(s["pending"]["category"].as_str().unwrap()));
    let title = s["pending"]["title"].as_str().unwrap();
    assert_eq!(
        env.ok(&["status", "--format", "waybar"]),
        format!(
            "{{\"text\":\"{headline}\",\"tooltip\":\"{headline}\\n{title}\\nToday: 0 done · 0 snoozed · 0 skipped · water 0/8\",\"class\":\"pending\",\"alt\":\"pending\"}}\n"
        )
    );
    assert_eq!(env.ok(&["status", "--format", "text"]), format!("{headline}\n"));
    assert_eq!(env.ok(&["status", "--format", "json"]), env.ok(&["status", "--json"]));

    env.ok(&["pause", "--until", "23:59"]);
    let until = env.status()["paused_until"].as_str().unwrap().to_string();
    // Right at midnight the pause ends tomorrow, which the line spells with the weekday.
    let today = deskbreak_host::clock::now().format("%Y-%m-%d").to_string();
    let when = if until.starts_with(&today) {
        "23:59".to_string()
    } else {
        format!("{} 23:59", chrono_weekday(&until))
    };
    assert_eq!(
        env.ok(&["status", "--format", "waybar"]),
        format!(
            "{{\"text\":\"Paused until {when}\",\"tooltip\":\"Paused until {when}\\nToday: 0 done · 0 snoozed · 1 skipped · water 0/8\",\"class\":\"paused\",\"alt\":\"paused\"}}\n"
        )
    );
}

/// "Thu" for an RFC 3339 timestamp.
fn chrono_weekday(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .format("%a")
        .to_string()
}

#[test]
fn status_watch_prints_a_line_per_change_and_ends_with_the_daemon() {
    let env = TestEnv::new(QUICK);
    let daemon = env.start_daemon();
    let mut watch = env
        .cmd()
        .args(["status", "--watch"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines_tx, lines) = std::sync::mpsc::channel();
    let stdout = watch.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = lines_tx.send(line.unwrap());
        }
    });
    let next = || lines.recv_timeout(common::wait::DEADLINE).expect("a status line");
    let first = next();
    assert!(first.starts_with("Next: posture in "), "{first}");
    env.ok(&["now"]);
    assert_eq!(next(), "Posture check waiting");
    env.ok(&["snooze", "10m"]);
    assert_eq!(next(), "Posture check back in 10 min");
    env.ok(&["done"]);
    let line = next();
    assert!(line.starts_with("Next: movement in "), "{line}");
    // A status request changes nothing, so it prints nothing.
    env.ok(&["status"]);
    env.ok(&["quit"]);
    daemon.wait_exit();
    let status = wait_for("the watcher to end", || watch.try_wait().unwrap());
    assert_eq!(status.code(), Some(3));
    assert!(lines.try_recv().is_err(), "no line without a change");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut watch.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(
        stderr.starts_with("deskbreak: deskbreak stopped (the daemon at "),
        "{stderr}"
    );
}
