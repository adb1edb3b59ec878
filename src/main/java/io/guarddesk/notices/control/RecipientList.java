package io.guarddesk.notices.control;

import io.guarddesk.accounts.entity.OwnerAddress;
import io.guarddesk.notices.entity.ContentHash;
import io.guarddesk.notices.entity.RecipientData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns affected accounts into recipients: one per owner address, however many of its accounts
 * are affected (R5.1: one message per recipient), in address order, so that the same accounts
 * always give the same list and the same hash.
 *
 * <p>The language: the one given for an account (a CSV column), else Japanese when the holder's
 * name is written in Japanese script, else English. The directory holds no language, and a
 * wrong guess still carries the other language's text one click away on the desk's pages.
 */
public final class RecipientList {

    /** An affected account as the directory has it; {@code language} is null unless given. */
    public record Account(String number, String ownerEmail, String holderName, String language) {
    }

    /** The recipients and the hash of the list. */
    public record Result(List<RecipientData> recipients, String hash) {
    }

    static final int MAX_ACCOUNTS_LISTED = 1000;

    private RecipientList() {
    }

    public static Result of(Iterable<Account> accounts) {
        Map<String, List<Account>> byOwner = new TreeMap<>();
        for (var account : accounts) {
            byOwner.computeIfAbsent(OwnerAddress.key(account.ownerEmail()), k -> new ArrayList<>()).add(account);
        }
        var recipients = new ArrayList<RecipientData>(byOwner.size());
        var hash = ContentHash.recipients();
        byOwner.forEach((email, owned) -> {
            owned.sort(java.util.Comparator.comparing(Account::number));
            var first = owned.get(0);
            var numbers = new StringBuilder();
            for (var account : owned) {
                if (numbers.length() + account.number().length() + 1 > MAX_ACCOUNTS_LISTED) {
                    break;
                }
                numbers.append(numbers.length() == 0 ? "" : ",").append(account.number());
            }
            var language = owned.stream().map(Account::language).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(japanese(first.holderName()) ? "ja" : "en");
            var recipient = new RecipientData(email, first.holderName(), numbers.toString(), language);
            recipients.add(recipient);
            hash.add(recipient);
        });
        return new Result(recipients, hash.hex());
    }

    static boolean japanese(String name) {
        return name != null && name.codePoints().anyMatch(c -> {
            var script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }
}
