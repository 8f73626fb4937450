//! The text of `deskbreak stats`: a stacked bar a day, sitting a line a day, then the figures in
//! a few lines.

use std::fmt::Write;
use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use unicode_width::UnicodeWidthStr;

use deskbreak_core::logged::DamagedLines;
use deskbreak_core::stats::summary::{Figures, Summary};
use deskbreak_i18n::fl;
use deskbreak_status::{columns, kinds, spans, times};

/// The longest bar, in characters; a longer day is scaled down with the rest.
const BAR_WIDTH: u64 = 20;

/// The stacked segments: done, snoozed, skipped, missed. Each has its own block so the chart
/// reads without colour; colour, on a terminal, only adds to it.
/// A segment: its name in the legend, its block, its colour.
type Segment = (fn() -> String, char, &'static str);

const SEGMENTS: [Segment; 4] = [
    (|| fl!("chart-done"), '█', "\x1b[32m"),
    (|| fl!("chart-snoozed"), '▓', "\x1b[33m"),
    (|| fl!("chart-skipped"), '▒', "\x1b[35m"),
    (|| fl!("chart-missed"), '░', "\x1b[31m"),
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
        .map(|(name, block, code)| format!("{} {}", paint(&block.to_string(), code, colour), name()))
        .collect();
    let period = fl!(
        "chart-period",
        from = summary.from.to_string(),
        to = summary.to.to_string(),
        days = days
    );
    let _ = writeln!(out, "{period}: {}\n", legend.join("  "));
    // Each column as wide as its heading or its widest figure, whatever the language.
    let headings = [
        fl!("chart-column-done"),
        fl!("chart-column-snoozed"),
        fl!("chart-column-skipped"),
        fl!("chart-column-missed"),
        fl!("chart-column-natural"),
        fl!("chart-column-water"),
        fl!("chart-column-relief"),
    ];
    let widths: Vec<usize> = headings
        .iter()
        .zip([4, 3, 4, 4, 3, 5, 6])
        .map(|(h, w)| h.width().max(w))
        .collect();
    let label_width = summary.days.first().map_or(14, |d| day_label(d.date).width());
    let row = |cells: [String; 7]| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| columns::pad_left(c, *w))
            .collect();
        format!("{}  {}  {}", padded[..5].join(" "), padded[5], padded[6])
    };
    let _ = writeln!(
        out,
        "{}  {}  {}",
        " ".repeat(label_width),
        " ".repeat(20),
        row(headings.clone())
    );
    let longest = summary.days.iter().map(|d| stacked(&d.figures)).max().unwrap_or(0);
    for day in &summary.days {
        let f = &day.figures;
        let (bar, cells) = bar(f, longest, colour);
        let figures = [f.done, f.snoozed, f.skipped, f.missed, f.natural].map(|n| n.to_string());
        let [done, snoozed, skipped, missed, natural] = figures;
        let water = format!("{}/{}", f.water, summary.water_target);
        let line = row([done, snoozed, skipped, missed, natural, water, f.relief.to_string()]);
        let _ = writeln!(
            out,
            "{}  {bar}{}  {line}",
            day_label(day.date),
            cells_of(" ", BAR_WIDTH - cells)
        );
    }
}

/// A line a day for sitting, on the day each stretch began; left out when no day was measured,
/// which the sums then say in one line instead of a column of "not measured".
fn sitting(out: &mut String, summary: &Summary) {
    if summary.days.iter().all(|d| d.figures.longest_sitting_min.is_none()) {
        return;
    }
    let _ = writeln!(out, "\n{}", fl!("chart-sitting-heading"));
    for day in &summary.days {
        let _ = writeln!(
            out,
            "{}  {}",
            day_label(day.date),
            sat(&day.figures, summary.long_sitting_s)
                .map_or_else(|| fl!("chart-sitting-not-measured"), |s| fl!("chart-sat", sat = s))
        );
    }
}

