package io.guarddesk.notices.bench;

/**
 * The accounts one benchmark run imports: account numbers under a run-unique prefix (so the
 * notice's directory query selects exactly this run's accounts, however many runs the database
 * has seen), one owner address per account (so each account is one recipient), holder names
 * alternating between Japanese and Latin script (so both languages of the notice are rendered),
 * and login ids and phone numbers that pass the import's checks ({@code AccountInput}).
 */
final class SyntheticAccounts {

    static final String HEADER = "account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status";

    // Kanji, katakana; no name is a word the notice's own text uses, so the guard sees only the recipient's own name.
    private static final String[][] SURNAMES_JA = {
        {"山田", "ヤマダ"}, {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"}, {"吉田", "ヨシダ"},
    };
    private static final String[][] GIVEN_JA = {
        {"花子", "ハナコ"}, {"太郎", "タロウ"}, {"健一", "ケンイチ"}, {"陽子", "ヨウコ"}, {"翔太", "ショウタ"},
        {"美咲", "ミサキ"}, {"大輔", "ダイスケ"}, {"直樹", "ナオキ"}, {"由美", "ユミ"}, {"拓也", "タクヤ"},
    };
    private static final String[] GIVEN_EN = {"Emma", "Oliver", "Sophie", "James", "Grace", "Lucas", "Chloe", "Henry", "Ava", "Noah"};
    private static final String[] SURNAMES_EN = {"Clark", "Walker", "Bennett", "Foster", "Hughes", "Morgan", "Parker", "Reed", "Turner", "Ward"};

    private final long run;
    private final int count;

    SyntheticAccounts(long run, int count) {
        this.run = run;
        this.count = count;
    }

    int count() {
        return count;
    }

    /** Letters, digits and a hyphen only: an underscore or percent sign would be a LIKE wildcard to escape. */
    String prefix() {
        return "NB" + run + "-";
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as one import file, header first. */
    String csv(int from, int to) {
        var csv = new StringBuilder((to - from + 1) * 110);
        csv.append(HEADER).append('\n');
        for (int i = from; i < to; i++) {
            row(i, csv);
        }
        return csv.toString();
    }

    private void row(int i, StringBuilder csv) {
        // no field holds a comma, quote or line break, so nothing needs quoting
        csv.append(prefix()).append(String.format("%06d", i)).append(',')
                .append("nb").append(run).append('u').append(i).append(',')
                .append("nb").append(run).append('-').append(i).append("@bench.example").append(',');
        if (i % 2 == 0) {
            var surname = SURNAMES_JA[i / 2 % SURNAMES_JA.length];
            var given = GIVEN_JA[i / 20 % GIVEN_JA.length];
            csv.append(surname[0]).append(' ').append(given[0]).append(',')
                    .append(surname[1]).append(' ').append(given[1]).append(',');
        } else {
            csv.append(GIVEN_EN[i / 2 % GIVEN_EN.length]).append(' ').append(SURNAMES_EN[i / 20 % SURNAMES_EN.length])
                    .append(",,");
        }
        // a distinct number per account up to 100 million: 090-NNNN-NNNN
        csv.append(String.format("090-%04d-%04d", i / 10_000 % 10_000, i % 10_000)).append(",ACTIVE\n");
    }
}
