package org.lungang.webui.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lungang.webui.base.AbstractEntity;

/** A person who logs in. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private UserRole role;
    private boolean enabled;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, UserRole role) {
        super(Instant.now());
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
    }

    public String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public UserRole getRole() { return role; }
    void setRole(UserRole role) { this.role = role; }
    public boolean isEnabled() { return enabled; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
}
