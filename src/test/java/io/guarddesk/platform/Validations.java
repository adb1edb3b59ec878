package io.guarddesk.platform;

import jakarta.validation.ValidatorFactory;

/**
 * {@link Validation} outside the container, with the Bean Validation implementation Payara bundles
 * (Hibernate Validator, EL message interpolation, the desk's ValidationMessages bundles), so a test
 * sees the field errors the server returns. The factory is built once: it is costly and immutable.
 */
public final class Validations {

    private static final ValidatorFactory FACTORY = jakarta.validation.Validation.buildDefaultValidatorFactory();

    private Validations() {
    }

    public static Validation serverLike() {
        var validation = new Validation();
        validation.factory = FACTORY;
        return validation;
    }
}
