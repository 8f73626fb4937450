//! The kinds of prompt in words: the one vocabulary for a category's name, as a title and in
//! running text.

use deskbreak_core::model::Category;
use deskbreak_i18n::fl;

/// What a prompt of `category` is called while it waits for an answer.
pub fn title(category: Category) -> String {
    match category {
        Category::Posture => fl!("label-posture"),
        Category::Movement => fl!("label-movement"),
        Category::Hydration => fl!("label-hydration"),
    }
}

/// A category's name in running text ("movement").
pub fn name(category: Category) -> String {
    match category {
        Category::Posture => fl!("category-posture"),
        Category::Movement => fl!("category-movement"),
        Category::Hydration => fl!("category-hydration"),
    }
}
