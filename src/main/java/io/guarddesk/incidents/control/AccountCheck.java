package io.guarddesk.incidents.control;

import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import jakarta.persistence.EntityManager;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The affected accounts of an incident must be accounts of the directory. Read straight from the
 * directory's table (the accounts feature offers one-at-a-time look-ups only): one query per
 * {@link #CHUNK} numbers, so a list of thousands is a handful of queries, not thousands.
 */
public final class AccountCheck {

    /** Beyond this, the number of people affected and a notice to all of them is the tool, not a list here. */
    public static final int MAX_ACCOUNTS = 5_000;
    static final int CHUNK = 500;
    private static final int NAMED_IN_ERROR = 10;

    private final EntityManager em;

    public AccountCheck(EntityManager em) {
        this.em = em;
    }

    /** The numbers, trimmed and without duplicates or blanks; refused, naming the first few unknown ones, unless all exist. */
    public Set<String> checked(Collection<String> numbers, Locale locale) {
        var wanted = new TreeSet<String>();
        (numbers == null ? List.<String>of() : numbers).stream().filter(Objects::nonNull).map(String::strip)
                .filter(n -> !n.isEmpty()).forEach(wanted::add);
        if (wanted.size() > MAX_ACCOUNTS) {
            throw new InvalidInputException("accounts", format(locale, "incidents.invalid.accounts.tooMany", MAX_ACCOUNTS));
        }
        var known = new HashSet<String>();
        var all = new ArrayList<>(wanted);
        for (int from = 0; from < all.size(); from += CHUNK) {
            known.addAll(em.createQuery("SELECT a.accountNumber FROM CustomerAccount a WHERE a.accountNumber IN :numbers", String.class)
                    .setParameter("numbers", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        var unknown = wanted.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            var named = String.join(", ", unknown.stream().limit(NAMED_IN_ERROR).map(AccountCheck::shortened).toList())
                    + (unknown.size() > NAMED_IN_ERROR ? ", …" : "");
            throw new InvalidInputException("accounts", format(locale, "incidents.invalid.accounts.unknown", unknown.size(), named));
        }
        return wanted;
    }

    private static String shortened(String number) {
        return number.length() <= 64 ? number : number.substring(0, 64) + "…";
    }

    private static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(Texts.of(locale, key), locale).format(arguments);
    }
}
