package org.lungang.webui.security;

import java.util.List;

import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles: the login lookup, and the administrators' user management. */
@Service
public class UserService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    UserService(AppUserRepository repository, PasswordEncoder passwordEncoder, AuditService audit) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .roles(user.getRole().name())
                .disabled(!user.isEnabled())
                .build();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> list() {
        return repository.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(String username, String password, UserRole role) {
        AppUser user = createUnchecked(username, password, role);
        audit.record("USER_CREATED", "user", user.getId(), "role " + role);
        return user;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser update(long id, UserRole role, Boolean enabled, String password) {
        AppUser user = repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        if (role != null) {
            user.setRole(role);
        }
        if (enabled != null) {
            user.setEnabled(enabled);
        }
        if (password != null) {
            requireGoodPassword(password);
            user.setPasswordHash(passwordEncoder.encode(password));
        }
        audit.record("USER_UPDATED", "user", id, "role " + user.getRole() + ", enabled " + user.isEnabled()
                + (password != null ? ", password changed" : ""));
        return user;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        AppUser user = repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        if (user.getUsername().equals(AuditService.currentUsername())) {
            throw new ConflictException("You cannot delete your own account");
        }
        repository.delete(user);
        audit.record("USER_DELETED", "user", id, null);
    }

    /** Creates the first administrator when there is no user at all; true if it did. */
    @Transactional
    boolean createFirstAdminIfNone(String username, String password) {
        if (repository.count() > 0) {
            return false;
        }
        AppUser admin = createUnchecked(username, password, UserRole.ADMIN);
        audit.record("USER_CREATED", "user", admin.getId(), "first administrator");
        return true;
    }

    private AppUser createUnchecked(String username, String password, UserRole role) {
        if (username == null || username.isBlank()) {
            throw new InvalidRequestException("username", "A username is required");
        }
        if (role == null) {
            throw new InvalidRequestException("role", "A role is required: ADMIN, PLANNER or VIEWER");
        }
        requireGoodPassword(password);
        if (repository.existsByUsername(username)) {
            throw new ConflictException("User " + username + " already exists");
        }
        return repository.save(new AppUser(username, passwordEncoder.encode(password), role));
    }

    private static void requireGoodPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("password",
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
