package org.lungang.webui.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.lungang.webui.base.ApiExceptionHandler;
import org.lungang.webui.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.lungang.webui.audit.AuditService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import com.vaadin.flow.spring.security.RequestUtil;

/**
 * Two filter chains. The REST API ({@code /api/**}) is stateless with HTTP Basic or an API token (Bearer, see
 * {@link ApiTokenService}): no session cookie authenticates it,
 * so it needs no CSRF token, and an anonymous call gets 401 as a problem detail rather than a redirect. Everything
 * else (the Vaadin UI, the API docs) uses form login on the login view with a session (Basic also works, for the
 * API docs from scripts), and CSRF protection stays on.
 * Role checks are on the URLs here and again on the service methods, which the UI calls directly.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_PLANNER
                ROLE_PLANNER > ROLE_VIEWER
                """);
    }

    /**
     * BCrypt over SHA-256 for new hashes ({@code {bcrypt-sha256}...}: any password length), plain BCrypt still read
     * for hashes written before; the algorithm is recorded in each hash so it can change again.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${lungang.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt-sha256", Map.of(
                "bcrypt-sha256", new PrehashedBcryptPasswordEncoder(strength),
                "bcrypt", PrehashedBcryptPasswordEncoder.legacyBcrypt(strength)));
    }

    /** The only way a password is checked, for the form and for Basic: throttled and audited. */
    @Bean
    AuthenticationManager authenticationManager(UserService users, PasswordEncoder encoder, LoginThrottle throttle,
            AuditService audit) {
        return new ProviderManager(new ThrottledAuthentication(users, encoder, throttle, audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper objectMapper,
            AuthenticationManager authenticationManager, ApiTokenService apiTokens,
            @Value("${lungang.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> writeProblem(response, objectMapper,
                HttpStatus.UNAUTHORIZED, "Authentication required: HTTP Basic or an API token (Bearer)");
        return http
                .authenticationManager(authenticationManager)
                .addFilterBefore(new SameOriginFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(apiTokens, unauthorized), BasicAuthenticationFilter.class)
                .headers(headers -> headers(headers, contentSecurityPolicy))
                // The OpenAPI document belongs with the API: integrations read it with the same Basic credentials.
                .securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/tokens/**", "/api/tokens").hasRole(UserRole.VIEWER.name())
                        .requestMatchers("/api/users/**", "/api/audit/**").hasRole(UserRole.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**").hasRole(UserRole.VIEWER.name())
                        .anyRequest().hasRole(UserRole.PLANNER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottledException throttled) {
                        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                        writeProblem(response, objectMapper, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
                    } else {
                        unauthorized.commence(request, response, e);
                    }
                }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> writeProblem(response, objectMapper,
                                HttpStatus.FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager,
            RequestUtil requestUtil,
            @Value("${lungang.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        // Vaadin's configurer: form login on the UI's login view, its own resources open, every other request
        // (views, API docs) needs a login; views are checked again by their @PermitAll / @AnonymousAllowed.
        // Its CSRF set-up exempts the login form; ours exempts only Vaadin's own requests (which carry Vaadin's
        // token), so the login form must send the token the page holds (the login component reads it from the
        // page's _csrf meta tags).
        return http
                .authenticationManager(authenticationManager)
                .addFilterBefore(new SameOriginFilter(), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/error").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest))
                .headers(headers -> headers(headers, contentSecurityPolicy))
                .build();
    }

    /**
     * Spring Security's defaults (nosniff, frame denial, no caching of pages, HSTS on HTTPS) plus a content security
     * policy (Vaadin needs inline and eval'd scripts and inline styles, see its documentation) and a referrer policy
     * that keeps addresses inside the application.
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    private static void writeProblem(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
            String detail) throws IOException {
        ProblemDetail problem = ApiExceptionHandler.problem(status, status.getReasonPhrase(), detail, List.of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
