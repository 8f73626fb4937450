### deskbreak in Simplified Chinese. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = 姿势
category-movement = 活动
category-hydration = 补水
# What a prompt of each category is called while it waits for an answer.
label-posture = 姿势检查
label-movement = 活动休息
label-hydration = 喝水休息
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds }秒
span-minutes = { $minutes }分钟
span-hours = { $hours }小时
span-hours-minutes = { $hours }小时{ $minutes }分钟
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label }：等待回应
glance-back-in = { $label }：{ $span }后再次提醒
glance-snoozed = { $label }：已推迟
glance-paused-until = 已暂停，直到{ $time }
glance-paused = 已暂停
# A prompt of no known category that is due.
glance-a-prompt = 一条提醒
glance-next = 下一条：{ $category }，{ $span }后
glance-next-prompt = 下一条提醒：{ $span }后
glance-none = 没有已安排的提醒
glance-typing = { $label }：等待您停止打字
glance-held = { $label }暂缓：{ $why }
glance-due = { $label }：现在到时间了
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = “请勿打扰”已开启
held-camera = 摄像头正在使用
held-busy = 全屏应用或演示文稿要求保持安静
held-locked = 屏幕已锁定
held-away = 您不在电脑前
held-typing = 您正在打字
# Today's counts, joined by " · " into $counts.
counts-today = 今天：{ $counts }
count-done = 完成{ $count }
count-snoozed = 推迟{ $count }
count-skipped = 跳过{ $count }
count-missed = 错过{ $count }
count-natural = 自然休息{ $count }
count-water = 水{ $glasses }/{ $target }
sitting-under-a-minute = 已坐不到1分钟
sitting-for = 已坐{ $span }
sitting-away = 不在电脑前

## `deskbreak status`

status-state = 状态：{ $state }
state-waiting = 等待下一条提醒
state-pending = 有一条提醒在等待回应
state-snoozed = 有一条提醒已推迟
state-paused = 已暂停
state-inactive = 不在活动时间内
status-prompt = 提醒：{ $title }（{ $category }）- { $text }
status-back-at = 再次提醒时间：{ $time }
status-next-due = 下一条：{ $category }，自{ $time }起已到时间
status-next-due-any = 下一条：自{ $time }起已到时间
status-next-at = 下一条：{ $category }，{ $time }（{ $span }后）
status-next-at-any = 下一条：{ $time }（{ $span }后）
status-paused-until = 暂停至：{ $time }
status-held-typing = 暂缓：提醒正在等待您停止打字
status-held = 暂缓：提醒正在等待，因为{ $why }
status-quiet = 保持安静：{ $why }；期间到时间的提醒会等到结束后再显示
status-sitting-since = { $sitting }（自{ $time }起）
status-sitting-unmeasured = 久坐：未测量（没有空闲检测；请参阅 `deskbreak doctor`）

## The notification of a prompt, and deskbreak's own notifications.

button-done = 完成
# $span is a span such as "10 min".
button-snooze = 推迟{ $span }
button-skip = 跳过
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = 您已经坐了{ $span }。{ $text }
alert-not-recorded = deskbreak：未记录
alert-not-recorded-next = { $reason }。请释放一些空间（或修复该文件），然后再选择一次。
alert-config-not-applied = deskbreak：配置未应用
alert-cannot-open-config = deskbreak：无法打开配置文件
alert-cannot-open-config-next = { $reason }。请在编辑器中打开 { $path }，或运行 `deskbreak config edit`。
alert-cannot-show-statistics = deskbreak：无法显示统计
alert-cannot-show-statistics-next = { $reason }。页面位于 { $path }：请在浏览器中打开，或运行 `deskbreak stats`。

## The tray's menu (its title and tooltip are the glance above).

