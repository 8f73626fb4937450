//! The text of `deskbreak stats`: a stacked bar a day, sitting a line a day, then the figures in
//! a few lines.

use std::fmt::Write;
use std::time::Duration;

use crate::core::logged::DamagedLines;
use crate::report::summary::{Figures, Summary};
use crate::report::view::{short_span, span_text};

/// The longest bar, in characters; a longer day is scaled down with the rest.
const BAR_WIDTH: u64 = 20;

/// The stacked segments: done, snoozed, skipped, missed. Each has its own block so the chart
/// reads without colour; colour, on a terminal, only adds to it.
const SEGMENTS: [(&str, char, &str); 4] = [
    ("done", '█', "\x1b[32m"),
    ("snoozed", '▓', "\x1b[33m"),
    ("skipped", '▒', "\x1b[35m"),
    ("missed", '░', "\x1b[31m"),
];
const RESET: &str = "\x1b[0m";

/// The chart, then the figures of the window.
pub fn render(summary: &Summary, colour: bool) -> String {
    let mut out = String::new();
    days(&mut out, summary, colour);
    sitting(&mut out, summary);
    answers(&mut out, summary);
    sums(&mut out, summary);
    out
}

/// The legend, then a stacked bar and the counts for each day.
fn days(out: &mut String, summary: &Summary, colour: bool) {
    let days = summary.days.len();
    let legend: Vec<String> = SEGMENTS
        .iter()
        .map(|(name, block, code)| format!("{} {name}", paint(&block.to_string(), code, colour)))
        .collect();
    let _ = writeln!(
        out,
        "{} to {} ({days} day{}): {}\n",
        summary.from,
        summary.to,
        if days == 1 { "" } else { "s" },
        legend.join("  ")
    );
    let _ = writeln!(out, "{:14}  {:20}  done snz skip miss nat  water  relief", "", "");
    let longest = summary.days.iter().map(|d| stacked(&d.figures)).max().unwrap_or(0);
    for day in &summary.days {
        let f = &day.figures;
        let (bar, cells) = bar(f, longest, colour);
        let _ = writeln!(
            out,
            "{}  {bar}{}  {:>4} {:>3} {:>4} {:>4} {:>3}  {:>5}  {:>6}",
            day.date.format("%a %Y-%m-%d"),
            cells_of(" ", BAR_WIDTH - cells),
            f.done,
            f.snoozed,
            f.skipped,
            f.missed,
            f.natural,
            format!("{}/{}", f.water, summary.water_target),
            f.relief
        );
    }
}

/// A line a day for sitting, on the day each stretch began; left out when no day was measured,
/// which the sums then say in one line instead of a column of "not measured".
fn sitting(out: &mut String, summary: &Summary) {
    if summary.days.iter().all(|d| d.figures.longest_sitting_min.is_none()) {
        return;
    }
    out.push_str("\nSitting (stretches at the desk, on the day each began):\n");
    for day in &summary.days {
        let _ = writeln!(
            out,
            "{}  {}",
            day.date.format("%a %Y-%m-%d"),
            sat(&day.figures, summary.long_sitting_s).map_or("sitting not measured".into(), |s| format!("sat {s}"))
        );
    }
}

/// "1 h 52 min at most, 2 stretches over 60 min"; `None` when not measured.
fn sat(f: &Figures, long_sitting_s: u64) -> Option<String> {
    let (longest, long) = (f.longest_sitting_min?, f.long_sittings?);
    let longest = match longest {
        0 => "0 min".to_string(),
        m => span_text(i64::try_from(m.saturating_mul(60)).unwrap_or(i64::MAX)),
    };
    let over = short_span(Duration::from_secs(long_sitting_s));
    let long = match long {
        0 => format!("no stretch over {over}"),
        n => format!("{n} stretch{} over {over}", if n == 1 { "" } else { "es" }),
    };
    Some(format!("{longest} at most, {long}"))
}

/// Adherence per category, the time answers took, and the prompts skipped most.
fn answers(out: &mut String, summary: &Summary) {
    out.push_str("\nAdherence (done of prompts shown):\n");
    for c in &summary.categories {
        let _ = writeln!(
            out,
            "  {:<10} {:>4} of {:<4} {:>5}",
            c.category.as_str(),
            c.done,
            c.shown,
            percent(c.adherence)
        );
    }
    let average = match summary.average_answer_s {
        Some(s) => format!(
            "{} ({} answer{})",
            span_text(whole_seconds(s)),
            summary.answers,
            plural(summary.answers)
        ),
        None => "no answers".into(),
    };
    let _ = writeln!(out, "Average time to answer: {average}");
    if summary.most_skipped.is_empty() {
        out.push_str("Most skipped: none\n");
    } else {
        out.push_str("Most skipped:\n");
        for p in &summary.most_skipped {
            let _ = writeln!(out, "  {:>4}  {} ({})", p.skipped, p.title, p.prompt);
        }
    }
}

