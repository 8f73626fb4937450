//! The layering that ARCHITECTURE.md describes, checked against the code: which top-level module
//! may import which, the core's purity, and no import circle between files.
//!
//! `cargo test --test layers` runs it. It reads `src/` as text: every `crate::` and `super::`
//! path (in `use` lines and inline), resolved to the file that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module and the top-level modules it may import. Everything may use `error`
/// (the exit-code contract), `clock`, `paths` and `logging`; the core uses nothing else.
const MAY_IMPORT: &[(&str, &[&str])] = &[
    ("core", &[]),
    ("clock", &[]),
    ("paths", &[]),
    ("logging", &[]),
    ("i18n", &[]),
    ("config", &["core"]),
    ("store", &["core"]),
    ("report", &["core"]),
    ("ipc", &["core"]),
    ("cli", &["core", "config"]),
    ("error", &["config", "ipc"]),
    ("notify", &["core", "report"]),
    ("presence", &["core", "config"]),
    ("autostart", &[]),
    ("opener", &[]),
    ("history", &["core", "config", "store", "report"]),
    ("tray", &["core", "ipc", "notify", "report", "history", "opener"]),
    (
        "daemon",
        &["core", "config", "store", "ipc", "notify", "tray", "presence"],
    ),
    (
        "commands",
        &[
            "core",
            "cli",
            "config",
            "store",
            "report",
            "ipc",
            "autostart",
            "presence",
            "history",
            "opener",
            // Windows: `autostart enable` registers the notifications' app id.
            "notify",
        ],
    ),
    // `lib` reads the config's `language` before a command runs.
    ("lib", &["cli", "commands", "daemon", "ipc", "config"]),
    // Where both programs start: parses the command line and runs it (through `lib`).
    ("entry", &["cli"]),
    // The binaries (`main`; `bin`, the windowless Windows one): they reach the library as
    // `deskbreak::`, which this check does not follow.
    ("main", &[]),
    ("bin", &[]),
];

/// Usable from every layer.
const FOUNDATION: &[&str] = &["error", "clock", "paths", "logging", "i18n"];

/// Names that would let the core reach the clock, files, the network or a runtime.
const IMPURE_IN_CORE: &[&str] = &[
    "std::fs",
    "std::net",
    "std::process",
    "std::env",
    "std::thread",
    "Instant::now",
    "SystemTime::now",
    "Utc::now",
    "Local::now",
    "tokio",
    "zbus",
];

/// A source file: its module path (`["core", "scheduler", "away"]`) and text without comments
/// and string literals.
struct Source {
    module: Vec<String>,
    code: String,
}

fn sources() -> BTreeMap<PathBuf, Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("src/ is readable").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&root).expect("under src/").to_path_buf();
                let text = std::fs::read_to_string(&path).expect("a source file is UTF-8");
                let module = module_of(&relative);
                files.insert(
                    relative,
                    Source {
                        module,
                        code: strip(&text),
                    },
                );
            }
        }
    }
    files
}

/// `core/scheduler/mod.rs` is `core::scheduler`; `lib.rs` is the crate's root (`main.rs` is a
/// crate of its own, which sees the library as `deskbreak::`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") || parts == ["lib"] {
        parts.pop();
    }
    parts
}

/// Drops comments and the contents of string and char literals, so that a path in prose or in a
/// message is not read as an import.
fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every path the code names from `crate::`, `super::`, `self::` or one of the file's own
/// submodules (`mod away;` then `away::Away`), with grouped `use` lists expanded:
/// `use crate::core::{io::Input, model};` gives `crate::core::io::Input` and `crate::core::model`.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let mut roots = vec!["crate".to_string(), "super".into(), "self".into()];
    roots.extend(submodules(code));
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let word_start = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == ':');
        let rooted = word_start
            && roots.iter().any(|root| {
                let end = i + root.len();
                chars.get(i..end).is_some_and(|w| w.iter().copied().eq(root.chars()))
                    && chars.get(end..end + 2) == Some(&[':', ':'])
            });
        if rooted {
            let (tree, end) = read_tree(&chars, i);
            expand(&tree, &mut Vec::new(), &mut found);
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// The names of `mod name;` declarations.
fn submodules(code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|line| {
            let rest = line.trim().trim_start_matches("pub ").strip_prefix("mod ")?;
            Some(rest.strip_suffix(';')?.trim().to_string())
        })
        .collect()
}

/// A path with optional `{...}` groups, as written: `crate::core::{io::Input, model}`.
fn read_tree(chars: &[char], start: usize) -> (String, usize) {
    let mut depth = 0;
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            c if depth == 0 && !(c.is_alphanumeric() || c == '_' || c == ':') => break,
            _ => {}
        }
        i += 1;
    }
    (chars[start..i].iter().collect(), i)
}

