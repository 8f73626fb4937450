### deskbreak in Arabic. The reference is i18n/en/deskbreak.ftl: this file has exactly its
### messages, with the same variables. Corrections by native speakers are welcome (README.md,
### "Languages").

## Words used everywhere

category-posture = الوضعية
category-movement = الحركة
category-hydration = شرب الماء
# What a prompt of each category is called while it waits for an answer.
label-posture = فحص الوضعية
label-movement = استراحة للحركة
label-hydration = استراحة للماء
# Spans of time, as a person says them: "45 min", "2 h", "1 h 20 min", "30 s".
span-seconds = { $seconds } ث
span-minutes = { $minutes } د
span-hours = { $hours } س
span-hours-minutes = { $hours } س { $minutes } د
# Short weekday names, before a clock time ("Thu 14:32") and in the charts.
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

## A glance: the tray's title and tooltip, `status --format waybar`, `polybar` and `text`.

glance-waiting = { $label }: بانتظار الرد
glance-back-in = { $label }: العودة بعد { $span }
glance-snoozed = { $label }: تم التأجيل
glance-paused-until = متوقف مؤقتًا حتى { $time }
glance-paused = متوقف مؤقتًا
# A prompt of no known category that is due.
glance-a-prompt = تذكير
glance-next = التالي: { $category } بعد { $span }
glance-next-prompt = التذكير التالي بعد { $span }
glance-none = لا تذكير مجدول
glance-typing = { $label }: بانتظار توقفك عن الكتابة
glance-held = { $label }: في الانتظار، { $why }
glance-due = { $label }: حان الوقت
# What holds a due prompt back ($why above and in status-held, status-quiet).
held-do-not-disturb = وضع عدم الإزعاج مفعّل
held-camera = الكاميرا قيد الاستخدام
held-busy = تطبيق بملء الشاشة أو عرض تقديمي يتطلب الهدوء
held-locked = الشاشة مقفلة
held-away = أنت بعيد عن المكتب
held-typing = أنت تكتب
# Today's counts, joined by " · " into $counts.
counts-today = اليوم: { $counts }
count-done = تم: { $count }
count-snoozed = مؤجل: { $count }
count-skipped = متخطى: { $count }
count-missed = فائت: { $count }
count-natural = { $count ->
        [zero] لا استراحات طبيعية
        [one] استراحة طبيعية واحدة
        [two] استراحتان طبيعيتان
        [few] { $count } استراحات طبيعية
        [many] { $count } استراحة طبيعية
       *[other] { $count } استراحة طبيعية
    }
count-water = الماء { $glasses }/{ $target }
sitting-under-a-minute = جالس منذ أقل من دقيقة
sitting-for = جالس منذ { $span }
sitting-away = بعيد عن المكتب

## `deskbreak status`

status-state = الحالة: { $state }
state-waiting = بانتظار التذكير التالي
state-pending = تذكير بانتظار الرد
state-snoozed = تذكير مؤجل
state-paused = متوقف مؤقتًا
state-inactive = خارج ساعات النشاط
status-prompt = التذكير: { $title } ({ $category }) - { $text }
status-back-at = العودة في: { $time }
status-next-due = التالي: { $category }، مستحق منذ { $time }
status-next-due-any = التالي: مستحق منذ { $time }
status-next-at = التالي: { $category } في { $time } (بعد { $span })
status-next-at-any = التالي: في { $time } (بعد { $span })
status-paused-until = متوقف مؤقتًا حتى: { $time }
status-held-typing = معلّق: ينتظر التذكير توقفك عن الكتابة
status-held = معلّق: ينتظر التذكير طالما { $why }
status-quiet = هدوء: { $why }؛ أي تذكير يحين موعده ينتظر حتى ينتهي ذلك
status-sitting-since = { $sitting } (منذ { $time })
status-sitting-unmeasured = الجلوس: غير مقيس (لا يوجد كشف للخمول؛ راجع `deskbreak doctor`)

## The notification of a prompt, and deskbreak's own notifications.

button-done = تم
# $span is a span such as "10 min".
button-snooze = تأجيل { $span }
button-skip = تخطي
# Before a movement prompt's text, after a long stretch of sitting.
notification-sat-for = أنت جالس منذ { $span }. { $text }
alert-not-recorded = deskbreak: لم يُسجَّل
alert-not-recorded-next = { $reason }. أفرغ بعض المساحة (أو أصلح الملف)، ثم اختره مجددًا.
alert-config-not-applied = deskbreak: لم تُطبَّق الإعدادات
alert-cannot-open-config = deskbreak: تعذّر فتح ملف الإعدادات
alert-cannot-open-config-next = { $reason }. افتح { $path } في محررك، أو شغّل `deskbreak config edit`.
alert-cannot-show-statistics = deskbreak: تعذّر عرض الإحصاءات
alert-cannot-show-statistics-next = { $reason }. الصفحة هي { $path }: افتحها في متصفحك، أو شغّل `deskbreak stats`.

## The tray's menu (its title and tooltip are the glance above).

menu-done = تم
menu-snooze = تأجيل
menu-skip = تخطي
menu-break-now = خذ استراحة الآن
menu-pause = إيقاف مؤقت
menu-resume = استئناف
menu-one-hour = ساعة واحدة
menu-until-tomorrow = حتى الغد
menu-drank-water = شربت كوبًا من الماء
menu-legs-numb = ساقاي خدرتان
menu-statistics = الإحصاءات…
menu-open-config = فتح ملف الإعدادات
menu-quit = إنهاء
# What a screen reader says of the icon that asks for attention.
tray-attention = deskbreak: تذكير بانتظار الرد

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

reply-the-prompt = التذكير
reply-done = تم: { $title }.
reply-skipped = تم التخطي: { $title }.
reply-snoozed-for = تم تأجيل { $title } لمدة { $span }: العودة في { $time }.
reply-snoozed-title = تم تأجيل { $title }.
reply-nothing-before = لا تذكير قبل { $time }.
reply-snoozed = تم التأجيل.
reply-showing = يُعرض الآن: { $title }.
reply-catalogue-empty = لا تذكير لعرضه: الكتالوج فارغ.
reply-paused-until = متوقف مؤقتًا حتى { $time }.
reply-paused = تم الإيقاف المؤقت.
reply-resumed = تم الاستئناف.
reply-relief-on-screen = (معروض أيضًا على الشاشة كإشعار.)
reply-drink = { $glasses ->
        [zero] لم يُسجَّل أي كوب من الماء.
        [one] سُجّل كوب واحد من الماء.
        [two] سُجّل كوبان من الماء.
        [few] سُجّلت { $glasses } أكواب من الماء.
        [many] سُجّل { $glasses } كوبًا من الماء.
       *[other] سُجّل { $glasses } كوب من الماء.
    } الماء اليوم: { $water }/{ $target }.
