package io.guarddesk.routing.boundary;

import io.guarddesk.platform.DeskException;

public class ClassifierRuleNotFoundException extends DeskException {

    public ClassifierRuleNotFoundException() {
        super(Kind.NOT_FOUND, "No classifier rule has this id.");
    }
}