fn expand(tree: &str, prefix: &mut Vec<String>, found: &mut Vec<Vec<String>>) {
    let tree: String = tree.split_whitespace().collect();
    let (head, group) = match tree.find('{') {
        Some(open) => (&tree[..open], Some(&tree[open + 1..tree.len().saturating_sub(1)])),
        None => (tree.as_str(), None),
    };
    let depth = prefix.len();
    prefix.extend(head.split("::").filter(|s| !s.is_empty()).map(str::to_string));
    match group {
        None => found.push(prefix.clone()),
        Some(group) => {
            for item in split_top_level(group) {
                let item = item.split(" as ").next().unwrap_or_default();
                if item == "self" {
                    found.push(prefix.clone());
                } else if !item.is_empty() {
                    expand(item, prefix, found);
                }
            }
        }
    }
    prefix.truncate(depth);
}

fn split_top_level(group: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

/// The module a path lands in: `crate::` from the root, `super::` from the file's parent
/// module; then as deep as a file of the crate reaches.
fn resolve(from: &[String], path: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut base: Vec<String> = Vec::new();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => rest = &rest[1..],
        Some("self") => {
            base = from.to_vec();
            rest = &rest[1..];
        }
        Some("super") => {
            base = from.to_vec();
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        // One of the file's own submodules.
        Some(_) => base = from.to_vec(),
        None => return None,
    }
    let mut target = base;
    for segment in rest {
        let mut deeper = target.clone();
        deeper.push(segment.clone());
        if !modules.contains(&deeper) {
            break;
        }
        target = deeper;
    }
    Some(target)
}

/// file module -> the modules it imports, without itself or its own ancestors (a submodule is
/// part of its parent: `use super::Scheduler` in `core/scheduler/away.rs` is no import across).
fn imports() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let sources = sources();
    let mut modules: BTreeSet<Vec<String>> = sources.values().map(|s| s.module.clone()).collect();
    modules.insert(Vec::new());
    let mut graph = BTreeMap::new();
    for source in sources.values() {
        let targets: BTreeSet<Vec<String>> = paths_in(&source.code)
            .iter()
            .filter_map(|p| resolve(&source.module, p, &modules))
            .filter(|t| !source.module.starts_with(t))
            .collect();
        graph.insert(source.module.clone(), targets);
    }
    graph
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let allowed: BTreeMap<&str, &[&str]> = MAY_IMPORT.iter().copied().collect();
    let mut breaches = Vec::new();
    for (module, targets) in imports() {
        let top = module.first().map_or("lib", String::as_str);
        let may = allowed
            .get(top)
            .unwrap_or_else(|| panic!("src/{top} is in no layer: add it to MAY_IMPORT and ARCHITECTURE.md"));
        for target in targets {
            let Some(target_top) = target.first() else { continue };
            let ok = target_top == top
                || may.contains(&target_top.as_str())
                || (top != "core" && FOUNDATION.contains(&target_top.as_str()));
            if !ok {
                breaches.push(format!("{top}: {} -> {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(
        breaches.is_empty(),
        "imports across the layers:\n{}",
        breaches.join("\n")
    );
}

#[test]
fn the_core_names_no_clock_file_or_runtime() {
    let mut found = Vec::new();
    for (path, source) in sources() {
        if source.module.first().is_some_and(|m| m == "core") {
            // Unit tests may read files (the guide); the code they test may not.
            let code = source.code.split("#[cfg(test)]").next().unwrap_or_default();
            for name in IMPURE_IN_CORE {
                if code.contains(name) {
                    found.push(format!("src/{}: {name}", path.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "the core must stay pure:\n{}", found.join("\n"));
}

#[test]
fn no_two_files_import_each_other_even_through_others() {
    let graph = imports();
    let mut circles = Vec::new();
    // Tarjan would do; at this size, a search from each file back to itself is plain and enough.
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, route)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if next == start {
                    let names: Vec<String> = route.iter().chain([start]).map(|m| m.join("::")).collect();
                    circles.push(names.join(" -> "));
                } else if seen.insert(next.clone()) {
                    let mut longer = route.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}

/// The reader above must see what is there, or the checks pass on nothing.
#[test]
fn the_reader_finds_grouped_and_relative_imports() {
    let code = strip(
        "use crate::core::{io::Input, model::{self, Via}};\nlet s = \"crate::x\"; // crate::y\nsuper::Phase::Waiting",
    );
    assert_eq!(
        paths_in(&code),
        [
            vec!["crate", "core", "io", "Input"],
            vec!["crate", "core", "model"],
            vec!["crate", "core", "model", "Via"],
            vec!["super", "Phase", "Waiting"],
        ]
    );
    let graph = imports();
    let scheduler = ["core", "scheduler"].map(String::from).to_vec();
    assert!(graph[&scheduler].contains(["core", "io"].map(String::from).as_slice()));
    assert!(graph[&scheduler].contains(["core", "scheduler", "away"].map(String::from).as_slice()));
}
