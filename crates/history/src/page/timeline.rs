//! The page's sitting section: per day, a timeline of the stretches at the desk (from the log's
//! `arrived`, `away` and `stopped` records), the long ones hatched and the longest named.

use chrono::{DateTime, FixedOffset, Timelike};
use maud::{Markup, html};
use std::time::Duration;

use super::charts::{Flip, day_label, fill_attrs, legend_entry, px};
use super::{long_date, with_code};
use deskbreak_core::stats::sitting::Stretch;
use deskbreak_core::stats::summary::{DayFigures, Summary};
use deskbreak_i18n::fl;
use deskbreak_status::spans;

const LABEL_W: f64 = 112.0;
const PLOT_W: f64 = 650.0;
const ROW: f64 = 28.0;
const BAR_H: f64 = 16.0;
/// Room above the rows for the hours.
const TOP: f64 = 22.0;
const DAY_MIN: u32 = 24 * 60;
/// Room for "10 h 55 min" in the longest stretch's label.
const LONGEST_LABEL_W: f64 = 76.0;
/// The chart's width.
const WIDTH: f64 = LABEL_W + PLOT_W + 24.0;

pub fn sitting(summary: &Summary) -> Markup {
    let long = spans::snooze(Duration::from_secs(summary.long_sitting_s));
    let measured = summary.days.iter().any(|d| d.figures.longest_sitting_min.is_some());
    let hours = Hours::of(&summary.days);
    let height = TOP + ROW * summary.days.len() as f64 + 4.0;
    html! {
        section #sitting {
            h2 { (fl!("page-sitting-heading")) }
            @if !measured {
                p #sitting-unmeasured { (with_code(&fl!("page-sitting-unmeasured"))) }
            } @else {
                p { (fl!("page-sitting-note")) }
                p #sitting-summary { (longest_words(summary)) " " (long_words(summary, &long)) }
                ul.legend {
                    (legend_entry("sitting", &fl!("legend-sitting")))
                    (legend_entry("long", &fl!("legend-longer-than", span = long.as_str())))
                }
                svg.chart #sitting-chart viewBox=(format!("0 0 {} {}", px(WIDTH), px(height))) role="img" aria-labelledby="sitting-title" {
                    title #sitting-title { (fl!("page-sitting-chart")) }
                    @let flip = Flip::new(WIDTH);
                    @for hour in hours.ticks() {
                        @let x = flip.x(hours.x(hour * 60));
                        line.rule x1=(px(x)) x2=(px(x)) y1=(px(TOP - 4.0)) y2=(px(height - 4.0)) stroke-opacity=".6" {}
                        text.axis x=(px(x)) y="12" text-anchor="middle" { (format!("{hour:02}:00")) }
                    }
                    @for (i, day) in summary.days.iter().enumerate() {
                        (row(day, TOP + i as f64 * ROW, &hours, summary.long_sitting_s))
                    }
                }
                table #sitting-table {
                    thead {
                        tr {
                            th { (fl!("table-day")) }
                            th { (fl!("table-longest-stretch")) }
                            th { (fl!("table-longer-than", span = long.as_str())) }
                        }
                    }
                    tbody {
                        @for day in &summary.days {
                            tr {
                                td { (day_label(day.date)) }
                                @match (day.figures.longest_sitting_min, day.figures.long_sittings) {
                                    (Some(longest), Some(n)) => { td { (spans::minutes(longest)) } td { (n) } }
                                    _ => { td colspan="2" { (fl!("page-not-measured")) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn row(day: &DayFigures, y: f64, hours: &Hours, long_sitting_s: u64) -> Markup {
    let longest = day.stretches.iter().max_by_key(|s| s.end - s.start);
    // Laid out left to right, then mirrored where the page reads right to left.
    let flip = Flip::new(WIDTH);
    html! {
        g data-day=(day.date.to_string()) data-measured=(day.figures.longest_sitting_min.is_some()) {
            text x=(px(flip.x(0.0))) y=(px(y + 13.0)) { (day_label(day.date)) }
            @if day.figures.longest_sitting_min.is_none() {
                text.axis x=(px(flip.x(LABEL_W))) y=(px(y + 13.0)) font-style="italic" { (fl!("page-not-measured")) }
            } @else if day.stretches.is_empty() {
                text.axis x=(px(flip.x(LABEL_W))) y=(px(y + 13.0)) font-style="italic" { (fl!("page-no-stretch-began")) }
            }
            @for stretch in &day.stretches {
                @let minutes = (stretch.end - stretch.start).num_minutes().max(0).unsigned_abs();
                @let is_long = (stretch.end - stretch.start).num_seconds() > i64::try_from(long_sitting_s).unwrap_or(i64::MAX);
                @let (class, fill) = fill_attrs(if is_long { "long" } else { "sitting" });
                @let (start, end) = (minute_of_day(stretch.start), end_minute(stretch));
                @let (x0, x1) = (hours.x(start), hours.x(end));
                @let width = (x1 - x0).max(1.5);
                rect class=[class] fill=[fill] x=(px(flip.left(x0, width))) y=(px(y)) width=(px(width)) height=(px(BAR_H))
                    data-start=(clock(stretch.start)) data-end=(clock(stretch.end)) data-minutes=(minutes) data-long=(is_long)
                    data-longest=[(Some(stretch) == longest).then_some("true")] {
                    title { (fl!("page-stretch", from = clock(stretch.start), to = clock(stretch.end), span = spans::minutes(minutes))) }
                }
                // The longest is named on its bar, or beside it when the bar is too short.
                @if Some(stretch) == longest {
                    @if x1 - x0 >= LONGEST_LABEL_W {
                        text.num x=(px(flip.x((x0 + x1) / 2.0))) y=(px(y + 12.5)) text-anchor="middle" { (spans::minutes(minutes)) }
                    } @else if x1 + LONGEST_LABEL_W <= LABEL_W + PLOT_W {
                        text.num x=(px(flip.x(x1 + 4.0))) y=(px(y + 12.5)) { (spans::minutes(minutes)) }
                    } @else {
                        text.num x=(px(flip.x(x0 - 4.0))) y=(px(y + 12.5)) text-anchor="end" { (spans::minutes(minutes)) }
                    }
                }
            }
        }
    }
}

/// "Your longest stretch: 2 h 50 min, on Monday 23 November 2026 from 22:00 to 00:50."
fn longest_words(summary: &Summary) -> String {
    let longest = summary
        .days
        .iter()
        .flat_map(|d| d.stretches.iter())
        .max_by_key(|s| s.end - s.start);
    match longest {
        Some(s) => fl!(
            "page-longest-stretch",
            span = spans::minutes((s.end - s.start).num_minutes().max(0).unsigned_abs()),
            date = long_date(s.start.date_naive()),
            from = clock(s.start),
            to = clock(s.end)
        ),
        None => fl!("page-no-stretch"),
    }
}

fn long_words(summary: &Summary, long: &str) -> String {
    match summary.totals.long_sittings {
        Some(0) | None => fl!("page-no-long-stretch", span = long),
        Some(n) => fl!("page-long-stretches", count = n, span = long),
    }
}

fn clock(t: DateTime<FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

fn minute_of_day(t: DateTime<FixedOffset>) -> u32 {
    t.hour() * 60 + t.minute()
}

/// Where the stretch ends on its first day's timeline: a stretch past midnight runs to its end.
fn end_minute(s: &Stretch) -> u32 {
    if s.end.date_naive() > s.start.date_naive() {
        DAY_MIN
    } else {
        minute_of_day(s.end)
    }
}

/// The hours the timelines show: those of every stretch, whole hours around them, at least
/// eight of them, 08:00 to 18:00 when there is none.
struct Hours {
    first: u32,
    last: u32,
}

impl Hours {
    fn of(days: &[DayFigures]) -> Hours {
        let stretches = days.iter().flat_map(|d| d.stretches.iter());
        let first = stretches.clone().map(|s| minute_of_day(s.start) / 60).min();
        let last = stretches.map(|s| end_minute(s).div_ceil(60)).max();
        let (first, last) = match (first, last) {
            (Some(f), Some(l)) => (f, l.max(f + 1)),
            _ => (8, 18),
        };
        let widen = 8u32.saturating_sub(last - first);
        let first = first.saturating_sub(widen / 2);
        Hours {
            first,
            last: (first + (last - first).max(8)).min(24).max(last),
        }
    }

    fn x(&self, minute: u32) -> f64 {
        let span = f64::from((self.last - self.first) * 60);
        LABEL_W + (f64::from(minute) - f64::from(self.first * 60)) / span * PLOT_W
    }

    /// Every hour when they fit, else every second or third.
    fn ticks(&self) -> impl Iterator<Item = u32> {
        let step = match self.last - self.first {
            0..=12 => 1,
            13..=18 => 2,
            _ => 3,
        };
        (self.first..=self.last).filter(move |h| (h - self.first).is_multiple_of(step))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_widen_to_eight_and_never_pass_midnight() {
        let at = |t: &str| DateTime::parse_from_rfc3339(t).unwrap();
        let day = |stretches: Vec<Stretch>| DayFigures {
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            figures: Default::default(),
            stretches,
        };
        let hours = |days: &[DayFigures]| {
            let h = Hours::of(days);
            (h.first, h.last)
        };
        assert_eq!(hours(&[day(vec![])]), (8, 18));
        let short = Stretch {
            start: at("2026-11-23T10:10:00+01:00"),
            end: at("2026-11-23T11:20:00+01:00"),
        };
        assert_eq!(hours(&[day(vec![short])]), (7, 15), "10-12 widened by 3 h each side");
        let late = Stretch {
            start: at("2026-11-23T22:00:00+01:00"),
            end: at("2026-11-24T00:50:00+01:00"),
        };
        assert_eq!(hours(&[day(vec![short, late])]), (10, 24));
        assert_eq!(hours(&[day(vec![late])]), (19, 24), "widened, then cut at midnight");
    }
}
