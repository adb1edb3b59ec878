package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.ChainedContent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry (R6.2): SHA-256 over a canonical serialisation in which every text
 * field is a presence byte, its length in UTF-8 bytes and the bytes. No separator character is
 * involved, so no choice of field values can move a boundary ("AB"+"C" and "A"+"BC" differ) and
 * a missing value differs from an empty one. The version tag in front lets a future format live
 * beside this one; changing this format silently would break every existing chain.
 */
public final class ChainHash {

    static final String FORMAT = "guarddesk-audit-v1";

    private ChainHash() {
    }

    /** 64 lower-case hex digits. */
    public static String of(ChainedContent entry) {
        return HexFormat.of().formatHex(sha256(canonical(entry)));
    }

    static byte[] canonical(ChainedContent entry) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            text(out, FORMAT);
            out.writeLong(entry.seq());
            text(out, entry.prevHash());
            if (entry.at() == null) {
                out.writeByte(0);
            } else {
                out.writeByte(1);
                out.writeLong(entry.at().getEpochSecond());
                out.writeInt(entry.at().getNano());
            }
            text(out, entry.actor());
            text(out, entry.action());
            text(out, entry.ticket());
            text(out, entry.account());
            text(out, entry.outcome());
            text(out, entry.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        var utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
