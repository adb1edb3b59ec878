package io.guarddesk.mail.control;

/**
 * Text that ends up in a mail header or body. A CR or LF in a header value would let the text
 * start a header of its own (a Bcc, a second To), so single-line values lose every control
 * character; bodies keep their line breaks and nothing else that could confuse a mail client.
 */
public final class MailText {

    private MailText() {
    }

    /** One header-safe line: control characters (CR, LF, tab, NUL, DEL, C1, line separators) become spaces, runs of spaces one. */
    public static String line(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        var cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(isControl(c) ? ' ' : c));
        var single = cleaned.toString().replaceAll(" {2,}", " ").strip();
        return single.length() <= maxLength ? single : single.substring(0, maxLength).strip();
    }

    /** A body: line breaks normalised to LF, other control characters removed. */
    public static String body(String text) {
        var unified = text.replace("\r\n", "\n").replace('\r', '\n');
        var cleaned = new StringBuilder(unified.length());
        unified.codePoints().filter(c -> c == '\n' || !isControl(c)).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}