/// Water, relief, the streak, and what the log held that is not counted.
fn sums(out: &mut String, summary: &Summary) {
    let days = summary.days.len();
    let t = &summary.totals;
    let _ = writeln!(
        out,
        "Water: {} glass{} in {days} day{}; the target of {} a day reached on {} day{}",
        t.water,
        if t.water == 1 { "" } else { "es" },
        plural(days as u64),
        summary.water_target,
        summary.water_days_met,
        plural(summary.water_days_met)
    );
    let _ = writeln!(out, "Relief episodes: {}", t.relief);
    let measured = summary
        .days
        .iter()
        .filter(|d| d.figures.longest_sitting_min.is_some())
        .count() as u64;
    let _ = match sat(t, summary.long_sitting_s) {
        Some(sat) => writeln!(out, "Sitting: {sat} ({measured} day{} measured)", plural(measured)),
        None => writeln!(out, "Sitting: not measured"),
    };
    let _ = writeln!(
        out,
        "Streak: {} day{} with at least {} of prompts done",
        summary.streak_days,
        plural(summary.streak_days),
        percent(Some(summary.streak_threshold))
    );
    if t.unknown > 0 {
        let names: Vec<String> = summary
            .unknown_outcomes
            .iter()
            .map(|u| format!("\"{}\" {}", u.outcome, u.records))
            .collect();
        let _ = writeln!(
            out,
            "Records of a kind this version does not know: {} ({})",
            t.unknown,
            names.join(", ")
        );
    }
    if summary.damaged_lines > 0 {
        let damaged = DamagedLines {
            count: summary.damaged_lines,
            first: summary.damaged_line_numbers.clone(),
        };
        let _ = writeln!(out, "Log: {}", damaged.describe());
    }
}

/// The records a bar stacks.
fn stacked(f: &Figures) -> u64 {
    f.done + f.snoozed + f.skipped + f.missed
}

/// The bar and its width in characters: the same whole number of characters for every record
/// while the longest day fits in `BAR_WIDTH`, else scaled down to it, with segment ends rounded
/// from the running total so that the bar's length stays in proportion.
fn bar(f: &Figures, longest: u64, colour: bool) -> (String, u64) {
    let scale = |n: u64| match longest {
        0 => 0,
        1..=BAR_WIDTH => n * (BAR_WIDTH / longest),
        _ => (n * BAR_WIDTH + longest / 2) / longest,
    };
    let mut out = String::new();
    let (mut total, mut drawn) = (0, 0);
    for ((_, block, code), n) in SEGMENTS.iter().zip([f.done, f.snoozed, f.skipped, f.missed]) {
        total += n;
        let end = scale(total);
        if end > drawn {
            out.push_str(&paint(&cells_of(&block.to_string(), end - drawn), code, colour));
        }
        drawn = end;
    }
    (out, drawn)
}

fn paint(text: &str, code: &str, colour: bool) -> String {
    if colour {
        format!("{code}{text}{RESET}")
    } else {
        text.to_string()
    }
}

fn percent(ratio: Option<f64>) -> String {
    match ratio {
        Some(r) => format!("{} %", (r * 100.0).round()),
        None => "-".into(),
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `n` cells of `text`; `n` is at most `BAR_WIDTH`.
fn cells_of(text: &str, n: u64) -> String {
    text.repeat(usize::try_from(n).unwrap_or(0))
}

/// A mean of answer times, to the nearest second.
#[expect(
    clippy::cast_possible_truncation,
    reason = "a mean of durations between two log times: finite and far inside i64 (and `as` saturates)"
)]
fn whole_seconds(mean: f64) -> i64 {
    mean.round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(done: u64, snoozed: u64, skipped: u64, missed: u64) -> Figures {
        Figures {
            done,
            snoozed,
            skipped,
            missed,
            ..Figures::default()
        }
    }

    #[test]
    fn a_long_day_is_scaled_to_the_width_and_a_short_one_with_it() {
        assert_eq!(
            bar(&figures(30, 0, 5, 5), 40, false),
            ("███████████████▒▒▒░░".to_string(), 20)
        );
        assert_eq!(bar(&figures(3, 1, 0, 0), 40, false), ("██".to_string(), 2));
        assert_eq!(bar(&figures(0, 0, 0, 0), 0, false), (String::new(), 0));
    }

    #[test]
    fn short_days_get_a_whole_number_of_characters_a_record() {
        assert_eq!(bar(&figures(2, 1, 0, 1), 6, false), ("██████▓▓▓░░░".to_string(), 12));
    }

    #[test]
    fn sitting_reads_as_a_sentence_and_unmeasured_is_none() {
        let sitting = |longest, long| Figures {
            longest_sitting_min: longest,
            long_sittings: long,
            ..Figures::default()
        };
        assert_eq!(sat(&sitting(None, None), 3600), None);
        assert_eq!(
            sat(&sitting(Some(120), Some(1)), 3600).as_deref(),
            Some("2 h at most, 1 stretch over 60 min")
        );
        assert_eq!(
            sat(&sitting(Some(0), Some(0)), 90).as_deref(),
            Some("0 min at most, no stretch over 90 s")
        );
    }

    #[test]
    fn colour_wraps_each_segment() {
        assert_eq!(
            bar(&figures(1, 0, 1, 0), 20, true).0,
            "\x1b[32m█\x1b[0m\x1b[35m▒\x1b[0m"
        );
    }
}
