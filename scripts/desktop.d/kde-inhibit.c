/*
 * kde-inhibit: Do Not Disturb on Plasma's notification server for as long as this runs, for the
 * KDE half of scripts/desktop.
 *
 * Plasma keeps an org.freedesktop.Notifications.Inhibit only while the caller stays on the bus
 * (it is how a video player or a presentation asks for quiet): `gdbus call` would end it at
 * once. So this calls Inhibit, prints the cookie, and waits until it is stopped. While it
 * runs, Plasma's Inhibited property is true and its bell icon shows Do Not Disturb.
 */
#include <gio/gio.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    GError *error = NULL;
    GDBusConnection *bus = g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, &error);
    if (!bus) {
        fprintf(stderr, "kde-inhibit: no session bus: %s\n", error->message);
        return 1;
    }
    GVariant *reply = g_dbus_connection_call_sync(
        bus, "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications", "Inhibit",
        g_variant_new("(ssa{sv})", "deskbreak-harness", "the desktop harness checks Do Not Disturb", NULL),
        G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NONE, 10000, NULL, &error);
    if (!reply) {
        fprintf(stderr, "kde-inhibit: Inhibit: %s\n", error->message);
        return 1;
    }
    guint32 cookie;
    g_variant_get(reply, "(u)", &cookie);
    printf("inhibited: cookie %u\n", cookie);
    fflush(stdout);
    for (;;) pause();
}
