package io.guarddesk.staff.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.staff.boundary.ApiTokens;
import io.guarddesk.staff.entity.ApiToken;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Personal API tokens: create (shown once), list, revoke. */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityContext security;

    private String name;
    private String created;

    public void create() {
        try {
            created = tokens.create(username(), name).token();
            name = null;
        } catch (DeskException e) {
            Faces.show(e, "tokens-form", Map.of("name", "token-name"));
        }
    }

    public void revoke(long id) {
        try {
            tokens.revoke(username(), id);
            Faces.info("tokens.revokedNow");
        } catch (DeskException e) {
            Faces.show(e, "tokens-form");
        }
    }

    public List<ApiToken> getTokens() {
        return tokens.of(username());
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreated() {
        return created;
    }
}
