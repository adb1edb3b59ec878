-- Phrase lists for the generated tickets, as constant functions in pg_temp (the planner folds each
-- call into a constant; nothing is left in the application's schema). Lists that pick(…, k) reads
-- with k > 1 are ordered from common to rare: the first entries occur in a good share of all
-- messages, the last ones in a few hundred out of millions, so full-text search meets both kinds.

-- One entry of a list; k = 1 is uniform, larger k favours the first entries (Zipf-like).
CREATE FUNCTION pg_temp.pick(a text[], k float8) RETURNS text LANGUAGE sql VOLATILE AS
$$ SELECT a[1 + floor(cardinality(a) * power(random(), k))::int] $$;

CREATE FUNCTION pg_temp.en_greeting() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Hello,', 'Hi,', 'Dear support team,', 'Good morning,', 'Hello support,', 'Hi there,', 'Good afternoon,',
 'To whom it may concern,', 'Dear customer service,'] $$;

CREATE FUNCTION pg_temp.en_topic() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Cannot sign in', 'Question about my invoice', 'Refund request', 'Delivery is late', 'Password reset mail not received',
 'Charged twice this month', 'Verification code never arrives', 'Please cancel my subscription', 'Change of address',
 'The app keeps crashing', 'Update my payment method', 'Points were not credited', 'Items missing from my order',
 'Coupon code does not work', 'My account is locked', 'Change my e-mail address', 'I need a receipt',
 'Question about upgrading my plan', 'Too many notification mails', 'Wrong item delivered', 'Cannot update my profile',
 'Gift card balance is wrong', 'Membership renewal failed', 'Store pickup question', 'Reservation was cancelled',
 'Shipping address is wrong', 'Invoice shows the wrong company name', 'Loyalty tier not updated',
 'Order stuck in processing', 'Please export my data'] $$;

CREATE FUNCTION pg_temp.en_tail() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '', '', '', '', '', ' again', ' (urgent)', ' since yesterday', ' on my iPhone', ' on Android', ' after the latest update',
 ' for my last order', ' - second request', ' please help'] $$;

-- ordered common → rare
CREATE FUNCTION pg_temp.en_item() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'subscription box', 'smartphone case', 'wireless earphones', 'coffee beans', 'running shoes', 'electric kettle',
 'laptop stand', 'humidifier', 'rice cooker', 'yoga mat', 'desk lamp', 'water bottle', 'phone charger', 'backpack',
 'bath towels', 'printer ink', 'vacuum cleaner', 'bluetooth speaker', 'winter jacket', 'green tea set', 'air purifier',
 'mechanical keyboard', 'gaming mouse', 'camera strap', 'hair dryer', 'frying pan', 'umbrella', 'notebook set',
 'travel adapter', 'smart watch', 'fitness tracker', 'bed sheets', 'pillow', 'kitchen scale', 'blender', 'toaster',
 'sunglasses', 'leather wallet', 'wrist rest', 'monitor arm', 'webcam', 'microphone', 'board game', 'jigsaw puzzle',
 'cookbook', 'garden hose', 'flower pot', 'bicycle light', 'helmet', 'tent', 'sleeping bag', 'hiking poles',
 'ski gloves', 'snow boots', 'raincoat', 'picnic basket', 'lunch box', 'chopsticks', 'teapot', 'sake glasses',
 'matcha whisk', 'rice bowls', 'bento box', 'pressure cooker', 'slow cooker', 'waffle iron', 'ice cream maker',
 'espresso machine', 'milk frother', 'bread maker', 'sewing machine', 'knitting needles', 'embroidery hoop',
 'calligraphy brush', 'ink stone', 'watercolour paints', 'easel', 'sketchbook', 'fountain pen', 'wax seal kit',
 'letterpress cards', 'origami paper', 'kendama', 'shogi board', 'go stones', 'mahjong tiles', 'harmonica',
 'ukulele strings', 'violin rosin', 'metronome', 'tuning fork', 'turntable belt', 'vinyl cleaner', 'film scanner',
 'darkroom timer', 'telescope eyepiece', 'star chart', 'barometer', 'weather vane', 'sundial', 'hourglass',
 'kaleidoscope', 'marionette', 'terrarium kit', 'bonsai scissors', 'moss ball', 'koi food', 'chrysanthemum seeds',
 'wisteria trellis', 'tatami mat', 'shoji paper', 'furoshiki cloth', 'wind chime', 'paper lantern', 'sourdough starter',
 'kombucha scoby', 'harpsichord tuning kit', 'meteorite fragment', 'abacus', 'sextant', 'theodolite'] $$;

