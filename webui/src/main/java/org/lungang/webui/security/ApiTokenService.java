package org.lungang.webui.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.FieldLimits;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.access.ViewerRead;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts, so that a client need not send a password (and the server need not run BCrypt) on every
 * call. Each user creates, lists and revokes their own; an administrator may revoke anyone's. A token is shown once,
 * at creation; only its SHA-256 is stored. A token acts with its user's current role, and stops working when the user
 * is disabled or deleted. Creating a token needs a password login: a token cannot mint more tokens.
 */
@Service
public class ApiTokenService {

    /** What a token starts with, so that it is recognised in a script or a leaked log. */
    static final String PREFIX = "lgt_";
    /** Recording every use would write on every read: once a minute is enough to see which tokens live. */
    private static final Duration USE_RECORDING = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created, with its secret (shown only now). */
    public record NewToken(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final AuditService audit;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, AuditService audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public NewToken create(String name) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new AccessDeniedException("A token cannot create tokens: log in with your password");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "Name the token after the script that uses it");
        }
        FieldLimits.require("name", name.strip(), 100);
        AppUser user = currentUser();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(user.getId(), name.strip(), hash(secret),
                secret.substring(0, PREFIX.length() + 6)));
        audit.record("TOKEN_CREATED", "api_token", token.getId(), "for user " + user.getUsername());
        return new NewToken(token, secret);
    }

    /** The current user's tokens, newest first, without their secrets. */
    @ViewerRead
    public List<ApiToken> mine() {
        return tokens.findByUserIdOrderByIdDesc(currentUser().getId());
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public ApiToken revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("Token", tokenId));
        AppUser user = currentUser();
        if (!token.getUserId().equals(user.getId()) && user.getRole() != UserRole.ADMIN) {
            // Someone else's token does not exist, as far as this user is concerned.
            throw new NotFoundException("Token", tokenId);
        }
        if (token.isRevoked()) {
            throw new ConflictException("Token " + tokenId + " is already revoked");
        }
        token.revoke();
        audit.record("TOKEN_REVOKED", "api_token", tokenId, null);
        return token;
    }

    /** The authentication a token stands for, if it is a live token of an enabled user. */
    @Transactional
    Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(secret)).filter(t -> !t.isRevoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<AppUser> user = users.findById(token.getUserId()).filter(AppUser::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(USE_RECORDING).isBefore(now)) {
            token.used(now);
        }
        return Optional.of(new ApiTokenAuthentication(user.get().getUsername(), token.getId(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.get().getRole().name()))));
    }

    private AppUser currentUser() {
        String name = AuditService.currentUsername();
        return users.findByUsername(name).orElseThrow(() -> new AccessDeniedException("No user " + name));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
