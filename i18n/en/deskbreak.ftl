### deskbreak, in English: the reference catalogue. Every other language has exactly these
### messages, with the same variables. Comments starting with "#" say where a message is shown.

## Words used everywhere

category-posture = posture
category-movement = movement
category-hydration = hydration
# What a prompt of each category is called while it waits for an answer.
label-posture = Posture check
label-movement = Movement break
label-hydration = Water break
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } waiting
glance-back-in = { $label } back in { $span }
glance-snoozed = { $label } snoozed
glance-paused-until = Paused until { $time }
glance-paused = Paused
# A prompt of no known category that is due.
glance-a-prompt = A prompt
glance-next = Next: { $category } in { $span }
glance-next-prompt = Next prompt in { $span }
glance-none = No prompt scheduled
glance-typing = { $label } waits for a pause in typing
glance-held = { $label } held: { $why }
glance-due = { $label } due now
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = do not disturb is on
held-camera = a camera is in use
held-busy = a full-screen app or a presentation asks for quiet
held-locked = the screen is locked
held-away = you are away from the desk
held-typing = you are typing
# Today's counts, joined by " · " into $counts.
counts-today = Today: { $counts }
count-done = { $count } done
count-snoozed = { $count } snoozed
count-skipped = { $count } skipped
count-missed = { $count } missed
count-natural = { $count ->
        [one] { $count } natural break
       *[other] { $count } natural breaks
    }
count-water = water { $glasses }/{ $target }
sitting-under-a-minute = Sitting for under a minute
sitting-for = Sitting for { $span }
sitting-away = Away from the desk

## `deskbreak status`

