package org.lungang.webui.security;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's API tokens. Create one with a password login, then call the API with
 * {@code Authorization: Bearer <token>}; the token is in the answer to the creation only.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    record TokenRequest(String name) {
    }

    record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(),
                    t.getRevokedAt());
        }
    }

    /** @param token the secret, shown this once: keep it where the script reads it, like a password */
    record CreatedToken(long id, String name, String prefix, Instant createdAt, String token) {
    }

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<TokenView> list() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@RequestBody TokenRequest request) {
        ApiTokenService.NewToken created = tokens.create(request.name());
        ApiToken t = created.token();
        return new CreatedToken(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), created.secret());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
