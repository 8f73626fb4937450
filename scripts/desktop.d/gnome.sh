#!/usr/bin/env bash
# deskbreak in a real GNOME Shell (Debian 12: GNOME 43), headless, with Ubuntu's AppIndicator
# extension for the tray, driven with real input through org.gnome.Mutter.RemoteDesktop:
#   (a) a prompt's banner with its title   (b) Done clicked on the banner
#   (c) the banner's close button: snoozed (d) the tray icon, and a menu entry clicked
#   (e) Do Not Disturb holds a due prompt  (f) no input for the natural break: an away record
# Run as `scripts/desktop gnome` (root; it installs packages and creates a throwaway user).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$here/common.sh"

desk_init gnome
desk_apt gnome-shell gnome-shell-extension-appindicator gjs python3 python3-gi gir1.2-glib-2.0 \
    dbus-daemon dbus-bin libglib2.0-bin dconf-service dconf-gsettings-backend \
    libgl1-mesa-dri libegl-mesa0 util-linux passwd procps
desk_build
desk_user
desk_buses

# Short durations so that a round takes a few minutes: the snoozed prompt returns after 15 s,
# 20 s without input is a natural break. Prompts otherwise come only when asked (`now`): the
# interval is long enough that none falls due by itself in the middle of a check.
desk_config <<'EOF'
[schedule]
min_interval = "10m"
max_interval = "10m"
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]
snooze = "15s"
reminder_timeout = "10m"
min_gap = "1s"

[breaks]
natural_break = "20s"
pause_length = "1s"
wait_for_pause = "0s"
EOF

# Root puts the files the user needs in place: the checkout may be one the user cannot read.
# The folders are the user's own (made by the user), as on a real login.
own() {
    desk_as_user mkdir -p "$(dirname "$3")"
    install -m "$1" -o "$DESK_USER" -g "$DESK_GID" "$2" "$3"
}
data=$DESK_HOME/.local/share
probe=deskbreak-probe@deskbreak
own 644 "$here/gnome-probe/metadata.json" "$data/gnome-shell/extensions/$probe/metadata.json"
own 644 "$here/gnome-probe/extension.js" "$data/gnome-shell/extensions/$probe/extension.js"
own 755 "$here/gnome-input.py" "$DESK_WORK/bin/gnome-input.py"
# The menu entry and icon the packages install (/usr/share), here in the user's own data dir:
# GNOME names and draws a notification's source from the desktop-entry hint.
own 644 "$DESK_ROOT/packaging/linux/deskbreak.desktop" "$data/applications/deskbreak.desktop"
own 644 "$DESK_ROOT/packaging/icons/deskbreak.svg" "$data/icons/hicolor/scalable/apps/deskbreak.svg"
# Without GDM there is no lock screen; GNOME says so in a banner once per user ("Screen Lock
# disabled"), which would sit where the prompts' banners go. Mark it as said.
own 644 /dev/null "$data/gnome-shell/lock-warning-shown"
# The shell reads these at start: the AppIndicator extension and our probe enabled, no
# version check for the probe, no welcome dialog, no screen blanking or lock in the idle check.
gset() { desk_as_user gsettings set "$@"; }
gset org.gnome.shell enabled-extensions "['ubuntu-appindicators@ubuntu.com', '$probe']"
gset org.gnome.shell disable-user-extensions false
gset org.gnome.shell disable-extension-version-validation true
gset org.gnome.shell welcome-dialog-last-shown-version '999'
gset org.gnome.desktop.session idle-delay 0
gset org.gnome.desktop.screensaver lock-enabled false
gset org.gnome.desktop.notifications show-banners true

DESK_ENV=(XDG_SESSION_TYPE=wayland XDG_CURRENT_DESKTOP=GNOME XDG_SESSION_DESKTOP=gnome)
say "starting gnome-shell (log: $DESK_RESULTS/gnome-shell.log)"
desk_bg_user gnome-shell gnome-shell --headless --wayland --no-x11 --virtual-monitor 1280x800
shell_pid=$DESK_LAST_PID
DESK_ENV+=(WAYLAND_DISPLAY=wayland-0)

