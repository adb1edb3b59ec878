package io.guarddesk.tickets.control;

import io.guarddesk.disclosure.control.CardData;

import java.text.Normalizer;

/**
 * The intake gate's text handling (R7.3): every inbound text is normalised the same way before
 * it is stored, whatever the channel. Validation (lengths, clean characters) has happened
 * already; this makes equal texts equal (NFC, one kind of line break, no stray outer space).
 * Card numbers and security codes are masked here (R4.1), before anything stores or logs the text.
 * Staff replies are not masked: a card number an agent typed is refused by the guard, which
 * tells the agent, instead of being changed behind their back.
 */
public final class Intake {

    private Intake() {
    }

    public static String line(String text) {
        return text == null ? null : CardData.mask(Normalizer.normalize(text, Normalizer.Form.NFC).strip());
    }

    /** A customer's text: normalised, card data masked. */
    public static String body(String text) {
        return text == null ? null : CardData.mask(staffBody(text));
    }

    /** A staff member's text: normalised only; the outbound gate scans it when it is sent. */
    public static String staffBody(String text) {
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
