//! The words a person reads, in their language: the Fluent catalogues of `i18n/` (embedded), the
//! language the session asks for, and `fl!`, which every message goes through.
//!
//! English (`i18n/en/deskbreak.ftl`) is the reference: `fl!` checks each id and its arguments
//! against it at compile time, and a message a translation lacks falls back to it one by one.
//! What is written down (the log, the rotation, the config's keys) stays language-neutral: ids
//! and codes, put into words only when shown.

use std::sync::Arc;

use arc_swap::ArcSwapOption;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../i18n/"]
struct Catalogues;

// `ENGLISH_MESSAGES`: every message of the English catalogue with its attributes (build.rs).
include!(concat!(env!("OUT_DIR"), "/english_messages.rs"));

/// The catalogues' name: `i18n/LANG/deskbreak.ftl`.
const DOMAIN: &str = "deskbreak";

/// The language spoken; `None` until the first message or `use_language`.
static LOADER: ArcSwapOption<FluentLanguageLoader> = ArcSwapOption::const_empty();

/// The loader of the language spoken (English until `use_language` picks another), which `fl!`
/// asks for every message.
pub fn loader() -> Arc<FluentLanguageLoader> {
    if let Some(loader) = LOADER.load_full() {
        return loader;
    }
    let english = Arc::new(load(&Catalogues, english(), &[english()]));
    let before = LOADER.compare_and_swap(&None::<Arc<FluentLanguageLoader>>, Some(english.clone()));
    match &*before {
        Some(chosen) => chosen.clone(),
        None => english,
    }
}

// The compile-time check of `fl!`: it reads the calling crate's i18n.toml, which points at the
// repository's i18n/.
#[doc(hidden)]
pub use i18n_embed_fl::fl as checked_fl;

#[doc(hidden)]
pub use fluent_bundle::FluentValue;

