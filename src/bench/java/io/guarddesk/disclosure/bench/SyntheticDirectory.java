package io.guarddesk.disclosure.bench;

import io.guarddesk.disclosure.control.AccountIdentifiers;

import java.util.SplittableRandom;

/**
 * A deterministic customer directory for the R2.8 benchmark: Japanese holders (kanji name and kana,
 * 70 %) and Latin holders (30 %), unique account numbers, login ids and e-mail addresses, Japanese
 * mobile and landline numbers in national and international spelling. The same seed gives the same
 * million accounts on every run and every machine.
 */
final class SyntheticDirectory {

    private static final String[][] SURNAMES = {
        {"佐藤", "サトウ", "sato"}, {"鈴木", "スズキ", "suzuki"}, {"高橋", "タカハシ", "takahashi"}, {"田中", "タナカ", "tanaka"},
        {"伊藤", "イトウ", "ito"}, {"渡辺", "ワタナベ", "watanabe"}, {"山本", "ヤマモト", "yamamoto"}, {"中村", "ナカムラ", "nakamura"},
        {"小林", "コバヤシ", "kobayashi"}, {"加藤", "カトウ", "kato"}, {"吉田", "ヨシダ", "yoshida"}, {"山田", "ヤマダ", "yamada"},
        {"佐々木", "ササキ", "sasaki"}, {"山口", "ヤマグチ", "yamaguchi"}, {"松本", "マツモト", "matsumoto"}, {"井上", "イノウエ", "inoue"},
        {"木村", "キムラ", "kimura"}, {"林", "ハヤシ", "hayashi"}, {"斎藤", "サイトウ", "saito"}, {"清水", "シミズ", "shimizu"},
        {"山崎", "ヤマザキ", "yamazaki"}, {"森", "モリ", "mori"}, {"池田", "イケダ", "ikeda"}, {"橋本", "ハシモト", "hashimoto"},
        {"阿部", "アベ", "abe"}, {"石川", "イシカワ", "ishikawa"}, {"山下", "ヤマシタ", "yamashita"}, {"中島", "ナカジマ", "nakajima"},
        {"石井", "イシイ", "ishii"}, {"小川", "オガワ", "ogawa"}, {"前田", "マエダ", "maeda"}, {"岡田", "オカダ", "okada"},
        {"長谷川", "ハセガワ", "hasegawa"}, {"藤田", "フジタ", "fujita"}, {"後藤", "ゴトウ", "goto"}, {"近藤", "コンドウ", "kondo"},
        {"村上", "ムラカミ", "murakami"}, {"遠藤", "エンドウ", "endo"}, {"青木", "アオキ", "aoki"}, {"坂本", "サカモト", "sakamoto"},
        {"斉藤", "サイトウ", "saito"}, {"福田", "フクダ", "fukuda"}, {"太田", "オオタ", "ota"}, {"西村", "ニシムラ", "nishimura"},
        {"藤井", "フジイ", "fujii"}, {"金子", "カネコ", "kaneko"}, {"岡本", "オカモト", "okamoto"}, {"藤原", "フジワラ", "fujiwara"},
        {"中野", "ナカノ", "nakano"}, {"三浦", "ミウラ", "miura"}, {"原田", "ハラダ", "harada"}, {"中川", "ナカガワ", "nakagawa"},
        {"松田", "マツダ", "matsuda"}, {"竹内", "タケウチ", "takeuchi"}, {"小野", "オノ", "ono"}, {"田村", "タムラ", "tamura"},
        {"中山", "ナカヤマ", "nakayama"}, {"和田", "ワダ", "wada"}, {"石田", "イシダ", "ishida"}, {"森田", "モリタ", "morita"},
    };
    private static final String[][] GIVEN = {
        {"花子", "ハナコ", "hanako"}, {"太郎", "タロウ", "taro"}, {"健一", "ケンイチ", "kenichi"}, {"陽子", "ヨウコ", "yoko"},
        {"翔太", "ショウタ", "shota"}, {"美咲", "ミサキ", "misaki"}, {"大輔", "ダイスケ", "daisuke"}, {"愛", "アイ", "ai"},
        {"直樹", "ナオキ", "naoki"}, {"由美", "ユミ", "yumi"}, {"拓也", "タクヤ", "takuya"}, {"恵", "メグミ", "megumi"},
        {"誠", "マコト", "makoto"}, {"裕子", "ユウコ", "yuko"}, {"和也", "カズヤ", "kazuya"}, {"さくら", "サクラ", "sakura"},
        {"隆", "タカシ", "takashi"}, {"真由美", "マユミ", "mayumi"}, {"浩二", "コウジ", "koji"}, {"舞", "マイ", "mai"},
        {"亮", "リョウ", "ryo"}, {"千尋", "チヒロ", "chihiro"}, {"剛", "ツヨシ", "tsuyoshi"}, {"彩", "アヤ", "aya"},
        {"修", "オサム", "osamu"}, {"香織", "カオリ", "kaori"}, {"悠斗", "ユウト", "yuto"}, {"結衣", "ユイ", "yui"},
        {"蓮", "レン", "ren"}, {"葵", "アオイ", "aoi"}, {"大翔", "ヒロト", "hiroto"}, {"陽菜", "ヒナ", "hina"},
        {"一郎", "イチロウ", "ichiro"}, {"明美", "アケミ", "akemi"}, {"勇気", "ユウキ", "yuki"}, {"奈々", "ナナ", "nana"},
        {"健太", "ケンタ", "kenta"}, {"麻衣", "マイ", "mai"}, {"翼", "ツバサ", "tsubasa"}, {"未来", "ミライ", "mirai"},
    };
    private static final String[] LATIN_FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley",
        "Steven", "Emily", "Andrew", "Michelle", "Kenneth", "Amanda", "Kevin", "Melissa", "Brian", "Stephanie", "Lukas",
        "Emma", "Noah", "Olivia", "Liam", "Sophie", "Mateo", "Chloe", "Hugo", "Lea", "Wei", "Min", "Jin", "Ana"};
    private static final String[] LATIN_LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Schmidt", "Muller",
        "Dubois", "Rossi", "Kowalski", "Novak", "Chen", "Wang", "Kim", "Park", "Silva"};
    private static final String[] DOMAINS = {"example.com", "example.co.jp", "mail.example.net", "example.jp",
        "docomo.example.ne.jp", "example.org"};

    private SyntheticDirectory() {
    }

    static AccountIdentifiers account(int i) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
        String accountNumber = "C-" + (1_000_000 + i);
        String phone = phone(random);
        if (random.nextInt(10) < 7) {
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String login = given[2] + "." + surname[2] + (i % 9973);
            String email = login(given[2], surname[2], i, random) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            String separator = random.nextBoolean() ? " " : "\u3000";
            return new AccountIdentifiers(accountNumber, login, email, surname[0] + separator + given[0],
                    surname[1] + " " + given[1], phone);
        }
        String first = LATIN_FIRST[random.nextInt(LATIN_FIRST.length)];
        String last = LATIN_LAST[random.nextInt(LATIN_LAST.length)];
        String login = first.toLowerCase() + "_" + last.toLowerCase() + (i % 7919);
        String email = login(first.toLowerCase(), last.toLowerCase(), i, random) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
        return new AccountIdentifiers(accountNumber, login, email, first + " " + last, null, phone);
    }

    private static String login(String given, String surname, int i, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> given + "." + surname + "." + Integer.toString(i, 36);
            case 1 -> surname + "_" + given.charAt(0) + i;
            default -> given.charAt(0) + surname + Integer.toString(i * 7 + 13, 36);
        };
    }

    private static String phone(SplittableRandom random) {
        String middle = String.format("%04d", random.nextInt(10_000));
        String last = String.format("%04d", random.nextInt(10_000));
        return switch (random.nextInt(6)) {
            case 0 -> "03-" + middle + "-" + last;
            case 1 -> "06-" + middle + "-" + last;
            case 2 -> "+81 90 " + middle + " " + last;
            case 3 -> "080" + middle + last;
            default -> "090-" + middle + "-" + last;
        };
    }
}
