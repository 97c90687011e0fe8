package org.lungang.webui.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at first start. Its password comes from {@code lungang.admin.password}; when that
 * is empty one is generated and printed once, on standard output, since no one could log in otherwise.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private final UserService users;
    private final String username;
    private final String configuredPassword;

    FirstAdmin(UserService users, @Value("${lungang.admin.username:admin}") String username,
            @Value("${lungang.admin.password:}") String configuredPassword) {
        this.users = users;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        if (users.createFirstAdminIfNone(username, password) && generated) {
            System.out.println();
            System.out.println("=== Lungang: first administrator created. Log in as '" + username
                    + "' with password: " + password + " (shown only this once) ===");
            System.out.println();
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
