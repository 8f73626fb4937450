//! A language's words as its catalogue (`i18n/LANG/deskbreak.ftl`) gives them, read with Fluent
//! apart from the daemon: what a test expects the daemon to say.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    pub fn of(language: &str) -> Catalogue {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(language)
            .join("deskbreak.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut bundle = FluentBundle::new(vec![language.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(FluentResource::try_new(text).unwrap()).unwrap();
        Catalogue { bundle }
    }

    /// Message `id` with `args`.
    pub fn get(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let message = self.bundle.get_message(id).unwrap_or_else(|| panic!("no message {id}"));
        self.format(message.value().unwrap(), args)
    }

    /// Attribute `attr` of message `id`.
    pub fn attr(&self, id: &str, attr: &str) -> String {
        let message = self.bundle.get_message(id).unwrap_or_else(|| panic!("no message {id}"));
        self.format(message.get_attribute(attr).unwrap().value(), &[])
    }

    fn format(&self, pattern: &fluent_syntax::ast::Pattern<&str>, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        text.into_owned()
    }
}
