package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Probes;
import io.guarddesk.testing.Probes.Probe;
import io.guarddesk.testing.StaffTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing next to real ids (issue #7): 10,000 requests, sent concurrently as a script would,
 * each one or two symbols, or a few numbers, away from someone else's object. None may reach
 * anything: every answer is exactly the one for an id that does not exist (a 429 would be no
 * hit, but none of these endpoints limits by client), and the objects the probes surrounded are
 * unchanged. References carry no check symbol, so every neighbour is a well-formed reference the
 * server looks up; keys are hashed as typed, so a neighbour that decodes to the same bytes (the
 * key's last character carries only four bits) must not open the ticket either. Run inside
 * {@code GuarddeskIT}.
 */
public abstract class NeighbourProbeChecks {

    static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** The random symbols of GD-XXXXX-XXXXX-XXXXX. */
    static final List<Integer> REFERENCE_SYMBOLS = List.of(3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19);
    static final int CONCURRENCY = 12;
    static final String RATE_LIMITED = "429 (rate limited: no hit)";

    @Test
    @DisplayName("R1.8 R3.2 4,000 references one or two symbols from real ones reach no ticket: 2,000 around a security "
            + "ticket's as an agent, 2,000 around a general ticket's as a supervisor")
    void ticketReferences() {
        var targets = Targets.get();
        var agent = authorizations(tokens("AGENT", 4));
        var supervisor = authorizations(tokens("SUPERVISOR", 4));

        probe("references around a security ticket, as an agent", "GET",
                neighbours(targets.security.reference(), REFERENCE_SYMBOLS, CROCKFORD, 2_000), Targets.missingReference(),
                ref -> "api/tickets/" + ref, null, agent, CONCURRENCY);
        probe("references around a general ticket, as a supervisor", "GET",
                neighbours(targets.assigned.reference(), REFERENCE_SYMBOLS, CROCKFORD, 2_000), Targets.missingReference(),
                ref -> "api/tickets/" + ref, null, supervisor, CONCURRENCY);

        var reader = Api.withAuthorization(supervisor.get(0));
        assertThat(reader.get("api/tickets/" + targets.security.reference()).status()).as("the real ones still answer").isEqualTo(200);
        assertThat(reader.get("api/tickets/" + targets.assigned.reference()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R1.1 R1.2 4,000 private keys one or two characters from a customer's real one open nothing: 3,000 reads and "
            + "1,000 replies answer like a key never issued, and the thread is unchanged")
    void customerKeys() {
        var victim = Customers.submit("GENERAL", "Where is my parcel");
        var near = new ArrayList<>(neighbours(victim.accessKey(), IntStream.range(0, 43).boxed().toList(), BASE64URL, 4_000));
        // one-character changes come first: mixed, reads and replies each get both kinds
        Collections.shuffle(near, new Random(victim.accessKey().hashCode()));
        var reply = "{\"body\":\"Is this anyone's ticket?\"}";

        probe("private keys, read", "GET", near.subList(0, 3_000), CustomerLinkChecks.missingKey(),
                key -> "api/customer/tickets/" + key, null, List.of(), CONCURRENCY);
        probe("private keys, reply", "POST", near.subList(3_000, 4_000), CustomerLinkChecks.missingKey(),
                key -> "api/customer/tickets/" + key + "/messages", reply, List.of(), CONCURRENCY);

        var after = Api.anonymous().get("api/customer/tickets/" + victim.accessKey());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().getJsonArray("messages")).as("no probe reached the thread").hasSize(1);
    }

    @Test
    @DisplayName("R7.3 R3.3 R4.2 R2.7 2,000 numeric ids around other people's objects reach none: 800 notifications marked "
            + "read, 800 tokens revoked, 400 held replies released; the notification stays unread, the token works, the "
            + "reply stays held")
    void numericIds() {
        var targets = Targets.get();
        var prober = tokens("AGENT", 4);
        var own = prober.stream().map(StaffTokens.Issued::id).collect(Collectors.toSet());
        var theirToken = StaffTokens.issue(NewStaff.create("AGENT").api(), "their script");
        var releaser = authorizations(tokens("SUPERVISOR", 2));
        var through = targets.assigned.reference();

        probe("notification ids, marked read by an agent who has none", "POST", around(targets.notification, 800, Set.of()),
                Integer.toString(Integer.MAX_VALUE), id -> "api/notifications/" + id + "/read", null, authorizations(prober), CONCURRENCY);
        probe("token ids, revoked by someone else", "DELETE", around(theirToken.id(), 800, own), "999999999999",
                id -> "api/me/tokens/" + id, null, authorizations(prober), CONCURRENCY);
        // each release locks the ticket it names: a few at a time, or they only queue for that lock
        probe("held-reply ids, released through another ticket by a supervisor", "POST", around(targets.heldReply, 400, Set.of()),
                Integer.toString(Integer.MAX_VALUE), id -> "api/tickets/" + through + "/refusals/" + id + "/release",
                IdorChecks.JUSTIFICATION, releaser, 4);

        targets.assertNotificationAndReplyUntouched();
        assertThat(theirToken.api().get("api/me").status()).as("their token still works").isEqualTo(200);
        targets.assertUnchanged();
    }

    /**
     * Sends one probe per id, and one for {@code missingId}, the same way; every answer must be the
     * missing one's. Prints what came back, so a run shows how many probes of each kind were sent.
     */
    private static void probe(String kind, String method, List<String> ids, String missingId, Function<String, String> path,
                              String json, List<String> authorizations, int concurrency) {
        var probes = new ArrayList<Probe>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            probes.add(new Probe(method, path.apply(ids.get(i)), json,
                    authorizations.isEmpty() ? null : authorizations.get(i % authorizations.size())));
        }
        var missing = Probes.send(List.of(new Probe(method, path.apply(missingId), json,
                authorizations.isEmpty() ? null : authorizations.get(0))), 1).get(0);
        var started = System.nanoTime();
        var answers = Probes.send(probes, concurrency);

        var outcomes = new TreeMap<String, Long>();
        answers.forEach(answer -> outcomes.merge(answer.status() == 429 ? RATE_LIMITED : Answers.of(answer), 1L, Long::sum));
        long hits = answers.stream().filter(answer -> answer.status() / 100 == 2).count();
        System.out.printf("IDOR probes, %s: %d sent in %d ms, %d hits, answers %s%n", kind, answers.size(),
                (System.nanoTime() - started) / 1_000_000, hits, outcomes);
        assertThat(missing.status() / 100).as(kind + ": the id that does not exist: " + missing).isNotEqualTo(2);
        assertThat(hits).as(kind + ": 2xx among " + answers.size() + " probes; answers " + outcomes).isZero();
        assertThat(outcomes.keySet()).as(kind + ": every answer is the one for an id that does not exist")
                .isSubsetOf(Answers.of(missing), RATE_LIMITED);
    }

    /**
     * {@code count} distinct strings that differ from {@code real} at one or two of {@code positions},
     * each changed to another symbol of {@code alphabet}: every one-symbol change first, then
     * two-symbol changes drawn at random. Never {@code real}, never a spelling the server reads as it.
     */
    static List<String> neighbours(String real, List<Integer> positions, String alphabet, int count) {
        var found = new LinkedHashSet<String>();
        for (int position : positions) {
            for (char symbol : alphabet.toCharArray()) {
                if (symbol != real.charAt(position) && found.size() < count) {
                    found.add(changed(real, position, symbol));
                }
            }
        }
        var random = new Random(real.hashCode());
        while (found.size() < count) {
            int first = positions.get(random.nextInt(positions.size()));
            int second = positions.get(random.nextInt(positions.size()));
            if (first != second) {
                found.add(changed(changed(real, first, other(real.charAt(first), alphabet, random)), second,
                        other(real.charAt(second), alphabet, random)));
            }
        }
        return new ArrayList<>(found);
    }

    /** {@code count} ids from about {@code count / 2} below {@code center} upwards, never below 1, without {@code skip}. */
    static List<String> around(long center, int count, Set<Long> skip) {
        var ids = new ArrayList<String>(count);
        for (long id = Math.max(1, center - count / 2); ids.size() < count; id++) {
            if (!skip.contains(id)) {
                ids.add(Long.toString(id));
            }
        }
        return ids;
    }

    private static String changed(String text, int position, char symbol) {
        return text.substring(0, position) + symbol + text.substring(position + 1);
    }

    private static char other(char symbol, String alphabet, Random random) {
        char chosen;
        do {
            chosen = alphabet.charAt(random.nextInt(alphabet.length()));
        } while (chosen == symbol);
        return chosen;
    }

    /** A staff member of its own with {@code count} tokens: spread over them, the probes do not queue for one token's row. */
    private static List<StaffTokens.Issued> tokens(String role, int count) {
        var member = NewStaff.create(role);
        return IntStream.range(0, count).mapToObj(i -> StaffTokens.issue(member.api(), "probe " + i)).toList();
    }

    private static List<String> authorizations(List<StaffTokens.Issued> tokens) {
        return tokens.stream().map(StaffTokens.Issued::authorization).toList();
    }
}
