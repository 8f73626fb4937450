//! Writes a long, realistic acknowledgement log: shared by `benches/stats.rs` and
//! `examples/gen_log.rs` (run through `scripts/gen-log`).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, SecondsFormat, TimeDelta};
use deskbreak_core::model::{ACK_RECORD_VERSION, AckRecord, Category, Outcome, Via};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Records a day: 16 (13 prompts, drinks or relief episodes, and 3 sitting records), so
/// 1,000,000 records are about 170 years of working days.
const PER_DAY: usize = 16;

/// The day the generated log ends on (its last record is on it).
pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Writes `records` records to `path`, one day after another up to `last_day()`, in the
/// documented format; the same seed gives the same file.
pub fn write(path: &Path, records: usize) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let mut rng = fastrand::Rng::with_seed(7);
    let days = records.div_ceil(PER_DAY) as u64;
    let first = last_day() - chrono::Days::new(days - 1);
    let offset = FixedOffset::east_opt(3600).unwrap();
    let categories = Category::ALL;
    for n in 0..records {
        let day = first + chrono::Days::new((n / PER_DAY) as u64);
        let slot = n % PER_DAY;
        // Every 30 minutes from 09:00, a few seconds into the half hour.
        let shown: DateTime<FixedOffset> = day.and_hms_opt(9, 0, 0).unwrap().and_local_timezone(offset).unwrap()
            + Duration::minutes(30 * slot as i64)
            + Duration::seconds(rng.i64(0..30));
        let time = shown + TimeDelta::seconds(rng.i64(2..120));
        let stamp = |t: DateTime<FixedOffset>| t.to_rfc3339_opts(SecondsFormat::Millis, false);
        // The sitting records of a day: arrived before the first prompt, back from lunch, and
        // stopped at the end of the day.
        match slot {
            0 => {
                writeln!(
                    out,
                    "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"arrived\"}}",
                    stamp(time - Duration::minutes(5))
                )?;
                continue;
            }
            8 => {
                writeln!(
                    out,
                    "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"away\",\"since\":\"{}\",\"via\":\"idle\"}}",
                    stamp(time),
                    stamp(time - Duration::minutes(25))
                )?;
                continue;
            }
            15 => {
                writeln!(out, "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"stopped\"}}", stamp(time))?;
                continue;
            }
            _ => {}
        }
        match rng.u8(0..100) {
            0..3 => writeln!(
                out,
                "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"drink\",\"glasses\":{},\"via\":\"cli\"}}",
                time.to_rfc3339_opts(SecondsFormat::Millis, false),
                rng.u8(1..3)
            )?,
            3..4 => writeln!(
                out,
                "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"relief\",\"via\":\"cli\"}}",
                time.to_rfc3339_opts(SecondsFormat::Millis, false)
            )?,
            roll => {
                let outcome = match roll {
                    4..70 => Outcome::Done,
                    70..80 => Outcome::Snoozed,
                    80..92 => Outcome::Skipped,
                    _ => Outcome::Missed,
                };
                let category = categories[slot % categories.len()];
                let record = AckRecord {
                    v: ACK_RECORD_VERSION,
                    time,
                    prompt: format!("{}.prompt-{}", category.as_str(), rng.u8(0..12)),
                    category,
                    outcome,
                    shown,
                    via: if outcome == Outcome::Missed {
                        Via::Timeout
                    } else {
                        Via::Notification
                    },
                    title: "A generated prompt title of ordinary length".into(),
                    snooze_s: (outcome == Outcome::Snoozed).then_some(600),
                };
                serde_json::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()
}
