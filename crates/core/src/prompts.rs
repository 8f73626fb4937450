//! The prompt catalogue and the rotation: categories take turns, and within a category no
//! prompt repeats until every prompt of that category has been shown.

use alloc::collections::BTreeMap;
use alloc::{string::String, vec::Vec};
use serde::{Deserialize, Serialize};

use crate::model::{Category, Prompt};

/// Where the rotation stands; persisted so that a restart neither repeats nor skips.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotationState {
    /// The category whose turn is next.
    #[serde(default)]
    pub next_category: Option<Category>,
    /// Per category, the ids already shown in the current round.
    #[serde(default)]
    pub shown: BTreeMap<Category, Vec<String>>,
}

impl RotationState {
    /// The category whose turn is next among `order`, passing over categories with no prompts.
    pub fn upcoming(&self, order: &[Category], catalogue: &[Prompt]) -> Option<Category> {
        let start = self
            .next_category
            .and_then(|c| order.iter().position(|&o| o == c))
            .unwrap_or(0);
        (0..order.len())
            .map(|i| order[(start + i) % order.len()])
            .find(|&c| catalogue.iter().any(|p| p.category == c))
    }

    /// Takes the next prompt and advances the rotation. `pick(n)` chooses an index below `n`.
    pub fn advance(
        &mut self,
        order: &[Category],
        catalogue: &[Prompt],
        pick: impl FnOnce(usize) -> usize,
    ) -> Option<Prompt> {
        let category = self.upcoming(order, catalogue)?;
        let prompt = self.pick_in(category, catalogue, pick)?;
        let position = order.iter().position(|&c| c == category).unwrap_or(0);
        self.next_category = Some(order[(position + 1) % order.len()]);
        Some(prompt)
    }

    /// Takes the next prompt of `category`, one not shown in this round, without touching
    /// whose turn it is.
    pub fn pick_in(
        &mut self,
        category: Category,
        catalogue: &[Prompt],
        pick: impl FnOnce(usize) -> usize,
    ) -> Option<Prompt> {
        let shown = self.shown.entry(category).or_default();
        let in_category = || catalogue.iter().filter(|p| p.category == category);
        let mut fresh: Vec<&Prompt> = in_category().filter(|p| !shown.contains(&p.id)).collect();
        if fresh.is_empty() {
            shown.clear();
            fresh = in_category().collect();
        }
        let prompt = (*fresh.get(pick(fresh.len().max(1)))?).clone();
        shown.push(prompt.id.clone());
        Some(prompt)
    }
}

/// The built-in catalogue, embedded from `config/prompts.toml`.
pub const BUILTIN_CATALOGUE: &str = include_str!("../../../config/prompts.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    prompt: Vec<CatalogueEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueEntry {
    #[serde(flatten)]
    prompt: Prompt,
    /// The guide's words that back the prompt; kept in the file for review, checked by tests.
    #[allow(dead_code)]
    quote: String,
}

/// Parses a catalogue in the format of `config/prompts.toml`.
pub fn parse_catalogue(text: &str) -> Result<Vec<Prompt>, toml::de::Error> {
    let file: CatalogueFile = toml::from_str(text)?;
    Ok(file.prompt.into_iter().map(|e| e.prompt).collect())
}

