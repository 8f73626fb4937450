### deskbreak in Spanish. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

# Address: "usted", as in prompts.ftl. Terms: aviso (prompt), Posponer/pospuesto (snooze),
# Omitir/omitido (skip), hecho (done), perdido (missed), Pausar/en pausa/Reanudar (pause),
# descanso natural (natural break), tramo (stretch), No molestar, área de notificación (tray).

## Words used everywhere

category-posture = postura
category-movement = movimiento
category-hydration = hidratación
# What a prompt of each category is called while it waits for an answer.
label-posture = Control de postura
label-movement = Descanso para moverse
label-hydration = Descanso para beber agua
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } en espera
glance-back-in = { $label } vuelve en { $span }
glance-snoozed = { $label } pospuesto
glance-paused-until = En pausa hasta las { $time }
glance-paused = En pausa
# A prompt of no known category that is due.
glance-a-prompt = Un aviso
glance-next = Siguiente: { $category } en { $span }
glance-next-prompt = Siguiente aviso en { $span }
glance-none = Ningún aviso programado
glance-typing = { $label } espera a que deje de escribir
glance-held = { $label } retenido: { $why }
glance-due = { $label }: es la hora
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = el modo No molestar está activado
held-camera = hay una cámara en uso
held-busy = una aplicación a pantalla completa o una presentación pide silencio
held-locked = la pantalla está bloqueada
held-away = no está en su escritorio
held-typing = está escribiendo
# Today's counts, joined by " · " into $counts.
counts-today = Hoy: { $counts }
count-done = { $count ->
        [one] { $count } hecho
       *[other] { $count } hechos
    }
count-snoozed = { $count ->
        [one] { $count } pospuesto
       *[other] { $count } pospuestos
    }
count-skipped = { $count ->
        [one] { $count } omitido
       *[other] { $count } omitidos
    }
count-missed = { $count ->
        [one] { $count } perdido
       *[other] { $count } perdidos
    }
count-natural = { $count ->
        [one] { $count } descanso natural
       *[other] { $count } descansos naturales
    }
count-water = agua { $glasses }/{ $target }
sitting-under-a-minute = Tiempo sentado: menos de un minuto
sitting-for = Tiempo sentado: { $span }
sitting-away = Lejos del escritorio

## `deskbreak status`

