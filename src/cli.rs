//! The command line, as clap sees it. Every subcommand is documented in `--help`.

use chrono::{Days, NaiveDate, NaiveTime};
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use deskbreak_core::span::Span;
use std::path::PathBuf;

use deskbreak_core::events::PauseSpec;

#[derive(Debug, Parser)]
#[command(
    name = "deskbreak",
    version,
    about = "Posture, movement and hydration prompts for people who sit all day",
    long_about = "deskbreak runs in the background and, every 30-60 minutes of your active hours, shows a \
                  desktop notification with a posture check, a movement or a hydration prompt. Answer it \
                  with Done, Snooze or Skip on the notification or from this command line; every answer \
                  is kept in a local log.\n\nWith no command, runs the daemon (like `deskbreak run`).",
    after_help = "Exit codes: 0 ok, 1 error, 2 bad usage or bad config, 3 daemon not running, 4 already running, 5 (Windows) the control pipe is not your daemon's, and the command was not sent."
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
    Status(StatusArgs),
    /// Mark the pending prompt as done
    Done,
    /// Skip the pending prompt
    Skip,
    /// Put the pending prompt off; with none pending, keep prompts away for that long
    Snooze {
        /// How long, like "10m" or "90s" (default: the configured snooze)
        #[arg(value_parser = parse_duration_arg)]
        duration: Option<Span>,
    },
    /// Take a break now: show the next prompt at once
    Now,
    /// Pause prompts for a while
    Pause(PauseArgs),
    /// End a pause
    Resume,
    /// Stop the daemon
    Quit,
    /// Re-read the config file now and say whether it was applied
    Reload,
    /// Show, check, print or edit the config file
    Config {
        #[command(subcommand)]
        action: ConfigCmd,
    },
    /// Show what deskbreak can see here (notifications, tray, idle, logind, do not disturb,
    /// camera, config, log) and how to fix what is missing
    Doctor,
    /// My legs are numb: show the guide's immediate-relief steps and log the episode
    Relief,
    /// Log glasses of water drunk (default 1)
    Drink {
        #[arg(default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=20))]
        glasses: u32,
    },
    /// Show the latest records of the log: when, what, the outcome, how long the answer took
    Log(LogArgs),
    /// Chart the last days (done, snoozed, skipped, missed) and sum them up: adherence, water, streak
    Stats(StatsArgs),
    /// Write the last days as a web page (charts of prompts, water, sitting; one offline HTML file)
    /// and open it in the browser
    Report(ReportArgs),
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

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Print the path of the config file in use
    Path,
    /// Validate a config file (default: the one in use): "OK" or every problem with line:column
    Check {
        /// The file to check
        file: Option<PathBuf>,
    },
    /// Print the commented default config
    Default,
    /// Open the config in $VISUAL or $EDITOR, then check it and apply it
    Edit,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Print the status as JSON (the format is documented in the README); same as --format json
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// How to print it: human (several lines), text (one short line, for polybar, i3blocks,
    /// tmux), waybar (one JSON line for a waybar custom module), json
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<StatusFormat>,
    /// Keep running and print a line whenever the status changes (and once a minute for the
    /// countdown), for status bars; the default format is then text, and json is one line
    #[arg(long)]
    pub watch: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    Human,
    Text,
    Waybar,
    Json,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Show the last N records (default: 20, or every record since --since)
    #[arg(short = 'n', value_name = "N")]
    pub count: Option<usize>,
    /// Only records from this day on: YYYY-MM-DD, today, yesterday, or 7d for the last 7 days
    #[arg(long, value_name = "WHEN", value_parser = parse_since_arg)]
    pub since: Option<Since>,
    /// Print each record as it is in the log, one JSON object a line
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub today: TodayArg,
}

/// The days `stats` and `report` cover.
#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// The last N days, today included (default: 7)
    #[arg(long, value_name = "N", conflicts_with_all = ["week", "month"],
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub days: Option<u32>,
    /// The last 7 days
    #[arg(long, conflicts_with = "month")]
    pub week: bool,
    /// The last 30 days
    #[arg(long)]
    pub month: bool,
}

impl PeriodArgs {
    /// How many days, today included.
    pub fn days(&self) -> u32 {
        match (self.week, self.month) {
            (true, _) => 7,
            (_, true) => 30,
            _ => self.days.unwrap_or(7),
        }
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Write the page here (default: $XDG_CACHE_HOME/deskbreak/report.html, then open it)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Open the page in the default browser (the default when there is no --out)
    #[arg(long)]
    pub open: bool,
    #[command(flatten)]
    pub today: TodayArg,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Print the figures as JSON (the fields are documented in the README); same as --format json
    #[arg(long, conflicts_with_all = ["csv", "format"])]
    pub json: bool,
    /// Print the same figures as CSV: section,key,metric,value; same as --format csv
    #[arg(long, conflicts_with = "format")]
    pub csv: bool,
    /// How to print them: text (the chart, then the sums), json or csv; the same figures in each
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<StatsFormat>,
    #[command(flatten)]
    pub today: TodayArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Text,
    Json,
    Csv,
}

/// For tests, which need the same output every day: the day taken as today.
#[derive(Debug, Args)]
pub struct TodayArg {
    #[arg(long = "today", hide = true, env = "DESKBREAK_TODAY", value_name = "YYYY-MM-DD",
          value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
}

/// Where `log --since` starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    Date(NaiveDate),
    /// This many days before today: 0 is today.
    DaysBack(u64),
}

impl Since {
    pub fn resolve(self, today: NaiveDate) -> NaiveDate {
        match self {
            Since::Date(date) => date,
            Since::DaysBack(days) => today.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN),
        }
    }
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct PauseArgs {
    /// For how long, like "30m" or "1h"
    #[arg(value_parser = parse_duration_arg)]
    pub duration: Option<Span>,
    /// Until this local time (HH:MM), today or else tomorrow
    #[arg(long, value_name = "HH:MM", value_parser = parse_clock_arg)]
    pub until: Option<NaiveTime>,
    /// Until tomorrow
    #[arg(long)]
    pub until_tomorrow: bool,
}

impl PauseArgs {
    /// The pause the daemon is asked for.
    pub fn spec(&self) -> PauseSpec {
        match (self.duration, self.until) {
            (Some(seconds), _) => PauseSpec::For { seconds },
            (None, Some(time)) => PauseSpec::Until { time },
            (None, None) => PauseSpec::Tomorrow,
        }
    }
}

/// A snooze or pause as the person writes it, in the one range the daemon accepts.
fn parse_duration_arg(text: &str) -> Result<Span, String> {
    let d = deskbreak_config::parse_duration(text)?;
    Span::new(d).map_err(|e| format!("{text:?} is {e}"))
}

fn parse_date_arg(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date: write it like \"2026-11-25\""))
}

fn parse_since_arg(text: &str) -> Result<Since, String> {
    let days = text.trim().strip_suffix('d').and_then(|n| n.parse::<u64>().ok());
    match (text.trim(), days) {
        ("today", _) => Ok(Since::DaysBack(0)),
        ("yesterday", _) => Ok(Since::DaysBack(1)),
        (_, Some(n @ 1..)) => Ok(Since::DaysBack(n - 1)),
        _ => parse_date_arg(text).map(Since::Date).map_err(|_| {
            format!("{text:?} is not a day: write 2026-11-25, today, yesterday, or 7d for the last 7 days")
        }),
    }
}

fn parse_clock_arg(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("{text:?} is not a time: write it like \"14:00\""))
}
