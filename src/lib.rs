//! deskbreak: posture, movement and hydration prompts for people who sit all day.

pub mod acklog;
pub mod chart;
pub mod cli;
pub mod clock;
pub mod config;
pub mod control;
pub mod core;
pub mod daemon;
pub mod error;
pub mod history;
pub mod ipc;
pub mod logging;
pub mod notify;
pub mod paths;
pub mod state;
pub mod stats;

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
        Cmd::Log(args) => return history::execute(&paths, &args),
        Cmd::Stats(args) => return stats::execute(&paths, &args),
    };
    control::execute(&paths, command, false)
}