# Debian's own python3, the one python3-gi is for (not one that PATH may find first).
input() { desk_as_user /usr/bin/python3 "$DESK_WORK/bin/gnome-input.py" "$@"; }
# A pointer move or a screenshot that fails is said, and the checks go on (and fail, if it
# mattered), so that every check gets its line.
act() { input "$@" >/dev/null || say "failed: gnome-input.py $*"; }
shot() {
    if input shot "$DESK_RESULTS/$1.png" >/dev/null; then say "screenshot $1.png"; else say "no screenshot $1"; fi
}
bus_has() {
    desk_as_user gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner "$1" | grep -q true
}
desk_wait "GNOME Shell and the probe extension" 120 input indicators ||
    { kill -0 "$shell_pid" 2>/dev/null || say "gnome-shell exited"; tail -n 30 "$DESK_RESULTS/gnome-shell.log" >&2; exit 1; }
desk_wait "the AppIndicator extension's StatusNotifierWatcher" 30 bus_has org.kde.StatusNotifierWatcher || true
# GNOME starts in the overview; a person presses Escape to get to the desktop.
act key Escape
sleep 1
shot 0-desktop

# Every Notify call on the session bus, as dbus-monitor prints it.
desk_bg_user notify-monitor dbus-monitor --session \
    "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
sleep 0.5
say "starting deskbreak (log: $DESK_RESULTS/deskbreak.log)"
desk_bg_user deskbreak deskbreak run -v
daemon_pid=$DESK_LAST_PID
desk_wait "the daemon to answer" 30 desk_db status || exit 1
desk_db doctor >"$DESK_RESULTS/doctor.txt" 2>&1 || true

# The summaries of the Notify calls to the notification server so far, one a line (the fourth
# argument). GNOME's server passes each call on to the Shell once more: those are left out.
summaries() {
    awk '/destination=org.freedesktop.Notifications .*member=Notify$/ { n = 0; on = 1; next }
         on && /^   [a-z]/ { if (++n == 4) { on = 0; sub(/^   string "/, ""); sub(/"$/, ""); print } }' \
        "$DESK_RESULTS/notify-monitor.log"
}
notify_count() { summaries | wc -l; }
notified_at_least() { [ "$(notify_count)" -ge "$1" ]; }
# A value from `deskbreak status --json`, a Python expression over it as d (empty on failure).
json() {
    desk_db status --json | python3 -c "import datetime, json, sys; d = json.load(sys.stdin); print($1)" ||
        true
}
hold_is() { [ "$(json "d['hold']")" = "$1" ]; }
on_screen() { input find "$1" | grep -q .; }

# (d) The tray icon: the watcher lists the daemon's item (ksni names it after the pid).
items() {
    desk_as_user gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
        --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems
}
registered() { items | grep -q "StatusNotifierItem-$daemon_pid-"; }
desk_wait "deskbreak's item at the watcher" 30 registered || true
# The extension (v46) checks an item's Id and Menu again a second after it registers, and drops
# the icon when a name-owner notice raced that check (its "While initalizing proxy ... Argument
# two may not be null", ubuntu/gnome-shell-extension-appindicator#386): look after that.
sleep 2.5
desk_check "(d) the tray icon is registered with the StatusNotifierWatcher: $(items 2>&1 | tr -d '\n')" registered
# The AppIndicator extension's buttons in the panel are keyed "appindicator-<item>".
panel_entry() { input indicators | grep "appindicator-.*StatusNotifierItem-$daemon_pid-"; }
in_panel() { panel_entry >/dev/null; }
desk_check "(d) the icon is in the top bar: $(panel_entry | tr -s ' ')" in_panel
input shot-area "$DESK_RESULTS/1-topbar.png" 640 0 640 40 >/dev/null || true

