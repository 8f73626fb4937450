//! Windows: a hidden window on a thread of its own that sleeps in `GetMessageW` (no polling, no
//! wake-up between messages), for the messages Windows broadcasts. A top-level window, not a
//! message-only one: those are not sent broadcasts such as the power, session and end-of-session
//! messages.

use std::io;
use std::ptr;
use std::sync::{Mutex, PoisonError};
use std::thread::JoinHandle;
use windows_sys::Win32::Foundation::{HINSTANCE, HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DestroyWindow, DispatchMessageW, GetMessageW, MSG, PostMessageW, PostQuitMessage,
    RegisterClassW, WM_CLOSE, WM_DESTROY, WNDCLASSW,
};

/// What a hidden window does with its messages; it lives on the window's thread.
pub trait Handler: Send + 'static {
    /// The window exists.
    fn created(&mut self, _hwnd: HWND) {}
    /// A message: `Some(result)` when handled, `None` for Windows' default handling.
    fn message(&mut self, message: u32, wparam: WPARAM, lparam: LPARAM) -> Option<LRESULT>;
    /// The window is being destroyed.
    fn destroyed(&mut self, _hwnd: HWND) {}
}

// The window procedure runs on the window's own thread: the handler lives there.
#[allow(
    clippy::missing_const_for_thread_local,
    reason = "the initializer is const; clippy 0.1.96 with -Zbuild-std says otherwise"
)]
mod state {
    use std::cell::RefCell;

    thread_local! {
        pub(super) static HANDLER: RefCell<Option<Box<dyn super::Handler>>> = const { RefCell::new(None) };
    }
}
use state::HANDLER;

/// The running window; dropping it closes the window and ends its thread.
pub struct HiddenWindow {
    /// As an integer: a window handle may be used from any thread for `PostMessageW`.
    hwnd: usize,
    thread: Option<JoinHandle<()>>,
}

impl HiddenWindow {
    /// Creates a window of the class `class` (a name of deskbreak's own) on a thread named
    /// `thread`, its messages handled by `handler`.
    pub fn start(class: &'static str, thread: &str, handler: impl Handler) -> io::Result<HiddenWindow> {
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new().name(thread.into()).spawn(move || {
            HANDLER.with(|h| *h.borrow_mut() = Some(Box::new(handler)));
            match create_window(class) {
                Ok(hwnd) => {
                    with_handler(|h| h.created(hwnd));
                    let _ = ready_tx.send(Ok(hwnd as usize));
                    pump_messages();
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                }
            }
        })?;
        let hwnd = ready.recv().map_err(io::Error::other)??;
        Ok(HiddenWindow {
            hwnd,
            thread: Some(thread),
        })
    }

    /// The window, for tests (the daemon's) that send it messages.
    pub fn hwnd(&self) -> HWND {
        self.hwnd as HWND
    }
}

impl Drop for HiddenWindow {
    fn drop(&mut self) {
        // SAFETY: posting to a window that may already be gone is harmless.
        unsafe { PostMessageW(self.hwnd as HWND, WM_CLOSE, 0, 0) };
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Runs `f` on this thread's handler, unless it is busy with a message already (one sent to the
/// window while it handles another: Windows' default handling then).
fn with_handler<R>(f: impl FnOnce(&mut dyn Handler) -> R) -> Option<R> {
    HANDLER.with(|h| {
        let mut handler = h.try_borrow_mut().ok()?;
        Some(f(handler.as_deref_mut()?))
    })
}

fn create_window(class: &str) -> io::Result<HWND> {
    let class: Vec<u16> = class.encode_utf16().chain([0]).collect();
    // SAFETY: plain Win32 calls with valid, NUL-terminated strings that outlive them.
    unsafe {
        let instance = GetModuleHandleW(ptr::null());
        register_class(&class, instance)?;
        let hwnd = CreateWindowExW(
            0,
            class.as_ptr(),
            class.as_ptr(),
            0,
            0,
            0,
            0,
            0,
            ptr::null_mut(),
            ptr::null_mut(),
            instance,
            ptr::null(),
        );
        if hwnd.is_null() {
            return Err(io::Error::last_os_error());
        }
        Ok(hwnd)
    }
}

/// Registers the window class `class` (NUL-terminated) once per process. A thread that starts
/// a window while another registers the same class waits for that registration to finish:
/// under Wine its window was otherwise refused with "Class does not exist".
fn register_class(class: &[u16], instance: HINSTANCE) -> io::Result<()> {
    static REGISTERED: Mutex<Vec<Vec<u16>>> = Mutex::new(Vec::new());
    let mut registered = REGISTERED.lock().unwrap_or_else(PoisonError::into_inner);
    if registered.iter().any(|known| known == class) {
        return Ok(());
    }
    let wc = WNDCLASSW {
        lpfnWndProc: Some(window_proc),
        hInstance: instance,
        lpszClassName: class.as_ptr(),
        // SAFETY: all-zero is a valid WNDCLASSW (no icon, cursor, brush or menu).
        ..unsafe { std::mem::zeroed() }
    };
    // SAFETY: a valid class description whose name outlives the call (Windows copies it).
    if unsafe { RegisterClassW(&wc) } == 0 {
        return Err(io::Error::last_os_error());
    }
    registered.push(class.to_vec());
    Ok(())
}

fn pump_messages() {
    // SAFETY: `msg` is a valid MSG for each call; the loop ends with WM_QUIT (0) or an error (-1).
    unsafe {
        let mut msg: MSG = std::mem::zeroed();
        while GetMessageW(&mut msg, ptr::null_mut(), 0, 0) > 0 {
            DispatchMessageW(&msg);
        }
    }
}

unsafe extern "system" fn window_proc(hwnd: HWND, message: u32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    match message {
        WM_CLOSE => {
            // SAFETY: our own window, on its own thread.
            unsafe { DestroyWindow(hwnd) };
            0
        }
        WM_DESTROY => {
            with_handler(|h| h.destroyed(hwnd));
            // SAFETY: ends this thread's message loop.
            unsafe { PostQuitMessage(0) };
            0
        }
        _ => with_handler(|h| h.message(message, wparam, lparam))
            .flatten()
            // SAFETY: the default handling, with the arguments Windows gave.
            .unwrap_or_else(|| unsafe { DefWindowProcW(hwnd, message, wparam, lparam) }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Quiet;
    impl Handler for Quiet {
        fn message(&mut self, _: u32, _: WPARAM, _: LPARAM) -> Option<LRESULT> {
            None
        }
    }

    #[test]
    fn windows_of_one_class_started_at_once_all_open() {
        // The class is registered by whichever thread comes first; the others must still get
        // their window (the session-events tests, run side by side, once did not).
        for _ in 0..5 {
            let started: Vec<io::Result<HiddenWindow>> = std::thread::scope(|scope| {
                let starts: Vec<_> = (0..8)
                    .map(|_| scope.spawn(|| HiddenWindow::start("deskbreak-test-race", "race", Quiet)))
                    .collect();
                starts
                    .into_iter()
                    .map(|s| s.join().expect("a starting thread"))
                    .collect()
            });
            for window in started {
                let window = window.expect("every window opens");
                assert!(!window.hwnd().is_null());
            }
        }
    }
}
