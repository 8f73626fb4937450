//! Windows: the end of the session (log off, shut down) against the real daemon. Windows sends
//! WM_QUERYENDSESSION, then WM_ENDSESSION, to each top-level window, and ends the process once
//! WM_ENDSESSION returns: the daemon's answer must come only after its last record is on disk.
//! The test sends those messages itself, as Windows would.

#![cfg(windows)]

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    pub mod env;
    pub mod wait;
}

use windows_sys::Win32::Foundation::{HWND, LPARAM};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    ENDSESSION_LOGOFF, EnumWindows, GetClassNameW, GetWindowThreadProcessId, SendMessageW, WM_ENDSESSION,
    WM_QUERYENDSESSION,
};

use common::env::{Daemon, QUICK, TestEnv};
use common::wait::wait_for;

/// The top-level windows of `daemon`'s process, with their class names.
fn windows_of(daemon: &Daemon) -> Vec<(usize, String)> {
    struct Search {
        pid: u32,
        found: Vec<(usize, String)>,
    }
    unsafe extern "system" fn each(hwnd: HWND, search: LPARAM) -> i32 {
        // SAFETY: `search` is the `Search` that `EnumWindows` below was given, alive for its call.
        let search = unsafe { &mut *(search as *mut Search) };
        let mut pid = 0;
        let mut class = [0u16; 64];
        // SAFETY: a window Windows just listed, and buffers of the sizes given.
        let (_, len) = unsafe {
            (
                GetWindowThreadProcessId(hwnd, &mut pid),
                GetClassNameW(hwnd, class.as_mut_ptr(), 64),
            )
        };
        if pid == search.pid {
            let class = String::from_utf16_lossy(&class[..usize::try_from(len).unwrap_or(0)]);
            search.found.push((hwnd as usize, class));
        }
        1
    }
    let mut search = Search {
        pid: daemon.child.id(),
        found: Vec::new(),
    };
    // SAFETY: `each` reads `search` only during this call.
    unsafe { EnumWindows(Some(each), &mut search as *mut Search as LPARAM) };
    search.found
}

/// The daemon's end-of-session window: a top-level window of its process, of deskbreak's class.
fn end_session_window(daemon: &Daemon) -> HWND {
    let hwnd = wait_for("the daemon's end-of-session window", || {
        let mut ours: Vec<usize> = windows_of(daemon)
            .into_iter()
            .filter(|(_, class)| class == END_SESSION_CLASS)
            .map(|(hwnd, _)| hwnd)
            .collect();
        assert!(ours.len() <= 1, "one window: {ours:?}");
        ours.pop()
    });
    hwnd as HWND
}

const END_SESSION_CLASS: &str = "deskbreak-end-session";

/// What the window answers `message` with, as Windows sends it at log off.
fn send(hwnd: HWND, message: u32, wparam: usize) -> isize {
    // SAFETY: SendMessageW to a window of another process returns once its thread has answered
    // (or at once, with 0, when the window is gone).
    unsafe { SendMessageW(hwnd, message, wparam, ENDSESSION_LOGOFF as LPARAM) }
}

#[test]
fn a_log_off_waits_for_the_stopped_record_and_the_daemon_ends_cleanly() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    // Sitting is measured from the start (idle detection: GetLastInputInfo).
    let arrived = wait_for("the arrived record", || env.sitting_marks().pop());
    assert_eq!(arrived["outcome"], "arrived", "{arrived}");
    let window = end_session_window(&daemon);

    assert_eq!(send(window, WM_QUERYENDSESSION, 0), 1, "a log off is never refused");
    assert_eq!(send(window, WM_ENDSESSION, 1), 0);
    // Windows may end the process from here on: the record is there already.
    let last = env.records().pop().expect("records");
    assert_eq!(last["outcome"], "stopped", "{last}");

    let (status, _, _) = daemon.wait_exit();
    assert!(status.success(), "{status:?}");
    let log = env.daemon_log();
    assert!(
        log.contains("Windows is ending the session (log off or shut down)"),
        "{log}"
    );
    assert!(log.contains("deskbreak stopped"), "{log}");
}

#[test]
fn a_cancelled_log_off_leaves_the_daemon_running() {
    let env = TestEnv::without_notifications(QUICK);
    let daemon = env.start_daemon();
    let window = end_session_window(&daemon);

    assert_eq!(send(window, WM_QUERYENDSESSION, 0), 1);
    // Another program refused: Windows says the session goes on.
    assert_eq!(send(window, WM_ENDSESSION, 0), 0);
    assert_eq!(env.status()["state"], "waiting");
    assert!(
        !env.sitting_marks().iter().any(|r| r["outcome"] == "stopped"),
        "{:?}",
        env.records()
    );

    assert_eq!(env.ok(&["quit"]), "deskbreak stopped.\n");
    assert!(daemon.wait_exit().0.success());
}

/// With the tray, tao's window hears the end of the session too, and ends the process itself
/// once it has answered: it waits for the last record all the same. Its windows are told first,
/// the order in which ours would be too late.
#[test]
fn with_the_tray_a_log_off_told_to_taos_window_first_still_waits_for_the_stopped_record() {
    let env = TestEnv::without_notifications(QUICK);
    let mut daemon = env.start_daemon_with(&["run"]);
    let arrived = wait_for("the arrived record", || env.sitting_marks().pop());
    assert_eq!(arrived["outcome"], "arrived", "{arrived}");
    end_session_window(&daemon);
    let mut windows = windows_of(&daemon);
    windows.sort_by_key(|(_, class)| class == END_SESSION_CLASS);
    assert!(windows.len() > 1, "tao's windows beside ours: {windows:?}");

    for &(hwnd, _) in &windows {
        assert_eq!(
            send(hwnd as HWND, WM_QUERYENDSESSION, 0),
            1,
            "a log off is never refused"
        );
    }
    for &(hwnd, _) in &windows {
        send(hwnd as HWND, WM_ENDSESSION, 1);
        // Ended by tao, as Windows would end it: the record must be there already.
        if daemon.child.try_wait().unwrap().is_some() {
            break;
        }
    }
    let last = env.records().pop().expect("records");
    assert_eq!(last["outcome"], "stopped", "{last}");
    let (status, _, _) = daemon.wait_exit();
    assert!(status.success(), "{status:?}");
}
