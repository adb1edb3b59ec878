/**
 * What every feature stands on: the transaction boundary stereotype, the database and its
 * migrations, the REST application and its error mapping, security headers, the request
 * limits for public endpoints and the user's language.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R7.3 bad input gets a clear error that says what to fix and changes nothing: every
 *     exception leaving a REST resource becomes JSON with a status (400 with the field list,
 *     404, 409, 422, 429); nothing else (no stack trace, SQL or server version) reaches a
 *     response.</li>
 * <li>R7.1 the datasource is transactional; a boundary returns only after its commit.</li>
 * </ul>
 */
package io.guarddesk.platform;
