//! `deskbreak config ...` on fixture files: every broken config is refused with its exact
//! message and location; every config shape a release accepted keeps loading.

// The helpers this binary uses (tests/common/README.md); public, as a library's items are, so
// that what it leaves of them unused is not reported as dead code.
pub mod common {
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod bus;
    pub mod env;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod gsettings;
    #[cfg(all(unix, not(target_os = "macos")))]
    pub mod notifications;
    pub mod wait;
}

use common::env::{QUICK, TestEnv};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures(kind: &str) -> (PathBuf, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/config")
        .join(kind);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    (dir, names)
}

fn check(dir: &Path, name: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_deskbreak"))
        .args(["config", "check", name])
        .current_dir(dir)
        .env_remove("DESKBREAK_CONFIG")
        .output()
        .unwrap()
}

#[test]
fn every_broken_config_is_refused_with_its_message_and_location() {
    let (dir, names) = fixtures("broken");
    assert!(names.len() >= 20, "the corpus has {} broken configs", names.len());
    for name in names {
        let expected = std::fs::read_to_string(dir.join(name.replace(".toml", ".expected"))).unwrap();
        let out = check(&dir, &name);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{name}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{name}");
        let first = expected.lines().next().unwrap();
        assert!(
            first.starts_with(&format!("deskbreak: {name}:")),
            "{name}: located: {first}"
        );
    }
}

#[test]
fn every_accepted_config_shape_keeps_loading() {
    let (dir, names) = fixtures("ok");
    assert!(names.contains(&"foundation-default.toml".to_string()));
    for name in names {
        let out = check(&dir, &name);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let expected = if name == "seconds-for-tests.toml" {
            "OK\nwarning: seconds-for-tests.toml: `schedule.min_interval` is 2s: under a minute, prompts will come very often\n"
        } else {
            "OK\n"
        };
        assert_eq!(stdout, expected, "{name}");
    }
}

#[test]
fn custom_prompts_join_and_disabled_categories_leave_the_catalogue() {
    let (dir, _) = fixtures("ok");
    let loaded = deskbreak_config::load(&dir.join("custom-prompts-only.toml")).unwrap();
    let ids: Vec<String> = loaded.config.catalogue().into_iter().map(|p| p.id).collect();
    assert_eq!(ids, ["movement.window", "hydration.custom-tea"]);
    let order = loaded.config.rules().order;
    use deskbreak_core::model::Category;
    assert_eq!(order, [Category::Movement, Category::Hydration]);
}

#[test]
fn config_path_default_and_check_of_the_file_in_use() {
    let env = TestEnv::new(QUICK);
    let config = env.path("config/deskbreak/config.toml");
    assert_eq!(env.ok(&["config", "path"]), format!("{}\n", config.display()));
    assert_eq!(env.ok(&["config", "default"]), deskbreak_config::DEFAULT_CONFIG);
    assert_eq!(env.ok(&["config", "check"]), "OK\n");
    let other = env.path("other.toml");
    std::fs::write(&other, "[schedule]\nsnooze = \"10\"\n").unwrap();
    let out = env
        .cmd()
        .args(["--config", other.to_str().unwrap(), "config", "path"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{}\n", other.display()));
    let out = env
        .cmd()
        .args(["config", "check"])
        .env("DESKBREAK_CONFIG", &other)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(&format!("deskbreak: {}:2:10: ", other.display())));
}

// The editor here is `sed`: a Unix program.
#[cfg(unix)]
#[test]
fn config_edit_checks_the_result_and_has_the_daemon_apply_it() {
    let env = TestEnv::new(QUICK);
    // Without a daemon: the edit is checked and kept for the next start.
    let out = env
        .cmd()
        .args(["config", "edit"])
        .env("EDITOR", "sed -i s/10m/15m/")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "OK: the config is valid. deskbreak is not running; it will use it when it starts.\n"
    );
    assert!(
        std::fs::read_to_string(env.path("config/deskbreak/config.toml"))
            .unwrap()
            .contains("snooze = \"15m\"")
    );

    let _daemon = env.start_daemon();
    let out = env
        .cmd()
        .args(["config", "edit"])
        .env("VISUAL", "sed -i s/1h/2h/")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "OK: the config is valid and deskbreak applied it.\n"
    );

    let out = env
        .cmd()
        .args(["config", "edit"])
        .env("EDITOR", "sed -i s/15m/fifteen/")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(":7:10: `schedule.snooze` = \"fifteen\" is not a duration"),
        "{stderr}"
    );
    assert!(stderr.ends_with("The running daemon, if any, keeps the previous config; fix the file and save again.\n"));
}

