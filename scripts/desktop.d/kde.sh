#!/usr/bin/env bash
# deskbreak on a real KDE Plasma 5.27 desktop, headless: `scripts/desktop kde`, as root on Debian 12.
#
# Installs KWin, Plasma and what the harness's small helpers need, builds deskbreak (common.sh),
# and as a throwaway user with a private system and session bus starts `kwin_wayland --virtual`
# (1280x800) and `plasmashell`, then deskbreak with a config of short intervals. It drives the
# desktop as a person would, with the real pointer (KWin's fake-input protocol: kde-input), looks
# with KWin's screenshot interface (kde-shot) and reads the screen with tesseract, and checks:
#   (a) a prompt is shown: the Notify call's summary is the prompt's title, and the popup shows it
#   (b) Done clicked on the popup logs `done`
#   (c) the popup's close button logs `snoozed`
#   (d) the tray icon is registered with Plasma and shown in the panel; its menu opens on a
#       click, the Snooze submenu opens on screen, and "Drank a glass of water" logs a drink
#   (e) Do Not Disturb (an Inhibit on Plasma's notification server) holds a due prompt
#       ("hold":"quiet"), which shows once it ends
#   (f) no input for longer than the natural break logs `away`
# Prints PASS/FAIL per check; exits 0 only when all pass. Screenshots stay in the results folder.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/desktop.d/common.sh
source "$here/common.sh"
desk_init kde

# --- Machine ---------------------------------------------------------------------------------

# With --no-install-recommends, each piece is named: the shell and its panel layout
# (plasma-desktop), Qt's Wayland platform plugin (qtwayland5, else plasmashell aborts), the
# service cache tool that makes KWin see our desktop file (libkf5service-bin); the helpers' C
# toolchain and headers; tesseract to find buttons and menu entries by their text; jq for
# `status --json`. desk_apt waits for another apt that holds the lock (a provisioning run).
desk_apt kwin-wayland plasma-workspace plasma-desktop kactivitymanagerd qtwayland5 breeze \
    plasma-integration libkf5service-bin fonts-dejavu-core dbus-daemon dbus-bin libglib2.0-bin \
    gcc libc6-dev pkg-config libwayland-dev libwayland-bin plasma-wayland-protocols \
    libglib2.0-dev libpng-dev tesseract-ocr tesseract-ocr-eng jq
desk_build
desk_user
desk_buses

# The helpers, compiled where the user can run them. kde-shot must be a binary of its own (see
# its header): KWin grants the screenshot interface by the caller's executable.
kde_helpers() {
    local build=$DESK_WORK/build proto=/usr/share/plasma-wayland-protocols/fake-input.xml # Debian: plasma-wayland-protocols
    mkdir -p "$build"
    wayland-scanner client-header "$proto" "$build/fake-input-client-protocol.h"
    wayland-scanner private-code "$proto" "$build/fake-input-protocol.c"
    # shellcheck disable=SC2046  # pkg-config prints several flags
    {
        gcc -O2 -Wall -I"$build" -o "$DESK_WORK/bin/kde-input" "$here/kde-input.c" \
            "$build/fake-input-protocol.c" $(pkg-config --cflags --libs wayland-client)
        gcc -O2 -Wall -o "$DESK_WORK/bin/kde-shot" "$here/kde-shot.c" \
            $(pkg-config --cflags --libs gio-unix-2.0 libpng)
        gcc -O2 -Wall -o "$DESK_WORK/bin/kde-inhibit" "$here/kde-inhibit.c" \
            $(pkg-config --cflags --libs gio-2.0)
    } >"$DESK_RESULTS/helpers-build.log" 2>&1 || die "the helpers do not build: see $DESK_RESULTS/helpers-build.log"
    # The packaged kwin_wayland carries a file capability (cap_sys_resource, to raise its
    # scheduling limits) that a container's bounding set refuses at exec; a plain copy has none.
    cp "$(command -v kwin_wayland)" "$DESK_WORK/bin/kwin_wayland"
}
kde_helpers