/// The built-in prompts.
pub fn builtin() -> Vec<Prompt> {
    // The embedded file is checked by the tests below: it cannot fail at run time.
    parse_catalogue(BUILTIN_CATALOGUE).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[derive(Deserialize)]
    struct RawFile {
        prompt: Vec<RawEntry>,
    }
    #[derive(Deserialize)]
    struct RawEntry {
        id: String,
        quote: String,
    }

    #[test]
    fn the_builtin_catalogue_parses_and_is_big_enough() {
        let prompts = parse_catalogue(BUILTIN_CATALOGUE).expect("config/prompts.toml parses");
        let count = |c| prompts.iter().filter(|p| p.category == c).count();
        assert!(prompts.len() >= 24, "{} prompts", prompts.len());
        assert!(count(Category::Posture) >= 8);
        assert!(count(Category::Movement) >= 8);
        assert!(count(Category::Hydration) >= 5);
    }

    #[test]
    fn every_builtin_prompt_is_well_formed() {
        let prompts = builtin();
        let mut ids = HashSet::new();
        for p in &prompts {
            assert!(ids.insert(p.id.clone()), "duplicate id {}", p.id);
            let (prefix, slug) = p.id.split_once('.').expect("id has a category prefix");
            assert_eq!(prefix, p.category.as_str(), "{}", p.id);
            assert!(
                !slug.is_empty()
                    && slug
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                p.id
            );
            assert!(!p.title.is_empty() && p.title.chars().count() <= 40, "{}", p.id);
            // Under its title, the text fits the 3 to 4 lines of a small popup; the reason may fold.
            assert!(!p.text.is_empty() && p.text.chars().count() <= 120, "{}", p.id);
            assert!(!p.why.is_empty() && p.why.chars().count() <= 100, "{}", p.id);
            assert!(!p.source.is_empty(), "{}", p.id);
        }
    }

    /// Every prompt quotes the guide word for word. The guide lives beside the repository
    /// (`../shared/guide`); a checkout without it fails here, unless the comparison is skipped
    /// on purpose with `DESKBREAK_SKIP_GUIDE=1`.
    #[test]
    fn every_quote_stands_in_the_guide() {
        let guide_path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/guide/how-to-combat-numbness-in-your-legs.txt"
        );
        let guide = match std::fs::read_to_string(guide_path) {
            Ok(guide) => guide,
            Err(_) if std::env::var_os("DESKBREAK_SKIP_GUIDE").is_some_and(|v| v == "1") => {
                eprintln!("DESKBREAK_SKIP_GUIDE=1: quotes not compared with the guide");
                return;
            }
            Err(e) => panic!("cannot read the guide at {guide_path} ({e}); DESKBREAK_SKIP_GUIDE=1 skips this"),
        };
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let guide = squash(&guide);
        let raw: RawFile = toml::from_str(BUILTIN_CATALOGUE).unwrap();
        for entry in raw.prompt {
            assert!(
                guide.contains(&squash(&entry.quote)),
                "{}: quote not in the guide",
                entry.id
            );
        }
    }

    fn prompt(id: &str, category: Category) -> Prompt {
        Prompt {
            id: id.into(),
            category,
            title: id.into(),
            text: String::new(),
            why: String::new(),
            source: String::new(),
        }
    }

    #[test]
    fn categories_take_turns_and_no_prompt_repeats_within_a_round() {
        let catalogue = vec![
            prompt("posture.a", Category::Posture),
            prompt("posture.b", Category::Posture),
            prompt("movement.a", Category::Movement),
            prompt("hydration.a", Category::Hydration),
        ];
        let mut rotation = RotationState::default();
        let order = Category::ALL;
        let ids: Vec<String> = (0..6)
            .map(|_| rotation.advance(&order, &catalogue, |_| 0).unwrap().id)
            .collect();
        assert_eq!(
            ids,
            [
                "posture.a",
                "movement.a",
                "hydration.a",
                "posture.b",
                "movement.a",
                "hydration.a"
            ]
        );
        // The next round of posture starts over.
        assert_eq!(rotation.advance(&order, &catalogue, |_| 0).unwrap().id, "posture.a");
    }

    #[test]
    fn a_category_without_prompts_is_passed_over() {
        let catalogue = vec![prompt("movement.a", Category::Movement)];
        let mut rotation = RotationState::default();
        assert_eq!(rotation.upcoming(&Category::ALL, &catalogue), Some(Category::Movement));
        assert_eq!(
            rotation.advance(&Category::ALL, &catalogue, |_| 0).unwrap().id,
            "movement.a"
        );
        assert_eq!(
            rotation.advance(&Category::ALL, &catalogue, |_| 0).unwrap().id,
            "movement.a"
        );
        assert_eq!(RotationState::default().advance(&Category::ALL, &[], |_| 0), None);
    }
}
