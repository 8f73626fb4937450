//! A fake `gsettings` program in the environment's `bin`, which every `TestEnv` installs (no
//! GNOME unless a test says so). Needs the sibling module `env`.

use std::path::PathBuf;

use super::env::TestEnv;

/// A fake `gsettings`, installed in the environment's `bin`: it answers `get` with what the test
/// last set for GNOME's `show-banners`, and writes down each call.
pub struct FakeGsettings {
    value: PathBuf,
    calls: PathBuf,
}

impl FakeGsettings {
    /// `shown` is `show-banners`; `None` is a desktop without GNOME's schema.
    pub fn install(env: &TestEnv, shown: Option<bool>) -> FakeGsettings {
        let fake = FakeGsettings {
            value: env.path("gsettings.value"),
            calls: env.path("gsettings.calls"),
        };
        fake.set(shown);
        let script = env.bin().join("gsettings");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\n\
                 echo \"$*\" >> '{calls}'\n\
                 if [ -f '{value}' ]; then cat '{value}'; exit 0; fi\n\
                 echo \"No such schema \u{201c}org.gnome.desktop.notifications\u{201d}\" >&2\n\
                 exit 1\n",
                calls = fake.calls.display(),
                value = fake.value.display(),
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        fake
    }

    /// Changes what the next call says, as a write to dconf would, but tells no one.
    pub fn set(&self, shown: Option<bool>) {
        match shown {
            // Renamed into place, so that a call never reads half a value.
            Some(shown) => {
                let next = self.value.with_extension("next");
                std::fs::write(&next, format!("{shown}\n")).unwrap();
                std::fs::rename(&next, &self.value).unwrap();
            }
            None => {
                let _ = std::fs::remove_file(&self.value);
            }
        }
    }

    /// The arguments of each call so far.
    pub fn calls(&self) -> Vec<String> {
        std::fs::read_to_string(&self.calls)
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect()
    }
}
