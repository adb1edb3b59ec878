package io.guarddesk.disclosure.control;

import java.util.List;

/** A small directory for the guard's tests: the requester Hanako and two other customers. */
final class Directory {

    static final AccountIdentifiers HANAKO = new AccountIdentifiers("C-100234", "hanako.yamada",
            "hanako.yamada@example.co.jp", "山田 花子", "ヤマダ ハナコ", "03-1234-5678");
    static final AccountIdentifiers TARO = new AccountIdentifiers("C-200567", "taro_suzuki77",
            "taro.suzuki@example.com", "Taro Suzuki", "スズキ タロウ", "090-8765-4321");
    static final AccountIdentifiers KENICHI = new AccountIdentifiers("C-300999", "sato.kenichi",
            "k.sato@example.net", "佐藤 健一", "サトウ ケンイチ", "+81 6 2345 6789");

    private Directory() {
    }

    static IdentifierIndex index(AccountIdentifiers... accounts) {
        IdentifierIndex.Builder builder = IdentifierIndex.builder(accounts.length);
        for (AccountIdentifiers a : accounts) {
            builder.add(a);
        }
        return builder.build();
    }

    static IdentifierIndex all() {
        return index(HANAKO, TARO, KENICHI);
    }

    static Allowance hanako() {
        return Allowance.of(List.of(HANAKO), HANAKO.ownerEmail(), List.of());
    }

    static List<Finding> scan(IdentifierIndex index, String body, Allowance allowance) {
        return new DisclosureScanner(index).scan(List.of(new OutgoingPart(OutgoingPart.Where.BODY, body)), allowance);
    }

    static List<Finding> scanBody(String body) {
        return scan(all(), body, hanako());
    }
}
