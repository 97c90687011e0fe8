package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The browser side over TLS, on a real server with a keystore made for the test: HSTS and a Secure, SameSite session
 * cookie, the security headers, and a login form that needs the page's CSRF token and the site's own origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityTest {

    private static final String PASSWORD = "password-123";
    private static final String KEYSTORE_PASSWORD = "keystore-secret";
    private static Path keystore;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("lungang-tls-");
        keystore = dir.resolve("keystore.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "lungang", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD).inheritIO().start();
        assertThat(keytool.waitFor()).isZero();
        registry.add("lungang.data-dir", () -> dir.resolve("data").toString());
        registry.add("lungang.demo.enabled", () -> "false");
        registry.add("lungang.admin.password", () -> PASSWORD);
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> keystore.toUri().toString());
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-store-password", () -> KEYSTORE_PASSWORD);
        registry.add("server.ssl.key-alias", () -> "lungang");
    }

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();

    @Test
    void theLoginPageComesWithHstsSecurityHeadersAndASecureSameSiteCookie() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).GET().build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        List<String> session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(session).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        send(HttpRequest.newBuilder(url("/login")).GET().build());

        HttpResponse<String> response = postLogin(null, null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginPostFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
        String token = csrfToken(send(HttpRequest.newBuilder(url("/login")).GET().build()).body());

        HttpResponse<String> response = postLogin(token, "http://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginPostWithThePagesTokenFromTheSiteItselfLogsIn() throws Exception {
        String token = csrfToken(send(HttpRequest.newBuilder(url("/login")).GET().build()).body());

        HttpResponse<String> response = postLogin(token, "https://127.0.0.1:" + port);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> postLogin(String token, String origin) throws Exception {
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    private static String csrfToken(String html) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the page holds a CSRF token").isTrue();
        return m.group(1);
    }

    private URI url(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient client() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
