//! Sitting stretches measured from arrivals and absences; prompts that wait for a pause in
//! typing.

use super::*;
use deskbreak_core::events::Presence;
use deskbreak_core::model::Hold;

/// Every 30 minutes, all day, movement only (so that each prompt may carry sitting time).
const MOVE_30: &str = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                       days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n\
                       [categories.posture]\nenabled = false\n[categories.hydration]\nenabled = false\n";

/// A day whose watchers measure sitting and see pauses in typing.
fn sensing(config: &str, start: &str) -> Day {
    let mut day = Day::new(rules(config), at(start));
    day.feed(Input::Senses {
        sitting: true,
        pauses: true,
    })
    .unwrap();
    day
}

fn sitting_records(day: &Day) -> Vec<(EventKind, String, Option<String>, Option<Via>)> {
    day.events
        .iter()
        .filter(|e| matches!(e.outcome, EventKind::Away | EventKind::Arrived | EventKind::Stopped))
        .map(|e| {
            (
                e.outcome,
                local(e.time.to_utc()),
                e.since.map(|t| local(t.to_utc())),
                e.via,
            )
        })
        .collect()
}

#[test]
fn a_stretch_begins_on_arrival_and_ends_when_the_person_leaves_for_a_natural_break() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.now = at("2026-11-25 09:52");
    let status = day.s.status(day.now);
    assert_eq!(status.sitting.minutes, Some(52));
    assert_eq!(status.sitting.since.map(|t| local(t.to_utc())), Some("09:00".into()));

    // Idle for two minutes is not a break: still the same stretch.
    day.feed(Input::Presence(Presence::Idle {
        since: at("2026-11-25 09:50"),
    }))
    .unwrap();
    day.feed(Input::Presence(Presence::Active)).unwrap();
    assert_eq!(day.s.status(day.now).sitting.minutes, Some(52));

    // Away from 10:00 to 10:20: the stretch ended at 10:00; away meanwhile; a new one at 10:20.
    day.now = at("2026-11-25 10:01");
    day.feed(Input::Presence(Presence::Idle {
        since: at("2026-11-25 10:00"),
    }))
    .unwrap();
    assert_eq!(day.s.status(day.now).sitting.minutes, Some(52 + 9), "not yet a break");
    day.run_until(at("2026-11-25 10:10"));
    let away = day.s.status(day.now).sitting;
    assert_eq!((away.since, away.minutes), (None, Some(0)), "away: not sitting");
    day.now = at("2026-11-25 10:20");
    day.feed(Input::Presence(Presence::Active)).unwrap();
    day.now = at("2026-11-25 10:45");
    assert_eq!(day.s.status(day.now).sitting.minutes, Some(25));

    // A lock, then a suspend: away since the lock, whatever came after it, until unlocked.
    day.now = at("2026-11-25 12:00");
    day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
    day.now = at("2026-11-25 12:59");
    day.feed(Input::Woke {
        from: at("2026-11-25 12:02"),
    })
    .unwrap();
    day.now = at("2026-11-25 13:00");
    day.feed(Input::Presence(Presence::Active)).unwrap();
    // Asleep with nobody away before: away since the suspend.
    day.now = at("2026-11-25 16:00");
    day.feed(Input::Woke {
        from: at("2026-11-25 15:00"),
    })
    .unwrap();
    day.now = at("2026-11-25 17:00");
    day.feed(Input::Stopping).unwrap();
    assert_eq!(
        sitting_records(&day),
        [
            (EventKind::Arrived, "09:00".into(), None, None),
            (EventKind::Away, "10:20".into(), Some("10:00".into()), Some(Via::Idle)),
            (EventKind::Away, "13:00".into(), Some("12:00".into()), Some(Via::Lock)),
            (EventKind::Away, "16:00".into(), Some("15:00".into()), Some(Via::Sleep)),
            (EventKind::Stopped, "17:00".into(), None, None),
        ]
    );
    let status = day.s.status(day.now).sitting;
    assert_eq!((status.since, status.minutes), (None, None), "no longer measured");
}

