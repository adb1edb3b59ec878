/**
 * Bulk notices: one notice to many customers, e.g. everyone a breach affected (incidents #2 and
 * #4: victims told late, and 168 addresses leaked by writing them all into To while a
 * "two-person check" existed only on paper).
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R5.1 one message per recipient: a recipient is an owner address of the directory (one row
 *     per address, {@code UNIQUE (notice_id, email)}), each message goes through the outbox with
 *     exactly that address in To and no Cc/Bcc, and passes the guard for its own recipient (a
 *     refused one is counted as failed, the others go on). Placeholders are the recipient's own
 *     data only ({@code {{name}}}, {@code {{accounts}}}, {@code {{email}}}); anything else in
 *     braces is refused when the draft is saved. Each message carries its own "this wasn't me"
 *     link.</li>
 * <li>R5.2 a notice is sent only after a second supervisor approved it: the author is never
 *     offered the approval, the server refuses it, and so does the schema. The approval names the
 *     content hash the approver reviewed (text, send time, recipient list) and is refused for any
 *     other; any change afterwards returns the notice to draft; the sender re-hashes the
 *     recipient rows before it starts. Approvals and rejections are audited (R6.1).</li>
 * <li>R5.3 sending shows its progress (queued, sent, failed, bounced), is paced for all instances
 *     together, can be paused and resumed, and survives a restart: a recipient's outbox mail and
 *     its "queued" mark commit in one transaction, under the notice's row lock.</li>
 * </ul>
 */
package io.guarddesk.notices;
