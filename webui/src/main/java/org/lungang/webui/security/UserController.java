package org.lungang.webui.security;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User management (administrators only). */
@RestController
@RequestMapping("/api/users")
class UserController {

    record UserView(long id, String username, UserRole role, boolean enabled, Instant createdAt) {
        static UserView of(AppUser user) {
            return new UserView(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(),
                    user.getCreatedAt());
        }
    }

    record NewUser(@NotBlank String username, @NotBlank String password, @NotNull UserRole role) {
    }

    record UserChange(UserRole role, Boolean enabled, String password) {
    }

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user) {
        return UserView.of(users.create(user.username(), user.password(), user.role()));
    }

    @PatchMapping("/{id}")
    UserView update(@PathVariable long id, @RequestBody UserChange change) {
        return UserView.of(users.update(id, change.role(), change.enabled(), change.password()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        users.delete(id);
    }
}