/// A message of the current language: `fl!("id")`, `fl!("id", name = value, ...)`.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {
        $crate::checked_fl!($crate::loader(), $id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        // The compile-time check (the id, the arguments' names) on placeholders, never run:
        // formatted by `message_with`, not by a map built in code at every call.
        if false {
            $crate::checked_fl!($crate::loader(), $id, $($name = ""),+);
        }
        $crate::message_with($id, &[$((stringify!($name), ::core::convert::Into::<$crate::FluentValue<'_>>::into($value))),+])
    }};
}

/// The message `id` of the current language with its arguments, for `fl!`.
#[doc(hidden)]
pub fn message_with(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: fluent_bundle::FluentArgs = args.iter().cloned().collect();
    loader().get_args_fluent(id, Some(&args))
}

/// The setting that leaves the choice to the session.
pub const AUTO: &str = "auto";

fn english() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(b"en").unwrap_or_default()
}

/// The languages deskbreak has a catalogue for, English first.
pub fn available() -> Vec<LanguageIdentifier> {
    let mut languages: Vec<LanguageIdentifier> = Catalogues::iter()
        .filter_map(|path| path.split('/').next()?.parse().ok())
        .collect();
    languages.sort_by_key(|l| (*l != english(), l.to_string()));
    languages.dedup();
    languages
}

/// Whether `tag` names a language deskbreak has a catalogue for (or one that falls back to one,
/// like `de-AT`): what the config's `language` accepts besides "auto".
pub fn is_available(tag: &str) -> bool {
    tag.parse::<LanguageIdentifier>()
        .is_ok_and(|wanted| wanted.language == english().language || negotiate(&[wanted]).first() != Some(&english()))
}

/// Speaks the configured language, or the session's when `setting` is "auto" or absent; returns
/// the language chosen. A language without a catalogue gives English.
///
/// A catalogue that has every English message is loaded alone; one that lacks some is loaded
/// with English, which then says those, message by message. (English alone would double the
/// memory the words take, for nothing a shipped catalogue lacks.)
pub fn use_language(setting: Option<&str>) -> LanguageIdentifier {
    let requested = match setting.filter(|s| *s != AUTO).map(str::parse::<LanguageIdentifier>) {
        Some(Ok(tag)) => vec![tag],
        _ => session_languages(),
    };
    let chosen = negotiate(&requested);
    let first = chosen.first().cloned().unwrap_or_else(english);
    LOADER.store(Some(Arc::new(speaking(&Catalogues, &chosen))));
    first
}

/// A loader of the first of `chosen` (best first) from `catalogues`, alone when its catalogue
/// is complete, else with the others and English after it.
fn speaking(catalogues: &dyn I18nAssets, chosen: &[LanguageIdentifier]) -> FluentLanguageLoader {
    let first = chosen.first().cloned().unwrap_or_else(english);
    let alone = load(catalogues, first.clone(), std::slice::from_ref(&first));
    if complete(&alone) {
        alone
    } else {
        load(catalogues, english(), chosen)
    }
}

/// A loader of `languages`, best first; `fallback` is among them (i18n-embed loads it anyway).
fn load(
    catalogues: &dyn I18nAssets,
    fallback: LanguageIdentifier,
    languages: &[LanguageIdentifier],
) -> FluentLanguageLoader {
    let loader = FluentLanguageLoader::new(DOMAIN, fallback);
    if let Err(e) = loader.load_languages(catalogues, languages) {
        tracing::error!("the catalogues of {languages:?} did not load: {e}");
    }
    loader.set_use_isolating(false);
    loader
}

/// Whether `loader` has every message and attribute of the English catalogue.
fn complete(loader: &FluentLanguageLoader) -> bool {
    ENGLISH_MESSAGES
        .iter()
        .all(|(id, attributes)| loader.has(id) && attributes.iter().all(|a| loader.has_attr(id, a)))
}

/// The language now spoken.
pub fn current() -> LanguageIdentifier {
    loader().current_language()
}

/// Whether the current language is written right to left.
pub fn right_to_left() -> bool {
    const RTL: [&str; 4] = ["ar", "fa", "he", "ur"];
    RTL.contains(&current().language.as_str())
}

/// The available languages `requested` reaches, best first, English last.
fn negotiate(requested: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let available = available();
    let fallback = english();
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
    let tag = |raw: &str| {
        let name = raw.split(['.', '@']).next().unwrap_or_default();
        (!name.is_empty() && name != "C" && name != "POSIX").then(|| name.replace('_', "-"))
    };
    // `Some(None)`: the locale is C or POSIX, which LANGUAGE does not override.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .map(|l| tag(&l));
    if locale == Some(None) {
        return Vec::new();
    }
    let mut tags: Vec<String> = set("LANGUAGE")
        .map(|l| l.split(':').filter_map(tag).collect())
        .unwrap_or_default();
    tags.extend(locale.flatten());
    tags
}

/// The words of a built-in prompt in the current language (title, text, why), or `None` for an
/// id the catalogue has no message for (a custom prompt, which stays as the person wrote it).
pub fn prompt_words(id: &str) -> Option<(String, String, String)> {
    let (message, loader) = (prompt_message(id), loader());
    loader.has(&message).then(|| {
        (
            loader.get(&message),
            loader.get_attr(&message, "text"),
            loader.get_attr(&message, "why"),
        )
    })
}

/// A prompt's title as a person reads it: the catalogue's for a built-in prompt, else `recorded`.
pub fn prompt_title(id: &str, recorded: &str) -> String {
    let (message, loader) = (prompt_message(id), loader());
    if loader.has(&message) {
        loader.get(&message)
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
    use std::borrow::Cow;

    /// The shipped catalogues, and a French one that has two messages only.
    struct PartlyFrench;

    impl I18nAssets for PartlyFrench {
        fn get_files(&self, path: &str) -> Vec<Cow<'_, [u8]>> {
            match path {
                "fr/deskbreak.ftl" => vec![Cow::Borrowed(
                    b"button-done = Fait\nprompt-posture-feet-flat = Pieds \xc3\xa0 plat\n".as_slice(),
                )],
                _ => Catalogues.get_files(path),
            }
        }

        fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
            Catalogues.filenames_iter()
        }
    }

    #[test]
    fn a_complete_catalogue_stands_alone_and_a_partial_one_falls_back_to_english_message_by_message() {
        let french: LanguageIdentifier = "fr".parse().unwrap();
        let partial = speaking(&PartlyFrench, &[french.clone(), english()]);
        assert_eq!(partial.get("button-done"), "Fait");
        assert_eq!(partial.get("button-skip"), "Skip");
        assert_eq!(partial.get("prompt-posture-feet-flat"), "Pieds à plat");
        assert_eq!(
            partial.get_attr("prompt-posture-feet-flat", "text"),
            "Place both feet flat on the floor, or on a footrest if they don't reach. Keep them there for the next few minutes."
        );
        assert_eq!(partial.current_languages(), [french.clone(), english()]);

        let shipped = speaking(&Catalogues, &[french.clone(), english()]);
        assert_eq!(
            shipped.current_languages(),
            [french],
            "the shipped French file is complete"
        );
        assert_ne!(shipped.get("button-skip"), "Skip");
    }

    #[test]
    fn the_config_takes_a_shipped_language_or_a_variant_of_one() {
        for tag in ["en", "en-GB", "de", "de-AT", "de_DE", "pt-BR", "pt", "zh-CN", "ar-EG"] {
            assert!(is_available(tag), "{tag}");
        }
        // "english" and "enx" are tags of other languages, not English; "xx" has no catalogue.
        for tag in ["english", "enx", "xx", ""] {
            assert!(!is_available(tag), "{tag}");
        }
    }

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
