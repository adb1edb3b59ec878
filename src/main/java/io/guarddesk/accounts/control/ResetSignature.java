package io.guarddesk.accounts.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed form of a reset token, so the company's own service can check a link before it asks
 * the desk to use it up (R2.2):
 * <pre>
 * gdr1.&lt;payload&gt;.&lt;signature&gt;
 * payload   = base64url(UTF-8 "v1\n" account number "\n" expiry epoch seconds "\n" requester hash "\n" nonce)
 * signature = base64url(HMAC-SHA256(shared secret, the payload part as ASCII))
 * </pre>
 * The requester hash is the hex SHA-256 of the normalised owner address, so the service can check
 * the link belongs to the address it has on file without the address travelling in the link.
 * The nonce (128 random bits) makes every token unique and unguessable.
 */
public final class ResetSignature {

    public static final String PREFIX = "gdr1.";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;

    public ResetSignature(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the reset-link secret needs at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    public record Claims(String accountNumber, Instant expiresAt, String requesterHash) {
    }

    public String sign(String accountNumber, Instant expiresAt, String requesterHash, String nonce) {
        var payload = B64.encodeToString(String.join("\n", "v1", accountNumber, Long.toString(expiresAt.getEpochSecond()),
                requesterHash, nonce).getBytes(StandardCharsets.UTF_8));
        return PREFIX + payload + "." + B64.encodeToString(mac(payload));
    }

    /** The claims of a token whose signature is right; empty for anything else. */
    public Optional<Claims> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 400) {
            return Optional.empty();
        }
        var parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(mac(parts[0]), B64D.decode(parts[1]))) {
                return Optional.empty();
            }
            var fields = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 5 || !"v1".equals(fields[0])) {
                return Optional.empty();
            }
            return Optional.of(new Claims(fields[1], Instant.ofEpochSecond(Long.parseLong(fields[2])), fields[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }
}