status-state = State: { $state }
state-waiting = waiting for the next prompt
state-pending = a prompt is waiting for an answer
state-snoozed = a prompt is snoozed
state-paused = paused
state-inactive = outside active hours
status-prompt = Prompt: { $title } ({ $category }) - { $text }
status-back-at = Back at: { $time }
status-next-due = Next: { $category } due since { $time }
status-next-due-any = Next: due since { $time }
status-next-at = Next: { $category } at { $time } (in { $span })
status-next-at-any = Next: at { $time } (in { $span })
status-paused-until = Paused until: { $time }
status-held-typing = Held: the prompt waits for a pause in your typing
status-held = Held: the prompt waits while { $why }
status-quiet = Quiet: { $why }; a prompt that comes due waits until it ends
status-sitting-since = { $sitting } (since { $time })
status-sitting-unmeasured = Sitting: not measured (no idle detection; see `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Done
# $span is a span such as "10 min".
button-snooze = Snooze { $span }
button-skip = Skip
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = You have been sitting for { $span }. { $text }
alert-not-recorded = deskbreak: not recorded
alert-not-recorded-next = { $reason }. Free some space (or fix the file), then choose it again.
alert-config-not-applied = deskbreak: config not applied
alert-cannot-open-config = deskbreak: cannot open the config file
alert-cannot-open-config-next = { $reason }. Open { $path } in your editor, or run `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: cannot show the statistics
alert-cannot-show-statistics-next = { $reason }. The page is { $path }: open it in your browser, or run `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Done
menu-snooze = Snooze
menu-skip = Skip
menu-break-now = Take a break now
menu-pause = Pause
menu-resume = Resume
menu-one-hour = 1 hour
menu-until-tomorrow = Until tomorrow
menu-drank-water = Drank a glass of water
menu-legs-numb = My legs are numb
menu-statistics = Statistics…
menu-open-config = Open config file
menu-quit = Quit
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: a prompt is waiting

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = the prompt
reply-done = Done: { $title }.
reply-skipped = Skipped: { $title }.
reply-snoozed-for = Snoozed { $title } for { $span }: back at { $time }.
reply-snoozed-title = Snoozed { $title }.
reply-nothing-before = No prompt before { $time }.
reply-snoozed = Snoozed.
reply-showing = Showing: { $title }.
reply-catalogue-empty = No prompt to show: the catalogue is empty.
reply-paused-until = Paused until { $time }.
reply-paused = Paused.
reply-resumed = Resumed.
reply-relief-on-screen = (Also on screen as a notification.)
reply-drink = { $glasses ->
        [one] { $glasses } glass of water logged.
       *[other] { $glasses } glasses of water logged.
    } Water today: { $water }/{ $target }.
reply-quit = deskbreak stopped.
reply-next = Next: { $category } at { $time }.
reply-next-prompt = Next prompt at { $time }.
reply-none-scheduled = No prompt is scheduled.
reply-no-status = the daemon sent no status
reload-applied = Config applied from { $path }.
reload-warning = warning: { $warning }
refused-no-reason = the daemon refused the request
refused-nothing-pending = no prompt is pending
refused-stale = that notification is no longer current
refused-not-paused = deskbreak is not paused
refused-paused = deskbreak is paused; run `deskbreak resume` first
refused-shutting-down = deskbreak is shutting down
refused-other-user = connections from another user are refused
not-recorded = could not write to { $path }: { $reason }; nothing was recorded

## Errors of the command line.

client-not-running = deskbreak is not running (no daemon answers at { $socket }).
    Start it with `deskbreak run`.
client-stopped = deskbreak stopped (the daemon at { $socket } closed the connection)
client-io = talking to the daemon at { $socket }: { $reason }
already-running = deskbreak is already running; `deskbreak quit` stops it
already-running-pid = deskbreak is already running (pid { $pid }); `deskbreak quit` stops it

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = cannot read config { $path }: { $reason }
config-cannot-write = cannot write the default config to { $path }: { $reason }
config-missing-key = missing key `{ $key }` in [{ $table }]
config-set-twice = `{ $key }` is set twice: keep one
config-syntax = TOML syntax: { $error }
# $place below.
config-at-top-level = at the top level
config-in-table = in [{ $table }]
config-unknown-key-near = unknown key `{ $key }` { $place }: did you mean `{ $near }`?
config-unknown-key = unknown key `{ $key }` { $place }: known keys are { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } is not a duration: write it like "90s", "10m" or "1h30m"
value-not-percentage = { $text } is not a percentage: write it like "70%"
value-not-cadence = { $text } is not a cadence: write a duration like "45m" or a range like "30m..45m"
value-not-category = { $text } is not a category: write posture, movement or hydration
value-not-day = { $text } is not a day: write mon, tue, wed, thu, fri, sat or sun
value-not-hours = { $text } is not a range of hours: write it like "09:00-17:30"
config-no-prompts = no prompts are left: enable the built-in prompts or a category, or add [[prompts.custom]] entries
config-language = `language` is "{ $tag }": deskbreak speaks { $known }; or "auto" for the session's language
config-under-a-minute = `{ $key }` is { $span }: under a minute, prompts will come very often
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` must be { $bounds }
bounds-span = from 1 second to 24 hours
bounds-relief-window = from 1 hour to 1 year
bounds-glasses = from 1 to 50 glasses
bounds-episodes = from 1 to 100 episodes
bounds-percent = between "0%" and "100%"
bounds-pause = from 1 second to 1 minute
bounds-wait = from 0 seconds (do not wait) to 1 hour
config-max-below-min = `schedule.max_interval` ({ $max }) is shorter than `schedule.min_interval` ({ $min }): make it at least as long
config-no-days = `schedule.days` is empty: name at least one day, or pause deskbreak instead
config-no-hours = `schedule.hours` is empty: give at least one range like "09:00-17:30"
config-empty-range = this range of hours is empty: its end must come after its start (ranges cannot cross midnight)
config-overlap = this range of hours overlaps another one
config-no-order = `prompts.order` is empty: name at least one category
config-order-twice = category { $category } appears twice in `prompts.order`
config-empty-title = this custom prompt has an empty `title`
config-empty-text = this custom prompt has an empty `text`: say what to do
config-bad-id = the id { $id } may hold only lowercase letters, digits, '.', '-' and '_'
config-id-taken = the prompt id { $id } is already taken: give this prompt another `id`
config-range-backwards = `{ $key }`: the range must go from the shorter interval to the longer one

config-check-warning = warning: { $path }: { $warning }
editor-cannot-start = cannot start the editor { $editor }: { $reason }
editor-failed = the editor { $editor } failed ({ $status }); the config was not checked
config-edit-kept = The running daemon, if any, keeps the previous config; fix the file and save again.
config-edit-applied = OK: the config is valid and deskbreak applied it.
config-edit-not-running = OK: the config is valid. deskbreak is not running; it will use it when it starts.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = XDG autostart entry
autostart-kind-unit = systemd user unit
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = Run key value
autostart-foreign = { $path } exists and deskbreak did not write it, so it is left alone: move it away, then run `deskbreak autostart enable` again
autostart-up-to-date = The { $kind } { $path } is already up to date.
autostart-wrote = Wrote the { $kind } { $path }.
autostart-left-alone = Left { $path } alone: deskbreak did not write it.
autostart-removed = Removed the { $kind } { $path }.
autostart-status-foreign = Autostart: { $path } exists, but deskbreak did not write it
autostart-status-on = Autostart: on, by the { $kind } { $path }
autostart-status-written = Autostart: off; the { $kind } { $path } is written but not enabled
autostart-off = Autostart: off; `deskbreak autostart enable` turns it on
autostart-enabled-session = deskbreak will start with your desktop session as: { $command }
autostart-enabled-login = deskbreak will start when you log in as: { $command }
autostart-nothing-to-remove-linux = deskbreak had no autostart entry or unit: nothing to remove.
autostart-nothing-to-remove-macos = deskbreak had no LaunchAgent: nothing to remove.
autostart-nothing-to-remove-windows = deskbreak had no Run key value: nothing to remove.
autostart-systemd-elsewhere = --systemd is for Linux; on macOS, leave it out
autostart-unit-enable-hint = `systemctl --user enable { $unit }` in your desktop session enables it.
autostart-no-user-manager = no systemd user manager answered (systemctl --user: { $reason }), so { $unit } is written but not enabled: in your desktop session, run `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` failed: { $reason }
autostart-unit-enabled = Enabled { $unit } with `systemctl --user enable`: it starts with your graphical session (`systemctl --user start deskbreak` starts it now).
autostart-removed-link = Removed the link { $link }.
autostart-run-foreign = { $value } exists and deskbreak did not write it, so it is left alone
autostart-run-set = Set { $value } to { $data }: deskbreak will start when you log in.
autostart-no-windowless = { $windowless } is not beside { $exe }, so a console window will open at login; build it with `cargo install --path . --features windowless`, then enable again.
autostart-run-removed = Removed { $value }.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Cannot run { $program } ({ $reason })
open-no-application = No application opens it ({ $program }: { $status })
open-failed = { $program } failed ({ $reason })
open-no-program = No program to open it is installed (tried { $tried }){ $hint }
open-hint-debian = ; on Debian and Ubuntu: sudo apt install xdg-utils
report-too-long = a report draws at most { $max } days (a year); `deskbreak stats --days { $days }` sums up longer spans
report-cannot-open = cannot open the report in a browser: { $reason }. The page is { $path }: open it in your browser.
report-cannot-write = cannot write the report to { $path }
cannot-read = cannot read { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = notifications
doctor-tray-host = tray host
doctor-idle = idle detection
doctor-lock-sleep = lock and sleep
doctor-do-not-disturb = do not disturb
doctor-logind = logind
doctor-gnome-banners = GNOME banners
doctor-camera = camera
doctor-daemon = daemon
doctor-config = config
doctor-log = log
doctor-notifications-fix = start a notification server (your desktop's, or dunst / mako) on the session bus
doctor-no-session-bus = no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); capabilities: { $capabilities }
doctor-no-buttons = this server shows no buttons: answer with `deskbreak done|snooze|skip`
doctor-no-notification-server = no notification server answers
doctor-tray-present = a StatusNotifierWatcher is present
doctor-tray-none = none
doctor-tray-fix = no panel shows tray items (GNOME needs the AppIndicator extension); notifications and the CLI still work
doctor-no-idle = no idle source: prompts follow the plain schedule. GNOME, Wayland compositors with ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) or org_kde_kwin_idle (Plasma before 5.27, sway up to 1.7) and X11 are supported; elsewhere logind's IdleHint is used when the desktop sets it
doctor-logind-reachable = reachable (sleep and screen lock are seen)
doctor-logind-unreachable = not reachable
doctor-logind-fix = without logind, screen locks are not seen; a suspend is still noticed from the clock jump
doctor-dnd-on = on (the notification server's Inhibited): prompts wait until it is off
doctor-dnd-off = off (the notification server's Inhibited)
doctor-dnd-unknown = not reported by the notification server
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = not followed: { $why }
doctor-banners-hidden = hidden (GNOME's do-not-disturb; { $why }): prompts wait until they are shown
doctor-banners-shown = shown ({ $why })
doctor-banners-unavailable = not available (no GNOME settings: gsettings has no org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, events
doctor-idle-compositor-events = compositor events
doctor-idle-polled = polled at most once a minute
doctor-idle-none = none
doctor-banners-gnome-shell = GNOME Shell shows the notifications
doctor-banners-other-server = the notification server is { $server }, not GNOME Shell
doctor-banners-gnome-session = a GNOME session (no notification server answers yet)
doctor-banners-elsewhere = not a GNOME session, and no notification server answers
doctor-banners-no-session-bus = no session bus
doctor-camera-in-use = in use: prompts wait
doctor-camera-unused = not in use
doctor-windows-toasts = Windows toasts (WinRT) with Done / Snooze / Skip buttons
doctor-windows-tray = the notification area
doctor-windows-lock = the session's lock and power messages (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: prompts wait
doctor-windows-quiet-off = the shell accepts notifications (full-screen apps and presentation mode hold prompts)
doctor-macos-notifications = Notification Center, without buttons
doctor-macos-notifications-fix = answer a prompt from the menu bar or with `deskbreak done|snooze|skip`
doctor-macos-tray = the menu bar
doctor-macos-lock = a locked screen counts as idle; a sleep is seen from the clock jump
doctor-macos-dnd = not readable: macOS does not tell apps whether a Focus is on
doctor-macos-dnd-fix = pause deskbreak for that time (`deskbreak pause 1h`, or the menu's Pause)
doctor-running = running
doctor-not-running = not running
doctor-start-it = start it with `deskbreak run`
doctor-config-valid = { $path } (valid)
doctor-config-unwritten = { $path } (not written yet: the daemon writes the default on first run)
doctor-config-fix = fix the file (`deskbreak config check` shows every problem); the daemon keeps the last good one
doctor-log-bytes = { $path } ({ $bytes } bytes)
doctor-log-empty = { $path } (empty so far)

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday } { $day } { $month }
weekday-long-mon = Monday
weekday-long-tue = Tuesday
weekday-long-wed = Wednesday
weekday-long-thu = Thursday
weekday-long-fri = Friday
weekday-long-sat = Saturday
weekday-long-sun = Sunday
# Month names as a date writes them (the genitive, where the language has one).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
percent = { $percent } %
damaged-lines = { $count ->
        [one] { $count } damaged line skipped (line { $lines })
       *[other] { $count } damaged lines skipped (lines { $lines })
    }

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = done
outcome-snoozed = snoozed
outcome-skipped = skipped
outcome-missed = missed
outcome-natural = natural
outcome-relief = relief
outcome-drink = drink
outcome-away = away
outcome-arrived = arrived
outcome-stopped = stopped
log-drink = { $glasses ->
        [one] { $glasses } glass of water
       *[other] { $glasses } glasses of water
    }
log-back = back after { $span } away (since { $time })
log-arrived = at the desk: sitting measured from here
log-stopped = sitting no longer measured

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } to { $to } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
# The legend of the bars.
chart-done = done
chart-snoozed = snoozed
chart-skipped = skipped
chart-missed = missed
# Column headings: short, the figures under them are small numbers.
chart-column-done = done
chart-column-snoozed = snz
chart-column-skipped = skip
chart-column-missed = miss
chart-column-natural = nat
chart-column-water = water
chart-column-relief = relief
chart-sitting-heading = Sitting (stretches at the desk, on the day each began):
chart-sitting-not-measured = sitting not measured
chart-sat = sat { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = { $longest } at most, { $count ->
        [0] no stretch over { $over }
        [one] { $count } stretch over { $over }
       *[other] { $count } stretches over { $over }
    }
chart-adherence = Adherence (done of prompts shown):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } of { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    })
chart-no-answers = no answers
chart-average-line = Average time to answer: { $average }
chart-most-skipped-none = Most skipped: none
chart-most-skipped = Most skipped:
chart-water = Water: { $glasses ->
        [one] { $glasses } glass
       *[other] { $glasses } glasses
    } in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; the target of { $target } a day reached on { $met ->
        [one] { $met } day
       *[other] { $met } days
    }
chart-relief = Relief episodes: { $count }
chart-sitting = Sitting: { $sat } ({ $measured ->
        [one] { $measured } day
       *[other] { $measured } days
    } measured)
chart-sitting-unmeasured = Sitting: not measured
chart-streak = Streak: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } with at least { $percent } of prompts done
chart-damaged = Log: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Your day
        [7] Your week
        [30] Your month
       *[other] Your last { $days } days
    }
page-heading = { $period } with deskbreak
page-from-to = { $from } to { $to }
page-lead = You did { $done } of the { $shown ->
        [one] { $shown } prompt
       *[other] { $shown } prompts
    } shown ({ $percent }).
page-lead-none = No prompt was shown in these days.
page-empty-heading = No prompts in these days
page-empty = The log holds no prompt for these days. If deskbreak should have been running, `deskbreak status` says whether it is, and `deskbreak doctor` what it can see.
card-done = of prompts done
card-streak-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
card-streak = streak with at least { $percent } done
card-water-days = { $met } of { $days }
card-water = days with { $glasses } of water
card-sitting = longest time sitting
card-relief = { $count ->
        [one] time legs went numb
       *[other] times legs went numb
    }
page-relief-heading = Numb legs
page-relief-none = No episode of numb legs was logged in these days.
page-relief-logged = You logged numb legs { $count ->
        [one] once
       *[other] { $count } times
    }: { $days }.
page-relief-recurred = It came back several times in a short while.
page-relief-note = When a leg goes numb: change position, move the ankle, shake and gently rub the leg, and raise it a little. The tray's “My legs are numb” shows these steps and logs the episode.
page-unknown = Records of a kind this version does not know: { $count } ({ $kinds })
page-damaged = Log: { $damaged }.
page-made-by = Made by deskbreak { $version } from its log of what you did with each prompt. The same figures: `deskbreak stats --json`.
page-not-medical = deskbreak is not a medical device.
page-prompts-heading = Prompts per day
page-prompts-note = Each bar stacks what became of the day's prompts; a snoozed prompt comes back and ends in another segment.
page-prompts-chart = Prompts per day, by outcome
legend-done = done
legend-snoozed = snoozed
legend-skipped = skipped
legend-missed = missed (no answer)
legend-natural = natural break (you were away)
table-day = Day
table-done = Done
table-snoozed = Snoozed
table-skipped = Skipped
table-missed = Missed
table-natural = Natural break
page-categories-heading = Done, by kind of prompt
page-categories-chart = Share of prompts done, by kind
page-category-done = { $done } of { $shown } done ({ $percent })
page-category-none = no prompt shown
page-skipped-heading = Skipped most
page-skipped-none = No prompt was skipped.
page-skipped-times = skipped { $count ->
        [one] once
       *[other] { $count } times
    }
page-water-heading = Water
# $all and $target are "glasses" below.
page-water = { $all } in all; the target of { $target } a day was reached on { $met } of { $days } days.
legend-water-met = target reached
legend-water-below = below the target
page-water-chart = Glasses of water per day, against the target
page-water-of = { $glasses } of { $target }
page-water-target = target { $target }
glasses = { $count ->
        [one] { $count } glass
       *[other] { $count } glasses
    }
page-sitting-heading = Sitting
page-sitting-unmeasured = Sitting was not measured in these days: deskbreak sees when you leave the desk through the desktop's idle detection, and had none (or was not running). `deskbreak doctor` says what it can see.
page-sitting-note = Each bar is a stretch at the desk without a natural break, on the day it began; the gaps are breaks, or time deskbreak did not measure.
page-sitting-chart = Sitting stretches per day, by time of day
legend-sitting = sitting
legend-longer-than = longer than { $span }
table-longest-stretch = Longest stretch
table-longer-than = Longer than { $span }
page-not-measured = not measured
page-no-stretch-began = no stretch began this day
page-stretch = { $from } to { $to }: { $span }
page-longest-stretch = Your longest stretch: { $span }, on { $date } from { $from } to { $to }.
page-no-stretch = No stretch at the desk finished in these days.
page-no-long-stretch = No stretch was longer than { $span }.
page-long-stretches = { $count ->
        [one] { $count } stretch was longer than { $span }: stand up and move before that.
       *[other] { $count } stretches were longer than { $span }: stand up and move before that.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Feet flat on the floor
    .text = Place both feet flat on the floor, or on a footrest if they don't reach. Keep them there for the next few minutes.
    .why = Flat, supported feet keep your legs out of awkward positions that press on nerves.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Knees at 90 degrees
    .text = Check that your knees are bent at about 90 degrees. Raise or lower your chair until they are: it takes a minute.
    .why = A right angle at the knee is the desk posture the guide recommends.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Monitor at eye level
    .text = Look straight ahead: the top of your screen should be at eye level. Raise the monitor, or put it on a book, until it is.
    .why = A screen at eye level prevents neck strain, which can indirectly affect the nerves to your legs.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Let the chair support your back
    .text = Sit all the way back so the chair supports the curve of your lower back. Stay there for the next few minutes.
    .why = A chair that supports the natural curve of your spine takes pressure off your nerves.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Sit tall, don't hunch
    .text = Sit up without hunching forward or leaning on one side or armrest. Hold this even posture for the next few minutes.
    .why = Hunching and leaning hold your body in the awkward positions that compress nerves.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Uncross your legs
    .text = Uncross your legs if they are crossed and set both feet on the floor. Keep them uncrossed for the next 30 minutes.
    .why = Crossed legs press on nerves and restrict blood flow when held for long.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Shift your weight
    .text = Shift your weight in the chair: lean a little onto one hip, then the other, 5 times each side.
    .why = Changing position promptly relieves pressure on the nerves before a leg goes numb.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Spread your weight when standing
    .text = If you work standing, spread your weight evenly over both feet. Then shift from one foot to the other for a minute.
    .why = Even weight and regular shifting avoid long pressure on one leg while standing.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Loosen anything tight
    .text = Loosen a tight belt, waistband or sock cuff, and empty a bulging back pocket. It takes less than a minute.
    .why = Tight clothing can put prolonged pressure on a nerve and restrict blood flow.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Nothing pressing on your legs
    .text = Check that nothing presses into your thighs or behind your knees, like the seat edge or a desk bar. Adjust or move it.
    .why = Sustained pressure from awkward positions compresses nerves and leads to numbness.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Check your shoes
    .text = Check your shoes: if they pinch at the ankle or over the foot, loosen the laces or slip them off for a few minutes.
    .why = Shoes that are too tight put undue pressure on nerves in your feet and lower legs.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Stand up and walk
    .text = Stand up and walk for a minute or two, to the kitchen, the window or around the office, then come back.
    .why = Breaking up sitting keeps blood flowing and ends long pressure on your nerves.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Take a few steps
    .text = Stand up and take 20 steps around your room or office. Don't just wiggle your foot in place.
    .why = Moving around brings blood flow back and relieves pressure on the nerve.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Shake out your legs
    .text = Stand up, hold the desk if you like, and gently shake one leg for 10 seconds, then the other.
    .why = Gentle shaking helps blood flow return and relieves pressure on the nerve.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Ankle circles
    .text = Lift one foot a little and circle the ankle slowly, 10 times each way, then switch feet.
    .why = Moving the ankle pumps blood and eases pressure on the nerves.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Flex and point your feet
    .text = Keep your heels on the floor, pull your toes up toward you, then point them away. Repeat slowly 15 times.
    .why = Flexing and extending the ankle encourages blood circulation in the lower leg.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Slow knee bends
    .text = Stand behind your chair, hold its back and slowly bend your knees a little, then straighten. Do 10 slow bends.
    .why = Slow knee bends help pump blood through your legs.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Seated hamstring stretch
    .text = Sit near the front of your chair, stretch one leg out and reach gently toward your toes for 20 seconds. Switch legs.
    .why = Gentle hamstring stretches encourage circulation and can ease minor nerve pressure.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Standing hamstring stretch
    .text = Stand and rest one heel on a low step or box, leg straight, and lean forward gently for 20 seconds. Switch legs.
    .why = Stretching the back of the thigh helps pump blood and release minor nerve impingements.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Calf stretch
    .text = Stand facing your desk, hands on it, step one foot back and press that heel to the floor for 20 seconds. Switch legs.
    .why = Stretching the calves reduces muscle tightness that can impinge on nerves.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Quad stretch
    .text = Stand holding your desk, bend one knee and hold that foot behind you for 20 seconds. Switch legs.
    .why = Stretching the front of the thigh improves flexibility and eases muscle tightness.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Gentle spinal twist
    .text = Sit tall and slowly turn your upper body to the right for 15 seconds, using the chair back to help. Repeat to the left.
    .why = A gentle twist improves flexibility and reduces muscle tightness that can impinge on nerves.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Light leg massage
    .text = Rub your thighs and calves gently with your palms in small circles, 30 seconds per leg. Keep the pressure light.
    .why = A gentle massage stimulates blood flow and is soothing as feeling returns.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Tap your legs
    .text = Tap your thighs and calves lightly with your fingertips for 20 seconds per leg.
    .why = Light tapping gives gentle stimulation that encourages blood flow.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Put your feet up
    .text = Rest your feet on a low box, chair or footrest for a minute, and let your legs relax.
    .why = Raising your legs helps blood flow back and reduces pooling in the lower legs.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Deep belly breathing
    .text = Breathe in deeply through your nose, hold for a few seconds, then breathe out slowly through your mouth. Repeat 5 times.
    .why = Slow breathing helps calm your nervous system when you feel tense.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Drink a glass of water
    .text = Drink a full glass of water now if you haven't had any in a while.
    .why = Dehydration can sometimes make nerves more sensitive.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Refill your water bottle
    .text = Refill your reusable water bottle and put it on your desk where you can see it.
    .why = A bottle in sight reminds you to keep sipping through the day.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Take a few sips
    .text = Take a few sips of water now, about a quarter of a glass.
    .why = Sipping steadily through the day is easier than catching up later.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Count toward 8 glasses
    .text = Drink a glass of water and count it toward today's goal of 8 glasses, about 2 litres.
    .why = Water is essential for every bodily function, including nerve signal transmission.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Water instead of a sugary drink
    .text = Pour a glass of water instead of a soda or juice this time, and drink it.
    .why = Sugary drinks can contribute to dehydration, so water is the better choice.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = A glass of water with your coffee
    .text = Drink a glass of water alongside your next coffee or tea, or swap that cup for water.
    .why = Excessive caffeine can contribute to dehydration.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Water break
    .text = Stand up, walk to the tap or water cooler and drink a glass of water before you sit down again.
    .why = Staying hydrated supports the health of your nerves and the tissues around them.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Numb legs: try these steps
relief-step-1 = Change your position now: uncross your legs, shift your weight, or stand up and take a few steps.
relief-step-2 = Gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise.
relief-step-3 = Gently shake the leg, then rub the numb area in slow circles with your palm. No hard pressure.
relief-step-4 = If you can, raise the leg a little on a footrest, box or chair.
relief-advice = Numbness that persists, worsens, or comes with weakness or pain should be seen by a healthcare professional.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Your legs went numb { $times ->
        [one] once
       *[other] { $times } times
    } in the last { $days ->
        [one] day
       *[other] { $days } days
    }.
relief-recent-hours = Your legs went numb { $times ->
        [one] once
       *[other] { $times } times
    } in the last { $hours ->
        [one] hour
       *[other] { $hours } hours
    }.
relief-recent-span = Your legs went numb { $times ->
        [one] once
       *[other] { $times } times
    } in the last { $span }.
