//! Where both programs start: `deskbreak`, and on Windows `deskbreakw`, the same program
//! without a console window.

use clap::Parser;
use std::process::ExitCode;

use crate::cli::{Cli, Cmd};
use crate::error::AppError;

/// Whether the program has a console to print to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Console {
    /// `deskbreak`: a console program, which a terminal waits for.
    Yes,
    /// `deskbreakw`: started from the login entry or the Start menu; what it would print is lost,
    /// so an error goes to the daemon's log too.
    No,
}

pub fn main(console: Console) -> ExitCode {
    // clap prints --help and --version itself and ignores a failed write (it exits 0 on a
    // closed pipe, as `tests/pipes.rs` checks); everything else prints through `error::print`.
    let cli = Cli::parse();
    if !matches!(cli.command, None | Some(Cmd::Run { .. })) {
        crate::logging::init_client(cli.verbose);
    }
    match crate::execute(cli) {
        Ok(code) => code,
        // The reader of stdout has gone: nothing to say, and no one to say it to.
        Err(AppError::StdoutClosed) => ExitCode::SUCCESS,
        Err(e) => {
            if console == Console::No {
                tracing::error!("{e}");
            }
            eprintln!("deskbreak: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
