package io.guarddesk.tickets.boundary.web;

import io.guarddesk.disclosure.control.RefusalView;
import io.guarddesk.platform.web.Faces;

/**
 * What the guard found, in words an agent acts on (R2.5): the kind, the masked tail, where, and
 * why it may not go out.
 */
final class RefusalTexts {

    private RefusalTexts() {
    }

    static void show(RefusalView refusal) {
        Faces.error(refusal.releasable() ? "guard.held.releasable" : "guard.held.final");
        refusal.items().forEach(item -> Faces.errorText(describe(item)));
    }

    static String describe(RefusalView.Item item) {
        return Faces.text("guard.kind." + item.kind()) + " " + item.masked()
                + " (" + Faces.text("guard.where." + item.where()) + "): " + Faces.text("guard.why." + item.kind());
    }
}
