package org.lungang.webui.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure there is an administrator: at first start, or when none is left enabled. The password comes from the
 * environment ({@code LUNGANG_ADMIN_PASSWORD}, which Spring reads as {@code lungang.admin.password}) or from a file
 * ({@code lungang.admin.password-file}, readable by the owner only); when neither is set one is generated and printed
 * once, on standard output, since no one could log in otherwise. A password given on the command line works but is
 * warned about: every user of the machine sees it in {@code ps}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final AdminSettings settings;

    FirstAdmin(UserService users, AdminSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("lungang.admin.password")) {
            LOG.warn("The administrator password was given on the command line, where every user of this machine"
                    + " can read it (ps): set LUNGANG_ADMIN_PASSWORD or --lungang.admin.password-file instead");
        }
        String username = settings.username();
        String configured = settings.passwordFile().isBlank() ? settings.password()
                : readPasswordFile(Path.of(settings.passwordFile()));
        boolean generated = configured.isBlank();
        String password = generated ? generatePassword() : configured;
        UserService.AdminSetup done = users.ensureAdministrator(username, password);
        if (done != UserService.AdminSetup.NONE && generated) {
            System.out.println();
            System.out.println("=== Lungang: administrator " + (done == UserService.AdminSetup.CREATED ? "created"
                    : "restored") + ". Log in as '" + Usernames.normalise(username) + "' with password: " + password
                    + " (shown only this once) ===");
            System.out.println();
        } else if (done == UserService.AdminSetup.RESTORED) {
            LOG.warn("No enabled administrator was left: '{}' is an administrator again, with the configured"
                    + " password", Usernames.normalise(username));
        }
    }

    private static String readPasswordFile(Path file) {
        try {
            // The first line, so that a file written with `echo` (a trailing newline) gives the intended password.
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lungang.admin.password-file " + file, e);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
