### deskbreak in Italian. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

# Address: "tu", as in prompts.ftl. Terms: promemoria (prompt), Posticipa/posticipato (snooze),
# Salta/saltato (skip), fatto (done), perso (missed), Sospendi/sospeso/Riprendi (pause), pausa
# naturale (natural break), periodo (stretch), Non disturbare, area di notifica (tray).

## Words used everywhere

category-posture = postura
category-movement = movimento
category-hydration = idratazione
# What a prompt of each category is called while it waits for an answer.
label-posture = Verifica postura
label-movement = Pausa movimento
label-hydration = Pausa acqua
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = lun
weekday-tue = mar
weekday-wed = mer
weekday-thu = gio
weekday-fri = ven
weekday-sat = sab
weekday-sun = dom

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } in attesa
glance-back-in = { $label } di nuovo tra { $span }
glance-snoozed = { $label } posticipata
glance-paused-until = Sospeso fino alle { $time }
glance-paused = Sospeso
# A prompt of no known category that is due.
glance-a-prompt = Un promemoria
glance-next = Prossimo: { $category } tra { $span }
glance-next-prompt = Prossimo promemoria tra { $span }
glance-none = Nessun promemoria in programma
glance-typing = { $label } aspetta che smetti di scrivere
glance-held = { $label } aspetta: { $why }
glance-due = { $label }: è il momento
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = la modalità Non disturbare è attiva
held-camera = è in uso una videocamera
held-busy = un'app a schermo intero o una presentazione chiede silenzio
held-locked = lo schermo è bloccato
held-away = non sei alla scrivania
held-typing = stai scrivendo
# Today's counts, joined by " · " into $counts.
counts-today = Oggi: { $counts }
count-done = { $count ->
        [one] { $count } fatto
       *[other] { $count } fatti
    }
count-snoozed = { $count ->
        [one] { $count } posticipato
       *[other] { $count } posticipati
    }
count-skipped = { $count ->
        [one] { $count } saltato
       *[other] { $count } saltati
    }
count-missed = { $count ->
        [one] { $count } perso
       *[other] { $count } persi
    }
count-natural = { $count ->
        [one] { $count } pausa naturale
       *[other] { $count } pause naturali
    }
count-water = acqua { $glasses }/{ $target }
sitting-under-a-minute = Tempo seduto: meno di un minuto
sitting-for = Tempo seduto: { $span }
sitting-away = Via dalla scrivania

## `deskbreak status`

