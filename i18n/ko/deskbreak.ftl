### deskbreak in Korean. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = 자세
category-movement = 움직임
category-hydration = 수분 섭취
# What a prompt of each category is called while it waits for an answer.
label-posture = 자세 점검
label-movement = 움직이는 휴식
label-hydration = 물 마시는 휴식
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds }초
span-minutes = { $minutes }분
span-hours = { $hours }시간
span-hours-minutes = { $hours }시간 { $minutes }분
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = 월
weekday-tue = 화
weekday-wed = 수
weekday-thu = 목
weekday-fri = 금
weekday-sat = 토
weekday-sun = 일

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label }: 응답 대기 중
glance-back-in = { $label }: { $span } 후 다시 표시
glance-snoozed = { $label }: 미룸
glance-paused-until = { $time }까지 일시 중지됨
glance-paused = 일시 중지됨
# A prompt of no known category that is due.
glance-a-prompt = 리마인더
glance-next = 다음 { $category }: { $span } 후
glance-next-prompt = 다음 리마인더: { $span } 후
glance-none = 예정된 리마인더 없음
glance-typing = { $label }: 입력이 멈추기를 기다리는 중
glance-held = { $label } 보류: { $why }
glance-due = { $label }: 지금 할 시간
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = 방해 금지가 켜져 있음
held-camera = 카메라 사용 중
held-busy = 전체 화면 앱이나 프레젠테이션 실행 중
held-locked = 화면이 잠겨 있음
held-away = 자리를 비움
held-typing = 입력 중
# Today's counts, joined by " · " into $counts.
counts-today = 오늘: { $counts }
count-done = 완료 { $count }
count-snoozed = 미룸 { $count }
count-skipped = 건너뜀 { $count }
count-missed = 놓침 { $count }
count-natural = 자연 휴식 { $count }
count-water = 물 { $glasses }/{ $target }
sitting-under-a-minute = 앉은 지 1분 미만
sitting-for = { $span }째 앉아 있음
sitting-away = 자리를 비움

## `deskbreak status`

status-state = 상태: { $state }
state-waiting = 다음 리마인더를 기다리는 중
state-pending = 리마인더가 응답을 기다리는 중
state-snoozed = 리마인더를 미룸
state-paused = 일시 중지됨
state-inactive = 활동 시간이 아님
status-prompt = 리마인더: { $title } ({ $category }) - { $text }
status-back-at = 다시 표시: { $time }
status-next-due = 다음: { $category }, { $time }부터 대기 중
status-next-due-any = 다음: { $time }부터 대기 중
status-next-at = 다음: { $category }, { $time } ({ $span } 후)
status-next-at-any = 다음: { $time } ({ $span } 후)
status-paused-until = 일시 중지 종료: { $time }
status-held-typing = 보류: 리마인더가 입력이 멈추기를 기다립니다
status-held = 보류: 다음 이유로 리마인더가 기다립니다: { $why }
status-quiet = 조용히: { $why }. 그동안 시간이 된 리마인더는 끝날 때까지 기다립니다
status-sitting-since = { $sitting } ({ $time }부터)
status-sitting-unmeasured = 앉은 시간: 측정 안 됨 (유휴 감지 없음. `deskbreak doctor` 참고)

## The notification of a prompt, and deskbreak's own notifications.

button-done = 완료
# $span is a span such as "10 min".
button-snooze = { $span } 미루기
button-skip = 건너뛰기
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = { $span }째 앉아 있습니다. { $text }
alert-not-recorded = deskbreak: 기록되지 않음
alert-not-recorded-next = { $reason }. 공간을 확보하거나 파일을 고친 다음 다시 선택하세요.
alert-config-not-applied = deskbreak: 설정이 적용되지 않음
alert-cannot-open-config = deskbreak: 설정 파일을 열 수 없음
alert-cannot-open-config-next = { $reason }. 편집기에서 { $path } 파일을 열거나 `deskbreak config edit`을 실행하세요.
alert-cannot-show-statistics = deskbreak: 통계를 표시할 수 없음
alert-cannot-show-statistics-next = { $reason }. 페이지 위치는 { $path }입니다. 브라우저에서 열거나 `deskbreak stats`를 실행하세요.

## The tray's menu (its title and tooltip are the glance above).

