//! The page's bar charts: prompts per day, adherence per kind of prompt, water per day. Every
//! bar carries its figure in `data-*` attributes and as a number on or above it; every kind of
//! segment has a pattern as well as a colour.

use chrono::{Datelike, NaiveDate, Weekday};
use maud::{Markup, html};

use super::{percent, stacked};
use deskbreak_core::stats::summary::{DayFigures, Summary};
use deskbreak_i18n as i18n;
use deskbreak_i18n::fl;
use deskbreak_status::{kinds, times};

/// The plot area of the day charts, in SVG units (the SVG scales to the page's width).
const PLOT_W: f64 = 720.0;
const PLOT_H: f64 = 180.0;
const LEFT: f64 = 10.0;
/// Room above the plot for the totals over the bars.
const TOP: f64 = 22.0;
/// Room below it for the day labels.
const BOTTOM: f64 = 36.0;
/// A segment at least this tall has its count written on it...
const LABELLED: f64 = 15.0;
/// ... and a bar at least this wide has its numbers (over a year's days they would overlap; the
/// tables have them).
const NUMBERED: f64 = 12.0;

/// The `class` or `fill` attribute of `kind`'s fill: solid for done and sitting (a class, whose
/// colour follows the scheme), a pattern of [`patterns`] for the others, so that the charts read
/// in grey and on paper.
pub(super) fn fill_attrs(kind: &str) -> (Option<String>, Option<String>) {
    match kind {
        "done" | "sitting" => (Some(format!("f-{kind}")), None),
        "water-met" => (Some("f-water".into()), None),
        _ => (None, Some(format!("url(#p-{kind})"))),
    }
}

/// The patterns, defined once for every SVG of the page.
pub fn patterns() -> Markup {
    html! {
        svg.defs width="0" height="0" aria-hidden="true" {
            defs {
                (stripes("snoozed", 45, 3.0))
                pattern #p-skipped width="6" height="6" patternUnits="userSpaceOnUse" {
                    rect.f-skipped width="6" height="6" opacity=".3" {}
                    circle.f-skipped cx="3" cy="3" r="1.8" {}
                }
                pattern #p-missed width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                    rect.f-missed width="6" height="6" opacity=".3" {}
                    rect.f-missed width="2" height="6" {}
                    rect.f-missed width="6" height="2" {}
                }
                pattern #p-natural width="6" height="6" patternUnits="userSpaceOnUse" {
                    rect.f-natural width="6" height="6" opacity=".3" {}
                    rect.f-natural width="6" height="2.5" {}
                }
                (stripes("water", -45, 2.0))
                (stripes("long", -45, 3.0))
            }
        }
    }
}

fn stripes(kind: &str, angle: i32, width: f64) -> Markup {
    let class = format!("f-{kind}");
    html! {
        pattern id=(format!("p-{kind}")) width="6" height="6" patternUnits="userSpaceOnUse"
            patternTransform=(format!("rotate({angle})")) {
            rect class=(class) width="6" height="6" opacity=".3" {}
            rect class=(class) width=(px(width)) height="6" {}
        }
    }
}

/// A legend entry: a swatch of `kind`'s fill and its words.
pub(super) fn legend_entry(kind: &str, words: &str) -> Markup {
    let (class, fill) = fill_attrs(kind);
    html! {
        li {
            svg viewBox="0 0 16 16" aria-hidden="true" {
                rect.swatch-bg width="16" height="16" {}
                rect class=[class] fill=[fill] width="16" height="16" {}
            }
            (words)
        }
    }
}

