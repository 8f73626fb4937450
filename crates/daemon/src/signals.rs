//! The signals that stop the daemon: SIGTERM and SIGINT on Unix; on Windows, Ctrl+C, Ctrl+Break,
//! the console window closing, and the end of the session (log off, shut down), which Windows
//! tells windows only: a program with user32 loaded is not sent the console's logoff and
//! shutdown events.

/// A stop signal.
#[derive(Debug)]
pub(super) enum Signal {
    /// SIGTERM, SIGINT; Ctrl+C, Ctrl+Break, the console window closing.
    Terminate,
    /// Windows is ending the session (log off, shut down): it waits for the last record until
    /// this is let go, and may end the process any moment after.
    #[cfg(windows)]
    SessionEnding(SessionEnding),
}

#[cfg(unix)]
pub(super) struct StopSignals {
    terminate: tokio::signal::unix::Signal,
    interrupt: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl StopSignals {
    pub(super) fn register() -> std::io::Result<StopSignals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(StopSignals {
            terminate: signal(SignalKind::terminate())?,
            interrupt: signal(SignalKind::interrupt())?,
        })
    }

    /// Waits for the next stop signal.
    pub(super) async fn recv(&mut self) -> Signal {
        tokio::select! {
            _ = self.terminate.recv() => {}
            _ = self.interrupt.recv() => {}
        }
        Signal::Terminate
    }
}

#[cfg(windows)]
pub(super) use windows::{SessionEnding, StopSignals};

#[cfg(windows)]
mod windows {
    use std::io;
    use std::sync::{Arc, Condvar, Mutex};
    use std::time::Duration;
    use tokio::sync::mpsc;
    use windows_sys::Win32::Foundation::{LPARAM, LRESULT, WPARAM};
    use windows_sys::Win32::UI::WindowsAndMessaging::{WM_ENDSESSION, WM_QUERYENDSESSION};

    use super::Signal;
    use deskbreak_watchers::hidden_window::{Handler, HiddenWindow};

    /// How long the end of the session waits for the daemon's last record. Windows ends the
    /// process once WM_ENDSESSION returns, and after about 5 s without an answer puts up "this app
    /// is preventing shutdown": a daemon that does not answer in time must not hold the log off.
    const LAST_RECORD_WAIT: Duration = Duration::from_secs(4);

    /// Windows is ending the session: whoever heard it (the end-of-session window, the tray's
    /// loop, or both) holds it until this is let go or dropped (or `LAST_RECORD_WAIT` has
    /// passed); the process may end any moment after.
    #[derive(Debug)]
    pub(crate) struct SessionEnding(Written);

    impl SessionEnding {
        /// The daemon's last record is written: Windows may end it now.
        pub(crate) fn let_go(&self) {
            self.0.set();
        }
    }

    impl Drop for SessionEnding {
        /// Dropped unheard (the loop had ended) or unanswered: the record never will be written.
        fn drop(&mut self) {
            self.0.set();
        }
    }

    /// Set once the last record is written (or never will be): every hearer of the end of the
    /// session waits for this.
    #[derive(Clone, Debug, Default)]
    struct Written(Arc<(Mutex<bool>, Condvar)>);

    impl Written {
        fn set(&self) {
            let (written, changed) = &*self.0;
            if let Ok(mut written) = written.lock() {
                *written = true;
                changed.notify_all();
            }
        }

        fn is_set(&self) -> bool {
            self.0.0.lock().is_ok_and(|written| *written)
        }

        /// Waits until set, at most `timeout`; whether the time ran out first.
        fn timed_out(&self, timeout: Duration) -> bool {
            let (written, changed) = &*self.0;
            written
                .lock()
                .ok()
                .and_then(|guard| changed.wait_timeout_while(guard, timeout, |written| !*written).ok())
                .is_some_and(|(_, result)| result.timed_out())
        }
    }

    pub(crate) struct StopSignals {
        ctrl_c: tokio::signal::windows::CtrlC,
        ctrl_break: tokio::signal::windows::CtrlBreak,
        ctrl_close: tokio::signal::windows::CtrlClose,
        // Dropped before the window: an end of the session still waiting in the channel then
        // lets the window's thread go, so that closing the window never waits on it.
        ending: mpsc::Receiver<SessionEnding>,
        /// For the tray's thread, which hears the end of the session too.
        ending_tx: mpsc::Sender<SessionEnding>,
        written: Written,
        _window: Option<HiddenWindow>,
    }

