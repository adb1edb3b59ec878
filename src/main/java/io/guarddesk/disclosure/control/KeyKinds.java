package io.guarddesk.disclosure.control;

/** The identifier kinds an index key can carry in its lowest three bits. */
final class KeyKinds {

    static final int ACCOUNT_NUMBER = 0;
    static final int LOGIN_ID = 1;
    static final int EMAIL = 2;
    static final int PHONE = 3;
    static final int HOLDER_NAME = 4;

    private static final FindingKind[] KINDS = {
        FindingKind.ACCOUNT_NUMBER, FindingKind.LOGIN_ID, FindingKind.EMAIL, FindingKind.PHONE,
        FindingKind.HOLDER_NAME
    };

    private KeyKinds() {
    }

    static FindingKind findingKind(int code) {
        return KINDS[code];
    }
}
