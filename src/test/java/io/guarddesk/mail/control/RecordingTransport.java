package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A mail server for tests: remembers every message handed to it and answers what the test
 * scripted, by default "delivered".
 */
public final class RecordingTransport implements MailTransport {

    private final List<Envelope> sent = new CopyOnWriteArrayList<>();
    private final List<SendResult> scripted = new ArrayList<>();
    private Function<Envelope, SendResult> answer = mail -> new SendResult.Delivered();

    /** Answers each of {@code results} once, in order, then goes back to the standing answer. */
    public synchronized RecordingTransport thenAnswer(SendResult... results) {
        scripted.addAll(List.of(results));
        return this;
    }

    /** The answer for every message not covered by {@link #thenAnswer}. */
    public synchronized RecordingTransport answering(Function<Envelope, SendResult> answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public SendResult send(Envelope mail) {
        sent.add(mail);
        synchronized (this) {
            return scripted.isEmpty() ? answer.apply(mail) : scripted.remove(0);
        }
    }

    @Override
    public Destination destination() {
        return Destination.SMTP;
    }

    public List<Envelope> sent() {
        return List.copyOf(sent);
    }

    public List<String> sentMessageIds() {
        return sent.stream().map(Envelope::messageId).toList();
    }
}
