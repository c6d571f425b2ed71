package org.techleadership.advisor.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Public pages for everyone; the consultant and admin areas behind a form login whose sessions
 * live in the database. CSRF tokens are bound to the visitor ({@link VisitorCsrfTokens}): in the
 * database-held session of a signed-in visitor, in a ({@code __Host-} over HTTPS) cookie for anonymous
 * forms, so a form rendered by one instance is accepted by any other behind the load balancer.
 */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    /**
     * Requests the firewall refuses (encoded nulls, path tricks) never reach MVC: answer them here,
     * as problem+json under /api and as a short plain page elsewhere.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"The address holds characters or sequences that are not allowed.\"}");
            } else {
                response.setContentType("text/plain");
                response.getWriter().write("Bad request: the address holds characters that are not allowed.");
            }
        };
    }

    /**
     * Sign-ins stay observed (they count in the metrics). Each request's trip through the filter chain
     * and its authorization check are not: wrapping every filter in an observation cost about a tenth
     * of the CPU of an API call, and {@code http.server.requests} already times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * A failed sign-in goes back to /login?error and stores nothing: by default Spring Security keeps
     * the exception in a new session, which here is a database row for 8 hours per failed attempt.
     */
    static SimpleUrlAuthenticationFailureHandler signInFailed() {
        SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failed.setAllowSessionCreation(false);
        return failed;
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccessDeniedPages accessDenied, RateLimitProperties rateLimits,
                            MeterRegistry meters) throws Exception {
        http.addFilterAfter(new RateLimits(rateLimits, meters), HeaderWriterFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/consultant/**", "/account/**").hasRole("CONSULTANT")
                        .anyRequest().permitAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/consultant", true)
                        .failureHandler(signInFailed()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(csrf -> csrf.csrfTokenRepository(new VisitorCsrfTokens())
                        // the JSON API takes no cookies and so cannot be driven across sites
                        .ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // DENY everywhere but on a page a practice lets its websites frame (FrameAncestors)
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !FrameAncestors.allowed(request),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                        // share and resume links carry their token in the path; never send it onwards
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { });
        return http.build();
    }
}
