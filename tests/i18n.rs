//! The catalogues of `i18n/`: every language has exactly the English file's messages, with the
//! same variables, in valid Fluent; every message of every language formats without an error for
//! the numbers that pick each plural form; every prompt fits its length (in characters, and CJK
//! in display width); and the English prompts are the words of `config/prompts.toml`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use unicode_width::UnicodeWidthStr;

/// The languages the README promises, besides English.
const SHIPPED: [&str; 12] = [
    "ar", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt-BR", "ru", "zh-CN",
];

/// A prompt's title, text and reason, at most this long (as `config/prompts.toml` says).
const LIMITS: [(&str, usize); 3] = [("", 40), ("text", 120), ("why", 100)];

/// A message's parts ("" for the value, else the attribute) and the variables each uses.
type Messages = BTreeMap<String, BTreeMap<String, (String, BTreeSet<String>)>>;

fn catalogue(language: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(language)
        .join("deskbreak.ftl")
}

fn read(language: &str) -> String {
    std::fs::read_to_string(catalogue(language)).unwrap_or_else(|e| panic!("{language}: {e}"))
}

/// The messages of `text`, or the syntax errors.
fn messages(text: &str) -> Result<Messages, String> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut out = Messages::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let parts = out.entry(m.id.name.to_string()).or_default();
            if let Some(value) = &m.value {
                parts.insert(String::new(), (plain(value), variables(value)));
            }
            for a in &m.attributes {
                parts.insert(a.id.name.to_string(), (plain(&a.value), variables(&a.value)));
            }
        }
    }
    Ok(out)
}

/// The text of a pattern, each placeable as "{}".
fn plain(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.to_string(),
            PatternElement::Placeable { .. } => "{}".into(),
        })
        .collect()
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect(pattern, &mut found);
    found
}

fn collect(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(inline) => inline_variables(inline, found),
                Expression::Select { selector, variants } => {
                    inline_variables(selector, found);
                    for v in variants {
                        collect(&v.value, found);
                    }
                }
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline_variables(inner, found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
    let english = messages(&read("en")).expect("the English catalogue parses");
    let mut problems = Vec::new();
    for language in SHIPPED {
        let theirs = match messages(&read(language)) {
            Ok(m) => m,
            Err(e) => {
                problems.push(format!("{language}: not valid Fluent: {e}"));
                continue;
            }
        };
        for (id, parts) in &english {
            let Some(their_parts) = theirs.get(id) else {
                problems.push(format!("{language}: lacks {id}"));
                continue;
            };
            for (part, (_, vars)) in parts {
                match their_parts.get(part) {
                    None => problems.push(format!("{language}: lacks {id}.{part}")),
                    Some((_, their_vars)) if their_vars != vars => {
                        problems.push(format!("{language}: {id}.{part} uses {their_vars:?}, English {vars:?}"));
                    }
                    Some(_) => {}
                }
            }
            for part in their_parts.keys().filter(|p| !parts.contains_key(*p)) {
                problems.push(format!("{language}: {id}.{part} is not in English"));
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language}: {id} is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_i18n_folder_holds_the_shipped_languages_and_english_only() {
    let mut found: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut expected: Vec<String> = SHIPPED.iter().chain(&["en"]).map(ToString::to_string).collect();
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn every_prompt_fits_its_length_in_characters_and_in_display_width() {
    let mut problems = Vec::new();
    for language in SHIPPED.iter().chain(&["en"]) {
        let messages = messages(&read(language)).unwrap();
        for (id, parts) in messages.iter().filter(|(id, _)| id.starts_with("prompt-")) {
            for (part, limit) in LIMITS {
                let (text, _) = &parts[part];
                let (chars, width) = (text.chars().count(), text.width());
                if chars > limit || width > limit {
                    problems.push(format!(
                        "{language}: {id}.{part} is {chars} characters, {width} wide (at most {limit}): {text}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_for_the_numbers_that_pick_each_plural_form() {
    let english = messages(&read("en")).unwrap();
    let mut problems = Vec::new();
    for language in SHIPPED.iter().chain(&["en"]) {
        let mut bundle = FluentBundle::new(vec![language.parse().unwrap()]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(read(language)).unwrap_or_else(|(_, e)| panic!("{language}: {e:?}"));
        bundle.add_resource(resource).unwrap();
        for (id, parts) in &english {
            let message = bundle
                .get_message(id)
                .unwrap_or_else(|| panic!("{language} lacks {id}"));
            for n in [0, 1, 2, 3, 5, 11, 22, 100, 101] {
                let mut args = FluentArgs::new();
                for var in parts.values().flat_map(|(_, vars)| vars) {
                    args.set(var.as_str(), FluentValue::from(n));
                }
                for part in parts.keys() {
                    let pattern = if part.is_empty() {
                        message.value()
                    } else {
                        message.get_attribute(part).map(|a| a.value())
                    };
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern.unwrap(), Some(&args), &mut errors);
                    if !errors.is_empty() || text.trim().is_empty() {
                        problems.push(format!("{language}: {id}.{part} with {n}: {errors:?} {text:?}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The English catalogue says each built-in prompt in the words of `config/prompts.toml`, where
/// its id, category, source and quote live, one message per prompt.
#[test]
fn the_english_prompts_are_the_catalogues_words() {
    let english = messages(&read("en")).unwrap();
    let builtin = deskbreak_core::prompts::builtin();
    for p in &builtin {
        let id = format!("prompt-{}", p.id.replace('.', "-"));
        let parts = english.get(&id).unwrap_or_else(|| panic!("no message {id}"));
        assert_eq!(parts[""].0, p.title, "{id}");
        assert_eq!(parts["text"].0, p.text, "{id}");
        assert_eq!(parts["why"].0, p.why, "{id}");
    }
    let prompts = english.keys().filter(|id| id.starts_with("prompt-")).count();
    assert_eq!(prompts, builtin.len(), "a message for each prompt, no more");
}

/// Polish and Russian have a form for one, for a few and for many; 22 takes the "few" form again.
#[test]
fn glasses_take_the_polish_and_russian_plural_forms() {
    let drink = |language: &str, glasses: u32| {
        let mut bundle = FluentBundle::new(vec![language.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(read(language)).unwrap())
            .unwrap();
        let mut args = FluentArgs::new();
        args.set("glasses", glasses);
        args.set("water", glasses);
        args.set("target", 8);
        let pattern = bundle.get_message("reply-drink").unwrap().value().unwrap();
        bundle
            .format_pattern(pattern, Some(&args), &mut Vec::new())
            .into_owned()
    };
    let words = |language| [1, 2, 5, 22].map(|n| drink(language, n).split(' ').take(3).collect::<Vec<_>>().join(" "));
    assert_eq!(
        words("pl"),
        [
            "Zapisano 1 szklankę",
            "Zapisano 2 szklanki",
            "Zapisano 5 szklanek",
            "Zapisano 22 szklanki"
        ]
    );
    assert_eq!(
        words("ru"),
        [
            "Записан 1 стакан",
            "Записано 2 стакана",
            "Записано 5 стаканов",
            "Записано 22 стакана"
        ]
    );
}
