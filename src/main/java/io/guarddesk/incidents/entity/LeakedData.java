package io.guarddesk.incidents.entity;

/**
 * What leaked, in the categories the APPI report form (個人情報保護委員会への報告) asks about. Two of
 * them make a leak reportable whatever the number of people: sensitive data (要配慮個人情報,
 * 施行規則 第7条 第1号) and data whose misuse can cause financial damage (第2号).
 */
public enum LeakedData {
    EMAIL,
    NAME,
    POSTAL_ADDRESS,
    PHONE,
    ACCOUNT_ID,
    /** Card numbers, security codes: misuse means money (incident #2: 172 cards misused). */
    CARD_DATA,
    /** Passwords, tokens, reset links: whoever holds them can act as the customer, including paying. */
    CREDENTIALS,
    /** 要配慮個人情報: health, creed, criminal record, … */
    SENSITIVE,
    OTHER;

    /** 施行規則 第7条 第2号: data whose wrongful use could cause financial damage. */
    public boolean financialDamage() {
        return this == CARD_DATA || this == CREDENTIALS;
    }
}
