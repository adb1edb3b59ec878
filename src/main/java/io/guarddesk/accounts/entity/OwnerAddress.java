package io.guarddesk.accounts.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of an address that "the requester owns this account" is decided on: full-width
 * characters folded (NFKC), white space removed, lower case. A requester who typed
 * {@code Ｈａｎａｋｏ．Ｙａｍａｄａ@example.jp } owns the accounts of {@code hanako.yamada@example.jp}.
 */
public final class OwnerAddress {

    private OwnerAddress() {
    }

    public static String key(String address) {
        if (address == null) {
            return null;
        }
        var folded = Normalizer.normalize(address, Normalizer.Form.NFKC);
        return folded.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