# (a) A prompt: `deskbreak now`, its Notify with the prompt's title as summary, the banner.
before=$(notify_count)
desk_db now >/dev/null
title=$(json "d['pending']['title']")
desk_wait "the Notify call" 15 notified_at_least $((before + 1)) || true
desk_check "(a) Notify's summary is the prompt's title \"$title\" (got \"$(summaries | tail -n 1)\")" \
    test "$(summaries | tail -n 1)" = "$title"
desk_wait "the banner" 10 on_screen "$title" || true
sleep 1
shot 2-banner
desk_check "(a) the banner shows \"$title\"" on_screen "$title"

# (b) Done on the banner, clicked with the pointer.
act click-text Done
desk_wait "a done record" 15 desk_has_ack "done" notification || true
desk_check "(b) Done clicked on the banner: $(desk_last_ack "done")" desk_has_ack "done" notification

# (d) The icon clicked opens its menu; "Drank a glass of water" clicked logs a glass.
act click-indicator appindicator
desk_wait "the tray menu" 10 on_screen "Drank a glass of water" || true
sleep 0.5
shot 3-tray-menu
act click-text "Drank a glass of water"
desk_wait "a drink record" 15 desk_has_ack drink tray || true
shot 3b-after-menu
desk_check "(d) the menu entry \"Drank a glass of water\" clicked: $(desk_last_ack drink)" desk_has_ack drink tray

# (c) Another prompt, closed with the banner's close button (shown on hover): snoozed.
before=$(notify_count)
desk_db now >/dev/null
desk_wait "the second banner" 15 notified_at_least $((before + 1)) || true
title=$(summaries | tail -n 1)
desk_wait "the banner" 10 on_screen "$title" || true
sleep 1
act move 640 60
sleep 0.5
shot 4-banner-hover
act click-class message-close-button
desk_wait "a snoozed record" 15 desk_has_ack snoozed notification || true
desk_check "(c) the banner closed with its close button is snoozed: $(desk_last_ack snoozed)" \
    desk_has_ack snoozed notification

# (e) Banners hidden (GNOME's Do Not Disturb) before the snooze ends: the prompt falls due and
# is held, with no Notify, while the person keeps working; banners back on, it shows.
gset org.gnome.desktop.notifications show-banners false
before=$(notify_count)
due=$((SECONDS + 15))
desk_wait "hold: quiet" 10 hold_is quiet || true
while [ $SECONDS -lt $((due + 6)) ]; do
    # A person at work: input every few seconds, so this is not a natural break.
    act move $((400 + RANDOM % 400)) $((300 + RANDOM % 200))
    sleep 3
done
shot 5-do-not-disturb
# Held: due (its snooze is over), not shown, and status says why.
due_now() {
    [ "$(json "datetime.datetime.fromisoformat(d['pending']['snoozed_until']) <= datetime.datetime.now(datetime.timezone.utc)")" = True ]
}
held() { due_now && hold_is quiet && [ "$(notify_count)" = "$before" ]; }
desk_check "(e) with banners hidden the due prompt is held (hold: $(json "d['hold']")) and not shown ($(($(notify_count) - before)) Notify calls)" held
gset org.gnome.desktop.notifications show-banners true
desk_wait "the held prompt" 15 notified_at_least $((before + 1)) || true
desk_check "(e) banners shown again, the held prompt comes: \"$(summaries | tail -n 1)\"" notified_at_least $((before + 1))
sleep 1
shot 6-after-do-not-disturb

# (f) No input for longer than the natural break (20 s; Mutter's idle monitor counts it), then
# the pointer moves: an away record, and the prompt on screen closed as a natural break.
away_before=$(desk_ack_count away idle)
say "no input for 30 s"
sleep 30
act move 640 400
desk_wait "an away record" 15 desk_has_ack away idle $((away_before + 1)) || true
desk_check "(f) back after the natural break: $(desk_last_ack away)" desk_has_ack away idle $((away_before + 1))
desk_check "(f) the prompt left on screen was closed as natural: $(desk_last_ack natural)" desk_has_ack natural
shot 7-back
desk_check "(d) the icon is still in the top bar at the end" in_panel

desk_db status >"$DESK_RESULTS/status.txt" 2>&1 || true
desk_finish
