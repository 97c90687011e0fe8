package org.lungang.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.TestInstance;

/** The persistence contract on the default embedded H2 database, in a fresh data directory per test. */
@TestInstance(TestInstance.Lifecycle.PER_METHOD)
class H2PersistenceTest extends PersistenceContract {

    private final String dataDir;

    H2PersistenceTest() {
        try {
            dataDir = Files.createTempDirectory("lungang-h2-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    Map<String, Object> databaseProperties() {
        return Map.of("lungang.data-dir", dataDir);
    }
}
