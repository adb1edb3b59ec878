package io.guarddesk.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An account of the company's own service. The desk never stores its password. */
@Entity
@Table(name = "customer_account")
@NamedQuery(name = CustomerAccount.BY_NUMBER, query = "SELECT a FROM CustomerAccount a WHERE a.accountNumber = :number")
public class CustomerAccount {

    public static final String BY_NUMBER = "CustomerAccount.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_account_seq")
    @SequenceGenerator(name = "customer_account_seq", sequenceName = "customer_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_number")
    private String accountNumber;

    @Column(name = "login_id")
    private String loginId;

    @Column(name = "owner_email")
    private String ownerEmail;

    @Column(name = "holder_name")
    private String holderName;

    private String phone;

    private String status;

    protected CustomerAccount() {
    }

    public CustomerAccount(String accountNumber, String loginId, String ownerEmail, String holderName, String phone) {
        this.accountNumber = accountNumber;
        this.loginId = loginId;
        this.ownerEmail = ownerEmail;
        this.holderName = holderName;
        this.phone = phone;
        this.status = "ACTIVE";
    }

    public Long getId() {
        return id;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public String getHolderName() {
        return holderName;
    }
}
