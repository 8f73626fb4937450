//! Whole days: fixed and random intervals, weekends, snoozes, timeouts, pauses, DST, the
//! rotation across a restart, answers and the status.

use super::*;

#[test]
fn a_fixed_interval_day_has_exact_prompt_times() {
    // Wednesday; answered at once, so each prompt comes 45 minutes after the last.
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 07:00"));
    day.run_answering(at("2026-11-25 23:59"), Span::zero(), Answer::Done);
    assert_eq!(
        day.show_times(),
        [
            "09:45", "10:30", "11:15", "12:00", "12:45", "13:30", "14:15", "15:00", "15:45", "16:30", "17:15"
        ]
    );
    assert_eq!(day.records.len(), 11);
    assert!(
        day.records
            .iter()
            .all(|r| r.outcome == Outcome::Done && r.via == Via::Cli)
    );
}

#[test]
fn a_default_day_stays_in_hours_with_30_to_60_minute_gaps() {
    let mut day = Day::new(rules(DEFAULT), at("2026-11-25 07:00"));
    day.run_answering(at("2026-11-25 23:59"), Span::minutes(1), Answer::Done);
    let times: Vec<DateTime<Utc>> = day.shows.iter().map(|(t, _)| *t).collect();
    assert!((8..=16).contains(&times.len()), "{} prompts", times.len());
    assert!(times[0] >= at("2026-11-25 09:30") && times[0] <= at("2026-11-25 10:00"));
    for t in &times {
        assert!(
            *t >= at("2026-11-25 09:00") && *t < at("2026-11-25 17:30"),
            "{}",
            local(*t)
        );
    }
    for pair in times.windows(2) {
        // Answered after one minute; the interval counts from the answer.
        let gap = pair[1] - pair[0] - Span::minutes(1);
        assert!(gap >= Span::minutes(30) && gap <= Span::minutes(60), "gap {gap}");
    }
    // Intervals are random: not all the same.
    let gaps: std::collections::HashSet<_> = times.windows(2).map(|p| p[1] - p[0]).collect();
    assert!(gaps.len() > 1);
}

#[test]
fn no_prompt_on_the_weekend() {
    // Saturday 2026-11-28 to Monday 08:00.
    let mut day = Day::new(rules(DEFAULT), at("2026-11-28 08:00"));
    day.run_answering(at("2026-11-30 08:00"), Span::minutes(1), Answer::Done);
    assert!(day.shows.is_empty());
    assert_eq!(day.s.status(day.now).state, State::Inactive);
    day.run_answering(at("2026-11-30 10:01"), Span::minutes(1), Answer::Done);
    assert_eq!(day.shows.len(), 1);
}

#[test]
fn a_snooze_chain_shows_the_same_prompt_again_each_time() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let first = day.shows[0].1.prompt.id.clone();
    for minutes in [10, 5] {
        day.feed(Input::Answer {
            answer: Answer::Snooze(Some(Length::minutes(minutes))),
            via: Via::Tray,
            seq: None,
        })
        .unwrap();
        assert_eq!(day.s.status(day.now).state, State::Snoozed);
        day.run_until(day.now + Span::minutes(minutes as i64));
    }
    day.now += Span::minutes(1);
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    assert_eq!(day.show_times(), ["09:45", "09:55", "10:00"]);
    assert!(day.shows.iter().all(|(_, s)| s.prompt.id == first));
    let outcomes: Vec<_> = day
        .records
        .iter()
        .map(|r| (r.outcome, r.snooze_s, local(r.time.to_utc())))
        .collect();
    assert_eq!(
        outcomes,
        [
            (Outcome::Snoozed, Some(600), "09:45".to_string()),
            (Outcome::Snoozed, Some(300), "09:55".to_string()),
            (Outcome::Done, None, "10:01".to_string()),
        ]
    );
    // The record says when the prompt was last shown, so the answer time is measurable.
    assert_eq!(local(day.records[2].shown.to_utc()), "10:00");
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:46")
    );
}

#[test]
fn an_unanswered_prompt_is_missed_and_closed_after_the_timeout() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:49"));
    assert_eq!(day.s.status(day.now).state, State::Pending);
    day.run_until(at("2026-11-25 09:51"));
    assert_eq!(day.records.len(), 1);
    let r = &day.records[0];
    assert_eq!(
        (r.outcome, r.via, local(r.time.to_utc())),
        (Outcome::Missed, Via::Timeout, "09:50".to_string())
    );
    assert_eq!(day.closes.iter().map(|t| local(*t)).collect::<Vec<_>>(), ["09:50"]);
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:35")
    );
    assert_eq!(
        day.s.status(day.now).today,
        DayCounts {
            missed: 1,
            ..DayCounts::default()
        }
    );
}

