package io.guarddesk.tickets.control;

import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an agent records for a caller. Deliberately no address field: the confirmation goes to the
 * address on file for the account (R1.4), so a caller cannot dictate one.
 */
public class PhoneCall {

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = 64, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String accountNumber;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Pattern(regexp = "GENERAL|BILLING|ACCOUNT_ACCESS|PRIVACY_SECURITY|RECEIVED_OTHERS_INFORMATION",
            message = "{guarddesk.validation.category}")
    private String category;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = SubmissionForm.MAX_SUBJECT, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String subject;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = SubmissionForm.MAX_MESSAGE, message = "{guarddesk.validation.tooLong}")
    @CleanText(multiline = true)
    private String note;

    @Pattern(regexp = "ja|en", message = "{guarddesk.validation.language}")
    private String language;

    /** Normalised before validation, as every inbound text (R7.3). */
    public void normalise() {
        accountNumber = Intake.line(accountNumber);
        subject = Intake.line(subject);
        note = Intake.body(note);
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
