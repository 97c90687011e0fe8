package org.lungang.webui.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.lungang.webui.base.InvalidRequestException;

/**
 * The password rule, in the spirit of OWASP ASVS 4.0 section 2.1: 12 to 128 characters of any kind (no composition
 * rules), not one of a list of common passwords, and not containing the user's name. Long passwords are fine:
 * {@link PrehashedBcryptPasswordEncoder} hashes any length.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordRule() {
    }

    /** Refuses the password with a 400 naming the field {@code password}. */
    public static void require(String password, String username) {
        if (password == null) {
            throw new InvalidRequestException("password", "A password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidRequestException("password", "The password must have at least " + MIN_LENGTH
                    + " and at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new InvalidRequestException("password",
                    "This password is on a list of common passwords: choose another");
        }
        String name = Usernames.normalise(username);
        if (name != null && name.length() >= 3 && lower.contains(name)) {
            throw new InvalidRequestException("password", "The password must not contain the username");
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRule.class.getResourceAsStream(COMMON_PASSWORDS);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