#[test]
fn pause_until_a_time_runs_across_midnight() {
    let all_day = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let mut day = Day::new(rules(all_day), at("2026-11-25 23:00"));
    day.feed(Input::Pause(
        PauseSpec::Until {
            time: chrono::NaiveTime::from_hms_opt(1, 0, 0).unwrap(),
        },
        Via::Cli,
    ))
    .unwrap();
    let status = day.s.status(day.now);
    assert_eq!(status.state, State::Paused);
    assert_eq!(status.paused_until.unwrap().to_rfc3339(), "2026-11-26T01:00:00+01:00");
    day.run_answering(at("2026-11-26 01:00"), Span::zero(), Answer::Done);
    assert!(day.shows.is_empty(), "no prompt while paused");
    assert_eq!(day.s.status(day.now).state, State::Waiting);
    day.run_answering(at("2026-11-26 01:30"), Span::zero(), Answer::Done);
    assert_eq!(day.show_times(), ["01:30"]);
}

#[test]
fn pausing_a_pending_prompt_skips_it_and_resume_restarts_the_count() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(60),
        },
        Via::Tray,
    ))
    .unwrap();
    assert_eq!(day.records[0].outcome, Outcome::Skipped);
    assert_eq!(day.closes.len(), 1);
    day.now = at("2026-11-25 10:00");
    day.feed(Input::Resume).unwrap();
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:45")
    );
    assert_eq!(day.feed(Input::Resume), Err(Refusal::NotPaused));
}

#[test]
fn pause_until_tomorrow_ends_at_midnight() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 15:00"));
    day.feed(Input::Pause(PauseSpec::Tomorrow, Via::Cli)).unwrap();
    assert_eq!(
        day.s.status(day.now).paused_until.unwrap().to_rfc3339(),
        "2026-11-26T00:00:00+01:00"
    );
    day.run_answering(at("2026-11-26 23:00"), Span::zero(), Answer::Done);
    assert_eq!(day.show_times().first().map(String::as_str), Some("09:45"));
    assert!(day.shows.iter().all(|(t, _)| *t > at("2026-11-26 00:00")));
}

#[test]
fn a_spring_forward_day_keeps_real_intervals_and_skips_the_missing_hour() {
    // 2026-03-29: Berlin clocks jump from 02:00 to 03:00.
    let all_day = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   days = [\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let mut day = Day::new(rules(all_day), at("2026-03-29 00:00"));
    day.run_answering(at("2026-03-29 05:00"), Span::zero(), Answer::Done);
    assert_eq!(
        day.show_times(),
        ["00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30", "05:00"]
    );
    for pair in day.shows.windows(2) {
        assert_eq!(pair[1].0 - pair[0].0, Span::minutes(30));
    }
}

#[test]
fn a_fall_back_day_fires_through_the_repeated_hour_in_real_time() {
    // 2026-10-25: Berlin clocks go back from 03:00 to 02:00; 02:xx happens twice.
    let all_day = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   days = [\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let mut day = Day::new(rules(all_day), at("2026-10-25 01:00"));
    day.run_answering(at("2026-10-25 04:00"), Span::zero(), Answer::Done);
    assert_eq!(
        day.show_times(),
        ["01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30", "04:00"]
    );
}

#[test]
fn categories_rotate_and_no_prompt_repeats_across_a_restart() {
    let catalogue = prompts::builtin();
    let per_category = |c| catalogue.iter().filter(|p| p.category == c).count();
    let all_day = "[schedule]\nmin_interval = \"1m\"\nmax_interval = \"1m\"\n\
                   days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]\nhours = [\"00:00-24:00\"]\n";
    let rounds = Category::ALL.iter().map(|&c| per_category(c)).max().unwrap();
    let mut shown = Vec::new();
    let mut day = Day::new(rules(all_day), at("2026-11-25 00:00"));
    let mut rotation = RotationState::default();
    // Restart after every few prompts, carrying over only the saved rotation.
    for chunk in 0..rounds * 3 / 4 + 1 {
        let end = day.now + Span::minutes(4);
        day.run_answering(end, Span::zero(), Answer::Done);
        shown.extend(day.shows.drain(..).map(|(_, s)| s.prompt));
        rotation = day.s.rotation().clone();
        day = Day::resume(rules(all_day), end + Span::seconds(chunk as i64), rotation.clone());
    }
    let _ = rotation;
    let categories: Vec<Category> = shown.iter().map(|p| p.category).collect();
    for (i, c) in categories.iter().enumerate() {
        assert_eq!(*c, Category::ALL[i % 3], "position {i}");
    }
    for c in Category::ALL {
        let ids: Vec<&str> = shown
            .iter()
            .filter(|p| p.category == c)
            .map(|p| p.id.as_str())
            .collect();
        let n = per_category(c);
        for round in ids.chunks(n) {
            let distinct: std::collections::HashSet<_> = round.iter().collect();
            assert_eq!(
                distinct.len(),
                round.len(),
                "{c}: a prompt repeated within a round: {round:?}"
            );
        }
    }
}

#[test]
fn answers_with_nothing_pending_are_refused_and_snooze_postpones() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    assert_eq!(
        day.feed(Input::Answer {
            answer: Answer::Done,
            via: Via::Cli,
            seq: None
        }),
        Err(Refusal::NothingPending)
    );
    assert_eq!(
        day.feed(Input::Answer {
            answer: Answer::Skip,
            via: Via::Cli,
            seq: None
        }),
        Err(Refusal::NothingPending)
    );
    day.feed(Input::Answer {
        answer: Answer::Snooze(Some(Length::minutes(60))),
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    assert_eq!(
        day.s.status(day.now).next_due.map(|t| local(t.to_utc())).as_deref(),
        Some("10:00")
    );
    assert!(day.records.is_empty());
}

#[test]
fn a_click_on_an_old_notification_is_ignored() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let seq = day.shows[0].1.seq;
    assert_eq!(
        day.feed(Input::Answer {
            answer: Answer::Done,
            via: Via::Notification,
            seq: Some(seq + 1)
        }),
        Err(Refusal::Stale)
    );
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Notification,
        seq: Some(seq),
    })
    .unwrap();
    assert_eq!(day.records[0].via, Via::Notification);
}

