package io.guarddesk.mail.control;

import org.owasp.encoder.Encode;

import java.util.Locale;

/**
 * The HTML alternative of a text body. Nothing of the text is trusted: every character is
 * HTML-encoded, so a name such as {@code <script>} arrives as text; only the desk's own links
 * become anchors, their address attribute-encoded.
 */
public final class HtmlBody {

    private HtmlBody() {
    }

    public static String of(String text, String publicBase, Locale language) {
        var html = new StringBuilder(text.length() * 2 + 200);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Encode.forHtmlAttribute(language.getLanguage()))
                .append("\"><head><meta charset=\"UTF-8\"></head><body><div>");
        for (var segment : Links.split(text, publicBase)) {
            if (segment.link()) {
                html.append("<a href=\"").append(Encode.forHtmlAttribute(segment.text())).append("\">")
                        .append(Encode.forHtml(segment.text())).append("</a>");
            } else {
                html.append(Encode.forHtml(segment.text()).replace("\n", "<br>\n"));
            }
        }
        return html.append("</div></body></html>\n").toString();
    }
}
