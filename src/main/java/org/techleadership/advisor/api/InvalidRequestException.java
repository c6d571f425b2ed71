package org.techleadership.advisor.api;

import java.util.List;

/** A request the API understood as JSON but cannot accept; each error names the field at fault. */
public class InvalidRequestException extends RuntimeException {

    public record FieldError(String field, String message) {}

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("The request has " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
