package io.guarddesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One link of the audit chain (R6.2): who did what, to which ticket or account, when, with what
 * outcome; never a message body, password or token (R6.1). Written once, never changed: there is
 * no setter, and the desk offers no way to edit or delete an entry.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.RANGE, query = "SELECT e FROM AuditEntry e WHERE e.seq > :after AND e.seq <= :upTo ORDER BY e.seq")
@NamedQuery(name = AuditEntry.NEWEST, query = "SELECT e FROM AuditEntry e ORDER BY e.seq DESC")
public class AuditEntry {

    public static final String RANGE = "AuditEntry.range";
    public static final String NEWEST = "AuditEntry.newest";

    @Id
    private long seq;

    @Column(name = "prev_hash")
    private String prevHash;

    private String hash;

    private Instant at;

    private String actor;

    private String action;

    @Column(name = "ticket_ref")
    private String ticket;

    @Column(name = "account_number")
    private String account;

    private String outcome;

    private String detail;

    protected AuditEntry() {
    }

    /** {@code hash} must be the hash of {@code content}; the chain's control computes both. */
    public AuditEntry(ChainedContent content, String hash) {
        this.seq = content.seq();
        this.prevHash = content.prevHash();
        this.at = content.at();
        this.actor = content.actor();
        this.action = content.action();
        this.ticket = content.ticket();
        this.account = content.account();
        this.outcome = content.outcome();
        this.detail = content.detail();
        this.hash = hash;
    }

    public ChainedContent content() {
        return new ChainedContent(seq, prevHash, at, actor, action, ticket, account, outcome, detail);
    }

    public long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }
}
