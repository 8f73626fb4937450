//! The man pages and completion scripts come from the clap definition: every command and option
//! of the CLI is in them, so they cannot drift from it.

use clap::CommandFactory;
use deskbreak::cli::Cli;
use std::process::Command;

/// Every visible command path, like ["status"] or ["autostart", "enable"].
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut path = prefix.to_vec();
            path.push(sub.get_name().to_owned());
            walk(sub, &path, out);
            out.push(path);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

fn deskbreak(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_deskbreak"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_cli_has_the_commands_these_tests_expect() {
    let names: Vec<String> = command_paths().into_iter().map(|p| p.join(" ")).collect();
    for expected in ["run", "status", "quit", "autostart enable", "completions"] {
        assert!(names.iter().any(|n| n == expected), "{expected} in {names:?}");
    }
    assert!(!names.iter().any(|n| n == "man"), "`man` is for packagers: hidden");
}

#[test]
fn the_man_page_lists_every_subcommand() {
    let page = deskbreak(&["man"]);
    assert!(page.contains(".TH deskbreak 1 "), "{page}");
    for path in command_paths().iter().filter(|p| p.len() == 1) {
        let reference = format!("deskbreak\\-{}(1)", path[0]);
        assert!(page.contains(&reference), "{reference} missing from the man page");
    }
}

#[test]
fn out_dir_writes_one_page_per_command_with_its_options() {
    let dir = tempfile::tempdir().unwrap();
    deskbreak(&["man", "--out-dir", dir.path().to_str().unwrap()]);
    let mut written: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    let mut expected: Vec<String> = command_paths()
        .iter()
        .map(|p| format!("deskbreak-{}.1", p.join("-")))
        .chain(["deskbreak.1".to_owned()])
        .collect();
    expected.sort();
    assert_eq!(written, expected);

    let walk = |path: &[&str]| {
        path.iter()
            .fold(Cli::command(), |cmd, name| cmd.find_subcommand(name).unwrap().clone())
    };
    for path in command_paths() {
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        let page = std::fs::read_to_string(dir.path().join(format!("deskbreak-{}.1", path.join("-")))).unwrap();
        for arg in walk(&names).get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long() {
                let flag = format!("\\-\\-{}", long.replace('-', "\\-"));
                assert!(page.contains(&flag), "{flag} missing from the page of {path:?}");
            }
        }
    }
}

#[test]
fn completions_know_every_command() {
    let bash = deskbreak(&["completions", "bash"]);
    let zsh = deskbreak(&["completions", "zsh"]);
    let fish = deskbreak(&["completions", "fish"]);
    for path in command_paths() {
        let name = path.last().unwrap();
        let bash_case = format!("cmd=\"deskbreak__subcmd__{}\"", path.join("__subcmd__"));
        assert!(bash.contains(&bash_case), "bash completion lacks {path:?}");
        assert!(zsh.contains(&format!("\n'{name}:")), "zsh completion lacks {path:?}");
        assert!(
            fish.contains(&format!("-f -a \"{name}\" -d '")),
            "fish completion lacks {path:?}"
        );
    }
    for script in [&bash, &zsh, &fish] {
        assert!(script.contains("systemd"), "options are completed too");
    }
    // bash itself parses the script, where there is a bash (not under Wine).
    #[cfg(unix)]
    {
        let check = Command::new("bash").args(["-n", "-c", &bash]).output().unwrap();
        assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    }
}
