### deskbreak in Polish. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = postawa
category-movement = ruch
category-hydration = nawodnienie
# What a prompt of each category is called while it waits for an answer.
label-posture = Kontrola postawy
label-movement = Przerwa na ruch
label-hydration = Przerwa na wodę
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } s
span-minutes = { $minutes } min
span-hours = { $hours } godz.
span-hours-minutes = { $hours } godz. { $minutes } min
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = pon.
weekday-tue = wt.
weekday-wed = śr.
weekday-thu = czw.
weekday-fri = pt.
weekday-sat = sob.
weekday-sun = niedz.

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label } czeka
glance-back-in = { $label } wróci za { $span }
glance-snoozed = { $label }: odłożono
glance-paused-until = Wstrzymano do { $time }
glance-paused = Wstrzymano
# A prompt of no known category that is due.
glance-a-prompt = Przypomnienie
glance-next = Następne: { $category } za { $span }
glance-next-prompt = Następne przypomnienie za { $span }
glance-none = Brak zaplanowanych przypomnień
glance-typing = { $label } czeka na przerwę w pisaniu
glance-held = { $label } czeka: { $why }
glance-due = { $label }: już pora
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = tryb „Nie przeszkadzać” jest włączony
held-camera = kamera jest w użyciu
held-busy = aplikacja pełnoekranowa lub prezentacja wymaga spokoju
held-locked = ekran jest zablokowany
held-away = nie ma cię przy biurku
held-typing = piszesz na klawiaturze
# Today's counts, joined by " · " into $counts.
counts-today = Dziś: { $counts }
count-done = zrobione: { $count }
count-snoozed = odłożone: { $count }
count-skipped = pominięte: { $count }
count-missed = przegapione: { $count }
count-natural = { $count ->
        [one] { $count } naturalna przerwa
        [few] { $count } naturalne przerwy
        [many] { $count } naturalnych przerw
       *[other] { $count } naturalnej przerwy
    }
count-water = woda { $glasses }/{ $target }
sitting-under-a-minute = Siedzisz krócej niż minutę
sitting-for = Siedzisz już { $span }
sitting-away = Nie ma cię przy biurku

## `deskbreak status`

