//! Lists the English catalogue's messages for this crate, which loads a translation alone when it
//! has all of them. An English file that is not valid Fluent stops the build here.

use fluent_syntax::ast::Entry;

fn main() {
    // The catalogues are embedded: a language added to i18n/ must rebuild the crate too.
    println!("cargo:rerun-if-changed=../../i18n");
    let english = std::fs::read_to_string("../../i18n/en/deskbreak.ftl").expect("i18n/en/deskbreak.ftl is readable");
    let resource = fluent_syntax::parser::parse(english.as_str())
        .unwrap_or_else(|(_, errors)| panic!("i18n/en/deskbreak.ftl is not valid Fluent: {errors:?}"));
    let mut out = String::from(
        "/// Every message of `i18n/en/deskbreak.ftl`, with its attributes.\n\
         const ENGLISH_MESSAGES: &[(&str, &[&str])] = &[\n",
    );
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let attributes: Vec<String> = message.attributes.iter().map(|a| format!("{:?}", a.id.name)).collect();
            out.push_str(&format!("    ({:?}, &[{}]),\n", message.id.name, attributes.join(", ")));
        }
    }
    out.push_str("];\n");
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("english_messages.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}
