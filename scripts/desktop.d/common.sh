# shellcheck shell=bash
# The plumbing every real-desktop run shares (sourced by scripts/desktop.d/<desktop>.sh, after
# `set -euo pipefail`): packages, the release build, a throwaway user with a private system and
# session bus, deskbreak's config, running things as that user, waiting with a deadline, the
# acknowledgement log, and PASS/FAIL bookkeeping. Each desktop script calls `desk_init <name>`
# first; everything started through here is stopped, and the user removed, when the script exits.
#
# Variables set for the desktop scripts (after desk_init / desk_user / desk_buses):
#   DESK_ROOT      the checkout (derived from this file's place, never a path of one machine)
#   DESK_RESULTS   where screenshots and logs go; kept at the end and printed
#   DESK_WORK      scratch space (binary, buses, the user's HOME), removed at the end
#   DESK_USER DESK_UID DESK_GID DESK_HOME DESK_RUNTIME   the throwaway user
#   DESK_BIN       the deskbreak binary the user runs
#   DESK_ACKS      the user's acks.jsonl
#   DBUS_SYSTEM_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS     exported: the private buses

DESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DESK_PIDS=()      # process-group leaders we started, stopped in reverse order
DESK_PASSED=0
DESK_FAILED=0
DESK_USER=

say() { printf '%s: %s\n' "${DESK_NAME:-desktop}" "$*" >&2; }
die() { say "error: $*"; exit 2; }

# desk_init NAME: the results and scratch folders, and the cleanup on exit (also on ^C).
desk_init() {
    DESK_NAME=$1
    [ "$(id -u)" = 0 ] || die "run as root: it installs packages and creates a throwaway user"
    DESK_RESULTS=$(mktemp -d "/tmp/deskbreak-$DESK_NAME-results.XXXXXX")
    DESK_WORK=$(mktemp -d "/tmp/deskbreak-$DESK_NAME-work.XXXXXX")
    # The user must reach the binary and write screenshots: both folders are world-searchable,
    # the results world-writable only for the run (chmod back in the cleanup).
    chmod 755 "$DESK_WORK"
    chmod 1777 "$DESK_RESULTS"
    trap desk_cleanup EXIT
    trap 'exit 130' INT TERM
    DESK_T0=$SECONDS
}

