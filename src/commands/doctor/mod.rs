//! `deskbreak doctor`: what deskbreak can see on this desktop, and a short fix for each gap. The
//! desktop's part differs per platform; the config, the log and the daemon are looked at alike.

#[cfg(all(unix, not(target_os = "macos")))]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(windows)]
mod windows;

#[cfg(all(unix, not(target_os = "macos")))]
use linux as platform;
#[cfg(target_os = "macos")]
use macos as platform;
#[cfg(windows)]
use windows as platform;

use std::path::Path;
use std::process::ExitCode;

use crate::config;
use crate::error::{self, AppError};
use crate::ipc::client;
use crate::ipc::protocol::Command;
use crate::paths::Paths;

/// One line of the report: what, what was found, and (if something is missing) what to do.
struct Finding {
    what: &'static str,
    found: String,
    fix: Option<&'static str>,
}

pub fn run(paths: &Paths) -> Result<ExitCode, AppError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)?;
    let mut findings = runtime.block_on(platform::desktop());
    // Outside the runtime: on Windows the client runs one of its own.
    findings.extend(look(paths));
    let mut report = String::new();
    for f in findings {
        report.push_str(&format!("{:<15} {}\n", f.what, f.found));
        if let Some(fix) = f.fix {
            report.push_str(&format!("{:<15} -> {fix}\n", ""));
        }
    }
    error::print(report)?;
    Ok(ExitCode::SUCCESS)
}

/// The config, the log and the daemon, alike on every platform.
fn look(paths: &Paths) -> Vec<Finding> {
    let mut findings = vec![config_finding(&paths.config), log_finding(&paths.acks())];
    let running = client::request(&paths.socket(), Command::Status).is_ok();
    findings.push(Finding {
        what: "daemon",
        found: if running {
            "running".into()
        } else {
            "not running".into()
        },
        fix: (!running).then_some("start it with `deskbreak run`"),
    });
    findings
}

fn config_finding(path: &Path) -> Finding {
    let what = "config";
    match config::load(path) {
        Ok(_) => Finding {
            what,
            found: format!("{} (valid)", path.display()),
            fix: None,
        },
        Err(config::ConfigError::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => Finding {
            what,
            found: format!(
                "{} (not written yet: the daemon writes the default on first run)",
                path.display()
            ),
            fix: None,
        },
        Err(e) => Finding {
            what,
            found: e.to_string().lines().next().unwrap_or_default().to_string(),
            fix: Some(
                "fix the file (`deskbreak config check` shows every problem); the daemon keeps the last good one",
            ),
        },
    }
}

fn log_finding(path: &Path) -> Finding {
    let found = match std::fs::metadata(path) {
        Ok(meta) => format!("{} ({} bytes)", path.display(), meta.len()),
        Err(_) => format!("{} (empty so far)", path.display()),
    };
    Finding {
        what: "log",
        found,
        fix: None,
    }
}