menu-done = 완료
menu-snooze = 미루기
menu-skip = 건너뛰기
menu-break-now = 지금 휴식
menu-pause = 일시 중지
menu-resume = 다시 시작
menu-one-hour = 1시간
menu-until-tomorrow = 내일까지
menu-drank-water = 물 한 잔 마셨어요
menu-legs-numb = 다리가 저려요
menu-statistics = 통계…
menu-open-config = 설정 파일 열기
menu-quit = 종료
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: 리마인더가 기다리고 있습니다

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = 리마인더
reply-done = 완료: { $title }.
reply-skipped = 건너뜀: { $title }.
reply-snoozed-for = { $span } 미룸: { $title }. { $time }에 다시 표시합니다.
reply-snoozed-title = 미룸: { $title }.
reply-nothing-before = { $time } 전에는 리마인더가 없습니다.
reply-snoozed = 미뤘습니다.
reply-showing = 표시 중: { $title }.
reply-catalogue-empty = 표시할 리마인더가 없습니다. 리마인더 목록이 비어 있습니다.
reply-paused-until = { $time }까지 일시 중지했습니다.
reply-paused = 일시 중지했습니다.
reply-resumed = 다시 시작했습니다.
reply-relief-on-screen = (화면에도 알림으로 표시됩니다.)
reply-drink = 물 { $glasses }잔을 기록했습니다. 오늘 마신 물: { $water }/{ $target }.
reply-quit = deskbreak가 종료되었습니다.
reply-next = 다음: { $category }, { $time }.
reply-next-prompt = 다음 리마인더: { $time }.
reply-none-scheduled = 예정된 리마인더가 없습니다.
reply-no-status = 데몬이 상태를 보내지 않았습니다
reload-applied = { $path }의 설정을 적용했습니다.
reload-warning = 경고: { $warning }
refused-no-reason = 데몬이 요청을 거부했습니다
refused-nothing-pending = 대기 중인 리마인더가 없습니다
refused-stale = 더 이상 유효하지 않은 알림입니다
refused-not-paused = deskbreak가 일시 중지되어 있지 않습니다
refused-paused = deskbreak가 일시 중지되어 있습니다. 먼저 `deskbreak resume`을 실행하세요
not-recorded = { $path }에 쓸 수 없습니다: { $reason }. 아무것도 기록되지 않았습니다

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $year }년 { $month } { $day }일 { $weekday }
# "Thursday 19 November"
date-day-month = { $month } { $day }일 { $weekday }
weekday-long-mon = 월요일
weekday-long-tue = 화요일
weekday-long-wed = 수요일
weekday-long-thu = 목요일
weekday-long-fri = 금요일
weekday-long-sat = 토요일
weekday-long-sun = 일요일
# Month names as a date writes them (the genitive, where the language has one).
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
percent = { $percent }%
damaged-lines = 손상된 줄 { $count }개를 무시함 ({ $lines }번째 줄)

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from }~{ $to } ({ $days }일)
# The legend of the bars.
chart-done = 완료
chart-snoozed = 미룸
chart-skipped = 건너뜀
chart-missed = 놓침
# Column headings: short, the figures under them are small numbers.
chart-column-done = 완료
chart-column-snoozed = 미룸
chart-column-skipped = 건너뜀
chart-column-missed = 놓침
chart-column-natural = 자연
chart-column-water = 물
chart-column-relief = 저림
chart-sitting-heading = 앉은 시간 (책상에서의 연속 착석, 시작한 날 기준):
chart-sitting-not-measured = 앉은 시간 측정 안 됨
chart-sat = 앉은 시간 { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = 최대 { $longest }, { $count ->
        [0] { $over } 넘는 연속 착석 없음
       *[other] { $over } 넘는 연속 착석 { $count }회
    }
chart-adherence = 완료율 (표시된 리마인더 중 완료한 수):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done }/{ $shown }
chart-average = { $span } (응답 { $answers }회)
chart-no-answers = 응답 없음
chart-average-line = 평균 응답 시간: { $average }
chart-most-skipped-none = 가장 많이 건너뜀: 없음
chart-most-skipped = 가장 많이 건너뜀:
chart-water = 물: { $days }일 동안 { $glasses }잔. 하루 { $target }잔 목표를 달성한 날: { $met }일
chart-relief = 다리 저림: { $count }회
chart-sitting = 앉은 시간: { $sat } ({ $measured }일 측정)
chart-sitting-unmeasured = 앉은 시간: 측정 안 됨
chart-streak = 연속 기록: 리마인더를 { $percent } 이상 완료한 날 { $days }일 연속
chart-damaged = 로그: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] 하루
        [7] 한 주
        [30] 한 달
       *[other] 최근 { $days }일
    }
page-heading = deskbreak와 함께한 { $period }
page-from-to = { $from }~{ $to }
page-lead = 표시된 리마인더 { $shown }개 중 { $done }개를 완료했습니다 ({ $percent }).
page-lead-none = 이 기간에는 표시된 리마인더가 없습니다.
page-empty-heading = 이 기간의 리마인더 없음
page-empty = 로그에 이 기간의 리마인더가 없습니다. deskbreak가 실행 중이었어야 한다면, `deskbreak status`로 실행 여부를, `deskbreak doctor`로 감지할 수 있는 항목을 확인하세요.
card-done = 리마인더 완료율
card-streak-days = { $days }일
card-streak = { $percent } 이상 완료한 연속 일수
card-water-days = { $days }일 중 { $met }일
card-water = 물을 { $glasses } 마신 날
card-sitting = 가장 오래 앉아 있은 시간
card-relief = { $count ->
       *[other] 다리가 저린 횟수
    }
