fn main() {
    // The catalogues are embedded: a language added to i18n/ must rebuild the crate.
    println!("cargo:rerun-if-changed=i18n");
}
