//! `deskbreakw.exe`: deskbreak for Windows' GUI subsystem, so that the login entry and the
//! Start-menu shortcut open no console window (one that, closed, would end the daemon). A
//! terminal does not wait for a GUI program, and its output goes nowhere: the CLI stays the
//! console `deskbreak.exe`, as `pythonw.exe` stands beside `python.exe`.
#![windows_subsystem = "windows"]

use deskbreak::entry::{Console, main as start};

fn main() -> std::process::ExitCode {
    start(Console::No)
}
