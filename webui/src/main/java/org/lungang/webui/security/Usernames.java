package org.lungang.webui.security;

import java.util.Locale;

import org.lungang.webui.base.InvalidRequestException;

/** One spelling per user name: trimmed and in lower case, so that {@code Admin} and {@code " admin"} are {@code admin}. */
public final class Usernames {

    /** The column's width (app_user.username). */
    public static final int MAX_LENGTH = 100;

    private Usernames() {
    }

    /** The name as stored and looked up; null stays null. */
    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised name of a new user, or a 400 naming the field. */
    static String requireValid(String username) {
        String name = normalise(username);
        if (name == null || name.isEmpty()) {
            throw new InvalidRequestException("username", "A username is required");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidRequestException("username", "A username has at most " + MAX_LENGTH + " characters");
        }
        // A colon cannot pass HTTP Basic (it separates name and password); spaces and control characters confuse.
        if (!name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || ".-_@".indexOf(c) >= 0)) {
            throw new InvalidRequestException("username",
                    "A username has only letters, digits and the characters . - _ @");
        }
        return name;
    }
}