/// A stand-in editor in a folder with spaces, as where Windows puts real ones: it writes the
/// arguments it was given to `args.txt` beside it, and appends `$FAKE_EDIT`, if set, to the file.
/// Returns `EDITOR` for it with `--wait`, `args.txt`, and what it writes there for a file.
fn fake_editor(env: &TestEnv) -> (String, PathBuf, fn(&Path) -> String) {
    let folder = env.path("edit me");
    std::fs::create_dir_all(&folder).unwrap();
    let args = folder.join("args.txt");
    #[cfg(windows)]
    let (editor, script, given, run): (_, _, fn(&Path) -> String, _) = (
        folder.join("fake editor.cmd"),
        format!(
            "@echo off\r\n>\"{}\" echo %*\r\nif defined FAKE_EDIT >>%2 echo %FAKE_EDIT%\r\nexit /b 0\r\n",
            args.display()
        ),
        // `%*` is the arguments as written, quotes and all; `echo` ends lines with CRLF.
        |file| format!("--wait \"{}\"\r\n", file.display()),
        "",
    );
    #[cfg(unix)]
    let (editor, script, given, run): (_, _, fn(&Path) -> String, _) = (
        folder.join("fake editor"),
        format!(
            "#!/bin/sh\nprintf '%s|' \"$@\" >'{}'\n[ -z \"$FAKE_EDIT\" ] || echo \"$FAKE_EDIT\" >>\"$2\"\n",
            args.display()
        ),
        |file| format!("--wait|{}|", file.display()),
        // Run by `sh`, not executed: a script written a moment ago can be "busy" for a while,
        // held open by the fork of another test's process.
        "sh ",
    );
    std::fs::write(&editor, script).unwrap();
    (format!("{run}\"{}\" --wait", editor.display()), args, given)
}

/// The line ending the stand-in editor writes.
const EOL: &str = if cfg!(windows) { "\r\n" } else { "\n" };

