package org.lungang.webui;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The persistence contract on a real PostgreSQL server, with profile {@code postgres}. Runs only when
 * {@code LUNGANG_TEST_POSTGRES_URL} points at a database (see {@code .ci/postgres.sh}); user and password come from
 * {@code LUNGANG_TEST_POSTGRES_USER} and {@code LUNGANG_TEST_POSTGRES_PASSWORD} (default {@code lungang}). Each test
 * gets a schema of its own, created by Flyway.
 */
@EnabledIfEnvironmentVariable(named = "LUNGANG_TEST_POSTGRES_URL", matches = ".+")
class PostgresPersistenceTest extends PersistenceContract {

    private final String schema = "test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    Map<String, Object> databaseProperties() {
        String url = System.getenv("LUNGANG_TEST_POSTGRES_URL");
        return Map.of(
                "spring.profiles.active", "postgres",
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", env("LUNGANG_TEST_POSTGRES_USER", "lungang"),
                "spring.datasource.password", env("LUNGANG_TEST_POSTGRES_PASSWORD", "lungang"),
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true",
                // No data directory is used with PostgreSQL; keep any stray file out of the working tree.
                "lungang.data-dir", System.getProperty("java.io.tmpdir") + "/lungang-pg-" + schema);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
