package io.guarddesk.routing.control;

/** A phrase of a compiled rule: the id of its text in the automaton, and which of its edges must be word edges. */
record PhraseRef(int textId, boolean wordStart, boolean wordEnd) {
}
