package io.guarddesk.tickets.control;

import java.util.Optional;

/** The columns the queue can be sorted by; a fixed list, so user input never reaches JPQL. */
public enum QueueOrder {
    UPDATED("updatedAt"), CREATED("createdAt"), STATUS("status"), CATEGORY("category"), SUBJECT("subject"),
    /** The supervisor queue: the nearest acknowledgement deadline first. */
    ACKNOWLEDGE_BY("ackDueAt");

    final String attribute;

    QueueOrder(String attribute) {
        this.attribute = attribute;
    }

    /**
     * An index leads with this column, so the queue can be read in this order and the reading
     * stopped early; a text search walks the queue only in such an order ({@link TextSearch}).
     */
    boolean walkable() {
        return this == UPDATED || this == CREATED;
    }

    public static Optional<QueueOrder> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (var order : values()) {
            if (order.name().equalsIgnoreCase(name) || order.attribute.equals(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
