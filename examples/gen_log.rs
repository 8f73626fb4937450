//! Writes a generated acknowledgement log, for measuring `deskbreak stats` on a long history:
//! `cargo run --release --example gen_log -- FILE [RECORDS]` (default 1,000,000 records).

#[path = "../benches/support/gen_log.rs"]
mod gen_log;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen_log FILE [RECORDS]");
        return ExitCode::from(2);
    };
    let records = match args.next().map(|n| n.replace('_', "").parse::<usize>()) {
        None => 1_000_000,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("gen_log: RECORDS must be a positive whole number");
            return ExitCode::from(2);
        }
    };
    match gen_log::write(&path, records) {
        Ok(()) => {
            println!(
                "wrote {records} records to {} (last day {})",
                path.display(),
                gen_log::last_day()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_log: cannot write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
