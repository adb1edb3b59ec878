package io.guarddesk.mail.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the desk's own links in a mail text, so the HTML body and the dev mailbox can make them
 * clickable. Only URLs under the public base count: a link elsewhere stays plain text, and so
 * does a look-alike such as {@code https://desk.example.com.evil.example/} that merely starts
 * with the same characters.
 */
public final class Links {

    private static final String URL_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%";
    private static final String TRAILING_PUNCTUATION = ".,;:!?'()";

    private Links() {
    }

    /** A piece of text; {@code link} when it is a URL under the public base. */
    public record Segment(String text, boolean link) {
    }

    public static List<Segment> split(String text, String publicBase) {
        var segments = new ArrayList<Segment>();
        int plainFrom = 0;
        int at = text.indexOf(publicBase);
        while (at >= 0) {
            int end = at + publicBase.length();
            if (end == text.length() || "/?#".indexOf(text.charAt(end)) >= 0) {
                while (end < text.length() && URL_CHARACTERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end > at + publicBase.length() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (at > plainFrom) {
                    segments.add(new Segment(text.substring(plainFrom, at), false));
                }
                segments.add(new Segment(text.substring(at, end), true));
                plainFrom = end;
            }
            at = text.indexOf(publicBase, Math.max(end, at + 1));
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return segments;
    }
}
