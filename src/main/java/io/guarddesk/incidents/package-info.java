/**
 * Incidents: a leak of personal data, opened by a supervisor from a security ticket, with the
 * legal deadlines it starts shown as clocks (incident #2: a card-data breach disclosed a month
 * late).
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R3.4 a supervisor opens an incident from a security ticket (never from another ticket;
 *     for anyone but a supervisor incidents do not exist, and an agent's request for one answers
 *     exactly as for a missing one). It records what leaked, how many people, when it was
 *     discovered, whether unauthorised access is suspected and whether GDPR applies; linked
 *     tickets and affected accounts of the directory.</li>
 * <li>R3.4 the clocks ({@code control.Deadlines}, pure): APPI 速報 due at the end of the 5th
 *     calendar day after the day of discovery, 確報 within 30 days (60 with suspected
 *     unauthorised access) counted from the day after discovery, both in calendar days of the
 *     desk's zone ({@code guarddesk.incidents.zone}, Asia/Tokyo), both only when the leak is
 *     reportable (施行規則 第7条: sensitive data, data usable for financial damage, suspected
 *     wrongful purpose, more than 1,000 people); GDPR Art. 33 72 hours from discovery where it
 *     applies. A recorded report makes its clock DONE; an incident cannot be closed while a
 *     required report is missing.</li>
 * <li>R3.4 overdue clocks notify the privacy officer: every minute, on every instance, each
 *     overdue deadline is claimed by a conditional UPDATE and announced once, as
 *     {@code entity.DeadlineOverdue}, inside the claiming transaction.</li>
 * <li>R6.1 every change fires {@code SensitiveAction(INCIDENT_CHANGE)} in its transaction, with
 *     what changed (field names, kinds, counts), never the title.</li>
 * </ul>
 */
package io.guarddesk.incidents;
