package org.techleadership.advisor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.techleadership.advisor.account.ClientAddress;

/**
 * Rate limits per client address on the requests that store something or cost a password check:
 * new assessments through the API, new questionnaires, questionnaire steps and sign-ins. Each is a
 * token bucket (Bucket4j) per {@link ClientAddress}, held on this instance in a Caffeine map bounded
 * by {@code max-addresses} whose entries leave once full again. It sits in the security filter chain
 * right after the security headers are written ({@link SecurityConfig}), so a refusal carries them
 * and comes before any session is read, any CSRF check or any password check. Over the limit the
 * request is answered 429 with {@code Retry-After}: as problem+json under /api, and as the error/429
 * page, which says how long to wait, for forms.
 */
public class RateLimits extends OncePerRequestFilter {

    /** The request attribute the error/429 page reads. */
    public static final String RETRY_AFTER_ATTRIBUTE = "retryAfterSeconds";

    enum Limit { API, START, QUESTIONNAIRE, SIGN_IN }

    private final RateLimitProperties settings;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private final Map<Limit, ProxyManager<String>> buckets = new EnumMap<>(Limit.class);
    private final Map<Limit, Counter> refused = new EnumMap<>(Limit.class);

    RateLimits(RateLimitProperties settings, MeterRegistry meters) {
        this.settings = settings;
        for (Limit limit : Limit.values()) {
            int allowed = allowed(limit);
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(allowed).refillGreedy(allowed, settings.period())).build());
            buckets.put(limit, Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(settings.maxAddresses()))
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                    .build());
            refused.put(limit, Counter.builder("advisor.rate.limited").tag("limit", limit.name().toLowerCase())
                    .description("Requests answered 429 because their client address was over a rate limit")
                    .register(meters));
        }
    }

    /** Which limit a request counts against, if any: only writes (POSTs, and a team member's PUT) to these paths. */
    static Limit limitOf(HttpServletRequest request) {
        // decoded and without ;parameters, as Spring MVC matches it
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if ("PUT".equals(request.getMethod())) {
            return path.startsWith("/api/v1/teams/") ? Limit.API : null;
        }
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        return switch (path) {
            case "/api/v1/assessments", "/api/v1/teams" -> Limit.API;
            case "/start", "/teams" -> Limit.START;
            case "/login" -> Limit.SIGN_IN;
            default -> path.startsWith("/q/") || path.startsWith("/m/") || path.startsWith("/teams/")
                    ? Limit.QUESTIONNAIRE
                    : path.startsWith("/p/") && path.endsWith("/start") ? Limit.START : null;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = settings.enabled() ? limitOf(request) : null;
        if (limit == null) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.get(limit)
                .getProxy(ClientAddress.of(request.getRemoteAddr()), () -> configurations.get(limit))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        refused.get(limit).increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (limit == Limit.API) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many requests from your address: at most " + allowed(limit) + " every "
                    + inWords(settings.period()) + ". Wait " + (seconds == 1 ? "1 second" : seconds + " seconds")
                    + " and try again.\",\"instance\":\"" + UrlPathHelper.defaultInstance.getPathWithinApplication(request)
                    .replaceAll("[^A-Za-z0-9/_-]", "") + "\",\"retryAfter\":" + seconds + "}");
        } else {
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    private int allowed(Limit limit) {
        return switch (limit) {
            case API -> settings.api();
            case START -> settings.start();
            case QUESTIONNAIRE -> settings.questionnaire();
            case SIGN_IN -> settings.signIn();
        };
    }

    static String inWords(Duration period) {
        long seconds = period.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds == 3600 ? "hour" : seconds / 3600 + " hours";
        }
        if (seconds % 60 == 0) {
            return seconds == 60 ? "minute" : seconds / 60 + " minutes";
        }
        return seconds == 1 ? "second" : seconds + " seconds";
    }
}
