package io.guarddesk.staff.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal API tokens: 256 bits from the CSPRNG with a recognisable prefix (so secret scanners
 * and people can tell what leaked). Stored as SHA-256: the tokens are random, so a fast hash is
 * enough and lets a lookup go by index.
 */
public final class ApiTokenCodec {

    public static final String PREFIX = "gd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenCodec() {
    }

    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Enough of the token for its owner to recognise it in a list, far too little to use it. */
    public static String hint(String token) {
        return token.substring(0, PREFIX.length() + 4) + "…";
    }

    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() == PREFIX.length() + 43;
    }
}
