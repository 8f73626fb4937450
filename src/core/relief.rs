//! The guide's immediate-relief steps for a leg that has gone numb, and its advice for numbness
//! that keeps coming back. The words follow the guide; nothing here is a diagnosis.

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

/// The body of the relief notification (and of `deskbreak relief`'s output).
pub fn body(recent: u32, advise: bool) -> String {
    let mut text: Vec<String> = STEPS
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {s}", i + 1))
        .collect();
    if advise {
        text.push(format!("Your legs went numb {recent} times in the last week. {ADVICE}"));
    }
    text.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_advice_is_added_only_when_asked() {
        assert_eq!(body(1, false).lines().count(), 4);
        let advised = body(4, true);
        assert!(advised.ends_with(&format!("Your legs went numb 4 times in the last week. {ADVICE}")));
        assert!(advised.starts_with("1. Change your position now"));
    }
}
