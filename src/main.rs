use deskbreak::entry::{Console, main as start};

fn main() -> std::process::ExitCode {
    start(Console::Yes)
}
