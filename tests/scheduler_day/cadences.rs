//! Categories with a cadence of their own sharing one queue; relief episodes; water.

use super::*;

fn show_log(day: &Day) -> Vec<(String, Category)> {
    day.shows.iter().map(|(t, s)| (local(*t), s.prompt.category)).collect()
}

const CADENCES: &str = "[categories.posture]\nevery = \"30m\"\n[categories.hydration]\nevery = \"45m\"\n";

#[test]
fn own_cadences_share_one_queue_over_a_full_day() {
    // Posture every 30 min, hydration every 45 min, movement alone on the 30-60 min rotation;
    // every prompt answered two minutes after it appears.
    let mut day = Day::new(rules(CADENCES), at("2026-11-25 08:00"));
    day.run_answering(at("2026-11-25 23:59"), Span::minutes(2), Answer::Done);
    let log = show_log(&day);
    let of = |c: Category| {
        log.iter()
            .filter(|(_, cat)| *cat == c)
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
    };
    // The first prompt of each cadence comes one interval after opening; posture (30 min)
    // first, then hydration (45 min) held back five minutes after posture ended at 09:32.
    assert_eq!(
        &log[..2],
        [
            ("09:30".to_string(), Category::Posture),
            ("09:45".to_string(), Category::Hydration)
        ]
    );
    assert!(
        of(Category::Posture).len() >= 10,
        "posture: {:?}",
        of(Category::Posture)
    );
    assert!(
        of(Category::Hydration).len() >= 7,
        "hydration: {:?}",
        of(Category::Hydration)
    );
    assert!(
        of(Category::Movement).len() >= 4,
        "movement: {:?}",
        of(Category::Movement)
    );
    // Never two at once, and five minutes between the end of one and a prompt of another cadence.
    let shows: Vec<(DateTime<Utc>, Category)> = day.shows.iter().map(|(t, s)| (*t, s.prompt.category)).collect();
    for pair in shows.windows(2) {
        let ended = pair[0].0 + Span::minutes(2);
        assert!(pair[1].0 >= ended, "overlap at {}", local(pair[1].0));
        if pair[0].1 != pair[1].1 {
            assert!(pair[1].0 >= ended + Span::minutes(5), "gap before {}", local(pair[1].0));
        }
    }
    for (t, _) in &day.shows {
        assert!(
            *t >= at("2026-11-25 09:00") && *t < at("2026-11-25 17:30"),
            "{}",
            local(*t)
        );
    }
    assert_eq!(day.records.len(), day.shows.len(), "every prompt was answered once");
    assert_eq!(
        day.s.status(day.now).today.water,
        u32::try_from(of(Category::Hydration).len()).unwrap()
    );
}

#[test]
fn own_cadence_times_are_exact() {
    let fixed = "[schedule]\nmin_interval = \"40m\"\nmax_interval = \"40m\"\nhours = [\"09:00-12:00\"]\n\
                 [categories.posture]\nevery = \"30m\"\n[categories.hydration]\nevery = \"45m\"\n";
    let mut day = Day::new(rules(fixed), at("2026-11-25 08:00"));
    day.run_answering(at("2026-11-25 12:00"), Span::minutes(1), Answer::Done);
    let log = show_log(&day);
    let got: Vec<(&str, Category)> = log.iter().map(|(t, c)| (t.as_str(), *c)).collect();
    use Category::{Hydration, Movement, Posture};
    assert_eq!(
        got,
        [
            ("09:30", Posture),   // 09:00 + 30 min; answered a minute later, as all of them
            ("09:40", Movement),  // 09:00 + 40; the gap after posture ended at 09:31 is over by 09:36
            ("09:46", Hydration), // due 09:45, held until 5 min after movement ended at 09:41
            ("10:01", Posture),   // 09:31 + 30
            ("10:21", Movement),  // 09:41 + 40
            ("10:32", Posture),   // posture and hydration both due at 10:32: the tie goes in order
            ("10:38", Hydration), // waited since 10:32, follows 5 min after posture ended at 10:33
            ("11:02", Movement),  // 10:22 + 40
            ("11:08", Posture),   // due 11:03, held until 11:03 + 5
            ("11:24", Hydration), // 10:39 + 45
            ("11:39", Posture),   // 11:09 + 30
            ("11:45", Movement),  // due 11:43, held until 11:40 + 5
        ]
    );
}

