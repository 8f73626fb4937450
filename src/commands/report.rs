//! `deskbreak report`: writes the summary of the last days as one HTML page and opens it in the
//! browser. The tray's "Statistics…" writes the same page.

use std::process::ExitCode;

use crate::cli::ReportArgs;
use crate::error::{self, AppError};
use deskbreak_history as history;
use deskbreak_host::clock;
use deskbreak_host::opener;
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;

/// The most days a page draws: a year. Longer spans are for `stats`, whose text does not grow
/// with them.
const MAX_DAYS: u32 = 366;

/// Writes the page (to `--out`, or the cache), prints its path, and opens it unless `--out`
/// was given without `--open`. A page that cannot be opened is still written: the command says
/// where it is and succeeds.
pub fn run(args: &ReportArgs, paths: &Paths) -> Result<ExitCode, AppError> {
    let today = args.today.date.unwrap_or_else(clock::today);
    let days = args.period.days();
    if days > MAX_DAYS {
        return Err(AppError::Invalid(fl!("report-too-long", max = MAX_DAYS, days = days)));
    }
    let page = history::write_page(paths, today, days, args.out.as_deref())?;
    error::print_line(page.display())?;
    if (args.open || args.out.is_none())
        && let Err(why) = opener::open(&page)
    {
        let page = page.display().to_string();
        eprintln!("deskbreak: {}", fl!("report-cannot-open", reason = why, path = page));
    }
    Ok(ExitCode::SUCCESS)
}