    impl StopSignals {
        pub(crate) fn register() -> io::Result<StopSignals> {
            use tokio::signal::windows::{ctrl_break, ctrl_c, ctrl_close};
            let (ending_tx, ending) = mpsc::channel(1);
            let written = Written::default();
            let window = EndOfSession {
                ending: ending_tx.clone(),
                wait: LAST_RECORD_WAIT,
                written: written.clone(),
            }
            .start()
            .map_err(|e| {
                tracing::warn!(
                    "no end-of-session window ({e}): at log off or shut down, deskbreak ends without recording \
                     the end of the sitting stretch"
                )
            })
            .ok();
            Ok(StopSignals {
                ctrl_c: ctrl_c()?,
                ctrl_break: ctrl_break()?,
                ctrl_close: ctrl_close()?,
                ending,
                ending_tx,
                written,
                _window: window,
            })
        }

        /// What the tray's thread runs when Windows ends the session through its windows: the
        /// same stop, and the same bounded wait for the last record, as the end-of-session window's.
        pub(crate) fn session_end_hook(&self) -> Box<dyn FnOnce() + Send> {
            let end = EndOfSession {
                ending: self.ending_tx.clone(),
                wait: LAST_RECORD_WAIT,
                written: self.written.clone(),
            };
            Box::new(move || end.wait_for_last_record())
        }

        /// Waits for the next stop signal.
        pub(crate) async fn recv(&mut self) -> Signal {
            tokio::select! {
                _ = self.ctrl_c.recv() => Signal::Terminate,
                _ = self.ctrl_break.recv() => Signal::Terminate,
                _ = self.ctrl_close.recv() => Signal::Terminate,
                Some(ending) = self.ending.recv() => {
                    tracing::info!("Windows is ending the session (log off or shut down)");
                    Signal::SessionEnding(ending)
                }
            }
        }
    }

    /// The end-of-session window's handler: tells the daemon, then holds Windows until it has
    /// written its last record.
    struct EndOfSession {
        ending: mpsc::Sender<SessionEnding>,
        wait: Duration,
        written: Written,
    }

    impl EndOfSession {
        fn start(self) -> io::Result<HiddenWindow> {
            HiddenWindow::start("deskbreak-end-session", "end-session", self)
        }

        fn wait_for_last_record(&self) {
            // Heard second, after the record: nothing to wait for.
            if self.written.is_set() {
                return;
            }
            // A place in the channel first: a `SessionEnding` made and refused would, dropped,
            // let everyone go.
            match self.ending.try_reserve() {
                Ok(place) => place.send(SessionEnding(self.written.clone())),
                // The other hearer's end is in hand: wait for the record it waits for.
                Err(mpsc::error::TrySendError::Full(())) => {}
                // A loop that has ended: nothing to wait for.
                Err(mpsc::error::TrySendError::Closed(())) => return,
            }
            if self.written.timed_out(self.wait) {
                tracing::warn!(
                    "the session ends before deskbreak could record the end of the sitting stretch \
                     (it did not within {} s)",
                    self.wait.as_secs()
                );
            }
        }
    }

