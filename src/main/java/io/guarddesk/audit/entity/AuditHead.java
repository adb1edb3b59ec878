package io.guarddesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the one row every append locks and moves on. Holding its lock until
 * commit makes entries commit in the order of their numbers, each linked to the entry committed
 * just before it, however many instances write (R6.2).
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;
    /** The link of the first entry: there is nothing before it. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {
    }

    public AuditHead(long lastSeq, String lastHash) {
        this.id = ID;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    public void advance(long seq, String hash) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("the audit chain moves one entry at a time: " + lastSeq + " then " + seq);
        }
        this.lastSeq = seq;
        this.lastHash = hash;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
