/**
 * The tamper-evident audit log. Features fire {@link io.guarddesk.audit.entity.SensitiveAction}
 * (the guard its {@code GuardRefused} / {@code GuardReleased}) synchronously in their own
 * transaction; {@link io.guarddesk.audit.boundary.AuditLog} observes them and appends an entry in
 * that transaction. No feature calls the log directly.
 *
 * <p>Rules:
 * <ul>
 * <li><b>R6.1</b> every sensitive action is an entry written in the action's transaction (it
 *     commits or rolls back with it), holding who, what, which ticket or account, when (UTC) and
 *     the outcome; never a message body, a password, a token, or what someone typed into a
 *     sign-in form for a name that does not exist.</li>
 * <li><b>R6.2</b> the log is append-only (no API or page changes or deletes an entry) and
 *     hash-chained: each entry's SHA-256 covers its fields and the previous entry's hash, and an
 *     append locks the single head row, so entries are numbered in commit order across instances.
 *     {@code GET /api/admin/audit/verify} and the admin page walk the chain in bounded pages and
 *     name the first broken entry and why.</li>
 * </ul>
 *
 * <p>What the chain cannot show by itself: someone with write access to the database who deletes
 * the newest entries and moves the head back leaves a shorter, intact chain. Note the head's hash
 * (in every verification answer) somewhere else to catch that.
 */
package io.guarddesk.audit;