status-state = Stato: { $state }
state-waiting = in attesa del prossimo promemoria
state-pending = un promemoria attende una risposta
state-snoozed = un promemoria è posticipato
state-paused = sospeso
state-inactive = fuori dall'orario attivo
status-prompt = Promemoria: { $title } ({ $category }) - { $text }
status-back-at = Ritorno: { $time }
status-next-due = Prossimo: { $category }, previsto dalle { $time }
status-next-due-any = Prossimo: previsto dalle { $time }
status-next-at = Prossimo: { $category } alle { $time } (tra { $span })
status-next-at-any = Prossimo: alle { $time } (tra { $span })
status-paused-until = Sospeso fino a: { $time }
status-held-typing = Trattenuto: il promemoria aspetta che smetti di scrivere
status-held = Trattenuto: il promemoria aspetta perché { $why }
status-quiet = Silenzio: { $why }; un promemoria in scadenza aspetta che finisca
status-sitting-since = { $sitting } (dalle { $time })
status-sitting-unmeasured = Tempo seduto: non misurato (nessun rilevamento dell'inattività; vedi `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Fatto
# $span is a span such as "10 min".
button-snooze = Posticipa di { $span }
button-skip = Salta
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Sei alla scrivania da { $span }. { $text }
alert-not-recorded = deskbreak: non registrato
alert-not-recorded-next = { $reason }. Libera un po' di spazio (o correggi il file), poi scegli di nuovo.
alert-config-not-applied = deskbreak: configurazione non applicata
alert-cannot-open-config = deskbreak: impossibile aprire il file di configurazione
alert-cannot-open-config-next = { $reason }. Apri { $path } nel tuo editor, oppure esegui `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: impossibile mostrare le statistiche
alert-cannot-show-statistics-next = { $reason }. La pagina è { $path }: aprila nel browser, oppure esegui `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Fatto
menu-snooze = Posticipa
menu-skip = Salta
menu-break-now = Fai una pausa ora
menu-pause = Sospendi
menu-resume = Riprendi
menu-one-hour = 1 ora
menu-until-tomorrow = Fino a domani
menu-drank-water = Ho bevuto un bicchiere d'acqua
menu-legs-numb = Ho le gambe intorpidite
menu-statistics = Statistiche…
menu-open-config = Apri configurazione
menu-quit = Esci
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: un promemoria è in attesa

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = il promemoria
reply-done = Fatto: { $title }.
reply-skipped = Saltato: { $title }.
reply-snoozed-for = Posticipato di { $span }: { $title }. Torna alle { $time }.
reply-snoozed-title = Posticipato: { $title }.
reply-nothing-before = Nessun promemoria prima delle { $time }.
reply-snoozed = Posticipato.
reply-showing = Visualizzato: { $title }.
reply-catalogue-empty = Nessun promemoria da mostrare: il catalogo è vuoto.
reply-paused-until = Sospeso fino alle { $time }.
reply-paused = Sospeso.
reply-resumed = Ripreso.
reply-relief-on-screen = (Anche sullo schermo come notifica.)
reply-drink = { $glasses ->
        [one] { $glasses } bicchiere d'acqua registrato.
       *[other] { $glasses } bicchieri d'acqua registrati.
    } Acqua oggi: { $water }/{ $target }.
reply-quit = deskbreak si è fermato.
reply-next = Prossimo: { $category } alle { $time }.
reply-next-prompt = Prossimo promemoria alle { $time }.
reply-none-scheduled = Nessun promemoria in programma.
reply-no-status = il demone non ha inviato alcuno stato
reload-applied = Configurazione applicata da { $path }.
reload-warning = avviso: { $warning }
refused-no-reason = il demone ha rifiutato la richiesta
refused-nothing-pending = nessun promemoria in attesa
refused-stale = quella notifica non è più attuale
refused-not-paused = deskbreak non è sospeso
refused-paused = deskbreak è sospeso; esegui prima `deskbreak resume`
not-recorded = impossibile scrivere in { $path }: { $reason }; non è stato registrato nulla

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday } { $day } { $month }
weekday-long-mon = lunedì
weekday-long-tue = martedì
weekday-long-wed = mercoledì
weekday-long-thu = giovedì
weekday-long-fri = venerdì
weekday-long-sat = sabato
weekday-long-sun = domenica
# Month names as a date writes them (the genitive, where the language has one).
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
percent = { $percent }%
damaged-lines = { $count ->
        [one] { $count } riga danneggiata ignorata (riga { $lines })
       *[other] { $count } righe danneggiate ignorate (righe { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } – { $to } ({ $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    })
# The legend of the bars.
chart-done = fatti
chart-snoozed = posticipati
chart-skipped = saltati
chart-missed = persi
# Column headings: short, the figures under them are small numbers.
chart-column-done = fatti
chart-column-snoozed = post.
chart-column-skipped = salt.
chart-column-missed = persi
chart-column-natural = nat.
chart-column-water = acqua
chart-column-relief = intor.
chart-sitting-heading = Tempo seduto (periodi alla scrivania, nel giorno in cui è iniziato ciascuno):
chart-sitting-not-measured = tempo seduto non misurato
chart-sat = seduto { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = { $longest } al massimo, { $count ->
        [0] nessun periodo oltre { $over }
        [one] { $count } periodo oltre { $over }
       *[other] { $count } periodi oltre { $over }
    }
chart-adherence = Costanza (fatti su promemoria mostrati):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } su { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } risposta
       *[other] { $answers } risposte
    })
chart-no-answers = nessuna risposta
chart-average-line = Tempo medio di risposta: { $average }
chart-most-skipped-none = Più saltati: nessuno
chart-most-skipped = Più saltati:
chart-water = Acqua: { $glasses ->
        [one] { $glasses } bicchiere
       *[other] { $glasses } bicchieri
    } in { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }; obiettivo di { $target } al giorno raggiunto in { $met ->
        [one] { $met } giorno
       *[other] { $met } giorni
    }
chart-relief = Episodi di gambe intorpidite: { $count }
chart-sitting = Tempo seduto: { $sat } ({ $measured ->
        [one] { $measured } giorno misurato
       *[other] { $measured } giorni misurati
    })
chart-sitting-unmeasured = Tempo seduto: non misurato
chart-streak = Serie: { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } con almeno { $percent } dei promemoria fatti
chart-damaged = Registro: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] La tua giornata
        [7] La tua settimana
        [30] Il tuo mese
       *[other] I tuoi ultimi { $days } giorni
    }
page-heading = { $period } con deskbreak
page-from-to = { $from } – { $to }
page-lead = Hai fatto { $done } su { $shown ->
        [one] { $shown } promemoria mostrato
       *[other] { $shown } promemoria mostrati
    } ({ $percent }).
