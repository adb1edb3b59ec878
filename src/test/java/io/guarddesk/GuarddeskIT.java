package io.guarddesk;

import io.guarddesk.audit.boundary.AuditChecks;
import io.guarddesk.disclosure.boundary.DisclosureGuardChecks;
import io.guarddesk.disclosure.boundary.GuardJourneyChecks;
import io.guarddesk.incidents.boundary.IncidentChecks;
import io.guarddesk.platform.rest.AuthorizationMatrixChecks;
import io.guarddesk.requesters.boundary.VerificationChecks;
import io.guarddesk.routing.boundary.ClassifierApiChecks;
import io.guarddesk.staff.boundary.StaffApiChecks;
import io.guarddesk.testing.Deployments;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.tickets.boundary.TicketApiChecks;
import io.guarddesk.tickets.boundary.web.BrowserJourneyChecks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one Arquillian deployment of the real WAR: Payara Micro boots once and every group of
 * checks below runs against it as a client would (HTTP, a browser). Each group lives beside the
 * feature it checks; a new group is one more {@code @Nested} line here, not another server boot.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Guarddesk on Payara Micro")
// only the log check is ordered: it runs after all the others, which keep their usual order
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class GuarddeskIT {

    static {
        Deployments.requireFreePort();
        Deployments.removeOldServerLog();
        // before the server boots, so its mail relay finds the SMTP server from the first poll
        Mailbox.start();
    }

    @Deployment(testable = false)
    static WebArchive guarddesk() {
        return Deployments.guarddesk();
    }

    @Nested
    @DisplayName("ticket API")
    class TicketApi extends TicketApiChecks {
    }

    @Nested
    @DisplayName("verified requesters and mail")
    class Verification extends VerificationChecks {
    }

    @Nested
    @DisplayName("staff authentication on the API")
    class StaffApi extends StaffApiChecks {
    }

    @Nested
    @DisplayName("user journeys in the browser")
    class Journeys extends BrowserJourneyChecks {
    }

    @Nested
    @DisplayName("credential-disclosure guard")
    class DisclosureGuard extends DisclosureGuardChecks {
    }

    @Nested
    @DisplayName("the guard in the browser")
    class GuardJourney extends GuardJourneyChecks {
    }

    @Nested
    @DisplayName("security routing")
    class SecurityRouting extends io.guarddesk.tickets.boundary.SecurityRoutingChecks {
    }

    @Nested
    @DisplayName("security routing in the browser")
    class SecurityJourney extends io.guarddesk.tickets.boundary.SecurityJourneyChecks {
    }

    @Nested
    @DisplayName("authorisation matrix")
    class AuthorizationMatrix extends AuthorizationMatrixChecks {
    }

    @Nested
    @DisplayName("audit log")
    class Audit extends AuditChecks {
    }

    @Nested
    @DisplayName("incidents and their deadline clocks")
    class IncidentClocks extends IncidentChecks {
    }

    @Nested
    @DisplayName("security classifier rules")
    class ClassifierApi extends ClassifierApiChecks {
    }

    @Nested
    @DisplayName("bulk notices")
    class BulkNotices extends io.guarddesk.notices.boundary.NoticeApiChecks {
    }

    @Nested
    @DisplayName("bulk notices in the browser")
    class BulkNoticeJourney extends io.guarddesk.notices.boundary.NoticeJourneyChecks {
    }

    @Nested
    @DisplayName("attacks: XSS through customers' text")
    class CustomerXss extends io.guarddesk.platform.web.XssChecks {
    }

    @Nested
    @DisplayName("attacks: XSS through staff text and mail")
    class StaffXss extends io.guarddesk.platform.web.StaffTextXssChecks {
    }

    @Nested
    @DisplayName("attacks: IDOR/BOLA, ids × roles")
    class Idor extends io.guarddesk.platform.rest.IdorChecks {
    }

    @Nested
    @DisplayName("attacks: foreign ids of every other kind")
    class ForeignId extends io.guarddesk.platform.rest.ForeignIdChecks {
    }

    @Nested
    @DisplayName("attacks: customer links and reset tokens")
    class CustomerLink extends io.guarddesk.platform.rest.CustomerLinkChecks {
    }

    @Nested
    @DisplayName("attacks: ids in page URLs")
    class PageIdor extends io.guarddesk.platform.rest.PageIdorChecks {
    }

    @Nested
    @DisplayName("attacks: 10,000 neighbouring ids")
    class NeighbourProbe extends io.guarddesk.platform.rest.NeighbourProbeChecks {
    }

    @Nested
    @DisplayName("attacks: cross-site API calls")
    class Csrf extends io.guarddesk.platform.web.CsrfChecks {
    }

    @Nested
    @DisplayName("attacks: cross-site incident and notice calls")
    class CsrfWorkflow extends io.guarddesk.platform.web.CsrfWorkflowChecks {
    }

    @Nested
    @DisplayName("attacks: cross-site and forged JSF posts")
    class CsrfForm extends io.guarddesk.platform.web.CsrfFormChecks {
    }

    @Nested
    @DisplayName("attacks: no GET changes state")
    class SafeGet extends io.guarddesk.platform.web.SafeGetChecks {
    }

    @Nested
    @DisplayName("attacks: mass assignment, tickets")
    class MassAssignment extends io.guarddesk.platform.rest.MassAssignmentChecks {
    }

    @Nested
    @DisplayName("attacks: mass assignment, staff side")
    class MassAssignmentStaff extends io.guarddesk.platform.rest.MassAssignmentStaffChecks {
    }

    @Nested
    @DisplayName("attacks: mail header injection")
    class MailHeaderInjection extends io.guarddesk.platform.web.MailHeaderInjectionChecks {
    }

    @Nested
    @DisplayName("attacks: session cookie and fixation")
    class Sessions extends io.guarddesk.staff.boundary.SessionChecks {
    }

    @Nested
    @DisplayName("attacks: enumeration by message or timing")
    class Enumeration extends io.guarddesk.platform.web.EnumerationChecks {
    }

    @Nested
    @Order(Integer.MAX_VALUE)
    @DisplayName("attacks: no secret in the server log (last: reads the log of the whole run)")
    class SecretsInLog extends io.guarddesk.platform.SecretsInLogChecks {
    }
}
