### deskbreak in French. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

# Address: "vous", as in prompts.ftl. Terms: rappel (prompt), Reporter/reporté (snooze), Ignorer/ignoré
# (skip), fait (done), manqué (missed), Suspendre/suspendu/Reprendre (pause), pause naturelle (natural
# break), période (stretch), Ne pas déranger, zone de notification (tray).

## Words used everywhere

category-posture = posture
category-movement = mouvement
category-hydration = hydratation
# What a prompt of each category is called while it waits for an answer.
label-posture = Vérification de posture
label-movement = Pause mouvement
label-hydration = Pause eau
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } en attente
glance-back-in = { $label } de retour dans { $span }
glance-snoozed = { $label } reportée
glance-paused-until = Suspendu jusqu'à { $time }
glance-paused = Suspendu
# A prompt of no known category that is due.
glance-a-prompt = Un rappel
glance-next = Prochain : { $category } dans { $span }
glance-next-prompt = Prochain rappel dans { $span }
glance-none = Aucun rappel prévu
glance-typing = { $label } attend une pause dans votre frappe
glance-held = { $label } attend : { $why }
glance-due = { $label } : c'est l'heure
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = le mode Ne pas déranger est activé
held-camera = une caméra est en cours d'utilisation
held-busy = une application en plein écran ou une présentation demande le calme
held-locked = l'écran est verrouillé
held-away = vous n'êtes pas à votre bureau
held-typing = vous tapez au clavier
# Today's counts, joined by " · " into $counts.
counts-today = Aujourd'hui : { $counts }
count-done = { $count ->
        [one] { $count } fait
       *[other] { $count } faits
    }
count-snoozed = { $count ->
        [one] { $count } reporté
       *[other] { $count } reportés
    }
count-skipped = { $count ->
        [one] { $count } ignoré
       *[other] { $count } ignorés
    }
count-missed = { $count ->
        [one] { $count } manqué
       *[other] { $count } manqués
    }
count-natural = { $count ->
        [one] { $count } pause naturelle
       *[other] { $count } pauses naturelles
    }
count-water = eau { $glasses }/{ $target }
sitting-under-a-minute = Temps assis : moins d'une minute
sitting-for = Temps assis : { $span }
sitting-away = Loin du bureau

## `deskbreak status`

