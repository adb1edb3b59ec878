package io.guarddesk.disclosure.corpus;

import java.util.List;

/**
 * Name pools of the test directory. No given name is a prefix of another (in kanji or kana), no
 * two share a reading, and no surname ends another's, in kanji or kana (no 林 beside 小林, no
 * サイトウ beside イトウ), so
 * that one customer's full name never sits inside another's: a scanner that flags "イトウハナコ"
 * inside "サイトウハナコ" would be right, and the corpus must not punish it for that.
 */
final class Names {

    record JapaneseName(String kanji, String kana, String romaji) {
    }

    record LatinName(String name) {
    }

    static final List<JapaneseName> SURNAMES = List.of(
            jp("佐藤", "サトウ", "sato"), jp("鈴木", "スズキ", "suzuki"), jp("高橋", "タカハシ", "takahashi"),
            jp("田中", "タナカ", "tanaka"), jp("伊藤", "イトウ", "ito"), jp("渡辺", "ワタナベ", "watanabe"),
            jp("山本", "ヤマモト", "yamamoto"), jp("中村", "ナカムラ", "nakamura"), jp("小林", "コバヤシ", "kobayashi"),
            jp("加藤", "カトウ", "kato"), jp("吉田", "ヨシダ", "yoshida"), jp("山田", "ヤマダ", "yamada"),
            jp("佐々木", "ササキ", "sasaki"), jp("山口", "ヤマグチ", "yamaguchi"), jp("松本", "マツモト", "matsumoto"),
            jp("井上", "イノウエ", "inoue"), jp("木村", "キムラ", "kimura"), jp("菊地", "キクチ", "kikuchi"),
            jp("菅原", "スガワラ", "sugawara"), jp("清水", "シミズ", "shimizu"), jp("山崎", "ヤマザキ", "yamazaki"),
            jp("池田", "イケダ", "ikeda"), jp("橋本", "ハシモト", "hashimoto"), jp("阿部", "アベ", "abe"),
            jp("石川", "イシカワ", "ishikawa"), jp("前田", "マエダ", "maeda"), jp("藤田", "フジタ", "fujita"),
            jp("小川", "オガワ", "ogawa"), jp("岡田", "オカダ", "okada"), jp("後藤", "ゴトウ", "goto"),
            jp("長谷川", "ハセガワ", "hasegawa"), jp("村上", "ムラカミ", "murakami"), jp("近藤", "コンドウ", "kondo"),
            jp("石井", "イシイ", "ishii"), jp("坂本", "サカモト", "sakamoto"), jp("遠藤", "エンドウ", "endo"),
            jp("青木", "アオキ", "aoki"), jp("藤井", "フジイ", "fujii"), jp("西村", "ニシムラ", "nishimura"),
            jp("福田", "フクダ", "fukuda"), jp("太田", "オオタ", "ota"), jp("三浦", "ミウラ", "miura"),
            jp("岡本", "オカモト", "okamoto"), jp("松田", "マツダ", "matsuda"), jp("中川", "ナカガワ", "nakagawa"),
            jp("中野", "ナカノ", "nakano"), jp("原田", "ハラダ", "harada"), jp("小野", "オノ", "ono"),
            jp("竹内", "タケウチ", "takeuchi"), jp("森田", "モリタ", "morita"));

    static final List<JapaneseName> GIVEN = List.of(
            jp("花子", "ハナコ", "hanako"), jp("太郎", "タロウ", "taro"), jp("陽菜", "ヒナ", "hina"),
            jp("結衣", "ユイ", "yui"), jp("美咲", "ミサキ", "misaki"), jp("大翔", "ヒロト", "hiroto"),
            jp("悠真", "ユウマ", "yuma"), jp("翔太", "ショウタ", "shota"), jp("健一", "ケンイチ", "kenichi"),
            jp("直樹", "ナオキ", "naoki"), jp("恵子", "ケイコ", "keiko"), jp("由美", "ユミ", "yumi"),
            jp("裕子", "ユウコ", "yuko"), jp("明美", "アケミ", "akemi"), jp("誠", "マコト", "makoto"),
            jp("大輔", "ダイスケ", "daisuke"), jp("拓也", "タクヤ", "takuya"), jp("和也", "カズヤ", "kazuya"),
            jp("さくら", "サクラ", "sakura"), jp("智子", "トモコ", "tomoko"), jp("修", "オサム", "osamu"),
            jp("春香", "ハルカ", "haruka"), jp("七海", "ナナミ", "nanami"), jp("颯太", "ソウタ", "sota"),
            jp("湊", "ミナト", "minato"), jp("千尋", "チヒロ", "chihiro"), jp("美穂", "ミホ", "miho"),
            jp("浩二", "コウジ", "koji"), jp("隆", "タカシ", "takashi"), jp("真理", "マリ", "mari"));

    static final List<String> LATIN_FIRST = List.of(
            "Emily", "James", "Olivia", "Michael", "Sophia", "Daniel", "Charlotte", "David", "Amelia",
            "Thomas", "Grace", "Lucas", "Chloe", "Benjamin", "Hannah", "Oliver", "Isabella", "Ethan",
            "Noah", "Lena", "Marco", "Sofia", "Pierre", "Anika", "Mateo");

    static final List<String> LATIN_LAST = List.of(
            "Carter", "Nguyen", "Smith", "Brown", "Wilson", "Taylor", "Anderson", "Thompson", "Martin",
            "Garcia", "Clarke", "Walker", "Wright", "Mitchell", "Harris", "Kowalski", "Rossi", "Silva",
            "Dubois", "Fischer", "O'Neill", "Jensen", "Moreau", "Okafor", "Lindqvist");

    private Names() {
    }

    private static JapaneseName jp(String kanji, String kana, String romaji) {
        return new JapaneseName(kanji, kana, romaji);
    }

    /** Katakana to hiragana: the same reading, as a customer might type it. */
    static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (char c : katakana.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
