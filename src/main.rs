//! `deskbreak`: the daemon (`deskbreak run`) and every client command, on a console.

use deskbreak::entry::{Console, main as start};

fn main() -> std::process::ExitCode {
    start(Console::Yes)
}
