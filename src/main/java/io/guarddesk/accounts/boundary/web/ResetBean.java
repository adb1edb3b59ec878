package io.guarddesk.accounts.boundary.web;

import io.guarddesk.accounts.boundary.ResetLinks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * The page a reset link opens when no company reset page is configured ({@code GUARDDESK_RESET_URL}
 * unset, e.g. the demo): it shows whether the link is good and uses it up with a button, the way
 * the company's page would before it asks for the new password. Opening it changes nothing.
 */
@Named
@ViewScoped
public class ResetBean implements Serializable {

    @Inject
    ResetLinks links;

    private String token;
    private String outcome;
    private String account;

    public void check() {
        outcome = links.check(token).map(state -> state.name().toLowerCase(Locale.ROOT)).orElse("unknown");
    }

    public void use() {
        var result = links.redeem(token);
        if (result instanceof ResetLinks.Redemption.Redeemed redeemed) {
            account = redeemed.accountNumber();
            outcome = "redeemed";
        } else if (result instanceof ResetLinks.Redemption.Refused refused) {
            outcome = refused.state().name().toLowerCase(Locale.ROOT);
        } else {
            outcome = "unknown";
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getAccount() {
        return account;
    }
}