page-relief-heading = 다리 저림
page-relief-none = 이 기간에 기록된 다리 저림이 없습니다.
page-relief-logged = 다리 저림을 { $count }번 기록했습니다: { $days }.
page-relief-recurred = 짧은 기간에 여러 번 다시 나타났습니다.
page-relief-note = 다리가 저리면 자세를 바꾸고, 발목을 움직이고, 다리를 털어 부드럽게 문지른 다음 조금 올리세요. 시스템 트레이 메뉴의 “다리가 저려요”를 누르면 이 단계가 표시되고 기록도 남습니다.
page-unknown = 이 버전이 모르는 종류의 기록: { $count }개 ({ $kinds })
page-damaged = 로그: { $damaged }.
page-made-by = deskbreak { $version }에서 각 리마인더에 어떻게 응답했는지 기록한 로그로 만들었습니다. 같은 수치: `deskbreak stats --json`.
page-not-medical = deskbreak는 의료기기가 아닙니다.
page-prompts-heading = 하루 리마인더
page-prompts-note = 각 막대는 그날 리마인더의 결과를 쌓아 보여 줍니다. 미룬 리마인더는 다시 나타나 다른 구간으로 끝납니다.
page-prompts-chart = 하루 리마인더, 결과별
legend-done = 완료
legend-snoozed = 미룸
legend-skipped = 건너뜀
legend-missed = 놓침 (응답 없음)
legend-natural = 자연 휴식 (자리를 비움)
table-day = 날짜
table-done = 완료
table-snoozed = 미룸
table-skipped = 건너뜀
table-missed = 놓침
table-natural = 자연 휴식
page-categories-heading = 리마인더 종류별 완료
page-categories-chart = 종류별 리마인더 완료 비율
page-category-done = { $shown }개 중 { $done }개 완료 ({ $percent })
page-category-none = 표시된 리마인더 없음
page-skipped-heading = 가장 많이 건너뜀
page-skipped-none = 건너뛴 리마인더가 없습니다.
page-skipped-times = { $count }번 건너뜀
page-water-heading = 물
# $all and $target are "glasses" below.
page-water = 모두 { $all }. 하루 { $target } 목표를 { $days }일 중 { $met }일 달성했습니다.
legend-water-met = 목표 달성
legend-water-below = 목표 미달
page-water-chart = 하루에 마신 물 잔 수와 목표
page-water-of = { $glasses }/{ $target }
page-water-target = 목표 { $target }
glasses = { $count }잔
page-sitting-heading = 앉은 시간
page-sitting-unmeasured = 이 기간에는 앉은 시간을 측정하지 않았습니다. deskbreak는 데스크톱의 유휴 감지로 자리를 비운 것을 알아내는데, 이를 사용할 수 없었습니다(또는 deskbreak가 실행 중이 아니었습니다). `deskbreak doctor`로 감지할 수 있는 항목을 확인하세요.
page-sitting-note = 각 막대는 자연 휴식 없이 책상에 앉아 있던 연속 착석이며, 시작한 날에 표시됩니다. 빈 부분은 휴식이거나 deskbreak가 측정하지 않은 시간입니다.
page-sitting-chart = 하루 연속 착석, 시간대별
legend-sitting = 앉아 있음
legend-longer-than = { $span } 초과
table-longest-stretch = 가장 긴 연속 착석
table-longer-than = { $span } 초과
page-not-measured = 측정 안 됨
page-no-stretch-began = 이날 시작한 연속 착석 없음
page-stretch = { $from }~{ $to }: { $span }
page-longest-stretch = 가장 긴 연속 착석: { $span }, { $date } { $from }~{ $to }.
page-no-stretch = 이 기간에 끝난 연속 착석이 없습니다.
page-no-long-stretch = { $span } 넘는 연속 착석이 없었습니다.
page-long-stretches = { $span } 넘는 연속 착석이 { $count }번 있었습니다. 그 전에 일어나서 움직이세요.
# "19 Nov", under the bars.
date-short = { $month } { $day }일
month-short-1 = 1월
month-short-2 = 2월
month-short-3 = 3월
month-short-4 = 4월
month-short-5 = 5월
month-short-6 = 6월
month-short-7 = 7월
month-short-8 = 8월
month-short-9 = 9월
month-short-10 = 10월
month-short-11 = 11월
month-short-12 = 12월

## Errors of the command line.

client-not-running = deskbreak가 실행 중이 아닙니다({ $socket }에서 응답하는 데몬이 없습니다).
    `deskbreak run`으로 시작하세요.
client-stopped = deskbreak가 중지되었습니다({ $socket }의 데몬이 연결을 닫았습니다)
already-running = deskbreak가 이미 실행 중입니다. `deskbreak quit`으로 중지할 수 있습니다
already-running-pid = deskbreak가 이미 실행 중입니다(PID { $pid }). `deskbreak quit`으로 중지할 수 있습니다

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = 알림
doctor-tray-host = 트레이 호스트
doctor-idle = 유휴 감지
doctor-lock-sleep = 잠금 및 절전
doctor-do-not-disturb = 방해 금지
doctor-logind = logind
doctor-gnome-banners = GNOME배너
doctor-camera = 카메라
doctor-daemon = 데몬
doctor-config = 설정
doctor-log = 로그
doctor-running = 실행 중
doctor-not-running = 실행 중이 아님
doctor-start-it = `deskbreak run`으로 시작하세요
doctor-config-valid = { $path }(유효함)
doctor-config-unwritten = { $path }(아직 작성되지 않음: 데몬이 처음 실행될 때 기본 설정을 작성합니다)
doctor-config-fix = 파일을 수정하세요(`deskbreak config check`로 모든 문제를 확인할 수 있습니다). 데몬은 마지막으로 유효했던 설정을 계속 사용합니다
doctor-log-bytes = { $path }({ $bytes }바이트)
doctor-log-empty = { $path }(아직 비어 있음)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak가 종료되는 중입니다
refused-other-user = 다른 사용자의 연결은 거부됩니다

