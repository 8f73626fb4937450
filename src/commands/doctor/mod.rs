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

use unicode_width::UnicodeWidthStr;

use crate::error::{self, AppError};
use deskbreak_config as config;
use deskbreak_host::paths::Paths;
use deskbreak_i18n::fl;
use deskbreak_ipc::client;
use deskbreak_ipc::protocol::Command;
use deskbreak_status::columns;
use deskbreak_watchers::{Delivery, IdleBackend};

/// "X11 XScreenSaver (polled at most once a minute)": the idle source's name, and how it hears
/// of input in the person's language.
fn idle_words(idle: IdleBackend) -> String {
    let Some((name, delivery)) = idle.source() else {
        return fl!("doctor-idle-none");
    };
    let how = match delivery {
        Delivery::DbusEvents => fl!("doctor-idle-dbus-events"),
        Delivery::CompositorEvents => fl!("doctor-idle-compositor-events"),
        Delivery::Polled => fl!("doctor-idle-polled"),
    };
    fl!("doctor-idle-source", name = name, how = how)
}

/// One line of the report: what, what was found, and (if something is missing) what to do.
struct Finding {
    what: String,
    found: String,
    fix: Option<String>,
}

pub fn run(paths: &Paths) -> Result<ExitCode, AppError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)?;
    let mut findings = runtime.block_on(platform::desktop());
    // Outside the runtime: on Windows the client runs one of its own.
    findings.extend(look(paths));
    // The labels' column as wide as the widest label, in whatever language (15 at least).
    let width = findings.iter().map(|f| f.what.width()).max().unwrap_or(0).max(15);
    let mut report = String::new();
    for f in findings {
        report.push_str(&format!("{} {}\n", columns::pad_right(&f.what, width), f.found));
        if let Some(fix) = f.fix {
            report.push_str(&format!("{} -> {fix}\n", columns::pad_right("", width)));
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
        what: fl!("doctor-daemon"),
        found: if running {
            fl!("doctor-running")
        } else {
            fl!("doctor-not-running")
        },
        fix: (!running).then(|| fl!("doctor-start-it")),
    });
    findings
}

fn config_finding(path: &Path) -> Finding {
    let what = fl!("doctor-config");
    match config::load(path) {
        Ok(_) => Finding {
            what,
            found: fl!("doctor-config-valid", path = path.display().to_string()),
            fix: None,
        },
        Err(config::ConfigError::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => Finding {
            what,
            found: fl!("doctor-config-unwritten", path = path.display().to_string()),
            fix: None,
        },
        Err(e) => Finding {
            what,
            found: e.to_string().lines().next().unwrap_or_default().to_string(),
            fix: Some(fl!("doctor-config-fix")),
        },
    }
}

fn log_finding(path: &Path) -> Finding {
    let found = match std::fs::metadata(path) {
        Ok(meta) => fl!(
            "doctor-log-bytes",
            path = path.display().to_string(),
            bytes = meta.len()
        ),
        Err(_) => fl!("doctor-log-empty", path = path.display().to_string()),
    };
    Finding {
        what: fl!("doctor-log"),
        found,
        fix: None,
    }
}
