package io.guarddesk.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters (other than line breaks and tabs where
 * {@link #multiline()}), no undecodable bytes (U+FFFD, which is what invalid UTF-8 becomes),
 * no unpaired surrogates.
 */
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    String message() default "{guarddesk.validation.cleanText}";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
