package io.guarddesk.disclosure.boundary;

import io.guarddesk.accounts.boundary.Directory;
import io.guarddesk.accounts.boundary.ResetLinks;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.AccountPlaceholders;
import io.guarddesk.disclosure.control.Allowance;
import io.guarddesk.disclosure.control.GateDecision;
import io.guarddesk.disclosure.control.OutgoingPart;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.platform.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The outbound gate (R2.3): the one place a reply or mail is rendered and scanned before it may
 * leave. Replies come here from the UI, the API and canned replies alike; mails from the outbox.
 * A new way of sending is a new caller of this gate, never a way around it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboundGate {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern RESET_TOKEN = Pattern.compile("gdr1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    @Inject
    GuardIndex index;

    @Inject
    Directory directory;

    @Inject
    ResetLinks resetLinks;

    @Inject
    PublicUrls urls;

    /** Who a reply goes to, as far as the guard needs to know. */
    public record Recipient(String email, boolean verified, Locale language) {
    }

    /**
     * Renders the account placeholders of a reply for {@code to} and scans the result. A
     * placeholder for an account the verified requester does not own (for an unverified one: any
     * account) refuses the reply (R2.1, R1.3); a reset-link placeholder becomes a sentence in
     * the thread and a separate mail carrying the link, so the link is never stored in the thread.
     */
    public GateDecision reply(Recipient to, String draft) {
        var owned = to.verified() ? directory.ownedBy(to.email()) : List.<CustomerAccount>of();
        var foreign = new ArrayList<String>();
        var resets = new ArrayList<String>();
        var text = AccountPlaceholders.fill(draft, use -> {
            var account = owned.stream().filter(a -> a.getAccountNumber().equals(use.accountNumber())).findFirst();
            if (account.isEmpty()) {
                foreign.add(use.accountNumber());
                return "";
            }
            return switch (use.field()) {
                case NUMBER -> account.get().getAccountNumber();
                case LOGIN -> account.get().getLoginId();
                case RESET_LINK -> {
                    resets.add(account.get().getAccountNumber());
                    yield Texts.of(to.language(), "guard.resetLinkSent");
                }
            };
        });
        var allowance = to.verified() ? Allowance.of(identifiers(owned), to.email(), List.of()) : Allowance.none();
        var findings = index.scanner().scan(List.of(new OutgoingPart(OutgoingPart.Where.BODY, text)), allowance);
        if (!findings.isEmpty() || !foreign.isEmpty()) {
            return new GateDecision.Refused(findings, List.copyOf(foreign), new GateDecision.Allowed(text, List.copyOf(resets)));
        }
        return new GateDecision.Allowed(text, List.copyOf(resets));
    }

    /**
     * Scans a rendered mail to {@code address}. A mail reaches only that address, so the accounts
     * it owns and the reset links issued to it may appear; nothing else may.
     */
    public GateDecision mail(String address, String subject, String body) {
        var tokens = new ArrayList<String>();
        var matcher = RESET_TOKEN.matcher(body);
        while (matcher.find()) {
            if (resetLinks.issuedTo(matcher.group(), address)) {
                tokens.add(matcher.group());
            }
        }
        var allowance = Allowance.of(identifiers(directory.ownedBy(address)), address, tokens);
        var findings = index.scanner().scan(List.of(new OutgoingPart(OutgoingPart.Where.SUBJECT, subject),
                new OutgoingPart(OutgoingPart.Where.BODY, withoutOwnLinks(body, tokens))), allowance);
        return findings.isEmpty() ? new GateDecision.Allowed(body, List.of()) : new GateDecision.Refused(findings, List.of(), null);
    }

    /**
     * The desk's own links (confirmation, private ticket, "this wasn't me") and the reset links
     * issued to this address carry long random keys by design; they are blanked, same length, so
     * the credential detectors judge only the rest. A reply is not given this: a private link
     * pasted into a reply is someone's key.
     */
    private String withoutOwnLinks(String body, List<String> ownTokens) {
        var own = urls.base() + "/";
        var result = new StringBuilder(body);
        var links = URL.matcher(body);
        while (links.find()) {
            if (links.group().startsWith(own) || ownTokens.stream().anyMatch(links.group()::contains)) {
                for (int i = links.start(); i < links.end(); i++) {
                    result.setCharAt(i, ' ');
                }
            }
        }
        return result.toString();
    }

    private static List<AccountIdentifiers> identifiers(List<CustomerAccount> accounts) {
        return accounts.stream().map(a -> new AccountIdentifiers(a.getAccountNumber(), a.getLoginId(), a.getOwnerEmail(),
                a.getHolderName(), a.getHolderNameKana(), a.getPhone())).toList();
    }
}