reply-quit = تم إيقاف deskbreak.
reply-next = التالي: { $category } في { $time }.
reply-next-prompt = التذكير التالي في { $time }.
reply-none-scheduled = لا تذكير مجدول.
reply-no-status = لم ترسل الخدمة أي حالة
reload-applied = طُبّقت الإعدادات من { $path }.
reload-warning = تحذير: { $warning }
refused-no-reason = رفضت الخدمة الطلب
refused-nothing-pending = لا تذكير بانتظار الرد
refused-stale = هذا الإشعار لم يعد ساريًا
refused-not-paused = deskbreak ليس متوقفًا مؤقتًا
refused-paused = deskbreak متوقف مؤقتًا؛ شغّل `deskbreak resume` أولًا
not-recorded = تعذّرت الكتابة في { $path }: { $reason }؛ لم يُسجَّل شيء

## Dates and figures, in `stats` and the report page.

# "Thursday 19 November 2026"
date-long = { $weekday }، { $day } { $month } { $year }
# "Thursday 19 November"
date-day-month = { $weekday }، { $day } { $month }
weekday-long-mon = الاثنين
weekday-long-tue = الثلاثاء
weekday-long-wed = الأربعاء
weekday-long-thu = الخميس
weekday-long-fri = الجمعة
weekday-long-sat = السبت
weekday-long-sun = الأحد
# Month names as a date writes them (the genitive, where the language has one).
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
percent = { $percent }٪
damaged-lines = { $count ->
        [zero] تم تخطي { $count } سطر تالف (الأسطر { $lines })
        [one] تم تخطي سطر تالف واحد (السطر { $lines })
        [two] تم تخطي سطرين تالفين (السطران { $lines })
        [few] تم تخطي { $count } أسطر تالفة (الأسطر { $lines })
        [many] تم تخطي { $count } سطرًا تالفًا (الأسطر { $lines })
       *[other] تم تخطي { $count } سطر تالف (الأسطر { $lines })
    }

## `deskbreak stats`: the chart and the figures under it.

chart-period = { $from } إلى { $to } ({ $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    })
# The legend of the bars.
chart-done = تم
chart-snoozed = مؤجل
chart-skipped = متخطى
chart-missed = فائت
# Column headings: short, the figures under them are small numbers.
chart-column-done = تم
chart-column-snoozed = مؤجل
chart-column-skipped = تخطي
chart-column-missed = فائت
chart-column-natural = طبيعي
chart-column-water = ماء
chart-column-relief = خدر
chart-sitting-heading = الجلوس (فترات إلى المكتب، في يوم بدء كل منها):
chart-sitting-not-measured = الجلوس غير مقيس
chart-sat = جلوس { $sat }
# "2 h at most, 1 stretch over 60 min"
chart-sat-figures = { $longest } كحد أقصى، { $count ->
        [0] لا فترة أطول من { $over }
        [one] فترة واحدة أطول من { $over }
        [two] فترتان أطول من { $over }
        [few] { $count } فترات أطول من { $over }
        [many] { $count } فترة أطول من { $over }
       *[other] { $count } فترة أطول من { $over }
    }
chart-adherence = الالتزام (المُنجز من التذكيرات المعروضة):
# $done and $shown come padded, to line up in columns.
chart-done-of = { $done } من { $shown }
chart-average = { $span } ({ $answers ->
        [zero] { $answers } إجابة
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $answers } إجابات
        [many] { $answers } إجابة
       *[other] { $answers } إجابة
    })
chart-no-answers = لا إجابات
chart-average-line = متوسط وقت الإجابة: { $average }
chart-most-skipped-none = الأكثر تخطيًا: لا شيء
chart-most-skipped = الأكثر تخطيًا:
chart-water = الماء: { $glasses ->
        [zero] { $glasses } كوب
        [one] كوب واحد
        [two] كوبان
        [few] { $glasses } أكواب
        [many] { $glasses } كوبًا
       *[other] { $glasses } كوب
    } في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }؛ تحقق هدف { $target } يوميًا في { $met ->
        [zero] { $met } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $met } أيام
        [many] { $met } يومًا
       *[other] { $met } يوم
    }
chart-relief = نوبات خدر الساقين: { $count }
chart-sitting = الجلوس: { $sat } (مقيس في { $measured ->
        [zero] { $measured } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $measured } أيام
        [many] { $measured } يومًا
       *[other] { $measured } يوم
    })
chart-sitting-unmeasured = الجلوس: غير مقيس
chart-streak = السلسلة: { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } بإنجاز { $percent } على الأقل من التذكيرات
chart-damaged = السجل: { $damaged }

## The report page (`deskbreak report`, the tray's Statistics…).

# What the heading calls the period.
page-period = { $days ->
        [1] يومك
        [7] أسبوعك
        [30] شهرك
        [zero] آخر { $days } يوم
        [one] آخر يوم
        [two] آخر يومين
        [few] آخر { $days } أيام
        [many] آخر { $days } يومًا
       *[other] آخر { $days } يوم
    }
page-heading = { $period } مع deskbreak
page-from-to = { $from } إلى { $to }
page-lead = أنجزت { $done } من { $shown ->
        [zero] { $shown } تذكير معروض
        [one] تذكير واحد معروض
        [two] تذكيرين معروضين
        [few] { $shown } تذكيرات معروضة
        [many] { $shown } تذكيرًا معروضًا
       *[other] { $shown } تذكير معروض
    } ({ $percent }).
