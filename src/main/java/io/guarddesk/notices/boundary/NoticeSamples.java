package io.guarddesk.notices.boundary;

import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeRecipient;
import io.guarddesk.notices.entity.RecipientData;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Recipients for a person to look at: spread over the whole list, not just its first page. */
final class NoticeSamples {

    private NoticeSamples() {
    }

    static List<RecipientData> of(EntityManager em, Notice notice, int size) {
        int count = notice.getRecipientCount();
        if (count == 0) {
            return List.of();
        }
        var positions = new TreeSet<Integer>();
        for (int i = 0; i < Math.min(size, count); i++) {
            positions.add((int) ((long) i * count / Math.min(size, count)));
        }
        return em.createNamedQuery(NoticeRecipient.AT, NoticeRecipient.class).setParameter("notice", notice.getId())
                .setParameter("positions", List.copyOf(positions)).getResultStream().map(NoticeRecipient::data).toList();
    }

    /** The first recipient who gets the notice in {@code language}, if anyone does. */
    static Optional<RecipientData> firstIn(EntityManager em, Notice notice, String language) {
        return em.createNamedQuery(NoticeRecipient.FIRST_IN, NoticeRecipient.class).setParameter("notice", notice.getId())
                .setParameter("language", language).setMaxResults(1).getResultStream().findFirst().map(NoticeRecipient::data);
    }
}