menu-done = 完成
menu-snooze = 推迟
menu-skip = 跳过
menu-break-now = 立即休息
menu-pause = 暂停
menu-resume = 继续
menu-one-hour = 1小时
menu-until-tomorrow = 直到明天
menu-drank-water = 喝了一杯水
menu-legs-numb = 我的腿麻了
menu-statistics = 统计…
menu-open-config = 打开配置文件
menu-quit = 退出
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak：有一条提醒在等待

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = 该提醒
reply-done = 已完成：{ $title }。
reply-skipped = 已跳过：{ $title }。
reply-snoozed-for = 已将{ $title }推迟{ $span }：将于{ $time }再次提醒。
reply-snoozed-title = 已推迟{ $title }。
reply-nothing-before = { $time }之前没有提醒。
reply-snoozed = 已推迟。
reply-showing = 正在显示：{ $title }。
reply-catalogue-empty = 没有可显示的提醒：提醒列表为空。
reply-paused-until = 已暂停，直到{ $time }。
reply-paused = 已暂停。
reply-resumed = 已继续。
reply-relief-on-screen = （同时已在屏幕上以通知显示。）
reply-drink = 已记录{ $glasses }杯水。今天喝水：{ $water }/{ $target }。
reply-quit = deskbreak 已停止。
reply-next = 下一条：{ $category }，{ $time }。
reply-next-prompt = 下一条提醒：{ $time }。
reply-none-scheduled = 没有已安排的提醒。
reply-no-status = 守护进程未返回状态
reload-applied = 已应用来自 { $path } 的配置。
reload-warning = 警告：{ $warning }
refused-no-reason = 守护进程拒绝了该请求
refused-nothing-pending = 没有等待回应的提醒
refused-stale = 该通知已失效
refused-not-paused = deskbreak 未暂停
refused-paused = deskbreak 已暂停；请先运行 `deskbreak resume`
not-recorded = 无法写入 { $path }：{ $reason }；未记录任何内容

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $year }年{ $month }{ $day }日 { $weekday }
# "Thursday 19 November"
date-day-month = { $month }{ $day }日 { $weekday }
weekday-long-mon = 星期一
weekday-long-tue = 星期二
weekday-long-wed = 星期三
weekday-long-thu = 星期四
weekday-long-fri = 星期五
weekday-long-sat = 星期六
weekday-long-sun = 星期日
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
damaged-lines = 已略过{ $count }行损坏的记录（第{ $lines }行）

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from }至{ $to }（{ $days }天）
# The legend of the bars.
chart-done = 完成
chart-snoozed = 推迟
chart-skipped = 跳过
chart-missed = 错过
# Column headings: short, the figures under them are small numbers.
chart-column-done = 完成
chart-column-snoozed = 推迟
chart-column-skipped = 跳过
chart-column-missed = 错过
chart-column-natural = 自然
chart-column-water = 水
chart-column-relief = 腿麻
chart-sitting-heading = 久坐（在电脑前的久坐时段，计入开始的那一天）：
chart-sitting-not-measured = 久坐未测量
chart-sat = 久坐{ $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = 最长{ $longest }，{ $count ->
        [0] 没有超过{ $over }的久坐时段
       *[other] { $count }个久坐时段超过{ $over }
    }
chart-adherence = 完成率（已显示的提醒中完成的数量）：
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done }/{ $shown }
chart-average = { $span }（{ $answers }次回应）
chart-no-answers = 无回应
chart-average-line = 平均回应时间：{ $average }
chart-most-skipped-none = 跳过最多：无
chart-most-skipped = 跳过最多：
chart-water = 喝水：{ $days }天共{ $glasses }杯；每天{ $target }杯的目标在{ $met }天达成
chart-relief = 腿麻次数：{ $count }
chart-sitting = 久坐：{ $sat }（测量了{ $measured }天）
chart-sitting-unmeasured = 久坐：未测量
chart-streak = 连续记录：连续{ $days }天完成至少{ $percent }的提醒
chart-damaged = 日志：{ $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] 一天
        [7] 一周
        [30] 一个月
       *[other] 最近{ $days }天
    }
