package io.guarddesk.accounts.boundary;

import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.platform.Boundary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@Boundary
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<CustomerAccount> byNumber(String accountNumber) {
        if (accountNumber == null || accountNumber.isBlank() || accountNumber.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery(CustomerAccount.BY_NUMBER, CustomerAccount.class)
                .setParameter("number", accountNumber.strip())
                .getResultStream()
                .findFirst();
    }
}
