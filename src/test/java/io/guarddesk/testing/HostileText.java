package io.guarddesk.testing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The XSS payloads of {@code xss-payloads.txt} (HTML, attribute, URL, script, CSS, SVG/MathML,
 * encoding tricks, mail subjects, file names, the vectors of Zammad CVE-2018-1000154 and
 * osTicket CVE-2019-13397 / CVE-2020-24917, polyglots): each would call alert/confirm/prompt/
 * print or set {@code gdxss} if it ever ran.
 */
public final class HostileText {

    private static final List<String> PAYLOADS = load();

    private HostileText() {
    }

    public static List<String> payloads() {
        return PAYLOADS;
    }

    /**
     * The payloads packed into as few texts of at most {@code max} characters as they fit,
     * joined by {@code separator}: every payload goes through a field, however short the field.
     */
    public static List<String> packed(List<String> payloads, int max, String separator) {
        var texts = new ArrayList<String>();
        var text = new StringBuilder();
        for (var payload : payloads) {
            if (payload.length() > max) {
                throw new IllegalArgumentException("payload longer than the field (" + max + "): " + payload);
            }
            if (text.length() > 0 && text.length() + separator.length() + payload.length() > max) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.length() > 0 ? separator : "").append(payload);
        }
        if (text.length() > 0) {
            texts.add(text.toString());
        }
        return texts;
    }

    /**
     * The text as a WebDriver reads it off a page: its visible-text rule drops the zero-width
     * space and the direction marks (the page holds them; the test's eyes do not).
     */
    public static String asRead(String text) {
        return text.replaceAll("[\u200b\u200e\u200f]", "");
    }

    private static List<String> load() {
        var stream = Objects.requireNonNull(HostileText.class.getResourceAsStream("/io/guarddesk/platform/web/xss-payloads.txt"));
        try (var reader = new java.io.BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