status-state = État : { $state }
state-waiting = en attente du prochain rappel
state-pending = un rappel attend une réponse
state-snoozed = un rappel est reporté
state-paused = suspendu
state-inactive = en dehors des heures d'activité
status-prompt = Rappel : { $title } ({ $category }) - { $text }
status-back-at = Retour prévu : { $time }
status-next-due = Prochain : { $category }, attendu depuis { $time }
status-next-due-any = Prochain : attendu depuis { $time }
status-next-at = Prochain : { $category } à { $time } (dans { $span })
status-next-at-any = Prochain : à { $time } (dans { $span })
status-paused-until = Suspendu jusqu'à : { $time }
status-held-typing = Retardé : le rappel attend une pause dans votre frappe
status-held = Retardé : le rappel attend tant que { $why }
status-quiet = Calme : { $why } ; un rappel qui arrive à échéance attend que cela cesse
status-sitting-since = { $sitting } (depuis { $time })
status-sitting-unmeasured = Temps assis : non mesuré (pas de détection d'inactivité ; voir `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Fait
# $span is a span such as "10 min".
button-snooze = Reporter de { $span }
button-skip = Ignorer
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Vous êtes en position assise depuis { $span }. { $text }
alert-not-recorded = deskbreak : non enregistré
alert-not-recorded-next = { $reason }. Libérez de l'espace (ou réparez le fichier), puis refaites votre choix.
alert-config-not-applied = deskbreak : configuration non appliquée
alert-cannot-open-config = deskbreak : impossible d'ouvrir le fichier de configuration
alert-cannot-open-config-next = { $reason }. Ouvrez { $path } dans votre éditeur, ou lancez `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak : impossible d'afficher les statistiques
alert-cannot-show-statistics-next = { $reason }. La page est { $path } : ouvrez-la dans votre navigateur, ou lancez `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Fait
menu-snooze = Reporter
menu-skip = Ignorer
menu-break-now = Faire une pause maintenant
menu-pause = Suspendre
menu-resume = Reprendre
menu-one-hour = 1 heure
menu-until-tomorrow = Jusqu'à demain
menu-drank-water = J'ai bu un verre d'eau
menu-legs-numb = Mes jambes sont engourdies
menu-statistics = Statistiques…
menu-open-config = Ouvrir la configuration
menu-quit = Quitter
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak : un rappel attend une réponse

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = le rappel
reply-done = Fait : { $title }.
reply-skipped = Ignoré : { $title }.
reply-snoozed-for = Reporté de { $span } : { $title }, de retour à { $time }.
reply-snoozed-title = Reporté : { $title }.
reply-nothing-before = Aucun rappel avant { $time }.
reply-snoozed = Reporté.
reply-showing = Affichage : { $title }.
reply-catalogue-empty = Aucun rappel à afficher : le catalogue est vide.
reply-paused-until = deskbreak suspendu jusqu'à { $time }.
reply-paused = deskbreak suspendu.
reply-resumed = deskbreak a repris.
reply-relief-on-screen = (Également affiché à l'écran sous forme de notification.)
reply-drink = { $glasses ->
        [one] { $glasses } verre d'eau enregistré.
       *[other] { $glasses } verres d'eau enregistrés.
    } Eau aujourd'hui : { $water }/{ $target }.
reply-quit = deskbreak s'est arrêté.
reply-next = Prochain : { $category } à { $time }.
reply-next-prompt = Prochain rappel à { $time }.
reply-none-scheduled = Aucun rappel n'est prévu.
reply-no-status = le démon n'a envoyé aucun état
reload-applied = Configuration appliquée depuis { $path }.
reload-warning = avertissement : { $warning }
refused-no-reason = le démon a refusé la demande
refused-nothing-pending = aucun rappel n'est en attente
refused-stale = cette notification n'est plus d'actualité
refused-not-paused = deskbreak n'est pas suspendu
refused-paused = deskbreak est suspendu ; lancez d'abord `deskbreak resume`
not-recorded = impossible d'écrire dans { $path } : { $reason } ; rien n'a été enregistré

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
weekday-long-mon = lundi
weekday-long-tue = mardi
weekday-long-wed = mercredi
weekday-long-thu = jeudi
weekday-long-fri = vendredi
weekday-long-sat = samedi
weekday-long-sun = dimanche
# Month names as a date writes them (the genitive, where the language has one).
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
percent = { $percent } %
damaged-lines = { $count ->
        [one] { $count } ligne endommagée ignorée (ligne { $lines })
       *[other] { $count } lignes endommagées ignorées (lignes { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = Du { $from } au { $to } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
# The legend of the bars.
chart-done = faits
chart-snoozed = reportés
chart-skipped = ignorés
chart-missed = manqués
# Column headings: short, the figures under them are small numbers.
chart-column-done = faits
chart-column-snoozed = report
chart-column-skipped = ignor.
chart-column-missed = manq.
chart-column-natural = nat.
chart-column-water = eau
chart-column-relief = engou.
chart-sitting-heading = Temps assis (périodes au bureau, le jour où chacune a commencé) :
chart-sitting-not-measured = temps assis non mesuré
chart-sat = assis { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = { $longest } au maximum, { $count ->
        [0] aucune période de plus de { $over }
        [one] { $count } période de plus de { $over }
       *[other] { $count } périodes de plus de { $over }
    }
chart-adherence = Assiduité (rappels faits sur rappels affichés) :
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } sur { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    })
chart-no-answers = aucune réponse
chart-average-line = Temps de réponse moyen : { $average }
chart-most-skipped-none = Les plus ignorés : aucun
chart-most-skipped = Les plus ignorés :
chart-water = Eau : { $glasses ->
        [one] { $glasses } verre
       *[other] { $glasses } verres
    } en { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; objectif de { $target } par jour atteint { $met ->
        [one] { $met } jour
       *[other] { $met } jours
    }
chart-relief = Épisodes de jambes engourdies : { $count }
chart-sitting = Temps assis : { $sat } ({ $measured ->
        [one] { $measured } jour mesuré
       *[other] { $measured } jours mesurés
    })
chart-sitting-unmeasured = Temps assis : non mesuré
chart-streak = Série : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } avec au moins { $percent } des rappels faits
chart-damaged = Journal : { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Votre journée
        [7] Votre semaine
        [30] Votre mois
       *[other] Vos { $days } derniers jours
    }
page-heading = { $period } avec deskbreak
page-from-to = Du { $from } au { $to }
page-lead = Vous avez fait { $done } sur { $shown ->
        [one] { $shown } rappel affiché
       *[other] { $shown } rappels affichés
    } ({ $percent }).
page-lead-none = Aucun rappel n'a été affiché pendant ces jours.
page-empty-heading = Aucun rappel pendant ces jours
page-empty = Le journal ne contient aucun rappel pour ces jours. Si deskbreak était censé fonctionner, `deskbreak status` indique s'il fonctionne, et `deskbreak doctor` ce qu'il peut voir.
card-done = des rappels faits
card-streak-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
card-streak = série avec au moins { $percent } de rappels faits
card-water-days = { $met } sur { $days }
card-water = jours avec { $glasses } d'eau
card-sitting = plus longue période assise
card-relief = { $count ->
        [one] fois où vos jambes se sont engourdies
       *[other] fois où vos jambes se sont engourdies
    }
page-relief-heading = Jambes engourdies
page-relief-none = Aucun épisode de jambes engourdies n'a été enregistré pendant ces jours.
page-relief-logged = Vous avez signalé des jambes engourdies { $count ->
        [1] une fois
       *[other] { $count } fois
    } : { $days }.
page-relief-recurred = L'engourdissement est revenu plusieurs fois en peu de temps.
page-relief-note = Quand une jambe s'engourdit : changez de position, bougez la cheville, secouez et frottez doucement la jambe, et surélevez-la un peu. L'entrée « Mes jambes sont engourdies » de la zone de notification montre ces étapes et enregistre l'épisode.
page-unknown = Enregistrements d'un type que cette version ne connaît pas : { $count } ({ $kinds })
page-damaged = Journal : { $damaged }.
page-made-by = Généré par deskbreak { $version } à partir de son journal de ce que vous avez fait de chaque rappel. Les mêmes chiffres : `deskbreak stats --json`.
page-not-medical = deskbreak n'est pas un dispositif médical.
page-prompts-heading = Rappels par jour
page-prompts-note = Chaque barre empile ce que sont devenus les rappels du jour ; un rappel reporté revient et finit dans un autre segment.
page-prompts-chart = Rappels par jour, selon leur issue
legend-done = faits
legend-snoozed = reportés
legend-skipped = ignorés
legend-missed = manqués (sans réponse)
legend-natural = pause naturelle (vous n'étiez pas au bureau)
table-day = Jour
table-done = Faits
table-snoozed = Reportés
table-skipped = Ignorés
table-missed = Manqués
table-natural = Pause naturelle
page-categories-heading = Faits, par type de rappel
page-categories-chart = Part des rappels faits, par type
page-category-done = Faits : { $done } sur { $shown } ({ $percent })
page-category-none = aucun rappel affiché
page-skipped-heading = Les plus ignorés
page-skipped-none = Aucun rappel n'a été ignoré.
page-skipped-times = ignoré { $count ->
        [1] une fois
       *[other] { $count } fois
    }
page-water-heading = Eau
# $all and $target are "glasses" below.
page-water = { $all } au total ; l'objectif de { $target } par jour a été atteint { $met ->
        [one] { $met } jour
       *[other] { $met } jours
    } sur { $days }.
legend-water-met = objectif atteint
legend-water-below = sous l'objectif
page-water-chart = Verres d'eau par jour, par rapport à l'objectif
page-water-of = { $glasses } sur { $target }
page-water-target = objectif { $target }
glasses = { $count ->
        [one] { $count } verre
       *[other] { $count } verres
    }
page-sitting-heading = Temps assis
page-sitting-unmeasured = Le temps assis n'a pas été mesuré pendant ces jours : deskbreak voit quand vous quittez le bureau grâce à la détection d'inactivité de l'environnement de bureau, et n'en disposait pas (ou ne fonctionnait pas). `deskbreak doctor` indique ce qu'il peut voir.
page-sitting-note = Chaque barre est une période au bureau sans pause naturelle, le jour où elle a commencé ; les vides sont des pauses, ou du temps que deskbreak n'a pas mesuré.
page-sitting-chart = Périodes assises par jour, selon l'heure
legend-sitting = assis
legend-longer-than = plus de { $span }
table-longest-stretch = Plus longue période
table-longer-than = Plus de { $span }
page-not-measured = non mesuré
page-no-stretch-began = aucune période n'a commencé ce jour-là
page-stretch = De { $from } à { $to } : { $span }
page-longest-stretch = Votre plus longue période : { $span }, le { $date }, de { $from } à { $to }.
page-no-stretch = Aucune période au bureau ne s'est terminée pendant ces jours.
page-no-long-stretch = Aucune période n'a dépassé { $span }.
page-long-stretches = { $count ->
        [one] { $count } période a dépassé { $span } : levez-vous et bougez avant.
       *[other] { $count } périodes ont dépassé { $span } : levez-vous et bougez avant.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Errors of the command line.

client-not-running = deskbreak n'est pas lancé (aucun démon ne répond sur { $socket }).
    Lancez-le avec `deskbreak run`.
client-stopped = deskbreak s'est arrêté (le démon sur { $socket } a fermé la connexion)
already-running = deskbreak est déjà lancé ; `deskbreak quit` l'arrête
already-running-pid = deskbreak est déjà lancé (PID { $pid }) ; `deskbreak quit` l'arrête

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = notifications
doctor-tray-host = zone de notif.
doctor-idle = inactivité
doctor-lock-sleep = verrou/veille
doctor-do-not-disturb = Ne pas déranger
doctor-logind = logind
doctor-gnome-banners = bannières GNOME
doctor-camera = caméra
doctor-daemon = démon
doctor-config = configuration
doctor-log = journal
doctor-running = en cours d'exécution
doctor-not-running = arrêté
doctor-start-it = lancez-le avec `deskbreak run`
doctor-config-valid = { $path } (valide)
doctor-config-unwritten = { $path } (pas encore écrit : le démon écrit la configuration par défaut au premier lancement)
doctor-config-fix = corrigez le fichier (`deskbreak config check` affiche tous les problèmes) ; le démon garde la dernière version valide
doctor-log-bytes = { $path } ({ $bytes } { $bytes ->
        [one] octet
       *[other] octets
    })
doctor-log-empty = { $path } (vide pour l'instant)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak est en cours d'arrêt
refused-other-user = les connexions d'un autre utilisateur sont refusées

## Errors of the command line.

client-io = communication avec le démon sur { $socket } : { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = impossible de lire la configuration { $path } : { $reason }
config-cannot-write = impossible d'écrire la configuration par défaut dans { $path } : { $reason }
config-missing-key = clé `{ $key }` manquante dans [{ $table }]
config-set-twice = `{ $key }` apparaît deux fois : n'en gardez qu'une
config-syntax = syntaxe TOML : { $error }
# $place below.
config-at-top-level = au premier niveau
config-in-table = dans [{ $table }]
config-unknown-key-near = clé inconnue `{ $key }` { $place } : vouliez-vous dire `{ $near }` ?
config-unknown-key = clé inconnue `{ $key }` { $place } : les clés connues sont { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } n'est pas une durée : écrivez-la comme "90s", "10m" ou "1h30m"
value-not-percentage = { $text } n'est pas un pourcentage : écrivez-le comme "70%"
value-not-cadence = { $text } n'est pas une cadence : écrivez une durée comme "45m" ou un intervalle comme "30m..45m"
value-not-category = { $text } n'est pas une catégorie : écrivez posture, movement ou hydration
value-not-day = { $text } n'est pas un jour : écrivez mon, tue, wed, thu, fri, sat ou sun
value-not-hours = { $text } n'est pas une plage horaire : écrivez-la comme "09:00-17:30"
config-no-prompts = il ne reste aucun rappel : activez les rappels intégrés ou une catégorie, ou ajoutez des entrées [[prompts.custom]]
config-language = `language` vaut "{ $tag }" : deskbreak parle { $known } ; ou "auto" pour la langue de la session
config-under-a-minute = `{ $key }` vaut { $span } : moins d'une minute, les rappels viendront très souvent
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` doit être { $bounds }
bounds-span = compris entre 1 seconde et 24 heures
bounds-relief-window = compris entre 1 heure et 1 an
bounds-glasses = compris entre 1 et 50 verres
bounds-episodes = compris entre 1 et 100 épisodes
bounds-percent = compris entre "0%" et "100%"
bounds-pause = compris entre 1 seconde et 1 minute
bounds-wait = compris entre 0 seconde (pas d'attente) et 1 heure
config-max-below-min = `schedule.max_interval` ({ $max }) est plus court que `schedule.min_interval` ({ $min }) : rendez-le au moins aussi long
config-no-days = `schedule.days` est vide : indiquez au moins un jour, ou suspendez plutôt deskbreak
config-no-hours = `schedule.hours` est vide : donnez au moins une plage comme "09:00-17:30"
config-empty-range = cette plage horaire est vide : sa fin doit venir après son début (une plage ne peut pas passer minuit)
config-overlap = cette plage horaire en chevauche une autre
config-no-order = `prompts.order` est vide : indiquez au moins une catégorie
config-order-twice = la catégorie { $category } apparaît deux fois dans `prompts.order`
config-empty-title = ce rappel personnalisé a un `title` vide
config-empty-text = ce rappel personnalisé a un `text` vide : dites quoi faire
config-bad-id = l'identifiant { $id } ne peut contenir que des lettres minuscules, des chiffres, '.', '-' et '_'
config-id-taken = l'identifiant de rappel { $id } est déjà pris : donnez un autre `id` à ce rappel
config-range-backwards = `{ $key }` : l'intervalle doit aller de la durée la plus courte à la plus longue
config-check-warning = avertissement : { $path } : { $warning }
editor-cannot-start = impossible de lancer l'éditeur { $editor } : { $reason }
editor-failed = l'éditeur { $editor } a échoué ({ $status }) ; la configuration n'a pas été vérifiée
config-edit-kept = Le démon en cours d'exécution, s'il y en a un, garde la configuration précédente ; corrigez le fichier et enregistrez-le de nouveau.
config-edit-applied = OK : la configuration est valide et deskbreak l'a appliquée.
config-edit-not-running = OK : la configuration est valide. deskbreak n'est pas lancé ; il l'utilisera à son démarrage.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = entrée de démarrage automatique XDG
autostart-kind-unit = unité utilisateur systemd
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = valeur de la clé Run
autostart-foreign = { $path } existe et n'a pas été écrit par deskbreak, il n'est donc pas modifié : déplacez-le ailleurs, puis relancez `deskbreak autostart enable`
autostart-up-to-date = { $path } ({ $kind }) est déjà à jour.
autostart-wrote = { $path } ({ $kind }) a été écrit.
autostart-left-alone = { $path } n'a pas été modifié : deskbreak ne l'a pas écrit.
autostart-removed = { $path } ({ $kind }) a été supprimé.
autostart-status-foreign = Démarrage automatique : { $path } existe, mais deskbreak ne l'a pas écrit
autostart-status-on = Démarrage automatique : activé, par { $path } ({ $kind })
autostart-status-written = Démarrage automatique : désactivé ; { $path } ({ $kind }) est écrit, mais pas activé
autostart-off = Démarrage automatique : désactivé ; `deskbreak autostart enable` l'active
autostart-enabled-session = deskbreak démarrera avec votre session de bureau ainsi : { $command }
autostart-enabled-login = deskbreak démarrera à votre connexion ainsi : { $command }
autostart-nothing-to-remove-linux = deskbreak n'avait ni entrée ni unité de démarrage automatique : rien à supprimer.
autostart-nothing-to-remove-macos = deskbreak n'avait pas de LaunchAgent : rien à supprimer.
autostart-nothing-to-remove-windows = deskbreak n'avait pas de valeur de la clé Run : rien à supprimer.
autostart-systemd-elsewhere = --systemd est réservé à Linux ; sous macOS, omettez-le
autostart-unit-enable-hint = `systemctl --user enable { $unit }` dans votre session de bureau l'active.
autostart-no-user-manager = aucun gestionnaire utilisateur systemd n'a répondu (systemctl --user : { $reason }), donc { $unit } est écrit mais pas activé : dans votre session de bureau, lancez `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` a échoué : { $reason }
autostart-unit-enabled = { $unit } activé avec `systemctl --user enable` : il démarre avec votre session graphique (`systemctl --user start deskbreak` le démarre tout de suite).
autostart-removed-link = Lien { $link } supprimé.
autostart-run-foreign = { $value } existe et n'a pas été écrit par deskbreak, il n'est donc pas modifié
autostart-run-set = { $value } défini sur { $data } : deskbreak démarrera à votre connexion.
autostart-no-windowless = { $windowless } ne se trouve pas à côté de { $exe }, une fenêtre de console s'ouvrira donc à la connexion ; compilez-le avec `cargo install --path . --features windowless`, puis réactivez le démarrage automatique.
autostart-run-removed = { $value } supprimé.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Impossible d'exécuter { $program } ({ $reason })
open-no-application = Aucune application ne l'ouvre ({ $program } : { $status })
open-failed = { $program } a échoué ({ $reason })
open-no-program = Aucun programme pour l'ouvrir n'est installé (essayés : { $tried }){ $hint }
open-hint-debian = ; sous Debian et Ubuntu : sudo apt install xdg-utils
report-too-long = un rapport couvre au plus { $max } jours (un an) ; `deskbreak stats --days { $days }` résume des intervalles plus longs
report-cannot-open = impossible d'ouvrir le rapport dans un navigateur : { $reason }. La page est { $path } : ouvrez-la dans votre navigateur.
report-cannot-write = impossible d'écrire le rapport dans { $path }
cannot-read = impossible de lire { $path } : { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = lancez un serveur de notifications (celui de votre bureau, ou dunst / mako) sur le bus de session
doctor-no-session-bus = aucun bus de session D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }) ; capacités : { $capabilities }
doctor-no-buttons = ce serveur n'affiche pas de boutons : répondez avec `deskbreak done|snooze|skip`
doctor-no-notification-server = aucun serveur de notifications ne répond
doctor-tray-present = un StatusNotifierWatcher est présent
doctor-tray-none = aucune
doctor-tray-fix = aucun panneau n'affiche les éléments de la zone de notification (GNOME a besoin de l'extension AppIndicator) ; les notifications et la ligne de commande fonctionnent toujours
doctor-no-idle = aucune source d'inactivité : les rappels suivent simplement le planning. Sont pris en charge : GNOME, les compositeurs Wayland avec ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland...) ou org_kde_kwin_idle (Plasma avant 5.27, sway jusqu'à 1.7) et X11 ; ailleurs, l'IdleHint de logind est utilisé quand le bureau le renseigne
doctor-logind-reachable = joignable (la mise en veille et le verrouillage de l'écran sont détectés)
doctor-logind-unreachable = injoignable
doctor-logind-fix = sans logind, les verrouillages de l'écran ne sont pas détectés ; une mise en veille est tout de même repérée grâce au saut de l'horloge
doctor-dnd-on = activé (Inhibited du serveur de notifications) : les rappels attendent sa désactivation
doctor-dnd-off = désactivé (Inhibited du serveur de notifications)
doctor-dnd-unknown = non indiqué par le serveur de notifications
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = non suivies : { $why }
doctor-banners-hidden = masquées (Ne pas déranger de GNOME ; { $why }) : les rappels attendent qu'elles soient affichées
doctor-banners-shown = affichées ({ $why })
doctor-banners-unavailable = non disponibles (pas de paramètres GNOME : gsettings n'a pas org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, événements
doctor-idle-compositor-events = événements du compositeur
doctor-idle-polled = interrogé au plus une fois par minute
doctor-idle-none = aucune
doctor-banners-gnome-shell = GNOME Shell affiche les notifications
doctor-banners-other-server = le serveur de notifications est { $server }, pas GNOME Shell
doctor-banners-gnome-session = une session GNOME (aucun serveur de notifications ne répond encore)
doctor-banners-elsewhere = pas une session GNOME, et aucun serveur de notifications ne répond
doctor-banners-no-session-bus = aucun bus de session
doctor-camera-in-use = en cours d'utilisation : les rappels attendent
doctor-camera-unused = non utilisée
doctor-windows-toasts = notifications toast de Windows (WinRT) avec les boutons Fait / Reporter / Ignorer
doctor-windows-tray = la zone de notification
doctor-windows-lock = les messages de verrouillage et d'alimentation de la session (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why } : les rappels attendent
doctor-windows-quiet-off = le shell accepte les notifications (les applications en plein écran et le mode présentation retiennent les rappels)
doctor-macos-notifications = Notification Center, sans boutons
doctor-macos-notifications-fix = répondez à un rappel depuis la barre des menus ou avec `deskbreak done|snooze|skip`
doctor-macos-tray = la barre des menus
doctor-macos-lock = un écran verrouillé compte comme une inactivité ; une mise en veille est repérée grâce au saut de l'horloge
doctor-macos-dnd = illisible : macOS n'indique pas aux applications si un mode Concentration est activé
doctor-macos-dnd-fix = suspendez deskbreak pendant ce temps (`deskbreak pause 1h`, ou Suspendre dans le menu)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = fait
outcome-snoozed = reporté
outcome-skipped = ignoré
outcome-missed = manqué
outcome-natural = naturelle
outcome-relief = engourdi
outcome-drink = eau
outcome-away = absent
outcome-arrived = arrivé
outcome-stopped = arrêté
log-drink =
    { $glasses ->
        [one] { $glasses } verre d'eau
       *[other] { $glasses } verres d'eau
    }
log-back = de retour après { $span } d'absence (depuis { $time })
log-arrived = au bureau : le temps assis est mesuré à partir d'ici
log-stopped = le temps assis n'est plus mesuré

# Address: "vous" (formal/plural, as in GNOME, KDE and Windows French). No-break space (U+00A0) before : ; ! ?

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Pieds à plat sur le sol
    .text = Posez les deux pieds à plat au sol, ou sur un repose-pieds s'ils n'y arrivent pas. Gardez-les ainsi quelques minutes.
    .why = Des pieds à plat et soutenus évitent à vos jambes les mauvaises positions qui compriment les nerfs.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Genoux à 90 degrés
    .text = Vérifiez que vos genoux sont pliés à environ 90 degrés. Sinon, montez ou baissez votre siège : cela prend une minute.
    .why = Un angle droit au genou est la posture au bureau que recommande le guide.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Écran à hauteur des yeux
    .text = Regardez droit devant : le haut de l'écran doit être à hauteur des yeux. Sinon, surélevez-le, par exemple sur un livre.
    .why = Un écran bien placé évite les tensions au cou, pouvant toucher indirectement les nerfs des jambes.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Laissez le siège soutenir votre dos
    .text = Asseyez-vous au fond du siège pour qu'il soutienne la courbe du bas de votre dos. Restez ainsi quelques minutes.
    .why = Un siège qui soutient la courbure naturelle de la colonne soulage la pression sur vos nerfs.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Dos droit, sans vous voûter
    .text = Redressez-vous, sans vous voûter ni pencher d'un côté ou sur un accoudoir. Restez bien d'aplomb quelques minutes.
    .why = Se voûter ou se pencher maintient le corps dans les mauvaises positions qui compriment les nerfs.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Décroisez les jambes
    .text = Décroisez les jambes si besoin et posez les deux pieds au sol. Gardez-les décroisées les 30 prochaines minutes.
    .why = Croisées longtemps, les jambes compriment les nerfs et freinent la circulation du sang.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Changez d'appui
    .text = Déplacez votre poids sur le siège : penchez-vous un peu sur une hanche, puis sur l'autre, 5 fois de chaque côté.
    .why = Changer vite de position soulage la pression sur les nerfs avant qu'une jambe s'engourdisse.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Debout, répartissez votre poids
    .text = Si vous travaillez debout, répartissez bien votre poids sur les deux pieds. Puis passez d'un pied à l'autre 1 minute.
    .why = Debout, un poids bien réparti et des changements d'appui évitent une longue pression sur une jambe.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Desserrez ce qui serre
    .text = Desserrez ceinture, taille ou chaussettes trop serrées et videz une poche arrière pleine. Cela prend moins d'une minute.
    .why = Des vêtements serrés peuvent comprimer longtemps un nerf et freiner la circulation du sang.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Rien ne doit appuyer sur vos jambes
    .text = Vérifiez que rien n'appuie sur vos cuisses ou derrière vos genoux (bord du siège, barre du bureau). Sinon, corrigez.
    .why = Une pression prolongée due aux mauvaises positions comprime les nerfs et provoque l'engourdissement.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Vérifiez vos chaussures
    .text = Si vos chaussures serrent à la cheville ou sur le dessus du pied, enlevez-les quelques minutes ou desserrez les lacets.
    .why = Des chaussures trop serrées appuient trop sur les nerfs des pieds et du bas des jambes.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Levez-vous et marchez
    .text = Levez-vous et marchez 1 ou 2 minutes : jusqu'à la cuisine, à la fenêtre ou autour du bureau, puis revenez.
    .why = Se lever souvent entretient la circulation et met fin à la pression prolongée sur vos nerfs.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Faites quelques pas
    .text = Levez-vous et faites 20 pas dans la pièce ou le bureau. Ne vous contentez pas de remuer le pied sur place.
    .why = Bouger rétablit la circulation du sang et soulage la pression sur le nerf.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Secouez vos jambes
    .text = Levez-vous, tenez-vous au bureau si vous voulez, et secouez doucement une jambe 10 secondes, puis l'autre.
    .why = Secouer doucement aide le sang à revenir et soulage la pression sur le nerf.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Cercles de chevilles
    .text = Levez un peu un pied et faites tourner la cheville lentement, 10 fois dans chaque sens, puis changez de pied.
    .why = Bouger la cheville active la circulation du sang et soulage la pression sur les nerfs.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Fléchissez et tendez les pieds
    .text = Gardez les talons au sol, relevez les orteils vers vous, puis pointez-les vers l'avant. Répétez lentement 15 fois.
    .why = Fléchir et tendre la cheville favorise la circulation sanguine dans le bas de la jambe.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Flexions lentes des genoux
    .text = Debout derrière le siège, mains sur le dossier, pliez lentement un peu les genoux, puis tendez-les. 10 flexions lentes.
    .why = Des flexions lentes des genoux aident à faire circuler le sang dans vos jambes.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Étirement assis des ischio-jambiers
    .text = Au bord du siège, tendez une jambe et avancez doucement les mains vers vos orteils 20 secondes. Changez de jambe.
    .why = Cet étirement doux active la circulation et peut soulager une légère pression sur les nerfs.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Étirement debout des ischio-jambiers
    .text = Un talon sur une marche basse ou une boîte, jambe tendue, penchez-vous doucement en avant 20 secondes. Changez de jambe.
    .why = Étirer l'arrière de la cuisse aide à pomper le sang et à libérer de légères compressions nerveuses.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Étirement des mollets
    .text = Face au bureau, mains posées dessus, reculez un pied et appuyez ce talon au sol 20 secondes. Changez de jambe.
    .why = Étirer les mollets réduit les tensions musculaires qui peuvent comprimer les nerfs.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Étirement des quadriceps
    .text = Debout, en vous tenant au bureau, pliez un genou et tenez ce pied derrière vous 20 secondes. Changez de jambe.
    .why = Étirer l'avant de la cuisse améliore la souplesse et réduit les tensions musculaires.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Torsion douce du dos
    .text = Dos droit, tournez lentement le haut du corps à droite 15 secondes, en vous aidant du dossier. Recommencez à gauche.
    .why = Une torsion douce assouplit et réduit les tensions musculaires qui peuvent comprimer les nerfs.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Massage léger des jambes
    .text = Frottez doucement cuisses et mollets avec les paumes, en petits cercles, 30 secondes par jambe. Appuyez légèrement.
    .why = Un massage doux stimule la circulation et apaise pendant que la sensibilité revient.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Tapotez vos jambes
    .text = Tapotez légèrement vos cuisses et vos mollets du bout des doigts, 20 secondes par jambe.
    .why = Un tapotement léger stimule en douceur et favorise la circulation du sang.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Surélevez vos pieds
    .text = Posez les pieds sur une boîte basse, une chaise ou un repose-pieds pendant une minute, et détendez vos jambes.
    .why = Surélever les jambes aide le sang à remonter et limite sa stagnation dans le bas des jambes.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Respiration ventrale profonde
    .text = Inspirez profondément par le nez, retenez l'air quelques secondes, puis expirez lentement par la bouche. Répétez 5 fois.
    .why = Respirer lentement aide à calmer votre système nerveux en cas de tension.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Buvez un verre d'eau
    .text = Buvez maintenant un plein verre d'eau si vous n'en avez pas bu depuis un moment.
    .why = La déshydratation peut parfois rendre les nerfs plus sensibles.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Remplissez votre gourde
    .text = Remplissez votre gourde réutilisable et posez-la sur votre bureau, bien en vue.
    .why = Une gourde en vue vous rappelle de boire par petites gorgées tout au long de la journée.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Buvez quelques gorgées
    .text = Buvez maintenant quelques gorgées d'eau, environ un quart de verre.
    .why = Boire un peu et souvent dans la journée est plus facile que de rattraper plus tard.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Objectif : 8 verres
    .text = Buvez un verre d'eau et comptez-le dans votre objectif du jour : 8 verres, soit environ 2 litres.
    .why = L'eau est essentielle à toutes les fonctions du corps, dont la transmission des signaux nerveux.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = De l'eau plutôt qu'une boisson sucrée
    .text = Cette fois, servez-vous un verre d'eau au lieu d'un soda ou d'un jus, et buvez-le.
    .why = Les boissons sucrées peuvent contribuer à la déshydratation : l'eau est un meilleur choix.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Un verre d'eau avec votre café
    .text = Buvez un verre d'eau avec votre prochain café ou thé, ou remplacez cette tasse par de l'eau.
    .why = Un excès de caféine peut contribuer à la déshydratation.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Pause eau
    .text = Levez-vous, allez jusqu'au robinet ou à la fontaine à eau et buvez un verre d'eau avant de vous rasseoir.
    .why = Bien s'hydrater entretient la santé de vos nerfs et des tissus qui les entourent.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Soulager des jambes engourdies
relief-step-1 = Changez de position maintenant : décroisez les jambes, déplacez votre poids, ou levez-vous et faites quelques pas.
relief-step-2 = Fléchissez et tendez doucement la cheville, en faisant tourner le pied dans le sens des aiguilles d'une montre, puis dans l'autre sens.
relief-step-3 = Secouez doucement la jambe, puis frottez la zone engourdie avec la paume, en cercles lents. Sans appuyer fort.
relief-step-4 = Si vous le pouvez, surélevez un peu la jambe sur un repose-pieds, une boîte ou une chaise.
relief-advice = Un engourdissement qui persiste, s'aggrave, ou s'accompagne de faiblesse ou de douleur doit être examiné par un professionnel de santé.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Vos jambes se sont engourdies { $times ->
        [1] une fois
       *[other] { $times } fois
    } au cours { $days ->
        [one] du dernier jour
       *[other] des { $days } derniers jours
    }.
relief-recent-hours = Vos jambes se sont engourdies { $times ->
        [1] une fois
       *[other] { $times } fois
    } au cours { $hours ->
        [one] de la dernière heure
       *[other] des { $hours } dernières heures
    }.
relief-recent-span = Vos jambes se sont engourdies { $times ->
        [1] une fois
       *[other] { $times } fois
    } au cours de la dernière période de { $span }.