page-lead-none = Nessun promemoria mostrato in questi giorni.
page-empty-heading = Nessun promemoria in questi giorni
page-empty = Il registro non contiene promemoria per questi giorni. Se deskbreak doveva essere in esecuzione, `deskbreak status` dice se lo è, e `deskbreak doctor` cosa riesce a vedere.
card-done = dei promemoria fatti
card-streak-days = { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
card-streak = serie con almeno { $percent } fatti
card-water-days = { $met } su { $days }
card-water = giorni con { $glasses } d'acqua
card-sitting = tempo seduto più lungo
card-relief = { $count ->
        [one] volta in cui le gambe si sono intorpidite
       *[other] volte in cui le gambe si sono intorpidite
    }
page-relief-heading = Gambe intorpidite
page-relief-none = Nessun episodio di gambe intorpidite registrato in questi giorni.
page-relief-logged = Hai registrato gambe intorpidite { $count ->
        [one] una volta
       *[other] { $count } volte
    }: { $days }.
page-relief-recurred = Si è ripresentato più volte in poco tempo.
page-relief-note = Quando una gamba si intorpidisce: cambia posizione, muovi la caviglia, scuoti e strofina delicatamente la gamba, e sollevala un po'. La voce «Ho le gambe intorpidite» nell'area di notifica mostra questi passi e registra l'episodio.
page-unknown = Record di un tipo che questa versione non conosce: { $count } ({ $kinds })
page-damaged = Registro: { $damaged }.
page-made-by = Creato da deskbreak { $version } dal suo registro di ciò che hai fatto con ogni promemoria. Gli stessi dati: `deskbreak stats --json`.
page-not-medical = deskbreak non è un dispositivo medico.
page-prompts-heading = Promemoria al giorno
page-prompts-note = Ogni barra impila l'esito dei promemoria del giorno; un promemoria posticipato ritorna e finisce in un altro segmento.
page-prompts-chart = Promemoria al giorno, per esito
legend-done = fatti
legend-snoozed = posticipati
legend-skipped = saltati
legend-missed = persi (nessuna risposta)
legend-natural = pausa naturale (non eri alla scrivania)
table-day = Giorno
table-done = Fatti
table-snoozed = Posticipati
table-skipped = Saltati
table-missed = Persi
table-natural = Pausa naturale
page-categories-heading = Fatti, per tipo di promemoria
page-categories-chart = Quota di promemoria fatti, per tipo
page-category-done = Fatti: { $done } su { $shown } ({ $percent })
page-category-none = nessun promemoria mostrato
page-skipped-heading = I più saltati
page-skipped-none = Nessun promemoria è stato saltato.
page-skipped-times = saltato { $count ->
        [one] una volta
       *[other] { $count } volte
    }
page-water-heading = Acqua
# $all and $target are "glasses" below.
page-water = { $all } in tutto; l'obiettivo di { $target } al giorno è stato raggiunto in { $met ->
        [one] { $met } giorno
       *[other] { $met } giorni
    } su { $days }.
legend-water-met = obiettivo raggiunto
legend-water-below = sotto l'obiettivo
page-water-chart = Bicchieri d'acqua al giorno, rispetto all'obiettivo
page-water-of = { $glasses } su { $target }
page-water-target = obiettivo { $target }
glasses = { $count ->
        [one] { $count } bicchiere
       *[other] { $count } bicchieri
    }
