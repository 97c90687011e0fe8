package org.lungang.data.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/**
 * Checks where a command will write before it does any work, so that an hour's solve is not lost to a mistyped folder
 * and no input is overwritten: the output must not be one of the inputs, and its place must be writable.
 */
final class OutputCheck {

    private static final String OPTION = "--output";

    /** An input of the command: its option and the path given, or null when the option was left out. */
    record Input(String option, Path path) {
    }

    private OutputCheck() {
    }

    /**
     * Checks an output file.
     *
     * @param inputs the command's inputs ({@code --input}, {@code --plan}, ...)
     * @throws InvalidInputException naming {@code --output} and what is wrong, in words
     */
    static void file(Path output, Input... inputs) {
        check(output, OutputCheck::fileProblem, inputs);
    }

    /** Checks an output folder, which is created when missing; see {@link #file}. */
    static void folder(Path output, Input... inputs) {
        check(output, OutputCheck::folderProblem, inputs);
    }

    private static void check(Path output, Function<Path, String> placeProblem, Input... inputs) {
        List<InputError> errors = sameAsAnInput(output, inputs);
        if (errors.isEmpty()) {
            String problem = placeProblem.apply(output);
            if (problem != null) {
                errors.add(error(problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<InputError> sameAsAnInput(Path output, Input... inputs) {
        List<InputError> errors = new ArrayList<>();
        for (Input input : inputs) {
            if (input.path() != null && isSame(output, input.path())) {
                errors.add(error(output + " is the input file of " + input.option()
                        + "; writing there would overwrite it: choose another " + OPTION));
            }
        }
        return errors;
    }

    private static boolean isSame(Path a, Path b) {
        Path left = a.toAbsolutePath().normalize();
        Path right = b.toAbsolutePath().normalize();
        if (left.equals(right)) {
            return true;
        }
        try {
            // Links and case-insensitive file systems: two spellings of one file.
            return Files.exists(left) && Files.exists(right) && Files.isSameFile(left, right);
        } catch (IOException e) {
            return false;
        }
    }

    /** What keeps the file from being written, or null. */
    private static String fileProblem(Path output) {
        if (Files.isDirectory(output)) {
            return output + " is a folder; give the name of a file in it";
        }
        Path folder = output.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.exists(folder)) {
            return "the folder " + folder + " does not exist; create it first or choose another " + OPTION;
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return folder + " is a file, not a folder";
        }
        if (Files.exists(output) && !Files.isWritable(output)) {
            return output + " is read-only";
        }
        if (!Files.exists(output) && folder != null && !Files.isWritable(folder)) {
            return "cannot write in the folder " + folder + " (no permission)";
        }
        return null;
    }

    /** What keeps the folder from being created or written into, or null. */
    private static String folderProblem(Path output) {
        Path folder = output.toAbsolutePath().normalize();
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                return output + " is a file; give a folder";
            }
            return Files.isWritable(folder) ? null : "cannot write in the folder " + folder + " (no permission)";
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        if (!Files.isDirectory(existing)) {
            return "cannot create the folder " + folder + ": " + existing + " is a file";
        }
        return Files.isWritable(existing) ? null
                : "cannot create the folder " + folder + ": no permission to write in " + existing;
    }

    private static InputError error(String message) {
        return new InputError("command line", OPTION, message);
    }
}
