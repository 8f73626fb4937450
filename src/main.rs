use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = deskbreak::cli::Cli::parse();
    if !matches!(cli.command, None | Some(deskbreak::cli::Cmd::Run { .. })) {
        deskbreak::logging::init_client(cli.verbose);
    }
    match deskbreak::execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("deskbreak: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
