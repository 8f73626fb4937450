/*
 * kde-input: real pointer input for the KDE half of scripts/desktop, through KWin's
 * org_kde_kwin_fake_input Wayland protocol (the one KDE Connect and KWin's own tests use;
 * wtype's virtual-keyboard protocol is not offered by KWin 5.27). KWin advertises the global
 * only with KWIN_WAYLAND_NO_PERMISSION_CHECKS=1, and accepts every authenticate request.
 *
 *   kde-input move X Y        put the pointer at X,Y (logical pixels)
 *   kde-input click X Y       move there, then press and release the left button
 *   kde-input rclick X Y      the same with the right button
 *
 * Built by kde.sh with gcc against libwayland-client and the code wayland-scanner makes from
 * plasma-wayland-protocols' fake-input.xml.
 */
#include <linux/input-event-codes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wayland-client.h>

#include "fake-input-client-protocol.h"

static struct org_kde_kwin_fake_input *fake;

static void global(void *data, struct wl_registry *registry, uint32_t name, const char *interface,
                   uint32_t version)
{
    (void)data;
    if (strcmp(interface, org_kde_kwin_fake_input_interface.name) == 0 && version >= 3) {
        /* 3 brings pointer_motion_absolute; nothing here needs 4 (keyboard). */
        fake = wl_registry_bind(registry, name, &org_kde_kwin_fake_input_interface, 3);
    }
}

static void global_remove(void *data, struct wl_registry *registry, uint32_t name)
{
    (void)data;
    (void)registry;
    (void)name;
}

static const struct wl_registry_listener registry_listener = {global, global_remove};

/* Lets KWin deliver each event before the next, as a hand would: a press that arrives in
 * the same frame as the motion can land before Qt has seen the pointer enter the button. */
static void pause_ms(struct wl_display *display, long ms)
{
    wl_display_roundtrip(display);
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 4 || (strcmp(argv[1], "move") && strcmp(argv[1], "click") && strcmp(argv[1], "rclick"))) {
        fprintf(stderr, "usage: kde-input move|click|rclick X Y\n");
        return 2;
    }
    double x = atof(argv[2]), y = atof(argv[3]);

    struct wl_display *display = wl_display_connect(NULL);
    if (!display) {
        fprintf(stderr, "kde-input: no Wayland display (WAYLAND_DISPLAY=%s)\n",
                getenv("WAYLAND_DISPLAY") ? getenv("WAYLAND_DISPLAY") : "");
        return 1;
    }
    struct wl_registry *registry = wl_display_get_registry(display);
    wl_registry_add_listener(registry, &registry_listener, NULL);
    wl_display_roundtrip(display);
    if (!fake) {
        fprintf(stderr, "kde-input: the compositor offers no org_kde_kwin_fake_input v3 "
                        "(KWin hides it without KWIN_WAYLAND_NO_PERMISSION_CHECKS=1)\n");
        return 1;
    }
    org_kde_kwin_fake_input_authenticate(fake, "deskbreak desktop harness", "clicks prompts");

    org_kde_kwin_fake_input_pointer_motion_absolute(fake, wl_fixed_from_double(x),
                                                    wl_fixed_from_double(y));
    pause_ms(display, 150);
    if (strcmp(argv[1], "move") != 0) {
        uint32_t button = strcmp(argv[1], "click") == 0 ? BTN_LEFT : BTN_RIGHT;
        org_kde_kwin_fake_input_button(fake, button, WL_POINTER_BUTTON_STATE_PRESSED);
        pause_ms(display, 80);
        org_kde_kwin_fake_input_button(fake, button, WL_POINTER_BUTTON_STATE_RELEASED);
        pause_ms(display, 50);
    }
    org_kde_kwin_fake_input_destroy(fake);
    wl_display_roundtrip(display);
    wl_display_disconnect(display);
    return 0;
}
