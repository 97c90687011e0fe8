package org.lungang.webui.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The data directory ({@code lungang.data-dir}: the H2 database with every teacher's record) is readable by its owner
 * only: created with mode 700 before the database opens (registered in {@code META-INF/spring.factories}), and its
 * files set to 600 once the application is up, since H2 creates them with the process's umask. On a file system
 * without POSIX permissions (Windows) nothing is changed.
 */
public class DataDirectory implements EnvironmentPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dir = directory(environment);
        if (dir != null) {
            restrict(dir);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Path dir = directory(event.getApplicationContext().getEnvironment());
        if (dir != null) {
            restrict(dir);
        }
    }

    private static Path directory(org.springframework.core.env.Environment environment) {
        String value = environment.getProperty("lungang.data-dir");
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** Creates the directory if needed; directory 700, the files in it 600. */
    static void restrict(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, DIRECTORY);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.setPosixFilePermissions(file, Files.isDirectory(file) ? DIRECTORY : FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the data directory " + dir + " to its owner", e);
        }
    }
}