page-heading = 您与 deskbreak 的{ $period }
page-from-to = { $from }至{ $to }
page-lead = 在显示的{ $shown }条提醒中，您完成了{ $done }条（{ $percent }）。
page-lead-none = 这些天没有显示任何提醒。
page-empty-heading = 这些天没有提醒
page-empty = 日志中没有这些天的提醒。如果 deskbreak 本应在运行，`deskbreak status` 会告诉您它是否在运行，`deskbreak doctor` 会告诉您它能检测到什么。
card-done = 提醒完成率
card-streak-days = { $days }天
card-streak = 连续完成至少{ $percent }的天数
card-water-days = { $days }天中{ $met }天
card-water = 喝到{ $glasses }水的天数
card-sitting = 最长久坐时间
card-relief = { $count ->
       *[other] 腿麻次数
    }
page-relief-heading = 腿部麻木
page-relief-none = 这些天没有记录腿部麻木。
page-relief-logged = 您记录了{ $count }次腿部麻木：{ $days }。
page-relief-recurred = 短时间内多次复发。
page-relief-note = 腿麻时：请改变姿势、活动脚踝、抖动并轻揉腿部，再把腿稍稍抬高。托盘菜单中的“我的腿麻了”会显示这些步骤并记录这次腿麻。
page-unknown = 此版本无法识别的记录类型：{ $count }条（{ $kinds }）
page-damaged = 日志：{ $damaged }。
page-made-by = 由 deskbreak { $version } 根据您对每条提醒的处理记录生成。相同的数据：`deskbreak stats --json`。
page-not-medical = deskbreak 不是医疗器械。
page-prompts-heading = 每天的提醒
page-prompts-note = 每个条形堆叠显示当天提醒的结果；推迟的提醒会再次出现，并计入另一段。
page-prompts-chart = 每天的提醒，按结果分
legend-done = 完成
legend-snoozed = 推迟
legend-skipped = 跳过
legend-missed = 错过（无回应）
legend-natural = 自然休息（您离开了）
table-day = 日期
table-done = 完成
table-snoozed = 推迟
table-skipped = 跳过
table-missed = 错过
table-natural = 自然休息
page-categories-heading = 按提醒类型统计完成情况
page-categories-chart = 各类提醒的完成比例
page-category-done = { $shown }条中完成{ $done }条（{ $percent }）
page-category-none = 未显示提醒
page-skipped-heading = 跳过最多
page-skipped-none = 没有跳过任何提醒。
page-skipped-times = 跳过{ $count }次
page-water-heading = 喝水
# $all and $target are "glasses" below.
page-water = 共{ $all }；在{ $days }天中有{ $met }天达到每天{ $target }的目标。
legend-water-met = 达到目标
legend-water-below = 低于目标
page-water-chart = 每天喝水杯数与目标对比
page-water-of = { $glasses }/{ $target }
page-water-target = 目标{ $target }
glasses = { $count }杯
page-sitting-heading = 久坐
page-sitting-unmeasured = 这些天未测量久坐：deskbreak 通过桌面的空闲检测得知您离开电脑，但当时没有可用的空闲检测（或 deskbreak 未在运行）。`deskbreak doctor` 会告诉您它能检测到什么。
page-sitting-note = 每个条形是一个没有自然休息的久坐时段，显示在它开始的那一天；空白处是休息，或 deskbreak 未测量的时间。
page-sitting-chart = 每天的久坐时段，按时间段显示
legend-sitting = 久坐
legend-longer-than = 超过{ $span }
table-longest-stretch = 最长久坐时段
table-longer-than = 超过{ $span }
page-not-measured = 未测量
page-no-stretch-began = 这天没有开始的久坐时段
page-stretch = { $from }至{ $to }：{ $span }
page-longest-stretch = 您最长的久坐时段：{ $span }，{ $date }{ $from }至{ $to }。
page-no-stretch = 这些天没有结束的久坐时段。
page-no-long-stretch = 没有超过{ $span }的久坐时段。
page-long-stretches = 有{ $count }个久坐时段超过{ $span }：请在此之前站起来活动一下。
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

client-not-running = deskbreak 未运行（{ $socket } 上没有守护进程响应）。
    请使用 `deskbreak run` 启动它。
