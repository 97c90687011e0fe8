package org.lungang.webui.security;

import java.util.List;

import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.access.AdminChange;
import org.lungang.webui.base.access.AdminRead;
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
        AppUser user = repository.findByUsername(Usernames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .roles(user.getRole().name())
                .disabled(!user.isEnabled())
                .build();
    }

    @AdminRead
    public List<AppUser> list() {
        return repository.findAll();
    }

    @AdminChange
    public AppUser create(String username, String password, UserRole role) {
        AppUser user = createUnchecked(username, password, role);
        audit.record("USER_CREATED", "user", user.getId(), "role " + role);
        return user;
    }

    @AdminChange
    public AppUser update(long id, UserRole role, Boolean enabled, String password) {
        AppUser user = repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        if ((role != null && role != UserRole.ADMIN) || Boolean.FALSE.equals(enabled)) {
            requireAnotherAdministrator(user, role != null && role != UserRole.ADMIN ? "demoted" : "disabled");
        }
        if (role != null) {
            user.setRole(role);
        }
        if (enabled != null) {
            user.setEnabled(enabled);
        }
        if (password != null) {
            PasswordRule.require(password, user.getUsername());
            user.setPasswordHash(passwordEncoder.encode(password));
        }
        audit.record("USER_UPDATED", "user", id, "role " + user.getRole() + ", enabled " + user.isEnabled()
                + (password != null ? ", password changed" : ""));
        return user;
    }

    @AdminChange
    public void delete(long id) {
        AppUser user = repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        if (user.getUsername().equals(AuditService.currentUsername())) {
            throw new ConflictException("You cannot delete your own account");
        }
        requireAnotherAdministrator(user, "deleted");
        repository.delete(user);
        audit.record("USER_DELETED", "user", id, null);
    }

    /** An enabled administrator must remain: the last one cannot be demoted, disabled or deleted. */
    private void requireAnotherAdministrator(AppUser user, String change) {
        if (user.getRole() != UserRole.ADMIN || !user.isEnabled()) {
            return;
        }
        boolean another = repository.lockEnabledAdministrators().stream()
                .anyMatch(admin -> !admin.getId().equals(user.getId()));
        if (!another) {
            throw new ConflictException("User " + user.getUsername() + " is the last enabled administrator and cannot"
                    + " be " + change + ": make another user an administrator first");
        }
    }

    /** What {@link #ensureAdministrator} did. */
    enum AdminSetup { NONE, CREATED, RESTORED }

    /**
     * Makes sure an enabled administrator exists: with no user at all it creates one; when users exist but none is an
     * enabled administrator (e.g. after an edit of the database), the named user is created or made an enabled
     * administrator again with the given password.
     */
    @Transactional
    AdminSetup ensureAdministrator(String username, String password) {
        if (!repository.lockEnabledAdministrators().isEmpty()) {
            return AdminSetup.NONE;
        }
        String name = Usernames.requireValid(username);
        AppUser existing = repository.findByUsername(name).orElse(null);
        if (existing == null) {
            AppUser admin = createUnchecked(name, password, UserRole.ADMIN);
            audit.record("USER_CREATED", "user", admin.getId(), repository.count() == 1 ? "first administrator"
                    : "administrator recreated: none was left");
            return AdminSetup.CREATED;
        }
        PasswordRule.require(password, name);
        existing.setRole(UserRole.ADMIN);
        existing.setEnabled(true);
        existing.setPasswordHash(passwordEncoder.encode(password));
        audit.record("USER_UPDATED", "user", existing.getId(), "administrator restored: none was left");
        return AdminSetup.RESTORED;
    }

    private AppUser createUnchecked(String username, String password, UserRole role) {
        String name = Usernames.requireValid(username);
        if (role == null) {
            throw new InvalidRequestException("role", "A role is required: ADMIN, PLANNER or VIEWER");
        }
        PasswordRule.require(password, name);
        if (repository.existsByUsername(name)) {
            throw new ConflictException("User " + name + " already exists");
        }
        return repository.save(new AppUser(name, passwordEncoder.encode(password), role));
    }
}