#[test]
fn a_dismissed_prompt_is_snoozed_from_the_notification_and_comes_back() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_until(at("2026-11-25 09:45"));
    let shown = day.shows[0].1.clone();
    assert_eq!(day.feed(Input::Dismissed { seq: shown.seq + 1 }), Err(Refusal::Stale));
    day.feed(Input::Dismissed { seq: shown.seq }).unwrap();
    let r = &day.records[0];
    assert_eq!(
        (r.outcome, r.via, r.snooze_s, r.prompt.as_str()),
        (Outcome::Snoozed, Via::Notification, Some(600), shown.prompt.id.as_str())
    );
    assert_eq!(day.s.status(day.now).state, State::Snoozed);
    // A second close of the same notification (it is gone) changes nothing.
    assert_eq!(day.feed(Input::Dismissed { seq: shown.seq }), Err(Refusal::Stale));
    day.run_until(at("2026-11-25 09:55"));
    assert_eq!(day.show_times(), ["09:45", "09:55"], "back after the snooze time");
    assert_eq!(day.shows[1].1.prompt, shown.prompt);
}

#[test]
fn take_a_break_now_shows_the_next_prompt_at_once_even_when_paused() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:05"));
    day.feed(Input::Pause(
        PauseSpec::For {
            seconds: Length::minutes(120),
        },
        Via::Cli,
    ))
    .unwrap();
    day.feed(Input::Now).unwrap();
    assert_eq!(day.show_times(), ["09:05"]);
    let status = day.s.status(day.now);
    assert_eq!(
        (status.state, status.pending.unwrap().category),
        (State::Pending, Category::Posture)
    );
}

#[test]
fn waking_outside_hours_after_a_due_time_does_not_fire() {
    let day = Day::new(rules(FIXED_45), at("2026-11-25 17:00"));
    let due = day.s.next_wakeup().unwrap();
    assert_eq!(local(due), "09:45", "17:00 + 45 min is past closing: tomorrow");
    // The machine slept from 16:00 to 22:00 with a due time of 16:45 in between.
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 16:00"));
    day.now = at("2026-11-25 22:00");
    day.feed(Input::Tick).unwrap();
    assert!(day.shows.is_empty());
    assert_eq!(
        day.s.status(day.now).next_due.unwrap().to_rfc3339(),
        "2026-11-26T09:45:00+01:00"
    );
}

#[test]
fn status_reports_each_state() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    let s = day.s.status(day.now);
    assert_eq!((s.state, s.next_category), (State::Waiting, Some(Category::Posture)));
    assert_eq!(s.next_due.unwrap().to_rfc3339(), "2026-11-25T09:45:00+01:00");
    day.run_until(at("2026-11-25 09:45"));
    let s = day.s.status(day.now);
    assert_eq!((s.state, s.next_due), (State::Pending, None));
    assert_eq!(
        s.pending.as_ref().unwrap().expires.unwrap().to_rfc3339(),
        "2026-11-25T09:50:00+01:00"
    );
    day.feed(Input::Answer {
        answer: Answer::Snooze(None),
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    let s = day.s.status(day.now);
    assert_eq!(s.state, State::Snoozed);
    assert_eq!(
        s.pending.unwrap().snoozed_until.unwrap().to_rfc3339(),
        "2026-11-25T09:55:00+01:00"
    );
    assert_eq!(s.today.snoozed, 1);
    // The next day starts with zero counts.
    assert_eq!(day.s.status(at("2026-11-26 08:00")).today, DayCounts::default());
}
