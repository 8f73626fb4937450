//! The days the invariants (`tests/invariants.rs`) found broken, each as the case that would
//! have caught it first.

use super::*;
use deskbreak_core::events::Presence;
use deskbreak_core::model::Hold;

const EVERY_DAY: &str = "days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\n";

fn every_day(schedule: &str) -> Rules {
    rules(&format!("[schedule]\n{EVERY_DAY}{schedule}"))
}

fn snooze(span: Option<Length>, seq: Option<u64>) -> Input {
    Input::Answer {
        answer: Answer::Snooze(span),
        via: if seq.is_some() { Via::Notification } else { Via::Cli },
        seq,
    }
}

fn rfc3339(t: Option<DateTime<chrono::FixedOffset>>) -> Option<String> {
    t.map(|t| t.to_rfc3339())
}

/// Hours that end a minute after they start; a prompt at 08:00 snoozed for a minute at
/// 08:00:14. The daemon once spun at full CPU from 08:01:14 (with an idle source that sees
/// pauses in typing) or showed the prompt after hours (without one).
#[test]
fn a_snooze_past_the_end_of_the_hours_waits_for_the_next_active_period() {
    for pauses in [true, false] {
        let mut day = Day::new(every_day("hours = [\"08:00-08:01\"]\n"), at("2026-11-25 07:59"));
        day.feed(Input::Senses { sitting: true, pauses }).unwrap();
        day.now = at("2026-11-25 08:00");
        day.feed(Input::Now).unwrap();
        day.now += Span::seconds(14);
        day.feed(snooze(Some(Length::minutes(1)), None)).unwrap();
        let back = day.s.status(day.now).pending.and_then(|p| p.snoozed_until);
        assert_eq!(rfc3339(back).as_deref(), Some("2026-11-26T08:00:00+01:00"), "{pauses}");

        // At the snooze's first end, and through the evening and night: nothing to do.
        for t in ["2026-11-25 08:01", "2026-11-25 17:00", "2026-11-26 07:59"] {
            day.now = at(t) + Span::seconds(14);
            day.feed(Input::Tick).unwrap();
            assert!(day.s.next_wakeup().is_none_or(|w| w > day.now), "{t}, {pauses}");
        }
        assert_eq!(day.shows.len(), 1, "nothing shown after hours ({pauses})");
        assert!(
            day.pause_watches.is_empty(),
            "no wait for a pause after hours ({pauses})"
        );

        // Back when the hours start: at once, or at the first pause in typing.
        day.run_until(at("2026-11-26 08:00"));
        if pauses {
            day.now += Span::seconds(2);
            day.feed(Input::TypingPaused).unwrap();
        }
        assert_eq!(day.show_times(), ["08:00", "08:00"], "{pauses}");
        assert_eq!(day.shows[0].1.prompt, day.shows[1].1.prompt);
    }
}

/// A pause that ends after the hours: prompts count afresh from the next active period.
#[test]
fn a_pause_past_the_end_of_the_hours_counts_from_the_next_active_period() {
    let mut day = Day::new(
        every_day("min_interval = \"30m\"\nmax_interval = \"30m\"\nhours = [\"09:00-17:00\"]\n"),
        at("2026-11-25 16:00"),
    );
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(120),
        },
        Via::Cli,
    ))
    .unwrap();
    day.run_until(at("2026-11-26 09:29"));
    assert!(day.shows.is_empty());
    day.run_until(at("2026-11-26 09:30"));
    assert_eq!(day.show_times(), ["09:30"]);
}

/// logind and the loop's clock check both report one suspend: once counted two `away`
/// records.
#[test]
fn a_suspend_reported_twice_is_one_absence() {
    for logind_first in [true, false] {
        let mut day = Day::new(rules(DEFAULT), at("2026-11-25 09:00"));
        day.feed(Input::Senses {
            sitting: true,
            pauses: false,
        })
        .unwrap();
        day.now = at("2026-11-25 11:00");
        let by_logind = Input::Woke {
            from: at("2026-11-25 10:00") + Span::milliseconds(300),
        };
        let by_clock = Input::Woke {
            from: at("2026-11-25 10:00"),
        };
        let reports = if logind_first {
            [by_logind, by_clock]
        } else {
            [by_clock, by_logind]
        };
        for report in reports {
            day.feed(report).unwrap();
        }
        let away: Vec<_> = day.events.iter().filter(|e| e.outcome == EventKind::Away).collect();
        assert_eq!(away.len(), 1, "logind first: {logind_first}");
        // A later suspend counts again.
        day.now = at("2026-11-25 14:00");
        day.feed(Input::Woke {
            from: at("2026-11-25 13:00"),
        })
        .unwrap();
        assert_eq!(day.events.iter().filter(|e| e.outcome == EventKind::Away).count(), 2);
    }
}

/// Waking from a suspend once cleared an absence by lock while the screen was still locked.
#[test]
fn waking_with_the_screen_locked_is_away_until_it_is_unlocked() {
    let mut day = Day::new(rules(DEFAULT), at("2026-11-25 09:00"));
    day.feed(Input::Senses {
        sitting: true,
        pauses: false,
    })
    .unwrap();
    day.now = at("2026-11-25 09:55");
    day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
    day.now = at("2026-11-25 11:00");
    day.feed(Input::Woke {
        from: at("2026-11-25 10:00"),
    })
    .unwrap();
    assert!(day.events.iter().all(|e| e.outcome != EventKind::Away), "still locked");
    assert_eq!(day.s.status(day.now).hold, Some(Hold::Locked));
    day.now = at("2026-11-25 11:05");
    day.feed(Input::Presence(Presence::Active)).unwrap();
    // The clock check's report of the same suspend comes after the unlock.
    day.feed(Input::Woke {
        from: at("2026-11-25 10:00"),
    })
    .unwrap();
    let away: Vec<_> = day
        .events
        .iter()
        .filter(|e| e.outcome == EventKind::Away)
        .map(|e| (local(e.time.to_utc()), e.since.map(|t| local(t.to_utc())), e.via))
        .collect();
    assert_eq!(away, [("11:05".into(), Some("09:55".into()), Some(Via::Lock))]);
}

