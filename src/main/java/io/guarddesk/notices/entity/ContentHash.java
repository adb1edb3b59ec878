package io.guarddesk.notices.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 over a length-prefixed canonical form (R5.2), so that no two different notices share a
 * form ("ab"+"c" is not "a"+"bc"). A notice's hash covers its text, its send time and its
 * recipient list; the recipient list's own hash covers every recipient in position order.
 */
public final class ContentHash {

    private final MessageDigest digest;

    public ContentHash(String kind) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        add(kind);
    }

    public ContentHash add(String value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
        return this;
    }

    public ContentHash add(long value) {
        return add(Long.toString(value));
    }

    public ContentHash add(Instant value) {
        return add(value == null ? null : value.toString());
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of one recipient list, fed recipient by recipient in position order. */
    public static ContentHash recipients() {
        return new ContentHash("guarddesk-notice-recipients-v1");
    }

    public ContentHash add(RecipientData recipient) {
        return add(recipient.email()).add(recipient.name()).add(recipient.accounts()).add(recipient.language());
    }
}
