//! The guide's immediate-relief steps for a leg that has gone numb, and its advice for numbness
//! that keeps coming back. The words follow the guide; nothing here is a diagnosis.

use std::time::Duration;

/// "Immediate Relief and Everyday Strategies", steps 1-4, in order.
pub const STEPS: [&str; 4] = [
    "Change your position now: uncross your legs, shift your weight, or stand up and take a few steps.",
    "Gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise.",
    "Gently shake the leg, then rub the numb area in slow circles with your palm. No hard pressure.",
    "If you can, raise the leg a little on a footrest, box or chair.",
];

/// The guide: "If your numbness is persistent, worsening, accompanied by pain, weakness, or other
/// concerning symptoms, or if it has an unknown cause, it's crucial to consult a healthcare
/// professional."
pub const ADVICE: &str = "Numbness that persists, worsens, or comes with weakness or pain should be seen by a \
                          healthcare professional.";

/// The body of the relief notification (and of `deskbreak relief`'s output); `within` is the
/// configured window the episodes were counted in.
pub fn body(recent: u32, advise: bool, within: Duration) -> String {
    let mut text: Vec<String> = STEPS
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {s}", i + 1))
        .collect();
    if advise {
        let window = window_text(within);
        let times = if recent == 1 { "time" } else { "times" };
        text.push(format!(
            "Your legs went numb {recent} {times} in the last {window}. {ADVICE}"
        ));
    }
    text.join("\n")
}

/// "7 days", "day", "12 hours": the window as the person configured it, in whole units where it
/// has them.
pub fn window_text(within: Duration) -> String {
    const HOUR: u64 = 3600;
    const DAY: u64 = 24 * HOUR;
    let seconds = within.as_secs();
    let (count, unit) = match seconds {
        s if s >= DAY && s % DAY == 0 => (s / DAY, "day"),
        s if s >= HOUR && s % HOUR == 0 => (s / HOUR, "hour"),
        _ => return humantime::format_duration(within).to_string(),
    };
    if count == 1 {
        unit.to_string()
    } else {
        format!("{count} {unit}s")
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
        assert!(advised.ends_with(&format!("Your legs went numb 4 times in the last 7 days. {ADVICE}")));
        assert!(advised.starts_with("1. Change your position now"));
    }

    #[test]
    fn the_window_reads_as_configured() {
        let text = |s| window_text(Duration::from_secs(s));
        assert_eq!(text(7 * 86_400), "7 days");
        assert_eq!(text(86_400), "day");
        assert_eq!(text(12 * 3600), "12 hours");
        assert_eq!(text(3600), "hour");
        assert_eq!(text(90 * 60), "1h 30m");
    }
}
