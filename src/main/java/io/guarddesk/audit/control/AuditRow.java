package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditEntry;

import java.io.Serializable;
import java.time.Instant;

/** One entry as the API and the admin page show it, with its links, so a reader can check the chain too. */
public record AuditRow(long seq, Instant at, String actor, String action, String ticket, String account, String outcome,
                       String detail, String prevHash, String hash) implements Serializable {

    public static AuditRow of(AuditEntry entry) {
        var c = entry.content();
        return new AuditRow(c.seq(), c.at(), c.actor(), c.action(), c.ticket(), c.account(), c.outcome(), c.detail(),
                c.prevHash(), entry.getHash());
    }
}
