package org.techleadership.advisor.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A request the API understood as JSON but cannot accept; each error names the field at fault. At
 * most {@link #LISTED} errors are kept, the rest only counted ({@link #more()}), so a body of
 * thousands of faulty fields gets a short answer and builds no long list.
 */
public class InvalidRequestException extends RuntimeException {

    /** How many problems an answer lists; the rest are counted. */
    public static final int LISTED = 20;

    public record FieldError(String field, String message) {}

    private final transient List<FieldError> errors;
    private final int more;

    public InvalidRequestException(List<FieldError> errors) {
        this(errors.size() > LISTED ? errors.subList(0, LISTED) : errors, Math.max(0, errors.size() - LISTED));
    }

    private InvalidRequestException(List<FieldError> errors, int more) {
        super("The request has " + (errors.size() + more) + " problem(s)");
        this.errors = List.copyOf(errors);
        this.more = more;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Problems found beyond the listed ones. */
    public int more() {
        return more;
    }

    /** Collects a request's problems as they are found: the first {@link #LISTED} kept, the rest counted. */
    static final class Collector {

        private final List<FieldError> listed = new ArrayList<>();
        private int more;

        void add(String field, String message) {
            if (listed.size() < LISTED) {
                listed.add(new FieldError(field, message));
            } else {
                more++;
            }
        }

        boolean isEmpty() {
            return listed.isEmpty();
        }

        InvalidRequestException exception() {
            return new InvalidRequestException(listed, more);
        }
    }
}