/// Per day, the stacked bar of what became of its prompts, the counts on it, and a table of the
/// same figures.
pub fn prompts(summary: &Summary) -> Markup {
    let days = &summary.days;
    let longest = days
        .iter()
        .map(|d| stacked(&d.figures).iter().map(|(_, n)| n).sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = PLOT_H / longest as f64;
    let columns = Columns::new(days.len());
    html! {
        section #prompts {
            h2 { (fl!("page-prompts-heading")) }
            p.note { (fl!("page-prompts-note")) }
            ul.legend {
                (legend_entry("done", &fl!("legend-done")))
                (legend_entry("snoozed", &fl!("legend-snoozed")))
                (legend_entry("skipped", &fl!("legend-skipped")))
                (legend_entry("missed", &fl!("legend-missed")))
                (legend_entry("natural", &fl!("legend-natural")))
            }
            svg.chart #prompts-chart viewBox=(columns.view_box()) role="img" aria-labelledby="prompts-title" {
                title #prompts-title { (fl!("page-prompts-chart")) }
                (Columns::baseline())
                @for (i, day) in days.iter().enumerate() {
                    (prompt_bar(day, &columns, i, unit))
                }
                (columns.labels(days))
            }
            table #prompts-table {
                thead {
                    tr {
                        th { (fl!("table-day")) }
                        th { (fl!("table-done")) }
                        th { (fl!("table-snoozed")) }
                        th { (fl!("table-skipped")) }
                        th { (fl!("table-missed")) }
                        th { (fl!("table-natural")) }
                    }
                }
                tbody {
                    @for day in days {
                        tr {
                            td { (day_label(day.date)) }
                            @for (_, n) in stacked(&day.figures) { td { (n) } }
                        }
                    }
                }
            }
        }
    }
}

fn prompt_bar(day: &DayFigures, columns: &Columns, i: usize, unit: f64) -> Markup {
    let (x, width) = columns.bar(i);
    let date = day.date.to_string();
    let segments = stacked(&day.figures);
    let total: u64 = segments.iter().map(|(_, n)| n).sum();
    let mut bottom = TOP + PLOT_H;
    html! {
        g data-day=(date) data-total=(total) {
            @for (kind, n) in segments {
                @if n > 0 {
                    @let height = n as f64 * unit;
                    @let (class, fill) = fill_attrs(kind);
                    @let y = { bottom -= height; bottom };
                    rect class=(format!("seg {}", class.unwrap_or_default())) fill=[fill] x=(px(x)) y=(px(y)) width=(px(width)) height=(px(height))
                        data-outcome=(kind) data-count=(n) {
                        title { (date) ": " (outcome_count(kind, n)) }
                    }
                    @if height >= LABELLED && width >= NUMBERED {
                        text.num x=(px(x + width / 2.0)) y=(px(y + height / 2.0 + 4.0)) text-anchor="middle" { (n) }
                    }
                }
            }
            @if total > 0 && width >= NUMBERED {
                text.num x=(px(x + width / 2.0)) y=(px(bottom - 5.0)) text-anchor="middle" { (total) }
            }
        }
    }
}

/// Adherence per kind of prompt, then the prompts skipped most.
pub fn categories(summary: &Summary) -> Markup {
    const LABEL_W: f64 = 110.0;
    const TRACK_W: f64 = 380.0;
    const ROW: f64 = 30.0;
    let height = ROW * summary.categories.len() as f64 + 6.0;
    let flip = Flip::new(760.0);
    html! {
        section #categories {
            h2 { (fl!("page-categories-heading")) }
            svg.chart #categories-chart viewBox=(format!("0 0 760 {}", px(height))) role="img" aria-labelledby="categories-title" {
                title #categories-title { (fl!("page-categories-chart")) }
                @for (i, c) in summary.categories.iter().enumerate() {
                    @let y = 4.0 + i as f64 * ROW;
                    @let done_w = c.adherence.unwrap_or(0.0) * TRACK_W;
                    g data-category=(c.category.as_str()) data-shown=(c.shown) data-done=(c.done) {
                        text x=(px(flip.x(0.0))) y=(px(y + 16.0)) { (kinds::title(c.category)) }
                        rect.swatch-bg x=(px(flip.left(LABEL_W, TRACK_W))) y=(px(y)) width=(px(TRACK_W)) height="20" stroke="currentColor" stroke-opacity=".35" {}
                        rect.f-done x=(px(flip.left(LABEL_W, done_w))) y=(px(y)) width=(px(done_w)) height="20" {}
                        text x=(px(flip.x(LABEL_W + TRACK_W + 10.0))) y=(px(y + 16.0)) {
                            @match c.adherence {
                                Some(ratio) => (fl!("page-category-done", done = c.done, shown = c.shown, percent = percent(ratio))),
                                None => (fl!("page-category-none")),
                            }
                        }
                    }
                }
            }
            h3 { (fl!("page-skipped-heading")) }
            @if summary.most_skipped.is_empty() {
                p #skipped-none { (fl!("page-skipped-none")) }
            } @else {
                ol #skipped {
                    @for p in &summary.most_skipped {
                        li data-prompt=(p.prompt) {
                            (i18n::prompt_title(&p.prompt, &p.title)) " " span.note { "(" (p.prompt) ")" } ": "
                            (fl!("page-skipped-times", count = p.skipped))
                        }
                    }
                }
            }
        }
    }
}

