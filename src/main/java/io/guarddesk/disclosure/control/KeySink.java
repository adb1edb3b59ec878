package io.guarddesk.disclosure.control;

/** Receives what {@link IdentifierKeys} derives from one account. */
interface KeySink {

    /** An index key: a {@link Hash64} key with the kind code in its lowest bits. */
    void key(long key);

    /** A word of a Latin holder name: two-word windows are only hashed when they start with one. */
    default void nameWord(long wordHash) {
    }

    /** A CJK holder name starts with these two characters and has this many. */
    default void cjkName(char first, char second, int length) {
    }
}
