package io.guarddesk.disclosure.corpus;

import java.util.List;
import java.util.Set;

/** What the company's own replies carry: its contact numbers and addresses, none of them a customer's. */
final class CompanyFacts {

    static final Set<String> PHONE_DIGITS = Set.of("0120444123", "0365550100", "0570000555", "05030001234");
    static final List<String> PHONES = List.of("0120-444-123", "03-6555-0100", "0570-000-555", "050-3000-1234");
    static final List<String> ADDRESSES = List.of("support@shop.example.jp", "help@members.example.com",
            "noreply@shop.example.jp");
    static final String PORTAL = "https://members.example.jp";

    private CompanyFacts() {
    }
}