#[test]
fn two_prompts_due_together_go_longest_waiting_first_and_the_other_follows_after_the_gap() {
    let both_30 = "[schedule]\nmin_interval = \"30m\"\nmax_interval = \"30m\"\n\
                   [categories.hydration]\nevery = \"30m\"\n";
    let mut day = Day::new(rules(both_30), at("2026-11-25 09:00"));
    // Both streams are due at 09:30; nobody answers until 09:31.
    day.run_until(at("2026-11-25 09:30"));
    assert_eq!(show_log(&day), [("09:30".to_string(), Category::Posture)]);
    day.now = at("2026-11-25 09:31");
    day.feed(Input::Answer {
        answer: Answer::Done,
        via: Via::Cli,
        seq: None,
    })
    .unwrap();
    // Hydration waited since 09:30: it comes five minutes after the answer, not lost, not doubled.
    assert_eq!(day.s.next_wakeup().map(local).as_deref(), Some("09:36"));
    day.run_answering(at("2026-11-25 10:10"), Span::zero(), Answer::Done);
    assert_eq!(
        show_log(&day),
        [
            ("09:30".to_string(), Category::Posture),
            ("09:36".to_string(), Category::Hydration),
            ("10:01".to_string(), Category::Movement),
            ("10:06".to_string(), Category::Hydration),
        ]
    );
}

#[test]
fn a_disabled_category_never_appears() {
    let no_water = "[categories.hydration]\nenabled = false\n[categories.posture]\nevery = \"30m\"\n";
    let mut day = Day::configured(no_water, at("2026-11-25 08:00"));
    day.run_answering(at("2026-11-27 23:00"), Span::minutes(1), Answer::Done);
    assert!(day.shows.len() > 20);
    assert!(day.shows.iter().all(|(_, s)| s.prompt.category != Category::Hydration));
    assert!(day.shows.iter().any(|(_, s)| s.prompt.category == Category::Movement));
}

#[test]
fn without_cadences_the_rotation_is_the_foundation_one() {
    let mut day = Day::new(rules(FIXED_45), at("2026-11-25 09:00"));
    day.run_answering(at("2026-11-25 12:00"), Span::zero(), Answer::Done);
    let categories: Vec<Category> = day.shows.iter().map(|(_, s)| s.prompt.category).collect();
    assert_eq!(
        categories,
        [
            Category::Posture,
            Category::Movement,
            Category::Hydration,
            Category::Posture
        ]
    );
}

#[test]
fn relief_episodes_recurring_bring_the_advice_on_the_fourth() {
    let mut day = Day::new(rules(DEFAULT), at("2026-11-20 09:00"));
    for (i, when) in [
        "2026-11-20 09:00",
        "2026-11-22 10:00",
        "2026-11-24 11:00",
        "2026-11-25 12:00",
    ]
    .iter()
    .enumerate()
    {
        day.now = at(when);
        day.feed(Input::Relief(Via::Cli)).unwrap();
        assert_eq!(
            day.reliefs[i],
            ReliefShown {
                recent: u32::try_from(i + 1).unwrap(),
                advise: i == 3,
                within: WEEK,
            },
            "episode {}",
            i + 1
        );
    }
    assert!(
        day.events
            .iter()
            .all(|e| e.outcome == EventKind::Relief && e.via == Some(Via::Cli))
    );
    assert!(day.s.status(day.now).relief.advise);
    // A week after the first, only three remain in the window.
    day.now = at("2026-11-27 10:00");
    day.feed(Input::Relief(Via::Tray)).unwrap();
    assert_eq!(
        day.reliefs[4],
        ReliefShown {
            recent: 4,
            advise: true,
            within: WEEK,
        }
    );
    day.now = at("2026-12-05 10:00");
    assert_eq!(day.s.status(day.now).relief.recent, 0);
}

#[test]
fn water_counts_hydration_done_and_drinks() {
    let mut day = Day::new(rules(CADENCES), at("2026-11-25 09:00"));
    day.feed(Input::Drink {
        glasses: 2,
        via: Via::Cli,
    })
    .unwrap();
    assert_eq!(day.events[0].glasses, Some(2));
    day.run_answering(at("2026-11-25 09:50"), Span::zero(), Answer::Done);
    assert_eq!(show_log(&day).last().map(|(_, c)| *c), Some(Category::Hydration));
    let status = day.s.status(day.now);
    assert_eq!((status.today.water, status.water_target), (3, 8));
}
