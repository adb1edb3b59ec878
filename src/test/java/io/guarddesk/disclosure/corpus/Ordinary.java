package io.guarddesk.disclosure.corpus;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the ordinary placeholders of a frame with the numbers every reply has: dates, times,
 * prices, order and tracking numbers, postal codes, the company's own contacts. None belongs to a
 * customer; the order, tracking and postal values are recorded so the corpus can check that.
 */
final class Ordinary {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Ordinary() {
    }

    static String fill(String template, Random rnd, List<String> recorded) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), rnd, recorded);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Random rnd, List<String> recorded) {
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        int year = 2023 + rnd.nextInt(3);
        String value = switch (name) {
            case "date" -> rnd.nextBoolean() ? String.format("%d-%02d-%02d", year, month, day)
                    : String.format("%d/%d/%d", year, month, day);
            case "datejp" -> year + "年" + month + "月" + day + "日";
            case "time" -> String.format("%d:%02d", 8 + rnd.nextInt(12), rnd.nextInt(12) * 5);
            case "yen" -> rnd.nextBoolean() ? String.format("¥%,d", 500 + 100 * rnd.nextInt(300))
                    : String.format("%,d円", 500 + 100 * rnd.nextInt(300));
            case "usd" -> String.format("$%d.%02d", 5 + rnd.nextInt(200), rnd.nextInt(100));
            case "order" -> recorded(recorded, rnd.nextBoolean()
                    ? String.format("ORD-%d%02d%02d-%04d", year, month, day, rnd.nextInt(10000))
                    : String.valueOf(100000000 + rnd.nextInt(900000000)));
            case "tracking" -> recorded(recorded, Directory.digits(rnd, 4) + "-" + Directory.digits(rnd, 4)
                    + "-" + Directory.digits(rnd, 4));
            case "postal" -> recorded(recorded, (100 + rnd.nextInt(900)) + "-" + Directory.digits(rnd, 4));
            case "ref" -> "GD-" + Secrets.of(rnd, Secrets.UPPER_ALNUM, 4) + "-" + Secrets.of(rnd, Secrets.UPPER_ALNUM, 4);
            case "company_phone" -> Directory.pick(rnd, CompanyFacts.PHONES);
            case "company_mail" -> Directory.pick(rnd, CompanyFacts.ADDRESSES);
            case "portal" -> CompanyFacts.PORTAL;
            default -> throw new IllegalArgumentException("no ordinary value for {" + name + "}");
        };
        return value;
    }

    private static String recorded(List<String> recorded, String value) {
        recorded.add(value);
        return value;
    }
}
