package org.lungang.webui.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt over the password's SHA-256 (Base64, 44 bytes), as passlib's {@code bcrypt_sha256} does: BCrypt alone reads
 * at most 72 bytes (and refuses more), while a password may have 128 characters of up to 4 bytes each.
 */
final class PrehashedBcryptPasswordEncoder implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;

    PrehashedBcryptPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    private static String prehash(CharSequence rawPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Plain BCrypt for the hashes written before: a password over its 72 bytes simply does not match. */
    static PasswordEncoder legacyBcrypt(int strength) {
        BCryptPasswordEncoder plain = new BCryptPasswordEncoder(strength);
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return plain.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return rawPassword != null
                        && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= 72
                        && plain.matches(rawPassword, encodedPassword);
            }
        };
    }
}
