package io.guarddesk.routing.control;

/**
 * One literal piece of a rule, folded like the messages it is matched in. A piece that starts or
 * ends with a Latin letter or digit matches whole words only ("hack" is not in "hackathon"), unless
 * its end is open ({@code hack*}: hacked, hacker, hacking) or it continues a word that a {@code *}
 * left open ({@code sign* up}: "signed up").
 */
record Phrase(String text, boolean openEnd, boolean continuesWord) {

    boolean wholeWordStart() {
        return !continuesWord && TextFolding.isWordChar(text.charAt(0));
    }

    boolean wholeWordEnd() {
        return !openEnd && TextFolding.isWordChar(text.charAt(text.length() - 1));
    }
}
