### deskbreak in Japanese. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = 姿勢
category-movement = 運動
category-hydration = 水分補給
# What a prompt of each category is called while it waits for an answer.
label-posture = 姿勢チェック
label-movement = 運動の休憩
label-hydration = 水分補給の休憩
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds }秒
span-minutes = { $minutes }分
span-hours = { $hours }時間
span-hours-minutes = { $hours }時間{ $minutes }分
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = 月
weekday-tue = 火
weekday-wed = 水
weekday-thu = 木
weekday-fri = 金
weekday-sat = 土
weekday-sun = 日

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label }：応答待ち
glance-back-in = { $label }：{ $span }後に再通知
glance-snoozed = { $label }：再通知待ち
glance-paused-until = { $time }まで一時停止中
glance-paused = 一時停止中
# A prompt of no known category that is due.
glance-a-prompt = リマインダー
glance-next = 次の{ $category }まで{ $span }
glance-next-prompt = 次のリマインダーまで{ $span }
glance-none = 予定されたリマインダーはありません
glance-typing = { $label }：入力の区切りを待っています
glance-held = { $label }を保留中：{ $why }
glance-due = { $label }の時間です
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = 応答不可がオンです
held-camera = カメラが使用中です
held-busy = 全画面アプリやプレゼンテーションが通知を控えるよう求めています
held-locked = 画面がロックされています
held-away = 席を離れています
held-typing = 入力中です
# Today's counts, joined by " · " into $counts.
counts-today = 今日：{ $counts }
count-done = 完了{ $count }
count-snoozed = 再通知{ $count }
count-skipped = スキップ{ $count }
count-missed = 見逃し{ $count }
count-natural = 自然な休憩{ $count }
count-water = 水{ $glasses }/{ $target }
sitting-under-a-minute = 着席して1分未満
sitting-for = 着席して{ $span }
sitting-away = 席を離れています

## `deskbreak status`

status-state = 状態：{ $state }
state-waiting = 次のリマインダーを待っています
state-pending = リマインダーが応答を待っています
state-snoozed = リマインダーが再通知待ちです
state-paused = 一時停止中
state-inactive = 活動時間外
status-prompt = リマインダー：{ $title }（{ $category }）- { $text }
status-back-at = 再通知：{ $time }
status-next-due = 次：{ $category }（{ $time }から待機中）
status-next-due-any = 次：{ $time }から待機中
status-next-at = 次：{ $time }に{ $category }（{ $span }後）
status-next-at-any = 次：{ $time }（{ $span }後）
status-paused-until = 一時停止の終了：{ $time }
status-held-typing = 保留中：リマインダーは入力の区切りを待っています
status-held = 保留中：次の理由でリマインダーが待機しています：{ $why }
status-quiet = 通知を控えています：{ $why }。この間に時間になったリマインダーは、終わるまで待機します
status-sitting-since = { $sitting }（{ $time }から）
status-sitting-unmeasured = 着席：計測していません（離席を検出できません。`deskbreak doctor` を参照してください）

## The notification of a prompt, and deskbreak's own notifications.

button-done = 完了
# $span is a span such as "10 min".
button-snooze = { $span }後に再通知
button-skip = スキップ
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = { $span }座り続けています。{ $text }
alert-not-recorded = deskbreak：記録されませんでした
alert-not-recorded-next = { $reason }。空き容量を確保するか、ファイルを修正してから、もう一度選んでください。
alert-config-not-applied = deskbreak：設定が適用されませんでした
alert-cannot-open-config = deskbreak：設定ファイルを開けません
alert-cannot-open-config-next = { $reason }。エディターで { $path } を開くか、`deskbreak config edit` を実行してください。
alert-cannot-show-statistics = deskbreak：統計を表示できません
alert-cannot-show-statistics-next = { $reason }。ページは { $path } です。ブラウザーで開くか、`deskbreak stats` を実行してください。

## The tray's menu (its title and tooltip are the glance above).

