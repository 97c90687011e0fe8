package org.lungang.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Makes the Benchmarker's HTML report render without the internet. The 1.32 report template loads Bootstrap, jQuery,
 * Chart.js, the box-plot plugin and Font Awesome from CDNs; the same versions are on the npm registry. They are
 * fetched once with {@code npm pack} into a cache, unpacked beside the report under {@code website/vendor/}, and the
 * report's links are rewritten to them. The GitHub star button script is dropped.
 */
public final class OfflineReport {

    /** A CDN address in the report and the file of an npm package that replaces it. */
    record Asset(String cdnUrl, String npmPackage, String fileInPackage, String vendorDirectory) {
    }

    static final List<Asset> ASSETS = List.of(
            new Asset("https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/css/bootstrap.min.css", "bootstrap@5.2.3",
                    "dist/css/bootstrap.min.css", "bootstrap"),
            new Asset("https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/js/bootstrap.bundle.min.js",
                    "bootstrap@5.2.3", "dist/js/bootstrap.bundle.min.js", "bootstrap"),
            new Asset("https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.4.2/css/all.min.css",
                    "@fortawesome/fontawesome-free@6.4.2", "css/all.min.css", "fontawesome"),
            new Asset("https://code.jquery.com/jquery-3.6.4.min.js", "jquery@3.6.4", "dist/jquery.min.js", "jquery"),
            // chart.js 4's UMD build is already minified; jsDelivr only adds the .min name.
            new Asset("https://cdn.jsdelivr.net/npm/chart.js@4.3.3/dist/chart.umd.min.js", "chart.js@4.3.3",
                    "dist/chart.umd.js", "chart.js"),
            // unpkg serves the package's "unpkg" entry.
            new Asset("https://unpkg.com/@sgratzl/chartjs-chart-boxplot@4.2.0", "@sgratzl/chartjs-chart-boxplot@4.2.0",
                    "build/index.umd.min.js", "chartjs-chart-boxplot"));

    /** Font Awesome's stylesheet loads its fonts from ../webfonts/. */
    private static final String FONT_AWESOME_FONTS = "webfonts";

    private static final String GITHUB_BUTTONS = "<script src=\"https://buttons.github.io/buttons.js\"></script>";

    private final Path npmCache;
    private final Consumer<String> log;

    /** @param npmCache where the packed npm packages are kept between runs */
    public OfflineReport(Path npmCache, Consumer<String> log) {
        this.npmCache = npmCache;
        this.log = log;
    }

    /**
     * Copies the assets beside the report and rewrites its links. Returns false, leaving the report as it was, when
     * the packages cannot be had (no npm, no registry).
     */
    public boolean localise(Path reportHtml) throws IOException {
        Path website = reportHtml.getParent().resolve("website").resolve("vendor");
        for (Asset asset : ASSETS) {
            Path unpacked = unpacked(asset.npmPackage());
            if (unpacked == null) {
                return false;
            }
            copy(unpacked.resolve(asset.fileInPackage()),
                    website.resolve(asset.vendorDirectory()).resolve(asset.fileInPackage()));
            if (asset.vendorDirectory().equals("fontawesome")) {
                copyTree(unpacked.resolve(FONT_AWESOME_FONTS),
                        website.resolve(asset.vendorDirectory()).resolve(FONT_AWESOME_FONTS));
            }
        }
        String html = Files.readString(reportHtml);
        html = html.replace(GITHUB_BUTTONS, "");
        for (Asset asset : ASSETS) {
            html = html.replace(asset.cdnUrl(),
                    "website/vendor/" + asset.vendorDirectory() + "/" + asset.fileInPackage());
        }
        Files.writeString(reportHtml, html);
        return true;
    }

    /** The unpacked package directory in the cache, packing it with npm the first time; null when npm fails. */
    Path unpacked(String npmPackage) throws IOException {
        String key = npmPackage.replace("@", "").replace('/', '-');
        Path directory = npmCache.resolve(key);
        if (Files.isDirectory(directory.resolve("package"))) {
            return directory.resolve("package");
        }
        Files.createDirectories(directory);
        log.accept("npm pack " + npmPackage);
        if (!run(directory, "npm", "pack", "--silent", npmPackage)) {
            return null;
        }
        try (Stream<Path> files = Files.list(directory)) {
            Path tarball = files.filter(f -> f.toString().endsWith(".tgz")).findFirst().orElse(null);
            if (tarball == null || !run(directory, "tar", "xzf", tarball.getFileName().toString())) {
                return null;
            }
            Files.delete(tarball);
        }
        return directory.resolve("package");
    }

    private boolean run(Path directory, String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            if (process.exitValue() != 0) {
                log.accept("Failed: " + String.join(" ", command) + " (exit " + process.exitValue() + ")");
                return false;
            }
            return true;
        } catch (IOException e) {
            log.accept("Cannot run " + command[0] + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            copy(file, to.resolve(from.relativize(file).toString()));
        }
    }
}
