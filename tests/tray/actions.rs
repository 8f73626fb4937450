//! Statistics…, Open config and a choice the log cannot take: what the person sees.

use super::*;

#[test]
fn statistics_writes_the_weeks_page_and_opens_it_in_the_browser() {
    let env = TestEnv::new(QUICK);
    // Debian's own xdg-open (xdg-utils, which scripts/test installs): with no desktop to ask, it
    // checks the file and hands it to `$BROWSER`, here a browser that notes what it was given.
    let opened = env.path("opened");
    let browser = env.bin().join("browser");
    write_program(
        &browser,
        &format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", opened.display()),
    );
    std::fs::create_dir_all(env.acks_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.acks_path(),
        format!(
            "{{\"v\":1,\"time\":\"{}\",\"outcome\":\"drink\",\"glasses\":3,\"via\":\"cli\"}}\n",
            deskbreak_host::clock::now().to_rfc3339()
        ),
    )
    .unwrap();
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[("BROWSER", browser.to_str().unwrap())]);

    panel.click("Statistics…");
    let page = env.path("cache/deskbreak/report.html");
    let asked = wait_for("the opener to be asked", || std::fs::read_to_string(&opened).ok());
    assert_eq!(asked, format!("{}\n", page.display()));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h1>Your week with deskbreak</h1>"), "{html}");
    assert!(
        html.contains("<p>3 glasses in all; the target of 8 glasses a day was reached on 0 of 7 days.</p>"),
        "today's drink is on the page: {html}"
    );
    assert_eq!(env.fake().notifies().len(), 0, "no notification: nothing failed");
    // The log says what the menu choice did.
    for line in [
        format!("tray: wrote the report of the last 7 days to {}", page.display()),
        format!("tray: opened {}", page.display()),
    ] {
        wait_for("the daemon log to say so", || {
            env.daemon_log().contains(&line).then_some(())
        });
    }
}

/// A tray choice the log cannot take (a full disk) is not kept: the person, who reads no reply,
/// is told in a notification that stays until dismissed, and nothing is lost once there is room.
#[test]
fn a_tray_choice_that_cannot_be_recorded_says_so_where_the_person_sees_it() {
    let env = TestEnv::new(QUICK);
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);
    std::fs::create_dir_all(env.acks_path().parent().unwrap()).unwrap();
    // Every write to /dev/full fails with "No space left on device".
    let _ = std::fs::remove_file(env.acks_path());
    std::os::unix::fs::symlink("/dev/full", env.acks_path()).unwrap();
    panel.click("Drank a glass of water");
    let n = env.fake().wait_for_notify(1);
    assert_eq!(n.summary, "deskbreak: not recorded");
    assert!(
        n.body
            .starts_with(&format!("could not write to {}: ", env.acks_path().display()))
            && n.body
                .ends_with("; nothing was recorded. Free some space (or fix the file), then choose it again."),
        "{}",
        n.body
    );
    assert_eq!(n.expire_timeout, 0, "it stays until dismissed");
    assert_eq!(env.status()["today"]["water"], 0);
}

#[test]
fn open_config_with_no_application_for_it_says_so_with_the_path() {
    let env = TestEnv::new(QUICK);
    // xdg-open on a desktop where no application opens a .toml file: it exits 3.
    write_program(
        &env.bin().join("xdg-open"),
        "#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n",
    );
    let (_daemon, _watcher, panel) = daemon_with_panel(&env, &[]);

    panel.click("Open config file");
    let n = env.fake().wait_for_notify(1);
    let config = env.path("config/deskbreak/config.toml");
    assert_eq!(
        (n.summary.as_str(), n.body),
        (
            "deskbreak: cannot open the config file",
            format!(
                "No application opens it (xdg-open: exit status: 3). Open {} in your editor, or run \
                 `deskbreak config edit`.",
                config.display()
            )
        )
    );
    assert_eq!(
        n.expire_timeout, 0,
        "an error with a path to read stays until dismissed"
    );
    let logged = format!("WARN tray: cannot open {}: No application opens it", config.display());
    wait_for("the daemon log to say so", || {
        env.daemon_log().contains(&logged).then_some(())
    });
}

/// Writes an executable script.
fn write_program(path: &std::path::Path, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, script).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}
