package io.guarddesk.routing.control;

import jakarta.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One labelled help-desk message: of the corpus the rules were tuned on ({@value #RESOURCE}), or of
 * the held-out set written after the rules were frozen ({@value #HELD_OUT}).
 */
record CorpusMessage(int id, String lang, boolean security, String family, String subject, String body) {

    static final String RESOURCE = "/io/guarddesk/routing/classifier-corpus.jsonl";
    static final String HELD_OUT = "/io/guarddesk/routing/classifier-holdout.jsonl";

    static List<CorpusMessage> load() {
        return load(RESOURCE);
    }

    static List<CorpusMessage> load(String resource) {
        var stream = Objects.requireNonNull(CorpusMessage.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).map(CorpusMessage::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusMessage parse(String line) {
        try (var json = Json.createReader(new StringReader(line))) {
            var o = json.readObject();
            String label = o.getString("label");
            if (!label.equals("security") && !label.equals("other")) {
                throw new IllegalStateException("message " + o.getInt("id") + ": label is security or other, not " + label);
            }
            return new CorpusMessage(o.getInt("id"), o.getString("lang"), label.equals("security"), o.getString("family"),
                    o.getString("subject"), o.getString("body"));
        }
    }
}
