package org.lungang.data;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in the input, reported together; nothing is loaded when this is thrown. */
public class InvalidInputException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.size() + " error(s) in input:\n"
                + errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<InputError> getErrors() {
        return errors;
    }
}
