//! Windows: the end of the session (log off, shut down), heard on the tray's thread before any of
//! its windows answers it. tao answers WM_ENDSESSION by ending the process once it has told its
//! event handler, and tells the handler nothing while it is busy (a tray update waits on Explorer,
//! taking sent messages meanwhile). So the wait for the daemon's last record runs in a
//! WH_CALLWNDPROC hook, which Windows calls before the window procedure of every message sent to
//! the thread, whatever tao is doing.

use std::ptr;
use std::sync::Mutex;
use windows_sys::Win32::Foundation::{LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::Threading::GetCurrentThreadId;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CWPSTRUCT, CallNextHookEx, HC_ACTION, HHOOK, SetWindowsHookExW, UnhookWindowsHookEx, WH_CALLWNDPROC, WM_ENDSESSION,
};

type OnEnd = Box<dyn FnOnce() + Send>;

/// What runs when the session ends: set from the daemon's thread, run on the tray's. A hook
/// procedure has no context of its own, and a process has one tray loop.
static ON_END: Mutex<Option<OnEnd>> = Mutex::new(None);

/// `hook` runs, on the tray's thread, when Windows ends the session; the process may end when it
/// returns.
pub(super) fn on_end(hook: OnEnd) {
    if let Ok(mut on_end) = ON_END.lock() {
        *on_end = Some(hook);
    }
}

/// The hook on the tray's thread, from `install` until dropped.
pub(super) struct Watch(HHOOK);

impl Watch {
    /// Hooks this thread, the one that runs the tray's event loop.
    pub(super) fn install() -> Option<Watch> {
        // SAFETY: a hook procedure of this process on one of its threads (so no module handle).
        let hook = unsafe {
            SetWindowsHookExW(
                WH_CALLWNDPROC,
                Some(before_the_window),
                ptr::null_mut(),
                GetCurrentThreadId(),
            )
        };
        if hook.is_null() {
            tracing::warn!(
                "cannot watch for the end of the session on the tray's thread ({}): at log off or shut \
                 down, deskbreak may end without recording the end of the sitting stretch",
                std::io::Error::last_os_error()
            );
            return None;
        }
        Some(Watch(hook))
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        // SAFETY: our hook, removed once.
        unsafe { UnhookWindowsHookEx(self.0) };
    }
}

unsafe extern "system" fn before_the_window(code: i32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    if code == i32::try_from(HC_ACTION).unwrap_or(-1) {
        // SAFETY: with HC_ACTION, `lparam` points to the sent message.
        let sent = unsafe { &*(lparam as *const CWPSTRUCT) };
        // wParam FALSE: the end was cancelled (another program refused it).
        if sent.message == WM_ENDSESSION && sent.wParam != 0 {
            let hook = ON_END.lock().ok().and_then(|mut on_end| on_end.take());
            if let Some(hook) = hook {
                hook();
            }
        }
    }
    // SAFETY: the arguments Windows gave, passed on.
    unsafe { CallNextHookEx(ptr::null_mut(), code, wparam, lparam) }
}

#[cfg(test)]
#[allow(clippy::print_stdout, reason = "the child process reports to the test on stdout")]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};
    use tao::event::Event;
    use tao::event_loop::{ControlFlow, EventLoopBuilder};
    use tao::platform::run_return::EventLoopExtRunReturn;
    use tao::platform::windows::EventLoopBuilderExtWindows;
    use windows_sys::Win32::Foundation::HWND;
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        ENDSESSION_LOGOFF, EnumThreadWindows, MSG, PM_NOREMOVE, PeekMessageW, SendMessageW,
    };

    /// Set in the child process, which runs the event loop that tao ends.
    const CHILD: &str = "DESKBREAK_TEST_END_SESSION_CHILD";

    /// The end of the session comes while tao's handler is busy in a call that takes sent
    /// messages (as a tray update waiting on Explorer does): tao ends the process without telling
    /// the handler, and the hook has run before. In a child process, as tao ends it.
    #[test]
    fn the_end_is_heard_while_taos_handler_is_busy() {
        if std::env::var_os(CHILD).is_some() {
            return child();
        }
        let name = format!("{}::the_end_is_heard_while_taos_handler_is_busy", module_path!());
        let name = name.split_once("::").map_or(name.as_str(), |(_, path)| path);
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", name, "--nocapture", "--test-threads=1"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        // libtest's "test NAME ... " starts the first line.
        let told = stdout
            .lines()
            .filter_map(|l| l.find("child:").map(|at| &l[at..]))
            .collect::<Vec<_>>();
        assert_eq!(
            told,
            ["child: the hook ran"],
            "{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Ended by tao's `exit(0)`, not by the loop returning.
        assert_eq!(out.status.code(), Some(0));
    }

    fn child() {
        let mut event_loop = EventLoopBuilder::<()>::with_user_event().with_any_thread(true).build();
        let _watch = Watch::install().expect("the hook");
        on_end(Box::new(|| println!("child: the hook ran")));
        // SAFETY: a plain call.
        let thread = unsafe { GetCurrentThreadId() };
        let proxy = event_loop.create_proxy();
        proxy.send_event(()).unwrap();
        event_loop.run_return(move |event, _, flow| {
            *flow = ControlFlow::Wait;
            match event {
                Event::UserEvent(()) => {
                    std::thread::spawn(move || end_the_session_of(thread));
                    // Busy: PeekMessageW takes the messages sent to this thread meanwhile.
                    let deadline = Instant::now() + Duration::from_secs(10);
                    while Instant::now() < deadline {
                        // SAFETY: `msg` is a valid MSG; nothing is removed from the queue.
                        let mut msg: MSG = unsafe { std::mem::zeroed() };
                        unsafe { PeekMessageW(&mut msg, ptr::null_mut(), 0, 0, PM_NOREMOVE) };
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    println!("child: the process was not ended");
                    *flow = ControlFlow::Exit;
                }
                Event::LoopDestroyed => println!("child: the handler was told"),
                _ => {}
            }
        });
        println!("child: the loop returned");
    }

    /// Sends WM_ENDSESSION to each top-level window of `thread`, as Windows does at log off.
    fn end_the_session_of(thread: u32) {
        unsafe extern "system" fn each(hwnd: HWND, _: LPARAM) -> i32 {
            // SAFETY: a window Windows just listed.
            unsafe { SendMessageW(hwnd, WM_ENDSESSION, 1, ENDSESSION_LOGOFF as LPARAM) };
            1
        }
        // SAFETY: `each` uses nothing but its arguments.
        unsafe { EnumThreadWindows(thread, Some(each), 0) };
    }
}
