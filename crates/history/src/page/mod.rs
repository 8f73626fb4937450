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

use chrono::{Datelike, NaiveDate, Weekday};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use deskbreak_core::logged::DamagedLines;
use deskbreak_core::stats::summary::{Figures, Summary};
use deskbreak_i18n as i18n;
use deskbreak_i18n::fl;
use deskbreak_status::relief;
use deskbreak_status::spans;

const STYLE: &str = include_str!("style.css");

/// Nothing may be fetched: styles are inline, images are SVG in the page, and there is no script.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The whole page.
pub fn render(summary: &Summary) -> String {
    let title = format!("deskbreak: {}", period_words(summary));
    let direction = if i18n::right_to_left() { "rtl" } else { "ltr" };
    html! {
        (DOCTYPE)
        html lang=(i18n::current()) dir=(direction) {
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
                        h2 { (fl!("page-empty-heading")) }
                        p { (with_code(&fl!("page-empty"))) }
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

/// "Your week", "Your last 3 days", ...: what the heading calls the period.
fn period_words(summary: &Summary) -> String {
    let days = summary.days.len();
    fl!("page-period", days = days)
}

/// "Thursday 19 November 2026", in the person's language.
pub(crate) fn long_date(date: NaiveDate) -> String {
    fl!(
        "date-long",
        weekday = weekday_long(date.weekday()),
        day = date.day(),
        month = month_name(date.month()),
        year = date.year()
    )
}

/// "Thursday 19 November": a date within the page's period.
pub(crate) fn day_and_month(date: NaiveDate) -> String {
    fl!(
        "date-day-month",
        weekday = weekday_long(date.weekday()),
        day = date.day(),
        month = month_name(date.month())
    )
}

fn weekday_long(day: Weekday) -> String {
    match day {
        Weekday::Mon => fl!("weekday-long-mon"),
        Weekday::Tue => fl!("weekday-long-tue"),
        Weekday::Wed => fl!("weekday-long-wed"),
        Weekday::Thu => fl!("weekday-long-thu"),
        Weekday::Fri => fl!("weekday-long-fri"),
        Weekday::Sat => fl!("weekday-long-sat"),
        Weekday::Sun => fl!("weekday-long-sun"),
    }
}

/// A month's name as a date writes it (in Polish and Russian, the genitive: "19 listopada").
fn month_name(month: u32) -> String {
    match month {
        1 => fl!("month-1"),
        2 => fl!("month-2"),
        3 => fl!("month-3"),
        4 => fl!("month-4"),
        5 => fl!("month-5"),
        6 => fl!("month-6"),
        7 => fl!("month-7"),
        8 => fl!("month-8"),
        9 => fl!("month-9"),
        10 => fl!("month-10"),
        11 => fl!("month-11"),
        _ => fl!("month-12"),
    }
}

fn header(summary: &Summary) -> Markup {
    let t = &summary.totals;
    let dates = if summary.from == summary.to {
        long_date(summary.to)
    } else {
        fl!(
            "page-from-to",
            from = long_date(summary.from),
            to = long_date(summary.to)
        )
    };
    let days = summary.days.len() as u64;
    let (done, shown, streak) = (t.done, t.shown, summary.streak_days);
    html! {
        header {
            h1 { (fl!("page-heading", period = period_words(summary))) }
            p.period { (dates) }
            p.lead {
                @match t.done_ratio {
                    Some(ratio) => (fl!("page-lead", done = done, shown = shown, percent = percent(ratio))),
                    None => (fl!("page-lead-none")),
                }
            }
            div.cards {
                div #card-done {
                    b { (t.done_ratio.map_or("-".into(), percent)) }
                    span { (fl!("card-done")) }
                }
                div #card-streak {
                    b { (fl!("card-streak-days", days = streak)) }
                    span { (fl!("card-streak", percent = percent(summary.streak_threshold))) }
                }
                div #card-water {
                    b { (fl!("card-water-days", met = summary.water_days_met, days = days)) }
                    span { (fl!("card-water", glasses = charts::glasses(u64::from(summary.water_target)))) }
                }
                div #card-sitting {
                    b { (t.longest_sitting_min.map_or("-".into(), spans::minutes)) }
                    span { (fl!("card-sitting")) }
                }
                div #card-relief {
                    b { (t.relief) }
                    span { (fl!("card-relief", count = t.relief)) }
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
            h2 { (fl!("page-relief-heading")) }
            @if days.is_empty() {
                p { (fl!("page-relief-none")) }
            } @else {
                p {
                    (fl!("page-relief-logged", count = summary.totals.relief, days = relief_days(&days)))
                }
            }
            @if summary.relief_recurred {
                p.advice #advice {
                    (fl!("page-relief-recurred")) " " (relief::advice())
                }
            }
            p.note { (fl!("page-relief-note")) }
        }
    }
}

/// "Monday 16 November (1), Thursday 19 November (2)": the days with an episode, and how many.
fn relief_days(days: &[&deskbreak_core::stats::summary::DayFigures]) -> String {
    let listed: Vec<String> = days
        .iter()
        .map(|d| format!("{} ({})", day_and_month(d.date), d.figures.relief))
        .collect();
    listed.join(", ")
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
                p #unknown { (fl!("page-unknown", count = summary.totals.unknown, kinds = unknown.join(", "))) }
            }
            @if summary.damaged_lines > 0 {
                p #damaged { (fl!("page-damaged", damaged = deskbreak_status::columns::damaged_words(&damaged))) }
            }
            p { (with_code(&fl!("page-made-by", version = env!("CARGO_PKG_VERSION")))) }
            p { (fl!("page-not-medical")) " " (relief::advice()) }
        }
    }
}

/// A sentence of the catalogue with its `commands` set as code, the rest as text.
pub(crate) fn with_code(sentence: &str) -> Markup {
    html! {
        @for (i, part) in sentence.split('`').enumerate() {
            @if i % 2 == 1 { code { (part) } } @else { (part) }
        }
    }
}

pub(crate) fn percent(ratio: f64) -> String {
    let percent = (ratio * 100.0).round();
    fl!("percent", percent = percent)
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
