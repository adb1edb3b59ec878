package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/**
 * R2.1: account information is inserted only for an account the ticket's verified requester
 * owns. An account of someone else and an account that does not exist get the same answer, so
 * the action cannot be used to probe the directory.
 */
public class AccountInsertRefusedException extends DeskException {

    public AccountInsertRefusedException(String reason) {
        super(Kind.REFUSED, reason);
    }
}
