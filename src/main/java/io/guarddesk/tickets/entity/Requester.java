package io.guarddesk.tickets.entity;

import java.util.Locale;

/** Who a ticket belongs to, as given; whether they proved the address comes with R1. */
public record Requester(String name, String email, Locale language) {
}