page-lead-none = لم يُعرض أي تذكير في هذه الأيام.
page-empty-heading = لا تذكيرات في هذه الأيام
page-empty = لا يحوي السجل أي تذكير لهذه الأيام. إن كان يُفترض أن يعمل deskbreak، فإن `deskbreak status` يخبرك هل يعمل، بينما يخبرك `deskbreak doctor` بما يستطيع رؤيته.
card-done = من التذكيرات أُنجز
card-streak-days = { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
card-streak = سلسلة أُنجز فيها { $percent } على الأقل
card-water-days = { $met } من { $days }
card-water = أيام شربت فيها { $glasses } من الماء
card-sitting = أطول مدة جلوس
card-relief = { $count ->
        [zero] مرة خدرت فيها الساقان
        [one] مرة خدرت فيها الساقان
        [two] مرتان خدرت فيهما الساقان
        [few] مرات خدرت فيها الساقان
        [many] مرة خدرت فيها الساقان
       *[other] مرة خدرت فيها الساقان
    }
page-relief-heading = خدر الساقين
page-relief-none = لم تُسجَّل أي نوبة خدر في الساقين في هذه الأيام.
page-relief-logged = سجّلت خدر الساقين { $count ->
        [zero] { $count } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }: { $days }.
page-relief-recurred = عاد الخدر عدة مرات خلال وقت قصير.
page-relief-note = عندما تخدر ساقك: غيّر وضعيتك، وحرّك كاحلك، وهزّ ساقك وافركها برفق، وارفعها قليلًا. يعرض عنصر «ساقاي خدرتان» في قائمة علبة النظام هذه الخطوات ويسجّل النوبة.
page-unknown = سجلات من نوع لا يعرفه هذا الإصدار: { $count } ({ $kinds })
page-damaged = السجل: { $damaged }.
page-made-by = أنشأه deskbreak { $version } من سجله لما فعلته بكل تذكير. الأرقام نفسها: `deskbreak stats --json`.
page-not-medical = deskbreak ليس جهازًا طبيًا.
page-prompts-heading = التذكيرات يوميًا
page-prompts-note = يجمع كل عمود ما آلت إليه تذكيرات اليوم؛ والتذكير المؤجل يعود وينتهي في جزء آخر.
page-prompts-chart = التذكيرات يوميًا حسب النتيجة
legend-done = تم
legend-snoozed = مؤجل
legend-skipped = متخطى
legend-missed = فائت (بلا رد)
legend-natural = استراحة طبيعية (كنت بعيدًا)
table-day = اليوم
table-done = تم
table-snoozed = مؤجل
table-skipped = متخطى
table-missed = فائت
table-natural = استراحة طبيعية
page-categories-heading = المُنجز حسب نوع التذكير
page-categories-chart = نسبة التذكيرات المُنجزة حسب النوع
page-category-done = تم { $done } من { $shown } ({ $percent })
page-category-none = لم يُعرض أي تذكير
page-skipped-heading = الأكثر تخطيًا
page-skipped-none = لم يُتخطَّ أي تذكير.
page-skipped-times = تم تخطيه { $count ->
        [zero] { $count } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }
page-water-heading = الماء
# $all and $target are "glasses" below.
page-water = { $all } إجمالًا؛ وعدد الأيام التي تحقق فيها هدف { $target } يوميًا: { $met } من { $days }.
legend-water-met = تحقق الهدف
legend-water-below = دون الهدف
page-water-chart = أكواب الماء يوميًا مقارنة بالهدف
page-water-of = { $glasses } من { $target }
page-water-target = الهدف { $target }
glasses = { $count ->
        [zero] { $count } كوب
        [one] كوب واحد
        [two] كوبان
        [few] { $count } أكواب
        [many] { $count } كوبًا
       *[other] { $count } كوب
    }
page-sitting-heading = الجلوس
page-sitting-unmeasured = لم يُقَس الجلوس في هذه الأيام: يعرف deskbreak متى تغادر المكتب من خلال كشف الخمول في بيئة سطح المكتب، ولم يجده (أو لم يكن يعمل). يخبرك `deskbreak doctor` بما يستطيع رؤيته.
page-sitting-note = كل عمود فترة إلى المكتب دون استراحة طبيعية، في يوم بدئها؛ والفجوات استراحات، أو وقت لم يقسه deskbreak.
page-sitting-chart = فترات الجلوس يوميًا حسب وقت اليوم
legend-sitting = جلوس
legend-longer-than = أطول من { $span }
table-longest-stretch = أطول فترة
table-longer-than = أطول من { $span }
page-not-measured = غير مقيس
page-no-stretch-began = لم تبدأ أي فترة في هذا اليوم
page-stretch = { $from } إلى { $to }: { $span }
page-longest-stretch = أطول فترة لك: { $span }، يوم { $date } من { $from } إلى { $to }.
page-no-stretch = لم تنتهِ أي فترة إلى المكتب في هذه الأيام.
page-no-long-stretch = لم تكن أي فترة أطول من { $span }.
page-long-stretches = { $count ->
        [zero] { $count } فترة كانت أطول من { $span }: قم وتحرّك قبل ذلك.
        [one] فترة واحدة كانت أطول من { $span }: قم وتحرّك قبل ذلك.
        [two] فترتان كانتا أطول من { $span }: قم وتحرّك قبل ذلك.
        [few] { $count } فترات كانت أطول من { $span }: قم وتحرّك قبل ذلك.
        [many] { $count } فترة كانت أطول من { $span }: قم وتحرّك قبل ذلك.
       *[other] { $count } فترة كانت أطول من { $span }: قم وتحرّك قبل ذلك.
    }
# "19 Nov", under the bars.
date-short = { $day } { $month }
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر

## Errors of the command line.

client-not-running = deskbreak لا يعمل (لا توجد خدمة خلفية تستجيب على { $socket }).
    شغّله باستخدام `deskbreak run`.
client-stopped = توقف deskbreak (أغلقت الخدمة الخلفية على { $socket } الاتصال)
already-running = deskbreak يعمل بالفعل؛ `deskbreak quit` يوقفه
already-running-pid = deskbreak يعمل بالفعل (PID { $pid })؛ `deskbreak quit` يوقفه

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications = الإشعارات
doctor-tray-host = علبة النظام
doctor-idle = كشف الخمول
doctor-lock-sleep = القفل والسكون
doctor-do-not-disturb = عدم الإزعاج
doctor-logind = logind
doctor-gnome-banners = لافتات GNOME
doctor-camera = الكاميرا
doctor-daemon = الخدمة الخلفية
doctor-config = الإعدادات
doctor-log = السجل
doctor-running = يعمل
doctor-not-running = لا يعمل
doctor-start-it = شغّله باستخدام `deskbreak run`
doctor-config-valid = { $path } (صالح)
doctor-config-unwritten = { $path } (لم يُكتب بعد: تكتب الخدمة الخلفية الإعدادات الافتراضية عند التشغيل الأول)
doctor-config-fix = أصلح الملف (يعرض `deskbreak config check` كل المشكلات)؛ تحتفظ الخدمة الخلفية بآخر نسخة صالحة
doctor-log-bytes = { $path } ({ $bytes } بايت)
doctor-log-empty = { $path } (فارغ حتى الآن)

## What the daemon answers a request (`deskbreak done`, `snooze`, ...), and why it declines one.

refused-shutting-down = deskbreak قيد الإيقاف
refused-other-user = تُرفض الاتصالات الواردة من مستخدم آخر

## Errors of the command line.

client-io = أثناء الاتصال بالخدمة الخلفية على { $socket }: { $reason }

## What is wrong in the config file (`deskbreak config check`, the daemon at start and at each
## change). The keys (`schedule.snooze`) and the values a key takes stay as the file writes them.

config-cannot-read = تعذّرت قراءة ملف الإعدادات { $path }: { $reason }
config-cannot-write = تعذّرت كتابة الإعدادات الافتراضية في { $path }: { $reason }
config-missing-key = المفتاح `{ $key }` مفقود في [{ $table }]
config-set-twice = المفتاح `{ $key }` معيَّن مرتين: أبقِ واحدًا فقط
config-syntax = صياغة TOML: { $error }
# $place below.
config-at-top-level = في المستوى الأعلى
config-in-table = في [{ $table }]
config-unknown-key-near = مفتاح غير معروف `{ $key }` { $place }: هل تقصد `{ $near }`؟
config-unknown-key = مفتاح غير معروف `{ $key }` { $place }: المفاتيح المعروفة هي { $known }
# A value that is not what its key takes. Each starts with the value as written ($text, in
# quotes), then a space: the message is shown after "`key` = ".
value-not-duration = { $text } ليس مدة زمنية: اكتبها مثل "90s" أو "10m" أو "1h30m"
value-not-percentage = { $text } ليس نسبة مئوية: اكتبها مثل "70%"
value-not-cadence = { $text } ليس إيقاعًا: اكتب مدة مثل "45m" أو نطاقًا مثل "30m..45m"
value-not-category = { $text } ليس فئة: اكتب posture أو movement أو hydration
value-not-day = { $text } ليس يومًا: اكتب mon أو tue أو wed أو thu أو fri أو sat أو sun
value-not-hours = { $text } ليس نطاق ساعات: اكتبه مثل "09:00-17:30"
config-no-prompts = لم يتبقَّ أي تذكير: فعّل التذكيرات المدمجة أو إحدى الفئات، أو أضف مدخلات [[prompts.custom]]
config-language = قيمة `language` هي "{ $tag }": يتحدث deskbreak { $known }؛ أو استخدم "auto" للغة الجلسة
config-under-a-minute = قيمة `{ $key }` هي { $span }: أقل من دقيقة، فستأتي التذكيرات كثيرًا جدًا
# "`schedule.snooze` must be from 1 second to 24 hours": $bounds is one of bounds-*.
config-must-be = يجب أن تكون قيمة `{ $key }` { $bounds }
bounds-span = بين ثانية واحدة و24 ساعة
bounds-relief-window = بين ساعة واحدة وسنة واحدة
bounds-glasses = بين 1 و50 كوبًا
bounds-episodes = بين 1 و100 نوبة
bounds-percent = بين "0%" و"100%"
bounds-pause = بين ثانية واحدة ودقيقة واحدة
bounds-wait = بين 0 ثانية (بلا انتظار) وساعة واحدة
config-max-below-min = `schedule.max_interval` ({ $max }) أقصر من `schedule.min_interval` ({ $min }): اجعله مساويًا له على الأقل
config-no-days = `schedule.days` فارغ: حدّد يومًا واحدًا على الأقل، أو أوقف deskbreak مؤقتًا بدلًا من ذلك
config-no-hours = `schedule.hours` فارغ: أعطِ نطاقًا واحدًا على الأقل مثل "09:00-17:30"
config-empty-range = نطاق الساعات هذا فارغ: يجب أن تأتي نهايته بعد بدايته (لا يمكن أن يتخطى النطاق منتصف الليل)
config-overlap = نطاق الساعات هذا يتداخل مع نطاق آخر
config-no-order = `prompts.order` فارغ: حدّد فئة واحدة على الأقل
config-order-twice = تظهر الفئة { $category } مرتين في `prompts.order`
config-empty-title = لهذا التذكير المخصص `title` فارغ
config-empty-text = لهذا التذكير المخصص `text` فارغ: اذكر ما يجب فعله
config-bad-id = لا يمكن أن يحوي المعرّف { $id } إلا أحرفًا لاتينية صغيرة وأرقامًا و'.' و'-' و'_'
config-id-taken = معرّف التذكير { $id } مستخدم بالفعل: أعطِ هذا التذكير `id` آخر
config-range-backwards = `{ $key }`: يجب أن يمتد النطاق من الفاصل الأقصر إلى الفاصل الأطول
config-check-warning = تحذير: { $path }: { $warning }
editor-cannot-start = تعذّر تشغيل المحرر { $editor }: { $reason }
editor-failed = فشل المحرر { $editor } ({ $status })؛ لم يُتحقَّق من الإعدادات
config-edit-kept = تحتفظ الخدمة الخلفية العاملة، إن وُجدت، بالإعدادات السابقة؛ أصلح الملف واحفظه مجددًا.
config-edit-applied = حسنًا: الإعدادات صالحة وقد طبّقها deskbreak.
config-edit-not-running = حسنًا: الإعدادات صالحة. deskbreak لا يعمل؛ وسيستخدمها عند تشغيله.

## `deskbreak autostart`. $kind is one of autostart-kind-*.

autostart-kind-xdg = مدخل التشغيل التلقائي XDG
autostart-kind-unit = وحدة المستخدم في systemd
autostart-kind-launch-agent = LaunchAgent
autostart-kind-run-value = قيمة المفتاح Run
autostart-foreign = { $path } موجود ولم يكتبه deskbreak، لذا تُرك كما هو: انقله إلى مكان آخر، ثم شغّل `deskbreak autostart enable` مجددًا
autostart-up-to-date = لا حاجة إلى تحديث { $kind } { $path }.
autostart-wrote = تمت كتابة { $kind } { $path }.
autostart-left-alone = تُرك { $path } كما هو: لم يكتبه deskbreak.
autostart-removed = تمت إزالة { $kind } { $path }.
autostart-status-foreign = التشغيل التلقائي: { $path } موجود، لكن deskbreak لم يكتبه
autostart-status-on = التشغيل التلقائي: مفعّل عبر { $kind } { $path }
autostart-status-written = التشغيل التلقائي: معطّل؛ تمت كتابة { $kind } { $path } دون تفعيل
autostart-off = التشغيل التلقائي: معطّل؛ `deskbreak autostart enable` يفعّله
autostart-enabled-session = سيبدأ deskbreak مع جلسة سطح المكتب بالأمر: { $command }
autostart-enabled-login = سيبدأ deskbreak عند تسجيل دخولك بالأمر: { $command }
autostart-nothing-to-remove-linux = لم يكن لدى deskbreak مدخل تشغيل تلقائي ولا وحدة: لا شيء لإزالته.
autostart-nothing-to-remove-macos = لم يكن لدى deskbreak أي LaunchAgent: لا شيء لإزالته.
autostart-nothing-to-remove-windows = لم يكن لدى deskbreak أي قيمة في المفتاح Run: لا شيء لإزالته.
autostart-systemd-elsewhere = الخيار --systemd مخصص لـ Linux؛ على macOS لا تستخدمه
autostart-unit-enable-hint = يفعّلها الأمر `systemctl --user enable { $unit }` في جلسة سطح المكتب.
autostart-no-user-manager = لم يستجب أي مدير مستخدم في systemd (systemctl --user: { $reason })، لذا كُتبت { $unit } دون تفعيل: في جلسة سطح المكتب، شغّل `systemctl --user enable { $unit }`
autostart-enable-failed = فشل `systemctl --user enable { $unit }`: { $reason }
autostart-unit-enabled = فُعّلت { $unit } باستخدام `systemctl --user enable`: ستبدأ مع جلستك الرسومية (يشغّلها `systemctl --user start deskbreak` الآن).
autostart-removed-link = تمت إزالة الرابط { $link }.
autostart-run-foreign = { $value } موجودة ولم يكتبها deskbreak، لذا تُركت كما هي
autostart-run-set = تم تعيين { $value } إلى { $data }: سيبدأ deskbreak عند تسجيل دخولك.
autostart-no-windowless = { $windowless } ليس بجانب { $exe }، لذا ستُفتح نافذة وحدة تحكم عند تسجيل الدخول؛ ابنه باستخدام `cargo install --path . --features windowless`، ثم فعّل التشغيل التلقائي مجددًا.
autostart-run-removed = تمت إزالة { $value }.

## Opening a file (the config, the report) in the desktop's default application, and the report.

open-cannot-run = تعذّر تشغيل { $program } ({ $reason })
open-no-application = لا يوجد تطبيق يفتحه ({ $program }: { $status })
open-failed = فشل { $program } ({ $reason })
open-no-program = لا يوجد برنامج مثبّت لفتحه (جُرّب: { $tried }){ $hint }
open-hint-debian = ؛ على Debian و Ubuntu: sudo apt install xdg-utils
report-too-long = يعرض التقرير { $max } من الأيام على الأكثر (سنة)؛ يلخّص `deskbreak stats --days { $days }` الفترات الأطول
report-cannot-open = تعذّر فتح التقرير في متصفح: { $reason }. الصفحة هي { $path }: افتحها في متصفحك.
report-cannot-write = تعذّرت كتابة التقرير في { $path }
cannot-read = تعذّرت قراءة { $path }: { $reason }

## `deskbreak doctor`: a label per line (a column at most about 15 characters wide), what was
## found, and what to do.

doctor-notifications-fix = شغّل خادم إشعارات (خادم سطح المكتب لديك، أو dunst / mako) على ناقل الجلسة
doctor-no-session-bus = لا يوجد ناقل جلسة D-Bus (DBUS_SESSION_BUS_ADDRESS)
doctor-notification-server = { $name } { $version } ({ $vendor })؛ القدرات: { $capabilities }
doctor-no-buttons = لا يعرض هذا الخادم أزرارًا: أجب باستخدام `deskbreak done|snooze|skip`
doctor-no-notification-server = لا يستجيب أي خادم إشعارات
doctor-tray-present = يوجد StatusNotifierWatcher
doctor-tray-none = لا يوجد
doctor-tray-fix = لا توجد لوحة تعرض عناصر علبة النظام (يحتاج GNOME إلى الامتداد AppIndicator)؛ لا تزال الإشعارات وسطر الأوامر تعمل
doctor-no-idle = لا يوجد مصدر لكشف الخمول: تتبع التذكيرات الجدول الزمني فقط. المدعوم: GNOME، ومؤلفات Wayland التي تدعم ext-idle-notify-v1 (KDE Plasma، و sway 1.8+، و Hyprland، ...) أو org_kde_kwin_idle (Plasma قبل 5.27، و sway حتى 1.7)، و X11؛ وفي غيرها يُستخدم IdleHint من logind عندما تعيّنه بيئة سطح المكتب
doctor-logind-reachable = متاح (يُرصد السكون وقفل الشاشة)
doctor-logind-unreachable = غير متاح
doctor-logind-fix = بدون logind لا يُرصد قفل الشاشة؛ لكن السكون يُلاحظ من قفزة الساعة
doctor-dnd-on = مفعّل (Inhibited لدى خادم الإشعارات): تنتظر التذكيرات حتى يُعطَّل
doctor-dnd-off = معطّل (Inhibited لدى خادم الإشعارات)
doctor-dnd-unknown = لا يبلّغ عنه خادم الإشعارات
# $why says which session the banners setting is followed in (English: it names D-Bus services).
doctor-banners-not-followed = غير متّبَعة: { $why }
doctor-banners-hidden = مخفية (عدم الإزعاج في GNOME؛ { $why }): تنتظر التذكيرات حتى تُعرض
doctor-banners-shown = معروضة ({ $why })
doctor-banners-unavailable = غير متاحة (لا توجد إعدادات GNOME: لا يحوي gsettings المخطط org.gnome.desktop.notifications)
doctor-idle-source = { $name } ({ $how })
doctor-idle-dbus-events = D-Bus، أحداث
doctor-idle-compositor-events = أحداث المُركِّب
doctor-idle-polled = يُستعلَم عنه مرة في الدقيقة على الأكثر
doctor-idle-none = لا يوجد
doctor-banners-gnome-shell = يعرض GNOME Shell الإشعارات
doctor-banners-other-server = خادم الإشعارات هو { $server }، وليس GNOME Shell
doctor-banners-gnome-session = جلسة GNOME (لم يستجب أي خادم إشعارات بعد)
doctor-banners-elsewhere = ليست جلسة GNOME، ولا يستجيب أي خادم إشعارات
doctor-banners-no-session-bus = لا يوجد ناقل جلسة
doctor-camera-in-use = قيد الاستخدام: تنتظر التذكيرات
doctor-camera-unused = غير مستخدمة
doctor-windows-toasts = إشعارات Windows المنبثقة (WinRT) مع أزرار تم / تأجيل / تخطي
doctor-windows-tray = منطقة الإعلام
doctor-windows-lock = رسائل القفل والطاقة للجلسة (WTSRegisterSessionNotification، WM_POWERBROADCAST)
doctor-windows-quiet-on = { $why }: تنتظر التذكيرات
doctor-windows-quiet-off = تقبل الواجهة الإشعارات (التطبيقات بملء الشاشة ووضع العرض التقديمي تؤخر التذكيرات)
doctor-macos-notifications = Notification Center، بدون أزرار
doctor-macos-notifications-fix = أجب عن التذكير من شريط القوائم أو باستخدام `deskbreak done|snooze|skip`
doctor-macos-tray = شريط القوائم
doctor-macos-lock = تُعد الشاشة المقفلة خمولًا؛ ويُلاحظ السكون من قفزة الساعة
doctor-macos-dnd = غير قابل للقراءة: لا يخبر macOS التطبيقات بما إذا كان وضع التركيز مفعّلًا
doctor-macos-dnd-fix = أوقف deskbreak مؤقتًا خلال ذلك الوقت (`deskbreak pause 1h`، أو «إيقاف مؤقت» في القائمة)

## `deskbreak log`: the outcome of each record, and what a record that is not an answer says.

outcome-done = تم
outcome-snoozed = مؤجل
outcome-skipped = متخطى
outcome-missed = فائت
outcome-natural = طبيعي
outcome-relief = خدر
outcome-drink = ماء
outcome-away = غياب
outcome-arrived = وصول
outcome-stopped = توقف
log-drink =
    { $glasses ->
        [zero] { $glasses } كوب من الماء
        [one] كوب واحد من الماء
        [two] كوبان من الماء
        [few] { $glasses } أكواب من الماء
        [many] { $glasses } كوبًا من الماء
       *[other] { $glasses } كوب من الماء
    }
log-back = عودة بعد غياب { $span } (منذ { $time })
log-arrived = إلى المكتب: يُقاس الجلوس من هنا
log-stopped = لم يعد الجلوس مقيسًا

# Address: second person singular (أنت) with the masculine imperative as the generic form ("ضع", "قم"), as in Windows, macOS and GNOME Arabic.

## The built-in prompts (config/prompts.toml): one message per prompt, named after its id
## ("posture.feet-flat" is prompt-posture-feet-flat). The value is the title (at most 40
## characters), .text says what to do (at most 120), .why gives the reason (at most 100). CJK
## characters count twice. Each comment quotes the guide's passage the prompt comes from.

# posture; the guide: "Ensure your feet are flat on the floor or a footrest"
prompt-posture-feet-flat = القدمان مستويتان على الأرض
    .text = ضع قدميك مستويتين على الأرض، أو على مسند للقدمين إن لم تصلا إليها. أبقهما كذلك في الدقائق القليلة القادمة.
    .why = القدمان المستويتان المسنودتان تُبعدان ساقيك عن الأوضاع غير المريحة التي تضغط على الأعصاب.

# posture; the guide: "your knees are at a 90-degree angle"
prompt-posture-knees-at-right-angle = الركبتان بزاوية 90 درجة
    .text = تأكد أن ركبتيك مثنيتان بنحو 90 درجة. وإلا فارفع الكرسي أو اخفضه حتى تصبحا كذلك: يستغرق ذلك دقيقة.
    .why = الزاوية القائمة عند الركبة هي وضعية الجلوس إلى المكتب التي يوصي بها الدليل.

# posture; the guide: "Your computer monitor should be at eye level to prevent neck strain"
prompt-posture-monitor-at-eye-level = الشاشة بمستوى العينين
    .text = انظر أمامك مباشرة: يجب أن تكون حافة الشاشة العليا بمستوى عينيك. وإلا فارفع الشاشة أو ضعها على كتاب.
    .why = الشاشة بمستوى العينين تمنع إجهاد الرقبة، الذي قد يؤثر بشكل غير مباشر في أعصاب الساقين.

# posture; the guide: "Use an ergonomic chair that supports the natural curve of your spine."
prompt-posture-back-against-chair = دع الكرسي يسند ظهرك
    .text = اجلس في عمق المقعد ليسند الكرسي انحناء أسفل ظهرك. ابقَ هكذا في الدقائق القليلة القادمة.
    .why = الكرسي الذي يسند الانحناء الطبيعي لعمودك الفقري يخفف الضغط عن أعصابك.

# posture; the guide: "Avoid hunching forward or leaning heavily on one side."
prompt-posture-sit-upright = اجلس معتدلًا ولا تنحنِ
    .text = اجلس معتدلًا دون أن تنحني للأمام أو تميل على جانب أو مسند ذراع. حافظ على هذه الوضعية في الدقائق القادمة.
    .why = الانحناء والميل يُبقيان جسمك في أوضاع غير مريحة تضغط على الأعصاب.

# posture; the guide: "Avoid crossing your legs for extended periods."
prompt-posture-uncross-legs = لا تضع ساقًا فوق ساق
    .text = إن كنت تضع ساقًا فوق ساق فأنزلها وضع قدميك على الأرض. لا تضع ساقًا فوق ساق في الـ 30 دقيقة القادمة.
    .why = وضع ساق فوق ساق لوقت طويل يضغط على الأعصاب ويعيق تدفق الدم.

# posture; the guide: "Immediately shift your weight, uncross your legs, or stand up and move around."
prompt-posture-shift-your-weight = انقل وزنك
    .text = انقل وزنك على الكرسي: مِل قليلًا على أحد الوركين ثم على الآخر، 5 مرات لكل جانب.
    .why = تغيير الوضعية سريعًا يخفف الضغط على الأعصاب قبل أن تخدر الساق.

# posture; the guide: "periodically shift your weight from one foot to the other"
prompt-posture-standing-weight-even = وزّع وزنك عند الوقوف
    .text = إن كنت تعمل واقفًا، فوزّع وزنك بالتساوي على قدميك. ثم انقله من قدم إلى أخرى لمدة دقيقة.
    .why = توزيع الوزن بالتساوي ونقله بانتظام يمنعان الضغط الطويل على ساق واحدة أثناء الوقوف.

# posture; the guide: "Prolonged pressure on a nerve, often due to poor posture, sitting cross-legged, or wearing tight clothing"
prompt-posture-loosen-tight-clothing = أرخِ كل ما هو ضيق
    .text = أرخِ الحزام أو خصر البنطال أو حافة الجورب إن كانت ضيقة، وأفرغ الجيب الخلفي المنتفخ. يستغرق ذلك أقل من دقيقة.
    .why = الملابس الضيقة قد تضغط على العصب لوقت طويل وتعيق تدفق الدم.

# posture; the guide: "Sustained awkward positions compress nerves, leading to numbness."
prompt-posture-nothing-pressing-legs = لا شيء يضغط على ساقيك
    .text = تأكد من عدم وجود ما يضغط على فخذيك أو خلف ركبتيك، كحافة المقعد أو عارضة المكتب. عدّله أو أبعده.
    .why = الضغط المستمر الناتج عن الأوضاع غير المريحة يسبب انضغاط الأعصاب ويؤدي إلى الخدر.

# posture; the guide: "Ensure your shoes fit properly and aren’t too tight, especially around the ankle or instep."
prompt-posture-shoes-not-tight = افحص حذاءك
    .text = افحص حذاءك: إن كان يضغط عند الكاحل أو على ظهر القدم، فأرخِ الأربطة أو اخلعه لبضع دقائق.
    .why = الحذاء الضيق جدًا يضع ضغطًا زائدًا على أعصاب القدمين وأسفل الساقين.

# movement; the guide: "stand up and move every 30-60 minutes, even if it’s just a quick walk to the kitchen or around the office"
prompt-movement-stand-and-walk = قم وامشِ
    .text = قم وامشِ دقيقة أو دقيقتين، إلى المطبخ أو النافذة أو في أرجاء المكتب، ثم عُد.
    .why = قطع فترات الجلوس يحافظ على تدفق الدم وينهي الضغط الطويل على أعصابك.

# movement; the guide: "Instead of trying to wiggle it in place, stand up, take a few steps around your office or room"
prompt-movement-few-steps-around-room = امشِ بضع خطوات
    .text = قم وامشِ 20 خطوة في غرفتك أو مكتبك. لا تكتفِ بتحريك قدمك في مكانها.
    .why = الحركة تعيد تدفق الدم وتخفف الضغط على العصب.

# movement; the guide: "and perhaps gently shake your leg"
prompt-movement-shake-legs = هزّ ساقيك
    .text = قم، وأمسك بالمكتب إن شئت، وهزّ إحدى ساقيك برفق لمدة 10 ثوانٍ، ثم الأخرى.
    .why = الهزّ برفق يساعد على عودة تدفق الدم ويخفف الضغط على العصب.

# movement; the guide: "gently flex and extend your ankle, rotating your foot clockwise and counter-clockwise"
prompt-movement-ankle-circles = تدوير الكاحل
    .text = ارفع إحدى قدميك قليلًا وأدِر كاحلك ببطء، 10 مرات في كل اتجاه، ثم بدّل القدم.
    .why = تحريك الكاحل يضخ الدم ويخفف الضغط على الأعصاب.

# movement; the guide: "If your foot was numb, gently flex and extend your ankle"
prompt-movement-ankle-flex = اثنِ قدميك ومدّهما
    .text = أبقِ كعبيك على الأرض، واسحب أصابع قدميك نحوك، ثم وجّهها بعيدًا عنك. كرّر ذلك ببطء 15 مرة.
    .why = ثني الكاحل ومدّه يعزز الدورة الدموية في أسفل الساق.

# movement; the guide: "For leg numbness, try a few slow knee bends"
prompt-movement-slow-knee-bends = اثنِ ركبتيك ببطء
    .text = قف خلف كرسيك وأمسك ظهره، واثنِ ركبتيك قليلًا ببطء ثم افردهما. كرّر ذلك 10 مرات ببطء.
    .why = ثني الركبتين ببطء يساعد على ضخ الدم في ساقيك.

# movement; the guide: "gentle hamstring stretches (e.g., reaching for your toes while seated"
prompt-movement-seated-hamstring-stretch = إطالة خلف الفخذ جلوسًا
    .text = اجلس قرب حافة الكرسي، ومُدّ إحدى ساقيك، ومُدّ يديك برفق نحو أصابع قدمك لمدة 20 ثانية. بدّل الساق.
    .why = إطالة خلف الفخذ برفق تعزز الدورة الدموية وقد تخفف الضغط البسيط على الأعصاب.

# movement; the guide: "a standing hamstring stretch where you place your heel on a slightly elevated surface"
prompt-movement-standing-hamstring-stretch = إطالة خلف الفخذ وقوفًا
    .text = قف وضع كعب إحدى قدميك على درجة أو صندوق منخفض، والساق مستقيمة، ومِل للأمام برفق لمدة 20 ثانية. بدّل الساق.
    .why = إطالة خلف الفخذ تساعد على ضخ الدم وتحرير الانضغاط البسيط للأعصاب.

# movement; the guide: "Develop a simple daily stretching routine focusing on the lower back, hips, hamstrings, and calves."
prompt-movement-calf-stretch = إطالة ربلة الساق
    .text = قف مواجهًا للمكتب ويداك عليه، وأرجع إحدى قدميك للخلف واضغط كعبها على الأرض لمدة 20 ثانية. بدّل الساق.
    .why = إطالة ربلتي الساقين تقلل شدّ العضلات الذي قد يضغط على الأعصاب.

# movement; the guide: "Examples include hamstring stretches, quad stretches"
prompt-movement-quad-stretch = إطالة مقدمة الفخذ
    .text = قف ممسكًا بالمكتب، واثنِ إحدى ركبتيك وأمسك تلك القدم بيدك خلفك لمدة 20 ثانية. بدّل الساق.
    .why = إطالة مقدمة الفخذ تحسّن المرونة وتخفف شدّ العضلات.

# movement; the guide: "and gentle spinal twists. This improves flexibility and reduces muscle tightness that can impinge on nerves."
prompt-movement-seated-spinal-twist = لفّ العمود الفقري برفق
    .text = اجلس معتدلًا وأدِر جذعك ببطء إلى اليمين لمدة 15 ثانية مستعينًا بظهر الكرسي. كرّر ذلك إلى اليسار.
    .why = اللفّ الخفيف يحسّن المرونة ويقلل شدّ العضلات الذي قد يضغط على الأعصاب.

# movement; the guide: "Using the palm of your hand, gently rub the numb area in circular motions."
prompt-movement-leg-massage = تدليك خفيف للساقين
    .text = افرك فخذيك وربلتي ساقيك برفق بكفّيك في دوائر صغيرة، 30 ثانية لكل ساق. اجعل الضغط خفيفًا.
    .why = التدليك اللطيف ينشّط تدفق الدم ويبعث على الراحة مع عودة الإحساس.

# movement; the guide: "You can also try lightly tapping the area with your fingertips."
prompt-movement-tap-legs = ربّت على ساقيك
    .text = ربّت برفق على فخذيك وربلتي ساقيك بأطراف أصابعك لمدة 20 ثانية لكل ساق.
    .why = التربيت الخفيف يمنح تنشيطًا لطيفًا يعزز تدفق الدم.

# movement; the guide: "Elevating your leg can help improve venous return, reducing any potential pooling of blood"
prompt-movement-elevate-legs = ارفع قدميك
    .text = أرِح قدميك على صندوق منخفض أو كرسي أو مسند للقدمين لمدة دقيقة، ودع ساقيك تسترخيان.
    .why = رفع الساقين يساعد الدم على العودة ويقلل تجمّعه في أسفل الساقين.

# movement; the guide: "Inhale deeply through your nose, hold for a few seconds, and exhale slowly through your mouth."
prompt-movement-belly-breathing = تنفّس عميق من البطن
    .text = خذ نفسًا عميقًا من أنفك، واحبسه بضع ثوانٍ، ثم أخرجه ببطء من فمك. كرّر ذلك 5 مرات.
    .why = التنفس البطيء يساعد على تهدئة جهازك العصبي عندما تشعر بالتوتر.

# hydration; the guide: "If you haven’t had water in a while, drink a glass."
prompt-hydration-drink-a-glass = اشرب كوبًا من الماء
    .text = اشرب الآن كوبًا ممتلئًا من الماء إن لم تشرب الماء منذ فترة.
    .why = الجفاف قد يزيد أحيانًا من حساسية الأعصاب.

# hydration; the guide: "Carry a reusable water bottle to remind yourself to sip throughout the day."
prompt-hydration-refill-bottle = املأ زجاجة الماء
    .text = املأ زجاجة الماء القابلة لإعادة الاستخدام وضعها على مكتبك حيث تراها.
    .why = الزجاجة الظاهرة أمامك تذكّرك بأن تواصل الارتشاف طوال اليوم.

# hydration; the guide: "remind yourself to sip throughout the day"
prompt-hydration-take-a-few-sips = خذ بضع رشفات
    .text = خذ الآن بضع رشفات من الماء، نحو ربع كوب.
    .why = الارتشاف بانتظام طوال اليوم أسهل من التعويض لاحقًا.

# hydration; the guide: "Aim to drink at least 8 glasses (approximately 2 liters) of water daily."
prompt-hydration-daily-target = خطوة نحو 8 أكواب
    .text = اشرب كوبًا من الماء واحسبه من هدف اليوم: 8 أكواب، أي نحو 2 لتر.
    .why = الماء ضروري لكل وظائف الجسم، ومنها نقل الإشارات العصبية.

# hydration; the guide: "Limit sugary drinks, excessive caffeine, and alcohol, as these can contribute to dehydration."
prompt-hydration-water-instead-of-sugary-drink = ماء بدلًا من مشروب محلّى
    .text = اسكب كوبًا من الماء هذه المرة بدلًا من المشروب الغازي أو العصير، واشربه.
    .why = المشروبات المحلّاة قد تساهم في الجفاف، لذا فالماء هو الخيار الأفضل.

# hydration; the guide: "excessive caffeine, and alcohol, as these can contribute to dehydration"
prompt-hydration-water-with-coffee = كوب ماء مع قهوتك
    .text = اشرب كوبًا من الماء مع فنجان القهوة أو الشاي التالي، أو اشرب ماءً بدلًا منه.
    .why = الإفراط في الكافيين قد يساهم في الجفاف.

# hydration; the guide: "Water is essential for every bodily function, including nerve signal transmission and maintaining the health of surrounding tissues."
prompt-hydration-water-for-your-nerves = استراحة للماء
    .text = قم وامشِ إلى الصنبور أو مبرّد الماء، واشرب كوبًا من الماء قبل أن تجلس مجددًا.
    .why = الحفاظ على ترطيب الجسم يدعم صحة أعصابك والأنسجة المحيطة بها.

## The guide's immediate-relief steps for a leg that has gone numb (`deskbreak relief`, the
## tray's "My legs are numb"), and its advice to see a professional.

relief-title = تخفيف خدر الساقين
relief-step-1 = غيّر وضعيتك الآن: أنزل ساقك عن الأخرى، أو انقل وزنك، أو قم وامشِ بضع خطوات.
relief-step-2 = اثنِ كاحلك ومدّه برفق، مع تدوير قدمك في اتجاه عقارب الساعة وعكسه.
relief-step-3 = هزّ ساقك برفق، ثم افرك المنطقة الخدرة بكفّك في دوائر بطيئة. دون ضغط قوي.
relief-step-4 = إن استطعت، ارفع ساقك قليلًا على مسند للقدمين أو صندوق أو كرسي.
relief-advice = إذا استمر الخدر أو ازداد سوءًا أو صاحبه ضعف أو ألم، فيجب أن يفحصه أخصائي رعاية صحية.
# How often the legs went numb lately, counted over the configured window: whole days, whole
# hours, or any other span ($span is written like "90m").
relief-recent-days = خدرت ساقاك { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرة
       *[other] { $times } مرة
    } { $days ->
        [zero] خلال آخر { $days } يوم
        [one] خلال آخر يوم
        [two] خلال آخر يومين
        [few] خلال آخر { $days } أيام
        [many] خلال آخر { $days } يومًا
       *[other] خلال آخر { $days } يوم
    }.
relief-recent-hours = خدرت ساقاك { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرة
       *[other] { $times } مرة
    } { $hours ->
        [zero] خلال آخر { $hours } ساعة
        [one] خلال آخر ساعة
        [two] خلال آخر ساعتين
        [few] خلال آخر { $hours } ساعات
        [many] خلال آخر { $hours } ساعة
       *[other] خلال آخر { $hours } ساعة
    }.
relief-recent-span = خدرت ساقاك { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرة
       *[other] { $times } مرة
    } خلال آخر { $span }.
