//! deskbreak: posture, movement and hydration prompts for people who sit all day.

// `print!` panics when stdout is a pipe whose reader has gone: commands print through
// `error::print`, which ends them quietly then.
#![deny(clippy::print_stdout)]

pub mod autostart;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod core;
pub mod daemon;
pub mod error;
pub mod ipc;
pub mod logging;
pub mod notify;
pub mod paths;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod presence;
pub mod report;
pub mod store;
pub mod tray;

use cli::{Cli, Cmd, StatusFormat};
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
        Cmd::Status { json, format, watch } => {
            let format = match (json, format, watch) {
                (true, _, _) => StatusFormat::Json,
                (false, Some(format), _) => format,
                (false, None, false) => StatusFormat::Human,
                (false, None, true) => StatusFormat::Text,
            };
            return commands::control::status(&paths, format, watch);
        }
        Cmd::Done => Command::Done,
        Cmd::Skip => Command::Skip,
        Cmd::Snooze { duration } => Command::Snooze {
            seconds: duration.map(|d| d.as_secs()),
        },
        Cmd::Now => Command::Now,
        Cmd::Pause(args) => Command::Pause {
            pause: commands::control::pause_spec(&args),
        },
        Cmd::Resume => Command::Resume,
        Cmd::Quit => Command::Quit,
        Cmd::Reload => Command::Reload,
        Cmd::Config { action } => return commands::config::run(action, &paths),
        Cmd::Doctor => return commands::doctor::run(&paths),
        Cmd::Relief => Command::Relief,
        Cmd::Drink { glasses } => Command::Drink { glasses },
        Cmd::Log(args) => return commands::log::execute(&paths, &args),
        Cmd::Stats(args) => return commands::stats::execute(&paths, &args),
        Cmd::Autostart { action } => return autostart::execute(&action),
        Cmd::Completions { shell } => return commands::clidocs::print_completions(shell),
        Cmd::Man { out_dir } => return commands::clidocs::man(out_dir.as_deref()),
    };
    commands::control::execute(&paths, command)
}
