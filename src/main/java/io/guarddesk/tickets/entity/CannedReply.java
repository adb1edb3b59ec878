package io.guarddesk.tickets.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reusable answer with placeholders such as {@code {{requester.name}}}. */
@Entity
@Table(name = "canned_reply")
public class CannedReply {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply_seq")
    @SequenceGenerator(name = "canned_reply_seq", sequenceName = "canned_reply_seq", allocationSize = 50)
    private Long id;

    private String title;

    private String language;

    private String body;

    protected CannedReply() {
    }

    public CannedReply(String title, String language, String body) {
        this.title = title;
        this.language = language;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getBody() {
        return body;
    }
}
