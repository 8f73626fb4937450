### deskbreak in Russian. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = осанка
category-movement = движение
category-hydration = вода
# What a prompt of each category is called while it waits for an answer.
label-posture = Проверка осанки
label-movement = Перерыв на движение
label-hydration = Перерыв на воду
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } с
span-minutes = { $minutes } мин
span-hours = { $hours } ч
span-hours-minutes = { $hours } ч { $minutes } мин
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Вс

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label }: ждёт ответа
glance-back-in = { $label }: вернётся через { $span }
glance-snoozed = { $label }: отложено
glance-paused-until = Пауза до { $time }
glance-paused = Пауза
# A prompt of no known category that is due.
glance-a-prompt = Напоминание
glance-next = Далее: { $category } через { $span }
glance-next-prompt = Следующее напоминание через { $span }
glance-none = Напоминаний не запланировано
glance-typing = { $label }: ждёт паузы в наборе текста
glance-held = { $label } ждёт: { $why }
glance-due = { $label }: пора
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = включён режим «Не беспокоить»
held-camera = используется камера
held-busy = полноэкранное приложение или презентация требуют тишины
held-locked = экран заблокирован
held-away = вы отошли от стола
held-typing = вы печатаете
# Today's counts, joined by " · " into $counts.
counts-today = Сегодня: { $counts }
count-done = выполнено: { $count }
count-snoozed = отложено: { $count }
count-skipped = пропущено: { $count }
count-missed = упущено: { $count }
count-natural = { $count ->
        [one] { $count } естественный перерыв
        [few] { $count } естественных перерыва
        [many] { $count } естественных перерывов
       *[other] { $count } естественного перерыва
    }
count-water = вода { $glasses }/{ $target }
sitting-under-a-minute = Вы сидите меньше минуты
sitting-for = Вы сидите уже { $span }
sitting-away = Вы не за столом

## `deskbreak status`

