package org.lungang.data.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/**
 * The problems found while reading tables, and where each value of the problem tree came from, so that an error the
 * problem file's validation reports at a JSON path is told at its sheet, row and column instead.
 */
final class TableReport {

    private static final Pattern ELEMENT_IN_MESSAGE = Pattern.compile("\\$\\.\\w+\\[\\d+\\]");
    private static final Pattern ELEMENT_PATH = Pattern.compile("^\\$\\.(\\w+)\\[\\d+\\]\\.(\\w+)");

    private final String source;
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, TablePlace> places = new HashMap<>();
    /** JSON paths whose problems are already reported in table terms. */
    private final Set<String> reported = new HashSet<>();
    /** {@code teachers.subject}: a column that is missing, so its per-row "missing" errors would only repeat that. */
    private final Set<String> missingColumns = new HashSet<>();

    TableReport(String source, List<InputError> earlier) {
        this.source = source;
        this.errors.addAll(earlier);
    }

    void error(String file, String location, String message) {
        errors.add(new InputError(file, location, message));
    }

    /** Reports a problem with the value at the path, so that validation does not report it again; returns null. */
    <T> T wrong(TablePlace place, String path, String message) {
        error(place.file(), place.location(), message);
        reported.add(path);
        return null;
    }

    void place(String path, TablePlace place) {
        places.put(path, place);
    }

    void reported(String path) {
        reported.add(path);
    }

    boolean isReported(String path) {
        return reported.contains(path);
    }

    void missingColumn(String arrayField, String field) {
        missingColumns.add(arrayField + "." + field);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    InvalidInputException exception() {
        return new InvalidInputException(errors);
    }

    /** Adds every error of the problem file's validation that is not reported yet, at its sheet, row and column. */
    void relocate(InvalidInputException e) {
        for (InputError error : e.getErrors()) {
            String path = error.location();
            if (isAlreadyReported(path)) {
                continue;
            }
            TablePlace place = placeOf(path);
            String message = relocate(error.message());
            if (error.message().equals("missing required field")) {
                message = "missing value";
            }
            errors.add(new InputError(place.file(), place.location(), message));
        }
    }

    private String rowOf(String elementPath) {
        TablePlace place = places.get(elementPath);
        return place == null ? elementPath : place.location();
    }


    private boolean isAlreadyReported(String path) {
        Matcher element = ELEMENT_PATH.matcher(path);
        if (element.find() && missingColumns.contains(element.group(1) + "." + element.group(2))) {
            return true;
        }
        for (String p = path; p != null; p = parent(p)) {
            if (reported.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private TablePlace placeOf(String path) {
        for (String p = path; p != null; p = parent(p)) {
            TablePlace place = places.get(p);
            if (place != null) {
                return place;
            }
        }
        return new TablePlace(source, path);
    }

    /** The path one level up, or null at the root. */
    private static String parent(String path) {
        if (path.equals("$") || !path.startsWith("$")) {
            return null;
        }
        if (path.endsWith("\"]")) {
            return path.substring(0, path.lastIndexOf("[\""));
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    /** Replaces the JSON paths in a message ("first at $.schools[0]") with rows. */
    private String relocate(String message) {
        Matcher matcher = ELEMENT_IN_MESSAGE.matcher(message);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(rowOf(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

}
