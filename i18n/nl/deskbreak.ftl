### deskbreak in Dutch. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = houding
category-movement = beweging
category-hydration = drinken
# What a prompt of each category is called while it waits for an answer.
label-posture = Houdingscheck
label-movement = Beweegpauze
label-hydration = Waterpauze
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } u
span-hours-minutes = { $hours } u { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = ma
weekday-tue = di
weekday-wed = wo
weekday-thu = do
weekday-fri = vr
weekday-sat = za
weekday-sun = zo

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } wacht
glance-back-in = { $label } terug over { $span }
glance-snoozed = { $label } uitgesteld
glance-paused-until = Gepauzeerd tot { $time }
glance-paused = Gepauzeerd
# A prompt of no known category that is due.
glance-a-prompt = Een herinnering
glance-next = Volgende: { $category } over { $span }
glance-next-prompt = Volgende herinnering over { $span }
glance-none = Geen herinnering gepland
glance-typing = { $label } wacht op een typpauze
glance-held = { $label } aangehouden: { $why }
glance-due = { $label } is nu aan de beurt
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = Niet storen staat aan
held-camera = er is een camera in gebruik
held-busy = een app op volledig scherm of een presentatie vraagt om rust
held-locked = het scherm is vergrendeld
held-away = u bent niet aan uw bureau
held-typing = u bent aan het typen
# Today's counts, joined by " · " into $counts.
counts-today = Vandaag: { $counts }
count-done = { $count } gedaan
count-snoozed = { $count } uitgesteld
count-skipped = { $count } overgeslagen
count-missed = { $count } gemist
count-natural = { $count ->
        [one] { $count } natuurlijke pauze
       *[other] { $count } natuurlijke pauzes
    }
count-water = water { $glasses }/{ $target }
sitting-under-a-minute = Zit nog geen minuut
sitting-for = Zit al { $span }
sitting-away = Niet aan het bureau

## `deskbreak status`