#[test]
fn without_idle_detection_sitting_is_not_measured_and_nothing_is_logged() {
    let mut day = Day::new(rules(MOVE_30), at("2026-11-25 09:00"));
    day.now = at("2026-11-25 10:00");
    day.feed(Input::Presence(Presence::Locked {
        since: at("2026-11-25 09:40"),
    }))
    .unwrap();
    day.feed(Input::Presence(Presence::Active)).unwrap();
    let status = day.s.status(day.now).sitting;
    assert_eq!((status.since, status.minutes), (None, None));
    assert!(sitting_records(&day).is_empty(), "{:?}", day.events);
    day.feed(Input::Stopping).unwrap();
    assert!(sitting_records(&day).is_empty());
}

#[test]
fn stopping_while_away_ends_the_stretch_when_the_person_left() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.now = at("2026-11-25 09:20");
    day.feed(Input::Presence(Presence::Idle {
        since: at("2026-11-25 09:10"),
    }))
    .unwrap();
    day.feed(Input::Stopping).unwrap();
    assert_eq!(
        sitting_records(&day).last(),
        Some(&(EventKind::Stopped, "09:10".into(), None, None))
    );
}

#[test]
fn a_movement_prompt_after_a_long_stretch_says_how_long_it_has_been() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.feed(Input::Senses {
        sitting: true,
        pauses: false,
    })
    .unwrap();
    day.run_answering(at("2026-11-25 10:35"), Span::zero(), Answer::Skip);
    let sat: Vec<Option<Duration>> = day.shows.iter().map(|(_, s)| s.sat).collect();
    assert_eq!(sat.len(), 3, "09:30, 10:00 and 10:30? {:?}", day.show_times());
    // 30 min is not long, nor are 60 min longer than 60; at 10:30, 1 h 30 min are.
    assert_eq!(sat, [None, None, Some(Duration::from_secs(90 * 60))]);
    // The prompt itself keeps its own words (the notification says how long before them).
    let builtin = prompts::builtin();
    let own = builtin.iter().find(|p| p.id == day.shows[2].1.prompt.id).unwrap();
    assert_eq!(day.shows[2].1.prompt.text, own.text);
}

#[test]
fn a_prompt_due_while_typing_shows_at_the_first_pause() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.run_until(at("2026-11-25 09:30"));
    assert!(day.shows.is_empty(), "waits for a pause");
    assert_eq!(
        day.pause_watches,
        [(at("2026-11-25 09:30"), Some(Duration::from_secs(3)))]
    );
    assert_eq!(day.s.status(day.now).hold, Some(Hold::Typing));
    assert_eq!(day.s.next_wakeup(), Some(at("2026-11-25 09:32")), "at most two minutes");
    day.now += Span::seconds(40);
    day.feed(Input::TypingPaused).unwrap();
    assert_eq!(day.shows.len(), 1);
    assert_eq!(day.shows[0].1.waited, Some(Duration::from_secs(40)));
    assert_eq!(
        day.pause_watches.last(),
        Some(&(day.now, None)),
        "the watch is called off"
    );
    assert_eq!(day.s.status(day.now).hold, None);
    // A late pause report changes nothing.
    day.feed(Input::TypingPaused).unwrap();
    assert_eq!(day.shows.len(), 1);
}

