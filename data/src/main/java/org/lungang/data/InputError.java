package org.lungang.data;

/**
 * One problem found in an input file, located precisely enough for a planner to fix it.
 *
 * @param file the file name as the user gave it
 * @param location where in the file: a JSON path such as {@code $.teachers[12].schoolId}, a line and column for
 *        malformed JSON, or {@code sheet!row:column} for a spreadsheet
 * @param message what is wrong, in English
 */
public record InputError(String file, String location, String message) {

    /** The line printed for the user: {@code file: location: message}. */
    @Override
    public String toString() {
        return file + ": " + location + ": " + message;
    }
}