status-state = Status: { $state }
state-waiting = wacht op de volgende herinnering
state-pending = een herinnering wacht op antwoord
state-snoozed = een herinnering is uitgesteld
state-paused = gepauzeerd
state-inactive = buiten de actieve uren
status-prompt = Herinnering: { $title } ({ $category }) - { $text }
status-back-at = Terug om: { $time }
status-next-due = Volgende: { $category }, aan de beurt sinds { $time }
status-next-due-any = Volgende: aan de beurt sinds { $time }
status-next-at = Volgende: { $category } om { $time } (over { $span })
status-next-at-any = Volgende: om { $time } (over { $span })
status-paused-until = Gepauzeerd tot: { $time }
status-held-typing = Aangehouden: de herinnering wacht op een pauze in uw typen
status-held = Aangehouden: { $why }; de herinnering wacht zolang
status-quiet = Stil: { $why }; een herinnering die aan de beurt komt, wacht tot dat voorbij is
status-sitting-since = { $sitting } (sinds { $time })
status-sitting-unmeasured = Zitten: niet gemeten (geen inactiviteitsdetectie; zie `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Gedaan
# $span is a span such as "10 min".
button-snooze = { $span } uitstellen
button-skip = Overslaan
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = U zit al { $span }. { $text }
alert-not-recorded = deskbreak: niet vastgelegd
alert-not-recorded-next = { $reason }. Maak wat ruimte vrij (of herstel het bestand) en kies het daarna opnieuw.
alert-config-not-applied = deskbreak: configuratie niet toegepast
alert-cannot-open-config = deskbreak: kan het configuratiebestand niet openen
alert-cannot-open-config-next = { $reason }. Open { $path } in uw editor, of voer `deskbreak config edit` uit.
alert-cannot-show-statistics = deskbreak: kan de statistieken niet tonen
alert-cannot-show-statistics-next = { $reason }. De pagina is { $path }: open die in uw browser, of voer `deskbreak stats` uit.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Gedaan
menu-snooze = Uitstellen
menu-skip = Overslaan
menu-break-now = Nu pauze nemen
menu-pause = Pauzeren
menu-resume = Hervatten
menu-one-hour = 1 uur
menu-until-tomorrow = Tot morgen
menu-drank-water = Glas water gedronken
menu-legs-numb = Mijn benen zijn gevoelloos
menu-statistics = Statistieken…
menu-open-config = Configuratiebestand openen
menu-quit = Afsluiten
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: er wacht een herinnering

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = de herinnering
reply-done = Gedaan: { $title }.
reply-skipped = Overgeslagen: { $title }.
reply-snoozed-for = Uitgesteld: { $title }, met { $span }; terug om { $time }.
reply-snoozed-title = Uitgesteld: { $title }.
reply-nothing-before = Geen herinnering vóór { $time }.
reply-snoozed = Uitgesteld.
reply-showing = Getoond: { $title }.
reply-catalogue-empty = Geen herinnering om te tonen: de catalogus is leeg.
reply-paused-until = Gepauzeerd tot { $time }.
reply-paused = Gepauzeerd.
reply-resumed = Hervat.
reply-relief-on-screen = (Ook op het scherm als melding.)
reply-drink = { $glasses ->
        [one] { $glasses } glas water genoteerd.
       *[other] { $glasses } glazen water genoteerd.
    } Water vandaag: { $water }/{ $target }.
reply-quit = deskbreak is gestopt.
reply-next = Volgende: { $category } om { $time }.
reply-next-prompt = Volgende herinnering om { $time }.
reply-none-scheduled = Er is geen herinnering gepland.
reply-no-status = de daemon stuurde geen status
reload-applied = Configuratie toegepast uit { $path }.
reload-warning = waarschuwing: { $warning }
refused-no-reason = de daemon weigerde het verzoek
refused-nothing-pending = er staat geen herinnering open
refused-stale = die melding is niet meer actueel
refused-not-paused = deskbreak is niet gepauzeerd
refused-paused = deskbreak is gepauzeerd; voer eerst `deskbreak resume` uit
not-recorded = kon niet schrijven naar { $path }: { $reason }; er is niets vastgelegd

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday } { $day } { $month }
weekday-long-mon = maandag
weekday-long-tue = dinsdag
weekday-long-wed = woensdag
weekday-long-thu = donderdag
weekday-long-fri = vrijdag
weekday-long-sat = zaterdag
weekday-long-sun = zondag
# Month names as a date writes them (the genitive, where the language has one).
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
percent = { $percent }%
damaged-lines = { $count ->
        [one] { $count } beschadigde regel overgeslagen (regel { $lines })
       *[other] { $count } beschadigde regels overgeslagen (regels { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } t/m { $to } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    })
# The legend of the bars.
chart-done = gedaan
chart-snoozed = uitgesteld
chart-skipped = overgeslagen
chart-missed = gemist
# Column headings: short, the figures under them are small numbers.
chart-column-done = gedaan
chart-column-snoozed = uitg.
chart-column-skipped = overg.
chart-column-missed = gemist
chart-column-natural = nat.
chart-column-water = water
chart-column-relief = hulp
chart-sitting-heading = Zitten (zitperiodes aan het bureau, op de dag waarop ze begonnen):
chart-sitting-not-measured = zitten niet gemeten
chart-sat = { $sat } gezeten
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = hoogstens { $longest }, { $count ->
        [0] geen zitperiode langer dan { $over }
        [one] { $count } zitperiode langer dan { $over }
       *[other] { $count } zitperiodes langer dan { $over }
    }
chart-adherence = Naleving (gedaan van de getoonde herinneringen):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } van { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } antwoord
       *[other] { $answers } antwoorden
    })
chart-no-answers = geen antwoorden
chart-average-line = Gemiddelde tijd tot antwoord: { $average }
chart-most-skipped-none = Vaakst overgeslagen: geen
chart-most-skipped = Vaakst overgeslagen:
chart-water = Water: { $glasses ->
        [one] { $glasses } glas
       *[other] { $glasses } glazen
    } in { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }; het dagdoel van { $target } gehaald op { $met ->
        [one] { $met } dag
       *[other] { $met } dagen
    }
chart-relief = Keren gevoelloze benen: { $count }
chart-sitting = Zitten: { $sat } ({ $measured ->
        [one] { $measured } dag
       *[other] { $measured } dagen
    } gemeten)
chart-sitting-unmeasured = Zitten: niet gemeten
chart-streak = Reeks: { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } met minstens { $percent } van de herinneringen gedaan
chart-damaged = Logboek: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Uw dag
        [7] Uw week
        [30] Uw maand
       *[other] Uw laatste { $days } dagen
    }
page-heading = { $period } met deskbreak
page-from-to = { $from } t/m { $to }
page-lead = U hebt { $done } van de { $shown ->
        [one] { $shown } getoonde herinnering
       *[other] { $shown } getoonde herinneringen
    } gedaan ({ $percent }).
page-lead-none = In deze dagen is geen herinnering getoond.
page-empty-heading = Geen herinneringen in deze dagen
page-empty = Het logboek bevat geen herinnering voor deze dagen. Als deskbreak had moeten draaien, vertelt `deskbreak status` of het draait, en `deskbreak doctor` wat het kan zien.
card-done = van de herinneringen gedaan
card-streak-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
card-streak = reeks met minstens { $percent } gedaan
card-water-days = { $met } van { $days }
card-water = dagen met { $glasses } water
card-sitting = langste zittijd
card-relief = { $count ->
        [one] keer gevoelloze benen
       *[other] keer gevoelloze benen
    }
page-relief-heading = Gevoelloze benen
page-relief-none = In deze dagen zijn geen gevoelloze benen genoteerd.
page-relief-logged = U hebt { $count ->
        [one] één keer
       *[other] { $count } keer
    } gevoelloze benen genoteerd: { $days }.
page-relief-recurred = Het kwam in korte tijd meerdere keren terug.
page-relief-note = Als een been gevoelloos wordt: verander van houding, beweeg de enkel, schud het been en wrijf het zachtjes, en leg het iets hoger. “Mijn benen zijn gevoelloos” in het menu van het pictogram in het systeemvak toont deze stappen en legt de episode vast.
page-unknown = Gegevens van een soort die deze versie niet kent: { $count } ({ $kinds })
page-damaged = Logboek: { $damaged }.
page-made-by = Gemaakt door deskbreak { $version } op basis van het logboek van wat u met elke herinnering deed. Dezelfde cijfers: `deskbreak stats --json`.
page-not-medical = deskbreak is geen medisch hulpmiddel.
page-prompts-heading = Herinneringen per dag
page-prompts-note = Elke balk stapelt wat er van de herinneringen van die dag werd; een uitgestelde herinnering komt terug en eindigt in een ander segment.
page-prompts-chart = Herinneringen per dag, naar uitkomst
legend-done = gedaan
legend-snoozed = uitgesteld
legend-skipped = overgeslagen
legend-missed = gemist (geen antwoord)
legend-natural = natuurlijke pauze (u was weg)
table-day = Dag
table-done = Gedaan
table-snoozed = Uitgesteld
table-skipped = Overgeslagen
table-missed = Gemist
table-natural = Natuurlijke pauze
page-categories-heading = Gedaan, per soort herinnering
page-categories-chart = Aandeel gedane herinneringen, per soort
page-category-done = { $done } van { $shown } gedaan ({ $percent })
page-category-none = geen herinnering getoond
page-skipped-heading = Vaakst overgeslagen
page-skipped-none = Er is geen herinnering overgeslagen.
page-skipped-times = { $count ->
        [one] één keer
       *[other] { $count } keer
    } overgeslagen
page-water-heading = Water
# $all and $target are "glasses" below.
page-water = { $all } in totaal; het dagdoel van { $target } is gehaald op { $met } van de { $days } dagen.
legend-water-met = doel gehaald
legend-water-below = onder het doel
page-water-chart = Glazen water per dag, vergeleken met het doel
page-water-of = { $glasses } van { $target }
page-water-target = doel { $target }
glasses = { $count ->
        [one] { $count } glas
       *[other] { $count } glazen
    }
page-sitting-heading = Zitten
page-sitting-unmeasured = Het zitten is in deze dagen niet gemeten: deskbreak ziet via de inactiviteitsdetectie van de desktop wanneer u uw bureau verlaat, en die was er niet (of deskbreak draaide niet). `deskbreak doctor` vertelt wat het kan zien.
page-sitting-note = Elke balk is een zitperiode aan het bureau zonder natuurlijke pauze, op de dag waarop die begon; de gaten zijn pauzes, of tijd die deskbreak niet heeft gemeten.
page-sitting-chart = Zitperiodes per dag, naar tijdstip
legend-sitting = zitten
legend-longer-than = langer dan { $span }
table-longest-stretch = Langste zitperiode
table-longer-than = Langer dan { $span }
page-not-measured = niet gemeten
page-no-stretch-began = op deze dag begon geen zitperiode
page-stretch = { $from } tot { $to }: { $span }
page-longest-stretch = Uw langste zitperiode: { $span }, op { $date } van { $from } tot { $to }.
page-no-stretch = In deze dagen is geen zitperiode aan het bureau afgelopen.
page-no-long-stretch = Geen zitperiode duurde langer dan { $span }.
page-long-stretches = { $count ->
        [one] { $count } zitperiode duurde langer dan { $span }: sta eerder op en beweeg.
       *[other] { $count } zitperiodes duurden langer dan { $span }: sta eerder op en beweeg.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = jan
month-short-2 = feb
month-short-3 = mrt
month-short-4 = apr
month-short-5 = mei
month-short-6 = jun
month-short-7 = jul
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec

## Errors of the command line.

client-not-running = deskbreak is niet actief (geen daemon reageert op { $socket }).
    Start het met `deskbreak run`.
client-stopped = deskbreak is gestopt (de daemon op { $socket } heeft de verbinding gesloten)
already-running = deskbreak is al actief; `deskbreak quit` stopt het
already-running-pid = deskbreak is al actief (PID { $pid }); `deskbreak quit` stopt het

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = meldingen
doctor-tray-host = systeemvak
doctor-idle = inactiviteit
doctor-lock-sleep = slot/slaapstand
doctor-do-not-disturb = Niet storen
doctor-logind = logind
doctor-gnome-banners = GNOME-banners
doctor-camera = camera
doctor-daemon = daemon
doctor-config = configuratie
doctor-log = logboek
doctor-running = actief
doctor-not-running = niet actief
doctor-start-it = start hem met `deskbreak run`
doctor-config-valid = { $path } (geldig)
doctor-config-unwritten = { $path } (nog niet geschreven: de daemon schrijft de standaardinstellingen bij de eerste start)
doctor-config-fix = herstel het bestand (`deskbreak config check` toont alle problemen); de daemon behoudt de laatste geldige versie
doctor-log-bytes = { $path } ({ $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    })
doctor-log-empty = { $path } (nog leeg)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak wordt afgesloten
refused-other-user = verbindingen van een andere gebruiker worden geweigerd

## Errors of the command line.

client-io = communicatie met de daemon op { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = kan de configuratie { $path } niet lezen: { $reason }
config-cannot-write = kan de standaardconfiguratie niet naar { $path } schrijven: { $reason }
config-missing-key = sleutel `{ $key }` ontbreekt in [{ $table }]
config-set-twice = `{ $key }` is twee keer ingesteld: houd er één over
config-syntax = TOML-syntaxis: { $error }
# $place below.
config-at-top-level = op het hoogste niveau
config-in-table = in [{ $table }]
config-unknown-key-near = onbekende sleutel `{ $key }` { $place }: bedoelt u `{ $near }`?
config-unknown-key = onbekende sleutel `{ $key }` { $place }: bekende sleutels zijn { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } is geen tijdsduur: schrijf die als "90s", "10m" of "1h30m"
value-not-percentage = { $text } is geen percentage: schrijf het als "70%"
value-not-cadence = { $text } is geen ritme: schrijf een tijdsduur als "45m" of een bereik als "30m..45m"
value-not-category = { $text } is geen categorie: schrijf posture, movement of hydration
value-not-day = { $text } is geen dag: schrijf mon, tue, wed, thu, fri, sat of sun
value-not-hours = { $text } is geen tijdvak: schrijf het als "09:00-17:30"
config-no-prompts = er blijven geen herinneringen over: schakel de ingebouwde herinneringen of een categorie in, of voeg items toe onder [[prompts.custom]]
config-language = `language` is "{ $tag }": deskbreak spreekt { $known }; of "auto" voor de taal van de sessie
config-under-a-minute = `{ $key }` is { $span }: onder een minuut komen herinneringen heel vaak
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` moet { $bounds } liggen
bounds-span = tussen 1 seconde en 24 uur
bounds-relief-window = tussen 1 uur en 1 jaar
bounds-glasses = tussen 1 en 50 glazen
bounds-episodes = tussen 1 en 100 episodes
bounds-percent = tussen "0%" en "100%"
bounds-pause = tussen 1 seconde en 1 minuut
bounds-wait = tussen 0 seconden (niet wachten) en 1 uur
config-max-below-min = `schedule.max_interval` ({ $max }) is korter dan `schedule.min_interval` ({ $min }): maak het minstens even lang
config-no-days = `schedule.days` is leeg: noem minstens één dag, of pauzeer deskbreak in plaats daarvan
config-no-hours = `schedule.hours` is leeg: geef minstens één tijdvak op, zoals "09:00-17:30"
config-empty-range = dit tijdvak is leeg: het einde moet na het begin liggen (een tijdvak kan niet over middernacht heen lopen)
config-overlap = dit tijdvak overlapt met een ander tijdvak
config-no-order = `prompts.order` is leeg: noem minstens één categorie
config-order-twice = categorie { $category } komt twee keer voor in `prompts.order`
config-empty-title = deze eigen herinnering heeft een lege `title`
config-empty-text = deze eigen herinnering heeft een lege `text`: zeg wat er moet gebeuren
config-bad-id = de id { $id } mag alleen kleine letters, cijfers, '.', '-' en '_' bevatten
config-id-taken = de herinnerings-id { $id } is al in gebruik: geef deze herinnering een andere `id`
config-range-backwards = `{ $key }`: het bereik moet van het kortere naar het langere interval lopen
config-check-warning = waarschuwing: { $path }: { $warning }
editor-cannot-start = kan de editor { $editor } niet starten: { $reason }
editor-failed = de editor { $editor } is mislukt ({ $status }); de configuratie is niet gecontroleerd
config-edit-kept = Een actieve daemon houdt de vorige configuratie aan; herstel het bestand en sla het opnieuw op.
config-edit-applied = OK: de configuratie is geldig en deskbreak heeft die toegepast.
config-edit-not-running = OK: de configuratie is geldig. deskbreak is niet actief; het gebruikt die bij de volgende start.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = XDG-autostartitem
autostart-kind-unit = systemd-gebruikersunit
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = waarde in de Run-sleutel
autostart-foreign = { $path } bestaat en is niet door deskbreak geschreven, dus het blijft ongemoeid: verplaats het en voer daarna opnieuw `deskbreak autostart enable` uit
autostart-up-to-date = Al bijgewerkt: { $kind } { $path }.
autostart-wrote = Geschreven: { $kind } { $path }.
autostart-left-alone = { $path } blijft ongemoeid: deskbreak heeft het niet geschreven.
autostart-removed = Verwijderd: { $kind } { $path }.
autostart-status-foreign = Autostart: { $path } bestaat, maar is niet door deskbreak geschreven
autostart-status-on = Autostart: aan ({ $kind } { $path })
autostart-status-written = Autostart: uit; geschreven maar niet ingeschakeld: { $kind } { $path }
autostart-off = Autostart: uit; `deskbreak autostart enable` zet het aan
autostart-enabled-session = deskbreak start met uw desktopsessie als: { $command }
autostart-enabled-login = deskbreak start wanneer u zich aanmeldt, als: { $command }
autostart-nothing-to-remove-linux = deskbreak had geen autostartitem of unit: er is niets te verwijderen.
autostart-nothing-to-remove-macos = deskbreak had geen LaunchAgent: er is niets te verwijderen.
autostart-nothing-to-remove-windows = deskbreak had geen waarde in de Run-sleutel: er is niets te verwijderen.
autostart-systemd-elsewhere = --systemd is voor Linux; laat het weg op macOS
autostart-unit-enable-hint = `systemctl --user enable { $unit }` in uw desktopsessie schakelt die in.
autostart-no-user-manager = geen systemd-gebruikersmanager reageerde (systemctl --user: { $reason }), dus { $unit } is geschreven maar niet ingeschakeld: voer in uw desktopsessie `systemctl --user enable { $unit }` uit
autostart-enable-failed = `systemctl --user enable { $unit }` is mislukt: { $reason }
autostart-unit-enabled = { $unit } ingeschakeld met `systemctl --user enable`: die start met uw grafische sessie (`systemctl --user start deskbreak` start die nu).
autostart-removed-link = Koppeling { $link } verwijderd.
autostart-run-foreign = { $value } bestaat en is niet door deskbreak geschreven, dus die blijft ongemoeid
autostart-run-set = { $value } ingesteld op { $data }: deskbreak start wanneer u zich aanmeldt.
autostart-no-windowless = { $windowless } staat niet naast { $exe }, dus bij het aanmelden opent een consolevenster; bouw het met `cargo install --path . --features windowless` en schakel daarna opnieuw in.
autostart-run-removed = { $value } verwijderd.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Kan { $program } niet uitvoeren ({ $reason })
open-no-application = Geen toepassing opent het bestand ({ $program }: { $status })
open-failed = { $program } is mislukt ({ $reason })
open-no-program = Er is geen programma geïnstalleerd om het te openen (geprobeerd: { $tried }){ $hint }
open-hint-debian = ; op Debian en Ubuntu: sudo apt install xdg-utils
report-too-long = een rapport toont hoogstens { $max } dagen (een jaar); `deskbreak stats --days { $days }` vat langere periodes samen
report-cannot-open = kan het rapport niet in een browser openen: { $reason }. De pagina is { $path }: open die in uw browser.
report-cannot-write = kan het rapport niet naar { $path } schrijven
cannot-read = kan { $path } niet lezen: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = start een meldingenserver (die van uw desktop, of dunst / mako) op de sessiebus
doctor-no-session-bus = geen D-Bus-sessiebus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); mogelijkheden: { $capabilities }
doctor-no-buttons = deze server toont geen knoppen: antwoord met `deskbreak done|snooze|skip`
doctor-no-notification-server = geen meldingenserver reageert
doctor-tray-present = er is een StatusNotifierWatcher aanwezig
doctor-tray-none = geen
doctor-tray-fix = geen paneel toont pictogrammen in het systeemvak (GNOME heeft de extensie AppIndicator nodig); meldingen en de opdrachtregel werken nog steeds
doctor-no-idle = geen inactiviteitsdetectie: herinneringen volgen gewoon het schema. Ondersteund worden GNOME, Wayland-compositors met ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) of org_kde_kwin_idle (Plasma vóór 5.27, sway tot en met 1.7) en X11; elders wordt IdleHint van logind gebruikt als de desktop die instelt
doctor-logind-reachable = bereikbaar (slaapstand en schermvergrendeling worden gezien)
doctor-logind-unreachable = niet bereikbaar
doctor-logind-fix = zonder logind worden schermvergrendelingen niet gezien; een slaapstand wordt nog steeds opgemerkt aan de sprong van de klok
doctor-dnd-on = aan (Inhibited van de meldingenserver): herinneringen wachten tot het uit staat
doctor-dnd-off = uit (Inhibited van de meldingenserver)
doctor-dnd-unknown = niet gemeld door de meldingenserver
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = niet gevolgd: { $why }
doctor-banners-hidden = verborgen (Niet storen van GNOME; { $why }): herinneringen wachten tot ze weer getoond worden
doctor-banners-shown = getoond ({ $why })
doctor-banners-unavailable = niet beschikbaar (geen GNOME-instellingen: gsettings kent org.gnome.desktop.notifications niet)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, gebeurtenissen
doctor-idle-compositor-events = gebeurtenissen van de compositor
doctor-idle-polled = hooguit eens per minuut opgevraagd
doctor-idle-none = geen
doctor-banners-gnome-shell = GNOME Shell toont de meldingen
doctor-banners-other-server = de meldingenserver is { $server }, niet GNOME Shell
doctor-banners-gnome-session = een GNOME-sessie (nog geen meldingenserver antwoordt)
doctor-banners-elsewhere = geen GNOME-sessie, en geen meldingenserver antwoordt
doctor-banners-no-session-bus = geen sessiebus
doctor-camera-in-use = in gebruik: herinneringen wachten
doctor-camera-unused = niet in gebruik
doctor-windows-toasts = Windows-pop-upmeldingen (WinRT) met de knoppen Gedaan / Uitstellen / Overslaan
doctor-windows-tray = het systeemvak
doctor-windows-lock = de vergrendelings- en energieberichten van de sessie (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: herinneringen wachten
doctor-windows-quiet-off = de shell accepteert meldingen (apps op volledig scherm en de presentatiemodus houden herinneringen aan)
doctor-macos-notifications = Notification Center, zonder knoppen
doctor-macos-notifications-fix = beantwoord een herinnering via de menubalk of met `deskbreak done|snooze|skip`
doctor-macos-tray = de menubalk
doctor-macos-lock = een vergrendeld scherm telt als inactief; een slaapstand wordt gezien aan de sprong van de klok
doctor-macos-dnd = niet leesbaar: macOS laat apps niet weten of een Focus aan staat
doctor-macos-dnd-fix = pauzeer deskbreak voor die tijd (`deskbreak pause 1h`, of Pauzeren in het menu)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = gedaan
outcome-snoozed = uitgesteld
outcome-skipped = overgeslagen
outcome-missed = gemist
outcome-natural = natuurlijk
outcome-relief = hulp
outcome-drink = gedronken
outcome-away = afwezig
outcome-arrived = aanwezig
outcome-stopped = gestopt
log-drink =
    { $glasses ->
        [one] { $glasses } glas water
       *[other] { $glasses } glazen water
    }
log-back = terug na { $span } afwezigheid (sinds { $time })
log-arrived = aan het bureau: het zitten wordt vanaf hier gemeten
log-stopped = het zitten wordt niet meer gemeten

# Address: formal "u" (as in GNOME, KDE and Windows in Dutch), used in every message.

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Voeten plat op de vloer
    .text = Zet beide voeten plat op de vloer, of op een voetensteun als ze er niet bij kunnen. Houd ze daar de komende minuten.
    .why = Platte, gesteunde voeten houden uw benen uit ongemakkelijke houdingen die op zenuwen drukken.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Knieën in een hoek van 90 graden
    .text = Controleer of uw knieën ongeveer 90 graden gebogen zijn. Zet uw stoel hoger of lager tot dat zo is: dat kost een minuut.
    .why = Een rechte hoek in de knie is de bureauhouding die de gids aanraadt.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Beeldscherm op ooghoogte
    .text = Kijk recht vooruit: de bovenrand van het scherm hoort op ooghoogte. Zet het scherm hoger, of op een boek, tot dat klopt.
    .why = Een scherm op ooghoogte voorkomt nekbelasting, die indirect uw beenzenuwen kan beïnvloeden.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Laat de stoel uw rug steunen
    .text = Ga helemaal achterin zitten, zodat de stoel de welving van uw onderrug steunt. Blijf zo de komende minuten zitten.
    .why = Een stoel die de natuurlijke kromming van uw wervelkolom steunt, haalt druk van uw zenuwen.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Zit rechtop, niet voorovergebogen
    .text = Zit rechtop, zonder voorover te buigen of naar één kant of op een armleuning te hangen. Houd dat de komende minuten vol.
    .why = Voorovergebogen of scheef zitten houdt uw lichaam in ongemakkelijke houdingen die zenuwen afknellen.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Zet uw benen naast elkaar
    .text = Zet over elkaar geslagen benen naast elkaar, met beide voeten op de vloer. Houd ze de komende 30 minuten zo.
    .why = Over elkaar geslagen benen drukken op zenuwen en beperken bij langdurig zitten de doorbloeding.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Verplaats uw gewicht
    .text = Verplaats uw gewicht op de stoel: leun iets op de ene heup, dan op de andere, 5 keer per kant.
    .why = Snel van houding wisselen haalt druk van de zenuwen voordat een been gevoelloos wordt.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Verdeel uw gewicht als u staat
    .text = Werkt u staand? Verdeel uw gewicht gelijk over beide voeten. Verplaats het dan een minuut lang van voet naar voet.
    .why = Gelijk verdeeld gewicht en regelmatig verplaatsen voorkomen langdurige druk op één been bij staan.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Maak knellende kleding los
    .text = Maak een strakke riem, broeksband of sokboord losser en haal een volle achterzak leeg. Dat kost minder dan een minuut.
    .why = Strakke kleding kan langdurig op een zenuw drukken en de doorbloeding beperken.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Niets mag op uw benen drukken
    .text = Controleer of niets in uw dijen of knieholtes drukt, zoals de zittingrand of een bureaustang. Verstel of verplaats het.
    .why = Aanhoudende druk door ongemakkelijke houdingen knelt zenuwen af en leidt tot gevoelloosheid.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Controleer uw schoenen
    .text = Controleer uw schoenen: knellen ze bij de enkel of op de wreef, maak de veters losser of doe ze een paar minuten uit.
    .why = Te strakke schoenen geven onnodige druk op zenuwen in uw voeten en onderbenen.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Sta op en loop
    .text = Sta op en loop een minuut of twee, naar de keuken, het raam of door het kantoor, en kom dan terug.
    .why = Zitten onderbreken houdt de bloedsomloop op gang en beëindigt langdurige druk op uw zenuwen.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Zet een paar stappen
    .text = Sta op en zet 20 stappen door uw kamer of kantoor. Wiebel niet alleen met uw voet op de plek.
    .why = Rondlopen laat het bloed weer stromen en haalt druk van de zenuw.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Schud uw benen los
    .text = Sta op, houd eventueel het bureau vast en schud 10 seconden zachtjes met één been, dan met het andere.
    .why = Zachtjes schudden brengt de doorbloeding weer op gang en haalt druk van de zenuw.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Enkelrondjes
    .text = Til één voet iets op en draai de enkel langzaam rond, 10 keer elke kant op. Wissel dan van voet.
    .why = Bewegen van de enkel pompt bloed rond en vermindert de druk op de zenuwen.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Voeten optrekken en strekken
    .text = Houd uw hielen op de vloer, trek uw tenen naar u toe en strek ze dan van u af. Herhaal dit langzaam 15 keer.
    .why = De enkel buigen en strekken bevordert de doorbloeding van het onderbeen.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Langzame kniebuigingen
    .text = Ga achter uw stoel staan, houd de rugleuning vast, buig langzaam uw knieën een beetje en strek ze weer. Doe dit 10 keer.
    .why = Langzame kniebuigingen helpen bloed door uw benen te pompen.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Zittend de hamstrings rekken
    .text = Ga voor op uw stoel zitten, strek één been en reik 20 seconden zachtjes naar uw tenen. Wissel van been.
    .why = Zacht de hamstrings rekken bevordert de doorbloeding en kan lichte zenuwdruk verlichten.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Staand de hamstrings rekken
    .text = Zet staand één hiel op een lage tree of kist, been gestrekt, en buig 20 seconden zachtjes voorover. Wissel van been.
    .why = De achterkant van de dij rekken helpt bloed te pompen en kan lichte zenuwbeknelling opheffen.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Kuiten rekken
    .text = Sta voor het bureau, handen erop, zet één voet naar achteren en druk die hiel 20 seconden op de vloer. Wissel van been.
    .why = Kuiten rekken vermindert spierspanning die op zenuwen kan drukken.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Voorkant van de dij rekken
    .text = Houd staand het bureau vast, buig één knie en houd die voet 20 seconden achter u vast. Wissel van been.
    .why = De voorkant van de dij rekken maakt u soepeler en vermindert spierspanning.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Zachte draai van de rug
    .text = Zit rechtop en draai uw bovenlichaam langzaam 15 seconden naar rechts, met hulp van de rugleuning. Herhaal naar links.
    .why = Een zachte draai maakt u soepeler en vermindert spierspanning die op zenuwen kan drukken.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Lichte beenmassage
    .text = Wrijf zachtjes met uw handpalmen in kleine rondjes over dijen en kuiten, 30 seconden per been. Druk maar licht.
    .why = Een zachte massage stimuleert de doorbloeding en voelt prettig als het gevoel terugkeert.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Klop op uw benen
    .text = Klop 20 seconden per been licht met uw vingertoppen op uw dijen en kuiten.
    .why = Licht kloppen geeft een zachte prikkel die de doorbloeding bevordert.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Leg uw voeten omhoog
    .text = Leg uw voeten een minuut op een lage kist, stoel of voetensteun en laat uw benen ontspannen.
    .why = Uw benen omhoog leggen helpt het bloed terug te stromen en vermindert ophoping in de onderbenen.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Diepe buikademhaling
    .text = Adem diep in door uw neus, houd een paar seconden vast en adem dan langzaam uit door uw mond. Herhaal 5 keer.
    .why = Langzaam ademen helpt uw zenuwstelsel te kalmeren als u gespannen bent.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Drink een glas water
    .text = Drink nu een vol glas water als u al een tijdje geen water hebt gedronken.
    .why = Uitdroging kan zenuwen soms gevoeliger maken.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Vul uw waterfles bij
    .text = Vul uw herbruikbare waterfles bij en zet hem zichtbaar op uw bureau.
    .why = Een fles in zicht herinnert u eraan de hele dag door slokjes te blijven drinken.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Neem een paar slokjes
    .text = Neem nu een paar slokjes water, ongeveer een kwart glas.
    .why = De hele dag door slokjes drinken is makkelijker dan later inhalen.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Op weg naar 8 glazen
    .text = Drink een glas water en tel het mee voor het dagdoel van 8 glazen, ongeveer 2 liter.
    .why = Water is onmisbaar voor elke lichaamsfunctie, ook voor het doorgeven van zenuwsignalen.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Water in plaats van een zoet drankje
    .text = Schenk deze keer een glas water in plaats van frisdrank of sap, en drink het op.
    .why = Suikerhoudende dranken kunnen bijdragen aan uitdroging, dus water is de betere keuze.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Een glas water bij uw koffie
    .text = Drink een glas water bij uw volgende kop koffie of thee, of vervang die kop door water.
    .why = Te veel cafeïne kan bijdragen aan uitdroging.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Waterpauze
    .text = Sta op, loop naar de kraan of waterkoeler en drink een glas water voordat u weer gaat zitten.
    .why = Genoeg drinken ondersteunt de gezondheid van uw zenuwen en het weefsel eromheen.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Hulp bij gevoelloze benen
relief-step-1 = Verander nu van houding: haal uw benen van elkaar, verplaats uw gewicht, of sta op en zet een paar stappen.
relief-step-2 = Buig en strek zachtjes uw enkel en draai uw voet met de klok mee en tegen de klok in.
relief-step-3 = Schud zachtjes met het been en wrijf dan met uw handpalm in langzame rondjes over de gevoelloze plek. Niet hard drukken.
relief-step-4 = Leg het been zo mogelijk iets hoger, op een voetensteun, kist of stoel.
relief-advice = Laat gevoelloosheid die aanhoudt, erger wordt of samengaat met zwakte of pijn nakijken door een zorgverlener.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Uw benen zijn { $days ->
        [one] de afgelopen dag
       *[other] de afgelopen { $days } dagen
    } { $times ->
        [one] één keer
       *[other] { $times } keer
    } gevoelloos geworden.
relief-recent-hours = Uw benen zijn { $hours ->
        [one] het afgelopen uur
       *[other] de afgelopen { $hours } uur
    } { $times ->
        [one] één keer
       *[other] { $times } keer
    } gevoelloos geworden.
relief-recent-span = Uw benen zijn de afgelopen { $span } { $times ->
        [one] één keer
       *[other] { $times } keer
    } gevoelloos geworden.
