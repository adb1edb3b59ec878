package io.guarddesk.mail.boundary.web;

import io.guarddesk.mail.boundary.Mailbox;
import io.guarddesk.mail.control.MailboxEntry;
import io.guarddesk.mail.control.MailboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The admin's dev mailbox: the list at /admin/mailbox, one mail at /admin/mail?id=. */
@Named
@RequestScoped
public class MailboxBean {

    static final int SHOWN = 100;

    @Inject
    Mailbox mailbox;

    private List<MailboxEntry> mails;
    private String id;
    private MailboxMessage message;

    /** Read once per request: the table asks for its value several times while rendering. */
    public List<MailboxEntry> getMails() {
        if (mails == null) {
            mails = mailbox.newest(SHOWN);
        }
        return mails;
    }

    /** Loads the mail named by the view parameter; an unknown or malformed id shows "not found". */
    public void load() {
        try {
            message = id == null ? null : mailbox.find(Long.parseLong(id.strip())).orElse(null);
        } catch (NumberFormatException e) {
            message = null;
        }
    }

    public MailboxMessage getMessage() {
        return message;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