desk_cleanup() {
    local status=$? i pid left
    set +e
    for ((i = ${#DESK_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${DESK_PIDS[i]}
        kill -TERM -- "-$pid" 2>/dev/null
    done
    for pid in "${DESK_PIDS[@]}"; do
        for _ in $(seq 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$pid" 2>/dev/null
    done
    if [ -n "$DESK_USER" ]; then
        # Whatever the user's session started on its own (bus-activated services) and outlived
        # its bus: the user is ours and throwaway, so each of its processes is ours too.
        left=$(ps -o pid= -u "$DESK_USER" 2>/dev/null | tr -s ' \n' ' ')
        if [ -n "${left// /}" ]; then
            say "stopping what the test user still runs: $left"
            # shellcheck disable=SC2086  # a list of pids
            kill -KILL $left 2>/dev/null
            sleep 0.5
        fi
        userdel "$DESK_USER" 2>/dev/null || say "could not remove user $DESK_USER"
    fi
    # The daemon's own log and the acknowledgement log outlive the user's HOME.
    if [ -n "${DESK_HOME:-}" ]; then
        cp -r "$DESK_HOME/.local/state/deskbreak" "$DESK_RESULTS/daemon-state" 2>/dev/null
        cp "$DESK_ACKS" "$DESK_RESULTS/acks.jsonl" 2>/dev/null
    fi
    [ -n "${DESK_WORK:-}" ] && rm -rf "$DESK_WORK"
    if [ -n "${DESK_RESULTS:-}" ]; then
        chmod 755 "$DESK_RESULTS"
        say "results (screenshots, logs): $DESK_RESULTS"
    fi
    exit "$status"
}

# desk_apt PKG...: install what is missing. Another apt may hold the lock (an unattended upgrade,
# a provisioning script): wait for it rather than fail or fight it.
desk_apt() {
    local missing=() p deadline=$((SECONDS + 1800))
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} = 0 ] && { say "packages already installed"; return 0; }
    say "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    until apt-get -q update -o DPkg::Lock::Timeout=60 >"$DESK_RESULTS/apt-update.log" 2>&1; do
        [ $SECONDS -lt $deadline ] || die "apt-get update kept failing: see $DESK_RESULTS/apt-update.log"
        say "apt-get update failed (another apt holds the lock?); trying again in 10 s"
        sleep 10
    done
    apt-get -q install -y --no-install-recommends -o DPkg::Lock::Timeout=1200 "${missing[@]}" \
        >"$DESK_RESULTS/apt-install.log" 2>&1 || die "apt-get install failed: see $DESK_RESULTS/apt-install.log"
}

# desk_build: the release build of the checkout, copied where the throwaway user can run it.
# Debian's own rustc is older than the crate's rust-version, so without cargo, rustup's stable.
desk_build() {
    PATH=$PATH:$HOME/.cargo/bin
    if ! command -v cargo >/dev/null; then
        desk_apt curl ca-certificates build-essential pkg-config
        say "installing Rust with rustup (Debian's rustc is too old)"
        curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal >"$DESK_RESULTS/rustup.log" 2>&1
        PATH=$PATH:$HOME/.cargo/bin
    fi
    say "cargo build --release (log: $DESK_RESULTS/build.log)"
    (cd "$DESK_ROOT" && cargo build --release) >"$DESK_RESULTS/build.log" 2>&1 ||
        die "the build failed: see $DESK_RESULTS/build.log"
    local target
    target=$(cd "$DESK_ROOT" && cargo metadata --format-version 1 --no-deps 2>/dev/null |
        sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
    mkdir -p "$DESK_WORK/bin"
    install -m 755 "${target:-$DESK_ROOT/target}/release/deskbreak" "$DESK_WORK/bin/deskbreak"
    DESK_BIN=$DESK_WORK/bin/deskbreak
}

# desk_user: a throwaway user with its HOME and XDG_RUNTIME_DIR in the scratch folder. Desktop
# shells refuse to run as root, and a fresh HOME means a fresh dconf, config and log.
desk_user() {
    DESK_USER=dbtest$$
    DESK_HOME=$DESK_WORK/home
    useradd --no-create-home --home-dir "$DESK_HOME" --shell /bin/bash --user-group "$DESK_USER"
    DESK_UID=$(id -u "$DESK_USER")
    DESK_GID=$(id -g "$DESK_USER")
    DESK_RUNTIME=$DESK_WORK/runtime
    install -d -m 700 -o "$DESK_USER" -g "$DESK_GID" "$DESK_HOME" "$DESK_RUNTIME"
    DESK_ACKS=$DESK_HOME/.local/share/deskbreak/acks.jsonl
}

# desk_bg NAME CMD...: start CMD in the background in a process group of its own (so the
# cleanup stops it with all its children), output in $DESK_RESULTS/NAME.log. Sets DESK_LAST_PID.
desk_bg() {
    local name=$1; shift
    setsid "$@" >"$DESK_RESULTS/$name.log" 2>&1 </dev/null &
    DESK_LAST_PID=$!
    DESK_PIDS+=("$DESK_LAST_PID")
}

# desk_stop PID: stop one process group started by desk_bg (e.g. to restart a daemon).
desk_stop() {
    kill -TERM -- "-$1" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 -- "-$1" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL -- "-$1" 2>/dev/null || true
}

# desk_as_user CMD...: run CMD as the throwaway user with a clean environment: the private
# buses, its own XDG folders, and whatever DESK_ENV (an array of NAME=value) adds, e.g.
# WAYLAND_DISPLAY once a compositor runs; in its HOME (the checkout may be closed to it).
# setpriv and env exec, so a pid is CMD's own.
DESK_ENV=()
desk_user_prefix() {
    DESK_PREFIX=(setpriv --reuid="$DESK_UID" --regid="$DESK_GID" --init-groups
        env -i -C "$DESK_HOME" HOME="$DESK_HOME" USER="$DESK_USER" LOGNAME="$DESK_USER" SHELL=/bin/bash
        PATH="$DESK_WORK/bin:/usr/local/bin:/usr/bin:/bin" LANG=C.UTF-8
        XDG_RUNTIME_DIR="$DESK_RUNTIME" XDG_CONFIG_HOME="$DESK_HOME/.config"
        XDG_DATA_HOME="$DESK_HOME/.local/share" XDG_STATE_HOME="$DESK_HOME/.local/state"
        XDG_CACHE_HOME="$DESK_HOME/.cache"
        DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS"
        DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS"
        "${DESK_ENV[@]}")
}
desk_as_user() { desk_user_prefix; "${DESK_PREFIX[@]}" "$@"; }
# desk_bg_user NAME CMD...: desk_bg of CMD run as the user.
desk_bg_user() { local name=$1; shift; desk_user_prefix; desk_bg "$name" "${DESK_PREFIX[@]}" "$@"; }

# desk_buses: a private system bus (a system-type bus at a socket of ours, open to everyone and
# with no bus activation, so nothing of the machine's own system services answers on it) and a
# private session bus owned by the user (the stock session config: dconf and the desktop's
# services are activated on it as on a real login).
desk_buses() {
    local sys=$DESK_WORK/system_bus_socket
    cat >"$DESK_WORK/system.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$sys</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="signal"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
  </policy>
</busconfig>
EOF
    desk_bg system-bus dbus-daemon --nofork --nopidfile --config-file="$DESK_WORK/system.conf"
    export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$sys
    desk_wait "the private system bus" 10 test -S "$sys"
    local ses=$DESK_RUNTIME/bus
    export DBUS_SESSION_BUS_ADDRESS=unix:path=$ses
    desk_bg_user session-bus dbus-daemon --session --nofork --nopidfile --address="$DBUS_SESSION_BUS_ADDRESS"
    desk_wait "the private session bus" 10 test -S "$ses"
}

# desk_config: deskbreak's config for the user, from stdin.
desk_config() {
    local dir=$DESK_HOME/.config/deskbreak
    desk_as_user mkdir -p "$dir"
    desk_as_user tee "$dir/config.toml" >/dev/null
    local out
    out=$(desk_as_user "$DESK_BIN" config check "$dir/config.toml" 2>&1) || die "the test config does not check: $out"
}

# desk_db ARGS...: the deskbreak CLI as the user.
desk_db() { desk_as_user "$DESK_BIN" "$@"; }

# desk_wait DESC SECONDS CMD...: run CMD every 0.3 s until it succeeds; 1 (and a line) when
# SECONDS pass first.
desk_wait() {
    local desc=$1 limit=$2; shift 2
    local deadline=$((SECONDS + limit))
    until "$@" >/dev/null 2>&1; do
        if [ $SECONDS -ge $deadline ]; then
            say "gave up after ${limit}s waiting for $desc"
            return 1
        fi
        sleep 0.3
    done
}

# desk_acks: the user's log (nothing when it does not exist yet).
desk_acks() { cat "$DESK_ACKS" 2>/dev/null || true; }
# desk_ack_count OUTCOME [VIA]: how many records have that outcome (and via).
desk_ack_count() {
    local pat="\"outcome\":\"$1\""
    desk_acks | { grep -F "$pat" || true; } |
        { if [ -n "${2:-}" ]; then grep -F "\"via\":\"$2\"" || true; else cat; fi; } | wc -l
}
# desk_has_ack OUTCOME [VIA] [AT_LEAST]: succeeds once the log has that many such records
# (default 1); for desk_wait.
desk_has_ack() { [ "$(desk_ack_count "$1" "${2:-}")" -ge "${3:-1}" ]; }
# desk_last_ack OUTCOME: the latest record with that outcome, as its JSON line.
desk_last_ack() { desk_acks | { grep -F "\"outcome\":\"$1\"" || true; } | tail -n 1; }

# desk_check NAME CMD...: PASS when CMD succeeds, FAIL otherwise; counted for desk_finish.
desk_check() {
    local name=$1; shift
    if "$@"; then desk_pass "$name"; else desk_fail "$name"; fi
}
desk_pass() { printf 'PASS  %s\n' "$*"; DESK_PASSED=$((DESK_PASSED + 1)); }
desk_fail() { printf 'FAIL  %s\n' "$*"; DESK_FAILED=$((DESK_FAILED + 1)); }

# desk_finish: the summary line and the exit code (0 only when every check passed).
desk_finish() {
    printf '%s: %d passed, %d failed in %d s; screenshots and logs in %s\n' "$DESK_NAME" \
        "$DESK_PASSED" "$DESK_FAILED" $((SECONDS - DESK_T0)) "$DESK_RESULTS"
    [ "$DESK_FAILED" = 0 ] && [ "$DESK_PASSED" -gt 0 ]
}
