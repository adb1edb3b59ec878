package io.guarddesk.disclosure.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Credential-shaped values, made up from the seed: they have the shape of the real thing (prefix,
 * alphabet, length, Luhn digit) and open nothing. Generated at run time, so no key-looking string
 * is committed.
 */
final class Secrets {

    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String HEX = "0123456789abcdef";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {
    }

    static String of(Random rnd, String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A password as people choose them and as systems issue them. */
    static String password(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> List.of("Sakura", "Tokyo", "Haru", "Blue", "Kaze", "Sunny").get(rnd.nextInt(6))
                    + (1990 + rnd.nextInt(35)) + List.of("!", "#", "$", "", "?").get(rnd.nextInt(5));
            case 1 -> of(rnd, ALNUM, 8 + rnd.nextInt(5));
            case 2 -> of(rnd, ALNUM, 4) + "-" + of(rnd, "0123456789", 4) + "-" + of(rnd, "abcdefghjkmnpqrstuvwxyz", 2);
            default -> of(rnd, ALNUM + "!#%&*", 12 + rnd.nextInt(6));
        };
    }

    record ApiKey(String provider, String value) {
    }

    static ApiKey apiKey(Random rnd) {
        return switch (rnd.nextInt(7)) {
            case 0 -> new ApiKey("aws", "AKIA" + of(rnd, UPPER_ALNUM, 16));
            case 1 -> new ApiKey("stripe", "sk_live_" + of(rnd, ALNUM, 24 + rnd.nextInt(76)));
            case 2 -> new ApiKey("github", "ghp_" + of(rnd, ALNUM, 36));
            case 3 -> new ApiKey("github-fine", "github_pat_" + of(rnd, ALNUM, 22) + "_" + of(rnd, ALNUM, 59));
            case 4 -> new ApiKey("slack", "xoxb-" + of(rnd, "0123456789", 12) + "-" + of(rnd, "0123456789", 13)
                    + "-" + of(rnd, ALNUM, 24));
            case 5 -> new ApiKey("google", "AIza" + of(rnd, ALNUM + "-_", 35));
            default -> new ApiKey("sendgrid", "SG." + of(rnd, ALNUM + "-_", 22) + "." + of(rnd, ALNUM + "-_", 43));
        };
    }

    static String jwt(Random rnd) {
        String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(("{\"sub\":\"" + (100000 + rnd.nextInt(900000)) + "\",\"iat\":"
                + (1700000000 + rnd.nextInt(50000000)) + ",\"scope\":\"account\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + URL.encodeToString(bytes(rnd, 32));
    }

    static String privateKey(Random rnd) {
        String type = List.of("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY")
                .get(rnd.nextInt(4));
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(bytes(rnd, 180 + rnd.nextInt(300)));
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----";
    }

    /** A bearer or session token: 32–48 characters, hex or base62. */
    static String opaqueToken(Random rnd) {
        return rnd.nextBoolean() ? of(rnd, HEX, 32 + 8 * rnd.nextInt(3)) : of(rnd, ALNUM, 32 + rnd.nextInt(17));
    }

    /** {@code gdr1.<payload>.<signature>}, as the accounts feature issues them. */
    static String resetToken(Random rnd) {
        return "gdr1." + URL.encodeToString(bytes(rnd, 24)) + "." + URL.encodeToString(bytes(rnd, 32));
    }

    private static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    record Card(String brand, String digits) {
    }

    static Card card(Random rnd) {
        return switch (rnd.nextInt(7)) {
            case 0, 1 -> new Card("visa", luhn(rnd, "4", 16));
            case 2 -> new Card("mastercard", luhn(rnd, "5" + (1 + rnd.nextInt(5)), 16));
            case 3 -> new Card("amex", luhn(rnd, rnd.nextBoolean() ? "34" : "37", 15));
            case 4 -> new Card("jcb", luhn(rnd, "35" + (28 + rnd.nextInt(62)), 16));
            case 5 -> new Card("diners", luhn(rnd, "36", 14));
            default -> rnd.nextBoolean() ? new Card("visa13", luhn(rnd, "4", 13))
                    : new Card("unionpay19", luhn(rnd, "62", 19));
        };
    }

    /** A number of the given length whose last digit makes the Luhn sum come out right. */
    static String luhn(Random rnd, String prefix, int length) {
        String body = prefix + Directory.digits(rnd, length - prefix.length() - 1);
        return body + checkDigit(body);
    }

    /**
     * Digits of card length that are no card: the whole number fails Luhn, and so does every run of
     * 13 or more digits inside it, so that even a guard that looks for cards inside longer digit runs
     * has nothing to find.
     */
    static String notLuhn(Random rnd, int length) {
        while (true) {
            String candidate = String.valueOf(1 + rnd.nextInt(9)) + Directory.digits(rnd, length - 1);
            if (!hasLuhnRun(candidate)) {
                return candidate;
            }
        }
    }

    static boolean hasLuhnRun(String digits) {
        for (int len = 13; len <= Math.min(19, digits.length()); len++) {
            for (int from = 0; from + len <= digits.length(); from++) {
                if (luhnValid(digits.substring(from, from + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int checkDigit(String body) {
        for (int d = 0; d < 10; d++) {
            if (luhnValid(body + d)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }

    /** Card digits grouped as printed on the card: 4-6-5 for 15 digits, 4-4-4-… otherwise. */
    static String grouped(String digits, String separator) {
        if (digits.length() == 15) {
            return digits.substring(0, 4) + separator + digits.substring(4, 10) + separator + digits.substring(10);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(digits, i, Math.min(i + 4, digits.length()));
        }
        return b.toString();
    }
}