client-stopped = deskbreak 已停止（{ $socket } 上的守护进程关闭了连接）
already-running = deskbreak 已在运行；可使用 `deskbreak quit` 停止它
already-running-pid = deskbreak 已在运行（PID { $pid }）；可使用 `deskbreak quit` 停止它

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = 通知
doctor-tray-host = 系统托盘
doctor-idle = 空闲检测
doctor-lock-sleep = 锁屏与睡眠
doctor-do-not-disturb = 请勿打扰
doctor-logind = logind
doctor-gnome-banners = GNOME横幅
doctor-camera = 摄像头
doctor-daemon = 守护进程
doctor-config = 配置
doctor-log = 日志
doctor-running = 正在运行
doctor-not-running = 未运行
doctor-start-it = 请使用 `deskbreak run` 启动
doctor-config-valid = { $path }（有效）
doctor-config-unwritten = { $path }（尚未写入：守护进程首次运行时会写入默认配置）
doctor-config-fix = 请修正该文件（`deskbreak config check` 会列出所有问题）；守护进程会继续使用上一个有效的配置
doctor-log-bytes = { $path }（{ $bytes } 字节）
doctor-log-empty = { $path }（暂时为空）

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak 正在关闭
refused-other-user = 拒绝来自其他用户的连接

## Errors of the command line.