# KWin's permission for org.kde.KWin.ScreenShot2: a desktop file whose Exec is kde-shot's own
# canonical path (KWin compares it with /proc/PID/exe), listed in the service cache KWin reads.
desk_as_user mkdir -p "$DESK_HOME/.local/share/applications"
desk_as_user tee "$DESK_HOME/.local/share/applications/deskbreak-harness-shot.desktop" >/dev/null <<EOF
[Desktop Entry]
Type=Application
Name=deskbreak harness screenshots
Exec=$(readlink -f "$DESK_WORK/bin/kde-shot")
NoDisplay=true
X-KDE-DBUS-Restricted-Interfaces=org.kde.KWin.ScreenShot2
EOF
desk_as_user kbuildsycoca5 --noincremental >"$DESK_RESULTS/kbuildsycoca5.log" 2>&1

# --- Session ---------------------------------------------------------------------------------

socket=wayland-deskbreak
DESK_ENV=("WAYLAND_DISPLAY=$socket" QT_QPA_PLATFORM=wayland XDG_SESSION_TYPE=wayland
    XDG_CURRENT_DESKTOP=KDE XDG_SESSION_DESKTOP=KDE KDE_FULL_SESSION=true KDE_SESSION_VERSION=5)
t_session=$SECONDS
# KWIN_WAYLAND_NO_PERMISSION_CHECKS: KWin offers org_kde_kwin_fake_input (our pointer) only
# to clients it trusts; this makes it trust all of the session's clients.
desk_bg_user kwin env KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 kwin_wayland --virtual --width 1280 \
    --height 800 --no-lockscreen --socket "$socket"
desk_wait "kwin_wayland's socket" 60 test -S "$DESK_RUNTIME/$socket" || die "kwin_wayland did not start: see $DESK_RESULTS/kwin.log"

# Services the session bus starts on demand (kactivitymanagerd, kded5, ...) get their
# environment from the bus: without WAYLAND_DISPLAY there, kactivitymanagerd cannot start and
# plasmashell refuses to load its containments. A login session does this in startplasma.
desk_as_user dbus-update-activation-environment --all
desk_bg_user plasmashell plasmashell

bus_has() { desk_as_user gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus \
    -m org.freedesktop.DBus.NameHasOwner "$1" | grep -q true; }
tray_host() { desk_as_user gdbus call --session -d org.kde.StatusNotifierWatcher -o /StatusNotifierWatcher \
    -m org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher IsStatusNotifierHostRegistered | grep -q true; }
desk_wait "Plasma's notification server" 90 bus_has org.freedesktop.Notifications || die "plasmashell did not start: see $DESK_RESULTS/plasmashell.log"
desk_wait "Plasma's system tray" 60 tray_host || die "no StatusNotifierHost registered: see $DESK_RESULTS/plasmashell.log"
say "KWin and Plasma up in $((SECONDS - t_session)) s"

# Every Notify call, for (a): the prompt's title is the summary.
desk_bg_user notify-calls dbus-monitor "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"

# --- Helpers of the checks -------------------------------------------------------------------

shot() { desk_as_user kde-shot "$DESK_RESULTS/$1.png" "${@:2}"; }
click() { desk_as_user kde-input click "$1" "$2"; }
point() { desk_as_user kde-input move "$1" "$2"; }
status_json() { desk_db status --json; }
state_is() { [ "$(status_json | jq -r .state)" = "$1" ]; }
hold_is() { [ "$(status_json | jq -r .hold)" = "$1" ]; }

# Where popups and the tray menu appear: the bottom right, above the 44 px panel.
AREA=(640 200 640 556)
PANEL=(0 756 1280 44)