status-state = Estado: { $state }
state-waiting = esperando el siguiente aviso
state-pending = un aviso espera respuesta
state-snoozed = un aviso está pospuesto
state-paused = en pausa
state-inactive = fuera del horario activo
status-prompt = Aviso: { $title } ({ $category }) - { $text }
status-back-at = Vuelve: { $time }
status-next-due = Siguiente: { $category }, pendiente desde { $time }
status-next-due-any = Siguiente: pendiente desde { $time }
status-next-at = Siguiente: { $category } a las { $time } (en { $span })
status-next-at-any = Siguiente: a las { $time } (en { $span })
status-paused-until = En pausa hasta: { $time }
status-held-typing = Retenido: el aviso espera a que deje de escribir
status-held = Retenido: el aviso espera mientras { $why }
status-quiet = Silencio: { $why }; un aviso que llegue a su hora espera hasta que termine
status-sitting-since = { $sitting } (desde { $time })
status-sitting-unmeasured = Tiempo sentado: sin medir (no hay detección de inactividad; consulte `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Hecho
# $span is a span such as "10 min".
button-snooze = Posponer { $span }
button-skip = Omitir
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Lleva { $span } en la silla. { $text }
alert-not-recorded = deskbreak: no registrado
alert-not-recorded-next = { $reason }. Libere espacio (o corrija el archivo) y vuelva a elegirlo.
alert-config-not-applied = deskbreak: configuración no aplicada
alert-cannot-open-config = deskbreak: no se puede abrir el archivo de configuración
alert-cannot-open-config-next = { $reason }. Abra { $path } en su editor o ejecute `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: no se pueden mostrar las estadísticas
alert-cannot-show-statistics-next = { $reason }. La página es { $path }: ábrala en su navegador o ejecute `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Hecho
menu-snooze = Posponer
menu-skip = Omitir
menu-break-now = Tomar un descanso ahora
menu-pause = Pausar
menu-resume = Reanudar
menu-one-hour = 1 hora
menu-until-tomorrow = Hasta mañana
menu-drank-water = He bebido un vaso de agua
menu-legs-numb = Tengo las piernas entumecidas
menu-statistics = Estadísticas…
menu-open-config = Abrir configuración
menu-quit = Salir
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: hay un aviso esperando

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = el aviso
reply-done = Hecho: { $title }.
reply-skipped = Omitido: { $title }.
reply-snoozed-for = Pospuesto { $span }: { $title }. Vuelve a las { $time }.
reply-snoozed-title = Pospuesto: { $title }.
reply-nothing-before = Ningún aviso antes de las { $time }.
reply-snoozed = Pospuesto.
reply-showing = Mostrando: { $title }.
reply-catalogue-empty = No hay ningún aviso que mostrar: el catálogo está vacío.
reply-paused-until = En pausa hasta las { $time }.
reply-paused = En pausa.
reply-resumed = Reanudado.
reply-relief-on-screen = (También en pantalla como notificación).
reply-drink = { $glasses ->
        [one] { $glasses } vaso de agua registrado.
       *[other] { $glasses } vasos de agua registrados.
    } Agua hoy: { $water }/{ $target }.
reply-quit = deskbreak se ha detenido.
reply-next = Siguiente: { $category } a las { $time }.
reply-next-prompt = Siguiente aviso a las { $time }.
reply-none-scheduled = No hay ningún aviso programado.
reply-no-status = el demonio no envió ningún estado
reload-applied = Configuración aplicada desde { $path }.
reload-warning = advertencia: { $warning }
refused-no-reason = el demonio rechazó la solicitud
refused-nothing-pending = no hay ningún aviso pendiente
refused-stale = esa notificación ya no está vigente
refused-not-paused = deskbreak no está en pausa
refused-paused = deskbreak está en pausa; ejecute primero `deskbreak resume`
not-recorded = no se pudo escribir en { $path }: { $reason }; no se registró nada

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday }, { $day } de { $month } de { $year }
# "Thursday 19 November"
date-day-month = { $weekday }, { $day } de { $month }
weekday-long-mon = lunes
weekday-long-tue = martes
weekday-long-wed = miércoles
weekday-long-thu = jueves
weekday-long-fri = viernes
weekday-long-sat = sábado
weekday-long-sun = domingo
# Month names as a date writes them (the genitive, where the language has one).
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
percent = { $percent } %
damaged-lines = { $count ->
        [one] { $count } línea dañada omitida (línea { $lines })
       *[other] { $count } líneas dañadas omitidas (líneas { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = Del { $from } al { $to } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    })
# The legend of the bars.
chart-done = hechos
chart-snoozed = pospuestos
chart-skipped = omitidos
chart-missed = perdidos
# Column headings: short, the figures under them are small numbers.
chart-column-done = hechos
chart-column-snoozed = posp.
chart-column-skipped = omit.
chart-column-missed = perd.
chart-column-natural = nat.
chart-column-water = agua
chart-column-relief = entum.
chart-sitting-heading = Tiempo sentado (tramos en el escritorio, en el día en que empezó cada uno):
chart-sitting-not-measured = tiempo sentado sin medir
chart-sat = sentado { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = { $longest } como máximo, { $count ->
        [0] ningún tramo de más de { $over }
        [one] { $count } tramo de más de { $over }
       *[other] { $count } tramos de más de { $over }
    }
chart-adherence = Cumplimiento (hechos sobre avisos mostrados):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } de { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    })
chart-no-answers = sin respuestas
chart-average-line = Tiempo medio de respuesta: { $average }
chart-most-skipped-none = Más omitidos: ninguno
chart-most-skipped = Más omitidos:
chart-water = Agua: { $glasses ->
        [one] { $glasses } vaso
       *[other] { $glasses } vasos
    } en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; el objetivo de { $target } al día se alcanzó { $met ->
        [one] { $met } día
       *[other] { $met } días
    }
chart-relief = Episodios de piernas entumecidas: { $count }
chart-sitting = Tiempo sentado: { $sat } ({ $measured ->
        [one] { $measured } día medido
       *[other] { $measured } días medidos
    })
chart-sitting-unmeasured = Tiempo sentado: sin medir
chart-streak = Racha: { $days ->
        [one] { $days } día
       *[other] { $days } días
    } con al menos el { $percent } de los avisos hechos
chart-damaged = Registro: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Su día
        [7] Su semana
        [30] Su mes
       *[other] Sus últimos { $days } días
    }
page-heading = { $period } con deskbreak
page-from-to = Del { $from } al { $to }
page-lead = Hizo { $done } de { $shown ->
        [one] { $shown } aviso mostrado
       *[other] los { $shown } avisos mostrados
    } ({ $percent }).
page-lead-none = No se mostró ningún aviso en estos días.
page-empty-heading = Ningún aviso en estos días
page-empty = El registro no contiene ningún aviso de estos días. Si deskbreak debía estar en marcha, `deskbreak status` indica si lo está, y `deskbreak doctor`, lo que puede ver.
card-done = de los avisos hechos
card-streak-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
card-streak = racha con al menos el { $percent } hecho
card-water-days = { $met } de { $days }
card-water = días con { $glasses } de agua
card-sitting = tramo sentado más largo
card-relief = { $count ->
        [one] vez que se le entumecieron las piernas
       *[other] veces que se le entumecieron las piernas
    }
page-relief-heading = Piernas entumecidas
page-relief-none = No se registró ningún episodio de piernas entumecidas en estos días.
page-relief-logged = Registró piernas entumecidas { $count ->
        [one] una vez
       *[other] { $count } veces
    }: { $days }.
page-relief-recurred = Volvió a ocurrir varias veces en poco tiempo.
page-relief-note = Cuando se le entumezca una pierna: cambie de postura, mueva el tobillo, sacuda y frote suavemente la pierna, y elévela un poco. La opción «Tengo las piernas entumecidas» del área de notificación muestra estos pasos y registra el episodio.
page-unknown = Registros de un tipo que esta versión no conoce: { $count } ({ $kinds })
page-damaged = Registro: { $damaged }.
page-made-by = Generado por deskbreak { $version } a partir de su registro de lo que hizo con cada aviso. Las mismas cifras: `deskbreak stats --json`.
page-not-medical = deskbreak no es un dispositivo médico.
page-prompts-heading = Avisos por día
page-prompts-note = Cada barra apila lo que pasó con los avisos del día; un aviso pospuesto vuelve y termina en otro segmento.
page-prompts-chart = Avisos por día, según el resultado
legend-done = hechos
legend-snoozed = pospuestos
legend-skipped = omitidos
legend-missed = perdidos (sin respuesta)
legend-natural = descanso natural (no estaba en el escritorio)
table-day = Día
table-done = Hechos
table-snoozed = Pospuestos
table-skipped = Omitidos
table-missed = Perdidos
table-natural = Descanso natural
page-categories-heading = Hechos, por tipo de aviso
page-categories-chart = Proporción de avisos hechos, por tipo
page-category-done = Hechos: { $done } de { $shown } ({ $percent })
page-category-none = ningún aviso mostrado
page-skipped-heading = Los más omitidos
page-skipped-none = No se omitió ningún aviso.
page-skipped-times = omitido { $count ->
        [one] una vez
       *[other] { $count } veces
    }
page-water-heading = Agua
# $all and $target are "glasses" below.
page-water = { $all } en total; el objetivo de { $target } al día se alcanzó { $met } de { $days } días.
legend-water-met = objetivo alcanzado
legend-water-below = por debajo del objetivo
page-water-chart = Vasos de agua por día, frente al objetivo
page-water-of = { $glasses } de { $target }
page-water-target = objetivo { $target }
glasses = { $count ->
        [one] { $count } vaso
       *[other] { $count } vasos
    }
page-sitting-heading = Tiempo sentado
page-sitting-unmeasured = El tiempo sentado no se midió en estos días: deskbreak detecta cuándo deja el escritorio gracias a la detección de inactividad del entorno de escritorio, y no había ninguna (o deskbreak no estaba en marcha). `deskbreak doctor` indica lo que puede ver.
page-sitting-note = Cada barra es un tramo en el escritorio sin descanso natural, en el día en que empezó; los huecos son descansos o tiempo que deskbreak no midió.
page-sitting-chart = Tramos sentado por día, según la hora
legend-sitting = sentado
legend-longer-than = más de { $span }
table-longest-stretch = Tramo más largo
table-longer-than = Más de { $span }
page-not-measured = sin medir
page-no-stretch-began = ningún tramo empezó este día
page-stretch = De { $from } a { $to }: { $span }
page-longest-stretch = Su tramo más largo: { $span }, el { $date }, de { $from } a { $to }.
page-no-stretch = Ningún tramo en el escritorio terminó en estos días.
page-no-long-stretch = Ningún tramo duró más de { $span }.
page-long-stretches = { $count ->
        [one] { $count } tramo duró más de { $span }: levántese y muévase antes.
       *[other] { $count } tramos duraron más de { $span }: levántese y muévase antes.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

## Errors of the command line.

client-not-running = deskbreak no se está ejecutando (ningún demonio responde en { $socket }).
    Inícielo con `deskbreak run`.
client-stopped = deskbreak se detuvo (el demonio en { $socket } cerró la conexión)
already-running = deskbreak ya se está ejecutando; `deskbreak quit` lo detiene
already-running-pid = deskbreak ya se está ejecutando (PID { $pid }); `deskbreak quit` lo detiene

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = notificaciones
doctor-tray-host = área de notif.
doctor-idle = inactividad
doctor-lock-sleep = bloqueo/reposo
doctor-do-not-disturb = No molestar
doctor-logind = logind
doctor-gnome-banners = banners GNOME
doctor-camera = cámara
doctor-daemon = demonio
doctor-config = configuración
doctor-log = registro
doctor-running = en ejecución
doctor-not-running = detenido
doctor-start-it = inícielo con `deskbreak run`
doctor-config-valid = { $path } (válido)
doctor-config-unwritten = { $path } (aún no se ha escrito: el demonio escribe la configuración predeterminada al iniciarse por primera vez)
doctor-config-fix = corrija el archivo (`deskbreak config check` muestra todos los problemas); el demonio mantiene la última versión válida
doctor-log-bytes = { $path } ({ $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    })
doctor-log-empty = { $path } (vacío por ahora)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak se está cerrando
refused-other-user = se rechazan las conexiones de otro usuario

## Errors of the command line.

client-io = al comunicarse con el demonio en { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = no se puede leer la configuración { $path }: { $reason }
config-cannot-write = no se puede escribir la configuración predeterminada en { $path }: { $reason }
config-missing-key = falta la clave `{ $key }` en [{ $table }]
config-set-twice = `{ $key }` aparece dos veces: conserve solo una
config-syntax = sintaxis TOML: { $error }
# $place below.
config-at-top-level = en el nivel superior
config-in-table = en [{ $table }]
config-unknown-key-near = clave desconocida `{ $key }` { $place }: ¿quería decir `{ $near }`?
config-unknown-key = clave desconocida `{ $key }` { $place }: las claves conocidas son { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } no es una duración: escríbala como "90s", "10m" o "1h30m"
value-not-percentage = { $text } no es un porcentaje: escríbalo como "70%"
value-not-cadence = { $text } no es una cadencia: escriba una duración como "45m" o un rango como "30m..45m"
value-not-category = { $text } no es una categoría: escriba posture, movement o hydration
value-not-day = { $text } no es un día: escriba mon, tue, wed, thu, fri, sat o sun
value-not-hours = { $text } no es una franja horaria: escríbala como "09:00-17:30"
config-no-prompts = no queda ningún aviso: active los avisos integrados o una categoría, o añada entradas [[prompts.custom]]
config-language = `language` es "{ $tag }": deskbreak habla { $known }; o "auto" para el idioma de la sesión
config-under-a-minute = `{ $key }` es { $span }: menos de un minuto, los avisos llegarán muy a menudo
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` debe estar { $bounds }
bounds-span = entre 1 segundo y 24 horas
bounds-relief-window = entre 1 hora y 1 año
bounds-glasses = entre 1 y 50 vasos
bounds-episodes = entre 1 y 100 episodios
bounds-percent = entre "0%" y "100%"
bounds-pause = entre 1 segundo y 1 minuto
bounds-wait = entre 0 segundos (sin esperar) y 1 hora
config-max-below-min = `schedule.max_interval` ({ $max }) es más corto que `schedule.min_interval` ({ $min }): hágalo al menos igual de largo
config-no-days = `schedule.days` está vacío: indique al menos un día, o ponga deskbreak en pausa
config-no-hours = `schedule.hours` está vacío: indique al menos una franja como "09:00-17:30"
config-empty-range = esta franja horaria está vacía: su fin debe ser posterior a su inicio (las franjas no pueden pasar de la medianoche)
config-overlap = esta franja horaria se solapa con otra
config-no-order = `prompts.order` está vacío: indique al menos una categoría
config-order-twice = la categoría { $category } aparece dos veces en `prompts.order`
config-empty-title = este aviso personalizado tiene un `title` vacío
config-empty-text = este aviso personalizado tiene un `text` vacío: indique qué hay que hacer
config-bad-id = el identificador { $id } solo puede contener letras minúsculas, dígitos, '.', '-' y '_'
config-id-taken = el identificador de aviso { $id } ya está en uso: dé otro `id` a este aviso
config-range-backwards = `{ $key }`: el rango debe ir del intervalo más corto al más largo
config-check-warning = advertencia: { $path }: { $warning }
editor-cannot-start = no se puede iniciar el editor { $editor }: { $reason }
editor-failed = el editor { $editor } falló ({ $status }); la configuración no se comprobó
config-edit-kept = El demonio en ejecución, si lo hay, mantiene la configuración anterior; corrija el archivo y vuelva a guardarlo.
config-edit-applied = OK: la configuración es válida y deskbreak la ha aplicado.
config-edit-not-running = OK: la configuración es válida. deskbreak no se está ejecutando; la usará cuando se inicie.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = entrada de inicio automático XDG
autostart-kind-unit = unidad de usuario de systemd
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = valor de la clave Run
autostart-foreign = { $path } existe y no lo escribió deskbreak, así que no se toca: muévalo a otro sitio y vuelva a ejecutar `deskbreak autostart enable`
autostart-up-to-date = { $path } ({ $kind }) ya está al día.
autostart-wrote = Se ha escrito { $path } ({ $kind }).
autostart-left-alone = No se ha tocado { $path }: no lo escribió deskbreak.
autostart-removed = Se ha eliminado { $path } ({ $kind }).
autostart-status-foreign = Inicio automático: { $path } existe, pero no lo escribió deskbreak
autostart-status-on = Inicio automático: activado, mediante { $path } ({ $kind })
autostart-status-written = Inicio automático: desactivado; { $path } ({ $kind }) está escrito, pero no habilitado
autostart-off = Inicio automático: desactivado; `deskbreak autostart enable` lo activa
autostart-enabled-session = deskbreak se iniciará con su sesión de escritorio así: { $command }
autostart-enabled-login = deskbreak se iniciará al iniciar sesión así: { $command }
autostart-nothing-to-remove-linux = deskbreak no tenía ninguna entrada ni unidad de inicio automático: no hay nada que eliminar.
autostart-nothing-to-remove-macos = deskbreak no tenía ningún LaunchAgent: no hay nada que eliminar.
autostart-nothing-to-remove-windows = deskbreak no tenía ningún valor de la clave Run: no hay nada que eliminar.
autostart-systemd-elsewhere = --systemd es solo para Linux; en macOS, omítalo
autostart-unit-enable-hint = `systemctl --user enable { $unit }` en su sesión de escritorio la habilita.
autostart-no-user-manager = ningún gestor de usuario de systemd respondió (systemctl --user: { $reason }), así que { $unit } está escrita pero no habilitada: en su sesión de escritorio, ejecute `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` falló: { $reason }
autostart-unit-enabled = Se ha habilitado { $unit } con `systemctl --user enable`: se inicia con su sesión gráfica (`systemctl --user start deskbreak` la inicia ahora mismo).
autostart-removed-link = Se ha eliminado el enlace { $link }.
autostart-run-foreign = { $value } existe y no lo escribió deskbreak, así que no se toca
autostart-run-set = Se ha asignado { $data } a { $value }: deskbreak se iniciará al iniciar sesión.
autostart-no-windowless = { $windowless } no está junto a { $exe }, así que se abrirá una ventana de consola al iniciar sesión; compílelo con `cargo install --path . --features windowless` y vuelva a activar el inicio automático.
autostart-run-removed = Se ha eliminado { $value }.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = No se puede ejecutar { $program } ({ $reason })
open-no-application = Ninguna aplicación lo abre ({ $program }: { $status })
open-failed = { $program } falló ({ $reason })
open-no-program = No hay instalado ningún programa para abrirlo (se probó: { $tried }){ $hint }
open-hint-debian = ; en Debian y Ubuntu: sudo apt install xdg-utils
report-too-long = un informe abarca como máximo { $max } días (un año); `deskbreak stats --days { $days }` resume periodos más largos
report-cannot-open = no se puede abrir el informe en un navegador: { $reason }. La página es { $path }: ábrala en su navegador.
report-cannot-write = no se puede escribir el informe en { $path }
cannot-read = no se puede leer { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = inicie un servidor de notificaciones (el de su escritorio, o dunst / mako) en el bus de sesión
doctor-no-session-bus = no hay bus de sesión D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); capacidades: { $capabilities }
doctor-no-buttons = este servidor no muestra botones: responda con `deskbreak done|snooze|skip`
doctor-no-notification-server = ningún servidor de notificaciones responde
doctor-tray-present = hay un StatusNotifierWatcher
doctor-tray-none = ninguno
doctor-tray-fix = ningún panel muestra elementos del área de notificación (GNOME necesita la extensión AppIndicator); las notificaciones y la línea de comandos siguen funcionando
doctor-no-idle = no hay ninguna fuente de inactividad: los avisos siguen el horario sin más. Se admiten GNOME, los compositores Wayland con ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland...) u org_kde_kwin_idle (Plasma anterior a 5.27, sway hasta 1.7) y X11; en otros casos se usa el IdleHint de logind cuando el escritorio lo establece
doctor-logind-reachable = accesible (se detectan la suspensión y el bloqueo de pantalla)
doctor-logind-unreachable = no accesible
doctor-logind-fix = sin logind, no se detectan los bloqueos de pantalla; una suspensión se sigue notando por el salto del reloj
doctor-dnd-on = activado (Inhibited del servidor de notificaciones): los avisos esperan hasta que se desactive
doctor-dnd-off = desactivado (Inhibited del servidor de notificaciones)
doctor-dnd-unknown = el servidor de notificaciones no lo indica
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = no se siguen: { $why }
doctor-banners-hidden = ocultos (No molestar de GNOME; { $why }): los avisos esperan hasta que se muestren
doctor-banners-shown = visibles ({ $why })
doctor-banners-unavailable = no disponibles (no hay ajustes de GNOME: gsettings no tiene org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, eventos
doctor-idle-compositor-events = eventos del compositor
doctor-idle-polled = consultado como máximo una vez por minuto
doctor-idle-none = ninguna
doctor-banners-gnome-shell = GNOME Shell muestra las notificaciones
doctor-banners-other-server = el servidor de notificaciones es { $server }, no GNOME Shell
doctor-banners-gnome-session = una sesión de GNOME (aún no responde ningún servidor de notificaciones)
doctor-banners-elsewhere = no es una sesión de GNOME y no responde ningún servidor de notificaciones
doctor-banners-no-session-bus = no hay bus de sesión
doctor-camera-in-use = en uso: los avisos esperan
doctor-camera-unused = sin usar
doctor-windows-toasts = notificaciones del sistema de Windows (WinRT) con los botones Hecho / Posponer / Omitir
doctor-windows-tray = el área de notificación
doctor-windows-lock = los mensajes de bloqueo y de energía de la sesión (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: los avisos esperan
doctor-windows-quiet-off = el shell acepta notificaciones (las aplicaciones a pantalla completa y el modo presentación retienen los avisos)
doctor-macos-notifications = Notification Center, sin botones
doctor-macos-notifications-fix = responda a un aviso desde la barra de menús o con `deskbreak done|snooze|skip`
doctor-macos-tray = la barra de menús
doctor-macos-lock = una pantalla bloqueada cuenta como inactividad; una suspensión se detecta por el salto del reloj
doctor-macos-dnd = no se puede leer: macOS no indica a las aplicaciones si hay un modo de Concentración activado
doctor-macos-dnd-fix = ponga deskbreak en pausa durante ese tiempo (`deskbreak pause 1h`, o Pausar en el menú)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = hecho
outcome-snoozed = pospuesto
outcome-skipped = omitido
outcome-missed = perdido
outcome-natural = natural
outcome-relief = entumec.
outcome-drink = agua
outcome-away = ausente
outcome-arrived = llegada
outcome-stopped = detenido
log-drink =
    { $glasses ->
        [one] { $glasses } vaso de agua
       *[other] { $glasses } vasos de agua
    }
log-back = de vuelta tras { $span } fuera (desde las { $time })
log-arrived = en el escritorio: el tiempo sentado se mide desde aquí
log-stopped = el tiempo sentado ya no se mide

# Address: "usted" (formal, as in GNOME and KDE Spanish), with formal imperatives (apoye, levántese...).

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Pies bien apoyados en el suelo
    .text = Apoye los dos pies bien planos en el suelo, o en un reposapiés si no llegan. Manténgalos así los próximos minutos.
    .why = Con los pies bien apoyados, las piernas evitan posturas forzadas que presionan los nervios.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Rodillas a 90 grados
    .text = Compruebe que sus rodillas se doblan a unos 90 grados. Si no, suba o baje la silla hasta lograrlo: le llevará un minuto.
    .why = Un ángulo recto en la rodilla es la postura de escritorio que recomienda la guía.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Pantalla a la altura de los ojos
    .text = Mire al frente: lo alto de la pantalla debe quedar a la altura de sus ojos. Si no, súbala o póngala sobre un libro.
    .why = Así evita forzar el cuello, lo que puede afectar indirectamente a los nervios de las piernas.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Deje que la silla sostenga su espalda
    .text = Siéntese bien al fondo para que la silla sostenga la curva de la zona lumbar. Quédese así los próximos minutos.
    .why = Una silla que sostiene la curva natural de la columna alivia la presión sobre los nervios.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Espalda recta, sin encorvarse
    .text = Enderece la espalda sin encorvarse ni inclinarse hacia un lado o un reposabrazos. Mantenga esta postura unos minutos.
    .why = Encorvarse o inclinarse mantiene el cuerpo en posturas forzadas que comprimen los nervios.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Descruce las piernas
    .text = Si tiene las piernas cruzadas, descrúcelas y apoye los dos pies en el suelo. No las cruce en los próximos 30 minutos.
    .why = Las piernas cruzadas mucho tiempo presionan los nervios y dificultan la circulación.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Desplace su peso
    .text = Desplace su peso en la silla: apóyese un poco sobre una cadera y luego sobre la otra, 5 veces por cada lado.
    .why = Cambiar de posición a tiempo alivia la presión sobre los nervios antes de que se duerma una pierna.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = De pie, reparta su peso
    .text = Si trabaja de pie, reparta el peso por igual entre los dos pies. Después, páselo de un pie al otro durante un minuto.
    .why = Repartir el peso y cambiar de apoyo a menudo evita una presión prolongada sobre una pierna.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Afloje lo que apriete
    .text = Afloje cinturón, cintura o puño del calcetín si aprietan y vacíe un bolsillo trasero abultado. Lleva menos de un minuto.
    .why = La ropa ajustada puede presionar un nervio de forma prolongada y dificultar la circulación.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Que nada presione sus piernas
    .text = Compruebe que nada oprime sus muslos o tras sus rodillas (borde del asiento, barra de la mesa). Ajústelo o apártelo.
    .why = La presión sostenida por posturas forzadas comprime los nervios y causa entumecimiento.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Revise sus zapatos
    .text = Si sus zapatos aprietan en el tobillo o el empeine, quíteselos unos minutos o afloje los cordones.
    .why = Los zapatos muy ajustados oprimen en exceso los nervios de los pies y la parte baja de las piernas.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Levántese y camine
    .text = Levántese y camine uno o dos minutos, hasta la cocina, la ventana o por la oficina, y luego vuelva.
    .why = Levantarse a menudo mantiene la circulación y pone fin a la presión prolongada sobre los nervios.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Dé unos pasos
    .text = Levántese y dé 20 pasos por la habitación o la oficina. No se limite a mover el pie en el sitio.
    .why = Moverse devuelve el flujo sanguíneo y alivia la presión sobre el nervio.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Sacuda las piernas
    .text = Levántese, apóyese en la mesa si quiere y sacuda suavemente una pierna durante 10 segundos, luego la otra.
    .why = Sacudir suavemente ayuda a que vuelva la circulación y alivia la presión sobre el nervio.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Círculos con los tobillos
    .text = Levante un poco un pie y gire el tobillo despacio, 10 veces en cada sentido. Luego cambie de pie.
    .why = Mover el tobillo bombea la sangre y alivia la presión sobre los nervios.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Flexione y estire los pies
    .text = Con los talones en el suelo, lleve las puntas de los pies hacia usted y luego estírelas. Repita despacio 15 veces.
    .why = Flexionar y extender el tobillo favorece la circulación en la parte baja de la pierna.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Flexiones lentas de rodillas
    .text = De pie tras la silla, sujete el respaldo, doble despacio un poco las rodillas y estírelas. Haga 10 flexiones lentas.
    .why = Las flexiones lentas de rodillas ayudan a bombear la sangre por las piernas.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Isquiotibiales: estiramiento en la silla
    .text = Siéntese al borde, estire una pierna y lleve las manos suavemente hacia la punta del pie 20 segundos. Cambie de pierna.
    .why = Este estiramiento suave activa la circulación y puede aliviar una leve presión sobre los nervios.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Isquiotibiales: estiramiento de pie
    .text = Talón en un escalón bajo o una caja, pierna recta: inclínese suavemente hacia delante 20 segundos. Cambie de pierna.
    .why = Estirar la parte trasera del muslo ayuda a bombear la sangre y liberar leves pinzamientos nerviosos.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Estiramiento de pantorrillas
    .text = Frente a la mesa, manos en ella, lleve un pie atrás y presione ese talón contra el suelo 20 segundos. Cambie de pierna.
    .why = Estirar las pantorrillas reduce la tensión muscular que puede oprimir los nervios.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Estiramiento de cuádriceps
    .text = De pie, sujetándose a la mesa, doble una rodilla y sujete ese pie detrás de usted 20 segundos. Cambie de pierna.
    .why = Estirar la parte delantera del muslo mejora la flexibilidad y alivia la tensión muscular.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Torsión suave de columna
    .text = Con la espalda recta, gire despacio el tronco a la derecha 15 segundos, ayudándose del respaldo. Repita a la izquierda.
    .why = Una torsión suave mejora la flexibilidad y reduce la tensión muscular que puede oprimir los nervios.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Masaje ligero de piernas
    .text = Frote suavemente muslos y pantorrillas con las palmas en pequeños círculos, 30 segundos por pierna. Sin apretar.
    .why = Un masaje suave estimula la circulación y alivia mientras vuelve la sensibilidad.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Dese golpecitos en las piernas
    .text = Dé golpecitos ligeros en muslos y pantorrillas con la yema de los dedos, 20 segundos por pierna.
    .why = Los golpecitos ligeros estimulan con suavidad y favorecen la circulación.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Suba los pies
    .text = Apoye los pies en una caja baja, una silla o un reposapiés durante un minuto y relaje las piernas.
    .why = Subir las piernas ayuda a que la sangre regrese y se acumule menos en la parte baja de las piernas.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Respiración abdominal profunda
    .text = Inspire hondo por la nariz, retenga el aire unos segundos y espire despacio por la boca. Repita 5 veces.
    .why = Respirar despacio ayuda a calmar el sistema nervioso cuando siente tensión.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Beba un vaso de agua
    .text = Beba ahora un vaso de agua entero si hace rato que no bebe.
    .why = La deshidratación a veces puede volver los nervios más sensibles.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Rellene su botella de agua
    .text = Rellene su botella reutilizable y póngala sobre la mesa, a la vista.
    .why = Una botella a la vista le recuerda seguir bebiendo a sorbos durante el día.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Beba unos sorbos
    .text = Beba ahora unos sorbos de agua, más o menos un cuarto de vaso.
    .why = Beber a sorbos a lo largo del día es más fácil que intentar recuperar después.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Objetivo: 8 vasos al día
    .text = Beba un vaso de agua y súmelo a su objetivo de hoy: 8 vasos, unos 2 litros.
    .why = El agua es esencial para cada función del cuerpo, incluida la transmisión de señales nerviosas.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Agua en vez de una bebida azucarada
    .text = Esta vez, sírvase un vaso de agua en lugar de un refresco o un zumo, y bébalo.
    .why = Las bebidas azucaradas pueden contribuir a la deshidratación; el agua es mejor opción.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Un vaso de agua con su café
    .text = Beba un vaso de agua con su próximo café o té, o cambie esa taza por agua.
    .why = El exceso de cafeína puede contribuir a la deshidratación.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Pausa para beber agua
    .text = Levántese, vaya al grifo o al dispensador de agua y beba un vaso antes de volver a sentarse.
    .why = Una buena hidratación favorece la salud de los nervios y de los tejidos que los rodean.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Alivio para piernas entumecidas
relief-step-1 = Cambie de postura ahora: descruce las piernas, desplace su peso o levántese y dé unos pasos.
relief-step-2 = Flexione y extienda suavemente el tobillo, girando el pie en el sentido de las agujas del reloj y en el contrario.
relief-step-3 = Sacuda suavemente la pierna y luego frote la zona entumecida con la palma en círculos lentos. Sin presionar fuerte.
relief-step-4 = Si puede, eleve un poco la pierna sobre un reposapiés, una caja o una silla.
relief-advice = Si el entumecimiento persiste, empeora o se acompaña de debilidad o dolor, debe valorarlo un profesional sanitario.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Se le entumecieron las piernas { $times ->
        [one] una vez
       *[other] { $times } veces
    } en { $days ->
        [one] el último día
       *[other] los últimos { $days } días
    }.
relief-recent-hours = Se le entumecieron las piernas { $times ->
        [one] una vez
       *[other] { $times } veces
    } en { $hours ->
        [one] la última hora
       *[other] las últimas { $hours } horas
    }.
relief-recent-span = Se le entumecieron las piernas { $times ->
        [one] una vez
       *[other] { $times } veces
    } en el último periodo de { $span }.