/// Glasses of water per day against the daily target.
pub fn water(summary: &Summary) -> Markup {
    let days = &summary.days;
    let target = u64::from(summary.water_target);
    let most = days
        .iter()
        .map(|d| d.figures.water)
        .max()
        .unwrap_or(0)
        .max(target)
        .max(1);
    let unit = PLOT_H / most as f64;
    let columns = Columns::new(days.len());
    let target_y = TOP + PLOT_H - target as f64 * unit;
    html! {
        section #water {
            h2 { (fl!("page-water-heading")) }
            p {
                (fl!(
                    "page-water",
                    all = glasses(summary.totals.water),
                    target = glasses(target),
                    met = summary.water_days_met,
                    days = days.len()
                ))
            }
            ul.legend {
                (legend_entry("water-met", &fl!("legend-water-met")))
                (legend_entry("water", &fl!("legend-water-below")))
            }
            svg.chart #water-chart viewBox=(columns.view_box()) role="img" aria-labelledby="water-title" {
                title #water-title { (fl!("page-water-chart")) }
                (Columns::baseline())
                @for (i, day) in days.iter().enumerate() {
                    @let (x, width) = columns.bar(i);
                    @let glasses = day.figures.water;
                    @let height = glasses as f64 * unit;
                    @let met = glasses >= target;
                    g data-day=(day.date.to_string()) data-glasses=(glasses) data-met=(met) {
                        @if glasses > 0 {
                            rect class=[met.then_some("f-water")] fill=[(!met).then_some("url(#p-water)")]
                                x=(px(x)) y=(px(TOP + PLOT_H - height)) width=(px(width)) height=(px(height)) {
                                title { (day.date.to_string()) ": " (fl!("page-water-of", glasses = glasses, target = target)) }
                            }
                        }
                        @if width >= NUMBERED {
                            text.num x=(px(x + width / 2.0)) y=(px(TOP + PLOT_H - height - 5.0)) text-anchor="middle" { (glasses) }
                        }
                    }
                }
                line.target #water-target x1=(px(LEFT)) x2=(px(LEFT + PLOT_W)) y1=(px(target_y)) y2=(px(target_y)) {}
                text.axis x=(px(columns.flip.x(LEFT + PLOT_W))) y=(px(target_y - 4.0)) text-anchor="end" { (fl!("page-water-target", target = target)) }
                (columns.labels(days))
            }
        }
    }
}

/// One column a day across the plot.
struct Columns {
    days: usize,
    width: f64,
    flip: Flip,
}

impl Columns {
    fn new(days: usize) -> Columns {
        Columns {
            days,
            width: PLOT_W / days.max(1) as f64,
            flip: Flip::new(PLOT_W + 2.0 * LEFT),
        }
    }

    /// The line the bars stand on.
    fn baseline() -> Markup {
        html! {
            line.rule x1=(px(LEFT)) x2=(px(LEFT + PLOT_W)) y1=(px(TOP + PLOT_H)) y2=(px(TOP + PLOT_H)) {}
        }
    }

    fn view_box(&self) -> String {
        format!("0 0 {} {}", px(PLOT_W + 2.0 * LEFT), px(TOP + PLOT_H + BOTTOM))
    }