menu-done = 完了
menu-snooze = 再通知
menu-skip = スキップ
menu-break-now = 今すぐ休憩
menu-pause = 一時停止
menu-resume = 再開
menu-one-hour = 1時間
menu-until-tomorrow = 明日まで
menu-drank-water = 水を1杯飲んだ
menu-legs-numb = 脚がしびれた
menu-statistics = 統計…
menu-open-config = 設定ファイルを開く
menu-quit = 終了
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak：リマインダーが応答を待っています

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = リマインダー
reply-done = 完了しました：{ $title }。
reply-skipped = スキップしました：{ $title }。
reply-snoozed-for = { $title }を{ $span }後に再通知します（{ $time }）。
reply-snoozed-title = { $title }を再通知に設定しました。
reply-nothing-before = { $time }より前のリマインダーはありません。
reply-snoozed = 再通知に設定しました。
reply-showing = 表示中：{ $title }。
reply-catalogue-empty = 表示するリマインダーがありません。リマインダーの一覧が空です。
reply-paused-until = { $time }まで一時停止しました。
reply-paused = 一時停止しました。
reply-resumed = 再開しました。
reply-relief-on-screen = （画面にも通知として表示しています。）
reply-drink = 水{ $glasses }杯を記録しました。今日の水：{ $water }/{ $target }。
reply-quit = deskbreakを終了しました。
reply-next = 次：{ $time }に{ $category }。
reply-next-prompt = 次のリマインダー：{ $time }。
reply-none-scheduled = 予定されたリマインダーはありません。
reply-no-status = デーモンから状態が返されませんでした
reload-applied = { $path } の設定を適用しました。
reload-warning = 警告：{ $warning }
refused-no-reason = デーモンが要求を拒否しました
refused-nothing-pending = 応答待ちのリマインダーはありません
refused-stale = その通知はもう有効ではありません
refused-not-paused = deskbreakは一時停止していません
refused-paused = deskbreakは一時停止中です。先に `deskbreak resume` を実行してください
not-recorded = { $path } に書き込めませんでした：{ $reason }。何も記録されていません

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $year }年{ $month }{ $day }日（{ $weekday }）
# "Thursday 19 November"
date-day-month = { $month }{ $day }日（{ $weekday }）
weekday-long-mon = 月曜日
weekday-long-tue = 火曜日
weekday-long-wed = 水曜日
weekday-long-thu = 木曜日
weekday-long-fri = 金曜日
weekday-long-sat = 土曜日
weekday-long-sun = 日曜日
# Month names as a date writes them (the genitive, where the language has one).
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
percent = { $percent }%
damaged-lines = 破損した{ $count }行を読み飛ばしました（{ $lines }行目）

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from }～{ $to }（{ $days }日間）
# The legend of the bars.
chart-done = 完了
chart-snoozed = 再通知
chart-skipped = スキップ
chart-missed = 見逃し
# Column headings: short, the figures under them are small numbers.
chart-column-done = 完了
chart-column-snoozed = 再通知
chart-column-skipped = スキップ
chart-column-missed = 見逃し
chart-column-natural = 自然
chart-column-water = 水
chart-column-relief = しびれ
chart-sitting-heading = 着席（机での連続着席、開始した日に計上）：
chart-sitting-not-measured = 着席は計測なし
chart-sat = 着席{ $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = 最長{ $longest }、{ $count ->
        [0] { $over }を超える連続着席なし
       *[other] { $over }を超える連続着席{ $count }回
    }
chart-adherence = 実施率（表示されたリマインダーのうち完了した数）：
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done }/{ $shown }
chart-average = { $span }（応答{ $answers }件）
chart-no-answers = 応答なし
chart-average-line = 平均応答時間：{ $average }
chart-most-skipped-none = 最も多くスキップ：なし
chart-most-skipped = 最も多くスキップ：
chart-water = 水：{ $days }日間で{ $glasses }杯。1日{ $target }杯の目標を達成した日：{ $met }日
chart-relief = 脚のしびれ：{ $count }回
chart-sitting = 着席：{ $sat }（{ $measured }日分を計測）
chart-sitting-unmeasured = 着席：計測なし
chart-streak = 連続記録：リマインダーの{ $percent }以上を完了した日が{ $days }日連続
chart-damaged = ログ：{ $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] 今日
        [7] この1週間
        [30] この1か月
       *[other] 直近{ $days }日間
    }
page-heading = deskbreakと過ごした{ $period }
page-from-to = { $from }～{ $to }
page-lead = 表示された{ $shown }件のリマインダーのうち、{ $done }件を完了しました（{ $percent }）。
page-lead-none = この期間にはリマインダーが表示されませんでした。
page-empty-heading = この期間のリマインダーはありません
page-empty = この期間のリマインダーはログにありません。deskbreakが動いていたはずなら、`deskbreak status` で動作中かどうか、`deskbreak doctor` で何を検出できるかを確認できます。
card-done = リマインダー完了率
card-streak-days = { $days }日
card-streak = { $percent }以上を完了した連続日数
card-water-days = { $days }日中{ $met }日
card-water = 水を{ $glasses }飲んだ日
card-sitting = 最長の着席時間
card-relief = { $count ->
       *[other] 脚がしびれた回数
    }
