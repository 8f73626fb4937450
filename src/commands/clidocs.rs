//! The man pages and shell completions, generated from the clap definition so they never drift.

use anyhow::Context;
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;

use crate::cli::Cli;
use crate::error::{self, AppError};

/// Prints the completion script for `shell` on stdout.
pub fn print_completions(shell: Shell) -> Result<(), AppError> {
    // Rendered into memory first: `generate` panics when its writer fails.
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "deskbreak", &mut out);
    error::print(out)
}

/// Prints `deskbreak(1)`; with `out_dir`, writes one page per command there instead
/// (`deskbreak.1`, `deskbreak-status.1`, ...), which is what `deskbreak(1)` refers to.
pub fn man(out_dir: Option<&Path>) -> Result<(), AppError> {
    let Some(dir) = out_dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(Cli::command())
            .render(&mut out)
            .context("cannot render the man page")?;
        return error::print(out);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    clap_mangen::generate_to(Cli::command(), dir)
        .with_context(|| format!("cannot write the man pages into {}", dir.display()))?;
    Ok(())
}