# ocr NAME X Y W H: a 3x shot of the area ($DESK_RESULTS/NAME.png) and the words tesseract
# reads there, "CX CY WORD LEFT" a line in screen pixels (centre, left edge) in
# $DESK_RESULTS/NAME.words.
ocr() {
    local name=$1 x=$2 y=$3
    shot "$name" "$2" "$3" "$4" "$5" 3
    tesseract "$DESK_RESULTS/$name.png" - --psm 11 tsv 2>/dev/null |
        awk -F'\t' -v x="$x" -v y="$y" 'NR > 1 && $12 != "" && $11 >= 60 {
            printf "%d %d %s %d\n", x + ($7 + $9 / 2) / 3, y + ($8 + $10 / 2) / 3, $12, x + $7 / 3 }' \
        >"$DESK_RESULTS/$name.words"
}
# word NAME WORD: "CX CY" of that word in NAME's words; 1 when it is not there.
word() { awk -v w="$2" '$3 == w { print $1, $2; found = 1; exit } END { exit !found }' "$DESK_RESULTS/$1.words"; }
# word_left NAME WORD: the left edge of that word.
word_left() { awk -v w="$2" '$3 == w { print $4; found = 1; exit } END { exit !found }' "$DESK_RESULTS/$1.words"; }

# The summaries of the Notify calls so far, one a line: the fourth argument, the third string
# (app_name, replaces_id, app_icon, summary).
summaries() {
    awk '/member=Notify/ { n = 1; s = 0; next }
         n && /^   string "/ { if (++s == 3) { sub(/^   string "/, ""); sub(/"$/, ""); print; n = 0 } }' \
        "$DESK_RESULTS/notify-calls.log"
}
notify_count_at_least() { [ "$(summaries | wc -l)" -ge "$1" ]; }

# The deskbreak icon in the panel: "X Y" of its coloured disc (see crates/tray/src/icons.rs: waiting
# 2a9d8f, pending e76f51, paused 8d99ae). Needs enough pixels: the Do Not Disturb bell's red
# stroke is near the pending colour.
tray_icon() {
    local found x y n
    found=$(desk_as_user kde-shot --find "$1" "${PANEL[@]}") || return 1
    read -r x y n <<<"$found"
    [ "$n" -ge 100 ] && echo "$x $y"
}

# The person is at the desk: a small pointer move every few seconds while waiting, so that a
# wait of the harness is never taken for a natural break (only (f) wants one).
wait_present() {
    local desc=$1 limit=$2; shift 2
    local deadline=$((SECONDS + limit)) nudge=0 side=0
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || { say "gave up after ${limit}s waiting for $desc"; return 1; }
        # To and fro: a move to where the pointer already is is no input at all.
        if [ $((SECONDS - nudge)) -ge 8 ]; then side=$((1 - side)); point $((300 + 9 * side)) 300; nudge=$SECONDS; fi
        sleep 0.3
    done
}

# --- deskbreak -------------------------------------------------------------------------------

# A prompt every 15 s, all day every day; a 30 s snooze; a natural break after 40 s without
# input (longer than any pause of the harness before (f), short enough to wait for).
desk_config <<'EOF'
[schedule]
min_interval = "15s"
max_interval = "15s"
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]
snooze = "30s"
reminder_timeout = "5m"
min_gap = "1s"

[breaks]
natural_break = "40s"
wait_for_pause = "0s"
EOF
t_round=$SECONDS
desk_bg_user deskbreak deskbreak run -v
desk_wait "the deskbreak daemon" 20 desk_db status || die "deskbreak did not start: see $DESK_RESULTS/deskbreak.log"
point 300 300

# (a) The first prompt comes one interval after start.
if wait_present "the first prompt" 45 notify_count_at_least 1 && wait_present "a pending prompt" 10 state_is pending; then
    sleep 1 # the popup's slide-in
    title=$(status_json | jq -r .pending.title)
    summary=$(summaries | tail -n 1)
    shot a-screen
    ocr a-popup "${AREA[@]}"
    desk_check "(a) prompt shown: the Notify call's summary \"$summary\" is the pending prompt's title" \
        [ "$summary" = "$title" ]
    # The longest word of the title, read off the screen.
    longest=$(tr -c '[:alnum:]\n' ' ' <<<"$title" | tr ' ' '\n' | awk '{ print length, $0 }' | sort -rn | head -n 1 | cut -d' ' -f2)
    desk_check "(a) the popup on screen shows the title (\"$longest\" read in a-popup.png)" \
        grep -q "$longest" "$DESK_RESULTS/a-popup.words"
else
    desk_fail "(a) no prompt shown within 45 s: see notify-calls.log and deskbreak.log"
fi

