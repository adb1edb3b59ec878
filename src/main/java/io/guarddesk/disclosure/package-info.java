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
 */
package io.guarddesk.disclosure;
