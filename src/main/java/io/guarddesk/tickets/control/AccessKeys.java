package io.guarddesk.tickets.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key in a customer's private ticket link: 256 bits from the CSPRNG, URL-safe. Only its
 * SHA-256 is stored (R4.2), so a copy of the database does not open anyone's thread.
 */
public final class AccessKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessKeys() {
    }

    public static String newKey() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** A key has exactly the shape we hand out; anything else is not looked up at all. */
    public static boolean wellFormed(String key) {
        return key != null && key.length() == 43 && key.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