// EDITOR with a quoted path and an argument, as Windows users write it for VS Code
// (`"C:\Program Files\...\code.cmd" --wait`).
#[test]
fn config_edit_runs_a_quoted_editor_with_its_arguments() {
    let env = TestEnv::new(QUICK);
    let (editor, args, given) = fake_editor(&env);
    let config = env.path("config/deskbreak/config.toml");
    let edit_at = |config: &Path, change: Option<&str>| {
        let mut cmd = env.cmd();
        cmd.arg("--config")
            .arg(config)
            .args(["config", "edit"])
            .env("EDITOR", &editor)
            .env_remove("VISUAL");
        match change {
            Some(line) => cmd.env("FAKE_EDIT", line),
            None => cmd.env_remove("FAKE_EDIT"),
        };
        let out = cmd.output().unwrap();
        let said = |s: &[u8]| String::from_utf8_lossy(s).into_owned();
        (out.status.code(), said(&out.stdout), said(&out.stderr))
    };
    let edit = |change| edit_at(&config, change);

    // Unchanged, without a daemon.
    let before = std::fs::read_to_string(&config).unwrap();
    assert_eq!(
        edit(None),
        (
            Some(0),
            "OK: the config is valid. deskbreak is not running; it will use it when it starts.\n".into(),
            String::new()
        )
    );
    assert_eq!(std::fs::read_to_string(&args).unwrap(), given(&config));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), before);

    // Changed, in a folder whose name cmd would read as a second command. (A `%` in it, which
    // cmd expands only once, cannot be shown here: Wine's cmd expands the value again.)
    let odd = env.path("R&D (old)/config.toml");
    std::fs::create_dir_all(odd.parent().unwrap()).unwrap();
    std::fs::write(&odd, QUICK).unwrap();
    let (code, stdout, _) = edit_at(&odd, Some("# edited"));
    assert_eq!(
        (code, stdout.as_str()),
        (
            Some(0),
            "OK: the config is valid. deskbreak is not running; it will use it when it starts.\n"
        )
    );
    assert_eq!(std::fs::read_to_string(&args).unwrap(), given(&odd));
    assert_eq!(std::fs::read_to_string(&odd).unwrap(), format!("{QUICK}# edited{EOL}"));

    // Changed, with a daemon that applies it.
    let _daemon = env.start_daemon();
    assert_eq!(
        edit(Some("# edited")),
        (
            Some(0),
            "OK: the config is valid and deskbreak applied it.\n".into(),
            String::new()
        )
    );
    assert!(
        std::fs::read_to_string(&config)
            .unwrap()
            .ends_with(&format!("# edited{EOL}"))
    );

    // Broken: refused, the daemon keeps the config it has.
    let (code, stdout, stderr) = edit(Some("snooze"));
    assert_eq!((code, stdout.as_str()), (Some(2), ""));
    assert!(
        stderr.ends_with("The running daemon, if any, keeps the previous config; fix the file and save again.\n"),
        "{stderr}"
    );
}

#[test]
fn a_span_past_its_bound_is_refused_naming_the_bound_and_where() {
    let env = TestEnv::new(QUICK);
    let config = env.path("config/deskbreak/config.toml");
    std::fs::write(&config, format!("{QUICK}\n[relief]\nwithin = \"300000y\"\n")).unwrap();
    let out = env.run(&["config", "check"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "deskbreak: {}:11:10: `relief.within` must be from 1 hour to 1 year\n   |\n11 | within = \"300000y\"\n   |          ^^^^^^^^^\n",
            config.display()
        )
    );
}

#[test]
fn a_daemon_runs_with_every_value_at_its_upper_bound() {
    let at_bounds = "[schedule]\nmin_interval = \"24h\"\nmax_interval = \"24h\"\nsnooze = \"24h\"\n\
                     reminder_timeout = \"24h\"\nmin_gap = \"24h\"\n[categories.posture]\nevery = \"24h\"\n\
                     [water]\ndaily_target = 50\n[relief]\nadvise_after = 100\nwithin = \"1y\"\n\
                     [breaks]\nnatural_break = \"24h\"\n[stats]\nstreak_threshold = \"100%\"\n";
    let env = TestEnv::new(at_bounds);
    assert_eq!(env.ok(&["config", "check"]), "OK\n");
    let daemon = env.start_daemon();
    env.ok(&["relief"]);
    assert_eq!(env.status()["relief"]["recent"], 1);
    env.ok(&["quit"]);
    let (status, _, stderr) = daemon.wait_exit();
    assert!(status.success(), "{stderr}");
}

#[test]
fn hours_past_any_clock_are_refused_without_overflowing() {
    let env = TestEnv::new(QUICK);
    let config = env.path("config/deskbreak/config.toml");
    // 99999999 hours are more minutes than a u32 holds.
    std::fs::write(&config, "[schedule]\nhours = [\"99999999:00-10:00\"]\n").unwrap();
    let out = env.run(&["config", "check"]);
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "deskbreak: {}:2:10: `schedule.hours` = \"99999999:00-10:00\" is not a range of hours: write it like \"09:00-17:30\"\n  |\n2 | hours = [\"99999999:00-10:00\"]\n  |          ^^^^^^^^^^^^^^^^^^^\n",
            config.display()
        )
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "");
}
