//! The page of `deskbreak report`: the summary of `stats` as one self-contained HTML file, with
//! inline SVG charts and CSS, readable without colour, in light and dark, and on paper.
//!
//! Built with maud, whose templates are checked at compile time and escape every value unless
//! told otherwise: a prompt title from the config or the log can never become markup. The charts
//! are SVG elements written in the same templates rather than a charting crate's output, so each
//! bar carries the figure it draws (`data-*` attributes the tests read) and the page stays a few
//! tens of KiB.

mod charts;
mod timeline;

use chrono::NaiveDate;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::core::logged::DamagedLines;
use crate::core::model::span_words;
use crate::core::relief;
use crate::report::summary::{Figures, Summary};

const STYLE: &str = include_str!("style.css");

/// Nothing may be fetched: styles are inline, images are SVG in the page, and there is no script.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The whole page.
pub fn render(summary: &Summary) -> String {
    let title = format!("deskbreak: {}", period_words(summary));
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                (charts::patterns())
                (header(summary))
                @if summary.totals.shown + summary.totals.snoozed == 0 {
                    section #empty {
                        h2 { "No prompts in these days" }
                        p {
                            "The log holds no prompt for these days. If deskbreak should have been running, "
                            code { "deskbreak status" } " says whether it is, and "
                            code { "deskbreak doctor" } " what it can see."
                        }
                    }
                }
                (charts::prompts(summary))
                (charts::categories(summary))
                (charts::water(summary))
                (timeline::sitting(summary))
                (relief_section(summary))
                (footer(summary))
            }
        }
    }
    .into_string()
}

/// "your week", "your last 3 days", ...: what the heading calls the period.
fn period_words(summary: &Summary) -> String {
    match summary.days.len() {
        1 => "your day".into(),
        7 => "your week".into(),
        30 => "your month".into(),
        n => format!("your last {n} days"),
    }
}

/// "Thursday 19 November 2026".
pub(crate) fn long_date(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

fn header(summary: &Summary) -> Markup {
    let t = &summary.totals;
    let period = period_words(summary);
    let heading = format!("{}{}", period[..1].to_uppercase(), &period[1..]);
    let dates = if summary.from == summary.to {
        long_date(summary.to)
    } else {
        format!("{} to {}", long_date(summary.from), long_date(summary.to))
    };
    let days = summary.days.len() as u64;
    html! {
        header {
            h1 { (heading) " with deskbreak" }
            p.period { (dates) }
            p.lead {
                @match t.done_ratio {
                    Some(ratio) => {
                        "You did " (t.done) " of the " (t.shown) " prompt" (plural(t.shown)) " shown (" (percent(ratio)) ")."
                    }
                    None => "No prompt was shown in these days.",
                }
            }
            div.cards {
                div #card-done {
                    b { (t.done_ratio.map_or("-".into(), percent)) }
                    span { "of prompts done" }
                }
                div #card-streak {
                    b { (summary.streak_days) " day" (plural(summary.streak_days)) }
                    span { "streak with at least " (percent(summary.streak_threshold)) " done" }
                }
                div #card-water {
                    b { (summary.water_days_met) " of " (days) }
                    span { "days with " (charts::glasses(u64::from(summary.water_target))) " of water" }
                }
                div #card-sitting {
                    b { (t.longest_sitting_min.map_or("-".into(), minutes_words)) }
                    span { "longest time sitting" }
                }
                div #card-relief {
                    b { (t.relief) }
                    span { "time" (plural(t.relief)) " legs went numb" }
                }
            }
        }
    }
}

/// Relief episodes per day, and the guide's advice when they recurred.
fn relief_section(summary: &Summary) -> Markup {
    let days: Vec<_> = summary.days.iter().filter(|d| d.figures.relief > 0).collect();
    html! {
        section #relief {
            h2 { "Numb legs" }
            @if days.is_empty() {
                p { "No episode of numb legs was logged in these days." }
            } @else {
                p {
                    "You logged numb legs " (summary.totals.relief) " time" (plural(summary.totals.relief)) ": "
                    @for (i, d) in days.iter().enumerate() {
                        @if i > 0 { ", " }
                        (d.date.format("%A %-d %B")) " (" (d.figures.relief) ")"
                    }
                    "."
                }
            }
            @if summary.relief_recurred {
                p.advice #advice {
                    "It came back several times in a short while. " (relief::ADVICE)
                }
            }
            p.note {
                "When a leg goes numb: change position, move the ankle, shake and gently rub the leg, \
                 and raise it a little. The tray's \u{201c}My legs are numb\u{201d} shows these steps and logs the episode."
            }
        }
    }
}

fn footer(summary: &Summary) -> Markup {
    let unknown: Vec<String> = summary
        .unknown_outcomes
        .iter()
        .map(|u| format!("\u{201c}{}\u{201d} {}", u.outcome, u.records))
        .collect();
    let damaged = DamagedLines {
        count: summary.damaged_lines,
        first: summary.damaged_line_numbers.clone(),
    };
    html! {
        footer {
            @if summary.totals.unknown > 0 {
                p #unknown { "Records of a kind this version does not know: " (summary.totals.unknown) " (" (unknown.join(", ")) ")." }
            }
            @if summary.damaged_lines > 0 {
                p #damaged { "Log: " (damaged.describe()) "." }
            }
            p {
                "Made by deskbreak " (env!("CARGO_PKG_VERSION")) " from its log of what you did with each prompt. "
                "The same figures: " code { "deskbreak stats --json" } "."
            }
            p {
                "deskbreak is not a medical device. " (relief::ADVICE)
            }
        }
    }
}

/// "1 h 50 min", "0 min".
pub(crate) fn minutes_words(minutes: u64) -> String {
    match minutes {
        0 => "0 min".into(),
        m => span_words(m.saturating_mul(60)),
    }
}

pub(crate) fn percent(ratio: f64) -> String {
    format!("{} %", (ratio * 100.0).round())
}

pub(crate) fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The counts a day's bar stacks, bottom up, with their names (the CSS classes and patterns).
pub(crate) fn stacked(f: &Figures) -> [(&'static str, u64); 5] {
    [
        ("done", f.done),
        ("snoozed", f.snoozed),
        ("skipped", f.skipped),
        ("missed", f.missed),
        ("natural", f.natural),
    ]
}
