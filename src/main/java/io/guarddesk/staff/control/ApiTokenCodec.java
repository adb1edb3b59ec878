package io.guarddesk.staff.control;

import io.guarddesk.platform.Secrets;

/**
 * Personal API tokens: 256 bits from the CSPRNG with a recognisable prefix (so secret scanners
 * and people can tell what leaked). Stored as SHA-256: the tokens are random, so a fast hash is
 * enough and lets a lookup go by index.
 */
public final class ApiTokenCodec {

    public static final String PREFIX = "gd_";

    private ApiTokenCodec() {
    }

    public static String newToken() {
        return PREFIX + Secrets.random(32);
    }

    public static String hash(String token) {
        return Secrets.sha256(token);
    }

    /** Enough of the token for its owner to recognise it in a list, far too little to use it. */
    public static String hint(String token) {
        return token.substring(0, PREFIX.length() + 4) + "…";
    }

    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() == PREFIX.length() + 43;
    }
}
