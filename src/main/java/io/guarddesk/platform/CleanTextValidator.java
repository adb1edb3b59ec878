package io.guarddesk.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    private boolean multiline;

    @Override
    public void initialize(CleanText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isClean(value, multiline);
    }

    public static boolean isClean(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD' || c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }
}