client-io = 与 { $socket } 上的守护进程通信时出错：{ $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = 无法读取配置 { $path }：{ $reason }
config-cannot-write = 无法将默认配置写入 { $path }：{ $reason }
config-missing-key = [{ $table }] 中缺少键 `{ $key }`
config-set-twice = `{ $key }` 设置了两次：请只保留一个
config-syntax = TOML 语法错误：{ $error }
# $place below.
config-at-top-level = 顶层
config-in-table = [{ $table }] 中
config-unknown-key-near = { $place }的未知键 `{ $key }`：您是想写 `{ $near }` 吗？
config-unknown-key = { $place }的未知键 `{ $key }`：已知的键有 { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } 不是时长：请写成 "90s"、"10m" 或 "1h30m" 这样的形式
value-not-percentage = { $text } 不是百分比：请写成 "70%" 这样的形式
value-not-cadence = { $text } 不是间隔：请写一个时长（如 "45m"）或一个范围（如 "30m..45m"）
value-not-category = { $text } 不是类别：请写 posture、movement 或 hydration
value-not-day = { $text } 不是星期几：请写 mon、tue、wed、thu、fri、sat 或 sun
value-not-hours = { $text } 不是时间范围：请写成 "09:00-17:30" 这样的形式
config-no-prompts = 没有剩下任何提醒：请启用内置提醒或某个类别，或添加 [[prompts.custom]] 条目
config-language = `language` 为 "{ $tag }"：deskbreak 支持的语言有 { $known }；也可以用 "auto" 跟随会话的语言
config-under-a-minute = `{ $key }` 为 { $span }：不到一分钟，提醒会非常频繁
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = `{ $key }` 必须{ $bounds }
bounds-span = 在1秒到24小时之间
bounds-relief-window = 在1小时到1年之间
bounds-glasses = 在1到50杯之间
bounds-episodes = 在1到100次之间
bounds-percent = 在 "0%" 到 "100%" 之间
bounds-pause = 在1秒到1分钟之间
bounds-wait = 在0秒（不等待）到1小时之间
config-max-below-min = `schedule.max_interval`（{ $max }）比 `schedule.min_interval`（{ $min }）短：请让它至少一样长
config-no-days = `schedule.days` 为空：请至少指定一天，或者改为暂停 deskbreak
config-no-hours = `schedule.hours` 为空：请至少给出一个范围，如 "09:00-17:30"
config-empty-range = 此时间范围为空：结束时间必须晚于开始时间（范围不能跨越午夜）
config-overlap = 此时间范围与另一个范围重叠
config-no-order = `prompts.order` 为空：请至少指定一个类别
config-order-twice = 类别 { $category } 在 `prompts.order` 中出现了两次
config-empty-title = 此自定义提醒的 `title` 为空
config-empty-text = 此自定义提醒的 `text` 为空：请写明要做什么
config-bad-id = ID { $id } 只能包含小写字母、数字、'.'、'-' 和 '_'
config-id-taken = 提醒 ID { $id } 已被占用：请为此提醒另取一个 `id`
config-range-backwards = `{ $key }`：范围必须从较短的间隔到较长的间隔
config-check-warning = 警告：{ $path }：{ $warning }
editor-cannot-start = 无法启动编辑器 { $editor }：{ $reason }
editor-failed = 编辑器 { $editor } 运行失败（{ $status }）；未检查配置
config-edit-kept = 正在运行的守护进程（如果有）会继续使用之前的配置；请修正文件后再次保存。
config-edit-applied = OK：配置有效，deskbreak 已应用它。
config-edit-not-running = OK：配置有效。deskbreak 未运行；它将在启动时使用此配置。

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = XDG 自动启动项
autostart-kind-unit = systemd 用户单元
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = Run 注册表值
autostart-foreign = { $path } 已存在，但不是 deskbreak 写入的，因此未作改动：请将其移走，然后再次运行 `deskbreak autostart enable`
autostart-up-to-date = { $kind }已是最新：{ $path }。
autostart-wrote = 已写入{ $kind }：{ $path }。
autostart-left-alone = 未改动 { $path }：它不是 deskbreak 写入的。
autostart-removed = 已删除{ $kind }：{ $path }。
autostart-status-foreign = 自动启动：{ $path } 已存在，但不是 deskbreak 写入的
autostart-status-on = 自动启动：已开启（{ $kind }：{ $path }）
autostart-status-written = 自动启动：已关闭；{ $kind }已写入但未启用：{ $path }
autostart-off = 自动启动：已关闭；`deskbreak autostart enable` 可将其开启
autostart-enabled-session = deskbreak 将随桌面会话启动，命令为：{ $command }
autostart-enabled-login = deskbreak 将在您登录时启动，命令为：{ $command }
autostart-nothing-to-remove-linux = deskbreak 没有自动启动项或单元：无需删除。
autostart-nothing-to-remove-macos = deskbreak 没有 LaunchAgent：无需删除。
autostart-nothing-to-remove-windows = deskbreak 没有 Run 注册表值：无需删除。
autostart-systemd-elsewhere = --systemd 仅适用于 Linux；在 macOS 上请省略
autostart-unit-enable-hint = 在桌面会话中运行 `systemctl --user enable { $unit }` 即可启用。
autostart-no-user-manager = 没有 systemd 用户管理器响应（systemctl --user：{ $reason }），因此 { $unit } 已写入但未启用：请在桌面会话中运行 `systemctl --user enable { $unit }`
autostart-enable-failed = `systemctl --user enable { $unit }` 失败：{ $reason }
autostart-unit-enabled = 已通过 `systemctl --user enable` 启用 { $unit }：它会随图形会话启动（`systemctl --user start deskbreak` 可立即启动）。
autostart-removed-link = 已删除链接 { $link }。
autostart-run-foreign = { $value } 已存在，但不是 deskbreak 写入的，因此未作改动
autostart-run-set = 已将 { $value } 设置为 { $data }：deskbreak 将在您登录时启动。
autostart-no-windowless = { $exe } 旁边没有 { $windowless }，因此登录时会打开一个控制台窗口；请使用 `cargo install --path . --features windowless` 构建，然后再次启用。
autostart-run-removed = 已删除 { $value }。

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = 无法运行 { $program }（{ $reason }）
open-no-application = 没有可以打开它的应用程序（{ $program }：{ $status }）
open-failed = { $program } 失败（{ $reason }）
open-no-program = 未安装可以打开它的程序（已尝试：{ $tried }）{ $hint }
open-hint-debian = ; 在 Debian 和 Ubuntu 上：sudo apt install xdg-utils
report-too-long = 报告最多显示 { $max } 天（一年）；更长的时间段可用 `deskbreak stats --days { $days }` 汇总
report-cannot-open = 无法在浏览器中打开报告：{ $reason }。页面位于 { $path }：请在浏览器中打开。
report-cannot-write = 无法将报告写入 { $path }
cannot-read = 无法读取 { $path }：{ $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = 请在会话总线上启动一个通知服务器（桌面自带的，或 dunst / mako）
doctor-no-session-bus = 没有 D-Bus 会话总线（DBUS_SESSION_BUS_ADDRESS）
doctor-notification-server = { $name } { $version }（{ $vendor }）；功能：{ $capabilities }
doctor-no-buttons = 此服务器不显示按钮：请使用 `deskbreak done|snooze|skip` 回应
doctor-no-notification-server = 没有通知服务器响应
doctor-tray-present = 存在 StatusNotifierWatcher
doctor-tray-none = 无
doctor-tray-fix = 没有面板显示托盘项目（GNOME 需要 AppIndicator 扩展）；通知和命令行仍然可用
doctor-no-idle = 没有空闲检测来源：提醒按普通计划显示。支持 GNOME、支持 ext-idle-notify-v1 的 Wayland 合成器（KDE Plasma、sway 1.8+、Hyprland 等）或 org_kde_kwin_idle（5.27 之前的 Plasma、sway 1.7 及以下）以及 X11；在其他环境中，如果桌面设置了 logind 的 IdleHint，则使用它
doctor-logind-reachable = 可访问（能检测到睡眠和锁屏）
doctor-logind-unreachable = 无法访问
doctor-logind-fix = 没有 logind 时无法检测到锁屏；挂起仍可通过时钟跳变检测到
doctor-dnd-on = 已开启（通知服务器的 Inhibited）：提醒会等到它关闭
doctor-dnd-off = 已关闭（通知服务器的 Inhibited）
doctor-dnd-unknown = 通知服务器未报告
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = 未跟随：{ $why }
doctor-banners-hidden = 已隐藏（GNOME 的请勿打扰；{ $why }）：提醒会等到横幅重新显示
doctor-banners-shown = 显示（{ $why }）
doctor-banners-unavailable = 不可用（没有 GNOME 设置：gsettings 中没有 org.gnome.desktop.notifications）
doctor-idle-source = { $name }（{ $how }）
doctor-idle-dbus-events = D-Bus，事件
doctor-idle-compositor-events = 合成器事件
doctor-idle-polled = 每分钟最多查询一次
doctor-idle-none = 无
doctor-banners-gnome-shell = 通知由 GNOME Shell 显示
doctor-banners-other-server = 通知服务器是 { $server }，不是 GNOME Shell
doctor-banners-gnome-session = GNOME 会话（尚无通知服务器应答）
doctor-banners-elsewhere = 不是 GNOME 会话，且没有通知服务器应答
doctor-banners-no-session-bus = 没有会话总线
doctor-camera-in-use = 正在使用：提醒会等待
doctor-camera-unused = 未在使用
doctor-windows-toasts = Windows Toast 通知（WinRT），带“完成 / 推迟 / 跳过”按钮
doctor-windows-tray = 通知区域
doctor-windows-lock = 会话的锁定和电源消息（WTSRegisterSessionNotification、WM_POWERBROADCAST）
doctor-windows-quiet-on = { $why }：提醒会等待
doctor-windows-quiet-off = 系统外壳接受通知（全屏应用和演示模式会暂缓提醒）
doctor-macos-notifications = Notification Center，无按钮
doctor-macos-notifications-fix = 请从菜单栏或使用 `deskbreak done|snooze|skip` 回应提醒
doctor-macos-tray = 菜单栏
doctor-macos-lock = 锁屏计为空闲；睡眠通过时钟跳变检测到
doctor-macos-dnd = 无法读取：macOS 不会告诉应用是否开启了专注模式
doctor-macos-dnd-fix = 请在这段时间暂停 deskbreak（`deskbreak pause 1h`，或菜单中的“暂停”）

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = 完成
outcome-snoozed = 推迟
outcome-skipped = 跳过
outcome-missed = 错过
outcome-natural = 自然休息
outcome-relief = 腿麻
outcome-drink = 喝水
outcome-away = 离开
outcome-arrived = 就座
outcome-stopped = 停止测量
log-drink = { $glasses }杯水
log-back = 离开{ $span }后回来（自{ $time }起离开）
log-arrived = 回到电脑前：从此处开始测量久坐
log-stopped = 不再测量久坐

# Style: 简体中文，操作说明用“请……”的祈使句，需要人称时用“您”；标题为简短短语。

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = 双脚平放在地面上
    .text = 请将双脚平放在地面上；如果够不着，请放在脚踏上。接下来几分钟保持这个姿势。
    .why = 双脚平放并有支撑，可避免腿部处于压迫神经的别扭姿势。

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = 膝盖弯成90度
    .text = 请检查膝盖是否弯成约90度。如果不是，请调高或调低椅子，只需1分钟。
    .why = 膝盖弯成直角，是指南推荐的办公坐姿。

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = 显示器与视线齐平
    .text = 请平视前方：屏幕顶部应与眼睛齐平。如果不是，请调高显示器，或在下面垫本书。
    .why = 屏幕与视线齐平可防止颈部劳损，而颈部劳损可能间接影响通往腿部的神经。

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = 让椅子支撑背部
    .text = 请坐到椅子最里面，让椅背支撑腰部的曲线。接下来几分钟保持这个姿势。
    .why = 能支撑脊柱自然曲线的椅子，可减轻神经受到的压力。

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = 坐直，不要弓背
    .text = 请坐直，不要向前弓背，也不要靠向一侧或扶手。接下来几分钟保持这个端正的姿势。
    .why = 弓背和侧靠会让身体停留在压迫神经的别扭姿势。

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = 不要跷腿
    .text = 如果正跷着腿，请放下，双脚踩在地面上。接下来30分钟不要跷腿。
    .why = 长时间跷腿会压迫神经，并阻碍血液流动。

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = 转移重心
    .text = 请在椅子上转移重心：身体稍向一侧臀部倾斜，再换另一侧，每侧5次。
    .why = 及时改变姿势，可在腿发麻之前减轻神经受到的压力。

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = 站立时均匀分配体重
    .text = 如果站着工作，请把体重均匀分配在双脚上。然后用1分钟，把重心在两脚间交替转移。
    .why = 体重均匀并经常转移重心，可避免站立时一条腿长时间受压。

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = 松开过紧的衣物
    .text = 请松开过紧的腰带、裤腰或袜口，并清空鼓鼓的后裤袋。用不了1分钟。
    .why = 过紧的衣物可能长时间压迫神经，并阻碍血液流动。

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = 别让东西压着腿
    .text = 请检查大腿或膝盖后侧是否被东西压着，例如座椅边缘或桌子横杆。请调整或移开。
    .why = 别扭姿势带来的持续压力会压迫神经，导致麻木。

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = 检查鞋子
    .text = 请检查鞋子：如果脚踝或脚背处夹脚，请松开鞋带，或把鞋脱下几分钟。
    .why = 太紧的鞋会对脚部和小腿的神经造成不必要的压力。

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = 站起来走走
    .text = 请站起来走1到2分钟，去厨房、窗边或在办公室里转一圈，然后回来。
    .why = 打断久坐能保持血液流动，并结束神经长时间受压。

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = 走几步
    .text = 请站起来，在房间或办公室里走20步。不要只在原地动动脚。
    .why = 走动能让血液流动恢复，减轻神经受到的压力。

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = 抖抖腿
    .text = 请站起来，可以扶着桌子，轻轻抖动一条腿10秒，然后换另一条腿。
    .why = 轻轻抖动有助于恢复血液流动，减轻神经受到的压力。

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = 转动脚踝
    .text = 请将一只脚稍稍抬起，慢慢转动脚踝，顺时针和逆时针各10圈，然后换脚。
    .why = 活动脚踝能推动血液流动，减轻神经受到的压力。

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = 勾脚与绷脚
    .text = 请脚跟着地，将脚尖向自己勾起，再向前绷直。慢慢重复15次。
    .why = 屈伸脚踝可促进小腿的血液循环。

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = 慢慢屈膝
    .text = 请站在椅子后面，扶住椅背，慢慢微微屈膝，再伸直。慢慢做10次。
    .why = 慢慢屈膝有助于推动腿部的血液流动。

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = 坐姿拉伸大腿后侧
    .text = 请坐在椅子前部，一条腿向前伸直，轻轻向脚尖方向伸手，保持20秒。然后换腿。
    .why = 轻柔地拉伸大腿后侧能促进血液循环，并可能缓解轻微的神经受压。

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = 站姿拉伸大腿后侧
    .text = 请站立，将一只脚跟放在低台阶或箱子上，腿伸直，身体轻轻前倾20秒。然后换腿。
    .why = 拉伸大腿后侧有助于推动血液流动，缓解轻微的神经卡压。

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = 拉伸小腿
    .text = 请面向桌子站立，双手扶桌，一只脚向后迈一步，将该脚跟压向地面20秒。然后换腿。
    .why = 拉伸小腿可减轻可能压迫神经的肌肉紧张。

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = 拉伸大腿前侧
    .text = 请扶着桌子站立，弯曲一侧膝盖，在身后握住这只脚20秒。然后换腿。
    .why = 拉伸大腿前侧可提高柔韧性，缓解肌肉紧张。

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = 轻柔地扭转脊柱
    .text = 请坐直，借助椅背，慢慢将上身向右转，保持15秒。然后向左重复。
    .why = 轻柔的扭转可提高柔韧性，减轻可能压迫神经的肌肉紧张。

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = 轻轻按摩腿部
    .text = 请用手掌小幅画圈，轻轻揉搓大腿和小腿，每条腿30秒。力度要轻。
    .why = 轻柔的按摩能促进血液流动，在知觉恢复时也让人感到舒缓。

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = 轻拍双腿
    .text = 请用指尖轻拍大腿和小腿，每条腿20秒。
    .why = 轻拍带来温和的刺激，有助于促进血液流动。

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = 把脚抬高
    .text = 请把脚放在矮箱子、椅子或脚踏上1分钟，让双腿放松。
    .why = 抬高双腿有助于血液回流，减少血液在小腿淤积。

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = 腹式深呼吸
    .text = 请用鼻子深吸气，屏住几秒，再用嘴慢慢呼气。重复5次。
    .why = 感到紧张时，缓慢呼吸有助于让神经系统平静下来。

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = 喝一杯水
    .text = 如果有一阵子没喝水了，请现在喝满满一杯水。
    .why = 脱水有时会让神经更加敏感。

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = 给水瓶加满水
    .text = 请给可重复使用的水瓶加满水，放在桌上看得见的地方。
    .why = 水瓶放在眼前，会提醒您全天随时小口喝水。

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = 喝几口水
    .text = 请现在喝几口水，约1/4杯。
    .why = 全天稳定地小口喝水，比之后再补喝更容易。

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = 计入每天8杯的目标
    .text = 请喝一杯水，并把它计入今天8杯（约2升）的目标。
    .why = 身体的每项功能都离不开水，包括神经信号的传递。

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = 用水代替含糖饮料
    .text = 这次请倒一杯水来代替汽水或果汁，然后喝掉。
    .why = 含糖饮料可能导致脱水，所以喝水是更好的选择。

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = 喝咖啡时配一杯水
    .text = 下次喝咖啡或茶时，请同时喝一杯水，或者把那杯换成水。
    .why = 过量摄入咖啡因可能导致脱水。

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = 喝水休息
    .text = 请站起来，走到水龙头或饮水机旁，喝一杯水后再坐下。
    .why = 保持充足的水分，有助于维护神经及其周围组织的健康。

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = 缓解腿部麻木
relief-step-1 = 请立即改变姿势：放下跷着的腿、转移重心，或站起来走几步。
relief-step-2 = 请轻轻屈伸脚踝，并按顺时针和逆时针方向转动脚部。
relief-step-3 = 请轻轻抖动这条腿，再用手掌在麻木处慢慢画圈揉搓。不要用力按压。
relief-step-4 = 如果可以，请把腿放在脚踏、箱子或椅子上，稍稍抬高。
relief-advice = 如果麻木持续不退、逐渐加重，或伴有无力或疼痛，请找医疗专业人员诊治。
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = 在过去{ $days }天内，您的腿麻了{ $times }次。
relief-recent-hours = 在过去{ $hours }小时内，您的腿麻了{ $times }次。
relief-recent-span = 在过去{ $span }内，您的腿麻了{ $times }次。
