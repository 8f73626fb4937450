//! deskbreak: posture, movement and hydration prompts for people who sit all day.

// `print!` panics when stdout is a pipe whose reader has gone: commands print through
// `error::print`, which ends them quietly then.
#![deny(clippy::print_stdout)]

pub mod cli;
pub mod commands;
pub mod entry;
pub mod error;
pub mod logging;

use std::process::ExitCode;

use cli::{Cli, Cmd};
use deskbreak_config as config;
use deskbreak_daemon as daemon;
use deskbreak_host::paths::Paths;
use deskbreak_i18n as i18n;
use deskbreak_ipc::protocol::Command;
use error::AppError;

/// Runs what the command line asks for, and says with which exit code to end.
pub fn execute(cli: Cli) -> Result<ExitCode, AppError> {
    let paths = Paths::resolve(cli.config)?;
    // The config's `language`, read on its own: a config with a mistake elsewhere still names
    // the language its errors are told in.
    i18n::use_language(config::language_setting(&paths.config).as_deref());
    let send = |command| commands::request::run(&command, &paths);
    match cli.command.unwrap_or(Cmd::Run { headless: false }) {
        Cmd::Run { headless } => {
            logging::init_daemon(cli.verbose, &paths.daemon_log());
            daemon::run(&paths, daemon::Options { headless })?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Status(args) => commands::status::run(&args, &paths),
        Cmd::Done => send(Command::Done),
        Cmd::Skip => send(Command::Skip),
        Cmd::Snooze { duration } => send(Command::Snooze { seconds: duration }),
        Cmd::Now => send(Command::Now),
        Cmd::Pause(args) => send(Command::Pause { pause: args.spec() }),
        Cmd::Resume => send(Command::Resume),
        Cmd::Quit => send(Command::Quit),
        Cmd::Reload => send(Command::Reload),
        Cmd::Relief => send(Command::Relief),
        Cmd::Drink { glasses } => send(Command::Drink { glasses }),
        Cmd::Config { action } => commands::config::run(&action, &paths),
        Cmd::Doctor => commands::doctor::run(&paths),
        Cmd::Log(args) => commands::log::run(&args, &paths),
        Cmd::Stats(args) => commands::stats::run(&args, &paths),
        Cmd::Report(args) => commands::report::run(&args, &paths),
        Cmd::Autostart { action } => commands::autostart::run(&action, &paths),
        Cmd::Completions { shell } => commands::completions::run(&shell, &paths),
        Cmd::Man { out_dir } => commands::man::run(&out_dir, &paths),
    }
}
