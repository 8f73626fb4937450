//! `deskbreak man`: the man pages, generated from the clap definition so that they never drift
//! from it.

use anyhow::Context;
use clap::CommandFactory;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::Cli;
use crate::error::{self, AppError};
use deskbreak_host::paths::Paths;

/// Prints `deskbreak(1)`; with `out_dir`, writes one page per command there instead
/// (`deskbreak.1`, `deskbreak-status.1`, ...), which is what `deskbreak(1)` refers to.
pub fn run(out_dir: &Option<PathBuf>, _paths: &Paths) -> Result<ExitCode, AppError> {
    let Some(dir) = out_dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(Cli::command())
            .render(&mut out)
            .context("cannot render the man page")?;
        error::print(out)?;
        return Ok(ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    clap_mangen::generate_to(Cli::command(), dir)
        .with_context(|| format!("cannot write the man pages into {}", dir.display()))?;
    Ok(ExitCode::SUCCESS)
}