status-state = Состояние: { $state }
state-waiting = ожидание следующего напоминания
state-pending = напоминание ждёт ответа
state-snoozed = напоминание отложено
state-paused = пауза
state-inactive = вне активных часов
status-prompt = Напоминание: { $title } ({ $category }) — { $text }
status-back-at = Вернётся в: { $time }
status-next-due = Далее: { $category }, пора с { $time }
status-next-due-any = Далее: пора с { $time }
status-next-at = Далее: { $category } в { $time } (через { $span })
status-next-at-any = Далее: в { $time } (через { $span })
status-paused-until = Пауза до: { $time }
status-held-typing = Задержано: напоминание ждёт паузы в наборе текста
status-held = Задержано: напоминание ждёт, так как { $why }
status-quiet = Тишина: { $why }; напоминание, которому подойдёт срок, подождёт, пока это не закончится
status-sitting-since = { $sitting } (с { $time })
status-sitting-unmeasured = Время сидя: не измеряется (нет определения бездействия; см. `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Готово
# $span is a span such as "10 min".
button-snooze = Отложить на { $span }
button-skip = Пропустить
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Вы сидите уже { $span }. { $text }
alert-not-recorded = deskbreak: не записано
alert-not-recorded-next = { $reason }. Освободите место (или исправьте файл) и выберите пункт снова.
alert-config-not-applied = deskbreak: конфигурация не применена
alert-cannot-open-config = deskbreak: не удаётся открыть файл конфигурации
alert-cannot-open-config-next = { $reason }. Откройте { $path } в редакторе или выполните `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: не удаётся показать статистику
alert-cannot-show-statistics-next = { $reason }. Страница находится в { $path }: откройте её в браузере или выполните `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Готово
menu-snooze = Отложить
menu-skip = Пропустить
menu-break-now = Сделать перерыв сейчас
menu-pause = Пауза
menu-resume = Продолжить
menu-one-hour = 1 час
menu-until-tomorrow = До завтра
menu-drank-water = Стакан воды выпит
menu-legs-numb = Ноги онемели
menu-statistics = Статистика…
menu-open-config = Открыть конфигурацию
menu-quit = Выход
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: напоминание ждёт ответа

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = напоминание
reply-done = Выполнено: { $title }.
reply-skipped = Пропущено: { $title }.
reply-snoozed-for = Отложено на { $span }: { $title }; вернётся в { $time }.
reply-snoozed-title = Отложено: { $title }.
reply-nothing-before = До { $time } напоминаний нет.
reply-snoozed = Отложено.
reply-showing = Показано: { $title }.
reply-catalogue-empty = Нечего показать: каталог напоминаний пуст.
reply-paused-until = Пауза до { $time }.
reply-paused = Поставлено на паузу.
reply-resumed = Работа продолжена.
reply-relief-on-screen = (Также показано на экране в уведомлении.)
reply-drink = { $glasses ->
        [one] Записан { $glasses } стакан воды.
        [few] Записано { $glasses } стакана воды.
        [many] Записано { $glasses } стаканов воды.
       *[other] Записано { $glasses } стакана воды.
    } Вода сегодня: { $water }/{ $target }.
reply-quit = deskbreak остановлен.
reply-next = Далее: { $category } в { $time }.
reply-next-prompt = Следующее напоминание в { $time }.
reply-none-scheduled = Напоминаний не запланировано.
reply-no-status = демон не прислал состояние
reload-applied = Конфигурация применена из { $path }.
reload-warning = предупреждение: { $warning }
refused-no-reason = демон отклонил запрос
refused-nothing-pending = нет напоминания, ждущего ответа
refused-stale = это уведомление уже неактуально
refused-not-paused = deskbreak не на паузе
refused-paused = deskbreak на паузе; сначала выполните `deskbreak resume`
not-recorded = не удалось записать в { $path }: { $reason }; ничего не записано

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday }, { $day } { $month } { $year } г.
# "Thursday 19 November"
date-day-month = { $weekday }, { $day } { $month }
weekday-long-mon = понедельник
weekday-long-tue = вторник
weekday-long-wed = среда
weekday-long-thu = четверг
weekday-long-fri = пятница
weekday-long-sat = суббота
weekday-long-sun = воскресенье
# Month names as a date writes them (the genitive, where the language has one).
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
percent = { $percent } %
damaged-lines = { $count ->
        [one] пропущена { $count } повреждённая строка (строка { $lines })
        [few] пропущены { $count } повреждённые строки (строки { $lines })
        [many] пропущено { $count } повреждённых строк (строки { $lines })
       *[other] пропущено { $count } повреждённой строки (строки { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } — { $to } ({ $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    })
# The legend of the bars.
chart-done = выполнено
chart-snoozed = отложено
chart-skipped = пропущено
chart-missed = упущено
# Column headings: short, the figures under them are small numbers.
chart-column-done = вып.
chart-column-snoozed = отл.
chart-column-skipped = проп.
chart-column-missed = упущ.
chart-column-natural = ест.
chart-column-water = вода
chart-column-relief = онем.
chart-sitting-heading = Время сидя (периоды за столом, по дню начала каждого):
chart-sitting-not-measured = время сидя не измерено
chart-sat = сидя { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = максимум { $longest }, { $count ->
        [0] нет периодов дольше { $over }
        [one] { $count } период дольше { $over }
        [few] { $count } периода дольше { $over }
        [many] { $count } периодов дольше { $over }
       *[other] { $count } периода дольше { $over }
    }
chart-adherence = Выполнение (выполнено из показанных напоминаний):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } из { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } ответ
        [few] { $answers } ответа
        [many] { $answers } ответов
       *[other] { $answers } ответа
    })
chart-no-answers = нет ответов
chart-average-line = Среднее время ответа: { $average }
chart-most-skipped-none = Чаще всего пропускали: ничего
chart-most-skipped = Чаще всего пропускали:
chart-water = Вода: { $glasses ->
        [one] { $glasses } стакан
        [few] { $glasses } стакана
        [many] { $glasses } стаканов
       *[other] { $glasses } стакана
    } за { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }; цель { $target } в день достигнута: { $met ->
        [one] { $met } день
        [few] { $met } дня
        [many] { $met } дней
       *[other] { $met } дня
    }
chart-relief = Эпизоды онемения ног: { $count }
chart-sitting = Время сидя: { $sat } (измерено: { $measured ->
        [one] { $measured } день
        [few] { $measured } дня
        [many] { $measured } дней
       *[other] { $measured } дня
    })
chart-sitting-unmeasured = Время сидя: не измерено
chart-streak = Серия: { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }, когда выполнено не меньше { $percent } напоминаний
chart-damaged = Журнал: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Ваш день
        [7] Ваша неделя
        [30] Ваш месяц
        [one] Ваши последние { $days } день
        [few] Ваши последние { $days } дня
        [many] Ваши последние { $days } дней
       *[other] Ваши последние { $days } дня
    }
page-heading = { $period } с deskbreak
page-from-to = { $from } — { $to }
page-lead = Вы выполнили { $done } из { $shown ->
        [one] { $shown } показанного напоминания
       *[other] { $shown } показанных напоминаний
    } ({ $percent }).
page-lead-none = За эти дни не было показано ни одного напоминания.
page-empty-heading = За эти дни напоминаний нет
page-empty = В журнале нет напоминаний за эти дни. Если deskbreak должен был работать, `deskbreak status` покажет, работает ли он, а `deskbreak doctor` — что он видит.
card-done = напоминаний выполнено
card-streak-days = { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
card-streak = серия, где выполнено не меньше { $percent }
card-water-days = { $met } из { $days }
card-water = дней с целью в { $glasses } воды
card-sitting = самый долгий период сидя
card-relief = { $count ->
        [one] раз немели ноги
        [few] раза немели ноги
        [many] раз немели ноги
       *[other] раза немели ноги
    }
page-relief-heading = Онемение ног
page-relief-none = За эти дни эпизодов онемения ног не записано.
page-relief-logged = Вы отметили онемение ног { $count ->
        [1] один раз
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }: { $days }.
page-relief-recurred = Оно повторялось несколько раз за короткое время.
page-relief-note = Когда нога немеет: смените позу, подвигайте голеностопом, потрясите ногой, мягко разотрите её и немного приподнимите. Пункт «Ноги онемели» в меню значка в системном лотке показывает эти шаги и записывает эпизод.
page-unknown = Записи неизвестного этой версии типа: { $count } ({ $kinds })
page-damaged = Журнал: { $damaged }.
page-made-by = Создано deskbreak { $version } по журналу того, что вы делали с каждым напоминанием. Те же данные: `deskbreak stats --json`.
page-not-medical = deskbreak не является медицинским изделием.
page-prompts-heading = Напоминания по дням
page-prompts-note = Каждый столбец показывает, чем закончились напоминания дня; отложенное напоминание возвращается и попадает в другой сегмент.
page-prompts-chart = Напоминания по дням, по итогам
legend-done = выполнено
legend-snoozed = отложено
legend-skipped = пропущено
legend-missed = упущено (без ответа)
legend-natural = естественный перерыв (вы отходили)
table-day = День
table-done = Выполнено
table-snoozed = Отложено
table-skipped = Пропущено
table-missed = Упущено
table-natural = Естеств. перерыв
page-categories-heading = Выполнено, по видам напоминаний
page-categories-chart = Доля выполненных напоминаний по видам
page-category-done = выполнено { $done } из { $shown } ({ $percent })
page-category-none = напоминания не показывались
page-skipped-heading = Чаще всего пропускали
page-skipped-none = Ни одно напоминание не пропущено.
page-skipped-times = пропущено { $count ->
        [1] один раз
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }
page-water-heading = Вода
# $all and $target are "glasses" below.
page-water = Всего { $all }; цель { $target } в день достигнута в { $met } из { $days } дней.
legend-water-met = цель достигнута
legend-water-below = ниже цели
page-water-chart = Стаканы воды по дням в сравнении с целью
page-water-of = { $glasses } из { $target }
page-water-target = цель { $target }
glasses = { $count ->
        [one] { $count } стакан
        [few] { $count } стакана
        [many] { $count } стаканов
       *[other] { $count } стакана
    }
page-sitting-heading = Время сидя
page-sitting-unmeasured = Время сидя в эти дни не измерялось: deskbreak узнаёт, что вы отошли от стола, через определение бездействия в рабочей среде, а его не было (или deskbreak не работал). `deskbreak doctor` покажет, что он видит.
page-sitting-note = Каждый столбец — период за столом без естественного перерыва, в день его начала; промежутки — это перерывы или время, которое deskbreak не измерял.
page-sitting-chart = Периоды сидя по дням и времени суток
legend-sitting = сидя
legend-longer-than = дольше { $span }
table-longest-stretch = Самый долгий период
table-longer-than = Дольше { $span }
page-not-measured = не измерено
page-no-stretch-began = в этот день периоды не начинались
page-stretch = { $from }–{ $to }: { $span }
page-longest-stretch = Ваш самый долгий период: { $span } ({ $date }, с { $from } до { $to }).
page-no-stretch = За эти дни не завершился ни один период за столом.
page-no-long-stretch = Ни один период не был дольше { $span }.
page-long-stretches = { $count ->
        [one] { $count } период был дольше { $span }: вставайте и двигайтесь раньше.
        [few] { $count } периода были дольше { $span }: вставайте и двигайтесь раньше.
        [many] { $count } периодов были дольше { $span }: вставайте и двигайтесь раньше.
       *[other] { $count } периода были дольше { $span }: вставайте и двигайтесь раньше.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = янв.
month-short-2 = февр.
month-short-3 = мар.
month-short-4 = апр.
month-short-5 = мая
month-short-6 = июн.
month-short-7 = июл.
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.

## Errors of the command line.

client-not-running = deskbreak не запущен (по адресу { $socket } не отвечает ни один демон).
    Запустите его командой `deskbreak run`.
client-stopped = deskbreak остановлен (демон на { $socket } закрыл соединение)
already-running = deskbreak уже запущен; `deskbreak quit` остановит его
already-running-pid = deskbreak уже запущен (PID { $pid }); `deskbreak quit` остановит его

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = уведомления
doctor-tray-host = системный лоток
doctor-idle = бездействие
doctor-lock-sleep = блокировка/сон
doctor-do-not-disturb = Не беспокоить
doctor-logind = logind
doctor-gnome-banners = баннеры GNOME
doctor-camera = камера
doctor-daemon = демон
doctor-config = конфигурация
doctor-log = журнал
doctor-running = запущен
doctor-not-running = не запущен
doctor-start-it = запустите его командой `deskbreak run`
doctor-config-valid = { $path } (корректен)
doctor-config-unwritten = { $path } (ещё не создан: демон запишет настройки по умолчанию при первом запуске)
doctor-config-fix = исправьте файл (`deskbreak config check` покажет все ошибки); демон продолжит работать с последней корректной версией
doctor-log-bytes = { $path } ({ $bytes } { $bytes ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    })
doctor-log-empty = { $path } (пока пуст)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak завершает работу
refused-other-user = подключения от другого пользователя отклоняются

## Errors of the command line.

client-io = ошибка связи с демоном на { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = не удаётся прочитать конфигурацию { $path }: { $reason }
config-cannot-write = не удаётся записать конфигурацию по умолчанию в { $path }: { $reason }
config-missing-key = в [{ $table }] нет ключа `{ $key }`
config-set-twice = ключ `{ $key }` задан дважды: оставьте один
config-syntax = синтаксис TOML: { $error }
# $place below.
config-at-top-level = на верхнем уровне
config-in-table = в [{ $table }]
config-unknown-key-near = неизвестный ключ `{ $key }` { $place }: может быть, имелся в виду `{ $near }`?
config-unknown-key = неизвестный ключ `{ $key }` { $place }: известные ключи — { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } — это не длительность: пишите её как "90s", "10m" или "1h30m"
value-not-percentage = { $text } — это не процент: пишите его как "70%"
value-not-cadence = { $text } — это не периодичность: укажите длительность, например "45m", или диапазон, например "30m..45m"
value-not-category = { $text } — это не категория: пишите posture, movement или hydration
value-not-day = { $text } — это не день недели: пишите mon, tue, wed, thu, fri, sat или sun
value-not-hours = { $text } — это не диапазон часов: пишите его как "09:00-17:30"
config-no-prompts = не осталось ни одного напоминания: включите встроенные напоминания или категорию либо добавьте записи [[prompts.custom]]
config-language = `language` равен "{ $tag }": deskbreak знает языки { $known }; либо укажите "auto", чтобы использовать язык сеанса
config-under-a-minute = `{ $key }` равен { $span }: это меньше минуты, напоминания будут приходить очень часто
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = значение `{ $key }` должно быть { $bounds }
bounds-span = от 1 секунды до 24 часов
bounds-relief-window = от 1 часа до 1 года
bounds-glasses = от 1 до 50 стаканов
bounds-episodes = от 1 до 100 эпизодов
bounds-percent = от "0%" до "100%"
bounds-pause = от 1 секунды до 1 минуты
bounds-wait = от 0 секунд (не ждать) до 1 часа
config-max-below-min = `schedule.max_interval` ({ $max }) короче, чем `schedule.min_interval` ({ $min }): сделайте его не короче
config-no-days = `schedule.days` пуст: укажите хотя бы один день или вместо этого поставьте deskbreak на паузу
config-no-hours = `schedule.hours` пуст: задайте хотя бы один диапазон, например "09:00-17:30"
config-empty-range = этот диапазон часов пуст: конец должен быть позже начала (диапазон не может переходить через полночь)
config-overlap = этот диапазон часов пересекается с другим
config-no-order = `prompts.order` пуст: укажите хотя бы одну категорию
config-order-twice = категория { $category } встречается в `prompts.order` дважды
config-empty-title = у этого собственного напоминания пустой `title`
config-empty-text = у этого собственного напоминания пустой `text`: напишите, что нужно сделать
config-bad-id = id { $id } может содержать только строчные латинские буквы, цифры, '.', '-' и '_'
config-id-taken = id напоминания { $id } уже занят: дайте этому напоминанию другой `id`
config-range-backwards = `{ $key }`: диапазон должен идти от меньшего интервала к большему
config-check-warning = предупреждение: { $path }: { $warning }
editor-cannot-start = не удаётся запустить редактор { $editor }: { $reason }
editor-failed = редактор { $editor } завершился с ошибкой ({ $status }); конфигурация не проверена
config-edit-kept = Запущенный демон, если он есть, продолжает работать с прежней конфигурацией; исправьте файл и сохраните его снова.
config-edit-applied = OK: конфигурация корректна, и deskbreak её применил.
config-edit-not-running = OK: конфигурация корректна. deskbreak не запущен; он применит её при запуске.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = запись автозапуска XDG
autostart-kind-unit = пользовательский юнит systemd
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = значение ключа Run
autostart-foreign = { $path } уже существует и создан не deskbreak, поэтому он не тронут: переместите его, затем снова выполните `deskbreak autostart enable`
autostart-up-to-date = Уже в актуальном состоянии: { $kind } { $path }.
autostart-wrote = Записано: { $kind } { $path }.
autostart-left-alone = { $path } не тронут: его создал не deskbreak.
autostart-removed = Удалено: { $kind } { $path }.
autostart-status-foreign = Автозапуск: { $path } существует, но создан не deskbreak
autostart-status-on = Автозапуск: включён ({ $kind } { $path })
autostart-status-written = Автозапуск: выключен; записано, но не включено: { $kind } { $path }
autostart-off = Автозапуск: выключен; `deskbreak autostart enable` включит его
autostart-enabled-session = deskbreak будет запускаться вместе с сеансом рабочего стола командой: { $command }
autostart-enabled-login = deskbreak будет запускаться при входе в систему командой: { $command }
autostart-nothing-to-remove-linux = У deskbreak не было записи или юнита автозапуска: удалять нечего.
autostart-nothing-to-remove-macos = У deskbreak не было LaunchAgent: удалять нечего.
autostart-nothing-to-remove-windows = У deskbreak не было значения в ключе Run: удалять нечего.
autostart-systemd-elsewhere = --systemd предназначен для Linux; в macOS не указывайте его
autostart-unit-enable-hint = Включить его можно командой `systemctl --user enable { $unit }` в сеансе рабочего стола.
autostart-no-user-manager = пользовательский менеджер systemd не ответил (systemctl --user: { $reason }), поэтому { $unit } записан, но не включён: в сеансе рабочего стола выполните `systemctl --user enable { $unit }`
autostart-enable-failed = команда `systemctl --user enable { $unit }` завершилась с ошибкой: { $reason }
autostart-unit-enabled = { $unit } включён через `systemctl --user enable`: он запускается вместе с графическим сеансом (`systemctl --user start deskbreak` запустит его сейчас).
autostart-removed-link = Удалена ссылка { $link }.
autostart-run-foreign = { $value } уже существует и записано не deskbreak, поэтому не тронуто
autostart-run-set = Для { $value } задано { $data }: deskbreak будет запускаться при входе в систему.
autostart-no-windowless = { $windowless } нет рядом с { $exe }, поэтому при входе в систему откроется окно консоли; соберите его командой `cargo install --path . --features windowless` и снова включите автозапуск.
autostart-run-removed = Удалено: { $value }.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Не удаётся запустить { $program } ({ $reason })
open-no-application = Нет приложения, которое открывает этот файл ({ $program }: { $status })
open-failed = { $program } завершился с ошибкой ({ $reason })
open-no-program = Не установлена программа, которая могла бы его открыть (опробованы: { $tried }){ $hint }
open-hint-debian = ; в Debian и Ubuntu: sudo apt install xdg-utils
report-too-long = отчёт охватывает не больше { $max } дней (год); `deskbreak stats --days { $days }` подводит итоги за более долгие периоды
report-cannot-open = не удаётся открыть отчёт в браузере: { $reason }. Страница находится в { $path }: откройте её в браузере.
report-cannot-write = не удаётся записать отчёт в { $path }
cannot-read = не удаётся прочитать { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = запустите сервер уведомлений (вашей рабочей среды, или dunst / mako) на сеансовой шине
doctor-no-session-bus = нет сеансовой шины D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); возможности: { $capabilities }
doctor-no-buttons = этот сервер не показывает кнопки: отвечайте командой `deskbreak done|snooze|skip`
doctor-no-notification-server = сервер уведомлений не отвечает
doctor-tray-present = StatusNotifierWatcher присутствует
doctor-tray-none = нет
doctor-tray-fix = ни одна панель не показывает значки системного лотка (GNOME нужно расширение AppIndicator); уведомления и командная строка продолжают работать
doctor-no-idle = нет источника бездействия: напоминания идут строго по расписанию. Поддерживаются GNOME, композиторы Wayland с ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) или org_kde_kwin_idle (Plasma до 5.27, sway до 1.7) и X11; в остальных случаях используется IdleHint от logind, если рабочая среда его выставляет
doctor-logind-reachable = доступен (сон и блокировка экрана отслеживаются)
doctor-logind-unreachable = недоступен
doctor-logind-fix = без logind блокировка экрана не отслеживается; сон всё равно замечается по скачку часов
doctor-dnd-on = включён (Inhibited сервера уведомлений): напоминания ждут, пока он не выключится
doctor-dnd-off = выключен (Inhibited сервера уведомлений)
doctor-dnd-unknown = сервер уведомлений об этом не сообщает
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = не отслеживаются: { $why }
doctor-banners-hidden = скрыты (режим «Не беспокоить» GNOME; { $why }): напоминания ждут, пока баннеры снова не начнут показываться
doctor-banners-shown = показываются ({ $why })
doctor-banners-unavailable = недоступно (нет настроек GNOME: в gsettings нет org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, события
doctor-idle-compositor-events = события композитора
doctor-idle-polled = опрашивается не чаще раза в минуту
doctor-idle-none = нет
doctor-banners-gnome-shell = уведомления показывает GNOME Shell
doctor-banners-other-server = сервер уведомлений — { $server }, а не GNOME Shell
doctor-banners-gnome-session = сеанс GNOME (сервер уведомлений пока не отвечает)
doctor-banners-elsewhere = это не сеанс GNOME, и сервер уведомлений не отвечает
doctor-banners-no-session-bus = нет сеансовой шины
doctor-camera-in-use = используется: напоминания ждут
doctor-camera-unused = не используется
doctor-windows-toasts = всплывающие уведомления Windows (WinRT) с кнопками «Готово» / «Отложить» / «Пропустить»
doctor-windows-tray = область уведомлений
doctor-windows-lock = сообщения сеанса о блокировке и питании (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: напоминания ждут
doctor-windows-quiet-off = оболочка принимает уведомления (полноэкранные приложения и режим презентации задерживают напоминания)
doctor-macos-notifications = Notification Center, без кнопок
doctor-macos-notifications-fix = отвечайте на напоминание из строки меню или командой `deskbreak done|snooze|skip`
doctor-macos-tray = строка меню
doctor-macos-lock = заблокированный экран считается бездействием; сон замечается по скачку часов
doctor-macos-dnd = не читается: macOS не сообщает приложениям, включён ли режим фокусирования
doctor-macos-dnd-fix = поставьте deskbreak на паузу на это время (`deskbreak pause 1h` или «Пауза» в меню)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = выполнено
outcome-snoozed = отложено
outcome-skipped = пропущено
outcome-missed = упущено
outcome-natural = естеств.
outcome-relief = онемение
outcome-drink = вода
outcome-away = отлучка
outcome-arrived = приход
outcome-stopped = остановка
log-drink =
    { $glasses ->
        [one] { $glasses } стакан воды
        [few] { $glasses } стакана воды
        [many] { $glasses } стаканов воды
       *[other] { $glasses } стакана воды
    }
log-back = снова за столом после { $span } отсутствия (с { $time })
log-arrived = за столом: время сидя отсчитывается отсюда
log-stopped = время сидя больше не измеряется

# Address: «вы» (polite plural, lowercase; imperatives like «Поставьте», «Встаньте»), as in GNOME/KDE/Windows ru.

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Стопы ровно на полу
    .text = Поставьте обе стопы ровно на пол или на подставку, если не достаёте. Держите их так следующие несколько минут.
    .why = Ровно стоящие стопы с опорой не дают ногам застыть в неудобной позе, сдавливающей нервы.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Колени под углом 90 градусов
    .text = Проверьте, что колени согнуты примерно под 90 градусов. Если нет, поднимите или опустите стул: это займёт минуту.
    .why = Прямой угол в коленях — поза за столом, которую рекомендует руководство.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Монитор на уровне глаз
    .text = Смотрите прямо перед собой: верх экрана должен быть на уровне глаз. Если нет, поднимите монитор или подложите книгу.
    .why = Экран на уровне глаз предотвращает напряжение шеи, которое может косвенно влиять на нервы ног.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Пусть стул поддерживает спину
    .text = Сядьте поглубже, чтобы спинка стула поддерживала изгиб поясницы. Сидите так следующие несколько минут.
    .why = Стул, поддерживающий естественный изгиб позвоночника, снимает давление с нервов.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Сидите прямо, не сутультесь
    .text = Сядьте прямо, не сутулясь и не наваливаясь на один бок или подлокотник. Держите эту ровную позу несколько минут.
    .why = Сутулость и крен набок удерживают тело в неудобных позах, которые сдавливают нервы.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Не сидите нога на ногу
    .text = Если ноги скрещены, расцепите их и поставьте обе стопы на пол. Не скрещивайте их следующие 30 минут.
    .why = Долго скрещённые ноги сдавливают нервы и нарушают кровоток.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Перенесите вес
    .text = Перенесите вес на стуле: слегка наклонитесь на одну ягодицу, затем на другую, по 5 раз на каждую сторону.
    .why = Своевременная смена позы снимает давление с нервов, пока нога не онемела.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Стоя, распределяйте вес
    .text = Если работаете стоя, распределите вес поровну на обе стопы. Затем минуту переносите вес с одной ноги на другую.
    .why = Ровный вес и регулярная смена опоры избавляют одну ногу от долгого давления.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Ослабьте всё тесное
    .text = Ослабьте тугой ремень, пояс или резинку носков и освободите набитый задний карман. Это займёт меньше минуты.
    .why = Тесная одежда может долго давить на нерв и нарушать кровоток.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Ничто не давит на ноги
    .text = Проверьте, не давит ли что-то на бёдра или под колени, как край сиденья или перекладина стола. Поправьте или уберите.
    .why = Долгое давление от неудобных поз сдавливает нервы и вызывает онемение.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Проверьте обувь
    .text = Проверьте обувь: если она жмёт в лодыжке или в подъёме, ослабьте шнурки или снимите её на несколько минут.
    .why = Слишком тесная обувь чрезмерно давит на нервы стоп и голеней.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Встаньте и пройдитесь
    .text = Встаньте и пройдитесь минуту-две: до кухни, до окна или по офису, затем вернитесь.
    .why = Перерывы в сидении поддерживают кровоток и прекращают долгое давление на нервы.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Сделайте несколько шагов
    .text = Встаньте и сделайте 20 шагов по комнате или офису. Не просто шевелите стопой на месте.
    .why = Движение возвращает кровоток и снимает давление с нерва.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Встряхните ноги
    .text = Встаньте, при желании держась за стол, и мягко потрясите одной ногой 10 секунд, затем другой.
    .why = Мягкое встряхивание помогает вернуть кровоток и снимает давление с нерва.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Вращения стопой
    .text = Слегка приподнимите одну стопу и медленно вращайте её в лодыжке, по 10 раз в каждую сторону. Затем смените ногу.
    .why = Движения в лодыжке разгоняют кровь и ослабляют давление на нервы.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Носки на себя и от себя
    .text = Не отрывая пяток от пола, потяните носки стоп вверх, к себе, затем вытяните их от себя. Медленно повторите 15 раз.
    .why = Сгибание и разгибание голеностопа улучшает кровообращение в голени.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Медленно сгибайте колени
    .text = Встаньте за стулом, держась за спинку, медленно слегка согните колени и выпрямитесь. Сделайте так 10 раз, медленно.
    .why = Медленные сгибания коленей помогают прокачивать кровь по ногам.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Растяжка задней части бедра сидя
    .text = Сядьте ближе к краю стула, вытяните одну ногу и мягко тянитесь руками к носку 20 секунд. Смените ногу.
    .why = Мягкая растяжка задней части бедра усиливает кровоток и может ослабить лёгкое сдавление нервов.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Растяжка задней части бедра стоя
    .text = Поставьте пятку на низкую ступеньку или коробку, нога прямая, и мягко наклонитесь вперёд на 20 секунд. Смените ногу.
    .why = Растяжка задней части бедра помогает прокачивать кровь и освобождать слегка зажатые нервы.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Растяжка икр
    .text = Встаньте лицом к столу, руки на нём, отставьте одну ногу назад и прижмите пятку к полу на 20 секунд. Смените ногу.
    .why = Растяжка икр снимает мышечное напряжение, которое может зажимать нервы.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Растяжка передней части бедра
    .text = Стоя и держась за стол, согните одно колено и держите стопу рукой сзади 20 секунд. Смените ногу.
    .why = Растяжка передней части бедра повышает гибкость и снимает мышечное напряжение.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Мягкое скручивание позвоночника
    .text = Сядьте прямо и медленно поверните корпус вправо на 15 секунд, помогая себе спинкой стула. Повторите влево.
    .why = Мягкое скручивание повышает гибкость и снимает мышечное напряжение, которое может зажимать нервы.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Лёгкий массаж ног
    .text = Мягко растирайте бёдра и икры ладонями небольшими кругами, по 30 секунд на ногу. Надавливайте легко.
    .why = Мягкий массаж усиливает кровоток и успокаивает, пока возвращается чувствительность.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Постучите по ногам
    .text = Легко постукивайте кончиками пальцев по бёдрам и икрам, по 20 секунд на каждую ногу.
    .why = Лёгкое постукивание мягко стимулирует и усиливает кровоток.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Поднимите ноги
    .text = Положите стопы на низкую коробку, стул или подставку на минуту и дайте ногам расслабиться.
    .why = Поднятые ноги помогают оттоку крови и уменьшают её застой в голенях.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Глубокое дыхание животом
    .text = Глубоко вдохните через нос, задержите дыхание на несколько секунд и медленно выдохните через рот. Повторите 5 раз.
    .why = Медленное дыхание помогает успокоить нервную систему, когда вы напряжены.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Выпейте стакан воды
    .text = Выпейте сейчас полный стакан воды, если давно её не пили.
    .why = Обезвоживание иногда может повышать чувствительность нервов.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Наполните бутылку водой
    .text = Наполните многоразовую бутылку водой и поставьте её на стол, на видное место.
    .why = Бутылка на виду напоминает пить понемногу весь день.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Сделайте несколько глотков
    .text = Сделайте сейчас несколько глотков воды, примерно четверть стакана.
    .why = Пить понемногу весь день проще, чем потом наверстывать.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = Цель — 8 стаканов в день
    .text = Выпейте стакан воды и засчитайте его в сегодняшнюю цель: 8 стаканов, около 2 литров.
    .why = Вода необходима для всех функций организма, в том числе для передачи нервных сигналов.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Вода вместо сладкого напитка
    .text = На этот раз налейте стакан воды вместо газировки или сока и выпейте его.
    .why = Сладкие напитки могут способствовать обезвоживанию, поэтому вода — лучший выбор.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Стакан воды к кофе
    .text = Выпейте стакан воды вместе со следующей чашкой кофе или чая или замените эту чашку водой.
    .why = Избыток кофеина может способствовать обезвоживанию.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Перерыв на воду
    .text = Встаньте, дойдите до крана или кулера и выпейте стакан воды, прежде чем снова сесть.
    .why = Достаточное питьё поддерживает здоровье нервов и окружающих их тканей.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Помощь при онемении ног
relief-step-1 = Смените позу сейчас: перестаньте сидеть нога на ногу, перенесите вес или встаньте и сделайте несколько шагов.
relief-step-2 = Мягко сгибайте и разгибайте голеностоп, вращая стопу по часовой стрелке и против неё.
relief-step-3 = Мягко потрясите ногой, затем медленными круговыми движениями разотрите онемевшее место ладонью. Без сильного нажима.
relief-step-4 = Если можете, слегка приподнимите ногу на подставку, коробку или стул.
relief-advice = Если онемение не проходит, усиливается или сопровождается слабостью или болью, обратитесь к медицинскому специалисту.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Ноги немели { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раза
    } { $days ->
        [1] за последний день
        [one] за последние { $days } день
        [few] за последние { $days } дня
        [many] за последние { $days } дней
       *[other] за последние { $days } дня
    }.
relief-recent-hours = Ноги немели { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раза
    } { $hours ->
        [1] за последний час
        [one] за последние { $hours } час
        [few] за последние { $hours } часа
        [many] за последние { $hours } часов
       *[other] за последние { $hours } часа
    }.
relief-recent-span = Ноги немели { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раза
    } за последние { $span }.
