### deskbreak in German. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = Haltung
category-movement = Bewegung
category-hydration = Trinken
# What a prompt of each category is called while it waits for an answer.
label-posture = Haltungscheck
label-movement = Bewegungspause
label-hydration = Wasserpause
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } wartet
glance-back-in = { $label } wieder in { $span }
glance-snoozed = { $label } zurückgestellt
glance-paused-until = Pausiert bis { $time }
glance-paused = Pausiert
# A prompt of no known category that is due.
glance-a-prompt = Eine Erinnerung
glance-next = Als Nächstes: { $category } in { $span }
glance-next-prompt = Nächste Erinnerung in { $span }
glance-none = Keine Erinnerung geplant
glance-typing = { $label } wartet auf eine Tipppause
glance-held = { $label } zurückgehalten: { $why }
glance-due = { $label } jetzt fällig
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = „Nicht stören“ ist aktiv
held-camera = eine Kamera ist in Gebrauch
held-busy = eine Vollbildanwendung oder Präsentation verlangt Ruhe
held-locked = der Bildschirm ist gesperrt
held-away = Sie sind nicht am Schreibtisch
held-typing = Sie tippen gerade
# Today's counts, joined by " · " into $counts.
counts-today = Heute: { $counts }
count-done = { $count } erledigt
count-snoozed = { $count } zurückgestellt
count-skipped = { $count } übersprungen
count-missed = { $count } verpasst
count-natural = { $count ->
        [one] { $count } natürliche Pause
       *[other] { $count } natürliche Pausen
    }
count-water = Wasser { $glasses }/{ $target }
sitting-under-a-minute = Sitzdauer: unter einer Minute
sitting-for = Sitzdauer: { $span }
sitting-away = Nicht am Schreibtisch

## `deskbreak status`

