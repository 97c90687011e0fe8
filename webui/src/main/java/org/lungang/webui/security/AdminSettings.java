package org.lungang.webui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lungang.admin.*}: the first administrator's name, and its password given directly (from the environment,
 * {@code LUNGANG_ADMIN_PASSWORD}) or in a file; an empty password or file is not given.
 */
@ConfigurationProperties("lungang.admin")
record AdminSettings(@DefaultValue("admin") String username, String password, String passwordFile) {

    AdminSettings {
        password = password == null ? "" : password;
        passwordFile = passwordFile == null ? "" : passwordFile;
    }
}
