package org.lungang.webui.importexport.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An import error of the data module ({@link org.lungang.data.InputError}) in the planner's language. The data module
 * writes its errors in English for the command line, each with a location ({@code 教师!row 5, column C (学科)},
 * {@code line 3}, a JSON path) and a message built from a small set of phrasings; this class names each phrasing by a
 * message key ({@code importError.*}) and renders it through the UI's bundles, so the data module keeps one wording
 * and the web application translates it in one place. A message of a phrasing not listed here is shown as written,
 * behind the Chinese lead {@code importError.other}.
 */
final class ImportErrorWords {

    /** One phrasing of the data module: the pattern of its English text and the key of its translation. */
    private record Phrasing(Pattern pattern, String key) {
    }

    private static final String Q = "\"([^\"]*)\"";

    /** Most specific first: the first phrasing whose pattern matches the whole message is used. */
    private static final List<Phrasing> MESSAGES = List.of(
            p("missing required field", "missingField"),
            p("missing value", "missingValue"),
            p("missing value; delete the row to keep the default", "missingValueDefault"),
            p("missing key for the value in this row", "missingKey"),
            p("must not be blank", "blank"),
            p("must not be empty", "empty"),
            p("the file is empty", "fileEmpty"),
            p("no such file", "noFile"),
            p("no such directory", "noDirectory"),
            p("a value in a column without a header", "noHeader"),
            p("a teacher cannot be their own partner", "ownPartner"),
            p("give both homeLatitude and homeLongitude, or neither", "homeBoth"),
            p("unknown value (.+); allowed: (.+)", "unknownValue"),
            p("unknown school id " + Q, "unknownSchool"),
            p("unknown teacher id " + Q, "unknownTeacher"),
            p("unknown column " + Q + "; expected one of (.+)", "unknownColumn"),
            p("unknown sheet " + Q + "; expected (.+)", "unknownSheet"),
            p("unknown policy parameter " + Q + "; expected one of (.+)", "unknownParameter"),
            p("unknown field; expected one of (.+)", "unknownField"),
            p("unknown constraint name; allowed: (.+)", "unknownConstraint"),
            p("missing column (.+)", "missingColumn"),
            p("missing sheet (.+)", "missingSheet"),
            p("missing file (\\S+), which gives the school year \\(key \"year\"\\)", "missingPolicyFile"),
            p("missing file (.+)", "missingFile"),
            p("a second column (.+)", "secondColumn"),
            p("a second (.+) sheet", "secondSheet"),
            p("a second row for " + Q + " \\(first at (.+)\\)", "secondRow"),
            p("a second decision for teacher " + Q, "secondDecision"),
            p("a second distance between " + Q + " and " + Q, "secondDistance"),
            p("duplicate (school|teacher) id " + Q + " \\(first at (.+)\\)", "duplicateId"),
            p("partner " + Q + " names another partner, " + Q, "partnerOther"),
            p("team " + Q + " has only this teacher; a team needs at least two members", "teamAlone"),
            p("school " + Q + " already has a principal, " + Q + " \\((.+)\\); a school has exactly one",
                    "secondPrincipal"),
            p("school " + Q + " has no principal: .*", "noPrincipal"),
            p("teacher " + Q + " is listed twice \\(first at (.+)\\)", "listedTwice"),
            p("teacher " + Q + " is at school " + Q + ", not " + Q, "otherSchool"),
            p("the school year is missing: .*", "noYear"),
            p("the (.+) sheet has no rows of data", "noRows"),
            p("the cell holds the error (.+)", "cellError"),
            p("expected a text, found (.+)", "expectedText"),
            p("expected a whole number, found (.+)", "expectedWhole"),
            p("expected a number, found (.+)", "expectedNumber"),
            p("expected 是 or 否 \\(yes or no\\), found (.+)", "expectedYesNo"),
            p("expected ids separated by \";\", found (.+)", "expectedIds"),
            p("expected an object, found (.+)", "expectedObject"),
            p("expected an array, found (.+)", "expectedArray"),
            p("expected a parameter name, found (.+)", "expectedKey"),
            p("expected pairs like (.+), found " + Q, "expectedPairs"),
            p("expected true or false, found (.+)", "expectedBoolean"),
            p("expected one of (.+), found (.+)", "expectedOneOf"),
            p("weight " + Q + " is not a score like .*", "weight"),
            p("a share must be between 0 and 1, was (.+)", "share"),
            p("must be at least (\\S+), was (.+)", "atLeast"),
            p("must not be negative, was (.+)", "negative"),
            p("impossible latitude (\\S+); .*", "latitude"),
            p("impossible longitude (\\S+); .*", "longitude"),
            p("not UTF-8 text; .*", "notUtf8"),
            p("malformed JSON: (.+)", "malformedJson"),
            p("not a readable Excel workbook.*", "notWorkbook"),
            p("cannot be read: (.+)", "unreadable"));

    /** Locations, most specific first; a JSON path or any other location is shown as written. */
    private static final List<Phrasing> LOCATIONS = List.of(
            p("(.+)!row (\\d+), column ([A-Z]+) \\((.*)\\)", "cellNamed"),
            p("(.+)!row (\\d+), column ([A-Z]+)", "cell"),
            p("(.+)!row (\\d+)", "row"),
            p("line (\\d+), column (\\d+) \\((.*)\\)", "lineColumnNamed"),
            p("line (\\d+), column (\\d+)", "lineColumn"),
            p("line (\\d+)", "line"),
            p("workbook", "workbook"),
            p("file", "file"),
            p("directory", "directory"),
            p("\\$", "root"));

    /** Values quoted inside a message ("found the text "x""), translated before they are put into it. */
    private static final List<Phrasing> VALUES = List.of(
            p("the text " + Q, "text"),
            p("the number (.+)", "number"),
            p("null", "null"),
            p("TRUE|true", "true"),
            p("FALSE|false", "false"),
            p("an array", "array"),
            p("an object", "object"));

    private final BiFunction<String, Object[], String> translate;

    /** @param translate the UI's translation of a message key with its parameters */
    ImportErrorWords(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    String location(String location) {
        if (location == null || location.isBlank()) {
            return "";
        }
        return render(LOCATIONS, "importError.at.", location, location, this::value);
    }

    String message(String message) {
        String rendered = render(MESSAGES, "importError.", message, null, this::value);
        if (rendered != null || message.matches("(?s).*\\p{IsHan}.*")) {
            // Translated, or written in the planner's words already (as the view's own errors are).
            return rendered != null ? rendered : message;
        }
        return translate.apply("importError.other", new Object[] {message});
    }

    /**
     * The text in the words of the first phrasing that matches it whole, its groups (each given to {@code group}
     * first) as the translation's parameters; {@code otherwise} when none matches.
     */
    private String render(List<Phrasing> phrasings, String prefix, String text, String otherwise,
            UnaryOperator<String> group) {
        for (Phrasing phrasing : phrasings) {
            Matcher m = phrasing.pattern().matcher(text);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int g = 0; g < groups.length; g++) {
                    groups[g] = group.apply(m.group(g + 1));
                }
                return translate.apply(prefix + phrasing.key(), groups);
            }
        }
        return otherwise;
    }

    /** A value described in English ("the text "x"", "the number 3") in the planner's words; others as they are. */
    private String value(String described) {
        if (described == null) {
            return "";
        }
        return render(VALUES, "importError.value.", described, described, UnaryOperator.identity());
    }

    private static Phrasing p(String regex, String key) {
        return new Phrasing(Pattern.compile(regex), key);
    }
}
