use clap::Parser;
use deskbreak::error::AppError;
use std::process::ExitCode;

fn main() -> ExitCode {
    // clap prints --help and --version itself and ignores a failed write (it exits 0 on a
    // closed pipe, as `tests/pipes.rs` checks); everything else prints through `error::print`.
    let cli = deskbreak::cli::Cli::parse();
    if !matches!(cli.command, None | Some(deskbreak::cli::Cmd::Run { .. })) {
        deskbreak::logging::init_client(cli.verbose);
    }
    match deskbreak::execute(cli) {
        Ok(code) => code,
        // The reader of stdout has gone: nothing to say, and no one to say it to.
        Err(AppError::StdoutClosed) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("deskbreak: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
