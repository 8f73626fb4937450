//! The command line, as clap sees it. Every subcommand is documented in `--help`.

use chrono::NaiveTime;
use clap::{ArgAction, Args, Parser, Subcommand};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Parser)]
#[command(
    name = "deskbreak",
    version,
    about = "Posture, movement and hydration prompts for people who sit all day",
    long_about = "deskbreak runs in the background and, every 30-60 minutes of your active hours, shows a \
                  desktop notification with a posture check, a movement or a hydration prompt. Answer it \
                  with Done, Snooze or Skip on the notification or from this command line; every answer \
                  is kept in a local log.\n\nWith no command, runs the daemon (like `deskbreak run`).",
    after_help = "Exit codes: 0 ok, 1 error, 2 bad usage or bad config, 3 daemon not running, 4 already running."
)]
pub struct Cli {
    /// Use this config file instead of $XDG_CONFIG_HOME/deskbreak/config.toml
    #[arg(long, global = true, env = "DESKBREAK_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Log more (-v: debug, -vv: trace); RUST_LOG overrides
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Run the daemon in the foreground (silent on stdout; logs under $XDG_STATE_HOME/deskbreak)
    Run {
        /// Start no tray icon: notifications and the command line only
        #[arg(long)]
        headless: bool,
    },
    /// Show the state, the next prompt and today's answers
    Status {
        /// Print the status as JSON (the format is documented in the README)
        #[arg(long)]
        json: bool,
    },
    /// Mark the pending prompt as done
    Done,
    /// Skip the pending prompt
    Skip,
    /// Put the pending prompt off; with none pending, keep prompts away for that long
    Snooze {
        /// How long, like "10m" or "90s" (default: the configured snooze)
        #[arg(value_parser = parse_duration_arg)]
        duration: Option<Duration>,
    },
    /// Take a break now: show the next prompt at once
    Now,
    /// Pause prompts for a while
    Pause(PauseArgs),
    /// End a pause
    Resume,
    /// Stop the daemon
    Quit,
    /// Start deskbreak when you log in, or stop doing so
    Autostart {
        #[command(subcommand)]
        action: AutostartCmd,
    },
    /// Print a shell completion script, e.g. `deskbreak completions bash`
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff); packagers use --out-dir for one page per command
    #[command(hide = true)]
    Man {
        /// Write deskbreak.1 and a page for every subcommand into this directory
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AutostartCmd {
    /// Start deskbreak with your desktop session (Linux: an XDG autostart entry)
    Enable {
        /// Linux: a systemd user unit bound to the graphical session instead
        #[arg(long)]
        systemd: bool,
    },
    /// Remove what `autostart enable` wrote, and nothing else
    Disable,
    /// Say what starts deskbreak at login, and where its file is
    Status,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct PauseArgs {
    /// For how long, like "30m" or "1h"
    #[arg(value_parser = parse_duration_arg)]
    pub duration: Option<Duration>,
    /// Until this local time (HH:MM), today or else tomorrow
    #[arg(long, value_name = "HH:MM", value_parser = parse_clock_arg)]
    pub until: Option<NaiveTime>,
    /// Until tomorrow
    #[arg(long)]
    pub until_tomorrow: bool,
}

fn parse_duration_arg(text: &str) -> Result<Duration, String> {
    let d = crate::config::parse_duration(text)?;
    if d < Duration::from_secs(1) {
        Err("must be at least 1 second".into())
    } else {
        Ok(d)
    }
}

fn parse_clock_arg(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("{text:?} is not a time: write it like \"14:00\""))
}