page-relief-heading = 脚のしびれ
page-relief-none = この期間に脚のしびれは記録されていません。
page-relief-logged = 脚のしびれを{ $count }回記録しました：{ $days }。
page-relief-recurred = 短期間に何度も繰り返しました。
page-relief-note = 脚がしびれたら：姿勢を変え、足首を動かし、脚を振ってやさしくさすり、少し高くしてください。通知領域のアイコンのメニュー「脚がしびれた」でこの手順が表示され、記録も残ります。
page-unknown = このバージョンが認識できない種類の記録：{ $count }件（{ $kinds }）
page-damaged = ログ：{ $damaged }。
page-made-by = deskbreak { $version }が、各リマインダーへの対応の記録から作成しました。同じ数値：`deskbreak stats --json`。
page-not-medical = deskbreakは医療機器ではありません。
page-prompts-heading = 1日あたりのリマインダー
page-prompts-note = 各バーはその日のリマインダーの結果を積み重ねたものです。再通知したリマインダーは再び表示され、別の区分に入ります。
page-prompts-chart = 1日あたりのリマインダー（結果別）
legend-done = 完了
legend-snoozed = 再通知
legend-skipped = スキップ
legend-missed = 見逃し（応答なし）
legend-natural = 自然な休憩（席を離れていた）
table-day = 日
table-done = 完了
table-snoozed = 再通知
table-skipped = スキップ
table-missed = 見逃し
table-natural = 自然な休憩
page-categories-heading = 種類別の完了
page-categories-chart = 種類別のリマインダー完了率
page-category-done = { $shown }件中{ $done }件完了（{ $percent }）
page-category-none = 表示されたリマインダーなし
page-skipped-heading = よくスキップしたもの
page-skipped-none = スキップしたリマインダーはありません。
page-skipped-times = { $count }回スキップ
page-water-heading = 水
# $all and $target are "glasses" below.
page-water = 合計{ $all }。1日{ $target }の目標を{ $days }日中{ $met }日達成しました。
legend-water-met = 目標達成
legend-water-below = 目標未満
page-water-chart = 1日あたりの水の杯数と目標
page-water-of = { $glasses }/{ $target }
page-water-target = 目標{ $target }
glasses = { $count }杯
page-sitting-heading = 着席
page-sitting-unmeasured = この期間は着席を計測していません。deskbreakはデスクトップの離席検出で席を離れたことを知りますが、それが利用できなかった（またはdeskbreakが動いていなかった）ためです。`deskbreak doctor` で何を検出できるかを確認できます。
page-sitting-note = 各バーは自然な休憩をはさまない机での連続着席で、開始した日に表示されます。すき間は休憩、またはdeskbreakが計測しなかった時間です。
page-sitting-chart = 1日ごとの連続着席（時間帯別）
legend-sitting = 着席
legend-longer-than = { $span }超
table-longest-stretch = 最長の連続着席
table-longer-than = { $span }超
page-not-measured = 計測なし
page-no-stretch-began = この日に始まった連続着席なし
page-stretch = { $from }～{ $to }：{ $span }
page-longest-stretch = 最長の連続着席：{ $span }（{ $date }、{ $from }～{ $to }）。
page-no-stretch = この期間に終わった机での連続着席はありません。
page-no-long-stretch = { $span }を超えた連続着席はありません。
page-long-stretches = { $span }を超えた連続着席が{ $count }回ありました。その前に立ち上がって体を動かしてください。
# "19 Nov", under the bars.
date-short = { $month }{ $day }日
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月

## Errors of the command line.

client-not-running = deskbreak は実行されていません（{ $socket } で応答するデーモンがありません）。
    `deskbreak run` で起動してください。
