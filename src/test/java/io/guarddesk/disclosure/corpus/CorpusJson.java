package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.OutgoingPart;

/** One corpus reply as a JSON line, for people reviewing the corpus (written under target/, never read back). */
final class CorpusJson {

    private CorpusJson() {
    }

    static String line(Sample s) {
        StringBuilder b = new StringBuilder("{");
        field(b, "id", String.valueOf(s.id()), false).append(',');
        field(b, "lang", s.lang(), true).append(',');
        field(b, "label", s.label().name(), true).append(',');
        field(b, "category", s.category(), true).append(',');
        field(b, "requesterAccounts", String.valueOf(s.requester().accounts().stream()
                .map(a -> a.accountNumber()).toList()), true).append(',');
        if (s.planted() != null) {
            field(b, "plantedWhere", s.planted().where().name(), true).append(',');
            field(b, "plantedStart", String.valueOf(s.planted().start()), false).append(',');
            field(b, "plantedEnd", String.valueOf(s.planted().end()), false).append(',');
        }
        for (OutgoingPart p : s.parts()) {
            field(b, p.where().name().toLowerCase(), p.text(), true).append(',');
        }
        b.setLength(b.length() - 1);
        return b.append('}').toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value, boolean quoted) {
        b.append('"').append(name).append("\":");
        if (!quoted) {
            return b.append(value);
        }
        b.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < ' ' || Character.getType(c) == Character.FORMAT) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
