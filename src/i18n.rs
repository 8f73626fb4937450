//! The words a person reads, in their language: the Fluent catalogues of `i18n/` (embedded), the
//! language the session asks for, and `fl!`, which every message goes through.
//!
//! English (`i18n/en/deskbreak.ftl`) is the reference: `fl!` checks each id and its arguments
//! against it at compile time, and a message a translation lacks falls back to it one by one.
//! What is written down (the log, the rotation, the config's keys) stays language-neutral: ids
//! and codes, put into words only when shown.

use std::sync::LazyLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The loaded catalogues: English until `use_language` picks another.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    // The English file is embedded and checked at compile time: it is always there.
    if let Err(e) = loader.load_fallback_language(&Catalogues) {
        tracing::error!("the English catalogue did not load: {e}");
    }
    loader.set_use_isolating(false);
    loader
});

/// A message of the current language: `fl!("id")`, `fl!("id", name = value, ...)`.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    };
}

/// The setting that leaves the choice to the session.
pub const AUTO: &str = "auto";

/// The languages deskbreak has a catalogue for, English first.
pub fn available() -> Vec<LanguageIdentifier> {
    let mut languages = LOADER.available_languages(&Catalogues).unwrap_or_default();
    languages.sort_by_key(|l| (l != LOADER.fallback_language(), l.to_string()));
    languages
}

/// Whether `tag` names a language deskbreak has a catalogue for (or one that falls back to one,
/// like `de-AT`): what the config's `language` accepts besides "auto".
pub fn is_available(tag: &str) -> bool {
    tag.parse::<LanguageIdentifier>()
        .is_ok_and(|wanted| negotiate(&[wanted]).first() != Some(LOADER.fallback_language()) || tag.starts_with("en"))
}

/// Speaks the configured language, or the session's when `setting` is "auto" or absent; returns
/// the language chosen. A language without a catalogue gives English.
pub fn use_language(setting: Option<&str>) -> LanguageIdentifier {
    let requested = match setting.filter(|s| *s != AUTO).map(str::parse::<LanguageIdentifier>) {
        Some(Ok(tag)) => vec![tag],
        _ => session_languages(),
    };
    let chosen = negotiate(&requested);
    if let Err(e) = LOADER.load_languages(&Catalogues, &chosen) {
        tracing::warn!("the catalogues of {chosen:?} did not load: {e}");
    }
    LOADER.set_use_isolating(false);
    LOADER.current_language()
}

/// The language now spoken.
pub fn current() -> LanguageIdentifier {
    LOADER.current_language()
}

/// Whether the current language is written right to left.
pub fn right_to_left() -> bool {
    const RTL: [&str; 4] = ["ar", "fa", "he", "ur"];
    RTL.contains(&current().language.as_str())
}

/// The available languages `requested` reaches, best first, English last.
fn negotiate(requested: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let available = available();
    let fallback = LOADER.fallback_language().clone();
    let mut chosen: Vec<LanguageIdentifier> = fluent_langneg::negotiate_languages(
        requested,
        &available,
        Some(&fallback),
        fluent_langneg::NegotiationStrategy::Filtering,
    )
    .into_iter()
    .cloned()
    .collect();
    chosen.dedup();
    chosen
}

/// The languages the session asks for, best first.
pub fn session_languages() -> Vec<LanguageIdentifier> {
    #[cfg(any(windows, target_os = "macos"))]
    let tags: Vec<String> = sys_locale::get_locales().collect();
    #[cfg(not(any(windows, target_os = "macos")))]
    let tags = from_environment(|name| std::env::var(name).ok());
    tags.iter().filter_map(|t| t.parse().ok()).collect()
}

/// The languages a Unix session asks for, as gettext reads them: `LANGUAGE` (a list such as
/// `de:en`) unless the locale is C or POSIX, then the first set of `LC_ALL`, `LC_MESSAGES` and
/// `LANG`. `de_DE.UTF-8@euro` gives `de-DE`; C and POSIX give nothing (English).
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
    let tag = |raw: &str| {
        let name = raw.split(['.', '@']).next().unwrap_or_default();
        (!name.is_empty() && name != "C" && name != "POSIX").then(|| name.replace('_', "-"))
    };
    let Some(locale_tag) = locale.as_deref().map(tag) else {
        return set("LANGUAGE")
            .map(|l| l.split(':').filter_map(tag).collect())
            .unwrap_or_default();
    };
    let Some(locale_tag) = locale_tag else {
        return Vec::new();
    };
    let mut tags: Vec<String> = set("LANGUAGE")
        .map(|l| l.split(':').filter_map(tag).collect())
        .unwrap_or_default();
    tags.push(locale_tag);
    tags
}

/// The words of a built-in prompt in the current language (title, text, why), or `None` for an
/// id the catalogue has no message for (a custom prompt, which stays as the person wrote it).
pub fn prompt_words(id: &str) -> Option<(String, String, String)> {
    let message = prompt_message(id);
    LOADER.has(&message).then(|| {
        (
            LOADER.get(&message),
            LOADER.get_attr(&message, "text"),
            LOADER.get_attr(&message, "why"),
        )
    })
}

/// A prompt's title as a person reads it: the catalogue's for a built-in prompt, else `recorded`.
pub fn prompt_title(id: &str, recorded: &str) -> String {
    let message = prompt_message(id);
    if LOADER.has(&message) {
        LOADER.get(&message)
    } else {
        recorded.to_string()
    }
}

/// `posture.feet-flat` is `prompt-posture-feet-flat` (a Fluent id has no dots).
pub fn prompt_message(id: &str) -> String {
    format!("prompt-{}", id.replace('.', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_session_language_is_read_as_gettext_reads_it() {
        assert_eq!(from_environment(env(&[("LANG", "de_DE.UTF-8")])), ["de-DE"]);
        assert_eq!(
            from_environment(env(&[("LANGUAGE", "fr:en"), ("LANG", "en_US.UTF-8")])),
            ["fr", "en", "en-US"]
        );
        assert_eq!(
            from_environment(env(&[
                ("LC_ALL", "pt_BR.UTF-8"),
                ("LC_MESSAGES", "ru_RU"),
                ("LANG", "de_DE")
            ])),
            ["pt-BR"]
        );
        assert_eq!(
            from_environment(env(&[("LC_MESSAGES", "ja_JP.UTF-8"), ("LANG", "de_DE")])),
            ["ja-JP"]
        );
        assert_eq!(from_environment(env(&[("LANG", "de_DE.UTF-8@euro")])), ["de-DE"]);
        // C and POSIX mean "no translation", whatever LANGUAGE says.
        assert!(from_environment(env(&[("LANGUAGE", "de"), ("LANG", "C.UTF-8")])).is_empty());
        assert!(from_environment(env(&[("LC_ALL", "POSIX")])).is_empty());
        assert!(from_environment(env(&[])).is_empty());
        assert_eq!(from_environment(env(&[("LANGUAGE", "de"), ("LANG", "")])), ["de"]);
    }
}
