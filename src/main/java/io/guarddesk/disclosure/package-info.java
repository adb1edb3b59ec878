/**
 * The credential-disclosure guard: the identifier index of the customer account directory, the
 * send-time scan of every outgoing text, and the masking of card data at intake.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R2.3 every outgoing text is scanned just before it is sent;</li>
 * <li>R2.4 a text is refused when it holds an identifier of an account the verified requester does
 *     not own, or anything credential-shaped, after normalising case, width, separators,
 *     zero-width and look-alike characters;</li>
 * <li>R2.5 a refusal names what was found, masked, and where;</li>
 * <li>R2.6 the requester's own identifiers are allowed;</li>
 * <li>R2.8 the index stays small and the scan fast at a million accounts;</li>
 * <li>R4.1 card numbers and security codes are masked in every inbound text before it is stored
 *     or logged.</li>
 * </ul>
 *
 * <p>How {@code control} meets R2.8 (a million accounts): every identifier is folded
 * ({@code TextNormalizer}) to the form all its spellings share and kept as a 64-bit key in one
 * sorted {@code long[]} with the kind in its low bits, behind a register-blocked Bloom filter; names
 * have two small prefilters (a bitmap of Latin name words, a table of CJK name lengths by their
 * first two characters). Changes land in a small copy-on-write overlay published through a volatile
 * field. The scan folds a text once, splits it once into tokens and CJK runs ({@code Tokens}), and
 * hashes only windows that could be an identifier. No trie (about 1 GB at this size), no regular
 * expression over a whole text (a hostile text must stay linear). {@code mvn -Pbench test} measures
 * it (sources in {@code src/bench/java}).
 */
package io.guarddesk.disclosure;
