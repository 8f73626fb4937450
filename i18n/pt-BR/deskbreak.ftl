### deskbreak in Brazilian Portuguese. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = postura
category-movement = movimento
category-hydration = hidratação
# What a prompt of each category is called while it waits for an answer.
label-posture = Verificação de postura
label-movement = Pausa para movimento
label-hydration = Pausa para a água
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = seg
weekday-tue = ter
weekday-wed = qua
weekday-thu = qui
weekday-fri = sex
weekday-sat = sáb
weekday-sun = dom

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } aguardando
glance-back-in = { $label } volta em { $span }
glance-snoozed = Adiado: { $label }
glance-paused-until = Pausado até { $time }
glance-paused = Pausado
# A prompt of no known category that is due.
glance-a-prompt = Um lembrete
glance-next = Próximo: { $category } em { $span }
glance-next-prompt = Próximo lembrete em { $span }
glance-none = Nenhum lembrete agendado
glance-typing = { $label } espera uma pausa na digitação
glance-held = { $label } em espera: { $why }
glance-due = { $label }: é agora
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = o modo Não perturbe está ativado
held-camera = uma câmera está em uso
held-busy = um app em tela cheia ou uma apresentação pede silêncio
held-locked = a tela está bloqueada
held-away = você está longe da mesa
held-typing = você está digitando
# Today's counts, joined by " · " into $counts.
counts-today = Hoje: { $counts }
count-done = { $count ->
        [one] { $count } feito
       *[other] { $count } feitos
    }
count-snoozed = { $count ->
        [one] { $count } adiado
       *[other] { $count } adiados
    }
count-skipped = { $count ->
        [one] { $count } pulado
       *[other] { $count } pulados
    }
count-missed = { $count ->
        [one] { $count } perdido
       *[other] { $count } perdidos
    }
count-natural = { $count ->
        [one] { $count } pausa natural
       *[other] { $count } pausas naturais
    }
count-water = água { $glasses }/{ $target }
sitting-under-a-minute = Sentado há menos de um minuto
sitting-for = Sentado há { $span }
sitting-away = Longe da mesa

## `deskbreak status`

