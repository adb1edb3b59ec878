package io.guarddesk.incidents.entity;

/** The legal clocks of an incident; each ends with a report someone records as sent. */
public enum Deadline {
    /** APPI 速報: to the PPC "promptly" after learning of a reportable leak (施行規則 第8条 第1項). */
    APPI_PRELIMINARY,
    /** APPI 確報: within 30 days, 60 when wrongful intent is suspected (施行規則 第8条 第2項). */
    APPI_FINAL,
    /** GDPR Art. 33: to the supervisory authority within 72 hours of becoming aware. */
    GDPR
}
