package io.guarddesk.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** An account of the company's own service. The desk never stores its password. */
@Entity
@Table(name = "customer_account")
@NamedQuery(name = CustomerAccount.BY_NUMBER, query = "SELECT a FROM CustomerAccount a WHERE a.accountNumber = :number")
@NamedQuery(name = CustomerAccount.OWNED_BY, query = "SELECT a FROM CustomerAccount a WHERE a.ownerEmailKey = :key ORDER BY a.accountNumber")
@NamedQuery(name = CustomerAccount.ALL, query = "SELECT a FROM CustomerAccount a ORDER BY a.id")
public class CustomerAccount {

    public static final String BY_NUMBER = "CustomerAccount.byNumber";
    public static final String OWNED_BY = "CustomerAccount.ownedBy";
    public static final String ALL = "CustomerAccount.all";

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

    @Column(name = "holder_name_kana")
    private String holderNameKana;

    @Column(name = "owner_email_key")
    private String ownerEmailKey;

    private String phone;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CustomerAccount() {
    }

    public CustomerAccount(AccountData data, Instant now) {
        this.accountNumber = data.accountNumber();
        update(data, now);
    }

    /** Takes the values the company's systems sent; the account number never changes. */
    public void update(AccountData data, Instant now) {
        this.loginId = data.loginId();
        this.ownerEmail = data.ownerEmail();
        this.ownerEmailKey = OwnerAddress.key(data.ownerEmail());
        this.holderName = data.holderName();
        this.holderNameKana = data.holderNameKana();
        this.phone = data.phone();
        this.status = data.status();
        this.updatedAt = now;
    }

    public AccountData data() {
        return new AccountData(accountNumber, loginId, ownerEmail, holderName, holderNameKana, phone, status);
    }

    public boolean isOwnedBy(String address) {
        return address != null && ownerEmailKey.equals(OwnerAddress.key(address));
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

    public String getHolderNameKana() {
        return holderNameKana;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getPhone() {
        return phone;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