# (b) Done, clicked on the popup.
if state_is pending && done_at=$(word a-popup Done); then
    # shellcheck disable=SC2086  # "X Y"
    click $done_at
    desk_check "(b) Done clicked at ($done_at) on the popup: a \"done\" record via the notification" \
        desk_wait "a done record" 10 desk_has_ack "done" notification
    say "$(desk_last_ack "done")"
else
    desk_fail "(b) no Done button read on the popup (a-popup.words)"
fi

# The second prompt, for (d) and (c); the tray first, while the popup waits.
prompt2=no
if wait_present "the second prompt" 40 notify_count_at_least 2 && wait_present "a pending prompt" 10 state_is pending; then
    prompt2=yes
    sleep 1
    shot c-screen
fi

# (d) The tray icon: registered with Plasma's StatusNotifierWatcher, seen in the panel, its
# menu opened with a click (left click: deskbreak's item says ItemIsMenu).
sni_ids() {
    local item
    for item in $(desk_as_user gdbus call --session -d org.kde.StatusNotifierWatcher -o /StatusNotifierWatcher \
        -m org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems |
        grep -o "'[^']*'" | tr -d "'"); do
        desk_as_user gdbus call --session -d "${item%%/*}" -o "/${item#*/}" \
            -m org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierItem Id 2>/dev/null || true
    done
}
desk_check "(d) a StatusNotifierItem with Id deskbreak is registered with Plasma's StatusNotifierWatcher" \
    grep -q "'deskbreak'" <<<"$(sni_ids)"
shot d-panel "${PANEL[@]}" 2
if [ $prompt2 = yes ]; then colour=e76f51; else colour=2a9d8f; fi

# open_menu NAME: click the tray icon and read its menu (NAME.png, NAME.words).
open_menu() {
    # shellcheck disable=SC2086  # "X Y"
    click $icon
    sleep 1
    ocr "$1" "${AREA[@]}"
    word "$1" Drank >/dev/null
}
# Clicks on the desktop, away from any menu, close the menus (Wayland popups are dismissed by
# a click outside them): one click closes only the innermost of a menu and its open submenu.
close_menus() { click 200 200; sleep 0.5; click 200 200; sleep 0.5; }

# snooze_submenu NAME: open the Snooze submenu of the open menu (read as MENU) and read the
# screen (NAME.png); prints how many of its entries ("5 min" ... "30 min") are on screen, left
# of the menu, where a submenu goes when there is no room on its right.
snooze_submenu() {
    local sx sy menu_left
    read -r sx sy <<<"$(word "$2" Snooze)"
    # The pointer glides onto the entry (Qt opens a submenu on a move within an entry, not on
    # the pointer entering the menu), and clicks it, which opens the submenu at once.
    point $((sx - 6)) "$sy"
    point "$sx" "$sy"
    click "$sx" "$sy"
    sleep 1.5
    ocr "$1" 0 0 1280 800
    # The menu's left edge: its entries' text starts about 12 px inside it.
    menu_left=$(($(word_left "$2" Drank) - 12))
    awk -v l="$menu_left" '$3 == "min" && $1 < l' "$DESK_RESULTS/$1.words" | wc -l
}

if icon=$(tray_icon $colour); then
    desk_pass "(d) the icon is in the panel's system tray at ($icon), not in the hidden area (d-panel.png)"
    if open_menu d-menu; then
        desk_pass "(d) a click on the icon opened its menu (d-menu.png)"
        read -r drank_x drank_y <<<"$(word d-menu Drank)"
        point $((drank_x - 6)) "$drank_y"
        click "$drank_x" "$drank_y"
        desk_check "(d) \"Drank a glass of water\" chosen in the menu: a drink record via the tray" \
            desk_wait "a drink record" 10 desk_has_ack drink tray
        desk_check "(d) deskbreak status counts the glass (water 1/8)" \
            [ "$(status_json | jq -r .today.water)" = 1 ]
    else
        desk_fail "(d) the menu did not open, or its Drank entry was not read (d-menu.png)"
    fi
    close_menus
    # The Snooze submenu (enabled while a prompt is pending), the first time it opens in this
    # session: it was seen placed off-screen on Plasma (x=1276 of 1280). Then a second time.
    if [ $prompt2 = yes ] && open_menu d-menu-2; then
        on_screen=$(snooze_submenu d-snooze-submenu d-menu-2)
        desk_check "(d) the Snooze submenu, opened the first time, is on screen: $on_screen of its 4 \"… min\" entries read left of the menu (d-snooze-submenu.png)" \
            [ "$on_screen" -ge 4 ]
        close_menus
        if open_menu d-menu-3; then
            say "the Snooze submenu opened a second time: $(snooze_submenu d-snooze-submenu-2 d-menu-3) of 4 entries on screen (d-snooze-submenu-2.png)"
        fi
        close_menus
    else
        desk_fail "(d) no pending prompt, or the menu did not open again, for the Snooze submenu (d-menu-2.png)"
    fi
