package org.lungang.webui.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.lungang.webui.base.AbstractEntity;

/** A user's API token: its SHA-256 only, a prefix to recognise it by, and whether it was revoked. */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    private Long userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, String tokenHash, String tokenPrefix) {
        super(Instant.now());
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
    }

    void used(Instant when) {
        lastUsedAt = when;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public Long getUserId() { return userId; }
    public String getName() { return name; }
    String getTokenHash() { return tokenHash; }
    public String getTokenPrefix() { return tokenPrefix; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public boolean isRevoked() { return revokedAt != null; }
}
