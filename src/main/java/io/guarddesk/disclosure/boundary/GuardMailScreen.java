package io.guarddesk.disclosure.boundary;

import io.guarddesk.disclosure.control.GateDecision;
import io.guarddesk.mail.boundary.MailRefusedException;
import io.guarddesk.mail.boundary.MailScreen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every mail of the outbox passes the outbound gate (R2.3). */
@ApplicationScoped
public class GuardMailScreen implements MailScreen {

    @Inject
    OutboundGate gate;

    @Override
    public void check(String recipient, String subject, String text) {
        if (gate.mail(recipient, subject, text) instanceof GateDecision.Refused refused) {
            throw new MailRefusedException(refused.findings().stream().map(f -> f.kind().name()).distinct().toList());
        }
    }
}