CREATE FUNCTION pg_temp.en_when() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'last week', 'yesterday', 'three days ago', 'on Monday', 'two weeks ago', 'this morning', 'at the beginning of the month',
 'on Friday evening', 'during the sale', 'last month'] $$;

CREATE FUNCTION pg_temp.en_place() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Sapporo', 'Fukuoka', 'Kobe', 'Sendai', 'Hiroshima', 'Chiba', 'Niigata',
 'Kanazawa', 'Shizuoka', 'Okayama', 'Kumamoto', 'Matsuyama', 'Naha', 'Hakodate', 'Takamatsu', 'Kagoshima'] $$;

CREATE FUNCTION pg_temp.en_problem() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'I ordered a {item} {when}, but it has not arrived yet.',
 'When I try to sign in, the app shows the error {code}.',
 'My password does not work any more and the reset mail never comes.',
 'I was charged {amount} twice for the {item}.',
 'The verification code for my account never arrives by SMS.',
 'I would like to cancel my subscription before the next billing date.',
 'The invoice for my {item} shows the wrong amount.',
 'I moved to {place} and need to change my delivery address.',
 'The app closes as soon as I open the order history.',
 'My points for the {item} purchase were not added to my account.',
 'The parcel arrived but the {item} was missing.',
 'The coupon code from your newsletter is rejected at checkout.',
 'My account was locked after I entered the wrong password a few times.',
 'I received a {item} instead of the one I ordered.',
 'I need a receipt for the {item} for my company expense report.',
 'My gift card shows a balance of {amount} but it should be more.',
 'I cannot change the e-mail address on my profile page.',
 'I get too many notification mails and cannot find where to turn them off.',
 'The reservation for the {place} store pickup was cancelled without notice.',
 'My membership renewal failed although my card is valid.',
 'The tracking number for my {item} does not show any updates.',
 'I would like to return the {item} because it is damaged.',
 'Your website shows the {item} in stock but the order stays in processing.',
 'My loyalty tier has not been updated after my last purchase.',
 'Please send me a copy of all the data you keep about me.'] $$;

CREATE FUNCTION pg_temp.en_detail() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'I already restarted the app and cleared the cache.',
 'My order number is {order}.',
 'I use the account registered with this e-mail address.',
 'This happens on both my phone and my computer.',
 'I contacted you last week but have not heard back.',
 'The tracking page says the parcel is at the {place} depot.',
 'Could you tell me what I should do next?',
 'I paid by bank transfer, not by card.',
 'The amount on my bank statement is {amount}.',
 'The error message says {code} and nothing else.',
 'I have been a customer for many years and this never happened before.',
 'It would be great if you could call me back in the afternoon.',
 'I checked my spam folder as well.',
 'My neighbour in {place} had the same problem with a {item}.',
 'The delivery driver left a note but I was at home all day.',
 'I would prefer a refund to a replacement.',
 'The problem started after I updated the app to the newest version.',
 'I tried a different browser and it did not help.'] $$;

CREATE FUNCTION pg_temp.en_card() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'I paid with my card [card ****1111].', 'The charge was made to [card ****4242] on the same day.',
 'My card [card ****0004] and the security code [cvv ***] were accepted.'] $$;

CREATE FUNCTION pg_temp.en_close() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Thank you in advance.', 'Thanks for your help.', 'Best regards,', 'Kind regards,', 'I look forward to your answer.',
 'Thanks!', 'Many thanks,'] $$;

CREATE FUNCTION pg_temp.en_followup() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Thank you for your quick answer.', 'Unfortunately the problem is still there.',
 'I tried what you suggested but it did not help.', 'It works now, thank you!', 'Could you check again please?',
 'Here is the additional information you asked for.', 'The {item} arrived today, thanks.',
 'I still see the error {code}.', 'Is there any update on this?', 'The refund has not reached my account yet.'] $$;