client-stopped = deskbreak が停止しました（{ $socket } のデーモンが接続を閉じました）
already-running = deskbreak はすでに実行中です。`deskbreak quit` で停止できます
already-running-pid = deskbreak はすでに実行中です（PID { $pid }）。`deskbreak quit` で停止できます

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = 通知
doctor-tray-host = トレイホスト
doctor-idle = アイドル検出
doctor-lock-sleep = ロックと休止
doctor-do-not-disturb = 応答不可
doctor-logind = logind
doctor-gnome-banners = GNOME通知
doctor-camera = カメラ
doctor-daemon = デーモン
doctor-config = 設定
doctor-log = ログ
doctor-running = 実行中
doctor-not-running = 停止中
doctor-start-it = `deskbreak run` で起動してください
doctor-config-valid = { $path }（有効）
doctor-config-unwritten = { $path }（未作成：初回起動時にデーモンが既定の設定を書き込みます）
doctor-config-fix = ファイルを修正してください（`deskbreak config check` ですべての問題を確認できます）。デーモンは最後に有効だった設定を使い続けます
doctor-log-bytes = { $path }（{ $bytes } バイト）
doctor-log-empty = { $path }（まだ空です）

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak は終了処理中です
refused-other-user = 別のユーザーからの接続は拒否されます

## Errors of the command line.