status-state = Estado: { $state }
state-waiting = aguardando o próximo lembrete
state-pending = um lembrete aguarda resposta
state-snoozed = um lembrete está adiado
state-paused = pausado
state-inactive = fora do horário ativo
status-prompt = Lembrete: { $title } ({ $category }) - { $text }
status-back-at = Volta às: { $time }
status-next-due = Próximo: { $category }, pendente desde { $time }
status-next-due-any = Próximo: pendente desde { $time }
status-next-at = Próximo: { $category } às { $time } (em { $span })
status-next-at-any = Próximo: às { $time } (em { $span })
status-paused-until = Pausado até: { $time }
status-held-typing = Em espera: o lembrete espera uma pausa na sua digitação
status-held = Em espera: o lembrete espera enquanto { $why }
status-quiet = Silêncio: { $why }; um lembrete que vencer espera até isso acabar
status-sitting-since = { $sitting } (desde { $time })
status-sitting-unmeasured = Tempo sentado: não medido (sem detecção de inatividade; veja `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Feito
# $span is a span such as "10 min".
button-snooze = Adiar { $span }
button-skip = Pular
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Você está sentado há { $span }. { $text }
alert-not-recorded = deskbreak: não registrado
alert-not-recorded-next = { $reason }. Libere espaço (ou corrija o arquivo) e escolha de novo.
alert-config-not-applied = deskbreak: configuração não aplicada
alert-cannot-open-config = deskbreak: não foi possível abrir o arquivo de configuração
alert-cannot-open-config-next = { $reason }. Abra { $path } no seu editor ou execute `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: não foi possível mostrar as estatísticas
alert-cannot-show-statistics-next = { $reason }. A página é { $path }: abra-a no navegador ou execute `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Feito
menu-snooze = Adiar
menu-skip = Pular
menu-break-now = Fazer uma pausa agora
menu-pause = Pausar
menu-resume = Retomar
menu-one-hour = 1 hora
menu-until-tomorrow = Até amanhã
menu-drank-water = Bebi um copo de água
menu-legs-numb = Minhas pernas estão dormentes
menu-statistics = Estatísticas…
menu-open-config = Abrir configuração
menu-quit = Sair
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: um lembrete está aguardando

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = o lembrete
reply-done = Feito: { $title }.
reply-skipped = Pulado: { $title }.
reply-snoozed-for = Adiado por { $span }: { $title }. Volta às { $time }.
reply-snoozed-title = Adiado: { $title }.
reply-nothing-before = Nenhum lembrete antes de { $time }.
reply-snoozed = Adiado.
reply-showing = Mostrando: { $title }.
reply-catalogue-empty = Nenhum lembrete para mostrar: o catálogo está vazio.
reply-paused-until = Pausado até { $time }.
reply-paused = Pausado.
reply-resumed = Retomado.
reply-relief-on-screen = (Também na tela como notificação.)
reply-drink = { $glasses ->
        [one] { $glasses } copo de água registrado.
       *[other] { $glasses } copos de água registrados.
    } Água hoje: { $water }/{ $target }.
reply-quit = deskbreak encerrado.
reply-next = Próximo: { $category } às { $time }.
reply-next-prompt = Próximo lembrete às { $time }.
reply-none-scheduled = Nenhum lembrete está agendado.
reply-no-status = o daemon não enviou o status
reload-applied = Configuração aplicada de { $path }.
reload-warning = aviso: { $warning }
refused-no-reason = o daemon recusou o pedido
refused-nothing-pending = nenhum lembrete está pendente
refused-stale = essa notificação não é mais atual
refused-not-paused = o deskbreak não está pausado
refused-paused = o deskbreak está pausado; execute `deskbreak resume` antes
not-recorded = não foi possível gravar em { $path }: { $reason }; nada foi registrado

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday }, { $day } de { $month } de { $year }
# "Thursday 19 November"
date-day-month = { $weekday }, { $day } de { $month }
weekday-long-mon = segunda-feira
weekday-long-tue = terça-feira
weekday-long-wed = quarta-feira
weekday-long-thu = quinta-feira
weekday-long-fri = sexta-feira
weekday-long-sat = sábado
weekday-long-sun = domingo
# Month names as a date writes them (the genitive, where the language has one).
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
percent = { $percent }%
damaged-lines = { $count ->
        [one] { $count } linha danificada ignorada (linha { $lines })
       *[other] { $count } linhas danificadas ignoradas (linhas { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } a { $to } ({ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    })
# The legend of the bars.
chart-done = feito
chart-snoozed = adiado
chart-skipped = pulado
chart-missed = perdido
# Column headings: short, the figures under them are small numbers.
chart-column-done = feito
chart-column-snoozed = adiado
chart-column-skipped = pulado
chart-column-missed = perd.
chart-column-natural = nat.
chart-column-water = água
chart-column-relief = dorm.
chart-sitting-heading = Tempo sentado (períodos na mesa, no dia em que cada um começou):
chart-sitting-not-measured = tempo sentado não medido
chart-sat = sentado { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = { $longest } no máximo, { $count ->
        [0] nenhum período acima de { $over }
        [one] { $count } período acima de { $over }
       *[other] { $count } períodos acima de { $over }
    }
chart-adherence = Adesão (feitos entre os lembretes mostrados):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } de { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } resposta
       *[other] { $answers } respostas
    })
chart-no-answers = sem respostas
chart-average-line = Tempo médio de resposta: { $average }
chart-most-skipped-none = Mais pulados: nenhum
chart-most-skipped = Mais pulados:
chart-water = Água: { $glasses ->
        [one] { $glasses } copo
       *[other] { $glasses } copos
    } em { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }; a meta de { $target } por dia foi atingida em { $met ->
        [one] { $met } dia
       *[other] { $met } dias
    }
chart-relief = Episódios de pernas dormentes: { $count }
chart-sitting = Tempo sentado: { $sat } ({ $measured ->
        [one] { $measured } dia medido
       *[other] { $measured } dias medidos
    })
chart-sitting-unmeasured = Tempo sentado: não medido
chart-streak = Sequência: { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } com pelo menos { $percent } dos lembretes feitos
chart-damaged = Registro: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Seu dia
        [7] Sua semana
        [30] Seu mês
       *[other] Seus últimos { $days } dias
    }
page-heading = { $period } com o deskbreak
page-from-to = { $from } a { $to }
page-lead = Você fez { $done } { $shown ->
        [one] do { $shown } lembrete mostrado
       *[other] dos { $shown } lembretes mostrados
    } ({ $percent }).
page-lead-none = Nenhum lembrete foi mostrado nesses dias.
page-empty-heading = Nenhum lembrete nesses dias
page-empty = O registro não tem nenhum lembrete para esses dias. Se o deskbreak deveria estar em execução, `deskbreak status` diz se está, e `deskbreak doctor` o que ele consegue ver.
card-done = dos lembretes feitos
card-streak-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
card-streak = de sequência com pelo menos { $percent } feitos
card-water-days = { $met } de { $days }
card-water = dias com { $glasses } de água
card-sitting = maior tempo sentado
card-relief = { $count ->
        [one] vez com as pernas dormentes
       *[other] vezes com as pernas dormentes
    }
page-relief-heading = Pernas dormentes
page-relief-none = Nenhum episódio de pernas dormentes foi registrado nesses dias.
page-relief-logged = Você registrou pernas dormentes { $count ->
        [1] uma vez
       *[other] { $count } vezes
    }: { $days }.
page-relief-recurred = Voltou várias vezes em pouco tempo.
page-relief-note = Quando uma perna fica dormente: mude de posição, mexa o tornozelo, sacuda e esfregue suavemente a perna e eleve-a um pouco. O item “Minhas pernas estão dormentes” da bandeja do sistema mostra esses passos e registra o episódio.
page-unknown = Registros de um tipo que esta versão não conhece: { $count } ({ $kinds })
page-damaged = Registro: { $damaged }.
page-made-by = Gerado pelo deskbreak { $version } a partir do registro do que você fez com cada lembrete. Os mesmos números: `deskbreak stats --json`.
page-not-medical = O deskbreak não é um dispositivo médico.
page-prompts-heading = Lembretes por dia
page-prompts-note = Cada barra empilha o que aconteceu com os lembretes do dia; um lembrete adiado volta e termina em outro segmento.
page-prompts-chart = Lembretes por dia, por resultado
legend-done = feito
legend-snoozed = adiado
legend-skipped = pulado
legend-missed = perdido (sem resposta)
legend-natural = pausa natural (você estava longe)
table-day = Dia
table-done = Feitos
table-snoozed = Adiados
table-skipped = Pulados
table-missed = Perdidos
table-natural = Pausa natural
page-categories-heading = Feitos, por tipo de lembrete
page-categories-chart = Parcela de lembretes feitos, por tipo
page-category-done = { $done } de { $shown } feitos ({ $percent })
page-category-none = nenhum lembrete mostrado
page-skipped-heading = Mais pulados
page-skipped-none = Nenhum lembrete foi pulado.
page-skipped-times = pulado { $count ->
        [1] uma vez
       *[other] { $count } vezes
    }
page-water-heading = Água
# $all and $target are "glasses" below.
page-water = { $all } no total; a meta de { $target } por dia foi atingida em { $met } de { $days } dias.
legend-water-met = meta atingida
legend-water-below = abaixo da meta
page-water-chart = Copos de água por dia, em relação à meta
page-water-of = { $glasses } de { $target }
page-water-target = meta { $target }
glasses = { $count ->
        [one] { $count } copo
       *[other] { $count } copos
    }
page-sitting-heading = Tempo sentado
page-sitting-unmeasured = O tempo sentado não foi medido nesses dias: o deskbreak percebe quando você sai da mesa pela detecção de inatividade do ambiente de trabalho, e não havia nenhuma (ou ele não estava em execução). `deskbreak doctor` diz o que ele consegue ver.
page-sitting-note = Cada barra é um período na mesa sem pausa natural, no dia em que começou; os intervalos são pausas ou tempo que o deskbreak não mediu.
page-sitting-chart = Períodos sentado por dia, por hora do dia
legend-sitting = sentado
legend-longer-than = mais de { $span }
table-longest-stretch = Maior período
table-longer-than = Mais de { $span }
page-not-measured = não medido
page-no-stretch-began = nenhum período começou neste dia
page-stretch = { $from } a { $to }: { $span }
page-longest-stretch = Seu maior período: { $span }, em { $date }, das { $from } às { $to }.
page-no-stretch = Nenhum período na mesa terminou nesses dias.
page-no-long-stretch = Nenhum período passou de { $span }.
page-long-stretches = { $count ->
        [one] { $count } período passou de { $span }: levante-se e movimente-se antes disso.
       *[other] { $count } períodos passaram de { $span }: levante-se e movimente-se antes disso.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = jan
month-short-2 = fev
month-short-3 = mar
month-short-4 = abr
month-short-5 = mai
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = set
month-short-10 = out
month-short-11 = nov
month-short-12 = dez

## Errors of the command line.

client-not-running = deskbreak não está em execução (nenhum daemon responde em { $socket }).
    Inicie-o com `deskbreak run`.
client-stopped = deskbreak parou (o daemon em { $socket } fechou a conexão)
already-running = deskbreak já está em execução; `deskbreak quit` o encerra
already-running-pid = deskbreak já está em execução (PID { $pid }); `deskbreak quit` o encerra

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = notificações
doctor-tray-host = host da bandeja
doctor-idle = inatividade
doctor-lock-sleep = bloqueio e sono
doctor-do-not-disturb = Não perturbe
doctor-logind = logind
doctor-gnome-banners = banners GNOME
doctor-camera = câmera
doctor-daemon = daemon
doctor-config = configuração
doctor-log = log
doctor-running = em execução
doctor-not-running = parado
doctor-start-it = inicie-o com `deskbreak run`
doctor-config-valid = { $path } (válido)
doctor-config-unwritten = { $path } (ainda não gravado: o daemon grava a configuração padrão na primeira execução)
doctor-config-fix = corrija o arquivo (`deskbreak config check` mostra todos os problemas); o daemon mantém a última versão válida
doctor-log-bytes = { $path } ({ $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    })
doctor-log-empty = { $path } (vazio por enquanto)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = o deskbreak está sendo encerrado
refused-other-user = conexões de outro usuário são recusadas

## Errors of the command line.

client-io = na comunicação com o daemon em { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = não foi possível ler a configuração { $path }: { $reason }
config-cannot-write = não foi possível gravar a configuração padrão em { $path }: { $reason }
config-missing-key = falta a chave `{ $key }` em [{ $table }]
config-set-twice = a chave `{ $key }` está definida duas vezes: mantenha só uma
config-syntax = sintaxe TOML: { $error }
# $place below.
config-at-top-level = no nível superior
config-in-table = em [{ $table }]
config-unknown-key-near = chave desconhecida `{ $key }` { $place }: você quis dizer `{ $near }`?
config-unknown-key = chave desconhecida `{ $key }` { $place }: as chaves conhecidas são { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } não é uma duração: escreva como "90s", "10m" ou "1h30m"
value-not-percentage = { $text } não é uma porcentagem: escreva como "70%"
value-not-cadence = { $text } não é uma cadência: escreva uma duração como "45m" ou uma faixa como "30m..45m"
value-not-category = { $text } não é uma categoria: escreva posture, movement ou hydration
value-not-day = { $text } não é um dia: escreva mon, tue, wed, thu, fri, sat ou sun
value-not-hours = { $text } não é uma faixa de horário: escreva como "09:00-17:30"
config-no-prompts = não sobrou nenhum lembrete: ative os lembretes embutidos ou uma categoria, ou adicione entradas [[prompts.custom]]
config-language = `language` é "{ $tag }": o deskbreak fala { $known }; ou use "auto" para o idioma da sessão
config-under-a-minute = `{ $key }` é { $span }: com menos de um minuto, os lembretes virão com muita frequência
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` deve estar { $bounds }
bounds-span = entre 1 segundo e 24 horas
bounds-relief-window = entre 1 hora e 1 ano
bounds-glasses = entre 1 e 50 copos
bounds-episodes = entre 1 e 100 episódios
bounds-percent = entre "0%" e "100%"
bounds-pause = entre 1 segundo e 1 minuto
bounds-wait = entre 0 segundo (sem esperar) e 1 hora
config-max-below-min = `schedule.max_interval` ({ $max }) é menor que `schedule.min_interval` ({ $min }): ele deve ser pelo menos igual
config-no-days = `schedule.days` está vazio: indique pelo menos um dia ou, em vez disso, pause o deskbreak
config-no-hours = `schedule.hours` está vazio: informe pelo menos uma faixa como "09:00-17:30"
config-empty-range = esta faixa de horário está vazia: o fim deve vir depois do início (as faixas não podem passar da meia-noite)
config-overlap = esta faixa de horário se sobrepõe a outra
config-no-order = `prompts.order` está vazio: indique pelo menos uma categoria
config-order-twice = a categoria { $category } aparece duas vezes em `prompts.order`
config-empty-title = este lembrete personalizado tem um `title` vazio
config-empty-text = este lembrete personalizado tem um `text` vazio: diga o que fazer
config-bad-id = o id { $id } só pode conter letras minúsculas, dígitos, '.', '-' e '_'
config-id-taken = o id de lembrete { $id } já está em uso: dê outro `id` a este lembrete
config-range-backwards = `{ $key }`: a faixa deve ir do intervalo mais curto ao mais longo
config-check-warning = aviso: { $path }: { $warning }
editor-cannot-start = não foi possível iniciar o editor { $editor }: { $reason }
editor-failed = o editor { $editor } falhou ({ $status }); a configuração não foi verificada
config-edit-kept = O daemon em execução, se houver, mantém a configuração anterior; corrija o arquivo e salve de novo.
config-edit-applied = OK: a configuração é válida e o deskbreak a aplicou.
config-edit-not-running = OK: a configuração é válida. O deskbreak não está em execução; ele vai usá-la quando iniciar.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = a entrada de início automático XDG
autostart-kind-unit = a unidade de usuário do systemd
autostart-kind-launch-agent = o LaunchAgent
autostart-kind-run-value = o valor da chave Run
autostart-foreign = { $path } existe e não foi gravado pelo deskbreak, por isso foi deixado como está: mova-o para outro lugar e execute `deskbreak autostart enable` de novo
autostart-up-to-date = Nada a mudar: { $kind } { $path } já está em dia.
autostart-wrote = O deskbreak gravou { $kind } { $path }.
autostart-left-alone = { $path } foi deixado como está: não foi gravado pelo deskbreak.
autostart-removed = O deskbreak removeu { $kind } { $path }.
autostart-status-foreign = Início automático: { $path } existe, mas não foi gravado pelo deskbreak
autostart-status-on = Início automático: ativado, com { $kind } { $path }
autostart-status-written = Início automático: desativado; { $kind } { $path } existe, mas ainda não está em uso
autostart-off = Início automático: desativado; `deskbreak autostart enable` o ativa
autostart-enabled-session = O deskbreak vai iniciar com a sua sessão da área de trabalho assim: { $command }
autostart-enabled-login = O deskbreak vai iniciar quando você fizer login, assim: { $command }
autostart-nothing-to-remove-linux = O deskbreak não tinha entrada nem unidade de início automático: nada a remover.
autostart-nothing-to-remove-macos = O deskbreak não tinha LaunchAgent: nada a remover.
autostart-nothing-to-remove-windows = O deskbreak não tinha valor na chave Run: nada a remover.
autostart-systemd-elsewhere = --systemd é para Linux; no macOS, não use essa opção
autostart-unit-enable-hint = `systemctl --user enable { $unit }` na sua sessão da área de trabalho a habilita.
autostart-no-user-manager = nenhum gerenciador de usuário do systemd respondeu (systemctl --user: { $reason }), então { $unit } foi gravada, mas não habilitada: na sua sessão da área de trabalho, execute `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` falhou: { $reason }
autostart-unit-enabled = { $unit } habilitada com `systemctl --user enable`: ela inicia com a sua sessão gráfica (`systemctl --user start deskbreak` a inicia agora).
autostart-removed-link = Link { $link } removido.
autostart-run-foreign = { $value } existe e não foi gravado pelo deskbreak, por isso foi deixado como está
autostart-run-set = { $value } definido como { $data }: o deskbreak vai iniciar quando você fizer login.
autostart-no-windowless = { $windowless } não está ao lado de { $exe }, então uma janela de console vai abrir no login; compile-o com `cargo install --path . --features windowless` e ative de novo.
autostart-run-removed = { $value } removido.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Não foi possível executar { $program } ({ $reason })
open-no-application = Nenhum aplicativo abre este arquivo ({ $program }: { $status })
open-failed = { $program } falhou ({ $reason })
open-no-program = Nenhum programa para abri-lo está instalado (tentados: { $tried }){ $hint }
open-hint-debian = ; no Debian e no Ubuntu: sudo apt install xdg-utils
report-too-long = um relatório mostra no máximo { $max } dias (um ano); `deskbreak stats --days { $days }` resume períodos mais longos
report-cannot-open = não foi possível abrir o relatório em um navegador: { $reason }. A página é { $path }: abra-a no seu navegador.
report-cannot-write = não foi possível gravar o relatório em { $path }
cannot-read = não foi possível ler { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = inicie um servidor de notificações (o do seu ambiente de trabalho, ou dunst / mako) no barramento de sessão
doctor-no-session-bus = sem barramento de sessão D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); recursos: { $capabilities }
doctor-no-buttons = este servidor não mostra botões: responda com `deskbreak done|snooze|skip`
doctor-no-notification-server = nenhum servidor de notificações responde
doctor-tray-present = há um StatusNotifierWatcher
doctor-tray-none = nenhum
doctor-tray-fix = nenhum painel mostra itens da bandeja (o GNOME precisa da extensão AppIndicator); as notificações e a CLI continuam funcionando
doctor-no-idle = nenhuma fonte de inatividade: os lembretes seguem apenas o horário. São compatíveis GNOME, compositores Wayland com ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) ou org_kde_kwin_idle (Plasma antes da 5.27, sway até a 1.7) e X11; nos demais, o IdleHint do logind é usado quando o ambiente de trabalho o define
doctor-logind-reachable = acessível (sono e bloqueio de tela são percebidos)
doctor-logind-unreachable = inacessível
doctor-logind-fix = sem o logind, os bloqueios de tela não são percebidos; uma suspensão ainda é notada pelo salto do relógio
doctor-dnd-on = ativado (Inhibited do servidor de notificações): os lembretes esperam até que seja desativado
doctor-dnd-off = desativado (Inhibited do servidor de notificações)
doctor-dnd-unknown = não informado pelo servidor de notificações
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = não acompanhado: { $why }
doctor-banners-hidden = ocultos (Não perturbe do GNOME; { $why }): os lembretes esperam até que sejam mostrados
doctor-banners-shown = mostrados ({ $why })
doctor-banners-unavailable = indisponível (sem configurações do GNOME: o gsettings não tem org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, eventos
doctor-idle-compositor-events = eventos do compositor
doctor-idle-polled = consultado no máximo uma vez por minuto
doctor-idle-none = nenhuma
doctor-banners-gnome-shell = o GNOME Shell exibe as notificações
doctor-banners-other-server = o servidor de notificações é { $server }, não o GNOME Shell
doctor-banners-gnome-session = uma sessão do GNOME (nenhum servidor de notificações responde ainda)
doctor-banners-elsewhere = não é uma sessão do GNOME, e nenhum servidor de notificações responde
doctor-banners-no-session-bus = sem barramento de sessão
doctor-camera-in-use = em uso: os lembretes esperam
doctor-camera-unused = sem uso
doctor-windows-toasts = notificações do Windows (WinRT) com os botões Feito / Adiar / Pular
doctor-windows-tray = a área de notificação
doctor-windows-lock = as mensagens de bloqueio e energia da sessão (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: os lembretes esperam
doctor-windows-quiet-off = o shell aceita notificações (apps em tela cheia e o modo de apresentação seguram os lembretes)
doctor-macos-notifications = Notification Center, sem botões
doctor-macos-notifications-fix = responda a um lembrete pela barra de menus ou com `deskbreak done|snooze|skip`
doctor-macos-tray = a barra de menus
doctor-macos-lock = uma tela bloqueada conta como inatividade; o sono é percebido pelo salto do relógio
doctor-macos-dnd = ilegível: o macOS não informa aos apps se um modo de Foco está ativado
doctor-macos-dnd-fix = pause o deskbreak durante esse tempo (`deskbreak pause 1h`, ou Pausar no menu)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = feito
outcome-snoozed = adiado
outcome-skipped = pulado
outcome-missed = perdido
outcome-natural = natural
outcome-relief = dormência
outcome-drink = água
outcome-away = ausente
outcome-arrived = chegou
outcome-stopped = parou
log-drink =
    { $glasses ->
        [one] { $glasses } copo de água
       *[other] { $glasses } copos de água
    }
log-back = de volta após { $span } fora (desde { $time })
log-arrived = à mesa: tempo sentado medido a partir daqui
log-stopped = tempo sentado não é mais medido

# Address: "você" (third-person verb forms and imperatives: "Apoie", "Levante-se"), as in GNOME/KDE/Windows pt-BR.

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Pés apoiados no chão
    .text = Apoie os dois pés inteiros no chão, ou num apoio para pés se não alcançarem. Mantenha-os assim nos próximos minutos.
    .why = Pés bem apoiados no chão evitam que as pernas fiquem em posições ruins que pressionam nervos.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Joelhos a 90 graus
    .text = Veja se os joelhos estão dobrados em cerca de 90 graus. Suba ou abaixe a cadeira até ficarem assim: leva um minuto.
    .why = Joelhos em ângulo reto são a postura na mesa que o guia recomenda.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Monitor na altura dos olhos
    .text = Olhe para a frente: o topo da tela deve ficar na altura dos olhos. Se não, eleve o monitor ou ponha-o sobre um livro.
    .why = Tela na altura dos olhos evita tensão no pescoço, que pode afetar indiretamente nervos das pernas.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Deixe a cadeira apoiar suas costas
    .text = Sente-se bem para trás, para a cadeira apoiar a curva da lombar. Fique assim nos próximos minutos.
    .why = Uma cadeira que apoia a curva natural da coluna tira a pressão dos nervos.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Coluna reta, sem se curvar
    .text = Não se curve à frente nem penda para um lado ou braço da cadeira. Mantenha essa postura reta nos próximos minutos.
    .why = Curvar-se e inclinar-se mantêm o corpo em posições inadequadas que comprimem os nervos.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Descruze as pernas
    .text = Descruze as pernas, se estiverem cruzadas, e apoie os dois pés no chão. Não as cruze nos próximos 30 minutos.
    .why = Pernas cruzadas por muito tempo pressionam nervos e restringem o fluxo de sangue.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Transfira o peso
    .text = Transfira o peso na cadeira: incline-se um pouco sobre um quadril, depois o outro, 5 vezes de cada lado.
    .why = Mudar logo de posição alivia a pressão nos nervos antes que a perna fique dormente.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Distribua o peso quando em pé
    .text = Se trabalha em pé, distribua o peso por igual nos dois pés. Depois, alterne de um pé para o outro por um minuto.
    .why = Peso equilibrado e alternância regular evitam pressão longa numa só perna em pé.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Afrouxe o que estiver apertado
    .text = Afrouxe cinto, cós ou elástico de meia apertados e esvazie o bolso de trás se estiver cheio. Leva menos de um minuto.
    .why = Roupas apertadas podem pressionar um nervo por muito tempo e restringir o fluxo de sangue.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Nada pressionando as pernas
    .text = Veja se nada pressiona as coxas ou atrás dos joelhos, como a borda do assento ou uma barra da mesa. Ajuste ou afaste.
    .why = Pressão contínua de posições inadequadas comprime os nervos e causa dormência.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Confira seus sapatos
    .text = Confira os sapatos: se apertam no tornozelo ou no peito do pé, afrouxe os cadarços ou tire-os por alguns minutos.
    .why = Sapatos apertados demais pressionam indevidamente os nervos dos pés e da parte baixa das pernas.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Levante-se e caminhe
    .text = Levante-se e caminhe por um ou dois minutos, até a cozinha, a janela ou pelo escritório, e depois volte.
    .why = Interromper o tempo sentado mantém o sangue circulando e acaba com a pressão longa nos nervos.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Dê alguns passos
    .text = Levante-se e dê 20 passos pelo cômodo ou escritório. Não fique só mexendo o pé no lugar.
    .why = Movimentar-se traz de volta o fluxo de sangue e alivia a pressão sobre o nervo.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Sacuda as pernas
    .text = Levante-se, apoie-se na mesa se quiser, e sacuda suavemente uma perna por 10 segundos, depois a outra.
    .why = Sacudir suavemente ajuda o sangue a voltar a circular e alivia a pressão sobre o nervo.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Círculos com o tornozelo
    .text = Levante um pouco um pé e gire o tornozelo devagar, 10 vezes para cada lado. Depois troque de pé.
    .why = Mover o tornozelo bombeia o sangue e alivia a pressão sobre os nervos.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Flexione e estique os pés
    .text = Calcanhares no chão: puxe as pontas dos pés para você e depois estique-as para a frente. Repita 15 vezes, devagar.
    .why = Flexionar e estender o tornozelo estimula a circulação do sangue na parte baixa da perna.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Dobre os joelhos devagar
    .text = Fique atrás da cadeira, segure o encosto e dobre devagar um pouco os joelhos, depois estique. Faça 10 vezes, devagar.
    .why = Dobrar os joelhos devagar ajuda a bombear o sangue pelas pernas.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Alongamento posterior sentado
    .text = Sente-se na beira da cadeira, estique uma perna e leve as mãos suavemente rumo aos dedos do pé. 20 segundos por perna.
    .why = Alongar suavemente atrás da coxa ativa a circulação e pode aliviar leve pressão nos nervos.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Alongamento posterior em pé
    .text = Ponha um calcanhar num degrau ou caixa baixa, perna reta, e incline-se suavemente à frente. 20 segundos por perna.
    .why = Alongar atrás da coxa ajuda a bombear o sangue e a soltar pequenas compressões de nervos.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Alongamento da panturrilha
    .text = De frente para a mesa, mãos nela, leve um pé para trás e pressione o calcanhar no chão por 20 segundos. Troque de perna.
    .why = Alongar as panturrilhas reduz a tensão muscular que pode comprimir nervos.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Alongamento da frente da coxa
    .text = Em pé, segurando a mesa, dobre um joelho e segure esse pé atrás do corpo por 20 segundos. Troque de perna.
    .why = Alongar a frente da coxa melhora a flexibilidade e alivia a tensão muscular.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Torção suave da coluna
    .text = Com a coluna reta, gire devagar o tronco para a direita por 15 segundos, com ajuda do encosto. Repita à esquerda.
    .why = Uma torção suave melhora a flexibilidade e reduz a tensão muscular que pode comprimir nervos.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Massagem leve nas pernas
    .text = Esfregue suavemente coxas e panturrilhas com as palmas, em pequenos círculos, 30 segundos por perna. Use pressão leve.
    .why = Uma massagem suave estimula o fluxo de sangue e acalma enquanto a sensibilidade volta.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Dê batidinhas nas pernas
    .text = Dê batidinhas leves nas coxas e panturrilhas com as pontas dos dedos, 20 segundos por perna.
    .why = Batidinhas leves dão um estímulo suave que favorece o fluxo de sangue.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Ponha os pés para cima
    .text = Apoie os pés numa caixa baixa, cadeira ou apoio para pés por um minuto e deixe as pernas relaxarem.
    .why = Elevar as pernas ajuda o sangue a voltar e reduz o acúmulo na parte baixa das pernas.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Respiração abdominal profunda
    .text = Inspire fundo pelo nariz, segure o ar por alguns segundos e solte devagar pela boca. Repita 5 vezes.
    .why = Respirar devagar ajuda a acalmar o sistema nervoso em momentos de tensão.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Beba um copo de água
    .text = Beba agora um copo cheio de água, se faz tempo que você não bebe água.
    .why = A desidratação às vezes pode deixar os nervos mais sensíveis.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Encha sua garrafa de água
    .text = Encha sua garrafa reutilizável e deixe-a na mesa, num lugar onde você possa vê-la.
    .why = Uma garrafa à vista lembra você de continuar tomando goles ao longo do dia.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Tome alguns goles
    .text = Tome agora alguns goles de água, cerca de um quarto de copo.
    .why = Tomar goles aos poucos ao longo do dia é mais fácil do que compensar depois.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Rumo aos 8 copos
    .text = Beba um copo de água e conte-o na meta de hoje: 8 copos, cerca de 2 litros.
    .why = A água é essencial para todas as funções do corpo, inclusive a transmissão dos sinais nervosos.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Água em vez de bebida açucarada
    .text = Desta vez, sirva um copo de água em vez de refrigerante ou suco, e beba.
    .why = Bebidas açucaradas podem contribuir para a desidratação; a água é a melhor escolha.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Um copo de água com seu café
    .text = Beba um copo de água junto com o próximo café ou chá, ou troque essa xícara por água.
    .why = Cafeína em excesso pode contribuir para a desidratação.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Pausa para a água
    .text = Levante-se, vá até a torneira ou o bebedouro e beba um copo de água antes de se sentar de novo.
    .why = Uma boa hidratação favorece a saúde dos nervos e dos tecidos ao redor deles.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Alívio para pernas dormentes
relief-step-1 = Mude de posição agora: descruze as pernas, transfira o peso ou levante-se e dê alguns passos.
relief-step-2 = Flexione e estenda o tornozelo suavemente, girando o pé no sentido horário e no anti-horário.
relief-step-3 = Sacuda a perna suavemente e depois esfregue a área dormente em círculos lentos com a palma da mão. Sem pressão forte.
relief-step-4 = Se puder, eleve um pouco a perna sobre um apoio para pés, uma caixa ou uma cadeira.
relief-advice = Dormência que persiste, piora ou vem com fraqueza ou dor deve ser avaliada por um profissional de saúde.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Suas pernas ficaram dormentes { $times ->
        [one] { $times } vez
       *[other] { $times } vezes
    } { $days ->
        [one] no último dia
       *[other] nos últimos { $days } dias
    }.
relief-recent-hours = Suas pernas ficaram dormentes { $times ->
        [one] { $times } vez
       *[other] { $times } vezes
    } { $hours ->
        [one] na última hora
       *[other] nas últimas { $hours } horas
    }.
relief-recent-span = Suas pernas ficaram dormentes { $times ->
        [one] { $times } vez
       *[other] { $times } vezes
    } nos últimos { $span }.