else
    desk_fail "(d) the icon ($colour) is not in the panel (d-panel.png): hidden in the tray's expand area?"
fi

# (c) The popup's close button (the red circle at its top right), clicked.
if [ $prompt2 = yes ] && state_is pending; then
    shot c-popup "${AREA[@]}"
    if found=$(desk_as_user kde-shot --find da4453 "${AREA[@]}"); then
        read -r cx cy _ <<<"$found"
        click "$cx" "$cy"
        desk_check "(c) the popup's close button clicked at ($cx $cy): a \"snoozed\" record" \
            desk_wait "a snoozed record" 10 desk_has_ack snoozed
        say "$(desk_last_ack snoozed)"
    else
        desk_fail "(c) no close button (red) found on the popup (c-popup.png)"
    fi
else
    desk_fail "(c) no second prompt pending to close (state: $(status_json | jq -r .state))"
fi

# (e) Do Not Disturb: Plasma's notification server inhibited while kde-inhibit runs. The
# snoozed prompt comes due under it and must wait.
due=$(status_json | jq -r '.pending.snoozed_until // empty')
desk_bg_user inhibit kde-inhibit
inhibit_pid=$DESK_LAST_PID
shown_before=$(summaries | wc -l)
if [ -z "$due" ]; then
    desk_fail "(e) no snoozed prompt to come due under Do Not Disturb (state: $(status_json | jq -r .state))"
elif ! wait_present "deskbreak to see Do Not Disturb" 10 hold_is quiet; then
    desk_fail "(e) status --json never said \"hold\":\"quiet\" under Do Not Disturb (hold: $(status_json | jq -r .hold))"
else
    # Past the snooze's end, with a margin: the prompt is due now and must not show.
    past_due() { [ "$(date +%s)" -gt $(($(date -d "$due" +%s) + 3)) ]; }
    wait_present "the snooze to end" 60 past_due
    shot e-screen
    desk_check "(e) Do Not Disturb holds the prompt due at $(date -d "$due" +%T): status --json says \"hold\":\"quiet\", state $(status_json | jq -r .state)" \
        hold_is quiet
    desk_check "(e) nothing shown while held (e-screen.png)" [ "$(summaries | wc -l)" = "$shown_before" ]
fi
desk_stop "$inhibit_pid"
desk_check "(e) the held prompt shows once Do Not Disturb ends" \
    wait_present "the prompt after Do Not Disturb" 20 notify_count_at_least $((shown_before + 1))

# (f) Away: no input for longer than the natural break (40 s). The pending prompt closes as a
# natural break, and coming back (a pointer move) ends the break with an `away` record.
say "no input for 40 s and more, for the natural break"
away_before=$(desk_ack_count away idle)
natural_before=$(desk_ack_count natural idle)
if desk_wait "the natural break" 75 desk_has_ack natural idle $((natural_before + 1)); then
    point 500 400
    desk_check "(f) 40 s without input: an \"away\" record via idle" \
        desk_wait "an away record" 15 desk_has_ack away idle $((away_before + 1))
    say "$(desk_last_ack away)"
else
    desk_fail "(f) no natural break within 75 s without input"
fi
shot f-screen

say "the round took $((SECONDS - t_round)) s; the log:"
desk_acks >&2
desk_finish
