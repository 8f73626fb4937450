#!/usr/bin/python3
"""Real input and screenshots in a GNOME Shell session, for scripts/desktop gnome.

    gnome-input.py shot FILE            the whole screen (with the pointer) as a PNG
    gnome-input.py shot-area FILE X Y W H   a part of it
    gnome-input.py find TEXT            where mapped actors show TEXT: "x y w h text" lines
    gnome-input.py click-text TEXT      click the middle of the first actor showing TEXT
    gnome-input.py click-class CLASS    click the middle of the last actor with that style class
    gnome-input.py click-indicator KEY  click the panel indicator whose key contains KEY
    gnome-input.py indicators           the panel's indicators: "x y w h key" lines
    gnome-input.py move X Y             move the pointer to X, Y
    gnome-input.py key KEYSYM           press and release a key (an X keysym name: Escape)

Input goes through org.gnome.Mutter.RemoteDesktop, the compositor's own virtual devices, so
GNOME Shell handles it as a person's pointer and keyboard (and Mutter's idle monitor sees it).
Where things are comes from the test probe extension (gnome-probe/extension.js). Screenshots
come from org.gnome.Shell.Screenshot, which answers only the owner of org.gnome.Screenshot: this
process takes that name first (gdbus cannot own names).
"""

import sys
import time

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

BUS = Gio.bus_get_sync(Gio.BusType.SESSION, None)
BTN_LEFT = 0x110  # linux/input-event-codes.h
KEYSYMS = {"Escape": 0xFF1B, "Return": 0xFF0D, "space": 0x20}


def call(dest, path, iface, method, args=None, reply=None):
    result = BUS.call_sync(
        dest, path, iface, method, args,
        GLib.VariantType(reply) if reply else None,
        Gio.DBusCallFlags.NONE, 20000, None)
    return result.unpack() if result is not None else None


def probe(method, *args):
    sig = "(" + "s" * len(args) + ")"
    params = GLib.Variant(sig, args) if args else None
    return call("org.gnome.Shell", "/org/deskbreak/Probe", "org.deskbreak.Probe", method, params)


class Input:
    """One RemoteDesktop session: it ends when this process does."""

    def __init__(self):
        rd = "org.gnome.Mutter.RemoteDesktop"
        (self.path,) = call(rd, "/org/gnome/Mutter/RemoteDesktop", rd, "CreateSession", reply="(o)")
        self.session("Start")

    def session(self, method, sig=None, *args):
        call("org.gnome.Mutter.RemoteDesktop", self.path, "org.gnome.Mutter.RemoteDesktop.Session",
             method, GLib.Variant(sig, args) if sig else None)

    def move(self, x, y):
        # Absolute motion needs a ScreenCast stream (and PipeWire); relative motion does not.
        # Mutter keeps the pointer on the monitor, so a long move lands in a corner: the
        # bottom right one, since the top left is GNOME's hot corner (it opens the overview).
        # From there, the probe says where the pointer is and the rest is a relative move.
        self.session("NotifyPointerMotionRelative", "(dd)", 10000.0, 10000.0)
        for _ in range(4):
            time.sleep(0.1)
            px, py = probe("Pointer")
            if (px, py) == (x, y):
                return
            self.session("NotifyPointerMotionRelative", "(dd)", float(x - px), float(y - py))
        raise SystemExit(f"the pointer is at {px},{py}, not {x},{y}")

    def click(self, x, y):
        self.move(x, y)
        # A hover first: GNOME shows a banner's close button only under the pointer.
        time.sleep(0.4)
        self.session("NotifyPointerButton", "(ib)", BTN_LEFT, True)
        time.sleep(0.08)
        self.session("NotifyPointerButton", "(ib)", BTN_LEFT, False)
        time.sleep(0.2)

    def key(self, keysym):
        self.session("NotifyKeyboardKeysym", "(ub)", keysym, True)
        time.sleep(0.05)
        self.session("NotifyKeyboardKeysym", "(ub)", keysym, False)
        time.sleep(0.2)

    def stop(self):
        self.session("Stop")


def middle(found, what, pick):
    if not found:
        raise SystemExit(f"nothing on screen: {what}")
    _, x, y, w, h = pick(found)
    return x + w // 2, y + h // 2


def shot(filename, area=None):
    owned = call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                 "RequestName", GLib.Variant("(su)", ("org.gnome.Screenshot", 4)), "(u)")
    if owned != (1,):
        raise SystemExit(f"could not own org.gnome.Screenshot: {owned}")
    # The Shell learns of the new owner from the bus's signal, a moment after we do.
    for attempt in range(20):
        try:
            if area:
                method, args = "ScreenshotArea", GLib.Variant("(iiiibs)", (*area, False, filename))
            else:
                method, args = "Screenshot", GLib.Variant("(bbs)", (True, False, filename))
            ok, used = call("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot",
                            "org.gnome.Shell.Screenshot", method, args, "(bs)")
            if not ok:
                raise SystemExit("the Shell took no screenshot")
            print(used)
            return
        except GLib.Error as err:
            if "AccessDenied" not in str(err) or attempt == 19:
                raise
            time.sleep(0.2)


def main(argv):
    cmd, *args = argv[1:] or ["help"]
    if cmd == "shot":
        shot(args[0])
    elif cmd == "shot-area":
        shot(args[0], tuple(int(a) for a in args[1:5]))
    elif cmd == "find":
        for name, x, y, w, h in probe("FindText", args[0])[0]:
            print(x, y, w, h, name.replace("\n", " "))
    elif cmd == "indicators":
        for name, x, y, w, h in probe("Indicators")[0]:
            print(x, y, w, h, name)
    elif cmd in ("click-text", "click-class", "click-indicator", "move"):
        if cmd == "click-text":
            # The actor showing exactly TEXT (a button's label), else the first containing it.
            found = probe("FindText", args[0])[0]
            found = [f for f in found if f[0] == args[0]] or found
            at = middle(found, args[0], lambda f: f[0])
        elif cmd == "click-class":
            at = middle(probe("FindClass", args[0])[0], args[0], lambda f: f[-1])
        elif cmd == "click-indicator":
            found = [i for i in probe("Indicators")[0] if args[0] in i[0]]
            at = middle(found, "indicator " + args[0], lambda f: f[0])
        else:
            at = int(args[0]), int(args[1])
        dev = Input()
        if cmd == "move":
            dev.move(*at)
        else:
            dev.click(*at)
        dev.stop()
        print(*at)
    elif cmd == "key":
        dev = Input()
        dev.key(KEYSYMS[args[0]])
        dev.stop()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
