package org.lungang.webui.security;

import java.util.Optional;

import org.lungang.webui.audit.AuditService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (form and HTTP Basic): the name is normalised, the {@link LoginThrottle} is asked first (a waiting
 * attempt is refused without a password check, so guessing costs no CPU either), and every failed check is audited
 * with the client's address.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditService audit;

    ThrottledAuthentication(UserService users, PasswordEncoder encoder, LoginThrottle throttle, AuditService audit) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = Usernames.normalise(authentication.getName());
        String account = name.length() > Usernames.MAX_LENGTH ? name.substring(0, Usernames.MAX_LENGTH) : name;
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        Optional<java.time.Duration> wait = throttle.waitBefore(account, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        Object password = authentication.getCredentials();
        try {
            if (password == null || password.toString().length() > PasswordRule.MAX_LENGTH * 2) {
                throw new BadCredentialsException("Bad credentials");
            }
            UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(
                    account, password);
            normalised.setDetails(authentication.getDetails());
            Authentication result = passwords.authenticate(normalised);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            LoginThrottle.Outcome outcome = throttle.failed(account, address);
            audit.recordAs(account, "LOGIN_FAILED", "user", null, "from " + address);
            if (outcome == LoginThrottle.Outcome.LOCKED) {
                audit.recordAs(account, "LOGIN_LOCKED", "user", null, "from " + address);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
