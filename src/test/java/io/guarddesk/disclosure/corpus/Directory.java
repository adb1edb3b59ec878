package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.IdentifierIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The customer account directory of the corpus: a few hundred persons, about a fifth of them with
 * two accounts, every identifier unique. Login IDs are checked against every address so that no
 * login ID is the start of someone's mail address ("hanako.y" against "hanako.yamada@…"): that
 * would be a real ambiguity, not a scanner defect.
 */
record Directory(List<Person> persons) {

    private static final List<String> JP_DOMAINS = List.of(
            "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
            "nifty.com", "example.co.jp");
    private static final List<String> LATIN_DOMAINS = List.of(
            "gmail.com", "outlook.com", "proton.me", "icloud.com", "example.com");

    static Directory generate(Random rnd, int size) {
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> phones = new HashSet<>(CompanyFacts.PHONE_DIGITS);
        Set<String> emails = new HashSet<>();
        List<Person> persons = new ArrayList<>();
        List<String[]> logins = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            boolean japanese = rnd.nextInt(100) < 65;
            String family;
            String given;
            String familyKana = null;
            String givenKana = null;
            String givenRomaji;
            String familyRomaji;
            do {
                if (japanese) {
                    Names.JapaneseName f = pick(rnd, Names.SURNAMES);
                    Names.JapaneseName g = pick(rnd, Names.GIVEN);
                    family = f.kanji();
                    given = g.kanji();
                    familyKana = f.kana();
                    givenKana = g.kana();
                    givenRomaji = g.romaji();
                    familyRomaji = f.romaji();
                } else {
                    family = pick(rnd, Names.LATIN_LAST);
                    given = pick(rnd, Names.LATIN_FIRST);
                    givenRomaji = given.toLowerCase(Locale.ROOT);
                    familyRomaji = family.toLowerCase(Locale.ROOT).replace("'", "");
                }
            } while (!names.add(family + "|" + given));
            String email;
            do {
                email = email(rnd, givenRomaji, familyRomaji, japanese);
            } while (!emails.add(email));
            String phone;
            do {
                phone = phone(rnd);
            } while (!phones.add(phone));
            int accountCount = rnd.nextInt(100) < 20 ? 2 : 1;
            List<AccountIdentifiers> accounts = new ArrayList<>();
            for (int a = 0; a < accountCount; a++) {
                String number;
                do {
                    number = "C-" + (100000 + rnd.nextInt(900000));
                } while (!numbers.add(number));
                String holder = japanese
                        ? (rnd.nextBoolean() ? family + " " + given : family + given)
                        : given + " " + family;
                String kana = japanese ? familyKana + " " + givenKana : null;
                String storedPhone = Phones.format(phone, pick(rnd, Phones.STORED));
                accounts.add(new AccountIdentifiers(number, null, email, holder, kana, storedPhone));
                logins.add(new String[] {givenRomaji, familyRomaji, String.valueOf(persons.size()), String.valueOf(a)});
            }
            persons.add(new Person(id, japanese, family, given, familyKana, givenKana, givenRomaji, email,
                    phone, accounts));
        }
        return withLoginIds(rnd, persons, logins, emails);
    }

    private static Directory withLoginIds(Random rnd, List<Person> persons, List<String[]> logins,
                                          Set<String> emails) {
        Set<String> taken = new HashSet<>();
        List<Person> result = new ArrayList<>(persons);
        for (String[] l : logins) {
            int p = Integer.parseInt(l[2]);
            int a = Integer.parseInt(l[3]);
            String login;
            do {
                login = loginId(rnd, l[0], l[1]);
            } while (startsSomeAddress(login, emails) || !taken.add(login));
            Person person = result.get(p);
            List<AccountIdentifiers> accounts = new ArrayList<>(person.accounts());
            AccountIdentifiers old = accounts.get(a);
            accounts.set(a, new AccountIdentifiers(old.accountNumber(), login, old.ownerEmail(), old.holderName(),
                    old.holderNameKana(), old.phone()));
            result.set(p, new Person(person.id(), person.japanese(), person.familyName(), person.givenName(),
                    person.familyKana(), person.givenKana(), person.givenRomaji(), person.email(),
                    person.phoneDigits(), List.copyOf(accounts)));
        }
        return new Directory(List.copyOf(result));
    }

    private static boolean startsSomeAddress(String login, Set<String> emails) {
        String bare = login.replaceAll("[._-]", "");
        return emails.stream().anyMatch(e -> e.startsWith(login) || e.replaceAll("[._-]", "").startsWith(bare));
    }

    private static String loginId(Random rnd, String given, String family) {
        return switch (rnd.nextInt(5)) {
            case 0 -> given + "." + family.charAt(0);
            case 1 -> given + "_" + (2005 + rnd.nextInt(20));
            case 2 -> family + given.charAt(0) + two(rnd);
            case 3 -> given.charAt(0) + "-" + family + two(rnd);
            default -> given + family.substring(0, 2) + two(rnd);
        };
    }

    private static String email(Random rnd, String given, String family, boolean japanese) {
        String domain = pick(rnd, japanese ? JP_DOMAINS : LATIN_DOMAINS);
        String local = switch (rnd.nextInt(4)) {
            case 0 -> given + "." + family;
            case 1 -> family + "." + given + two(rnd);
            case 2 -> given + two(rnd) + "." + family.charAt(0);
            default -> family + "-" + given.charAt(0) + (1970 + rnd.nextInt(35));
        };
        return local + "@" + domain;
    }

    private static String phone(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0, 1, 2 -> List.of("090", "080", "070").get(rnd.nextInt(3)) + digits(rnd, 8);
            case 3 -> "03" + (2 + rnd.nextInt(8)) + digits(rnd, 7);
            case 4 -> "06" + (2 + rnd.nextInt(8)) + digits(rnd, 7);
            default -> List.of("045", "011", "052").get(rnd.nextInt(3)) + (2 + rnd.nextInt(8)) + digits(rnd, 6);
        };
    }

    static String digits(Random rnd, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    private static String two(Random rnd) {
        return String.format("%02d", rnd.nextInt(100));
    }

    static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    List<AccountIdentifiers> accounts() {
        return persons.stream().flatMap(p -> p.accounts().stream()).toList();
    }

    IdentifierIndex index() {
        IdentifierIndex.Builder builder = IdentifierIndex.builder(accounts().size());
        accounts().forEach(builder::add);
        return builder.build();
    }
}