/// A click on an old notification, with nothing pending, once snoozed every stream.
#[test]
fn a_stale_snooze_or_dismiss_is_refused_in_every_phase() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let seq = day.shows[0].1.seq;
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    let next = day.s.next_wakeup();
    day.now = at("2026-11-25 10:00");
    assert_eq!(day.feed(snooze(None, Some(seq))), Err(Refusal::Stale));
    assert_eq!(day.feed(Input::Dismissed { seq }), Err(Refusal::Stale));
    assert_eq!(day.s.next_wakeup(), next, "nothing moved");
    // Snoozed, and paused: the same.
    day.run_until(at("2026-11-25 10:30"));
    day.feed(snooze(None, None)).unwrap();
    assert_eq!(day.feed(Input::Dismissed { seq }), Err(Refusal::Stale));
    day.feed(Input::Pause(PauseSpec::Tomorrow, Via::Cli)).unwrap();
    assert_eq!(day.feed(snooze(None, Some(seq + 1))), Err(Refusal::Stale));
    assert_eq!(day.s.status(day.now).state, State::Paused);
}

/// A clock set back once stretched snoozes, pauses and typing waits by the jump.
#[test]
fn a_clock_set_back_keeps_the_time_a_snooze_or_a_pause_had_left() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 10:00"));
    day.run_until(at("2026-11-25 10:45"));
    day.feed(snooze(Some(Length::minutes(10)), None)).unwrap();
    day.now = at("2026-11-25 10:50");
    // Set back half an hour: 5 minutes were left, 5 minutes are left.
    day.now -= Span::minutes(30);
    day.feed(Input::ClockChanged { by: -Span::minutes(30) }).unwrap();
    let back = day.s.status(day.now).pending.and_then(|p| p.snoozed_until);
    assert_eq!(rfc3339(back).as_deref(), Some("2026-11-25T10:25:00+01:00"));

    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 10:00"));
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(60),
        },
        Via::Cli,
    ))
    .unwrap();
    day.now = at("2026-11-25 10:20");
    day.feed(Input::ClockChanged { by: -Span::minutes(30) }).unwrap();
    let until = day.s.status(day.now).paused_until;
    assert_eq!(
        rfc3339(until).as_deref(),
        Some("2026-11-25T10:30:00+01:00"),
        "40 minutes left"
    );
    // A pause until a time of day stays at that time.
    day.feed(Input::Pause(
        PauseSpec::Until {
            time: chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
        },
        Via::Cli,
    ))
    .unwrap();
    day.feed(Input::ClockChanged { by: -Span::minutes(30) }).unwrap();
    let until = day.s.status(day.now).paused_until;
    assert_eq!(rfc3339(until).as_deref(), Some("2026-11-25T14:00:00+01:00"));
}

/// Every change of offset (daylight saving time twice a year) once restarted all countdowns.
#[test]
fn a_change_of_zone_alone_restarts_no_countdown() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 10:00"));
    assert_eq!(day.s.next_wakeup(), Some(at("2026-11-25 10:45")));
    day.now = at("2026-11-25 10:30");
    day.feed(Input::ClockChanged { by: Span::zero() }).unwrap();
    assert_eq!(day.s.next_wakeup(), Some(at("2026-11-25 10:45")));
}

/// A rotation whose categories have no prompts (no built-ins, one custom movement prompt on
/// a cadence of its own). Its stream came due with the movement one, waited for a pause in
/// typing, showed nothing, and left the movement prompt due at once: a zero nap (found by
/// `tests/accepted_configs.rs`). Only streams with something to show are counted.
#[test]
fn a_stream_with_nothing_to_show_is_never_due() {
    let toml = format!(
        "[schedule]\n{EVERY_DAY}min_interval = \"45m\"\nmax_interval = \"45m\"\nhours = [\"09:00-17:00\"]\n\
         [prompts]\norder = [\"posture\", \"hydration\"]\nbuiltin = false\n\
         [[prompts.custom]]\ncategory = \"movement\"\ntitle = \"Walk\"\ntext = \"Walk to the window.\"\n\
         [categories.movement]\nevery = \"45m..45m\"\n"
    );
    let mut day = Day::configured(&toml, at("2026-11-25 09:00"));
    day.feed(Input::Senses {
        sitting: true,
        pauses: true,
    })
    .unwrap();
    assert_eq!(day.s.status(day.now).next_category, Some(Category::Movement));
    // Every tick checks that the scheduler is not due again at once.
    day.run_until(at("2026-11-25 12:00"));
    // Each waits two minutes for a pause in typing that never comes and is missed five
    // minutes later; the next counts 45 minutes from then.
    assert_eq!(day.show_times(), ["09:47", "10:39", "11:31"]);
    assert!(
        day.shows
            .iter()
            .all(|(_, shown)| shown.prompt.id == "movement.custom-walk")
    );
}
