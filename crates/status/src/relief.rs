//! The guide's immediate-relief steps for a leg that has gone numb, and its advice for numbness
//! that keeps coming back, in the person's language. The words follow the guide
//! ("Immediate Relief and Everyday Strategies", steps 1-4); nothing here is a diagnosis.

use std::time::Duration;

use deskbreak_i18n::fl;

/// The four steps, in order.
pub fn steps() -> [String; 4] {
    [
        fl!("relief-step-1"),
        fl!("relief-step-2"),
        fl!("relief-step-3"),
        fl!("relief-step-4"),
    ]
}

/// The guide: "If your numbness is persistent, worsening, accompanied by pain, weakness, or other
/// concerning symptoms, or if it has an unknown cause, it's crucial to consult a healthcare
/// professional."
pub fn advice() -> String {
    fl!("relief-advice")
}

/// The body of the relief notification (and of `deskbreak relief`'s output); `within` is the
/// configured window the episodes were counted in.
pub fn body(recent: u32, advise: bool, within: Duration) -> String {
    let mut text: Vec<String> = steps()
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {s}", i + 1))
        .collect();
    if advise {
        text.push(format!("{} {}", recent_text(recent, within), advice()));
    }
    text.join("\n")
}

/// "Your legs went numb 4 times in the last 7 days.": the window as the person configured it,
/// in whole days or hours where it has them.
pub fn recent_text(times: u32, within: Duration) -> String {
    const HOUR: u64 = 3600;
    const DAY: u64 = 24 * HOUR;
    match within.as_secs() {
        s if s >= DAY && s % DAY == 0 => {
            let days = s / DAY;
            fl!("relief-recent-days", times = times, days = days)
        }
        s if s >= HOUR && s % HOUR == 0 => {
            let hours = s / HOUR;
            fl!("relief-recent-hours", times = times, hours = hours)
        }
        _ => fl!(
            "relief-recent-span",
            times = times,
            span = humantime::format_duration(within).to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_advice_is_added_only_when_asked() {
        let week = Duration::from_secs(7 * 24 * 3600);
        assert_eq!(body(1, false, week).lines().count(), 4);
        let advised = body(4, true, week);
        assert!(advised.ends_with(&format!("Your legs went numb 4 times in the last 7 days. {}", advice())));
        assert!(advised.starts_with("1. Change your position now"));
    }

    #[test]
    fn the_window_reads_as_configured() {
        let text = |times, s| recent_text(times, Duration::from_secs(s));
        assert_eq!(text(4, 7 * 86_400), "Your legs went numb 4 times in the last 7 days.");
        assert_eq!(text(1, 86_400), "Your legs went numb once in the last day.");
        assert_eq!(text(2, 12 * 3600), "Your legs went numb 2 times in the last 12 hours.");
        assert_eq!(text(3, 3600), "Your legs went numb 3 times in the last hour.");
        assert_eq!(text(3, 90 * 60), "Your legs went numb 3 times in the last 1h 30m.");
    }
}
