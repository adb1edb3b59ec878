package io.guarddesk.mail.control;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail from the templates in {@code io/guarddesk/mail/templates_{ja,en}.properties}.
 * The subject and text come only from the template and its parameters, never from what a
 * customer wrote, and every mail ends with the "this wasn't me" footer (R1.6) whatever the
 * template says. A missing parameter fails the enqueue instead of mailing {@code {{name}}} to
 * a customer; that is why this is not the forgiving {@code tickets} placeholder filler.
 */
public final class Composer {

    public static final int MAX_SUBJECT = 200;
    private static final String BUNDLE = "io.guarddesk.mail.templates";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String publicBase;

    /** @param publicBase the absolute URL customers reach the desk at, without a trailing slash */
    public Composer(String publicBase) {
        this.publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
    }

    public record Rendered(Locale language, String subject, String text, String html) {
    }

    /** Japanese for {@code ja}, English for everything else. */
    public static Locale supported(Locale language) {
        return language != null && "ja".equals(language.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public Rendered render(String template, Locale language, Map<String, String> parameters, String notMeKey) {
        var supported = supported(language);
        var bundle = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK);
        var subject = MailText.line(fill(entry(bundle, template + ".subject"), parameters), MAX_SUBJECT);
        var footer = fill(entry(bundle, "footer.text"), Map.of("link", notMeLink(notMeKey)));
        var text = MailText.body(fill(entry(bundle, template + ".text"), parameters).stripTrailing() + "\n\n" + footer + "\n");
        return new Rendered(supported, subject, text, HtmlBody.of(text, publicBase, supported));
    }

    public String notMeLink(String notMeKey) {
        return publicBase + "/not-me?key=" + notMeKey;
    }

    /** A Message-ID of its own for every mail, kept across retries: {@code <uuid@host-of-the-desk>}. */
    public String newMessageId() {
        var host = java.net.URI.create(publicBase).getHost();
        return "<" + java.util.UUID.randomUUID() + "@" + (host == null || host.isBlank() ? "guarddesk" : host) + ">";
    }

    public String publicBase() {
        return publicBase;
    }

    /** Fills every {@code {{name}}}; a placeholder without a value is a programming error. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var result = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The mail template needs the parameter " + matcher.group(1));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String entry(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("There is no mail template " + key, e);
        }
    }
}