    /// The left edge and the width of day `i`'s bar: the first day on the left, or on the right
    /// where the page reads right to left.
    fn bar(&self, i: usize) -> (f64, f64) {
        let width = (self.width * 0.64).min(64.0);
        (self.column_left(i) + (self.width - width) / 2.0, width)
    }

    /// The left edge of day `i`'s column.
    fn column_left(&self, i: usize) -> f64 {
        self.flip.left(LEFT + i as f64 * self.width, self.width)
    }

    /// The day names under the columns: "Thu" over "19 Nov"; for a month "Th" over "19"; for
    /// longer spans only each Monday's date.
    fn labels(&self, days: &[DayFigures]) -> Markup {
        html! {
            @for (i, day) in days.iter().enumerate() {
                @let x = self.column_left(i) + 0.5 * self.width;
                @let weekday = times::weekday_short(day.date.weekday());
                @let (first, second) = match self.days {
                    0..=14 => (weekday, short_date(day.date)),
                    15..=31 => (weekday.chars().take(2).collect(), day.date.day().to_string()),
                    _ if day.date.weekday() == Weekday::Mon => (String::new(), short_date(day.date)),
                    _ => (String::new(), String::new()),
                };
                @if !first.is_empty() {
                    text.axis x=(px(x)) y=(px(TOP + PLOT_H + 15.0)) text-anchor="middle" { (first) }
                }
                @if !second.is_empty() {
                    text.axis x=(px(x)) y=(px(TOP + PLOT_H + 30.0)) text-anchor="middle" { (second) }
                }
            }
        }
    }
}

/// "1 glass", "8 glasses".
pub(super) fn glasses(n: u64) -> String {
    fl!("glasses", count = n)
}

/// "Thu 19 Nov": a day's row in the tables.
pub(super) fn day_label(date: NaiveDate) -> String {
    format!("{} {}", times::weekday_short(date.weekday()), short_date(date))
}

/// "19 Nov".
fn short_date(date: NaiveDate) -> String {
    let month = match date.month() {
        1 => fl!("month-short-1"),
        2 => fl!("month-short-2"),
        3 => fl!("month-short-3"),
        4 => fl!("month-short-4"),
        5 => fl!("month-short-5"),
        6 => fl!("month-short-6"),
        7 => fl!("month-short-7"),
        8 => fl!("month-short-8"),
        9 => fl!("month-short-9"),
        10 => fl!("month-short-10"),
        11 => fl!("month-short-11"),
        _ => fl!("month-short-12"),
    };
    fl!("date-short", day = date.day(), month = month)
}

/// "2 snoozed": a segment's count, as its tooltip says it.
fn outcome_count(kind: &str, count: u64) -> String {
    match kind {
        "done" => fl!("count-done", count = count),
        "snoozed" => fl!("count-snoozed", count = count),
        "skipped" => fl!("count-skipped", count = count),
        "missed" => fl!("count-missed", count = count),
        _ => fl!("count-natural", count = count),
    }
}

/// Horizontal positions in a chart `width` wide, mirrored where the page reads right to left.
/// Text anchors need no change: `start` and `end` follow the text's direction, which the chart
/// takes from the page.
pub(super) struct Flip {
    width: f64,
    rtl: bool,
}

impl Flip {
    pub(super) fn new(width: f64) -> Flip {
        Flip {
            width,
            rtl: i18n::right_to_left(),
        }
    }

    /// A point.
    pub(super) fn x(&self, x: f64) -> f64 {
        if self.rtl { self.width - x } else { x }
    }

    /// The left edge of a box that lies from `x`, `w` wide, in the page's reading order.
    pub(super) fn left(&self, x: f64, w: f64) -> f64 {
        if self.rtl { self.width - x - w } else { x }
    }
}

/// An SVG length: at most one decimal, none when whole.
pub(super) fn px(x: f64) -> String {
    let tenths = (x * 10.0).round() / 10.0;
    if tenths.fract() == 0.0 {
        format!("{tenths:.0}")
    } else {
        format!("{tenths:.1}")
    }
}
