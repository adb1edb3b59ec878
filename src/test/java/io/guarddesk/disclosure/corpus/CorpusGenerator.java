package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.OutgoingPart;
import io.guarddesk.disclosure.control.OutgoingPart.Where;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The labelled corpus of agent replies (R2.4, R2.6): a directory, then positive replies (each with
 * one planted foreign identifier, card number or credential) and clean replies (the requester's own
 * data, ordinary numbers, hard negatives), alternating Japanese and English. Same seed, same corpus.
 */
final class CorpusGenerator {

    static final long SEED = 20241121L;

    record Corpus(Directory directory, List<Sample> samples) {
        List<Sample> with(Label label) {
            return samples.stream().filter(s -> s.label() == label).toList();
        }
    }

    private final Random rnd;
    private final Directory directory;
    private final List<Sample> samples = new ArrayList<>();

    private CorpusGenerator(long seed, int persons) {
        this.rnd = new Random(seed);
        this.directory = Directory.generate(rnd, persons);
    }

    static Corpus generate() {
        return generate(SEED, 320, 800, 400, 1200);
    }

    static Corpus generate(long seed, int persons, int exact, int credential, int clean) {
        CorpusGenerator g = new CorpusGenerator(seed, persons);
        for (int i = 0; i < exact; i++) {
            g.exact(Plants.EXACT.get(i % Plants.EXACT.size()));
        }
        for (int i = 0; i < credential; i++) {
            g.credential(Credentials.ALL.get(i % Credentials.ALL.size()));
        }
        for (int i = 0; i < clean; i++) {
            g.clean(CleanInserts.ALL.get(i % CleanInserts.ALL.size()));
        }
        return new Corpus(g.directory, Collections.unmodifiableList(g.samples));
    }

    private void exact(Plants.Recipe recipe) {
        boolean ja = nextIsJapanese();
        Person me = anyPerson();
        Person foreign;
        do {
            foreign = anyPerson();
        } while (foreign == me || (recipe.japaneseHolder() != null && foreign.japanese() != recipe.japaneseHolder()));
        AccountIdentifiers account = foreign.accounts().get(rnd.nextInt(foreign.accounts().size()));
        positive(ja, me, recipe.maker().make(rnd, ja, foreign, account));
    }

    private void credential(Credentials.Recipe recipe) {
        boolean ja = nextIsJapanese();
        positive(ja, anyPerson(), recipe.make(rnd, ja));
    }

    private void positive(boolean ja, Person me, Plants.Plant plant) {
        List<String> ordinary = new ArrayList<>();
        Reply reply = frame(ja, me, ordinary);
        String sentence = plant.sentence().replace("{login}", me.primary().loginId());
        int at = sentence.indexOf("{x}");
        String before = Ordinary.fill(sentence.substring(0, at), rnd, ordinary);
        String after = Ordinary.fill(sentence.substring(at + 3), rnd, ordinary);
        Sample.Planted planted = reply.plant(plant.where(), before, plant.value(), after, plant.kind());
        samples.add(new Sample(samples.size(), ja ? "ja" : "en", plant.label(), plant.kind() + "/" + plant.variant(), me,
                reply.parts(), planted, List.of(), List.copyOf(ordinary)));
    }

    private void clean(CleanInserts.Maker maker) {
        boolean ja = nextIsJapanese();
        Person me = anyPerson();
        List<String> ordinary = new ArrayList<>();
        Reply reply = frame(ja, me, ordinary);
        CleanInserts.Insert insert = maker.make(rnd, ja, me);
        if (!insert.sentence().isEmpty()) {
            reply.plant(insert.where(), Ordinary.fill(insert.sentence(), rnd, ordinary), "", "", null);
        }
        samples.add(new Sample(samples.size(), ja ? "ja" : "en", Label.CLEAN, "clean/" + insert.category(), me,
                reply.parts(), null, insert.ownResetTokens(), List.copyOf(ordinary)));
    }

