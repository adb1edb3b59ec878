package io.guarddesk.tickets.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTest {

    @ParameterizedTest(name = "R7.3 {0} parses from its name in any case")
    @EnumSource(QueueOrder.class)
    void parsesNameCaseInsensitively(QueueOrder order) {
        assertThat(QueueOrder.parse(order.name())).contains(order);
        assertThat(QueueOrder.parse(order.name().toLowerCase(Locale.ROOT))).contains(order);
        assertThat(QueueOrder.parse(order.name().toLowerCase(java.util.Locale.ROOT))).contains(order);
    }

    @Test
    @DisplayName("R7.3 mixed case names parse")
    void mixedCase() {
        assertThat(QueueOrder.parse("Updated")).contains(QueueOrder.UPDATED);
        assertThat(QueueOrder.parse("sUbJeCt")).contains(QueueOrder.SUBJECT);
    }

    @Test
    @DisplayName("R7.3 the entity attribute names parse")
    void parsesAttributeNames() {
        assertThat(QueueOrder.parse("updatedAt")).contains(QueueOrder.UPDATED);
        assertThat(QueueOrder.parse("createdAt")).contains(QueueOrder.CREATED);
        assertThat(QueueOrder.parse("status")).contains(QueueOrder.STATUS);
        assertThat(QueueOrder.parse("category")).contains(QueueOrder.CATEGORY);
        assertThat(QueueOrder.parse("subject")).contains(QueueOrder.SUBJECT);
    }

    @ParameterizedTest(name = "R7.3 unknown order \"{0}\" is empty, so user input never reaches JPQL")
    @ValueSource(strings = {
            "",
            " ",
            "priority",
            "id",
            "requesterEmail",
            "accessKeyHash",
            "updatedAt DESC",
            " updated",
            "subject; DELETE FROM Ticket t",
            "t.subject",
            "(SELECT 1)",
    })
    void unknownIsEmpty(String name) {
        assertThat(QueueOrder.parse(name)).isEmpty();
    }

    @Test
    @DisplayName("R7.3 null is empty")
    void nullIsEmpty() {
        assertThat(QueueOrder.parse(null)).isEmpty();
    }
}