/// "1 h 52 min at most, 2 stretches over 60 min"; `None` when not measured.
fn sat(f: &Figures, long_sitting_s: u64) -> Option<String> {
    let (longest, long) = (f.longest_sitting_min?, f.long_sittings?);
    let longest = spans::minutes(longest);
    let over = spans::snooze(Duration::from_secs(long_sitting_s));
    Some(fl!("chart-sat-figures", longest = longest, count = long, over = over))
}

/// Adherence per category, the time answers took, and the prompts skipped most.
fn answers(out: &mut String, summary: &Summary) {
    let _ = writeln!(out, "\n{}", fl!("chart-adherence"));
    let names: Vec<String> = summary.categories.iter().map(|c| kinds::name(c.category)).collect();
    let name_width = names.iter().map(|n| n.width()).max().unwrap_or(0).max(10);
    for (c, name) in summary.categories.iter().zip(&names) {
        let (done, shown) = (
            columns::pad_left(&c.done.to_string(), 4),
            columns::pad_right(&c.shown.to_string(), 4),
        );
        let of = fl!("chart-done-of", done = done, shown = shown);
        let percent = columns::pad_left(&percent(c.adherence), 5);
        let _ = writeln!(out, "  {}{of} {percent}", columns::pad_right(name, name_width + 1));
    }
    let average = match summary.average_answer_s {
        Some(s) => fl!(
            "chart-average",
            span = spans::clamped(whole_seconds(s)),
            answers = summary.answers
        ),
        None => fl!("chart-no-answers"),
    };
    let _ = writeln!(out, "{}", fl!("chart-average-line", average = average));
    if summary.most_skipped.is_empty() {
        let _ = writeln!(out, "{}", fl!("chart-most-skipped-none"));
    } else {
        let _ = writeln!(out, "{}", fl!("chart-most-skipped"));
        for p in &summary.most_skipped {
            let title = deskbreak_i18n::prompt_title(&p.prompt, &p.title);
            let _ = writeln!(out, "  {:>4}  {title} ({})", p.skipped, p.prompt);
        }
    }
}

/// Water, relief, the streak, and what the log held that is not counted.
fn sums(out: &mut String, summary: &Summary) {
    let days = summary.days.len();
    let t = &summary.totals;
    let water = fl!(
        "chart-water",
        glasses = t.water,
        days = days,
        target = summary.water_target,
        met = summary.water_days_met
    );
    let _ = writeln!(out, "{water}");
    let _ = writeln!(out, "{}", fl!("chart-relief", count = t.relief));
    let measured = summary
        .days
        .iter()
        .filter(|d| d.figures.longest_sitting_min.is_some())
        .count() as u64;
    let sitting = match sat(t, summary.long_sitting_s) {
        Some(sat) => fl!("chart-sitting", sat = sat, measured = measured),
        None => fl!("chart-sitting-unmeasured"),
    };
    let _ = writeln!(out, "{sitting}");
    let streak = fl!(
        "chart-streak",
        days = summary.streak_days,
        percent = percent(Some(summary.streak_threshold))
    );
    let _ = writeln!(out, "{streak}");
    if t.unknown > 0 {
        let names: Vec<String> = summary
            .unknown_outcomes
            .iter()
            .map(|u| format!("\"{}\" {}", u.outcome, u.records))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            fl!("page-unknown", count = t.unknown, kinds = names.join(", "))
        );
    }
    if summary.damaged_lines > 0 {
        let damaged = DamagedLines {
            count: summary.damaged_lines,
            first: summary.damaged_line_numbers.clone(),
        };
        let _ = writeln!(
            out,
            "{}",
            fl!(
                "chart-damaged",
                damaged = deskbreak_status::columns::damaged_words(&damaged)
            )
        );
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
    ratio.map_or_else(|| "-".into(), super::page::percent)
}

/// "Thu 2026-11-19": a day's row.
fn day_label(date: NaiveDate) -> String {
    format!("{} {}", times::weekday_short(date.weekday()), date.format("%Y-%m-%d"))
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