    private Reply frame(boolean ja, Person me, List<String> ordinary) {
        Frames.Topic topic = Directory.pick(rnd, ja ? Frames.JA : Frames.EN);
        List<String> paragraphs = new ArrayList<>(topic.paragraphs());
        Collections.shuffle(paragraphs, rnd);
        List<String> chosen = new ArrayList<>();
        chosen.add(greeting(ja, me));
        chosen.add(Directory.pick(rnd, ja ? Frames.JA_OPENINGS : Frames.EN_OPENINGS));
        for (String p : paragraphs.subList(0, 2 + rnd.nextInt(2))) {
            chosen.add(Ordinary.fill(p, rnd, ordinary));
        }
        String closing = Ordinary.fill(Directory.pick(rnd, ja ? Frames.JA_CLOSINGS : Frames.EN_CLOSINGS), rnd, ordinary);
        String subject = Ordinary.fill(Directory.pick(rnd, topic.subjects()), rnd, ordinary);
        return new Reply(subject, chosen, closing, 2 + rnd.nextInt(chosen.size() - 1));
    }

    /** Agents greet by full name, by given name alone, or not by name at all. */
    private String greeting(boolean ja, Person me) {
        int form = rnd.nextInt(4);
        if (ja) {
            return switch (form) {
                case 0 -> me.fullName() + " 様";
                case 1 -> (me.japanese() ? me.familyName() + me.givenName() : me.givenName() + " " + me.familyName()) + "様";
                case 2 -> me.givenName() + "様";
                default -> "お客様各位";
            };
        }
        String given = me.japanese() ? capitalised(me.givenRomaji()) : me.givenName();
        return switch (form) {
            case 0 -> me.japanese() ? "Dear " + me.familyName() + " " + me.givenName() + "," : "Dear " + me.fullName() + ",";
            case 1, 2 -> "Dear " + given + ",";
            default -> "Hello,";
        };
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private boolean nextIsJapanese() {
        return samples.size() % 2 == 0;
    }

    private Person anyPerson() {
        return Directory.pick(rnd, directory.persons());
    }

    /** A reply being put together; the planted sentence goes in as the paragraph at {@code slot}. */
    private static final class Reply {
        private String subject;
        private final List<String> paragraphs;
        private final String closing;
        private final int slot;
        private String attachment;
        private String bodyText;

        Reply(String subject, List<String> paragraphs, String closing, int slot) {
            this.subject = subject;
            this.paragraphs = paragraphs;
            this.closing = closing;
            this.slot = slot;
        }

        Sample.Planted plant(Where where, String before, String value, String after,
                             io.guarddesk.disclosure.control.FindingKind kind) {
            String sentence = before + value + after;
            int start;
            switch (where) {
                case SUBJECT -> {
                    subject = sentence;
                    start = before.length();
                }
                case ATTACHMENT_NAME -> {
                    attachment = sentence;
                    start = before.length();
                }
                default -> {
                    List<String> withPlant = new ArrayList<>(paragraphs);
                    withPlant.add(slot, sentence);
                    String head = String.join("\n\n", withPlant.subList(0, slot)) + "\n\n";
                    bodyText = head + sentence + "\n\n" + String.join("\n\n", withPlant.subList(slot + 1, withPlant.size()))
                            + (slot + 1 < withPlant.size() ? "\n\n" : "") + closing;
                    start = head.length() + before.length();
                }
            }
            return new Sample.Planted(kind, where, start, start + value.length(), value);
        }

        List<OutgoingPart> parts() {
            List<OutgoingPart> parts = new ArrayList<>();
            parts.add(new OutgoingPart(Where.SUBJECT, subject));
            parts.add(new OutgoingPart(Where.BODY, bodyText != null ? bodyText
                    : String.join("\n\n", paragraphs) + "\n\n" + closing));
            if (attachment != null) {
                parts.add(new OutgoingPart(Where.ATTACHMENT_NAME, attachment));
            }
            return List.copyOf(parts);
        }
    }
}