#[test]
fn a_prompt_waits_for_a_pause_no_longer_than_wait_for_pause() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.run_until(at("2026-11-25 09:35"));
    assert_eq!(day.show_times(), ["09:32"]);
    assert_eq!(day.shows[0].1.waited, Some(Duration::from_secs(120)));
    assert_eq!(
        day.pause_watches,
        [
            (at("2026-11-25 09:30"), Some(Duration::from_secs(3))),
            (at("2026-11-25 09:32"), None)
        ]
    );
    // A snoozed prompt coming back waits for a pause too.
    day.feed(Input::Answer {
        answer: Answer::Snooze(Some(Length::minutes(10))),
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    day.run_until(at("2026-11-25 09:45"));
    assert_eq!(day.shows.len(), 1, "snoozed until 09:45, then waiting");
    day.now = at("2026-11-25 09:45") + Span::seconds(5);
    day.feed(Input::TypingPaused).unwrap();
    assert_eq!(day.shows.len(), 2);
}

#[test]
fn waiting_is_off_with_zero_or_without_a_backend_that_sees_pauses() {
    let zero = format!("{MOVE_30}[breaks]\nwait_for_pause = \"0s\"\n");
    let mut day = sensing(&zero, "2026-11-25 09:00");
    day.run_until(at("2026-11-25 09:30"));
    assert_eq!(day.show_times(), ["09:30"]);
    assert!(day.pause_watches.is_empty());

    let mut day = Day::new(rules(MOVE_30), at("2026-11-25 09:00"));
    day.feed(Input::Senses {
        sitting: true,
        pauses: false,
    })
    .unwrap();
    day.run_until(at("2026-11-25 09:30"));
    assert_eq!(day.show_times(), ["09:30"]);
}

#[test]
fn asking_for_a_break_shows_at_once_while_typing() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.run_until(at("2026-11-25 09:30"));
    day.now += Span::seconds(10);
    day.feed(Input::Now).unwrap();
    assert_eq!(day.shows.len(), 1);
    assert_eq!(day.shows[0].1.waited, None);
    assert_eq!(day.pause_watches.last(), Some(&(day.now, None)));
    assert_eq!(day.s.status(day.now).hold, None);
}

#[test]
fn do_not_disturb_or_a_pause_during_the_wait_calls_it_off() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.run_until(at("2026-11-25 09:30"));
    day.now += Span::seconds(10);
    day.feed(Input::Quiet(Some(Quiet::DoNotDisturb))).unwrap();
    assert_eq!(day.pause_watches.last(), Some(&(day.now, None)));
    assert_eq!(day.s.status(day.now).hold, Some(Hold::Quiet));
    day.now += Span::seconds(10);
    day.feed(Input::Quiet(None)).unwrap();
    day.feed(Input::Tick).unwrap();
    assert!(day.shows.is_empty(), "quiet over: waiting for a pause again");
    assert_eq!(day.pause_watches.last(), Some(&(day.now, Some(Duration::from_secs(3)))));
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(60),
        },
        Via::Cli,
    ))
    .unwrap();
    assert_eq!(day.pause_watches.last(), Some(&(day.now, None)));
    assert_eq!(day.s.status(day.now).hold, None);
}

#[test]
fn an_away_during_the_wait_ends_it_as_a_natural_break() {
    let mut day = sensing(MOVE_30, "2026-11-25 09:00");
    day.run_until(at("2026-11-25 09:30"));
    // The person locks the screen mid-sentence and goes: the wait ends; the lock holds.
    day.now = at("2026-11-25 09:31");
    day.feed(Input::Presence(Presence::Locked { since: day.now })).unwrap();
    assert_eq!(day.s.status(day.now).hold, Some(Hold::Locked));
    day.run_until(at("2026-11-25 09:40"));
    assert!(day.shows.is_empty(), "{:?}", day.show_times());
    assert_eq!(day.pause_watches.last(), Some(&(at("2026-11-25 09:31"), None)));
    day.feed(Input::Presence(Presence::Active)).unwrap();
    // Back at 09:40: a full interval from now, and the break is logged.
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())),
        Some("10:10".into())
    );
    assert_eq!(
        sitting_records(&day).last(),
        Some(&(EventKind::Away, "09:40".into(), Some("09:31".into()), Some(Via::Lock)))
    );
}