status-state = Stan: { $state }
state-waiting = czeka na następne przypomnienie
state-pending = przypomnienie czeka na odpowiedź
state-snoozed = przypomnienie jest odłożone
state-paused = wstrzymano
state-inactive = poza godzinami aktywności
status-prompt = Przypomnienie: { $title } ({ $category }) - { $text }
status-back-at = Wróci o: { $time }
status-next-due = Następne: { $category }, czeka od { $time }
status-next-due-any = Następne: czeka od { $time }
status-next-at = Następne: { $category } o { $time } (za { $span })
status-next-at-any = Następne: o { $time } (za { $span })
status-paused-until = Wstrzymano do: { $time }
status-held-typing = Zatrzymane: przypomnienie czeka na przerwę w pisaniu
status-held = Zatrzymane: przypomnienie czeka, dopóki { $why }
status-quiet = Cisza: { $why }; przypomnienie, które nadejdzie, poczeka, aż to się skończy
status-sitting-since = { $sitting } (od { $time })
status-sitting-unmeasured = Siedzenie: nie mierzono (brak wykrywania bezczynności; zobacz `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = Zrobione
# $span is a span such as "10 min".
button-snooze = Odłóż o { $span }
button-skip = Pomiń
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = Siedzisz już { $span } bez przerwy. { $text }
alert-not-recorded = deskbreak: nie zapisano
alert-not-recorded-next = { $reason }. Zwolnij trochę miejsca (lub napraw plik), a potem wybierz to ponownie.
alert-config-not-applied = deskbreak: nie zastosowano konfiguracji
alert-cannot-open-config = deskbreak: nie można otworzyć pliku konfiguracji
alert-cannot-open-config-next = { $reason }. Otwórz { $path } w edytorze albo uruchom `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: nie można pokazać statystyk
alert-cannot-show-statistics-next = { $reason }. Strona to { $path }: otwórz ją w przeglądarce albo uruchom `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = Zrobione
menu-snooze = Odłóż
menu-skip = Pomiń
menu-break-now = Zrób przerwę teraz
menu-pause = Wstrzymaj
menu-resume = Wznów
menu-one-hour = 1 godzina
menu-until-tomorrow = Do jutra
menu-drank-water = Wypita szklanka wody
menu-legs-numb = Zdrętwiały mi nogi
menu-statistics = Statystyki…
menu-open-config = Otwórz plik konfiguracji
menu-quit = Zakończ
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: przypomnienie czeka

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = przypomnienie
reply-done = Zrobione: { $title }.
reply-skipped = Pominięte: { $title }.
reply-snoozed-for = Odłożone: { $title }, o { $span }; wróci o { $time }.
reply-snoozed-title = Odłożone: { $title }.
reply-nothing-before = Brak przypomnień przed { $time }.
reply-snoozed = Odłożono.
reply-showing = Wyświetlono: { $title }.
reply-catalogue-empty = Brak przypomnień do pokazania: katalog jest pusty.
reply-paused-until = Wstrzymano do { $time }.
reply-paused = Wstrzymano.
reply-resumed = Wznowiono.
reply-relief-on-screen = (Widoczne też na ekranie jako powiadomienie.)
reply-drink = { $glasses ->
        [one] Zapisano { $glasses } szklankę wody.
        [few] Zapisano { $glasses } szklanki wody.
        [many] Zapisano { $glasses } szklanek wody.
       *[other] Zapisano { $glasses } szklanki wody.
    } Woda dziś: { $water }/{ $target }.
reply-quit = Zatrzymano deskbreak.
reply-next = Następne: { $category } o { $time }.
reply-next-prompt = Następne przypomnienie o { $time }.
reply-none-scheduled = Nie zaplanowano żadnego przypomnienia.
reply-no-status = demon nie przesłał stanu
reload-applied = Zastosowano konfigurację z { $path }.
reload-warning = ostrzeżenie: { $warning }
refused-no-reason = demon odrzucił żądanie
refused-nothing-pending = żadne przypomnienie nie czeka
refused-stale = to powiadomienie jest już nieaktualne
refused-not-paused = deskbreak nie jest wstrzymany
refused-paused = deskbreak jest wstrzymany; najpierw uruchom `deskbreak resume`
not-recorded = nie można zapisać do { $path }: { $reason }; nic nie zapisano

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday }, { $day } { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday }, { $day } { $month }
weekday-long-mon = poniedziałek
weekday-long-tue = wtorek
weekday-long-wed = środa
weekday-long-thu = czwartek
weekday-long-fri = piątek
weekday-long-sat = sobota
weekday-long-sun = niedziela
# Month names as a date writes them (the genitive, where the language has one).
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
percent = { $percent }%
damaged-lines = { $count ->
        [one] pominięto { $count } uszkodzony wiersz (wiersz { $lines })
        [few] pominięto { $count } uszkodzone wiersze (wiersze { $lines })
        [many] pominięto { $count } uszkodzonych wierszy (wiersze { $lines })
       *[other] pominięto { $count } uszkodzonego wiersza (wiersze { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } – { $to } ({ $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    })
# The legend of the bars.
chart-done = zrobione
chart-snoozed = odłożone
chart-skipped = pominięte
chart-missed = przegapione
# Column headings: short, the figures under them are small numbers.
chart-column-done = zrob.
chart-column-snoozed = odł.
chart-column-skipped = pom.
chart-column-missed = przeg.
chart-column-natural = nat.
chart-column-water = woda
chart-column-relief = ulga
chart-sitting-heading = Siedzenie (okresy przy biurku, w dniu, w którym się zaczęły):
chart-sitting-not-measured = siedzenia nie mierzono
chart-sat = siedzenie: { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = najwyżej { $longest }, { $count ->
        [0] brak okresów ponad { $over }
        [one] { $count } okres ponad { $over }
        [few] { $count } okresy ponad { $over }
        [many] { $count } okresów ponad { $over }
       *[other] { $count } okresu ponad { $over }
    }
chart-adherence = Realizacja (zrobione z wyświetlonych przypomnień):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } z { $shown }
chart-average = { $span } ({ $answers ->
        [one] { $answers } odpowiedź
        [few] { $answers } odpowiedzi
        [many] { $answers } odpowiedzi
       *[other] { $answers } odpowiedzi
    })
chart-no-answers = brak odpowiedzi
chart-average-line = Średni czas odpowiedzi: { $average }
chart-most-skipped-none = Najczęściej pomijane: brak
chart-most-skipped = Najczęściej pomijane:
chart-water = Woda: { $glasses ->
        [one] { $glasses } szklanka
        [few] { $glasses } szklanki
        [many] { $glasses } szklanek
       *[other] { $glasses } szklanki
    } przez { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }; dzienny cel ({ $target }) osiągnięty w { $met ->
        [one] { $met } dniu
        [few] { $met } dniach
        [many] { $met } dniach
       *[other] { $met } dnia
    }
chart-relief = Epizody zdrętwienia: { $count }
chart-sitting = Siedzenie: { $sat } (pomiar z { $measured ->
        [one] { $measured } dnia
        [few] { $measured } dni
        [many] { $measured } dni
       *[other] { $measured } dnia
    })
chart-sitting-unmeasured = Siedzenie: nie mierzono
chart-streak = Seria: { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } z co najmniej { $percent } zrobionych przypomnień
chart-damaged = Dziennik: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] Twój dzień
        [7] Twój tydzień
        [30] Twój miesiąc
        [few] Twoje ostatnie { $days } dni
        [many] Twoich ostatnich { $days } dni
       *[other] Twoje ostatnie { $days } dnia
    }
page-heading = { $period } z deskbreak
page-from-to = { $from } – { $to }
page-lead = Zrobiono { $done } z { $shown ->
        [one] { $shown } wyświetlonego przypomnienia
        [few] { $shown } wyświetlonych przypomnień
        [many] { $shown } wyświetlonych przypomnień
       *[other] { $shown } wyświetlonego przypomnienia
    } ({ $percent }).
page-lead-none = W tych dniach nie wyświetlono żadnego przypomnienia.
page-empty-heading = Brak przypomnień w tych dniach
page-empty = Dziennik nie zawiera przypomnień z tych dni. Jeśli deskbreak miał działać, `deskbreak status` powie, czy działa, a `deskbreak doctor` – co widzi.
card-done = zrobionych przypomnień
card-streak-days = { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }
card-streak = seria z co najmniej { $percent } zrobionych
card-water-days = { $met } z { $days }
card-water = dni z osiągniętym celem ({ $glasses } wody)
card-sitting = najdłuższe siedzenie
card-relief = { $count ->
        [one] raz zdrętwiały nogi
        [few] razy zdrętwiały nogi
        [many] razy zdrętwiały nogi
       *[other] razy zdrętwiały nogi
    }
page-relief-heading = Zdrętwiałe nogi
page-relief-none = W tych dniach nie zapisano zdrętwienia nóg.
page-relief-logged = Zdrętwienie nóg zapisano { $count ->
        [one] raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } razy
    }: { $days }.
page-relief-recurred = Wracało kilka razy w krótkim czasie.
page-relief-note = Gdy noga zdrętwieje: zmień pozycję, poruszaj stopą w kostce, potrząśnij nogą, delikatnie ją pomasuj i unieś trochę wyżej. Pozycja „Zdrętwiały mi nogi” w menu ikony w zasobniku systemowym pokazuje te kroki i zapisuje epizod.
page-unknown = Wpisy rodzaju nieznanego tej wersji: { $count } ({ $kinds })
page-damaged = Dziennik: { $damaged }.
page-made-by = Utworzone przez deskbreak { $version } na podstawie dziennika tego, co robisz z każdym przypomnieniem. Te same dane: `deskbreak stats --json`.
page-not-medical = deskbreak nie jest wyrobem medycznym.
page-prompts-heading = Przypomnienia dziennie
page-prompts-note = Każdy słupek zestawia, co stało się z przypomnieniami z danego dnia; odłożone przypomnienie wraca i kończy się w innym segmencie.
page-prompts-chart = Przypomnienia dziennie według wyniku
legend-done = zrobione
legend-snoozed = odłożone
legend-skipped = pominięte
legend-missed = przegapione (bez odpowiedzi)
legend-natural = naturalna przerwa (nie było cię)
table-day = Dzień
table-done = Zrobione
table-snoozed = Odłożone
table-skipped = Pominięte
table-missed = Przegapione
table-natural = Naturalna przerwa
page-categories-heading = Zrobione według rodzaju przypomnienia
page-categories-chart = Odsetek zrobionych przypomnień według rodzaju
page-category-done = zrobione: { $done } z { $shown } ({ $percent })
page-category-none = nie wyświetlono przypomnień
page-skipped-heading = Najczęściej pomijane
page-skipped-none = Żadne przypomnienie nie zostało pominięte.
page-skipped-times = pominięte { $count ->
        [one] raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } razy
    }
page-water-heading = Woda
# $all and $target are "glasses" below.
page-water = Łącznie { $all }; dzienny cel ({ $target }) osiągnięty w { $met } z { $days } dni.
legend-water-met = cel osiągnięty
legend-water-below = poniżej celu
page-water-chart = Szklanki wody dziennie w porównaniu z celem
page-water-of = { $glasses } z { $target }
page-water-target = cel { $target }
glasses = { $count ->
        [one] { $count } szklanka
        [few] { $count } szklanki
        [many] { $count } szklanek
       *[other] { $count } szklanki
    }
page-sitting-heading = Siedzenie
page-sitting-unmeasured = W tych dniach siedzenie nie było mierzone: deskbreak rozpoznaje odejście od biurka dzięki wykrywaniu bezczynności w środowisku graficznym, a tego zabrakło (albo deskbreak nie działał). `deskbreak doctor` powie, co widzi.
page-sitting-note = Każdy słupek to okres siedzenia przy biurku bez naturalnej przerwy, w dniu, w którym się zaczął; luki to przerwy albo czas, którego deskbreak nie zmierzył.
page-sitting-chart = Okresy siedzenia dziennie według pory dnia
legend-sitting = siedzenie
legend-longer-than = dłużej niż { $span }
table-longest-stretch = Najdłuższy okres
table-longer-than = Dłużej niż { $span }
page-not-measured = nie mierzono
page-no-stretch-began = tego dnia nie zaczął się żaden okres
page-stretch = { $from }–{ $to }: { $span }
page-longest-stretch = Twój najdłuższy okres siedzenia: { $span }, { $date }, od { $from } do { $to }.
page-no-stretch = W tych dniach nie zakończył się żaden okres siedzenia przy biurku.
page-no-long-stretch = Dłużej niż { $span } nie trwał żaden okres siedzenia.
page-long-stretches = { $count ->
        [one] { $count } okres trwał dłużej niż { $span }: wstań i rusz się wcześniej.
        [few] { $count } okresy trwały dłużej niż { $span }: wstań i rusz się wcześniej.
        [many] { $count } okresów trwało dłużej niż { $span }: wstań i rusz się wcześniej.
       *[other] { $count } okresu trwało dłużej niż { $span }: wstań i rusz się wcześniej.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = sty
month-short-2 = lut
month-short-3 = mar
month-short-4 = kwi
month-short-5 = maj
month-short-6 = cze
month-short-7 = lip
month-short-8 = sie
month-short-9 = wrz
month-short-10 = paź
month-short-11 = lis
month-short-12 = gru

## Errors of the command line.

client-not-running = deskbreak nie działa (żaden demon nie odpowiada na { $socket }).
    Uruchom go poleceniem `deskbreak run`.
client-stopped = deskbreak został zatrzymany (demon na { $socket } zamknął połączenie)
already-running = deskbreak już działa; `deskbreak quit` go zatrzymuje
already-running-pid = deskbreak już działa (PID { $pid }); `deskbreak quit` go zatrzymuje

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = powiadomienia
doctor-tray-host = host zasobnika
doctor-idle = bezczynność
doctor-lock-sleep = blokada i sen
doctor-do-not-disturb = Nie przeszkadzać
doctor-logind = logind
doctor-gnome-banners = banery GNOME
doctor-camera = kamera
doctor-daemon = demon
doctor-config = konfiguracja
doctor-log = dziennik
doctor-running = działa
doctor-not-running = nie działa
doctor-start-it = uruchom go poleceniem `deskbreak run`
doctor-config-valid = { $path } (poprawny)
doctor-config-unwritten = { $path } (jeszcze nie zapisany: demon zapisze domyślną konfigurację przy pierwszym uruchomieniu)
doctor-config-fix = popraw plik (`deskbreak config check` pokazuje wszystkie problemy); demon zachowuje ostatnią poprawną wersję
doctor-log-bytes = { $path } ({ $bytes } { $bytes ->
        [one] bajt
        [few] bajty
        [many] bajtów
       *[other] bajta
    })
doctor-log-empty = { $path } (na razie pusty)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak właśnie się zamyka
refused-other-user = połączenia od innego użytkownika są odrzucane

## Errors of the command line.

client-io = komunikacja z demonem na { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = nie można odczytać konfiguracji { $path }: { $reason }
config-cannot-write = nie można zapisać domyślnej konfiguracji do { $path }: { $reason }
config-missing-key = brak klucza `{ $key }` w [{ $table }]
config-set-twice = `{ $key }` ustawiono dwa razy: zostaw jedno ustawienie
config-syntax = składnia TOML: { $error }
# $place below.
config-at-top-level = na najwyższym poziomie
config-in-table = w [{ $table }]
config-unknown-key-near = nieznany klucz `{ $key }` { $place }: czy chodziło o `{ $near }`?
config-unknown-key = nieznany klucz `{ $key }` { $place }: znane klucze to { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } nie jest czasem trwania: zapisz go np. jako "90s", "10m" lub "1h30m"
value-not-percentage = { $text } nie jest wartością procentową: zapisz ją np. jako "70%"
value-not-cadence = { $text } nie jest rytmem: podaj czas trwania, np. "45m", albo zakres, np. "30m..45m"
value-not-category = { $text } nie jest kategorią: wpisz posture, movement lub hydration
value-not-day = { $text } nie jest dniem: wpisz mon, tue, wed, thu, fri, sat lub sun
value-not-hours = { $text } nie jest przedziałem godzin: zapisz go np. jako "09:00-17:30"
config-no-prompts = nie zostało żadne przypomnienie: włącz wbudowane przypomnienia lub kategorię albo dodaj wpisy [[prompts.custom]]
config-language = `language` ma wartość "{ $tag }": deskbreak zna języki { $known }; albo "auto", czyli język sesji
config-under-a-minute = `{ $key }` to { $span }: przy czasie poniżej minuty przypomnienia będą pojawiać się bardzo często
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` musi wynosić { $bounds }
bounds-span = od 1 sekundy do 24 godzin
bounds-relief-window = od 1 godziny do 1 roku
bounds-glasses = od 1 do 50 szklanek
bounds-episodes = od 1 do 100 epizodów
bounds-percent = od "0%" do "100%"
bounds-pause = od 1 sekundy do 1 minuty
bounds-wait = od 0 sekund (bez czekania) do 1 godziny
config-max-below-min = `schedule.max_interval` ({ $max }) jest krótszy niż `schedule.min_interval` ({ $min }): ustaw co najmniej tyle samo
config-no-days = `schedule.days` jest puste: podaj co najmniej jeden dzień albo zamiast tego wstrzymaj deskbreak
config-no-hours = `schedule.hours` jest puste: podaj co najmniej jeden przedział, np. "09:00-17:30"
config-empty-range = ten przedział godzin jest pusty: jego koniec musi być później niż początek (przedziały nie mogą przechodzić przez północ)
config-overlap = ten przedział godzin nakłada się na inny
config-no-order = `prompts.order` jest puste: podaj co najmniej jedną kategorię
config-order-twice = kategoria { $category } występuje dwa razy w `prompts.order`
config-empty-title = to własne przypomnienie ma pusty `title`
config-empty-text = to własne przypomnienie ma pusty `text`: napisz, co trzeba zrobić
config-bad-id = identyfikator { $id } może zawierać tylko małe litery, cyfry, '.', '-' i '_'
config-id-taken = identyfikator przypomnienia { $id } jest już zajęty: nadaj temu przypomnieniu inne `id`
config-range-backwards = `{ $key }`: zakres musi prowadzić od krótszego odstępu do dłuższego
config-check-warning = ostrzeżenie: { $path }: { $warning }
editor-cannot-start = nie można uruchomić edytora { $editor }: { $reason }
editor-failed = edytor { $editor } zakończył się błędem ({ $status }); konfiguracji nie sprawdzono
config-edit-kept = Działający demon (jeśli jest) zachowuje poprzednią konfigurację; popraw plik i zapisz go ponownie.
config-edit-applied = OK: konfiguracja jest poprawna i deskbreak ją zastosował.
config-edit-not-running = OK: konfiguracja jest poprawna. deskbreak nie działa; użyje jej po uruchomieniu.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = wpis autostartu XDG
autostart-kind-unit = jednostka użytkownika systemd
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = wartość klucza Run
autostart-foreign = { $path } istnieje, ale nie zapisał go deskbreak, więc zostaje nietknięty: przenieś go w inne miejsce, a potem ponownie uruchom `deskbreak autostart enable`
autostart-up-to-date = Nie wymaga aktualizacji: { $kind } { $path }.
autostart-wrote = Zapisano: { $kind } { $path }.
autostart-left-alone = Pozostawiono { $path } bez zmian: nie zapisał go deskbreak.
autostart-removed = Usunięto: { $kind } { $path }.
autostart-status-foreign = Autostart: { $path } istnieje, ale nie zapisał go deskbreak
autostart-status-on = Autostart: włączony ({ $kind } { $path })
autostart-status-written = Autostart: wyłączony; zapisano, ale nie włączono: { $kind } { $path }
autostart-off = Autostart: wyłączony; `deskbreak autostart enable` go włącza
autostart-enabled-session = deskbreak będzie uruchamiany razem z sesją pulpitu jako: { $command }
autostart-enabled-login = deskbreak będzie uruchamiany po zalogowaniu jako: { $command }
autostart-nothing-to-remove-linux = deskbreak nie miał wpisu ani jednostki autostartu: nie ma nic do usunięcia.
autostart-nothing-to-remove-macos = deskbreak nie miał LaunchAgent: nie ma nic do usunięcia.
autostart-nothing-to-remove-windows = deskbreak nie miał wartości klucza Run: nie ma nic do usunięcia.
autostart-systemd-elsewhere = --systemd jest przeznaczone dla Linuksa; w macOS pomiń tę opcję
autostart-unit-enable-hint = `systemctl --user enable { $unit }` w sesji pulpitu ją włącza.
autostart-no-user-manager = żaden menedżer użytkownika systemd nie odpowiedział (systemctl --user: { $reason }), więc { $unit } zapisano, ale nie włączono: w sesji pulpitu uruchom `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` nie powiodło się: { $reason }
autostart-unit-enabled = Włączono { $unit } poleceniem `systemctl --user enable`: jednostka uruchomi się razem z sesją graficzną (`systemctl --user start deskbreak` uruchomi ją od razu).
autostart-removed-link = Usunięto dowiązanie { $link }.
autostart-run-foreign = { $value } istnieje, ale nie zapisał jej deskbreak, więc zostaje nietknięta
autostart-run-set = Ustawiono { $value } na { $data }: deskbreak uruchomi się po zalogowaniu.
autostart-no-windowless = { $windowless } nie leży obok { $exe }, więc przy logowaniu otworzy się okno konsoli; zbuduj go poleceniem `cargo install --path . --features windowless`, a potem ponownie włącz autostart.
autostart-run-removed = Usunięto { $value }.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = Nie można uruchomić { $program } ({ $reason })
open-no-application = Żadna aplikacja nie otwiera tego pliku ({ $program }: { $status })
open-failed = { $program } zakończył się błędem ({ $reason })
open-no-program = Nie zainstalowano programu, który mógłby to otworzyć (próbowano: { $tried }){ $hint }
open-hint-debian = ; w Debianie i Ubuntu: sudo apt install xdg-utils
report-too-long = raport obejmuje najwyżej { $max } dni (rok); `deskbreak stats --days { $days }` podsumowuje dłuższe okresy
report-cannot-open = nie można otworzyć raportu w przeglądarce: { $reason }. Strona to { $path }: otwórz ją w przeglądarce.
report-cannot-write = nie można zapisać raportu do { $path }
cannot-read = nie można odczytać { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = uruchom serwer powiadomień (ten ze swojego środowiska graficznego albo dunst / mako) na magistrali sesji
doctor-no-session-bus = brak magistrali sesji D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor }); możliwości: { $capabilities }
doctor-no-buttons = ten serwer nie pokazuje przycisków: odpowiadaj poleceniem `deskbreak done|snooze|skip`
doctor-no-notification-server = żaden serwer powiadomień nie odpowiada
doctor-tray-present = StatusNotifierWatcher jest obecny
doctor-tray-none = brak
doctor-tray-fix = żaden panel nie pokazuje ikon w zasobniku systemowym (GNOME wymaga rozszerzenia AppIndicator); powiadomienia i wiersz poleceń nadal działają
doctor-no-idle = brak wykrywania bezczynności: przypomnienia idą według zwykłego harmonogramu. Obsługiwane są GNOME, kompozytory Wayland z ext-idle-notify-v1 (KDE Plasma, sway 1.8+, Hyprland, ...) lub org_kde_kwin_idle (Plasma przed 5.27, sway do 1.7) oraz X11; gdzie indziej używany jest IdleHint z logind, jeśli środowisko graficzne go ustawia
doctor-logind-reachable = osiągalny (uśpienie i blokada ekranu są widoczne)
doctor-logind-unreachable = nieosiągalny
doctor-logind-fix = bez logind blokady ekranu nie są widoczne; uśpienie nadal jest wykrywane po skoku zegara
doctor-dnd-on = włączony (Inhibited serwera powiadomień): przypomnienia czekają, aż zostanie wyłączony
doctor-dnd-off = wyłączony (Inhibited serwera powiadomień)
doctor-dnd-unknown = serwer powiadomień tego nie zgłasza
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = nieuwzględniane: { $why }
doctor-banners-hidden = ukryte (tryb „Nie przeszkadzać” GNOME; { $why }): przypomnienia czekają, aż banery znów będą pokazywane
doctor-banners-shown = pokazywane ({ $why })
doctor-banners-unavailable = niedostępne (brak ustawień GNOME: gsettings nie zna org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus, zdarzenia
doctor-idle-compositor-events = zdarzenia kompozytora
doctor-idle-polled = odpytywany najwyżej raz na minutę
doctor-idle-none = brak
doctor-banners-gnome-shell = powiadomienia wyświetla GNOME Shell
doctor-banners-other-server = serwerem powiadomień jest { $server }, nie GNOME Shell
doctor-banners-gnome-session = sesja GNOME (żaden serwer powiadomień jeszcze nie odpowiada)
doctor-banners-elsewhere = to nie sesja GNOME, a żaden serwer powiadomień nie odpowiada
doctor-banners-no-session-bus = brak magistrali sesji
doctor-camera-in-use = w użyciu: przypomnienia czekają
doctor-camera-unused = nieużywana
doctor-windows-toasts = wyskakujące powiadomienia Windows (WinRT) z przyciskami Zrobione / Odłóż / Pomiń
doctor-windows-tray = obszar powiadomień
doctor-windows-lock = komunikaty sesji o blokadzie i zasilaniu (WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: przypomnienia czekają
doctor-windows-quiet-off = powłoka przyjmuje powiadomienia (aplikacje pełnoekranowe i tryb prezentacji wstrzymują przypomnienia)
doctor-macos-notifications = Notification Center, bez przycisków
doctor-macos-notifications-fix = odpowiadaj na przypomnienia z paska menu albo poleceniem `deskbreak done|snooze|skip`
doctor-macos-tray = pasek menu
doctor-macos-lock = zablokowany ekran liczy się jako bezczynność; uśpienie jest wykrywane po skoku zegara
doctor-macos-dnd = nie do odczytania: macOS nie informuje aplikacji, czy włączone jest Skupienie
doctor-macos-dnd-fix = wstrzymaj deskbreak na ten czas (`deskbreak pause 1h` albo Wstrzymaj w menu)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = zrobione
outcome-snoozed = odłożone
outcome-skipped = pominięte
outcome-missed = przegapione
outcome-natural = naturalna
outcome-relief = ulga
outcome-drink = woda
outcome-away = odejście
outcome-arrived = przyjście
outcome-stopped = koniec
log-drink =
    { $glasses ->
        [one] { $glasses } szklanka wody
        [few] { $glasses } szklanki wody
        [many] { $glasses } szklanek wody
       *[other] { $glasses } szklanki wody
    }
log-back = powrót po { $span } nieobecności (od { $time })
log-arrived = przy biurku: od tego momentu siedzenie jest mierzone
log-stopped = siedzenie nie jest już mierzone

# Address: informal 2nd person singular "ty" with imperatives (as in GNOME, KDE and Windows in Polish), lowercase pronouns, gender-neutral wording.

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = Stopy płasko na podłodze
    .text = Postaw obie stopy płasko na podłodze lub na podnóżku, jeśli nie sięgają. Zostaw je tak przez kilka najbliższych minut.
    .why = Płasko podparte stopy chronią nogi przed niewygodnymi pozycjami, które uciskają nerwy.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = Kolana pod kątem 90 stopni
    .text = Sprawdź, czy kolana są zgięte pod kątem około 90 stopni. Jeśli nie, podnieś lub obniż krzesło: to zajmie minutę.
    .why = Kąt prosty w kolanach to pozycja przy biurku zalecana w poradniku.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = Monitor na wysokości oczu
    .text = Patrz prosto: górna krawędź ekranu ma być na wysokości oczu. Jeśli nie jest, podnieś monitor lub postaw go na książce.
    .why = Ekran na wysokości oczu zapobiega przeciążeniu szyi, które może pośrednio wpływać na nerwy nóg.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = Oprzyj plecy o krzesło
    .text = Usiądź głęboko, tak aby oparcie podpierało wygięcie dolnej części pleców. Zostań tak przez kilka najbliższych minut.
    .why = Krzesło podpierające naturalną krzywiznę kręgosłupa zmniejsza ucisk na nerwy.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = Siedź prosto, nie garb się
    .text = Siedź prosto, nie garb się i nie przechylaj się na bok ani na podłokietnik. Utrzymaj tę pozycję przez kilka minut.
    .why = Garbienie się i przechylanie utrzymują ciało w niewygodnych pozycjach, które uciskają nerwy.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = Nie zakładaj nogi na nogę
    .text = Jeśli masz nogę na nodze, zdejmij ją i postaw obie stopy na podłodze. Nie zakładaj nogi na nogę przez następne 30 minut.
    .why = Skrzyżowane nogi uciskają nerwy i ograniczają przepływ krwi, gdy siedzisz tak długo.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = Przenieś ciężar ciała
    .text = Przenieś ciężar ciała na krześle: przechyl się lekko na jedno biodro, potem na drugie, po 5 razy na każdą stronę.
    .why = Szybka zmiana pozycji zmniejsza ucisk na nerwy, zanim noga zdrętwieje.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = Rozłóż ciężar, gdy stoisz
    .text = Jeśli pracujesz na stojąco, rozłóż ciężar równo na obie stopy. Potem przez minutę przenoś go z jednej stopy na drugą.
    .why = Równy rozkład ciężaru i częste jego przenoszenie zapobiegają długiemu uciskowi na jedną nogę.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = Poluzuj ciasne ubranie
    .text = Poluzuj ciasny pasek, pas spodni lub ściągacz skarpet i opróżnij wypchaną tylną kieszeń. To zajmie mniej niż minutę.
    .why = Ciasne ubranie może długo uciskać nerw i ograniczać przepływ krwi.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = Nic nie uciska nóg
    .text = Sprawdź, czy nic nie wbija się w uda ani pod kolana, np. krawędź siedziska lub poprzeczka biurka. Popraw to lub odsuń.
    .why = Długotrwały nacisk w niewygodnych pozycjach uciska nerwy i prowadzi do drętwienia.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = Sprawdź buty
    .text = Sprawdź buty: jeśli uciskają w kostce lub na podbiciu, poluzuj sznurówki albo zdejmij buty na kilka minut.
    .why = Zbyt ciasne buty nadmiernie uciskają nerwy w stopach i podudziach.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = Wstań i przejdź się
    .text = Wstań i przejdź się przez minutę lub dwie, do kuchni, do okna lub po biurze, a potem wróć.
    .why = Przerwy w siedzeniu utrzymują przepływ krwi i kończą długi ucisk na nerwy.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = Zrób kilka kroków
    .text = Wstań i zrób 20 kroków po pokoju lub biurze. Nie ruszaj tylko stopą w miejscu.
    .why = Ruch przywraca przepływ krwi i zmniejsza ucisk na nerw.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = Potrząśnij nogami
    .text = Wstań, przytrzymaj się biurka, jeśli chcesz, i delikatnie potrząsaj jedną nogą przez 10 sekund, potem drugą.
    .why = Delikatne potrząsanie pomaga przywrócić przepływ krwi i zmniejsza ucisk na nerw.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = Krążenia stóp
    .text = Unieś lekko jedną stopę i powoli zataczaj nią koła w kostce, 10 razy w każdą stronę. Potem zmień stopę.
    .why = Ruch w kostce pompuje krew i zmniejsza ucisk na nerwy.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = Zginaj i prostuj stopy
    .text = Trzymaj pięty na podłodze, przyciągnij palce stóp do siebie, a potem odchyl je od siebie. Powtórz powoli 15 razy.
    .why = Zginanie i prostowanie kostki pobudza krążenie krwi w podudziu.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = Powolne ugięcia kolan
    .text = Stań za krzesłem, trzymaj oparcie, powoli lekko ugnij kolana, potem je wyprostuj. Zrób 10 powolnych ugięć.
    .why = Powolne ugięcia kolan pomagają pompować krew w nogach.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = Rozciąganie tyłu uda na siedząco
    .text = Usiądź na przedniej części krzesła, wyprostuj jedną nogę i delikatnie sięgaj do palców przez 20 sekund. Zmień nogę.
    .why = Delikatne rozciąganie tyłu ud pobudza krążenie i może zmniejszyć lekki ucisk na nerwy.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = Rozciąganie tyłu uda na stojąco
    .text = Stań, oprzyj piętę na niskim stopniu lub pudełku, noga prosta, delikatnie pochyl się do przodu na 20 sekund. Zmień nogę.
    .why = Rozciąganie tyłu uda pomaga pompować krew i uwolnić lekko uciśnięte nerwy.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = Rozciąganie łydek
    .text = Stań przodem do biurka, oprzyj na nim dłonie, cofnij jedną stopę i dociśnij piętę do podłogi na 20 sekund. Zmień nogę.
    .why = Rozciąganie łydek zmniejsza napięcie mięśni, które może uciskać nerwy.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = Rozciąganie przodu uda
    .text = Stań, trzymając się biurka, ugnij jedno kolano i przytrzymaj stopę za sobą przez 20 sekund. Zmień nogę.
    .why = Rozciąganie przodu uda poprawia gibkość i zmniejsza napięcie mięśni.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = Delikatny skręt tułowia
    .text = Usiądź prosto i powoli skręć tułów w prawo na 15 sekund, pomagając sobie oparciem krzesła. Powtórz w lewo.
    .why = Delikatny skręt poprawia gibkość i zmniejsza napięcie mięśni, które może uciskać nerwy.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = Lekki masaż nóg
    .text = Delikatnie masuj dłońmi uda i łydki małymi okrężnymi ruchami, 30 sekund na każdą nogę. Uciskaj tylko lekko.
    .why = Delikatny masaż pobudza przepływ krwi i przynosi ulgę, gdy wraca czucie.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = Opukaj nogi
    .text = Lekko opukuj uda i łydki opuszkami palców, 20 sekund na każdą nogę.
    .why = Lekkie opukiwanie to delikatny bodziec, który pobudza przepływ krwi.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = Połóż nogi wyżej
    .text = Oprzyj stopy na minutę na niskim pudełku, krześle lub podnóżku i pozwól nogom się rozluźnić.
    .why = Uniesienie nóg pomaga krwi wracać i zmniejsza jej zastój w podudziach.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = Głębokie oddychanie brzuchem
    .text = Weź głęboki wdech nosem, zatrzymaj powietrze na kilka sekund, potem powoli wydychaj ustami. Powtórz 5 razy.
    .why = Powolny oddech pomaga uspokoić układ nerwowy, gdy czujesz napięcie.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = Wypij szklankę wody
    .text = Wypij teraz pełną szklankę wody, jeśli od dłuższego czasu jej nie pijesz.
    .why = Odwodnienie może czasem zwiększać wrażliwość nerwów.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = Napełnij butelkę na wodę
    .text = Napełnij swoją butelkę wielokrotnego użytku i postaw ją na biurku w widocznym miejscu.
    .why = Butelka w zasięgu wzroku przypomina o popijaniu wody przez cały dzień.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = Wypij kilka łyków
    .text = Wypij teraz kilka łyków wody, około ćwierć szklanki.
    .why = Regularne popijanie przez cały dzień jest łatwiejsze niż nadrabianie później.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = W drodze do 8 szklanek
    .text = Wypij szklankę wody i dolicz ją do dzisiejszego celu: 8 szklanek, czyli około 2 litry.
    .why = Woda jest niezbędna dla każdej funkcji organizmu, w tym przewodzenia sygnałów nerwowych.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = Woda zamiast słodkiego napoju
    .text = Tym razem nalej sobie szklankę wody zamiast napoju gazowanego lub soku i wypij ją.
    .why = Słodkie napoje mogą przyczyniać się do odwodnienia, więc woda jest lepszym wyborem.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = Szklanka wody do kawy
    .text = Wypij szklankę wody do następnej kawy lub herbaty albo zamień tę filiżankę na wodę.
    .why = Nadmiar kofeiny może przyczyniać się do odwodnienia.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = Przerwa na wodę
    .text = Wstań, podejdź do kranu lub dystrybutora wody i wypij szklankę wody, zanim znowu usiądziesz.
    .why = Odpowiednie nawodnienie wspiera zdrowie nerwów i otaczających je tkanek.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = Ulga przy zdrętwiałych nogach
relief-step-1 = Zmień pozycję od razu: zdejmij nogę z nogi, przenieś ciężar ciała albo wstań i zrób kilka kroków.
relief-step-2 = Delikatnie zginaj i prostuj stopę w kostce, obracając ją zgodnie z ruchem wskazówek zegara i przeciwnie.
relief-step-3 = Delikatnie potrząśnij nogą, a potem masuj zdrętwiałe miejsce dłonią powolnymi okrężnymi ruchami. Bez mocnego ucisku.
relief-step-4 = Jeśli możesz, unieś nogę trochę wyżej na podnóżku, pudełku lub krześle.
relief-advice = Drętwienie, które nie ustępuje, nasila się albo występuje z osłabieniem lub bólem, powinien ocenić lekarz lub inny pracownik medyczny.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = Nogi zdrętwiały ci { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w ciągu { $days ->
        [one] ostatniego dnia
        [few] ostatnich { $days } dni
        [many] ostatnich { $days } dni
       *[other] ostatnich { $days } dnia
    }.
relief-recent-hours = Nogi zdrętwiały ci { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w ciągu { $hours ->
        [one] ostatniej godziny
        [few] ostatnich { $hours } godzin
        [many] ostatnich { $hours } godzin
       *[other] ostatnich { $hours } godziny
    }.
relief-recent-span = Nogi zdrętwiały ci { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w ciągu ostatnich { $span }.
