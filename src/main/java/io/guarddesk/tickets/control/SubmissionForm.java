package io.guarddesk.tickets.control;

import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a customer submits, from the web form or the public API. Mutable because JSF and JSON-B
 * both fill it field by field; the constraints carry the messages a user sees next to a field.
 */
public class SubmissionForm {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_MESSAGE = 10_000;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = MAX_NAME, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String name;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = MAX_EMAIL, message = "{guarddesk.validation.tooLong}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{guarddesk.validation.email}")
    @CleanText
    private String email;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Pattern(regexp = "GENERAL|BILLING|ACCOUNT_ACCESS|PRIVACY_SECURITY|RECEIVED_OTHERS_INFORMATION",
            message = "{guarddesk.validation.category}")
    private String category;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = MAX_SUBJECT, message = "{guarddesk.validation.tooLong}")
    @CleanText
    private String subject;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = MAX_MESSAGE, message = "{guarddesk.validation.tooLong}")
    @CleanText(multiline = true)
    private String message;

    @Pattern(regexp = "ja|en", message = "{guarddesk.validation.language}")
    private String language;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
