package org.lungang.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole file read or written through a stream, with the errors every format reports alike: a file that cannot be
 * written is an {@link UncheckedIOException} naming it; an input that is missing or unreadable is an
 * {@link InvalidInputException} located at the file, as every other input error.
 */
public final class FileIo {

    /** Writes to a stream the caller opened (and closes). */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Reads from a stream the caller opened (and closes). */
    @FunctionalInterface
    public interface StreamReader<T> {
        T read(InputStream in) throws IOException;
    }

    private FileIo() {
    }

    public static void write(Path file, StreamWriter writer) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Writes a text file in UTF-8, creating its folder when missing. */
    public static void writeText(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** @param location where in the file the error is reported: {@code "$"} for JSON, {@code "workbook"} for Excel */
    public static <T> T read(Path file, String location, StreamReader<T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(new InputError(file.toString(), location, "no such file")));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new InputError(file.toString(), location,
                    "cannot be read: " + e.getMessage())));
        }
    }
}