CREATE FUNCTION pg_temp.en_staff_open() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Thank you for contacting us.', 'Thank you for your message.', 'We are sorry for the inconvenience.',
 'Thank you for your patience.', 'Thank you for getting back to us.'] $$;

CREATE FUNCTION pg_temp.en_staff_body() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'We have checked your order and the {item} left our warehouse {when}.',
 'Please sign out, then sign in again and try once more.',
 'We have refunded the duplicate charge; it will appear within five business days.',
 'Your request has been forwarded to our billing team.',
 'Could you tell us the error code you see on the screen?',
 'We have reset the verification settings of your account.',
 'Please check your spam folder for our mail.',
 'The {item} is back in stock and we shipped it again today.',
 'Your subscription has been cancelled as of the end of this month.',
 'We have updated your delivery address to the new one in {place}.',
 'The points for your purchase have now been added.',
 'We have sent a replacement {item} free of charge.',
 'Our engineers are looking into the error {code}.',
 'You can change the notification settings under My Page, Settings, Mail.',
 'The receipt is available for download on the order page.'] $$;

CREATE FUNCTION pg_temp.en_staff_close() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'Best regards,', 'Kind regards,', 'With best wishes,', 'Sincerely,'] $$;

CREATE FUNCTION pg_temp.ja_greeting() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'お世話になっております。', 'いつもお世話になっております。', 'お問い合わせいたします。', 'はじめてご連絡いたします。',
 'こんにちは。', 'お忙しいところ失礼いたします。'] $$;

CREATE FUNCTION pg_temp.ja_topic() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'ログインできません', '請求書の金額について', '返金のお願い', '配達が遅れています', 'パスワード再設定メールが届かない',
 '今月二重に請求されています', '認証コードが届きません', '定期購入の解約について', '住所変更について', 'アプリが強制終了します',
 '支払い方法の変更', 'ポイントが付与されていません', '注文した商品が足りません', 'クーポンコードが使えません',
 'アカウントがロックされました', 'メールアドレスの変更', '領収書の発行について', 'プランのアップグレードについて',
 '通知メールが多すぎます', '違う商品が届きました', 'プロフィールが更新できません', 'ギフトカードの残高が違います',
 '会員の更新に失敗しました', '店舗受け取りについて', '予約がキャンセルされました', '配送先住所の誤り',
 '請求書の宛名が違います', '会員ランクが更新されない', '注文が処理中のままです', '登録データの開示請求'] $$;

CREATE FUNCTION pg_temp.ja_tail() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '', '', '', '', '', '（至急）', '（再送）', '（2回目の問い合わせ）', '（iPhone）', '（Android）', '（アップデート後）'] $$;

-- ordered common → rare
CREATE FUNCTION pg_temp.ja_item() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '定期便', 'スマートフォンケース', 'ワイヤレスイヤホン', 'コーヒー豆', 'ランニングシューズ', '電気ケトル', 'ノートパソコン',
 '加湿器', '炊飯器', 'ヨガマット', 'デスクライト', '水筒', '充電器', 'リュック', 'バスタオル', 'プリンターのインク', '掃除機',
 'スピーカー', '冬物のコート', '緑茶のセット', '空気清浄機', 'キーボード', 'マウス', 'カメラのストラップ', 'ドライヤー',
 'フライパン', '傘', 'ノート', '変換プラグ', 'スマートウォッチ', '活動量計', 'シーツ', '枕', 'キッチンスケール', 'ミキサー',
 'トースター', 'サングラス', '革の財布', 'モニターアーム', 'ウェブカメラ', 'マイク', 'ボードゲーム', 'ジグソーパズル',
 '料理本', 'ホース', '植木鉢', '自転車のライト', 'ヘルメット', 'テント', '寝袋', 'トレッキングポール', 'スキー手袋',
 'スノーブーツ', 'レインコート', 'ピクニックバスケット', '弁当箱', '箸', '急須', '湯呑み', '茶筅', '土鍋', '圧力鍋',
 'ワッフルメーカー', 'アイスクリームメーカー', 'エスプレッソマシン', 'ミルクフォーマー', 'ホームベーカリー', 'ミシン',
 '編み針', '刺繍枠', '書道の筆', '硯', '水彩絵の具', 'イーゼル', 'スケッチブック', '万年筆', '封蝋セット', '活版印刷のカード',
 '折り紙', 'けん玉', '将棋盤', '碁石', '麻雀牌', 'ハーモニカ', 'ウクレレの弦', '松脂', 'メトロノーム', '音叉',
 'レコードプレーヤーのベルト', 'フィルムスキャナー', '天体望遠鏡の接眼レンズ', '星座早見盤', '気圧計', '風見鶏', '日時計',
 '砂時計', '万華鏡', 'からくり人形', '苔玉', '盆栽用はさみ', '錦鯉の餌', '菊の種', '藤棚', '畳', '障子紙', '風呂敷',
 '風鈴', '提灯', '南部鉄器の急須', '漆塗りの重箱', '三味線の弦', '琵琶の撥', '隕石のかけら', 'そろばん', '六分儀'] $$;

