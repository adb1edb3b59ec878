package io.guarddesk.routing.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.routing.control.Classification;

import java.util.List;

/** TEMPORARY placeholder until the classifier branch lands. */
@Boundary
public class ClassifierRules {

    public Classification classify(String subject, String body) {
        return new Classification(false, List.of());
    }
}
