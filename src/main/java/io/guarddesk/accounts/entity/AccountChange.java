package io.guarddesk.accounts.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of the directory with its before and after images, numbered by the directory
 * version it produced. Every instance of the desk replays these in order to keep its identifier
 * index current without a rebuild (R2.8).
 */
@Entity
@Table(name = "account_change")
@NamedQuery(name = AccountChange.SINCE, query = "SELECT c FROM AccountChange c WHERE c.seq > :seq ORDER BY c.seq")
public class AccountChange {

    public static final String SINCE = "AccountChange.since";

    @Id
    private long seq;

    @Column(name = "account_number")
    private String accountNumber;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "loginId", column = @Column(name = "before_login_id")),
            @AttributeOverride(name = "ownerEmail", column = @Column(name = "before_owner_email")),
            @AttributeOverride(name = "holderName", column = @Column(name = "before_holder_name")),
            @AttributeOverride(name = "holderNameKana", column = @Column(name = "before_holder_name_kana")),
            @AttributeOverride(name = "phone", column = @Column(name = "before_phone"))})
    private Image before;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "loginId", column = @Column(name = "after_login_id")),
            @AttributeOverride(name = "ownerEmail", column = @Column(name = "after_owner_email")),
            @AttributeOverride(name = "holderName", column = @Column(name = "after_holder_name")),
            @AttributeOverride(name = "holderNameKana", column = @Column(name = "after_holder_name_kana")),
            @AttributeOverride(name = "phone", column = @Column(name = "after_phone"))})
    private Image after;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected AccountChange() {
    }

    /** {@code before} is empty for a new account. */
    public AccountChange(long seq, Optional<AccountData> before, AccountData after, Instant now) {
        this.seq = seq;
        this.accountNumber = after.accountNumber();
        this.before = before.map(Image::of).orElse(null);
        this.after = Image.of(after);
        this.changedAt = now;
    }

    public long getSeq() {
        return seq;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    /** The identifying values before the change; empty for a new account. */
    public Optional<Image> before() {
        return Optional.ofNullable(before).filter(Image::present);
    }

    public Optional<Image> after() {
        return Optional.ofNullable(after).filter(Image::present);
    }

    /** The identifying values of an account at one moment (the account number is the change's). */
    @Embeddable
    public static class Image {
        private String loginId;
        private String ownerEmail;
        private String holderName;
        private String holderNameKana;
        private String phone;

        protected Image() {
        }

        static Image of(AccountData data) {
            var image = new Image();
            image.loginId = data.loginId();
            image.ownerEmail = data.ownerEmail();
            image.holderName = data.holderName();
            image.holderNameKana = data.holderNameKana();
            image.phone = data.phone();
            return image;
        }

        /** JPA reads an all-null embeddable back as an empty object, not null. */
        boolean present() {
            return loginId != null || ownerEmail != null || holderName != null;
        }

        public String getLoginId() {
            return loginId;
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

        public String getPhone() {
            return phone;
        }
    }
}