CREATE FUNCTION pg_temp.ja_when() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '先週', '昨日', '三日前に', '月曜日に', '二週間前に', '今朝', '月初めに', '金曜日の夜に', 'セールの時に', '先月'] $$;

CREATE FUNCTION pg_temp.ja_place() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '東京', '大阪', '横浜', '名古屋', '札幌', '福岡', '神戸', '仙台', '広島', '千葉', '新潟', '金沢', '静岡', '岡山', '熊本',
 '松山', '那覇', '函館', '高松', '鹿児島'] $$;

CREATE FUNCTION pg_temp.ja_problem() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '{when}{item}を注文しましたが、まだ届いていません。',
 'ログインしようとするとエラー{code}が表示されます。',
 'パスワードが使えなくなり、再設定メールも届きません。',
 '{item}の代金{amount}が二重に請求されています。',
 'アカウントの認証コードがSMSで届きません。',
 '次回の請求日までに定期購入を解約したいです。',
 '{item}の請求書の金額が間違っています。',
 '{place}に引っ越したため、お届け先住所を変更したいです。',
 '注文履歴を開くとアプリがすぐに終了してしまいます。',
 '{item}を購入したポイントが付与されていません。',
 '荷物は届きましたが、{item}が入っていませんでした。',
 'メールマガジンのクーポンコードが決済画面で使えません。',
 'パスワードを何度か間違えたらアカウントがロックされました。',
 '注文したものとは違う{item}が届きました。',
 '経費精算のため{item}の領収書が必要です。',
 'ギフトカードの残高が{amount}と表示されますが、もっと残っているはずです。',
 'プロフィール画面でメールアドレスを変更できません。',
 '通知メールが多すぎて、停止する方法がわかりません。',
 '{place}店での店舗受け取りの予約が連絡なくキャンセルされました。',
 'カードは有効なのに会員の更新に失敗しました。',
 '{item}の追跡番号の配送状況が更新されません。',
 '{item}が破損していたので返品したいです。',
 'サイトでは{item}が在庫ありなのに、注文が処理中のままです。',
 '前回の購入後も会員ランクが更新されていません。',
 '私について保存されているデータの写しを送ってください。'] $$;

CREATE FUNCTION pg_temp.ja_detail() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'アプリの再起動とキャッシュの削除は試しました。',
 '注文番号は{order}です。',
 'このメールアドレスで登録しているアカウントです。',
 'スマートフォンとパソコンの両方で同じ症状です。',
 '先週も問い合わせましたが、まだ回答がありません。',
 '配送状況のページでは{place}の営業所に到着となっています。',
 '今後どうすればよいか教えていただけますか。',
 'カードではなく銀行振込で支払いました。',
 '銀行の明細では{amount}になっています。',
 'エラーメッセージには{code}とだけ表示されます。',
 '長年利用していますが、このようなことは初めてです。',
 '午後に折り返しお電話いただけると助かります。',
 '迷惑メールフォルダも確認しました。',
 '{place}に住む知人も{item}で同じ問題がありました。',
 '不在票が入っていましたが、一日中家にいました。',
 '交換より返金を希望します。',
 'アプリを最新版に更新してから問題が起きています。',
 '別のブラウザでも試しましたが、だめでした。'] $$;

CREATE FUNCTION pg_temp.ja_card() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'カード[card ****1111]で支払いました。', '同じ日に[card ****4242]に請求がありました。',
 'カード[card ****0004]とセキュリティコード[cvv ***]は通りました。'] $$;

