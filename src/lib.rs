//! deskbreak: posture, movement and hydration prompts for people who sit all day.

// `print!` panics when stdout is a pipe whose reader has gone: commands print through
// `error::print`, which ends them quietly then.
#![deny(clippy::print_stdout)]

pub mod acklog;
pub mod autostart;
pub mod chart;
pub mod cli;
pub mod clidocs;
pub mod clock;
pub mod config;
pub mod config_cmd;
pub mod config_watch;
pub mod control;
pub mod core;
pub mod daemon;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod doctor;
pub mod error;
pub mod history;
pub mod ipc;
pub mod logging;
pub mod notify;
pub mod paths;
pub mod state;
pub mod stats;
pub mod timer;
pub mod tray;
pub mod view;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod watch;

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
            return control::status(&paths, format, watch);
        }
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
        Cmd::Reload => Command::Reload,
        Cmd::Config { action } => return config_cmd::run(action, &paths),
        Cmd::Doctor => return doctor::run(&paths),
        Cmd::Relief => Command::Relief,
        Cmd::Drink { glasses } => Command::Drink { glasses },
        Cmd::Log(args) => return history::execute(&paths, &args),
        Cmd::Stats(args) => return stats::execute(&paths, &args),
        Cmd::Autostart { action } => return autostart::execute(&action),
        Cmd::Completions { shell } => return clidocs::print_completions(shell),
        Cmd::Man { out_dir } => return clidocs::man(out_dir.as_deref()),
    };
    control::execute(&paths, command)
}
