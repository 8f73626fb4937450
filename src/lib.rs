//! deskbreak: posture, movement and hydration prompts for people who sit all day.

pub mod acklog;
pub mod autostart;
pub mod cli;
pub mod clidocs;
pub mod clock;
pub mod config;
pub mod control;
pub mod core;
pub mod daemon;
pub mod error;
pub mod ipc;
pub mod logging;
pub mod notify;
pub mod paths;
pub mod state;

use cli::{Cli, Cmd};
use error::AppError;
use ipc::protocol::Command;
use paths::Paths;

/// Runs what the command line asks for.
pub fn execute(cli: Cli) -> Result<(), AppError> {
    let paths = Paths::resolve(cli.config)?;
    let command = match cli.command.unwrap_or(Cmd::Run { headless: false }) {
        Cmd::Run { headless } => {
            logging::init_daemon(cli.verbose, &paths.daemon_log());
            return daemon::run(&paths, daemon::Options { headless });
        }
        Cmd::Status { json } => return control::execute(&paths, Command::Status, json),
        Cmd::Done => Command::Done,
        Cmd::Skip => Command::Skip,
        Cmd::Snooze { duration } => Command::Snooze {
            seconds: duration.map(|d| d.as_secs()),
        },
        Cmd::Now => Command::Now,
        Cmd::Pause(args) => Command::Pause {
            pause: control::pause_spec(&args),
        },
        Cmd::Resume => Command::Resume,
        Cmd::Quit => Command::Quit,
        Cmd::Autostart { action } => return autostart::execute(&action),
        Cmd::Completions { shell } => return clidocs::print_completions(shell),
        Cmd::Man { out_dir } => return clidocs::man(out_dir.as_deref()),
    };
    control::execute(&paths, command, false)
}