## Errors of the command line.

client-io = { $socket }의 데몬과 통신하는 중 오류: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = { $path } 설정 파일을 읽을 수 없습니다: { $reason }
config-cannot-write = 기본 설정을 { $path }에 쓸 수 없습니다: { $reason }
config-missing-key = [{ $table }]에 `{ $key }` 키가 없습니다
config-set-twice = `{ $key }` 키가 두 번 설정되었습니다. 하나만 남기세요
config-syntax = TOML 구문 오류: { $error }
# $place below.
config-at-top-level = 최상위
config-in-table = [{ $table }]
config-unknown-key-near = { $place }에 있는 알 수 없는 키 `{ $key }`: 혹시 `{ $near }` 키인가요?
config-unknown-key = { $place }에 있는 알 수 없는 키 `{ $key }`: 사용할 수 있는 키는 { $known }입니다
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } 값은 시간 길이가 아닙니다. "90s", "10m", "1h30m"처럼 쓰세요
value-not-percentage = { $text } 값은 백분율이 아닙니다. "70%"처럼 쓰세요
value-not-cadence = { $text } 값은 간격이 아닙니다. "45m" 같은 시간 길이나 "30m..45m" 같은 범위를 쓰세요
value-not-category = { $text } 값은 종류가 아닙니다. posture, movement, hydration 중 하나를 쓰세요
value-not-day = { $text } 값은 요일이 아닙니다. mon, tue, wed, thu, fri, sat, sun 중 하나를 쓰세요
value-not-hours = { $text } 값은 시간 범위가 아닙니다. "09:00-17:30"처럼 쓰세요
config-no-prompts = 남은 리마인더가 없습니다. 기본 제공 리마인더나 종류를 켜거나 [[prompts.custom]] 항목을 추가하세요
config-language = `language` 값이 "{ $tag }"입니다. deskbreak가 지원하는 언어는 { $known }입니다. 세션 언어를 따르려면 "auto"를 쓰세요
config-under-a-minute = `{ $key }` 값이 { $span }입니다. 1분 미만이면 리마인더가 매우 자주 표시됩니다
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` 값은 { $bounds }여야 합니다
bounds-span = 1초에서 24시간 사이
bounds-relief-window = 1시간에서 1년 사이
bounds-glasses = 1잔에서 50잔 사이
bounds-episodes = 1회에서 100회 사이
bounds-percent = "0%"에서 "100%" 사이
bounds-pause = 1초에서 1분 사이
bounds-wait = 0초(기다리지 않음)에서 1시간 사이
config-max-below-min = `schedule.max_interval`({ $max }) 값이 `schedule.min_interval`({ $min })보다 짧습니다. 적어도 같은 길이로 설정하세요
config-no-days = `schedule.days` 값이 비어 있습니다. 요일을 하나 이상 지정하거나, 대신 deskbreak를 일시 중지하세요
config-no-hours = `schedule.hours` 값이 비어 있습니다. "09:00-17:30" 같은 범위를 하나 이상 지정하세요
config-empty-range = 이 시간 범위는 비어 있습니다. 끝은 시작보다 뒤여야 합니다(범위는 자정을 넘을 수 없습니다)
config-overlap = 이 시간 범위가 다른 범위와 겹칩니다
config-no-order = `prompts.order` 값이 비어 있습니다. 종류를 하나 이상 지정하세요
config-order-twice = `prompts.order`에 { $category } 종류가 두 번 있습니다
config-empty-title = 이 사용자 지정 리마인더의 `title` 값이 비어 있습니다
config-empty-text = 이 사용자 지정 리마인더의 `text` 값이 비어 있습니다. 무엇을 할지 쓰세요
config-bad-id = ID { $id }에는 영문 소문자, 숫자, '.', '-', '_'만 쓸 수 있습니다
config-id-taken = 리마인더 ID { $id }: 이미 사용 중입니다. 이 리마인더에 다른 `id`를 지정하세요
config-range-backwards = `{ $key }`: 범위는 짧은 간격에서 긴 간격 순서로 지정해야 합니다
config-check-warning = 경고: { $path }: { $warning }
editor-cannot-start = { $editor } 편집기를 시작할 수 없습니다: { $reason }
editor-failed = { $editor } 편집기 실행에 실패했습니다({ $status }). 설정은 검사하지 않았습니다
config-edit-kept = 실행 중인 데몬이 있다면 이전 설정을 계속 사용합니다. 파일을 고친 다음 다시 저장하세요.
config-edit-applied = OK: 설정이 유효하며 deskbreak에 적용되었습니다.
config-edit-not-running = OK: 설정이 유효합니다. deskbreak가 실행 중이 아니므로 시작할 때 이 설정을 사용합니다.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = XDG 자동 시작 항목
autostart-kind-unit = systemd 사용자 유닛
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = Run 키 값
autostart-foreign = { $path } 파일이 있지만 deskbreak가 작성한 것이 아니므로 그대로 두었습니다. 다른 곳으로 옮긴 다음 `deskbreak autostart enable`을 다시 실행하세요
autostart-up-to-date = { $kind } { $path }: 이미 최신 상태입니다.
autostart-wrote = { $kind } 작성 완료: { $path }.
autostart-left-alone = { $path } 파일은 그대로 두었습니다. deskbreak가 작성한 것이 아닙니다.
autostart-removed = { $kind } 삭제 완료: { $path }.
autostart-status-foreign = 자동 시작: { $path } 파일이 있지만 deskbreak가 작성한 것이 아닙니다
autostart-status-on = 자동 시작: 켜짐({ $kind } { $path })
autostart-status-written = 자동 시작: 꺼짐. { $kind } { $path }: 작성되었지만 활성화되지 않음
autostart-off = 자동 시작: 꺼짐. `deskbreak autostart enable`로 켤 수 있습니다
autostart-enabled-session = deskbreak가 데스크톱 세션과 함께 다음 명령으로 시작됩니다: { $command }
autostart-enabled-login = 로그인하면 deskbreak가 다음 명령으로 시작됩니다: { $command }
autostart-nothing-to-remove-linux = deskbreak의 자동 시작 항목이나 유닛이 없습니다. 삭제할 것이 없습니다.
autostart-nothing-to-remove-macos = deskbreak의 LaunchAgent가 없습니다. 삭제할 것이 없습니다.
autostart-nothing-to-remove-windows = deskbreak의 Run 키 값이 없습니다. 삭제할 것이 없습니다.
autostart-systemd-elsewhere = --systemd는 Linux용입니다. macOS에서는 빼세요
autostart-unit-enable-hint = 데스크톱 세션에서 `systemctl --user enable { $unit }` 명령을 실행하면 활성화됩니다.
autostart-no-user-manager = 응답하는 systemd 사용자 관리자가 없어서(systemctl --user: { $reason }) { $unit } 유닛은 작성되었지만 활성화되지 않았습니다. 데스크톱 세션에서 `systemctl --user enable { $unit }` 명령을 실행하세요
autostart-enable-failed = `systemctl --user enable { $unit }` 실패: { $reason }
autostart-unit-enabled = `systemctl --user enable` 명령으로 { $unit } 유닛을 활성화했습니다. 그래픽 세션과 함께 시작됩니다(지금 시작하려면 `systemctl --user start deskbreak`).
autostart-removed-link = 링크를 삭제했습니다: { $link }.
autostart-run-foreign = { $value } 값이 있지만 deskbreak가 작성한 것이 아니므로 그대로 두었습니다
autostart-run-set = { $value } 값을 설정했습니다: { $data }. 로그인하면 deskbreak가 시작됩니다.
autostart-no-windowless = { $exe } 옆에 { $windowless } 파일이 없어서 로그인할 때 콘솔 창이 열립니다. `cargo install --path . --features windowless` 명령으로 빌드한 다음 다시 활성화하세요.
autostart-run-removed = 삭제했습니다: { $value }.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = { $program } 프로그램을 실행할 수 없습니다({ $reason })
open-no-application = 이 파일을 여는 애플리케이션이 없습니다({ $program }: { $status })
open-failed = { $program } 실행 실패({ $reason })
open-no-program = 이 파일을 열 프로그램이 설치되어 있지 않습니다(시도한 프로그램: { $tried }){ $hint }
open-hint-debian = ; Debian 및 Ubuntu에서는: sudo apt install xdg-utils
report-too-long = 보고서에는 최대 { $max }일(1년)까지 표시됩니다. 더 긴 기간은 `deskbreak stats --days { $days }` 명령으로 합산하세요
report-cannot-open = 브라우저에서 보고서를 열 수 없습니다: { $reason }. 페이지 위치는 { $path }입니다. 브라우저에서 여세요.
report-cannot-write = 보고서를 { $path }에 쓸 수 없습니다
cannot-read = { $path } 파일을 읽을 수 없습니다: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = 세션 버스에서 알림 서버(데스크톱 기본 서버 또는 dunst / mako)를 시작하세요
doctor-no-session-bus = D-Bus 세션 버스가 없습니다(DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version }({ $vendor }); 기능: { $capabilities }
doctor-no-buttons = 이 서버는 버튼을 표시하지 않습니다. `deskbreak done|snooze|skip` 명령으로 응답하세요
doctor-no-notification-server = 응답하는 알림 서버가 없습니다
doctor-tray-present = StatusNotifierWatcher가 있습니다
doctor-tray-none = 없음
doctor-tray-fix = 트레이 항목을 표시하는 패널이 없습니다(GNOME에는 AppIndicator 확장이 필요합니다). 알림과 명령줄은 계속 작동합니다
doctor-no-idle = 유휴 감지 소스가 없습니다. 리마인더는 일반 일정대로 표시됩니다. GNOME, ext-idle-notify-v1을 지원하는 Wayland 컴포지터(KDE Plasma, sway 1.8 이상, Hyprland 등) 또는 org_kde_kwin_idle(Plasma 5.27 이전, sway 1.7 이하), X11을 지원합니다. 그 밖의 환경에서는 데스크톱이 설정하는 경우 logind의 IdleHint를 사용합니다
doctor-logind-reachable = 연결 가능(잠자기와 화면 잠금을 감지함)
doctor-logind-unreachable = 연결할 수 없음
doctor-logind-fix = logind가 없으면 화면 잠금을 감지하지 못합니다. 절전 모드는 시계가 건너뛴 것으로 계속 감지합니다
doctor-dnd-on = 켜짐(알림 서버의 Inhibited): 꺼질 때까지 리마인더가 기다립니다
doctor-dnd-off = 꺼짐(알림 서버의 Inhibited)
doctor-dnd-unknown = 알림 서버가 알려 주지 않음
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = 따르지 않음: { $why }
doctor-banners-hidden = 숨김(GNOME의 방해 금지; { $why }): 표시될 때까지 리마인더가 기다립니다
doctor-banners-shown = 표시됨({ $why })
doctor-banners-unavailable = 사용할 수 없음(GNOME 설정 없음: gsettings에 org.gnome.desktop.notifications가 없음)
doctor-idle-source = { $name }({ $how })
doctor-idle-dbus-events = D-Bus, 이벤트
doctor-idle-compositor-events = 컴포지터 이벤트
doctor-idle-polled = 최대 1분에 한 번 조회
doctor-idle-none = 없음
doctor-banners-gnome-shell = GNOME Shell이 알림을 표시합니다
doctor-banners-other-server = 알림 서버가 GNOME Shell이 아니라 { $server }입니다
doctor-banners-gnome-session = GNOME 세션(아직 응답하는 알림 서버가 없음)
doctor-banners-elsewhere = GNOME 세션이 아니며 응답하는 알림 서버도 없음
doctor-banners-no-session-bus = 세션 버스 없음
doctor-camera-in-use = 사용 중: 리마인더가 기다립니다
doctor-camera-unused = 사용 안 함
doctor-windows-toasts = Windows 토스트 알림(WinRT), 완료 / 미루기 / 건너뛰기 버튼 포함
doctor-windows-tray = 알림 영역
doctor-windows-lock = 세션 잠금 및 전원 메시지(WTSRegisterSessionNotification, WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: 리마인더가 기다립니다
doctor-windows-quiet-off = 셸이 알림을 받고 있습니다(전체 화면 앱과 프레젠테이션 모드에서는 리마인더를 보류합니다)
doctor-macos-notifications = Notification Center, 버튼 없음
doctor-macos-notifications-fix = 메뉴 막대나 `deskbreak done|snooze|skip` 명령으로 리마인더에 응답하세요
doctor-macos-tray = 메뉴 막대
doctor-macos-lock = 화면이 잠기면 유휴 상태로 봅니다. 잠자기는 시계가 건너뛴 것으로 감지합니다
doctor-macos-dnd = 읽을 수 없음: macOS는 집중 모드가 켜져 있는지 앱에 알려 주지 않습니다
doctor-macos-dnd-fix = 그동안 deskbreak를 일시 중지하세요(`deskbreak pause 1h` 또는 메뉴의 일시 중지)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = 완료
outcome-snoozed = 미룸
outcome-skipped = 건너뜀
outcome-missed = 놓침
outcome-natural = 자연 휴식
outcome-relief = 저림
outcome-drink = 물
outcome-away = 자리 비움
outcome-arrived = 착석
outcome-stopped = 측정 중지
log-drink = 물 { $glasses }잔
log-back = { $span } 동안 자리를 비운 뒤 돌아옴({ $time }부터)
log-arrived = 자리에 앉음: 여기서부터 앉은 시간을 측정합니다
log-stopped = 앉은 시간을 더 이상 측정하지 않음

# Style: 존댓말. 지시는 "~하세요", 이유 설명은 "~합니다/~습니다"체로 통일. 제목은 짧은 명사형. 문장 부호는 한국어 관례대로 반각(. ,).

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = 두 발을 바닥에 평평하게
    .text = 두 발을 바닥에 평평하게 놓으세요. 닿지 않으면 발 받침에 놓으세요. 앞으로 몇 분간 그대로 두세요.
    .why = 발을 평평하게 받치면 다리가 신경을 누르는 불편한 자세를 피할 수 있습니다.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = 무릎은 90도로
    .text = 무릎이 약 90도로 굽었는지 확인하고, 그렇게 되도록 의자 높이를 조절하세요. 1분이면 됩니다.
    .why = 무릎을 직각으로 두는 것이 가이드가 권장하는 책상 자세입니다.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = 모니터는 눈높이에
    .text = 정면을 보세요. 화면 위쪽 끝이 눈높이에 오도록 모니터를 올리거나 책 위에 놓으세요.
    .why = 눈높이의 화면은 목의 부담을 막습니다. 목의 부담은 다리 신경에 간접적으로 영향을 줄 수 있습니다.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = 의자에 등 기대기
    .text = 의자 깊숙이 앉아 등받이가 허리 곡선을 받치게 하세요. 앞으로 몇 분간 이 자세를 유지하세요.
    .why = 척추의 자연스러운 곡선을 받쳐 주는 의자는 신경의 압박을 덜어 줍니다.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = 구부리지 말고 바로 앉기
    .text = 앞으로 구부리거나 한쪽이나 팔걸이에 기대지 말고 바로 앉으세요. 앞으로 몇 분간 이 자세를 유지하세요.
    .why = 구부리거나 기댄 자세는 몸을 신경을 누르는 불편한 자세에 머물게 합니다.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = 다리 꼬지 않기
    .text = 다리를 꼬고 있다면 풀고 두 발을 바닥에 놓으세요. 앞으로 30분간 다리를 꼬지 마세요.
    .why = 다리를 오래 꼬고 있으면 신경이 눌리고 혈액 순환이 방해됩니다.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = 체중 옮기기
    .text = 의자에서 체중을 옮기세요. 한쪽 엉덩이에 살짝 기댔다가 반대쪽으로, 한쪽에 5번씩 하세요.
    .why = 자세를 바로 바꾸면 다리가 저리기 전에 신경의 압박이 풀립니다.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = 서 있을 때 체중을 고르게
    .text = 서서 일한다면 두 발에 체중을 고르게 실으세요. 그런 다음 1분간 한 발에서 다른 발로 번갈아 체중을 옮기세요.
    .why = 체중을 고르게 싣고 자주 옮기면 서 있는 동안 한쪽 다리가 오래 눌리지 않습니다.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = 조이는 것 풀기
    .text = 꽉 끼는 벨트, 허리춤, 양말 목을 느슨하게 하고 불룩한 뒷주머니를 비우세요. 1분도 안 걸립니다.
    .why = 꽉 끼는 옷은 신경을 오래 누르고 혈액 순환을 방해할 수 있습니다.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = 다리를 누르는 것 없애기
    .text = 의자 가장자리나 책상 가로대처럼 허벅지나 무릎 뒤를 누르는 것이 없는지 확인하고, 조절하거나 치우세요.
    .why = 불편한 자세로 압박이 계속되면 신경이 눌려 저림이 생깁니다.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = 신발 확인
    .text = 신발을 확인하세요. 발목이나 발등이 조이면 끈을 느슨하게 하거나 몇 분간 벗어 두세요.
    .why = 너무 꽉 끼는 신발은 발과 종아리 신경에 불필요한 압박을 줍니다.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = 일어나서 걷기
    .text = 일어나서 부엌, 창가 또는 사무실 주변을 1~2분 걸은 뒤 돌아오세요.
    .why = 오래 앉아 있기를 끊으면 혈액 순환이 유지되고 신경이 오래 눌리지 않습니다.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = 몇 걸음 걷기
    .text = 일어나서 방이나 사무실 안을 20걸음 걸으세요. 제자리에서 발만 움직이지 마세요.
    .why = 걸어 다니면 혈액 순환이 돌아오고 신경의 압박이 풀립니다.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = 다리 털기
    .text = 일어나서, 원하면 책상을 잡고, 한쪽 다리를 10초간 부드럽게 턴 다음 다른 쪽도 터세요.
    .why = 부드럽게 털면 혈액 순환이 돌아오는 데 도움이 되고 신경의 압박이 풀립니다.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = 발목 돌리기
    .text = 한쪽 발을 살짝 들고 발목을 천천히 돌리세요. 양방향으로 10번씩 돌린 뒤 발을 바꾸세요.
    .why = 발목을 움직이면 혈액이 순환되고 신경의 압박이 줄어듭니다.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = 발끝 당기고 펴기
    .text = 발뒤꿈치를 바닥에 댄 채 발끝을 몸 쪽으로 당겼다가 앞으로 쭉 펴세요. 천천히 15번 반복하세요.
    .why = 발목을 굽혔다 펴면 종아리의 혈액 순환이 촉진됩니다.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = 천천히 무릎 굽히기
    .text = 의자 뒤에 서서 등받이를 잡고, 무릎을 천천히 살짝 굽혔다 펴세요. 천천히 10번 하세요.
    .why = 천천히 무릎을 굽히면 다리의 혈액 순환에 도움이 됩니다.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = 앉아서 허벅지 뒤 스트레칭
    .text = 의자 앞쪽에 앉아 한쪽 다리를 뻗고, 발끝 쪽으로 20초간 부드럽게 손을 뻗으세요. 다리를 바꾸세요.
    .why = 허벅지 뒤를 부드럽게 늘이면 혈액 순환이 촉진되고 가벼운 신경 압박이 줄 수 있습니다.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = 서서 허벅지 뒤 스트레칭
    .text = 서서 한쪽 발뒤꿈치를 낮은 계단이나 상자에 올리고, 다리를 편 채 20초간 부드럽게 몸을 숙이세요. 다리를 바꾸세요.
    .why = 허벅지 뒤를 늘이면 혈액 순환을 돕고 가벼운 신경 눌림이 풀립니다.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = 종아리 스트레칭
    .text = 책상을 마주 보고 서서 두 손을 얹고, 한 발을 뒤로 빼 그 발뒤꿈치를 20초간 바닥에 누르세요. 다리를 바꾸세요.
    .why = 종아리를 늘이면 신경을 누를 수 있는 근육 긴장이 줄어듭니다.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = 허벅지 앞 스트레칭
    .text = 책상을 잡고 서서 한쪽 무릎을 굽혀 그 발을 뒤에서 20초간 잡으세요. 다리를 바꾸세요.
    .why = 허벅지 앞을 늘이면 유연성이 좋아지고 근육 긴장이 풀립니다.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = 부드러운 척추 비틀기
    .text = 바르게 앉아 등받이를 이용해 상체를 천천히 오른쪽으로 15초간 돌리세요. 왼쪽으로도 하세요.
    .why = 부드럽게 비틀면 유연성이 좋아지고 신경을 누를 수 있는 근육 긴장이 줄어듭니다.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = 가벼운 다리 마사지
    .text = 손바닥으로 허벅지와 종아리를 작은 원을 그리며 부드럽게 문지르세요. 다리마다 30초, 가볍게 누르세요.
    .why = 부드러운 마사지는 혈액 순환을 돕고, 감각이 돌아올 때 편안함을 줍니다.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = 다리 두드리기
    .text = 손끝으로 허벅지와 종아리를 다리마다 20초간 가볍게 두드리세요.
    .why = 가볍게 두드리면 부드러운 자극이 되어 혈액 순환을 돕습니다.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = 발 올리기
    .text = 낮은 상자, 의자 또는 발 받침에 1분간 발을 올리고 다리의 힘을 빼세요.
    .why = 다리를 올리면 혈액이 잘 돌아오고 종아리에 피가 고이는 것이 줄어듭니다.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = 깊은 복식 호흡
    .text = 코로 깊이 숨을 들이쉬고 몇 초간 멈춘 뒤 입으로 천천히 내쉬세요. 5번 반복하세요.
    .why = 긴장될 때 천천히 호흡하면 신경계를 진정시키는 데 도움이 됩니다.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = 물 한 잔 마시기
    .text = 한동안 물을 마시지 않았다면 지금 물 한 잔을 가득 따라 마시세요.
    .why = 탈수는 때때로 신경을 더 예민하게 만들 수 있습니다.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = 물병 채우기
    .text = 다회용 물병에 물을 채워 책상 위 잘 보이는 곳에 두세요.
    .why = 물병이 눈에 보이면 하루 종일 물을 조금씩 마시게 됩니다.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = 물 몇 모금
    .text = 지금 물을 몇 모금, 약 1/4잔 마시세요.
    .why = 하루 종일 꾸준히 조금씩 마시는 것이 나중에 몰아 마시는 것보다 쉽습니다.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = 하루 8잔 채우기
    .text = 물 한 잔을 마시고, 오늘의 목표인 8잔(약 2리터)에 포함해 세세요.
    .why = 물은 신경 신호 전달을 포함한 모든 신체 기능에 꼭 필요합니다.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = 단 음료 대신 물
    .text = 이번에는 탄산음료나 주스 대신 물 한 잔을 따라 마시세요.
    .why = 단 음료는 탈수의 원인이 될 수 있으므로 물이 더 좋습니다.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = 커피와 함께 물 한 잔
    .text = 다음 커피나 차를 마실 때 물도 한 잔 함께 마시거나, 그 잔을 물로 바꾸세요.
    .why = 카페인을 지나치게 섭취하면 탈수의 원인이 될 수 있습니다.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = 물 마시는 휴식
    .text = 일어나서 수도꼭지나 정수기까지 걸어가 물 한 잔을 마신 뒤 다시 앉으세요.
    .why = 수분을 충분히 섭취하면 신경과 그 주변 조직의 건강을 지키는 데 도움이 됩니다.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = 다리 저림 풀기
relief-step-1 = 지금 자세를 바꾸세요. 꼰 다리를 풀거나, 체중을 옮기거나, 일어나서 몇 걸음 걸으세요.
relief-step-2 = 발목을 부드럽게 굽혔다 펴고, 발을 시계 방향과 반시계 방향으로 돌리세요.
relief-step-3 = 다리를 부드럽게 턴 다음, 저린 부위를 손바닥으로 천천히 원을 그리며 문지르세요. 세게 누르지 마세요.
relief-step-4 = 가능하면 발 받침, 상자 또는 의자에 다리를 올려 조금 높이세요.
relief-advice = 저림이 계속되거나 심해지거나, 힘이 빠지거나 통증이 함께 있으면 의료 전문가의 진료를 받으세요.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = 최근 { $days }일 동안 다리가 { $times }번 저렸습니다.
relief-recent-hours = 최근 { $hours }시간 동안 다리가 { $times }번 저렸습니다.
relief-recent-span = 최근 { $span } 동안 다리가 { $times }번 저렸습니다.