CREATE FUNCTION pg_temp.ja_close() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'よろしくお願いいたします。', 'ご確認のほどよろしくお願いします。', 'お手数ですが、よろしくお願いいたします。',
 '早めのご回答をお待ちしております。', '何卒よろしくお願い申し上げます。'] $$;

CREATE FUNCTION pg_temp.ja_followup() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '早速のご回答ありがとうございます。', '残念ながら、まだ問題が解決していません。', '教えていただいた方法を試しましたが、だめでした。',
 '無事に使えるようになりました。ありがとうございました。', 'もう一度確認していただけますか。', 'ご依頼の追加情報をお送りします。',
 '本日{item}が届きました。ありがとうございます。', 'まだエラー{code}が表示されます。', 'その後いかがでしょうか。',
 '返金がまだ口座に入っていません。'] $$;

CREATE FUNCTION pg_temp.ja_staff_open() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'お問い合わせいただきありがとうございます。', 'ご連絡ありがとうございます。', 'ご不便をおかけして申し訳ございません。',
 'お待たせして申し訳ございません。', 'ご返信ありがとうございます。'] $$;

CREATE FUNCTION pg_temp.ja_staff_body() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 'ご注文を確認したところ、{item}は{when}倉庫から発送されております。',
 'いったんログアウトし、再度ログインしてお試しください。',
 '重複したご請求を返金いたしました。5営業日以内に反映されます。',
 'ご依頼は請求担当の部署に転送いたしました。',
 '画面に表示されるエラーコードを教えていただけますか。',
 'お客様のアカウントの認証設定をリセットいたしました。',
 '迷惑メールフォルダに弊社からのメールがないかご確認ください。',
 '{item}の在庫が戻りましたので、本日再発送いたしました。',
 '定期購入は今月末で解約となりました。',
 'お届け先を{place}の新しいご住所に変更いたしました。',
 'ご購入分のポイントを付与いたしました。',
 '代わりの{item}を無償でお送りいたしました。',
 'エラー{code}については技術担当が調査しております。',
 '通知の設定はマイページの「設定」から変更できます。',
 '領収書は注文ページからダウンロードできます。'] $$;

CREATE FUNCTION pg_temp.ja_staff_close() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[
 '今後ともよろしくお願いいたします。', 'ご不明な点がございましたら、お気軽にお問い合わせください。',
 '引き続きよろしくお願いいたします。'] $$;

-- The placeholders of a sentence, each filled with an entry of its own.
CREATE FUNCTION pg_temp.fill(s text, lang text) RETURNS text LANGUAGE sql VOLATILE AS $$
 SELECT replace(replace(replace(replace(replace(replace(s,
   '{item}', CASE lang WHEN 'ja' THEN pg_temp.pick(pg_temp.ja_item(), 3) ELSE pg_temp.pick(pg_temp.en_item(), 3) END),
   '{when}', CASE lang WHEN 'ja' THEN pg_temp.pick(pg_temp.ja_when(), 1) ELSE pg_temp.pick(pg_temp.en_when(), 1) END),
   '{place}', CASE lang WHEN 'ja' THEN pg_temp.pick(pg_temp.ja_place(), 2) ELSE pg_temp.pick(pg_temp.en_place(), 2) END),
   '{code}', 'E-' || (1000 + floor(random() * 9000))::int),
   '{order}', 'ORD-' || (10000000 + floor(random() * 90000000))::int),
   '{amount}', CASE lang WHEN 'ja' THEN to_char((1 + floor(random() * 200)) * 100, 'FM999,999') || '円'
                        ELSE to_char((1 + floor(random() * 200)) * 100, 'FM999,999') || ' yen' END) $$;

CREATE FUNCTION pg_temp.subject(lang text) RETURNS text LANGUAGE sql VOLATILE AS $$
 SELECT CASE lang WHEN 'ja' THEN pg_temp.pick(pg_temp.ja_topic(), 1.5) || pg_temp.pick(pg_temp.ja_tail(), 1)
                  ELSE pg_temp.pick(pg_temp.en_topic(), 1.5) || pg_temp.pick(pg_temp.en_tail(), 1) END $$;

