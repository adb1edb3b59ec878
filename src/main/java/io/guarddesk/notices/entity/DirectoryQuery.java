package io.guarddesk.notices.entity;

import io.guarddesk.accounts.entity.AccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A query over the account directory, saved with a notice so that the approver can see how its
 * recipients were chosen: accounts in a status, with a number prefix, of owners at a domain. An
 * empty criterion matches every account.
 */
@Embeddable
public class DirectoryQuery {

    @Enumerated(EnumType.STRING)
    @Column(name = "query_status")
    private AccountStatus status;

    @Column(name = "query_prefix")
    private String numberPrefix;

    @Column(name = "query_domain")
    private String domain;

    protected DirectoryQuery() {
    }

    public DirectoryQuery(AccountStatus status, String numberPrefix, String domain) {
        this.status = status;
        this.numberPrefix = blankToNull(numberPrefix);
        this.domain = blankToNull(domain);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getNumberPrefix() {
        return numberPrefix;
    }

    public String getDomain() {
        return domain;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
