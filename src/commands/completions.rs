//! `deskbreak completions SHELL`: the completion script, generated from the clap definition so
//! that it never drifts from it.

use clap::CommandFactory;
use clap_complete::Shell;
use std::process::ExitCode;

use crate::cli::Cli;
use crate::error::{self, AppError};
use deskbreak_host::paths::Paths;

pub fn run(shell: &Shell, _paths: &Paths) -> Result<ExitCode, AppError> {
    // Rendered into memory first: `generate` panics when its writer fails.
    let mut out = Vec::new();
    clap_complete::generate(*shell, &mut Cli::command(), "deskbreak", &mut out);
    error::print(out)?;
    Ok(ExitCode::SUCCESS)
}
