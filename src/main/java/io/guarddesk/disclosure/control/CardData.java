package io.guarddesk.disclosure.control;

/**
 * R4.1 at the intake gate: Luhn-valid card numbers (13–19 digits, any separators, full-width
 * digits, split across lines, not fooled by digits glued in front such as {@code 99 4111…}) and
 * security codes near a card number or card word are masked before anything stores or logs the
 * text. Mask format: a card number becomes {@code [card ****1111]}, a security code {@code [cvv ***]}.
 */
public final class CardData {

    private CardData() {
    }

    public static String mask(String text) {
        throw new UnsupportedOperationException("contract");
    }
}