page-sitting-heading = Tempo seduto
page-sitting-unmeasured = Il tempo seduto non è stato misurato in questi giorni: deskbreak capisce quando lasci la scrivania grazie al rilevamento dell'inattività dell'ambiente desktop, che non era disponibile (o deskbreak non era in esecuzione). `deskbreak doctor` dice cosa riesce a vedere.
page-sitting-note = Ogni barra è un periodo alla scrivania senza pausa naturale, nel giorno in cui è iniziato; gli spazi vuoti sono pause, o tempo che deskbreak non ha misurato.
page-sitting-chart = Periodi alla scrivania al giorno, per fascia oraria
legend-sitting = tempo seduto
legend-longer-than = oltre { $span }
table-longest-stretch = Periodo più lungo
table-longer-than = Oltre { $span }
page-not-measured = non misurato
page-no-stretch-began = nessun periodo è iniziato in questo giorno
page-stretch = { $from } – { $to }: { $span }
page-longest-stretch = Il tuo periodo più lungo: { $span }, { $date }, dalle { $from } alle { $to }.
page-no-stretch = Nessun periodo alla scrivania si è concluso in questi giorni.
page-no-long-stretch = Nessun periodo ha superato { $span }.
page-long-stretches = { $count ->
        [one] { $count } periodo ha superato { $span }: alzati e muoviti prima.
       *[other] { $count } periodi hanno superato { $span }: alzati e muoviti prima.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = gen
month-short-2 = feb
month-short-3 = mar
month-short-4 = apr
month-short-5 = mag
month-short-6 = giu
month-short-7 = lug
month-short-8 = ago
month-short-9 = set
month-short-10 = ott
month-short-11 = nov
month-short-12 = dic

## Errors of the command line.

client-not-running = deskbreak non è in esecuzione (nessun demone risponde su { $socket }).
    Avvialo con `deskbreak run`.
client-stopped = deskbreak si è fermato (il demone su { $socket } ha chiuso la connessione)
already-running = deskbreak è già in esecuzione; `deskbreak quit` lo arresta
already-running-pid = deskbreak è già in esecuzione (PID { $pid }); `deskbreak quit` lo arresta

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = notifiche
doctor-tray-host = area di notifica
doctor-idle = inattività
doctor-lock-sleep = blocco/standby
doctor-do-not-disturb = Non disturbare
doctor-logind = logind
doctor-gnome-banners = banner GNOME
doctor-camera = videocamera
doctor-daemon = demone
doctor-config = configurazione
doctor-log = registro
doctor-running = in esecuzione
doctor-not-running = non in esecuzione
doctor-start-it = avvialo con `deskbreak run`
doctor-config-valid = { $path } (valido)
doctor-config-unwritten = { $path } (non ancora scritto: il demone scrive la configurazione predefinita al primo avvio)
doctor-config-fix = correggi il file (`deskbreak config check` mostra tutti i problemi); il demone mantiene l'ultima versione valida
doctor-log-bytes = { $path } ({ $bytes } byte)
doctor-log-empty = { $path } (ancora vuoto)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak si sta chiudendo
refused-other-user = le connessioni da un altro utente vengono rifiutate

## Errors of the command line.

client-io = comunicazione con il demone su { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = impossibile leggere la configurazione { $path }: { $reason }
config-cannot-write = impossibile scrivere la configurazione predefinita in { $path }: { $reason }
config-missing-key = chiave `{ $key }` mancante in [{ $table }]
config-set-twice = `{ $key }` è impostata due volte: tienine una sola
config-syntax = sintassi TOML: { $error }
# $place below.
config-at-top-level = al livello principale
config-in-table = in [{ $table }]
config-unknown-key-near = chiave sconosciuta `{ $key }` { $place }: intendevi `{ $near }`?
config-unknown-key = chiave sconosciuta `{ $key }` { $place }: le chiavi note sono { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } non è una durata: scrivila come "90s", "10m" o "1h30m"
value-not-percentage = { $text } non è una percentuale: scrivila come "70%"
value-not-cadence = { $text } non è una cadenza: scrivi una durata come "45m" o un intervallo come "30m..45m"
value-not-category = { $text } non è una categoria: scrivi posture, movement o hydration
value-not-day = { $text } non è un giorno: scrivi mon, tue, wed, thu, fri, sat o sun
value-not-hours = { $text } non è una fascia oraria: scrivila come "09:00-17:30"
config-no-prompts = non resta nessun promemoria: attiva i promemoria predefiniti o una categoria, oppure aggiungi voci [[prompts.custom]]
config-language = `language` è "{ $tag }": deskbreak parla { $known }; oppure "auto" per la lingua della sessione
config-under-a-minute = `{ $key }` è { $span }: meno di un minuto, i promemoria arriveranno molto spesso
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` deve essere { $bounds }
bounds-span = compreso tra 1 secondo e 24 ore
bounds-relief-window = compreso tra 1 ora e 1 anno
bounds-glasses = compreso tra 1 e 50 bicchieri
bounds-episodes = compreso tra 1 e 100 episodi
bounds-percent = compreso tra "0%" e "100%"
bounds-pause = compreso tra 1 secondo e 1 minuto
bounds-wait = compreso tra 0 secondi (nessuna attesa) e 1 ora
config-max-below-min = `schedule.max_interval` ({ $max }) è più breve di `schedule.min_interval` ({ $min }): rendilo lungo almeno quanto l'altro
config-no-days = `schedule.days` è vuoto: indica almeno un giorno, oppure sospendi deskbreak
config-no-hours = `schedule.hours` è vuoto: indica almeno una fascia come "09:00-17:30"
config-empty-range = questa fascia oraria è vuota: la fine deve venire dopo l'inizio (le fasce non possono superare la mezzanotte)
config-overlap = questa fascia oraria si sovrappone a un'altra
config-no-order = `prompts.order` è vuoto: indica almeno una categoria
config-order-twice = la categoria { $category } compare due volte in `prompts.order`
config-empty-title = questo promemoria personalizzato ha un `title` vuoto
config-empty-text = questo promemoria personalizzato ha un `text` vuoto: scrivi cosa fare
config-bad-id = l'id { $id } può contenere solo lettere minuscole, cifre, '.', '-' e '_'
config-id-taken = l'id di promemoria { $id } è già in uso: dai a questo promemoria un altro `id`
config-range-backwards = `{ $key }`: l'intervallo deve andare dalla durata più breve a quella più lunga
config-check-warning = avviso: { $path }: { $warning }
editor-cannot-start = impossibile avviare l'editor { $editor }: { $reason }
editor-failed = l'editor { $editor } non è riuscito ({ $status }); la configurazione non è stata verificata
config-edit-kept = Il demone in esecuzione, se c'è, mantiene la configurazione precedente; correggi il file e salvalo di nuovo.
config-edit-applied = OK: la configurazione è valida e deskbreak l'ha applicata.
config-edit-not-running = OK: la configurazione è valida. deskbreak non è in esecuzione; la userà al prossimo avvio.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = voce di avvio automatico XDG
autostart-kind-unit = unità utente systemd
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = valore della chiave Run
autostart-foreign = { $path } esiste e non l'ha scritto deskbreak, quindi resta com'è: spostalo altrove, poi esegui di nuovo `deskbreak autostart enable`
autostart-up-to-date = { $path } ({ $kind }) è già aggiornato.
autostart-wrote = È stato scritto { $path } ({ $kind }).
autostart-left-alone = { $path } non è stato toccato: non l'ha scritto deskbreak.
autostart-removed = È stato rimosso { $path } ({ $kind }).
autostart-status-foreign = Avvio automatico: { $path } esiste, ma non l'ha scritto deskbreak
autostart-status-on = Avvio automatico: attivo, tramite { $path } ({ $kind })
autostart-status-written = Avvio automatico: disattivato; { $path } ({ $kind }) è scritto ma non abilitato
autostart-off = Avvio automatico: disattivato; `deskbreak autostart enable` lo attiva
autostart-enabled-session = deskbreak si avvierà con la tua sessione desktop così: { $command }
autostart-enabled-login = deskbreak si avvierà al tuo accesso così: { $command }
autostart-nothing-to-remove-linux = deskbreak non aveva né voci né unità di avvio automatico: niente da rimuovere.
autostart-nothing-to-remove-macos = deskbreak non aveva alcun LaunchAgent: niente da rimuovere.
autostart-nothing-to-remove-windows = deskbreak non aveva alcun valore della chiave Run: niente da rimuovere.
autostart-systemd-elsewhere = --systemd è solo per Linux; su macOS, omettilo
autostart-unit-enable-hint = `systemctl --user enable { $unit }` nella tua sessione desktop la abilita.
autostart-no-user-manager = nessun gestore utente di systemd ha risposto (systemctl --user: { $reason }), quindi { $unit } è scritta ma non abilitata: nella tua sessione desktop, esegui `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` non è riuscito: { $reason }
autostart-unit-enabled = { $unit } abilitata con `systemctl --user enable`: si avvia con la tua sessione grafica (`systemctl --user start deskbreak` la avvia subito).
autostart-removed-link = Rimosso il collegamento { $link }.
autostart-run-foreign = { $value } esiste e non l'ha scritto deskbreak, quindi resta com'è
autostart-run-set = { $value } impostato su { $data }: deskbreak si avvierà al tuo accesso.
autostart-no-windowless = { $windowless } non si trova accanto a { $exe }, quindi all'accesso si aprirà una finestra della console; compilalo con `cargo install --path . --features windowless`, poi riattiva l'avvio automatico.
autostart-run-removed = { $value } rimosso.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Impossibile eseguire { $program } ({ $reason })
open-no-application = Nessuna applicazione lo apre ({ $program }: { $status })
open-failed = { $program } non è riuscito ({ $reason })
open-no-program = Nessun programma per aprirlo è installato (provati: { $tried }){ $hint }
open-hint-debian = ; su Debian e Ubuntu: sudo apt install xdg-utils
report-too-long = un report copre al massimo { $max } giorni (un anno); `deskbreak stats --days { $days }` riassume intervalli più lunghi
report-cannot-open = impossibile aprire il report in un browser: { $reason }. La pagina è { $path }: aprila nel browser.
report-cannot-write = impossibile scrivere il report in { $path }
cannot-read = impossibile leggere { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = avvia un server di notifiche (quello del tuo desktop, oppure dunst / mako) sul bus di sessione
doctor-no-session-bus = nessun bus di sessione D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); funzionalità: { $capabilities }
doctor-no-buttons = questo server non mostra pulsanti: rispondi con `deskbreak done|snooze|skip`
doctor-no-notification-server = nessun server di notifiche risponde
doctor-tray-present = è presente uno StatusNotifierWatcher
doctor-tray-none = nessuno
doctor-tray-fix = nessun pannello mostra gli elementi dell'area di notifica (GNOME richiede l'estensione AppIndicator); le notifiche e la riga di comando funzionano comunque
doctor-no-idle = nessuna fonte di inattività: i promemoria seguono semplicemente la programmazione. Sono supportati GNOME, i compositor Wayland con ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland...) o org_kde_kwin_idle (Plasma prima della 5.27, sway fino alla 1.7) e X11; altrove si usa l'IdleHint di logind quando il desktop lo imposta
doctor-logind-reachable = raggiungibile (sospensione e blocco dello schermo vengono rilevati)
doctor-logind-unreachable = non raggiungibile
doctor-logind-fix = senza logind, i blocchi dello schermo non vengono rilevati; una sospensione viene comunque notata dal salto dell'orologio
doctor-dnd-on = attivo (Inhibited del server di notifiche): i promemoria aspettano che venga disattivato
doctor-dnd-off = disattivato (Inhibited del server di notifiche)
doctor-dnd-unknown = non segnalato dal server di notifiche
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = non seguiti: { $why }
doctor-banners-hidden = nascosti (Non disturbare di GNOME; { $why }): i promemoria aspettano che vengano mostrati
doctor-banners-shown = mostrati ({ $why })
doctor-banners-unavailable = non disponibili (nessuna impostazione GNOME: gsettings non ha org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, eventi
doctor-idle-compositor-events = eventi del compositor
doctor-idle-polled = interrogato al massimo una volta al minuto
doctor-idle-none = nessuna
doctor-banners-gnome-shell = GNOME Shell mostra le notifiche
doctor-banners-other-server = il server di notifiche è { $server }, non GNOME Shell
doctor-banners-gnome-session = una sessione GNOME (nessun server di notifiche risponde ancora)
doctor-banners-elsewhere = non è una sessione GNOME, e nessun server di notifiche risponde
doctor-banners-no-session-bus = nessun bus di sessione
doctor-camera-in-use = in uso: i promemoria aspettano
doctor-camera-unused = non in uso
doctor-windows-toasts = notifiche toast di Windows (WinRT) con i pulsanti Fatto / Posticipa / Salta
doctor-windows-tray = l'area di notifica
doctor-windows-lock = i messaggi di blocco e di alimentazione della sessione (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: i promemoria aspettano
doctor-windows-quiet-off = la shell accetta le notifiche (le app a schermo intero e la modalità presentazione trattengono i promemoria)
doctor-macos-notifications = Notification Center, senza pulsanti
doctor-macos-notifications-fix = rispondi a un promemoria dalla barra dei menu o con `deskbreak done|snooze|skip`
doctor-macos-tray = la barra dei menu
doctor-macos-lock = uno schermo bloccato conta come inattività; una sospensione viene rilevata dal salto dell'orologio
doctor-macos-dnd = non leggibile: macOS non dice alle app se è attiva una modalità Full immersion
doctor-macos-dnd-fix = sospendi deskbreak per quel periodo (`deskbreak pause 1h`, oppure Sospendi nel menu)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = fatto
outcome-snoozed = posticip.
outcome-skipped = saltato
outcome-missed = perso
outcome-natural = naturale
outcome-relief = intorpid.
outcome-drink = acqua
outcome-away = assente
outcome-arrived = arrivato
outcome-stopped = fermato
log-drink =
    { $glasses ->
        [one] { $glasses } bicchiere d'acqua
       *[other] { $glasses } bicchieri d'acqua
    }
log-back = di ritorno dopo { $span } di assenza (dalle { $time })
log-arrived = alla scrivania: il tempo seduto si misura da qui
log-stopped = il tempo seduto non è più misurato

# Address: "tu" (informal, as in Windows and KDE Italian), with second-person imperatives (alzati, appoggia...).

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Piedi ben appoggiati a terra
    .text = Appoggia entrambi i piedi ben piatti a terra, o su un poggiapiedi se non arrivano. Tienili così per i prossimi minuti.
    .why = Piedi appoggiati e sostenuti evitano alle gambe posizioni scorrette che premono sui nervi.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Ginocchia a 90 gradi
    .text = Controlla che le ginocchia siano piegate a circa 90 gradi. Se no, alza o abbassa la sedia: ci vuole un minuto.
    .why = L'angolo retto al ginocchio è la postura alla scrivania raccomandata dalla guida.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Schermo all'altezza degli occhi
    .text = Guarda davanti a te: il bordo alto dello schermo va all'altezza degli occhi. Se no, alzalo o mettilo su un libro.
    .why = Così eviti tensioni al collo, che possono influire indirettamente sui nervi delle gambe.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Fatti sostenere la schiena dalla sedia
    .text = Siediti bene in fondo, così che la sedia sostenga la curva della zona lombare. Resta così per i prossimi minuti.
    .why = Una sedia che sostiene la curva naturale della colonna riduce la pressione sui nervi.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Schiena dritta, non curvarti
    .text = Raddrizzati senza curvarti in avanti né appoggiarti su un lato o un bracciolo. Resta in equilibrio qualche minuto.
    .why = Stare curvi o inclinati tiene il corpo in posizioni scorrette che comprimono i nervi.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Non accavallare le gambe
    .text = Se hai le gambe accavallate, scavallale e appoggia i due piedi a terra. Non riaccavallarle per i prossimi 30 minuti.
    .why = Le gambe accavallate a lungo premono sui nervi e ostacolano la circolazione.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Sposta il peso
    .text = Sposta il peso sulla sedia: appoggiati un po' su un fianco, poi sull'altro, 5 volte per lato.
    .why = Cambiare subito posizione allevia la pressione sui nervi prima che una gamba si intorpidisca.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = In piedi, distribuisci il peso
    .text = Se lavori in piedi, distribuisci il peso equamente sui due piedi. Poi spostalo da un piede all'altro per un minuto.
    .why = Peso uniforme e spostamenti regolari evitano una lunga pressione su una gamba quando stai in piedi.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Allenta ciò che stringe
    .text = Allenta cintura, vita o calzini se stringono e svuota la tasca posteriore se è gonfia. Ci vuole meno di un minuto.
    .why = Gli abiti stretti possono premere a lungo su un nervo e ostacolare la circolazione.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Niente deve premere sulle gambe
    .text = Controlla che nulla prema sulle cosce o dietro le ginocchia (bordo del sedile, barra del tavolo). Sistemalo o spostalo.
    .why = La pressione prolungata dovuta a posizioni scorrette comprime i nervi e causa intorpidimento.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Controlla le scarpe
    .text = Controlla le scarpe: se stringono alla caviglia o sul collo del piede, toglile per qualche minuto o allenta i lacci.
    .why = Le scarpe troppo strette premono eccessivamente sui nervi di piedi e parte bassa delle gambe.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Alzati e cammina
    .text = Alzati e cammina per un minuto o due, fino alla cucina, alla finestra o per l'ufficio, poi torna indietro.
    .why = Alzarsi spesso mantiene attiva la circolazione e pone fine alla pressione prolungata sui nervi.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Fai qualche passo
    .text = Alzati e fai 20 passi per la stanza o l'ufficio. Non limitarti a muovere il piede sul posto.
    .why = Muoversi riattiva la circolazione e allevia la pressione sul nervo.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Scuoti le gambe
    .text = Alzati, tieniti alla scrivania se vuoi, e scuoti delicatamente una gamba per 10 secondi, poi l'altra.
    .why = Scuotere delicatamente aiuta il sangue a tornare a circolare e allevia la pressione sul nervo.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Rotazioni delle caviglie
    .text = Solleva un po' un piede e ruota lentamente la caviglia, 10 volte in ogni senso, poi cambia piede.
    .why = Muovere la caviglia pompa il sangue e allevia la pressione sui nervi.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Fletti e distendi i piedi
    .text = Tieni i talloni a terra, tira le punte dei piedi verso di te, poi spingile in avanti. Ripeti lentamente 15 volte.
    .why = Flettere ed estendere la caviglia favorisce la circolazione nella parte bassa della gamba.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Piegamenti lenti delle ginocchia
    .text = In piedi dietro la sedia, mani sullo schienale, piega piano un po' le ginocchia, poi distendile. 10 piegamenti lenti.
    .why = I piegamenti lenti delle ginocchia aiutano a pompare il sangue nelle gambe.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Allungamento dei femorali sulla sedia
    .text = Sul bordo della sedia, stendi una gamba e allunga delicatamente le mani verso il piede per 20 secondi. Cambia gamba.
    .why = Questo allungamento delicato favorisce la circolazione e può alleviare lievi compressioni nervose.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Allungamento dei femorali in piedi
    .text = Tallone su un gradino basso o una scatola, gamba tesa: piegati delicatamente in avanti per 20 secondi. Cambia gamba.
    .why = Allungare il retro della coscia aiuta a pompare il sangue e a liberare lievi compressioni dei nervi.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Allungamento dei polpacci
    .text = Davanti alla scrivania, mani appoggiate, porta un piede indietro e premi quel tallone a terra 20 secondi. Cambia gamba.
    .why = Allungare i polpacci riduce la tensione muscolare che può comprimere i nervi.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Allungamento dei quadricipiti
    .text = In piedi, tenendoti alla scrivania, piega un ginocchio e tieni quel piede dietro di te per 20 secondi. Cambia gamba.
    .why = Allungare la parte anteriore della coscia migliora la flessibilità e allenta la tensione muscolare.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Torsione delicata della schiena
    .text = Schiena dritta, ruota lentamente il busto verso destra per 15 secondi, aiutandoti con lo schienale. Ripeti a sinistra.
    .why = Una torsione delicata dà flessibilità e riduce la tensione muscolare che può comprimere i nervi.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Massaggio leggero alle gambe
    .text = Strofina delicatamente cosce e polpacci con i palmi, a piccoli cerchi, 30 secondi per gamba. Premi leggermente.
    .why = Un massaggio delicato stimola la circolazione e dà sollievo mentre torna la sensibilità.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Picchietta le gambe
    .text = Picchietta leggermente cosce e polpacci con i polpastrelli, 20 secondi per gamba.
    .why = Picchiettare leggermente dà una stimolazione delicata che favorisce la circolazione.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Solleva i piedi
    .text = Appoggia i piedi su una scatola bassa, una sedia o un poggiapiedi per un minuto e rilassa le gambe.
    .why = Sollevare le gambe aiuta il ritorno del sangue e riduce il ristagno nella parte bassa delle gambe.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Respirazione addominale profonda
    .text = Inspira profondamente dal naso, trattieni il respiro qualche secondo, poi espira lentamente dalla bocca. Ripeti 5 volte.
    .why = Respirare lentamente aiuta a calmare il sistema nervoso quando ti senti in tensione.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Bevi un bicchiere d'acqua
    .text = Bevi ora un bicchiere d'acqua pieno se è da un po' che non bevi.
    .why = La disidratazione a volte può rendere i nervi più sensibili.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Riempi la borraccia
    .text = Riempi la tua borraccia e mettila sulla scrivania, dove puoi vederla.
    .why = Una borraccia in vista ti ricorda di continuare a bere a piccoli sorsi durante la giornata.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Bevi qualche sorso
    .text = Bevi ora qualche sorso d'acqua, circa un quarto di bicchiere.
    .why = Bere a piccoli sorsi durante la giornata è più facile che recuperare dopo.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Obiettivo: 8 bicchieri
    .text = Bevi un bicchiere d'acqua e contalo per l'obiettivo di oggi: 8 bicchieri, circa 2 litri.
    .why = L'acqua è essenziale per ogni funzione del corpo, inclusa la trasmissione dei segnali nervosi.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Acqua invece di una bibita zuccherata
    .text = Questa volta versati un bicchiere d'acqua al posto di una bibita gassata o di un succo, e bevilo.
    .why = Le bevande zuccherate possono favorire la disidratazione: l'acqua è la scelta migliore.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Un bicchiere d'acqua col caffè
    .text = Bevi un bicchiere d'acqua insieme al prossimo caffè o tè, oppure sostituisci quella tazza con dell'acqua.
    .why = Un eccesso di caffeina può favorire la disidratazione.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Pausa acqua
    .text = Alzati, vai al rubinetto o al distributore d'acqua e bevi un bicchiere d'acqua prima di rimetterti a sedere.
    .why = Una buona idratazione sostiene la salute dei nervi e dei tessuti che li circondano.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Sollievo per le gambe intorpidite
relief-step-1 = Cambia subito posizione: scavalla le gambe, sposta il peso, oppure alzati e fai qualche passo.
relief-step-2 = Fletti ed estendi delicatamente la caviglia, ruotando il piede in senso orario e antiorario.
relief-step-3 = Scuoti delicatamente la gamba, poi strofina la zona intorpidita con il palmo a cerchi lenti. Senza premere forte.
relief-step-4 = Se puoi, solleva un po' la gamba su un poggiapiedi, una scatola o una sedia.
relief-advice = Un intorpidimento che persiste, peggiora o si accompagna a debolezza o dolore va fatto valutare da un professionista sanitario.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Hai avuto le gambe intorpidite { $times ->
        [one] una volta
       *[other] { $times } volte
    } { $days ->
        [one] nell'ultimo giorno
       *[other] negli ultimi { $days } giorni
    }.
relief-recent-hours = Hai avuto le gambe intorpidite { $times ->
        [one] una volta
       *[other] { $times } volte
    } { $hours ->
        [one] nell'ultima ora
       *[other] nelle ultime { $hours } ore
    }.
relief-recent-span = Hai avuto le gambe intorpidite { $times ->
        [one] una volta
       *[other] { $times } volte
    } nell'ultimo periodo di { $span }.
