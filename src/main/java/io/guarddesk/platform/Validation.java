package io.guarddesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.Locale;

/**
 * Bean Validation in the caller's language, turned into field errors. Boundaries validate their
 * own input, whatever already validated it on the way (JSF, JAX-RS), because a boundary is the
 * last door before the database.
 */
@ApplicationScoped
public class Validation {

    @Inject
    ValidatorFactory factory;

    public void check(Object input, Locale locale) {
        var validator = validator(locale);
        var errors = validator.validate(input).stream()
                .map(v -> new DeskException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(DeskException.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A validator whose messages are in {@code locale}, for callers that report many objects at once. */
    public Validator validator(Locale locale) {
        return factory.usingContext().messageInterpolator(inLocale(factory.getMessageInterpolator(), locale)).getValidator();
    }

    private static MessageInterpolator inLocale(MessageInterpolator delegate, Locale locale) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return delegate.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return delegate.interpolate(template, context, locale);
            }
        };
    }
}
