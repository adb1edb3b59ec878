package io.guarddesk.testing;

/** The demo staff the embedded default seeds (see DemoDataWriter); tests sign in as them. */
public enum Staff {
    AGENT("agent", "demo-agent"),
    AGENT2("agent2", "demo-agent2"),
    SUPERVISOR("supervisor", "demo-supervisor"),
    /** A supervisor who is also the privacy officer. */
    PRIVACY("privacy", "demo-privacy"),
    ADMIN("admin", "demo-admin");

    public final String username;
    public final String password;

    Staff(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public Api api() {
        return Api.as(username, password);
    }
}
