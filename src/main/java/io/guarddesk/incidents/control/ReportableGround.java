package io.guarddesk.incidents.control;

/** The grounds of APPI 施行規則 第7条 that make a leak reportable to the PPC; any one suffices. */
public enum ReportableGround {
    /** 第1号: 要配慮個人情報. */
    SENSITIVE_DATA,
    /** 第2号: data whose wrongful use may cause financial damage (card data, credentials). */
    FINANCIAL_DAMAGE,
    /** 第3号: 不正の目的をもって行われたおそれ (unauthorised access, theft, a malicious insider). */
    UNAUTHORISED_ACCESS,
    /** 第4号: more than 1,000 people. */
    MORE_THAN_1000_PEOPLE
}
