//! `deskbreak stats` and `deskbreak log` on fixture logs, through the real binary.
//!
//! `tests/fixtures/logs/two-weeks.jsonl` holds ten days of records (2026-11-16 to 2026-11-25,
//! today) with a snooze chain, a natural break, drinks, relief episodes, a record from a newer
//! version with a field this one does not know, a record of an unknown outcome ("stretched"),
//! a damaged line (23) and a torn last line (37). The expected outputs beside it were checked
//! by hand against it: see the figures spelled out in `the_json_figures_are_exact`.
//!
//! `tests/fixtures/logs/sitting.jsonl` adds sitting records (arrived, away, stopped) among
//! prompts: its stretches are listed in `SITTING`.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-25";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs")
        .join(name)
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

/// A home directory with its own XDG directories, a log and (optionally) a config.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn with_log(log: Option<&str>) -> Home {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data/deskbreak")).unwrap();
        if let Some(name) = log {
            std::fs::copy(
                fixture(name),
                dir.path().join("data").join("deskbreak").join("acks.jsonl"),
            )
            .unwrap();
        }
        Home { dir }
    }

    fn config(self, text: &str) -> Home {
        std::fs::create_dir_all(self.dir.path().join("config/deskbreak")).unwrap();
        std::fs::write(self.dir.path().join("config/deskbreak/config.toml"), text).unwrap();
        self
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_deskbreak"));
        let path = |sub: &str| self.dir.path().join(sub);
        cmd.env_clear()
            .env("HOME", path("home"))
            .env("XDG_CONFIG_HOME", path("config"))
            .env("XDG_DATA_HOME", path("data"))
            .env("XDG_STATE_HOME", path("state"))
            .env("XDG_RUNTIME_DIR", path("run"))
            .env("TZ", "UTC")
            .env("DESKBREAK_TODAY", TODAY)
            .args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Stdout of a command that must succeed.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    fn acks(&self) -> PathBuf {
        self.dir.path().join("data").join("deskbreak").join("acks.jsonl")
    }
}

mod figures;
mod log;
mod sitting;