client-io = { $socket } のデーモンとの通信中にエラーが発生しました：{ $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = 設定ファイル { $path } を読み込めません：{ $reason }
config-cannot-write = 既定の設定を { $path } に書き込めません：{ $reason }
config-missing-key = [{ $table }] にキー `{ $key }` がありません
config-set-twice = `{ $key }` が2回設定されています。1つだけ残してください
config-syntax = TOML の構文エラー：{ $error }
# $place below.
config-at-top-level = 最上位
config-in-table = [{ $table }] 内
config-unknown-key-near = { $place }の不明なキー `{ $key }`：`{ $near }` のことですか？
config-unknown-key = { $place }の不明なキー `{ $key }`：使用できるキーは { $known } です
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } は時間の長さではありません。"90s"、"10m"、"1h30m" のように書いてください
value-not-percentage = { $text } はパーセンテージではありません。"70%" のように書いてください
value-not-cadence = { $text } は間隔ではありません。"45m" のような時間の長さか、"30m..45m" のような範囲を書いてください
value-not-category = { $text } は種類ではありません。posture、movement、hydration のいずれかを書いてください
value-not-day = { $text } は曜日ではありません。mon、tue、wed、thu、fri、sat、sun のいずれかを書いてください
value-not-hours = { $text } は時間帯ではありません。"09:00-17:30" のように書いてください
config-no-prompts = リマインダーが1つも残っていません。組み込みのリマインダーか種類を有効にするか、[[prompts.custom]] の項目を追加してください
config-language = `language` が "{ $tag }" になっています。deskbreak が対応している言語は { $known } です。セッションの言語に合わせるには "auto" を指定してください
config-under-a-minute = `{ $key }` が { $span } です。1分未満のため、リマインダーが非常に頻繁に表示されます
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` は{ $bounds }にしてください
bounds-span = 1秒以上24時間以下
bounds-relief-window = 1時間以上1年以下
bounds-glasses = 1杯以上50杯以下
bounds-episodes = 1回以上100回以下
bounds-percent = "0%" から "100%" までの範囲
bounds-pause = 1秒以上1分以下
bounds-wait = 0秒（待たない）以上1時間以下
config-max-below-min = `schedule.max_interval`（{ $max }）が `schedule.min_interval`（{ $min }）より短くなっています。少なくとも同じ長さにしてください
config-no-days = `schedule.days` が空です。曜日を1つ以上指定するか、代わりに deskbreak を一時停止してください
config-no-hours = `schedule.hours` が空です。"09:00-17:30" のような範囲を1つ以上指定してください
config-empty-range = この時間帯は空です。終了時刻は開始時刻より後にしてください（時間帯は午前0時をまたげません）
config-overlap = この時間帯は別の時間帯と重なっています
config-no-order = `prompts.order` が空です。種類を1つ以上指定してください
config-order-twice = 種類 { $category } が `prompts.order` に2回含まれています
config-empty-title = このカスタムリマインダーの `title` が空です
config-empty-text = このカスタムリマインダーの `text` が空です。何をするかを書いてください
config-bad-id = ID { $id } に使えるのは英小文字、数字、'.'、'-'、'_' だけです
config-id-taken = リマインダーの ID { $id } はすでに使われています。このリマインダーには別の `id` を付けてください
config-range-backwards = `{ $key }`：範囲は短い間隔から長い間隔の順に指定してください
config-check-warning = 警告：{ $path }：{ $warning }
editor-cannot-start = エディター { $editor } を起動できません：{ $reason }
editor-failed = エディター { $editor } が失敗しました（{ $status }）。設定は確認されていません
config-edit-kept = 実行中のデーモンがあれば、以前の設定を使い続けます。ファイルを修正して、もう一度保存してください。
config-edit-applied = OK：設定は有効で、deskbreak に適用されました。
config-edit-not-running = OK：設定は有効です。deskbreak は実行されていません。起動時にこの設定を使います。

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = XDG 自動起動エントリ
autostart-kind-unit = systemd ユーザーユニット
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = Run キーの値
autostart-foreign = { $path } は deskbreak が書き込んだものではないため、そのままにしました。別の場所に移動してから、もう一度 `deskbreak autostart enable` を実行してください
autostart-up-to-date = { $kind }はすでに最新です：{ $path }
autostart-wrote = { $kind }を書き込みました：{ $path }
autostart-left-alone = { $path } はそのままにしました。deskbreak が書き込んだものではありません。
autostart-removed = { $kind }を削除しました：{ $path }
autostart-status-foreign = 自動起動：{ $path } がありますが、deskbreak が書き込んだものではありません
autostart-status-on = 自動起動：オン（{ $kind }：{ $path }）
autostart-status-written = 自動起動：オフ。{ $kind }は書き込まれていますが、有効になっていません：{ $path }
autostart-off = 自動起動：オフ。`deskbreak autostart enable` でオンにできます
autostart-enabled-session = deskbreak はデスクトップセッションの開始時に次のコマンドで起動します：{ $command }
autostart-enabled-login = deskbreak はログイン時に次のコマンドで起動します：{ $command }
autostart-nothing-to-remove-linux = deskbreak の自動起動エントリやユニットはありません。削除するものはありません。
autostart-nothing-to-remove-macos = deskbreak の LaunchAgent はありません。削除するものはありません。
autostart-nothing-to-remove-windows = deskbreak の Run キーの値はありません。削除するものはありません。
autostart-systemd-elsewhere = --systemd は Linux 用です。macOS では指定しないでください
autostart-unit-enable-hint = デスクトップセッションで `systemctl --user enable { $unit }` を実行すると有効になります。
autostart-no-user-manager = systemd のユーザーマネージャーが応答しませんでした（systemctl --user：{ $reason }）。そのため { $unit } は書き込まれましたが、有効になっていません。デスクトップセッションで `systemctl --user enable { $unit }` を実行してください
autostart-enable-failed = `systemctl --user enable { $unit }` が失敗しました：{ $reason }
autostart-unit-enabled = `systemctl --user enable` で { $unit } を有効にしました。グラフィカルセッションとともに起動します（今すぐ起動するには `systemctl --user start deskbreak`）。
autostart-removed-link = リンク { $link } を削除しました。
autostart-run-foreign = { $value } は deskbreak が書き込んだものではないため、そのままにしました
autostart-run-set = { $value } を { $data } に設定しました。deskbreak はログイン時に起動します。
autostart-no-windowless = { $windowless } が { $exe } と同じ場所にないため、ログイン時にコンソールウィンドウが開きます。`cargo install --path . --features windowless` でビルドしてから、もう一度有効にしてください。
autostart-run-removed = { $value } を削除しました。

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = { $program } を実行できません（{ $reason }）
open-no-application = 開くためのアプリケーションがありません（{ $program }：{ $status }）
open-failed = { $program } が失敗しました（{ $reason }）
open-no-program = 開くためのプログラムがインストールされていません（試したもの：{ $tried }）{ $hint }
open-hint-debian = ; Debian と Ubuntu の場合：sudo apt install xdg-utils
report-too-long = レポートに表示できるのは最大 { $max } 日（1年）です。それより長い期間は `deskbreak stats --days { $days }` で集計できます
report-cannot-open = ブラウザーでレポートを開けません：{ $reason }。ページは { $path } です。ブラウザーで開いてください。
report-cannot-write = レポートを { $path } に書き込めません
cannot-read = { $path } を読み込めません：{ $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = セッションバスで通知サーバー（デスクトップのもの、または dunst / mako）を起動してください
doctor-no-session-bus = D-Bus セッションバスがありません（DBUS_SESSION_BUS_ADDRESS）
doctor-notification-server = { $name } { $version }（{ $vendor }）。機能：{ $capabilities }
doctor-no-buttons = このサーバーはボタンを表示しません。`deskbreak done|snooze|skip` で応答してください
doctor-no-notification-server = 応答する通知サーバーがありません
doctor-tray-present = StatusNotifierWatcher があります
doctor-tray-none = なし
doctor-tray-fix = トレイ項目を表示するパネルがありません（GNOME では AppIndicator 拡張機能が必要です）。通知とコマンドラインは引き続き使えます
doctor-no-idle = アイドル検出の手段がありません。リマインダーは通常のスケジュールどおりに表示されます。対応しているのは GNOME、ext-idle-notify-v1 に対応した Wayland コンポジター（KDE Plasma、sway 1.8 以降、Hyprland など）または org_kde_kwin_idle（Plasma 5.27 より前、sway 1.7 以前）、X11 です。それ以外の環境では、デスクトップが設定していれば logind の IdleHint を使います
doctor-logind-reachable = 接続可能（スリープと画面ロックを検出できます）
doctor-logind-unreachable = 接続できません
doctor-logind-fix = logind がないと画面ロックを検出できません。サスペンドは時計の飛びから引き続き検出します
doctor-dnd-on = オン（通知サーバーの Inhibited）：オフになるまでリマインダーは待機します
doctor-dnd-off = オフ（通知サーバーの Inhibited）
doctor-dnd-unknown = 通知サーバーから報告されていません
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = 追従していません：{ $why }
doctor-banners-hidden = 非表示（GNOME の応答不可、{ $why }）：表示されるまでリマインダーは待機します
doctor-banners-shown = 表示（{ $why }）
doctor-banners-unavailable = 利用できません（GNOME の設定がありません：gsettings に org.gnome.desktop.notifications がありません）
doctor-idle-source = { $name }（{ $how }）
doctor-idle-dbus-events = D-Bus、イベント
doctor-idle-compositor-events = コンポジターのイベント
doctor-idle-polled = 最大で1分に1回問い合わせ
doctor-idle-none = なし
doctor-banners-gnome-shell = 通知は GNOME Shell が表示しています
doctor-banners-other-server = 通知サーバーは GNOME Shell ではなく { $server } です
doctor-banners-gnome-session = GNOME セッション（まだ通知サーバーが応答していません）
doctor-banners-elsewhere = GNOME セッションではなく、通知サーバーも応答していません
doctor-banners-no-session-bus = セッションバスがありません
doctor-camera-in-use = 使用中：リマインダーは待機します
doctor-camera-unused = 未使用
doctor-windows-toasts = Windows のトースト通知（WinRT）、完了／再通知／スキップのボタン付き
doctor-windows-tray = 通知領域
doctor-windows-lock = セッションのロックと電源のメッセージ（WTSRegisterSessionNotification、WM_POWERBROADCAST）
doctor-windows-quiet-on = { $why }：リマインダーは待機します
doctor-windows-quiet-off = シェルは通知を受け付けています（全画面アプリとプレゼンテーションモードではリマインダーを保留します）
doctor-macos-notifications = Notification Center（ボタンなし）
doctor-macos-notifications-fix = メニューバーか `deskbreak done|snooze|skip` でリマインダーに応答してください
doctor-macos-tray = メニューバー
doctor-macos-lock = 画面のロックはアイドルとして扱います。スリープは時計の飛びから検出します
doctor-macos-dnd = 読み取れません：macOS は集中モードがオンかどうかをアプリに知らせません
doctor-macos-dnd-fix = その間は deskbreak を一時停止してください（`deskbreak pause 1h`、またはメニューの「一時停止」）

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = 完了
outcome-snoozed = 再通知
outcome-skipped = スキップ
outcome-missed = 見逃し
outcome-natural = 自然休憩
outcome-relief = しびれ
outcome-drink = 水分補給
outcome-away = 離席
outcome-arrived = 着席
outcome-stopped = 計測停止
log-drink = 水{ $glasses }杯
log-back = { $span }の離席から戻りました（{ $time }から離席）
log-arrived = 着席：ここから着席時間を計測します
log-stopped = 着席時間の計測を停止しました

# Style: 丁寧語（です・ます調）。指示は「〜してください」、理由は「〜ます」で統一。タイトルは短い名詞句。

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = 両足の裏を床に
    .text = 両足の裏を床にぴったりつけてください。届かない場合はフットレストに置きます。この後数分間そのままにしてください。
    .why = 足を床で支えると、脚が神経を圧迫する無理な姿勢になりにくくなります。

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = ひざは90度に
    .text = ひざが約90度に曲がっているか確認し、そうなるよう椅子の高さを調整してください。1分で済みます。
    .why = ひざを直角にするのが、ガイドが推奨する机での姿勢です。

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = モニターは目の高さに
    .text = まっすぐ前を見てください。画面の上端が目の高さに来るまで、モニターを上げるか本の上に置きます。
    .why = 画面を目の高さにすると首の負担を防げます。首の負担は脚への神経に間接的に影響することがあります。

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = 背中を椅子に預ける
    .text = 椅子に深く座り、腰のカーブを背もたれで支えてください。この後数分間その姿勢を保ちます。
    .why = 背骨の自然なカーブを支える椅子は、神経への圧迫を減らします。

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = 背筋を伸ばし、猫背を避ける
    .text = 前かがみにならず、片側やひじ掛けにもたれずに座ってください。この後数分間その姿勢を保ちます。
    .why = 猫背や寄りかかりは、神経を圧迫する無理な姿勢に体を固定します。

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = 脚を組まない
    .text = 脚を組んでいたらほどき、両足を床につけてください。この後30分間は脚を組まないでください。
    .why = 脚を長く組んでいると、神経が圧迫され、血流が妨げられます。

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = 体重を移す
    .text = 椅子の上で体重を移してください。片方のお尻に少し体重をかけ、次に反対側へ。左右5回ずつ行います。
    .why = 早めに姿勢を変えると、脚がしびれる前に神経への圧迫が和らぎます。

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = 立つときは体重を均等に
    .text = 立って作業する場合は、両足に均等に体重をかけてください。その後1分間、左右の足に交互に体重を移します。
    .why = 体重を均等にかけてこまめに移すと、立っている間に片脚が長く圧迫されません。

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = きついものをゆるめる
    .text = きついベルト、ウエスト、靴下の口をゆるめ、膨らんだ後ろポケットを空にしてください。1分もかかりません。
    .why = きつい服は神経を長く圧迫し、血流を妨げることがあります。

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = 脚を圧迫するものをなくす
    .text = 座面の端や机の横棒など、太ももやひざ裏に食い込むものがないか確認し、調整するか動かしてください。
    .why = 無理な姿勢で圧迫が続くと神経が圧迫され、しびれが起こります。

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = 靴を確認
    .text = 靴を確認してください。足首や足の甲がきつければ、ひもをゆるめるか、数分間脱いでおきます。
    .why = きつすぎる靴は、足やひざ下の神経に余計な圧迫をかけます。

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = 立って歩く
    .text = 立ち上がって1〜2分歩いてください。キッチンや窓辺、オフィス内を回ってから戻ります。
    .why = 座りっぱなしを中断すると血流が保たれ、神経への長い圧迫も終わります。

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = 少し歩く
    .text = 立ち上がり、部屋やオフィスの中を20歩歩いてください。その場で足を動かすだけにはしないでください。
    .why = 歩き回ると血流が戻り、神経への圧迫が和らぎます。

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = 脚を振る
    .text = 立ち上がり、必要なら机につかまって、片脚を10秒間やさしく振ってください。次に反対の脚も振ります。
    .why = やさしく振ると血流が戻りやすくなり、神経への圧迫が和らぎます。

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = 足首回し
    .text = 片足を少し上げ、足首をゆっくり回してください。右回り・左回りに10回ずつ回したら、足を替えます。
    .why = 足首を動かすと血液が送り出され、神経への圧迫が和らぎます。

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = つま先の上げ伸ばし
    .text = かかとを床につけたまま、つま先を手前に引き上げ、次に前へ伸ばしてください。ゆっくり15回繰り返します。
    .why = 足首を曲げ伸ばしすると、ひざ下の血行が促されます。

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = ゆっくりひざ曲げ
    .text = 椅子の後ろに立って背もたれを持ち、ひざをゆっくり少し曲げてから伸ばしてください。ゆっくり10回行います。
    .why = ゆっくりひざを曲げると、脚の血液を送り出す助けになります。

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = 座って太もも裏のストレッチ
    .text = 椅子に浅く座り、片脚を前に伸ばして、つま先の方へやさしく手を伸ばし20秒保ってください。脚を替えます。
    .why = 太もも裏をやさしく伸ばすと血行が促され、軽い神経の圧迫が和らぐことがあります。

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = 立って太もも裏のストレッチ
    .text = 立って片方のかかとを低い段や箱に乗せ、脚を伸ばしたまま上体を20秒やさしく前に倒してください。脚を替えます。
    .why = 太もも裏を伸ばすと血液が送り出され、軽い神経の圧迫がほぐれます。

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = ふくらはぎのストレッチ
    .text = 机に向かって立って両手をつき、片足を後ろに引いて、そのかかとを20秒床に押しつけてください。脚を替えます。
    .why = ふくらはぎを伸ばすと、神経を圧迫しうる筋肉のこわばりが和らぎます。

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = 太もも前のストレッチ
    .text = 机につかまって立ち、片ひざを曲げて、その足を後ろで20秒持ってください。脚を替えます。
    .why = 太もも前を伸ばすと柔軟性が高まり、筋肉のこわばりが和らぎます。

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = やさしく体をひねる
    .text = 背筋を伸ばして座り、背もたれを使って上半身をゆっくり右へ15秒ひねってください。左も同様に行います。
    .why = やさしくひねると柔軟性が高まり、神経を圧迫しうる筋肉のこわばりが和らぎます。

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = 脚の軽いマッサージ
    .text = 手のひらで太ももとふくらはぎを小さく円を描いてやさしくさすってください。片脚30秒ずつ、軽い力で行います。
    .why = やさしいマッサージは血流を促し、感覚が戻るときに心地よく感じられます。

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = 脚を軽くたたく
    .text = 指先で太ももとふくらはぎを軽くたたいてください。片脚20秒ずつ行います。
    .why = 軽くたたくとやさしい刺激になり、血流が促されます。

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = 足を上げる
    .text = 低い箱や椅子、フットレストに1分間足を乗せ、脚の力を抜いてください。
    .why = 脚を上げると血液が戻りやすくなり、ひざ下に血液がたまるのを減らせます。

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = 深い腹式呼吸
    .text = 鼻から深く息を吸い、数秒止めてから、口からゆっくり吐いてください。5回繰り返します。
    .why = 緊張を感じたとき、ゆっくり呼吸すると神経系が落ち着きやすくなります。

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = コップ1杯の水を
    .text = しばらく水を飲んでいなければ、今コップ1杯の水を飲みきってください。
    .why = 水分不足で神経が過敏になることがあります。

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = マイボトルに水を補充
    .text = マイボトルに水を補充し、机の上の見える場所に置いてください。
    .why = ボトルが目に入ると、一日を通してこまめに飲むことを思い出せます。

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = 水を数口
    .text = 今、水を数口、コップ1/4杯ほど飲んでください。
    .why = 一日を通してこまめに飲むほうが、後でまとめて飲むより楽です。

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = 1日8杯を目標に
    .text = 水をコップ1杯飲み、今日の目標の8杯（約2リットル）の1杯として数えてください。
    .why = 水は、神経の信号伝達を含め、体のあらゆる働きに欠かせません。

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = 甘い飲み物の代わりに水
    .text = 今回は炭酸飲料やジュースの代わりに、コップに水を注いで飲んでください。
    .why = 甘い飲み物は水分不足の一因になることがあるため、水のほうが適しています。

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = コーヒーと一緒に水を1杯
    .text = 次のコーヒーやお茶と一緒に水を1杯飲むか、その1杯を水に替えてください。
    .why = カフェインのとりすぎは、水分不足の一因になることがあります。

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = 水分補給の休憩
    .text = 立ち上がって蛇口やウォーターサーバーまで歩き、座る前に水を1杯飲んでください。
    .why = 十分な水分は、神経とその周りの組織の健康を支えます。

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = 脚のしびれを和らげる
relief-step-1 = 今すぐ姿勢を変えてください。組んだ脚をほどくか、体重を移すか、立ち上がって数歩歩きます。
relief-step-2 = 足首をやさしく曲げ伸ばしし、足を時計回りと反時計回りに回してください。
relief-step-3 = 脚をやさしく振ってから、しびれた部分を手のひらでゆっくり円を描くようにさすってください。強く押さないでください。
relief-step-4 = できれば、フットレストや箱、椅子に脚を乗せて少し高くしてください。
relief-advice = しびれが続く、悪化する、または脱力感や痛みを伴う場合は、医療専門家の診察を受けてください。
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = 過去{ $days }日間に、脚が{ $times }回しびれました。
relief-recent-hours = 過去{ $hours }時間に、脚が{ $times }回しびれました。
relief-recent-span = 過去{ $span }の間に、脚が{ $times }回しびれました。
