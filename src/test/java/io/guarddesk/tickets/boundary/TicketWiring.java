package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DatabaseProduct;
import io.guarddesk.platform.RateLimits;
import io.guarddesk.platform.StandIns;
import io.guarddesk.platform.Validations;
import io.guarddesk.routing.boundary.ClassifierRules;
import io.guarddesk.routing.control.Classification;
import io.guarddesk.routing.control.DefaultRules;
import io.guarddesk.routing.control.RuleSet;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.Optional;

/**
 * The tickets boundaries as the container wires them, outside it: the real intake, validation,
 * rate limits, classifier (the default rules) and security tagging; only the persistence context
 * and the event observers are stand-ins. For tests that drive a request's way in without a server.
 */
public final class TicketWiring {

    private static final RuleSet DEFAULT_RULES = RuleSet.compile(DefaultRules.load());

    private TicketWiring() {
    }

    /** Limits high enough that a fuzzing run never meets them: it is the input, not the rate, under test. */
    public static CustomerTickets customerTickets(EntityManager em) {
        var tickets = new CustomerTickets();
        tickets.em = em;
        tickets.clock = Clock.systemUTC();
        tickets.validation = Validations.serverLike();
        tickets.rateLimits = new RateLimits();
        tickets.limits = new PublicLimits();
        tickets.limits.perClientPerHour = Integer.MAX_VALUE;
        tickets.limits.perAddressPerHour = Integer.MAX_VALUE;
        tickets.tagging = tagging(em);
        tickets.submitted = StandIns.event();
        return tickets;
    }

    public static PortalTickets portalTickets(EntityManager em) {
        var tickets = new PortalTickets();
        tickets.em = em;
        tickets.clock = Clock.systemUTC();
        tickets.validation = Validations.serverLike();
        tickets.rateLimits = new RateLimits();
        tickets.limits = new PublicLimits();
        tickets.limits.perAddressPerHour = Integer.MAX_VALUE;
        tickets.tagging = tagging(em);
        return tickets;
    }

    public static TicketQueue ticketQueue(EntityManager em) {
        var queue = new TicketQueue();
        queue.em = em;
        queue.clock = Clock.systemUTC();
        queue.database = new DatabaseProduct() {
            @Override
            public boolean isPostgreSql() {
                return false;
            }
        };
        queue.counts = new QueueCounts();
        queue.counts.clock = queue.clock;
        return queue;
    }

    private static SecurityTagging tagging(EntityManager em) {
        var tagging = new SecurityTagging();
        tagging.em = em;
        tagging.clock = Clock.systemUTC();
        tagging.sla = new SlaSettings();
        tagging.sla.acknowledgeMinutes = 60;
        tagging.sla.businessDays = Optional.empty();
        tagging.sla.businessHours = Optional.empty();
        tagging.sla.zone = "Asia/Tokyo";
        tagging.sla.read();
        tagging.classifier = new ClassifierRules() {
            @Override
            public Classification classify(String subject, String body) {
                return DEFAULT_RULES.classify(subject, body);
            }
        };
        tagging.tagged = StandIns.event();
        tagging.audit = StandIns.event();
        return tagging;
    }
}