-- The customer's first message: greeting, the problem, one to three details, sometimes a second
-- problem, sometimes (2 %) the
-- masked card data the intake leaves in place of a card number, a closing and the name.
CREATE FUNCTION pg_temp.first_message(lang text, name text) RETURNS text LANGUAGE sql VOLATILE AS $$
 SELECT CASE lang WHEN 'ja' THEN
   concat_ws(E'\n', pg_temp.pick(pg_temp.ja_greeting(), 1),
     concat(pg_temp.fill(pg_temp.pick(pg_temp.ja_problem(), 1.3), lang),
            pg_temp.fill(pg_temp.pick(pg_temp.ja_detail(), 1), lang),
            CASE WHEN random() < 0.6 THEN pg_temp.fill(pg_temp.pick(pg_temp.ja_detail(), 1), lang) END,
            CASE WHEN random() < 0.3 THEN pg_temp.fill(pg_temp.pick(pg_temp.ja_detail(), 1), lang) END,
            CASE WHEN random() < 0.15 THEN pg_temp.fill(pg_temp.pick(pg_temp.ja_problem(), 1.3), lang) END,
            CASE WHEN random() < 0.02 THEN pg_temp.pick(pg_temp.ja_card(), 1) END),
     pg_temp.pick(pg_temp.ja_close(), 1), name)
 ELSE
   concat_ws(E'\n', pg_temp.pick(pg_temp.en_greeting(), 1),
     concat_ws(' ', pg_temp.fill(pg_temp.pick(pg_temp.en_problem(), 1.3), lang),
            pg_temp.fill(pg_temp.pick(pg_temp.en_detail(), 1), lang),
            CASE WHEN random() < 0.6 THEN pg_temp.fill(pg_temp.pick(pg_temp.en_detail(), 1), lang) END,
            CASE WHEN random() < 0.3 THEN pg_temp.fill(pg_temp.pick(pg_temp.en_detail(), 1), lang) END,
            CASE WHEN random() < 0.15 THEN pg_temp.fill(pg_temp.pick(pg_temp.en_problem(), 1.3), lang) END,
            CASE WHEN random() < 0.02 THEN pg_temp.pick(pg_temp.en_card(), 1) END),
     pg_temp.pick(pg_temp.en_close(), 1), name)
 END $$;

CREATE FUNCTION pg_temp.followup(lang text, name text) RETURNS text LANGUAGE sql VOLATILE AS $$
 SELECT CASE lang WHEN 'ja' THEN
   concat_ws(E'\n', concat(pg_temp.fill(pg_temp.pick(pg_temp.ja_followup(), 1), lang),
                           CASE WHEN random() < 0.5 THEN pg_temp.fill(pg_temp.pick(pg_temp.ja_detail(), 1), lang) END),
             pg_temp.pick(pg_temp.ja_close(), 1), name)
 ELSE
   concat_ws(E'\n', concat_ws(' ', pg_temp.fill(pg_temp.pick(pg_temp.en_followup(), 1), lang),
                              CASE WHEN random() < 0.5 THEN pg_temp.fill(pg_temp.pick(pg_temp.en_detail(), 1), lang) END),
             pg_temp.pick(pg_temp.en_close(), 1), name)
 END $$;

CREATE FUNCTION pg_temp.staff_reply(lang text, requester text, agent text) RETURNS text LANGUAGE sql VOLATILE AS $$
 SELECT CASE lang WHEN 'ja' THEN
   concat_ws(E'\n', requester || ' 様', '',
     concat(pg_temp.pick(pg_temp.ja_staff_open(), 1), pg_temp.fill(pg_temp.pick(pg_temp.ja_staff_body(), 1), lang),
            CASE WHEN random() < 0.5 THEN pg_temp.fill(pg_temp.pick(pg_temp.ja_staff_body(), 1), lang) END),
     pg_temp.pick(pg_temp.ja_staff_close(), 1), '', 'サポート担当 ' || agent)
 ELSE
   concat_ws(E'\n', 'Hello ' || requester || ',', '',
     concat_ws(' ', pg_temp.pick(pg_temp.en_staff_open(), 1), pg_temp.fill(pg_temp.pick(pg_temp.en_staff_body(), 1), lang),
               CASE WHEN random() < 0.5 THEN pg_temp.fill(pg_temp.pick(pg_temp.en_staff_body(), 1), lang) END),
     '', pg_temp.pick(pg_temp.en_staff_close(), 1), agent)
 END $$;
