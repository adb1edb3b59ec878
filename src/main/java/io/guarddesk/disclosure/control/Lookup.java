package io.guarddesk.disclosure.control;

/** The index as one scan sees it: the overlay is read once, so a scan never sees half a change. */
final class Lookup {

    private final IdentifierIndex index;
    private final Overlay changes;
    private final NamePrefilters names;

    Lookup(IdentifierIndex index, Overlay changes) {
        this.index = index;
        this.changes = changes;
        this.names = index.names();
    }

    /** Kind code of the key (kind bits clear), or -1 when no account holds it. */
    int kindOf(long key) {
        return index.kindOf(key, changes);
    }

    boolean mayBeNameWord(long wordHash) {
        return names.mayBeNameWord(wordHash);
    }

    int cjkLengths(char first, char second) {
        return names.cjkLengths(first, second);
    }
}
