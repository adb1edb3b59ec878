package io.guarddesk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of a rendered JSF page, read from its HTML as a browser reads it: every named input,
 * textarea and select with the value a browser would post, the action URL and the view state.
 * Copies are changed, never the original, so one page can be posted in several ways.
 */
public final class FacesForm {

    public static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The field PrimeFaces' script adds to every form: the page's CSP nonce. */
    public static final String NONCE = "primefaces.nonce";

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("(?s)<input\\b([^>]*?)/?>");
    private static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea\\b([^>]*)>(.*?)</textarea>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("(?s)<option\\b([^>]*)>(.*?)</option>");
    private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('((?:[^'\\\\]|\\\\.)*)'\\)");

    private final String id;
    private final String action;
    private final Map<String, String> fields;

    private FacesForm(String id, String action, Map<String, String> fields) {
        this.id = id;
        this.action = action;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** The form {@code formId} of {@code html}; fails naming the forms there are when it is missing. */
    public static FacesForm of(String html, String formId) {
        var form = Pattern.compile("(?s)<form\\b([^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*)>(.*?)</form>").matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page; forms: " + formIds(html));
        }
        var action = attributes(form.group(1)).get("action");
        var fields = new LinkedHashMap<String, String>();
        inputs(form.group(2), fields);
        textareas(form.group(2), fields);
        selects(form.group(2), fields);
        nonce(html).ifPresent(nonce -> fields.put(NONCE, nonce));
        return new FacesForm(formId, action, fields);
    }

    public String id() {
        return id;
    }

    /** Where the form posts to, as the page wrote it (a path on this server). */
    public String action() {
        return action;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public String field(String name) {
        return fields.get(qualified(name));
    }

    public String viewState() {
        return fields.get(VIEW_STATE);
    }

    /**
     * A copy with one field set. A name without a colon is a component of this form ("reply"
     * for "ticket:reply"); the field must be on the page, so a typo fails here and not as a
     * mysteriously ignored post.
     */
    public FacesForm set(String name, String value) {
        var key = qualified(name);
        if (!fields.containsKey(key)) {
            throw new AssertionError("form " + id + " has no field " + key + "; fields: " + fields.keySet());
        }
        return copyWith(key, value);
    }

    /** A copy with a field the page did not render, e.g. a checkbox ticked. */
    public FacesForm add(String name, String value) {
        return copyWith(qualified(name), value);
    }

    public FacesForm without(String name) {
        var copy = new LinkedHashMap<>(fields);
        copy.remove(qualified(name));
        return new FacesForm(id, action, copy);
    }

    private FacesForm copyWith(String key, String value) {
        var copy = new LinkedHashMap<>(fields);
        copy.put(key, value);
        return new FacesForm(id, action, copy);
    }

    private String qualified(String name) {
        return name.contains(":") || name.contains(".") ? name : id + ":" + name;
    }

    private static void inputs(String html, Map<String, String> fields) {
        var matcher = INPUT.matcher(html);
        while (matcher.find()) {
            var attributes = attributes(matcher.group(1));
            var name = attributes.get("name");
            var type = attributes.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
            if (name == null || List.of("submit", "button", "image", "reset", "file").contains(type)) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !flag(matcher.group(1), "checked")) {
                continue;
            }
            fields.put(name, attributes.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
        }
    }

    private static void textareas(String html, Map<String, String> fields) {
        var matcher = TEXTAREA.matcher(html);
        while (matcher.find()) {
            var name = attributes(matcher.group(1)).get("name");
            if (name != null) {
                // as in a browser: the line break right after the start tag is not part of the value
                var text = unescape(matcher.group(2));
                fields.put(name, text.startsWith("\n") ? text.substring(1) : text);
            }
        }
    }

    private static void selects(String html, Map<String, String> fields) {
        var matcher = SELECT.matcher(html);
        while (matcher.find()) {
            var attributes = attributes(matcher.group(1));
            if (attributes.get("name") == null || flag(matcher.group(1), "multiple")) {
                continue;
            }
            String first = null;
            String selected = null;
            var options = OPTION.matcher(matcher.group(2));
            while (options.find()) {
                var value = attributes(options.group(1)).getOrDefault("value", unescape(options.group(2)).strip());
                first = first == null ? value : first;
                selected = selected == null && flag(options.group(1), "selected") ? value : selected;
            }
            var chosen = selected != null ? selected : first;
            if (chosen != null) {
                fields.put(attributes.get("name"), chosen);
            }
        }
    }

    private static java.util.Optional<String> nonce(String html) {
        var matcher = CSP_INIT.matcher(html);
        return matcher.find() ? java.util.Optional.of(unescapeScript(matcher.group(1))) : java.util.Optional.empty();
    }

    private static Map<String, String> attributes(String text) {
        var attributes = new LinkedHashMap<String, String>();
        var matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            attributes.putIfAbsent(matcher.group(1).toLowerCase(java.util.Locale.ROOT), unescape(matcher.group(2)));
        }
        return attributes;
    }

    private static boolean flag(String attributes, String name) {
        return Pattern.compile("(?i)(^|\\s)" + name + "(\\s|=|$)").matcher(attributes).find();
    }

    private static List<String> formIds(String html) {
        var ids = new ArrayList<String>();
        var matcher = Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"").matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** HTML character references as Mojarra and PrimeFaces write them. */
    static String unescape(String text) {
        var matcher = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            var entity = matcher.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1)));
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    /** A JavaScript string literal's escapes (\/, \x2B, \u002B, \\). */
    static String unescapeScript(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            if (next == 'x' && i + 2 < text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (next == 'u' && i + 4 < text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(next);
            }
        }
        return out.toString();
    }
}
