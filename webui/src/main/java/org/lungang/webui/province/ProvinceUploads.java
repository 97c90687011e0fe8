package org.lungang.webui.province;

import static org.lungang.webui.province.ProvinceService.located;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.lungang.data.province.ProvinceInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An uploaded province zip unpacked into a folder of its own under {@code <data-dir>/province-uploads}: only the JSON
 * files, none outside the folder, at most {@link #MAX_FILES} of them and {@link #MAX_UNZIPPED_BYTES} in all, so that a
 * hostile zip can neither write elsewhere nor fill the disk.
 */
@Component
class ProvinceUploads {

    /** An uploaded zip may expand to this much at most, and hold this many files. */
    static final long MAX_UNZIPPED_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_FILES = 2_000;

    private final Path uploadDir;

    ProvinceUploads(@Value("${lungang.data-dir}") String dataDir) {
        this.uploadDir = Path.of(dataDir).toAbsolutePath().normalize().resolve("province-uploads");
    }

    /**
     * Unpacks the zip and returns the folder with the manifest or the county files.
     *
     * @throws org.lungang.data.InvalidInputException located at the zip's entry: not a zip, an entry escaping the
     *         folder, too many files or too large unpacked, no county file
     */
    Path unpack(byte[] zip, String fileName) {
        Path dir = uploadDir.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(dir);
            int files = 0;
            long bytes = 0;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    Path target = dir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw located(fileName, entry.getName(), "the entry points outside the zip's folder");
                    }
                    if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
                        continue;
                    }
                    if (++files > MAX_FILES) {
                        throw located(fileName, entry.getName(), "more than " + MAX_FILES + " files");
                    }
                    Files.createDirectories(target.getParent());
                    bytes += copy(in, target, MAX_UNZIPPED_BYTES - bytes, fileName, entry.getName());
                }
            }
            if (files == 0) {
                throw located(fileName, "$", "not a zip of county problem files (*.json)");
            }
        } catch (IOException e) {
            throw located(fileName, "$", "not a readable zip file: " + e.getMessage());
        }
        return provinceRoot(dir);
    }

    private static long copy(InputStream in, Path target, long allowed, String zip, String entry) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > allowed) {
                    throw located(zip, entry, "the zip expands to more than " + MAX_UNZIPPED_BYTES / (1024 * 1024)
                            + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** The folder with the manifest or the county files: the zip's root, or the one folder the zip holds. */
    private static Path provinceRoot(Path dir) throws UncheckedIOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> folders = walk.filter(Files::isRegularFile).map(Path::getParent).distinct().sorted().toList();
            Optional<Path> manifest = folders.stream().filter(f -> Files.isRegularFile(
                    f.resolve(ProvinceInput.MANIFEST))).findFirst();
            return manifest.orElse(folders.size() == 1 ? folders.get(0) : dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
