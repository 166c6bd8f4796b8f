package org.scrutineer.accounts.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.AccountSettings;
import org.scrutineer.platform.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Deny by default: every path not named here needs a signed-in user, and paths that change
 * the directory or administer the system need the administrator role. The JSON API ({@code /api/**}) answers
 * 401/403 as problem details and accepts personal bearer tokens; pages redirect to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pages and assets anyone may see. */
    static final String[] PUBLIC_PAGES = {"/", "/login", "/error", "/assets/**", "/webjars/**", "/css/**", "/js/**",
            "/favicon.ico", "/favicon.svg", "/public/**", "/api-docs", "/api-docs/**", "/swagger-ui/**",
            "/v3/api-docs", "/v3/api-docs/**"};

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    UserDetailsService userDetailsService(AccountManagement accounts) {
        return username -> accounts.principal(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountManagement accounts) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/deadlines", "/api/v1/deadlines/**").permitAll()
                        // documents: the documents module decides who may read each one (public ones: anyone)
                        .requestMatchers(HttpMethod.GET, "/api/v1/documents/*", "/api/v1/documents/*/content").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .csrf(c -> c
                        .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null)
                        .ignoringRequestMatchers("/api/v1/auth/token"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(request, response,
                                HttpStatus.UNAUTHORIZED, "Sign-in required",
                                "Give a bearer token (Authorization: Bearer ...) or sign in."))
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(request, response,
                                HttpStatus.FORBIDDEN, "Forbidden", "You do not have permission to do this.")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        // documents: the documents module decides who may read each one (public ones: anyone)
                        .requestMatchers(HttpMethod.GET, "/documents/*").permitAll()
                        .requestMatchers("/admin/audit", "/admin/audit/**").hasAnyRole("ADMINISTRATOR", "MONITORING_OFFICER")
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/deadlines/protocol/edit", "/deadlines/protocol/rules/new").hasAnyRole(
                                "ADMINISTRATOR", "SCRUTINY_OFFICER", "MONITORING_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/deadlines/protocol", "/deadlines/protocol/**").hasAnyRole(
                                "ADMINISTRATOR", "SCRUTINY_OFFICER", "MONITORING_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/deadlines/**").hasAnyRole("ADMINISTRATOR", "SCRUTINY_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/directory/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/directory/*/new", "/directory/*/*/edit", "/directory/*/*/members/new",
                                "/directory/council/edit").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String reason;
            if (blank(request.getParameter("username")) || blank(request.getParameter("password"))) {
                reason = "missing";
            } else if (e instanceof LockedException) {
                reason = "locked";
            } else if (e instanceof DisabledException) {
                reason = "disabled";
            } else {
                reason = "wrong";
            }
            redirect(request, response, "/login?error=" + reason);
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Keeps the failure count and lock in step with form sign-ins. */
    @Bean
    SignInListener signInListener(AccountManagement accounts) {
        return new SignInListener(accounts);
    }

    static final class SignInListener {

        private final AccountManagement accounts;

        SignInListener(AccountManagement accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            Object name = event.getAuthentication().getPrincipal();
            if (name instanceof String username && !username.isBlank()) {
                accounts.recordFailedSignIn(username);
            }
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication().getPrincipal() instanceof ScrutineerUser user) {
                accounts.recordSignIn(user.accountId());
            }
        }
    }
}