status-state = Zustand: { $state }
state-waiting = wartet auf die nächste Erinnerung
state-pending = eine Erinnerung wartet auf Antwort
state-snoozed = eine Erinnerung ist zurückgestellt
state-paused = pausiert
state-inactive = außerhalb der aktiven Zeiten
status-prompt = Erinnerung: { $title } ({ $category }) - { $text }
status-back-at = Zurück um: { $time }
status-next-due = Als Nächstes: { $category }, fällig seit { $time }
status-next-due-any = Als Nächstes: fällig seit { $time }
status-next-at = Als Nächstes: { $category } um { $time } (in { $span })
status-next-at-any = Als Nächstes: um { $time } (in { $span })
status-paused-until = Pausiert bis: { $time }
status-held-typing = Zurückgehalten: Die Erinnerung wartet auf eine Pause beim Tippen
status-held = Zurückgehalten: { $why }; die Erinnerung wartet so lange
status-quiet = Ruhe: { $why }; eine fällig werdende Erinnerung wartet, bis das vorbei ist
status-sitting-since = { $sitting } (seit { $time })
status-sitting-unmeasured = Sitzdauer: nicht gemessen (keine Leerlauferkennung; siehe `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Erledigt
# $span is a span such as "10 min".
button-snooze = { $span } zurückstellen
button-skip = Überspringen
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Sie sitzen seit { $span }. { $text }
alert-not-recorded = deskbreak: nicht erfasst
alert-not-recorded-next = { $reason }. Geben Sie etwas Speicherplatz frei (oder reparieren Sie die Datei) und wählen Sie den Eintrag dann erneut.
alert-config-not-applied = deskbreak: Konfiguration nicht übernommen
alert-cannot-open-config = deskbreak: Konfigurationsdatei lässt sich nicht öffnen
alert-cannot-open-config-next = { $reason }. Öffnen Sie { $path } in Ihrem Editor oder führen Sie `deskbreak config edit` aus.
alert-cannot-show-statistics = deskbreak: Statistik lässt sich nicht anzeigen
alert-cannot-show-statistics-next = { $reason }. Die Seite ist { $path }: Öffnen Sie sie in Ihrem Browser oder führen Sie `deskbreak stats` aus.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Erledigt
menu-snooze = Zurückstellen
menu-skip = Überspringen
menu-break-now = Jetzt Pause machen
menu-pause = Pausieren
menu-resume = Fortsetzen
menu-one-hour = 1 Stunde
menu-until-tomorrow = Bis morgen
menu-drank-water = Glas Wasser getrunken
menu-legs-numb = Meine Beine sind taub
menu-statistics = Statistik…
menu-open-config = Konfigurationsdatei öffnen
menu-quit = Beenden
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: Eine Erinnerung wartet

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = die Erinnerung
reply-done = Erledigt: { $title }.
reply-skipped = Übersprungen: { $title }.
reply-snoozed-for = Zurückgestellt: { $title }, für { $span }; zurück um { $time }.
reply-snoozed-title = Zurückgestellt: { $title }.
reply-nothing-before = Keine Erinnerung vor { $time }.
reply-snoozed = Zurückgestellt.
reply-showing = Angezeigt: { $title }.
reply-catalogue-empty = Keine Erinnerung zum Anzeigen: Der Katalog ist leer.
reply-paused-until = Pausiert bis { $time }.
reply-paused = Pausiert.
reply-resumed = Fortgesetzt.
reply-relief-on-screen = (Auch als Benachrichtigung auf dem Bildschirm.)
reply-drink = { $glasses ->
        [one] { $glasses } Glas Wasser erfasst.
       *[other] { $glasses } Gläser Wasser erfasst.
    } Wasser heute: { $water }/{ $target }.
reply-quit = deskbreak beendet.
reply-next = Als Nächstes: { $category } um { $time }.
reply-next-prompt = Nächste Erinnerung um { $time }.
reply-none-scheduled = Keine Erinnerung geplant.
reply-no-status = der Daemon hat keinen Status gesendet
reload-applied = Konfiguration aus { $path } übernommen.
reload-warning = Warnung: { $warning }
refused-no-reason = der Daemon hat die Anfrage abgelehnt
refused-nothing-pending = keine Erinnerung steht aus
refused-stale = diese Benachrichtigung ist nicht mehr aktuell
refused-not-paused = deskbreak ist nicht pausiert
refused-paused = deskbreak ist pausiert; führen Sie zuerst `deskbreak resume` aus
not-recorded = konnte nicht in { $path } schreiben: { $reason }; nichts wurde erfasst

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday }, { $day }. { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday }, { $day }. { $month }
weekday-long-mon = Montag
weekday-long-tue = Dienstag
weekday-long-wed = Mittwoch
weekday-long-thu = Donnerstag
weekday-long-fri = Freitag
weekday-long-sat = Samstag
weekday-long-sun = Sonntag
# Month names as a date writes them (the genitive, where the language has one).
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
percent = { $percent } %
damaged-lines = { $count ->
        [one] { $count } beschädigte Zeile übersprungen (Zeile { $lines })
       *[other] { $count } beschädigte Zeilen übersprungen (Zeilen { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } bis { $to } ({ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    })
# The legend of the bars.
chart-done = erledigt
chart-snoozed = zurückgestellt
chart-skipped = übersprungen
chart-missed = verpasst
# Column headings: short, the figures under them are small numbers.
chart-column-done = erl.
chart-column-snoozed = zur.
chart-column-skipped = übsp.
chart-column-missed = verp.
chart-column-natural = nat.
chart-column-water = Wasser
chart-column-relief = Hilfe
chart-sitting-heading = Sitzen (Sitzphasen am Schreibtisch, am Tag ihres Beginns):
chart-sitting-not-measured = Sitzen nicht gemessen
chart-sat = { $sat } gesessen
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = höchstens { $longest }, { $count ->
        [0] keine Sitzphase über { $over }
        [one] { $count } Sitzphase über { $over }
       *[other] { $count } Sitzphasen über { $over }
    }
chart-adherence = Einhaltung (erledigt von den angezeigten Erinnerungen):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } von { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } Antwort
       *[other] { $answers } Antworten
    })
chart-no-answers = keine Antworten
chart-average-line = Durchschnittliche Zeit bis zur Antwort: { $average }
chart-most-skipped-none = Am häufigsten übersprungen: keine
chart-most-skipped = Am häufigsten übersprungen:
chart-water = Wasser: { $glasses ->
        [one] { $glasses } Glas
       *[other] { $glasses } Gläser
    } in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }; Tagesziel ({ $target }) erreicht an { $met ->
        [one] { $met } Tag
       *[other] { $met } Tagen
    }
chart-relief = Episoden tauber Beine: { $count }
chart-sitting = Sitzen: { $sat } ({ $measured ->
        [one] { $measured } Tag
       *[other] { $measured } Tage
    } gemessen)
chart-sitting-unmeasured = Sitzen: nicht gemessen
chart-streak = Serie: { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } mit mindestens { $percent } erledigten Erinnerungen
chart-damaged = Protokoll: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Ihr Tag
        [7] Ihre Woche
        [30] Ihr Monat
       *[other] Ihre letzten { $days } Tage
    }
page-heading = { $period } mit deskbreak
page-from-to = { $from } bis { $to }
page-lead = Sie haben { $done } der { $shown ->
        [one] { $shown } angezeigten Erinnerung
       *[other] { $shown } angezeigten Erinnerungen
    } erledigt ({ $percent }).
page-lead-none = In diesen Tagen wurde keine Erinnerung angezeigt.
page-empty-heading = Keine Erinnerungen in diesen Tagen
page-empty = Das Protokoll enthält für diese Tage keine Erinnerung. Falls deskbreak hätte laufen sollen, sagt `deskbreak status`, ob es läuft, und `deskbreak doctor`, was es erkennen kann.
card-done = der Erinnerungen erledigt
card-streak-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
card-streak = Serie mit mindestens { $percent } erledigt
card-water-days = { $met } von { $days }
card-water = Tage mit erreichtem Ziel ({ $glasses } Wasser)
card-sitting = längste Sitzdauer
card-relief = { $count ->
        [one] Mal taube Beine
       *[other] Mal taube Beine
    }
page-relief-heading = Taube Beine
page-relief-none = In diesen Tagen wurden keine tauben Beine erfasst.
page-relief-logged = Sie haben taube Beine { $count ->
        [one] einmal
       *[other] { $count }-mal
    } erfasst: { $days }.
page-relief-recurred = Es kam in kurzer Zeit mehrmals wieder.
page-relief-note = Wenn ein Bein taub wird: Ändern Sie Ihre Haltung, bewegen Sie das Sprunggelenk, schütteln und reiben Sie das Bein sanft und legen Sie es etwas hoch. „Meine Beine sind taub“ im Menü des Symbols im Infobereich zeigt diese Schritte und erfasst die Episode.
page-unknown = Einträge einer Art, die diese Version nicht kennt: { $count } ({ $kinds })
page-damaged = Protokoll: { $damaged }.
page-made-by = Erstellt von deskbreak { $version } aus seinem Protokoll dessen, was Sie mit jeder Erinnerung getan haben. Dieselben Zahlen: `deskbreak stats --json`.
page-not-medical = deskbreak ist kein Medizinprodukt.
page-prompts-heading = Erinnerungen pro Tag
page-prompts-note = Jeder Balken stapelt, was aus den Erinnerungen des Tages wurde; eine zurückgestellte Erinnerung kommt wieder und endet in einem anderen Abschnitt.
page-prompts-chart = Erinnerungen pro Tag, nach Ergebnis
legend-done = erledigt
legend-snoozed = zurückgestellt
legend-skipped = übersprungen
legend-missed = verpasst (keine Antwort)
legend-natural = natürliche Pause (Sie waren weg)
table-day = Tag
table-done = Erledigt
table-snoozed = Zurückgestellt
table-skipped = Übersprungen
table-missed = Verpasst
table-natural = Natürliche Pause
page-categories-heading = Erledigt, nach Art der Erinnerung
page-categories-chart = Anteil erledigter Erinnerungen, nach Art
page-category-done = { $done } von { $shown } erledigt ({ $percent })
page-category-none = keine Erinnerung angezeigt
page-skipped-heading = Am häufigsten übersprungen
page-skipped-none = Keine Erinnerung wurde übersprungen.
page-skipped-times = { $count ->
        [one] einmal
       *[other] { $count }-mal
    } übersprungen
page-water-heading = Wasser
# $all and $target are "glasses" below.
page-water = Insgesamt { $all }; das Tagesziel ({ $target }) wurde an { $met } von { $days } Tagen erreicht.
legend-water-met = Ziel erreicht
legend-water-below = unter dem Ziel
page-water-chart = Gläser Wasser pro Tag, im Vergleich zum Ziel
page-water-of = { $glasses } von { $target }
page-water-target = Ziel { $target }
glasses = { $count ->
        [one] { $count } Glas
       *[other] { $count } Gläser
    }
page-sitting-heading = Sitzen
page-sitting-unmeasured = In diesen Tagen wurde das Sitzen nicht gemessen: deskbreak erkennt über die Leerlauferkennung der Arbeitsumgebung, wann Sie den Schreibtisch verlassen, und hatte keine (oder lief nicht). `deskbreak doctor` sagt, was es erkennen kann.
page-sitting-note = Jeder Balken ist eine Sitzphase am Schreibtisch ohne natürliche Pause, am Tag ihres Beginns; die Lücken sind Pausen oder Zeit, die deskbreak nicht gemessen hat.
page-sitting-chart = Sitzphasen pro Tag, nach Tageszeit
legend-sitting = Sitzen
legend-longer-than = länger als { $span }
table-longest-stretch = Längste Sitzphase
table-longer-than = Länger als { $span }
page-not-measured = nicht gemessen
page-no-stretch-began = an diesem Tag begann keine Sitzphase
page-stretch = { $from } bis { $to }: { $span }
page-longest-stretch = Ihre längste Sitzphase: { $span }, am { $date } von { $from } bis { $to }.
page-no-stretch = In diesen Tagen endete keine Sitzphase am Schreibtisch.
page-no-long-stretch = Keine Sitzphase war länger als { $span }.
page-long-stretches = { $count ->
        [one] { $count } Sitzphase war länger als { $span }: Stehen Sie früher auf und bewegen Sie sich.
       *[other] { $count } Sitzphasen waren länger als { $span }: Stehen Sie früher auf und bewegen Sie sich.
    }
# "19 Nov", under the bars.
date-short = { $day }. { $month }
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mär
month-short-4 = Apr
month-short-5 = Mai
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Okt
month-short-11 = Nov
month-short-12 = Dez

## Errors of the command line.

client-not-running = deskbreak läuft nicht (unter { $socket } antwortet kein Daemon).
    Starten Sie es mit `deskbreak run`.
client-stopped = deskbreak wurde beendet (der Daemon unter { $socket } hat die Verbindung geschlossen)
already-running = deskbreak läuft bereits; `deskbreak quit` beendet es
already-running-pid = deskbreak läuft bereits (PID { $pid }); `deskbreak quit` beendet es

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = Mitteilungen
doctor-tray-host = Tray-Host
doctor-idle = Inaktivität
doctor-lock-sleep = Sperre/Standby
doctor-do-not-disturb = Nicht stören
doctor-logind = logind
doctor-gnome-banners = GNOME-Banner
doctor-camera = Kamera
doctor-daemon = Daemon
doctor-config = Konfiguration
doctor-log = Protokoll
doctor-running = läuft
doctor-not-running = läuft nicht
doctor-start-it = starten Sie ihn mit `deskbreak run`
doctor-config-valid = { $path } (gültig)
doctor-config-unwritten = { $path } (noch nicht geschrieben: Der Daemon schreibt beim ersten Start die Standardeinstellungen)
doctor-config-fix = korrigieren Sie die Datei (`deskbreak config check` zeigt alle Probleme); der Daemon behält die letzte gültige Fassung
doctor-log-bytes = { $path } ({ $bytes } Byte)
doctor-log-empty = { $path } (noch leer)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak wird gerade beendet
refused-other-user = Verbindungen von einem anderen Benutzer werden abgelehnt

## Errors of the command line.

client-io = Verbindung zum Daemon unter { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = Konfiguration { $path } kann nicht gelesen werden: { $reason }
config-cannot-write = die Standardkonfiguration kann nicht nach { $path } geschrieben werden: { $reason }
config-missing-key = Schlüssel `{ $key }` fehlt in [{ $table }]
config-set-twice = `{ $key }` ist zweimal gesetzt: Behalten Sie nur eine Angabe
config-syntax = TOML-Syntax: { $error }
# $place below.
config-at-top-level = auf oberster Ebene
config-in-table = in [{ $table }]
config-unknown-key-near = unbekannter Schlüssel `{ $key }` { $place }: Meinten Sie `{ $near }`?
config-unknown-key = unbekannter Schlüssel `{ $key }` { $place }: Bekannte Schlüssel sind { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } ist keine Dauer: Schreiben Sie sie wie "90s", "10m" oder "1h30m"
value-not-percentage = { $text } ist kein Prozentwert: Schreiben Sie ihn wie "70%"
value-not-cadence = { $text } ist kein Rhythmus: Schreiben Sie eine Dauer wie "45m" oder einen Bereich wie "30m..45m"
value-not-category = { $text } ist keine Kategorie: Schreiben Sie posture, movement oder hydration
value-not-day = { $text } ist kein Tag: Schreiben Sie mon, tue, wed, thu, fri, sat oder sun
value-not-hours = { $text } ist kein Zeitfenster: Schreiben Sie es wie "09:00-17:30"
config-no-prompts = es bleiben keine Erinnerungen übrig: Aktivieren Sie die eingebauten Erinnerungen oder eine Kategorie, oder fügen Sie Einträge unter [[prompts.custom]] hinzu
config-language = `language` ist "{ $tag }": deskbreak spricht { $known }; oder "auto" für die Sprache der Sitzung
config-under-a-minute = `{ $key }` ist { $span }: Unter einer Minute kommen Erinnerungen sehr oft
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` muss { $bounds } liegen
bounds-span = zwischen 1 Sekunde und 24 Stunden
bounds-relief-window = zwischen 1 Stunde und 1 Jahr
bounds-glasses = zwischen 1 und 50 Gläsern
bounds-episodes = zwischen 1 und 100 Episoden
bounds-percent = zwischen "0%" und "100%"
bounds-pause = zwischen 1 Sekunde und 1 Minute
bounds-wait = zwischen 0 Sekunden (nicht warten) und 1 Stunde
config-max-below-min = `schedule.max_interval` ({ $max }) ist kürzer als `schedule.min_interval` ({ $min }): Machen Sie es mindestens gleich lang
config-no-days = `schedule.days` ist leer: Nennen Sie mindestens einen Tag, oder pausieren Sie stattdessen deskbreak
config-no-hours = `schedule.hours` ist leer: Geben Sie mindestens ein Zeitfenster wie "09:00-17:30" an
config-empty-range = dieses Zeitfenster ist leer: Sein Ende muss nach seinem Beginn liegen (Zeitfenster können nicht über Mitternacht reichen)
config-overlap = dieses Zeitfenster überschneidet sich mit einem anderen
config-no-order = `prompts.order` ist leer: Nennen Sie mindestens eine Kategorie
config-order-twice = die Kategorie { $category } kommt in `prompts.order` zweimal vor
config-empty-title = diese eigene Erinnerung hat einen leeren `title`
config-empty-text = diese eigene Erinnerung hat einen leeren `text`: Sagen Sie, was zu tun ist
config-bad-id = die ID { $id } darf nur Kleinbuchstaben, Ziffern, '.', '-' und '_' enthalten
config-id-taken = die Erinnerungs-ID { $id } ist bereits vergeben: Geben Sie dieser Erinnerung eine andere `id`
config-range-backwards = `{ $key }`: Der Bereich muss vom kürzeren zum längeren Intervall gehen
config-check-warning = Warnung: { $path }: { $warning }
editor-cannot-start = der Editor { $editor } kann nicht gestartet werden: { $reason }
editor-failed = der Editor { $editor } ist fehlgeschlagen ({ $status }); die Konfiguration wurde nicht geprüft
config-edit-kept = Ein laufender Daemon behält die bisherige Konfiguration; korrigieren Sie die Datei und speichern Sie sie erneut.
config-edit-applied = OK: Die Konfiguration ist gültig, und deskbreak hat sie übernommen.
config-edit-not-running = OK: Die Konfiguration ist gültig. deskbreak läuft nicht; es verwendet sie beim nächsten Start.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = XDG-Autostart-Eintrag
autostart-kind-unit = systemd-Benutzer-Unit
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = Wert im Run-Schlüssel
autostart-foreign = { $path } existiert und wurde nicht von deskbreak geschrieben, daher bleibt die Datei unangetastet: Verschieben Sie sie und führen Sie dann `deskbreak autostart enable` erneut aus
autostart-up-to-date = Bereits aktuell: { $kind } { $path }.
autostart-wrote = Geschrieben: { $kind } { $path }.
autostart-left-alone = { $path } bleibt unangetastet: deskbreak hat die Datei nicht geschrieben.
autostart-removed = Entfernt: { $kind } { $path }.
autostart-status-foreign = Autostart: { $path } existiert, wurde aber nicht von deskbreak geschrieben
autostart-status-on = Autostart: an ({ $kind } { $path })
autostart-status-written = Autostart: aus; geschrieben, aber nicht aktiviert: { $kind } { $path }
autostart-off = Autostart: aus; `deskbreak autostart enable` schaltet ihn ein
autostart-enabled-session = deskbreak startet mit Ihrer Desktop-Sitzung als: { $command }
autostart-enabled-login = deskbreak startet bei Ihrer Anmeldung als: { $command }
autostart-nothing-to-remove-linux = deskbreak hatte keinen Autostart-Eintrag und keine Unit: Es gibt nichts zu entfernen.
autostart-nothing-to-remove-macos = deskbreak hatte keinen LaunchAgent: Es gibt nichts zu entfernen.
autostart-nothing-to-remove-windows = deskbreak hatte keinen Wert im Run-Schlüssel: Es gibt nichts zu entfernen.
autostart-systemd-elsewhere = --systemd gilt für Linux; lassen Sie es unter macOS weg
autostart-unit-enable-hint = `systemctl --user enable { $unit }` in Ihrer Desktop-Sitzung aktiviert sie.
autostart-no-user-manager = kein systemd-Benutzermanager hat geantwortet (systemctl --user: { $reason }), daher ist { $unit } geschrieben, aber nicht aktiviert: Führen Sie in Ihrer Desktop-Sitzung `systemctl --user enable { $unit }` aus
autostart-enable-failed = `systemctl --user enable { $unit }` ist fehlgeschlagen: { $reason }
autostart-unit-enabled = { $unit } mit `systemctl --user enable` aktiviert: Sie startet mit Ihrer grafischen Sitzung (`systemctl --user start deskbreak` startet sie sofort).
autostart-removed-link = Verknüpfung { $link } entfernt.
autostart-run-foreign = { $value } existiert und wurde nicht von deskbreak geschrieben, daher bleibt der Wert unangetastet
autostart-run-set = { $value } auf { $data } gesetzt: deskbreak startet bei Ihrer Anmeldung.
autostart-no-windowless = { $windowless } liegt nicht neben { $exe }, daher öffnet sich bei der Anmeldung ein Konsolenfenster; erstellen Sie es mit `cargo install --path . --features windowless` und aktivieren Sie dann erneut.
autostart-run-removed = { $value } entfernt.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = { $program } kann nicht ausgeführt werden ({ $reason })
open-no-application = Keine Anwendung öffnet die Datei ({ $program }: { $status })
open-failed = { $program } ist fehlgeschlagen ({ $reason })
open-no-program = Kein Programm zum Öffnen ist installiert (versucht: { $tried }){ $hint }
open-hint-debian = ; unter Debian und Ubuntu: sudo apt install xdg-utils
report-too-long = ein Bericht umfasst höchstens { $max } Tage (ein Jahr); `deskbreak stats --days { $days }` fasst längere Zeiträume zusammen
report-cannot-open = der Bericht kann nicht im Browser geöffnet werden: { $reason }. Die Seite ist { $path }: Öffnen Sie sie in Ihrem Browser.
report-cannot-write = der Bericht kann nicht nach { $path } geschrieben werden
cannot-read = { $path } kann nicht gelesen werden: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = starten Sie einen Benachrichtigungsserver (den Ihrer Arbeitsumgebung, oder dunst / mako) auf dem Sitzungsbus
doctor-no-session-bus = kein D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); Fähigkeiten: { $capabilities }
doctor-no-buttons = dieser Server zeigt keine Schaltflächen: Antworten Sie mit `deskbreak done|snooze|skip`
doctor-no-notification-server = kein Benachrichtigungsserver antwortet
doctor-tray-present = ein StatusNotifierWatcher ist vorhanden
doctor-tray-none = keiner
doctor-tray-fix = keine Leiste zeigt Symbole im Infobereich an (GNOME braucht die Erweiterung AppIndicator); Benachrichtigungen und die Befehlszeile funktionieren weiterhin
doctor-no-idle = keine Leerlauferkennung: Erinnerungen folgen einfach dem Zeitplan. Unterstützt werden GNOME, Wayland-Compositoren mit ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) oder org_kde_kwin_idle (Plasma vor 5.27, sway bis 1.7) und X11; anderswo wird IdleHint von logind verwendet, sofern die Arbeitsumgebung es setzt
doctor-logind-reachable = erreichbar (Standby und Bildschirmsperre werden erkannt)
doctor-logind-unreachable = nicht erreichbar
doctor-logind-fix = ohne logind werden Bildschirmsperren nicht erkannt; ein Standby wird trotzdem am Sprung der Uhr bemerkt
doctor-dnd-on = an (Inhibited des Benachrichtigungsservers): Erinnerungen warten, bis es aus ist
doctor-dnd-off = aus (Inhibited des Benachrichtigungsservers)
doctor-dnd-unknown = vom Benachrichtigungsserver nicht gemeldet
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = nicht berücksichtigt: { $why }
doctor-banners-hidden = ausgeblendet („Nicht stören“ von GNOME; { $why }): Erinnerungen warten, bis sie angezeigt werden
doctor-banners-shown = angezeigt ({ $why })
doctor-banners-unavailable = nicht verfügbar (keine GNOME-Einstellungen: gsettings kennt org.gnome.desktop.notifications nicht)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, Ereignisse
doctor-idle-compositor-events = Ereignisse des Compositors
doctor-idle-polled = höchstens einmal pro Minute abgefragt
doctor-idle-none = keine
doctor-banners-gnome-shell = GNOME Shell zeigt die Benachrichtigungen an
doctor-banners-other-server = der Benachrichtigungsserver ist { $server }, nicht GNOME Shell
doctor-banners-gnome-session = eine GNOME-Sitzung (noch antwortet kein Benachrichtigungsserver)
doctor-banners-elsewhere = keine GNOME-Sitzung, und kein Benachrichtigungsserver antwortet
doctor-banners-no-session-bus = kein Sitzungsbus
doctor-camera-in-use = in Gebrauch: Erinnerungen warten
doctor-camera-unused = nicht in Gebrauch
doctor-windows-toasts = Windows-Popupbenachrichtigungen (WinRT) mit den Schaltflächen Erledigt / Zurückstellen / Überspringen
doctor-windows-tray = der Infobereich
doctor-windows-lock = die Sperr- und Energiemeldungen der Sitzung (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: Erinnerungen warten
doctor-windows-quiet-off = die Shell nimmt Benachrichtigungen an (Vollbildanwendungen und der Präsentationsmodus halten Erinnerungen zurück)
doctor-macos-notifications = Notification Center, ohne Schaltflächen
doctor-macos-notifications-fix = beantworten Sie eine Erinnerung über die Menüleiste oder mit `deskbreak done|snooze|skip`
doctor-macos-tray = die Menüleiste
doctor-macos-lock = ein gesperrter Bildschirm zählt als inaktiv; ein Ruhezustand wird am Sprung der Uhr erkannt
doctor-macos-dnd = nicht lesbar: macOS teilt Apps nicht mit, ob ein Fokus aktiv ist
doctor-macos-dnd-fix = pausieren Sie deskbreak für diese Zeit (`deskbreak pause 1h` oder „Pausieren“ im Menü)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = erledigt
outcome-snoozed = zurückgestellt
outcome-skipped = übersprungen
outcome-missed = verpasst
outcome-natural = natürlich
outcome-relief = Hilfe
outcome-drink = getrunken
outcome-away = abwesend
outcome-arrived = anwesend
outcome-stopped = beendet
log-drink =
    { $glasses ->
        [one] { $glasses } Glas Wasser
       *[other] { $glasses } Gläser Wasser
    }
log-back = zurück nach { $span } Abwesenheit (seit { $time })
log-arrived = am Schreibtisch: Die Sitzdauer wird ab hier gemessen
log-stopped = die Sitzdauer wird nicht mehr gemessen

# Address: formal "Sie" (as in GNOME, KDE and Windows in German), used in every message.

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Füße flach auf den Boden
    .text = Stellen Sie beide Füße flach auf den Boden oder, reichen sie nicht, auf eine Fußstütze. Bleiben Sie einige Minuten so.
    .why = Flach abgestützte Füße halten die Beine aus ungünstigen Haltungen, die auf Nerven drücken.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Knie im 90-Grad-Winkel
    .text = Sind Ihre Knie etwa 90 Grad gebeugt? Wenn nicht, stellen Sie den Stuhl höher oder tiefer. Das dauert eine Minute.
    .why = Ein rechter Winkel im Knie ist die Sitzhaltung am Schreibtisch, die der Ratgeber empfiehlt.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Bildschirm auf Augenhöhe
    .text = Schauen Sie geradeaus: Der obere Bildschirmrand gehört auf Augenhöhe. Sonst stellen Sie ihn höher, etwa auf ein Buch.
    .why = Ein Bildschirm auf Augenhöhe verhindert Nackenbelastung, die indirekt die Beinnerven stören kann.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Rücken an die Stuhllehne
    .text = Rutschen Sie ganz nach hinten, damit die Lehne die Wölbung im unteren Rücken stützt. Bleiben Sie einige Minuten so.
    .why = Ein Stuhl, der die natürliche Krümmung der Wirbelsäule stützt, nimmt Druck von den Nerven.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Sitzen Sie aufrecht
    .text = Sitzen Sie aufrecht, ohne sich vorzubeugen oder auf eine Seite oder Armlehne zu lehnen. Halten Sie das einige Minuten.
    .why = Vorbeugen und Anlehnen halten den Körper in ungünstigen Haltungen, die Nerven zusammendrücken.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Beine nicht übereinanderschlagen
    .text = Lösen Sie übereinandergeschlagene Beine, stellen Sie beide Füße auf den Boden. Bleiben Sie die nächsten 30 Minuten so.
    .why = Übereinandergeschlagene Beine drücken auf Nerven und behindern auf Dauer die Durchblutung.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Gewicht verlagern
    .text = Verlagern Sie Ihr Gewicht auf dem Stuhl: etwas auf eine Hüfte, dann auf die andere, 5-mal pro Seite.
    .why = Ein rascher Positionswechsel entlastet die Nerven, bevor ein Bein taub wird.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Im Stehen Gewicht verteilen
    .text = Stehen Sie bei der Arbeit, verteilen Sie das Gewicht gleich auf beide Füße. Verlagern Sie es eine Minute von Fuß zu Fuß.
    .why = Gleich verteiltes Gewicht und regelmäßiges Verlagern vermeiden im Stehen langen Druck auf ein Bein.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Enge Kleidung lockern
    .text = Lockern Sie einen engen Gürtel, Hosenbund oder Sockenrand, leeren Sie eine volle Gesäßtasche. Das dauert keine Minute.
    .why = Enge Kleidung kann lange auf einen Nerv drücken und die Durchblutung behindern.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Nichts drückt auf die Beine
    .text = Drückt etwas in Oberschenkel oder Kniekehlen, etwa Sitzkante oder Tischstrebe? Verstellen oder entfernen Sie es.
    .why = Anhaltender Druck durch ungünstige Haltungen drückt Nerven zusammen und führt zu Taubheit.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Schuhe prüfen
    .text = Drücken Ihre Schuhe am Knöchel oder Spann? Lockern Sie die Schnürung oder ziehen Sie die Schuhe einige Minuten aus.
    .why = Zu enge Schuhe üben übermäßigen Druck auf Nerven in Füßen und Unterschenkeln aus.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Aufstehen und gehen
    .text = Stehen Sie auf und gehen Sie ein, zwei Minuten, zur Küche, zum Fenster oder durchs Büro. Kommen Sie dann zurück.
    .why = Sitzpausen halten das Blut in Fluss und beenden langen Druck auf die Nerven.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Ein paar Schritte gehen
    .text = Stehen Sie auf und gehen Sie 20 Schritte durch Ihr Zimmer oder Büro. Wackeln Sie nicht nur mit dem Fuß auf der Stelle.
    .why = Bewegung bringt den Blutfluss zurück und entlastet den Nerv.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Beine ausschütteln
    .text = Stehen Sie auf, halten Sie sich nach Wunsch am Tisch fest und schütteln Sie 10 Sekunden sanft ein Bein, dann das andere.
    .why = Sanftes Schütteln bringt den Blutfluss zurück und entlastet den Nerv.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Fußkreisen
    .text = Heben Sie einen Fuß leicht an und kreisen Sie ihn langsam im Knöchel, 10-mal in jede Richtung. Dann Fußwechsel.
    .why = Bewegung im Sprunggelenk pumpt Blut und entlastet die Nerven.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Füße anziehen und strecken
    .text = Die Fersen bleiben am Boden: Ziehen Sie die Zehen zu sich heran, dann strecken Sie sie weg. Langsam 15-mal wiederholen.
    .why = Beugen und Strecken des Sprunggelenks fördert die Durchblutung im Unterschenkel.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Langsame Kniebeugen
    .text = Hinter dem Stuhl, Hände auf der Lehne: Beugen Sie die Knie langsam ein wenig und strecken Sie sie. 10 langsame Beugen.
    .why = Langsame Kniebeugen helfen, Blut durch die Beine zu pumpen.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Beinrückseite im Sitzen dehnen
    .text = Sitzen Sie vorn auf dem Stuhl, strecken Sie ein Bein und greifen Sie 20 Sekunden sanft Richtung Zehen. Beinwechsel.
    .why = Sanftes Dehnen der Beinrückseite fördert die Durchblutung und kann leichten Nervendruck lindern.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Beinrückseite im Stehen dehnen
    .text = Stellen Sie eine Ferse auf eine niedrige Stufe oder Kiste, Bein gestreckt. Sanft 20 Sekunden vorbeugen. Beinwechsel.
    .why = Dehnen der Oberschenkelrückseite hilft, Blut zu pumpen und leichte Nerveneinengungen zu lösen.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Wadendehnung
    .text = Stellen Sie sich vor den Tisch, Hände darauf, einen Fuß zurück. Drücken Sie die Ferse 20 Sekunden zu Boden. Beinwechsel.
    .why = Wadendehnung löst Muskelverspannungen, die auf Nerven drücken können.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Oberschenkel vorn dehnen
    .text = Halten Sie sich im Stehen am Tisch, beugen Sie ein Knie und halten Sie den Fuß 20 Sekunden hinter sich. Beinwechsel.
    .why = Dehnen der Oberschenkelvorderseite verbessert die Beweglichkeit und löst Muskelverspannungen.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Sanfte Drehung der Wirbelsäule
    .text = Sitzen Sie aufrecht, drehen Sie den Oberkörper langsam 15 Sekunden nach rechts, die Lehne hilft. Dann nach links.
    .why = Sanftes Drehen macht beweglicher und löst Muskelverspannungen, die auf Nerven drücken können.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Leichte Beinmassage
    .text = Reiben Sie Oberschenkel und Waden mit den Handflächen sanft in kleinen Kreisen, je Bein 30 Sekunden. Nur leichter Druck.
    .why = Sanfte Massage regt die Durchblutung an und tut gut, wenn das Gefühl zurückkehrt.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Beine abklopfen
    .text = Klopfen Sie Oberschenkel und Waden leicht mit den Fingerspitzen ab, 20 Sekunden pro Bein.
    .why = Leichtes Klopfen ist eine sanfte Anregung, die die Durchblutung fördert.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Legen Sie die Füße hoch
    .text = Legen Sie die Füße eine Minute auf eine niedrige Kiste, einen Stuhl oder eine Fußstütze und entspannen Sie die Beine.
    .why = Hochgelegte Beine helfen dem Blut zurückzufließen und verringern Blutstau in den Unterschenkeln.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Tiefe Bauchatmung
    .text = Atmen Sie tief durch die Nase ein, halten Sie einige Sekunden, atmen Sie langsam durch den Mund aus. 5-mal wiederholen.
    .why = Langsames Atmen hilft, das Nervensystem zu beruhigen, wenn Sie angespannt sind.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Trinken Sie ein Glas Wasser
    .text = Trinken Sie jetzt ein volles Glas Wasser, wenn Sie länger kein Wasser getrunken haben.
    .why = Flüssigkeitsmangel kann Nerven manchmal empfindlicher machen.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Wasserflasche auffüllen
    .text = Füllen Sie Ihre Mehrweg-Wasserflasche auf und stellen Sie sie gut sichtbar auf Ihren Schreibtisch.
    .why = Eine sichtbare Flasche erinnert Sie daran, über den Tag verteilt immer wieder zu trinken.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Ein paar Schlucke trinken
    .text = Trinken Sie jetzt ein paar Schlucke Wasser, etwa ein Viertel Glas.
    .why = Über den Tag verteilt zu trinken ist leichter, als es später nachzuholen.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Auf dem Weg zu 8 Gläsern
    .text = Trinken Sie ein Glas Wasser und zählen Sie es zum heutigen Ziel von 8 Gläsern, etwa 2 Litern.
    .why = Wasser ist für jede Körperfunktion unverzichtbar, auch für die Übertragung von Nervensignalen.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Wasser statt Süßgetränk
    .text = Schenken Sie sich diesmal statt Limonade oder Saft ein Glas Wasser ein und trinken Sie es.
    .why = Zuckerhaltige Getränke können zu Flüssigkeitsmangel beitragen, daher ist Wasser die bessere Wahl.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Ein Glas Wasser zum Kaffee
    .text = Trinken Sie zu Ihrem nächsten Kaffee oder Tee ein Glas Wasser, oder ersetzen Sie diese Tasse durch Wasser.
    .why = Zu viel Koffein kann zu Flüssigkeitsmangel beitragen.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Wasserpause
    .text = Stehen Sie auf, holen Sie sich am Wasserhahn oder Wasserspender ein Glas Wasser und trinken Sie es vor dem Hinsetzen.
    .why = Genug zu trinken unterstützt die Gesundheit Ihrer Nerven und des umliegenden Gewebes.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Hilfe bei tauben Beinen
relief-step-1 = Ändern Sie jetzt Ihre Haltung: Lösen Sie übereinandergeschlagene Beine, verlagern Sie Ihr Gewicht, oder stehen Sie auf und gehen Sie ein paar Schritte.
relief-step-2 = Beugen und strecken Sie sanft das Sprunggelenk und kreisen Sie den Fuß im und gegen den Uhrzeigersinn.
relief-step-3 = Schütteln Sie das Bein sanft und reiben Sie dann die taube Stelle mit der Handfläche in langsamen Kreisen. Kein starker Druck.
relief-step-4 = Legen Sie das Bein nach Möglichkeit etwas hoch, auf eine Fußstütze, eine Kiste oder einen Stuhl.
relief-advice = Taubheit, die anhält, schlimmer wird oder mit Schwäche oder Schmerzen einhergeht, sollte von medizinischem Fachpersonal abgeklärt werden.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Ihre Beine sind { $days ->
        [one] innerhalb des letzten Tages
       *[other] innerhalb der letzten { $days } Tage
    } { $times ->
        [one] einmal
       *[other] { $times }-mal
    } taub geworden.
relief-recent-hours = Ihre Beine sind { $hours ->
        [one] innerhalb der letzten Stunde
       *[other] innerhalb der letzten { $hours } Stunden
    } { $times ->
        [one] einmal
       *[other] { $times }-mal
    } taub geworden.
relief-recent-span = Ihre Beine sind innerhalb der letzten { $span } { $times ->
        [one] einmal
       *[other] { $times }-mal
    } taub geworden.
