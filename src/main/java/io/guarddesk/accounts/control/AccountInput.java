package io.guarddesk.accounts.control;

import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.text.Normalizer;

/**
 * One account as the company's systems send it: a CSV row or the body of the sync API. Mutable
 * because JSON-B and the CSV reader fill it field by field; the constraints carry the messages an
 * admin reads in the import report. There is no password field, and none is accepted.
 */
public class AccountInput {

    @NotBlank(message = "{guarddesk.validation.required}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}", message = "{guarddesk.validation.accountNumber}")
    private String accountNumber;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = 128, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String loginId;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = 254, message = "{guarddesk.validation.tooLong}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{guarddesk.validation.email}")
    @CleanText
    private String ownerEmail;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = 200, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String holderName;

    @Size(max = 200, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String holderNameKana;

    @Size(max = 40, message = "{guarddesk.validation.tooLong}")
    @Pattern(regexp = "[0-9０-９+＋()（） .\\-‐－ー]*", message = "{guarddesk.validation.phone}")
    private String phone;

    @Pattern(regexp = "ACTIVE|SUSPENDED|CLOSED", message = "{guarddesk.validation.accountStatus}")
    private String status;

    public AccountInput() {
    }

    public AccountInput(String accountNumber, String loginId, String ownerEmail, String holderName,
                        String holderNameKana, String phone, String status) {
        this.accountNumber = accountNumber;
        this.loginId = loginId;
        this.ownerEmail = ownerEmail;
        this.holderName = holderName;
        this.holderNameKana = holderNameKana;
        this.phone = phone;
        this.status = status;
    }

    /** The validated values, trimmed and in NFC; empty optional values become null. */
    public AccountData data() {
        return new AccountData(clean(accountNumber), clean(loginId), clean(ownerEmail), clean(holderName),
                clean(holderNameKana), clean(phone), status == null || status.isBlank() ? AccountStatus.ACTIVE : AccountStatus.valueOf(status));
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getHolderNameKana() {
        return holderNameKana;
    }

    public void setHolderNameKana(String holderNameKana) {
        this.holderNameKana = holderNameKana;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
