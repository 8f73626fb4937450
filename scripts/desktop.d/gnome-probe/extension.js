// deskbreak's real-desktop harness (scripts/desktop gnome) clicks with real input through
// org.gnome.Mutter.RemoteDesktop, which takes pointer motion but tells nothing of where a
// banner's "Done" button or a menu entry is. This probe answers that, read-only, on the Shell's
// own connection at /org/deskbreak/Probe: the screen rectangles of the mapped actors showing a
// text, having a style class, or of the panel's indicators. It acts on nothing.
// GNOME 43/44 (Debian 12): the pre-45 extension format.
/* exported init */
const { Gio, Clutter, St } = imports.gi;
const Main = imports.ui.main;

const IFACE = `<node><interface name="org.deskbreak.Probe">
  <method name="FindText"><arg type="s" direction="in"/><arg type="a(siiii)" direction="out"/></method>
  <method name="FindClass"><arg type="s" direction="in"/><arg type="a(siiii)" direction="out"/></method>
  <method name="Indicators"><arg type="a(siiii)" direction="out"/></method>
  <method name="Pointer"><arg type="i" direction="out"/><arg type="i" direction="out"/></method>
</interface></node>`;

function rect(name, actor) {
    const [x, y] = actor.get_transformed_position();
    const [w, h] = actor.get_transformed_size();
    return [name, Math.round(x), Math.round(y), Math.round(w), Math.round(h)];
}

// Every mapped actor under the stage that `test` accepts, as (name, x, y, w, h).
function collect(test) {
    const found = [];
    const walk = actor => {
        if (!actor.mapped)
            return;
        const name = test(actor);
        if (name !== null)
            found.push(rect(name, actor));
        for (const child of actor.get_children())
            walk(child);
    };
    walk(global.stage);
    return found;
}

class Probe {
    FindText(text) {
        return collect(a => a instanceof Clutter.Text && a.text && a.text.includes(text) ? a.text : null);
    }

    FindClass(styleClass) {
        return collect(a => a instanceof St.Widget && a.has_style_class_name(styleClass) ? styleClass : null);
    }

    Indicators() {
        return Object.entries(Main.panel.statusArea)
            .filter(([, indicator]) => indicator.mapped)
            .map(([key, indicator]) => rect(key, indicator));
    }

    Pointer() {
        const [x, y] = global.get_pointer();
        return [x, y];
    }
}

class Extension {
    enable() {
        this._object = Gio.DBusExportedObject.wrapJSObject(IFACE, new Probe());
        this._object.export(Gio.DBus.session, '/org/deskbreak/Probe');
    }

    disable() {
        this._object.unexport();
        this._object = null;
    }
}

function init() {
    return new Extension();
}
