/**
 * Staff and how they prove who they are: agents, supervisors and admins sign in on a form page
 * (session id renewed at sign-in, per-account back-off after repeated failures) or call the
 * API with HTTP Basic or a personal API token. The API never accepts the session cookie, so a
 * cross-site page cannot make a signed-in browser change anything through it.
 *
 * <p>Rules: R4.2 passwords (PBKDF2) and API tokens (SHA-256 of 256 random bits) are stored only
 * as hashes; R6.1 sign-ins are sensitive actions (the audit chain observes them once it exists).
 */
package io.guarddesk.staff;
