-- A synthetic desk for timing the queue's text search (README, Performance): tickets with about
-- five messages each, half Japanese, half English, from 50 stock phrases, so most words are common;
-- every 10th message carries an order number (rare), about 1 in 20,000 the rare pair 鰻丼, about
-- 1 in 100,000 the literal "100%_off". Run on an empty, migrated Guarddesk database (Flyway V1..V10,
-- e.g. after one start of Guarddesk on it), for instance
--   psql -v tickets=200000 -v per=5 -f src/bench/sql/text_search_desk.sql guarddesk
-- (about 35 s for 200,000 tickets on 2 cores, then ANALYZE; the indexes of V10 grow as rows arrive,
-- so on a large run it is faster to drop them first and create them again afterwards). Then time
-- with QueueSearchTiming (src/test/java/io/guarddesk/tickets/control).
\timing on
CREATE TEMP TABLE phrase(n int, p text);
INSERT INTO phrase SELECT row_number() over () - 1, p FROM unnest(ARRAY[
 '先月の請求額が違います。','請求書の金額について確認させてください。','ログインできなくなりました。','パスワードを再設定したいです。',
 '解約の手続きを教えてください。','支払い方法を変更したいです。','領収書を発行してください。','アカウントがロックされました。',
 'メールが届きません。','二段階認証のコードが使えません。','住所の変更をお願いします。','返金はいつになりますか。',
 'プランを変更したいです。','いつもお世話になっております。','よろしくお願いいたします。','お手数をおかけします。',
 '昨日から画面が表示されません。','クレジットカードの有効期限が切れました。','請求先の会社名を変えたいです。','利用明細を確認したいです。',
 '担当者様','ご確認ください。','本日中にご連絡ください。','至急対応をお願いします。','添付のスクリーンショットをご覧ください。',
 'I was charged twice this month.','Please check the invoice amount.','I cannot sign in since yesterday.','How do I reset my password?',
 'I would like to cancel my subscription.','Please update my billing address.','The verification code never arrives.','My account is locked.',
 'Thanks for your help.','Kind regards,','Could you send me a receipt?','The page shows an error 500 when I open it.',
 'I changed my phone and lost the authenticator.','When will the refund arrive?','Please upgrade my plan to business.',
 'The export to CSV is empty.','Hello support team,','Sorry for the trouble.','This is urgent for our accounting department.',
 'We are moving offices next month.','Our team cannot access the shared workspace.','The mobile app crashes on startup.',
 'I attached a screenshot of the problem.','Is there a discount for non-profits?','Best,'
]) p;
CREATE TEMP TABLE subj(n int, s text);
INSERT INTO subj SELECT row_number() over () - 1, s FROM unnest(ARRAY[
 '請求書の金額について','ログインできません','パスワード再設定','解約について','支払い方法の変更','領収書の発行','アカウントロック',
 'メール不達','二段階認証','返金の問い合わせ','プラン変更','Double charge','Cannot sign in','Password reset','Cancel subscription',
 'Billing address','Verification code','Account locked','Refund request','Upgrade plan','Export problem','App crash','Receipt please',
 'Question about invoice','Access to workspace'
]) s;
ANALYZE phrase;
ANALYZE subj;
INSERT INTO staff_user (id, username, display_name, email, password_hash, active, failed_sign_ins, created_at, version)
SELECT g, 'agent' || g, 'Agent ' || g, 'agent' || g || '@desk.example', 'x', true, 0, now(), 0 FROM generate_series(1, 20) g;

INSERT INTO ticket (id, reference, requester_name, requester_email, requester_language, category, channel, security, subject,
  status, assignee_id, created_at, updated_at, version, security_source)
SELECT g,
  'GD-' || upper(substr(md5(g::text), 1, 5)) || '-' || upper(substr(md5(g::text), 6, 5)) || '-' || upper(substr(md5(g::text), 11, 5)),
  'Requester ' || g, 'user' || (g % 50000) || '@example.com', CASE WHEN g % 2 = 0 THEN 'ja' ELSE 'en' END,
  CASE WHEN g % 33 = 0 THEN 'PRIVACY_SECURITY' WHEN g % 3 = 0 THEN 'BILLING' WHEN g % 3 = 1 THEN 'GENERAL' ELSE 'ACCOUNT_ACCESS' END,
  'WEB_FORM', g % 33 = 0,
  (SELECT s FROM subj WHERE n = (hashint4(g) & 2147483647) % 25) || CASE WHEN g % 7 = 0 THEN ' (' || g || ')' ELSE '' END,
  CASE WHEN g > :tickets - :tickets / 10 THEN (ARRAY['NEW','OPEN','PENDING_CUSTOMER'])[1 + g % 3] WHEN g % 50 = 0 THEN 'OPEN' ELSE (ARRAY['SOLVED','CLOSED','CLOSED'])[1 + g % 3] END,
  CASE WHEN g % 4 = 0 THEN 1 + g % 20 END,
  timestamptz '2024-01-01' + g * interval '2 minutes', timestamptz '2024-01-01' + g * interval '2 minutes' + ((hashint4(g * 7) & 65535) * interval '1 second'),
  0, CASE WHEN g % 33 = 0 THEN 'FORM_CATEGORY' END
FROM generate_series(1, :tickets) g;

-- ~5 messages a ticket; each body 3-9 phrases; rare tokens: an order number in every 10th message, 鰻丼 in ~1 in 20000
INSERT INTO ticket_message (id, ticket_id, author_kind, author_name, body, created_at)
SELECT m, 1 + (m - 1) / :per, CASE WHEN m % 2 = 0 THEN 'STAFF' ELSE 'CUSTOMER' END, 'x',
  (SELECT string_agg(p, ' ' ORDER BY k) FROM generate_series(1, 3 + (hashint4(m) & 2147483647) % 7) k
     JOIN phrase ON phrase.n = (hashint4(m * 31 + k) & 2147483647) % 50)
  || CASE WHEN m % 10 = 0 THEN ' Order ORD-' || lpad(((hashint4(m * 13) & 2147483647) % 10000000)::text, 7, '0') ELSE '' END
  || CASE WHEN m % 20011 = 0 THEN ' 鰻丼の件です。' ELSE '' END
  || CASE WHEN m % 100003 = 0 THEN ' 100%_off coupon' ELSE '' END,
  timestamptz '2024-01-01' + ((m - 1) / :per) * interval '2 minutes' + (m % :per) * interval '1 minute'
FROM generate_series(1, :tickets * :per) m;
ANALYZE ticket; ANALYZE ticket_message;
-- the application's sequences go on after the generated ids (EclipseLink takes blocks of 50)
SELECT setval('ticket_seq', (SELECT (max(id) / 50 + 2) * 50 FROM ticket));
SELECT setval('ticket_message_seq', (SELECT (max(id) / 50 + 2) * 50 FROM ticket_message));
SELECT setval('staff_user_seq', greatest((SELECT (max(id) / 50 + 2) * 50 FROM staff_user), 50));
