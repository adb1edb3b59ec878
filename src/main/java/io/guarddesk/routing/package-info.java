/**
 * Security routing: which tickets are security matters and who works them.
 *
 * <p>Rules enforced here (so far):
 * <ul>
 * <li>R3.1 (source 2) the desk's classifier tags a ticket whose subject or body, in Japanese or
 *     English, is a security or privacy matter: {@code boundary.ClassifierRules#classify}. Its
 *     rules are data admins edit (API {@code /api/admin/classifier-rules}, page
 *     {@code /admin/classifier}); a new desk starts with {@code classifier-rules.tsv}, the file the
 *     corpus test measures.</li>
 * </ul>
 *
 * <p>Why phrases and not regular expressions: admins type the patterns, and a regular expression
 * can take exponential time (ReDoS) or, with a linear engine such as RE2/J, still costs one pass
 * per rule. Every phrase of every rule goes into one Aho-Corasick automaton instead
 * ({@code control.PhraseIndex}), so a text is read once whatever the number of rules, and the
 * small syntax ({@code (a|b)}, {@code (a|)}, {@code word*}, {@code x ... y}) cannot express anything
 * slower. Texts and phrases are folded alike first (NFKC, case, apostrophes, hyphens, spaces next
 * to Japanese), so a rule is written once for every width and spelling.
 */
package io.guarddesk.routing;
