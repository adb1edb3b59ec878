package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static io.guarddesk.disclosure.control.Directory.HANAKO;
import static io.guarddesk.disclosure.control.Directory.TARO;
import static org.assertj.core.api.Assertions.assertThat;

class IdentifierIndexTest {

    private static final AccountIdentifiers TARO_MOVED = new AccountIdentifiers("C-200567", "taro_suzuki77",
            "taro.new@example.org", "Taro Suzuki", "スズキ タロウ", "080-1111-2222");

    @Test
    @DisplayName("R2.8 apply() of a changed account: the old identifier is gone and the new one found, without rebuild")
    void changedAccount() {
        IdentifierIndex index = Directory.index(HANAKO, TARO);
        long before = index.size();
        index.apply(TARO, TARO_MOVED);

        // the old address is no identifier any more (the name inside it still is)
        assertThat(Directory.scan(index, "write to taro.suzuki@example.com", Directory.hanako()))
                .extracting(Finding::kind).doesNotContain(FindingKind.EMAIL);
        assertThat(Directory.scan(index, "call 090-8765-4321", Directory.hanako())).isEmpty();
        assertThat(Directory.scan(index, "write to taro.new@example.org", Directory.hanako()))
                .extracting(Finding::kind).containsExactly(FindingKind.EMAIL);
        assertThat(Directory.scan(index, "call 080-1111-2222", Directory.hanako()))
                .extracting(Finding::kind).containsExactly(FindingKind.PHONE);
        assertThat(Directory.scan(index, "account C-200567", Directory.hanako()))
                .extracting(Finding::kind).containsExactly(FindingKind.ACCOUNT_NUMBER);
        assertThat(index.size()).isEqualTo(before);
    }

    @Test
    @DisplayName("R2.8 an identifier shared by two accounts survives the removal of one")
    void sharedIdentifierSurvives() {
        AccountIdentifiers sibling = new AccountIdentifiers("C-200568", "jiro_suzuki", "jiro@example.com",
                "Jiro Suzuki", null, "090-8765-4321");
        IdentifierIndex index = Directory.index(HANAKO, TARO, sibling);
        index.apply(TARO, null);

        assertThat(Directory.scan(index, "call 090-8765-4321", Directory.hanako()))
                .extracting(Finding::kind).containsExactly(FindingKind.PHONE);
        assertThat(Directory.scan(index, "account C-200567", Directory.hanako())).isEmpty();

        index.apply(sibling, null);
        assertThat(Directory.scan(index, "call 090-8765-4321", Directory.hanako())).isEmpty();
    }

    @Test
    @DisplayName("R2.8 a new account is found at once, a removed one no more; re-adding it brings it back")
    void addRemoveAdd() {
        IdentifierIndex index = Directory.index(HANAKO);
        assertThat(Directory.scan(index, "佐藤健一様", Directory.hanako())).isEmpty();
        index.apply(null, Directory.KENICHI);
        assertThat(Directory.scan(index, "佐藤健一様", Directory.hanako())).extracting(Finding::kind)
                .containsExactly(FindingKind.HOLDER_NAME);
        index.apply(Directory.KENICHI, null);
        assertThat(Directory.scan(index, "佐藤健一様", Directory.hanako())).isEmpty();
        index.apply(null, Directory.KENICHI);
        assertThat(Directory.scan(index, "Dear Mr Sato, your login is sato.kenichi", Directory.hanako()))
                .extracting(Finding::kind).containsExactly(FindingKind.LOGIN_ID);
    }

    @Test
    @DisplayName("R2.8 apply() is safe against concurrent scans: every scan sees an old or new state, never fails")
    void concurrentApply() throws Exception {
        IdentifierIndex index = Directory.index(HANAKO, TARO);
        DisclosureScanner scanner = new DisclosureScanner(index);
        List<OutgoingPart> parts = List.of(new OutgoingPart(OutgoingPart.Where.BODY, "account C-200567, call 090-8765-4321"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            started.countDown();
            while (!stop.get()) {
                try {
                    List<Finding> f = scanner.scan(parts, Directory.hanako());
                    assertThat(f).extracting(Finding::kind).contains(FindingKind.ACCOUNT_NUMBER);
                } catch (Throwable t) {
                    failure.set(t);
                    return;
                }
            }
        });
        reader.start();
        started.await();
        for (int i = 0; i < 500; i++) {
            index.apply(TARO, TARO_MOVED);
            index.apply(TARO_MOVED, TARO);
        }
        stop.set(true);
        reader.join();
        assertThat(failure.get()).isNull();
        assertThat(scanner.scan(parts, Directory.hanako())).extracting(Finding::kind)
                .containsExactly(FindingKind.ACCOUNT_NUMBER, FindingKind.PHONE);
    }

    @Test
    @DisplayName("R2.8 the index counts its keys and its bytes")
    void sizeAndBytes() {
        IdentifierIndex index = Directory.all();
        assertThat(index.size()).isBetween(15L, 21L);
        assertThat(index.retainedBytes()).isPositive();
    }
}