    impl Handler for EndOfSession {
        fn message(&mut self, message: u32, wparam: WPARAM, _: LPARAM) -> Option<LRESULT> {
            match message {
                // Never holds up a log off or shut down: deskbreak has nothing unsaved to ask about.
                WM_QUERYENDSESSION => Some(1),
                // FALSE: the end was cancelled (another program refused it); nothing has stopped.
                WM_ENDSESSION => {
                    if wparam != 0 {
                        self.wait_for_last_record();
                    }
                    Some(0)
                }
                _ => None,
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
        use std::time::Instant;
        use windows_sys::Win32::Foundation::HWND;
        use windows_sys::Win32::UI::WindowsAndMessaging::{ENDSESSION_LOGOFF, SendMessageW};

        /// Longer than any wait here: what a broken window would make a test wait.
        const DEADLINE: Duration = Duration::from_secs(20);

        fn window(wait: Duration) -> (HiddenWindow, mpsc::Receiver<SessionEnding>) {
            let (ending_tx, ending) = mpsc::channel(1);
            let handler = EndOfSession {
                ending: ending_tx,
                wait,
                written: Written::default(),
            };
            (handler.start().unwrap(), ending)
        }

        /// The tray's thread and the window both hear the end: the second, finding the first's end
        /// in hand, returns only once the record the first waits for is written.
        #[test]
        fn the_second_to_hear_the_end_waits_for_the_same_record() {
            let (ending_tx, mut ending) = mpsc::channel(1);
            let written = Written::default();
            let hearer = || EndOfSession {
                ending: ending_tx.clone(),
                wait: DEADLINE,
                written: written.clone(),
            };
            let (first, second) = (hearer(), hearer());
            let first = std::thread::spawn(move || first.wait_for_last_record());
            while ending_tx.capacity() > 0 {
                std::thread::yield_now();
            }
            let second = std::thread::spawn(move || {
                second.wait_for_last_record();
                Instant::now()
            });
            std::thread::sleep(Duration::from_millis(300));
            assert!(!second.is_finished(), "the second did not wait");
            let let_go_at = Instant::now();
            ending.blocking_recv().unwrap().let_go();
            first.join().unwrap();
            assert!(second.join().unwrap() >= let_go_at);
        }

        /// Sends `message` for a log off, as Windows does, from a thread of its own: the window's
        /// answer comes on the channel once it returns.
        fn send(hwnd: HWND, message: u32, wparam: WPARAM) -> Receiver<LRESULT> {
            let hwnd = hwnd as usize;
            let (answer_tx, answer) = channel();
            std::thread::spawn(move || {
                let lparam = ENDSESSION_LOGOFF as LPARAM;
                // SAFETY: a live window; SendMessageW returns once its thread has answered.
                let _ = answer_tx.send(unsafe { SendMessageW(hwnd as HWND, message, wparam, lparam) });
            });
            answer
        }

        #[test]
        fn the_end_of_the_session_waits_for_the_last_record() {
            let (window, mut ending) = window(DEADLINE);
            let answer = send(window.hwnd(), WM_QUERYENDSESSION, 0);
            assert_eq!(answer.recv_timeout(DEADLINE), Ok(1), "a log off is never refused");
            let answer = send(window.hwnd(), WM_ENDSESSION, 1);
            let told = ending.blocking_recv().expect("the daemon is told");
            assert_eq!(
                answer.recv_timeout(Duration::from_millis(300)),
                Err(RecvTimeoutError::Timeout),
                "Windows waits for the record"
            );
            told.let_go();
            assert_eq!(answer.recv_timeout(DEADLINE), Ok(0));
        }

        #[test]
        fn a_daemon_that_does_not_answer_holds_the_end_for_the_bounded_wait_only() {
            let wait = Duration::from_millis(500);
            let (window, mut ending) = window(wait);
            let sent = Instant::now();
            let answer = send(window.hwnd(), WM_ENDSESSION, 1);
            let _held = ending.blocking_recv().expect("the daemon is told");
            assert_eq!(answer.recv_timeout(DEADLINE), Ok(0));
            assert!(sent.elapsed() >= wait, "{:?}", sent.elapsed());
        }

        #[test]
        fn a_loop_that_has_ended_does_not_hold_the_end() {
            let (window, ending) = window(DEADLINE);
            drop(ending);
            let answer = send(window.hwnd(), WM_ENDSESSION, 1);
            assert_eq!(answer.recv_timeout(DEADLINE / 2), Ok(0));
        }

        #[test]
        fn an_end_dropped_unanswered_does_not_hold_the_session() {
            let (window, mut ending) = window(DEADLINE);
            let answer = send(window.hwnd(), WM_ENDSESSION, 1);
            drop(ending.blocking_recv().expect("the daemon is told"));
            assert_eq!(answer.recv_timeout(DEADLINE / 2), Ok(0));
        }

        #[test]
        fn a_cancelled_end_stops_nothing() {
            let (window, mut ending) = window(DEADLINE);
            let answer = send(window.hwnd(), WM_ENDSESSION, 0);
            assert_eq!(answer.recv_timeout(DEADLINE), Ok(0));
            drop(window);
            assert!(ending.blocking_recv().is_none(), "the daemon was told nothing");
        }

        #[tokio::test]
        async fn the_end_of_the_session_is_a_stop_signal() {
            let mut signals = StopSignals::register().unwrap();
            let hwnd = signals._window.as_ref().expect("the window is up").hwnd();
            let answer = send(hwnd, WM_ENDSESSION, 1);
            let Signal::SessionEnding(ending) = signals.recv().await else {
                panic!("the end of the session")
            };
            ending.let_go();
            assert_eq!(answer.recv_timeout(DEADLINE), Ok(0));
        }
    }
}
