/*
 * kde-shot: a PNG of the screen (or part of it) from KWin's org.kde.KWin.ScreenShot2, for the
 * KDE half of scripts/desktop.
 *
 *   kde-shot OUT.png [X Y W H [SCALE]]   the area, or the whole 1280x800 screen; SCALE
 *                                        (whole number) enlarges it, for OCR of small text
 *   kde-shot --find RRGGBB X Y W H       where that colour is in the area: prints the centre
 *                                        of its pixels and their number ("X Y N"); exit 1 when
 *                                        there are none (finds an icon: the tray's, a button's)
 *
 * KWin 5.27 answers only a caller whose /proc/PID/exe, made canonical, is the first word of
 * the Exec= line of an installed desktop file that lists org.kde.KWin.ScreenShot2 under
 * X-KDE-DBUS-Restricted-Interfaces (src/utils/serviceutils.h). That is why this is a compiled
 * program and not a script: a script's /proc/PID/exe would be its interpreter. kde.sh installs
 * that desktop file for this binary's path.
 *
 * KWin replies with the image's QImage format, size and stride, then writes the raw pixels
 * into the pipe we pass and closes it.
 */
#include <errno.h>
#include <gio/gio.h>
#include <gio/gunixfdlist.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int fail(const char *what, const char *detail)
{
    fprintf(stderr, "kde-shot: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    return 1;
}

/* One pixel of the QImage formats KWin sends, as RGBA: the 32-bit ARGB family is stored as
 * a native-endian 0xAARRGGBB word, the 8888 family byte by byte. */
static void to_rgba(guint32 format, const guint8 *in, guint8 *out)
{
    switch (format) {
    case 4: /* Format_RGB32 */
    case 5: /* Format_ARGB32 */
    case 6: /* Format_ARGB32_Premultiplied */ {
        guint32 v;
        memcpy(&v, in, 4);
        out[0] = v >> 16, out[1] = v >> 8, out[2] = v, out[3] = format == 4 ? 255 : v >> 24;
        break;
    }
    default: /* Format_RGBX8888 (16), Format_RGBA8888 (17), _Premultiplied (18) */
        memcpy(out, in, 4);
        if (format == 16) out[3] = 255;
    }
}

int main(int argc, char **argv)
{
    gboolean find = argc == 7 && strcmp(argv[1], "--find") == 0;
    if ((argc != 2 && argc != 6 && argc != 7) || (find && strlen(argv[2]) != 6)) {
        fprintf(stderr, "usage: kde-shot OUT.png [X Y W H [SCALE]]\n       kde-shot --find RRGGBB X Y W H\n");
        return 2;
    }
    int a = find ? 3 : 2; /* where the area's arguments start */
    gint x = 0, y = 0;
    guint w = 1280, h = 800;
    guint scale = argc == 7 && !find ? (guint)atoi(argv[6]) : 1;
    if (scale < 1 || scale > 8) scale = 1;
    if (argc >= 6) x = atoi(argv[a]), y = atoi(argv[a + 1]), w = (guint)atoi(argv[a + 2]), h = (guint)atoi(argv[a + 3]);

    GError *error = NULL;
    GDBusConnection *bus = g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, &error);
    if (!bus) return fail("no session bus", error->message);

    int fds[2];
    if (pipe(fds) != 0) return fail("pipe", strerror(errno));
    GUnixFDList *fd_list = g_unix_fd_list_new();
    gint handle = g_unix_fd_list_append(fd_list, fds[1], &error);
    close(fds[1]);
    if (handle < 0) return fail("fd list", error->message);

    GVariantBuilder options;
    g_variant_builder_init(&options, G_VARIANT_TYPE("a{sv}"));
    /* The pointer shows where the harness is about to click or has clicked. */
    g_variant_builder_add(&options, "{sv}", "include-cursor", g_variant_new_boolean(TRUE));
    g_variant_builder_add(&options, "{sv}", "native-resolution", g_variant_new_boolean(TRUE));
    GVariant *reply = g_dbus_connection_call_with_unix_fd_list_sync(
        bus, "org.kde.KWin.ScreenShot2", "/org/kde/KWin/ScreenShot2", "org.kde.KWin.ScreenShot2",
        "CaptureArea", g_variant_new("(iiuua{sv}h)", x, y, w, h, &options, handle),
        G_VARIANT_TYPE("(a{sv})"), G_DBUS_CALL_FLAGS_NONE, 30000, fd_list, NULL, NULL, &error);
    g_object_unref(fd_list);
    if (!reply) return fail("CaptureArea", error->message);

    GVariant *results = g_variant_get_child_value(reply, 0);
    guint32 format = 0, width = 0, height = 0, stride = 0;
    g_variant_lookup(results, "format", "u", &format);
    g_variant_lookup(results, "width", "u", &width);
    g_variant_lookup(results, "height", "u", &height);
    g_variant_lookup(results, "stride", "u", &stride);
    if (!width || !height || stride < width * 4 || !((format >= 4 && format <= 6) || (format >= 16 && format <= 18))) {
        char detail[128];
        snprintf(detail, sizeof detail, "format %u, %ux%u, stride %u", format, width, height, stride);
        return fail("an image this program cannot read", detail);
    }

    size_t size = (size_t)stride * height, got = 0;
    guint8 *raw = g_malloc(size);
    while (got < size) {
        ssize_t n = read(fds[0], raw + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail("the pipe closed before the whole image came", n < 0 ? strerror(errno) : NULL);
        got += (size_t)n;
    }
    close(fds[0]);

    if (find) {
        /* Anti-aliased edges and shading differ a little from the icon's colour. */
        long want = strtol(argv[2], NULL, 16), n = 0, sx = 0, sy = 0;
        guint8 px[4];
        for (guint32 r = 0; r < height; r++)
            for (guint32 c = 0; c < width; c++) {
                to_rgba(format, raw + (size_t)r * stride + c * 4, px);
                if (abs(px[0] - (int)(want >> 16 & 255)) <= 30 && abs(px[1] - (int)(want >> 8 & 255)) <= 30 &&
                    abs(px[2] - (int)(want & 255)) <= 30)
                    n++, sx += c, sy += r;
            }
        if (!n) return 1;
        /* The image may be at native resolution: map back to logical pixels. */
        printf("%ld %ld %ld\n", x + sx * (long)w / width / n, y + sy * (long)h / height / n, n);
        return 0;
    }

    FILE *out = fopen(argv[1], "wb");
    if (!out) return fail(argv[1], strerror(errno));
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) return fail("writing the PNG", argv[1]);
    png_init_io(png, out);
    png_set_IHDR(png, info, width * scale, height * scale, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    guint8 *row = g_malloc((size_t)width * scale * 4);
    for (guint32 r = 0; r < height; r++) {
        for (guint32 c = 0; c < width; c++)
            for (guint k = 0; k < scale; k++)
                to_rgba(format, raw + (size_t)r * stride + c * 4, row + ((size_t)c * scale + k) * 4);
        for (guint k = 0; k < scale; k++) png_write_row(png, row);
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    fclose(out);
    return 0;
}
