package io.guarddesk.tickets.control;

import java.text.Normalizer;

/**
 * The intake gate's text handling (R7.3): every inbound text is normalised the same way before
 * it is stored, whatever the channel. Validation (lengths, clean characters) has happened
 * already; this makes equal texts equal (NFC, one kind of line break, no stray outer space).
 * Masking card data (R4.1) joins here with the guard.
 */
public final class Intake {

    private Intake() {
    }

    public static String line(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    public static String body(String text) {
        if (text == null) {
            return null;
        }
        var unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC).strip();
    }

    public static String email(String text) {
        return text == null ? null : line(text).toLowerCase(java.util.Locale.ROOT);
    }
}
