package io.guarddesk.platform.rest;

import io.guarddesk.platform.InvalidInputException;

/** Query parameters read as text, so a bad value is a 400 naming the parameter rather than JAX-RS's 404. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number in [min, max], or a 400 that names the parameter. */
    public static int number(String field, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidInputException(field, "Use a whole number from " + min + " to " + max + ".");
    }

    /** A whole number in [min, max] that may exceed an int (a position in a long log), or a 400 that names the parameter. */
    public static long longNumber(String field, String value, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidInputException(field, "Use a whole number from " + min + " to " + max + ".");
    }
}
