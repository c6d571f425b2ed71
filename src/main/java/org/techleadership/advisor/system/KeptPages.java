package org.techleadership.advisor.system;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages that are the same for every anonymous visitor but for a few values are rendered by
 * Thymeleaf once and then kept as a {@link PageMold}: each request only fills in its slots (its own
 * tokens, which options are chosen). The landing page and the questionnaire's steps are kept this
 * way; a signed-in viewer, an error or a page whose mold does not check out is rendered in full.
 *
 * <p>A mold is kept only if, filled with the values of the request that made it, it gives exactly
 * the bytes Thymeleaf rendered for that request; otherwise the page is always rendered in full.
 */
@Component
@EnableConfigurationProperties(KeptPages.Settings.class)
public class KeptPages {

    /** The slot the visitor's CSRF token fills, in every kept page with a form. */
    public static final String CSRF = "csrf";

    /** {@code advisor.kept-pages.enabled=false} renders every page in full (to compare, or to rule this out). */
    @ConfigurationProperties("advisor.kept-pages")
    public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("64") int maxPages) { }

    /**
     * What a view needs to be kept: its key (everything the page depends on but the slots), the model
     * attributes that make the mold (every flag written), the slot values of this request and the
     * flags this request writes. A value of {@code values} is also what the slot replaces in the
     * rendering of the request that makes the mold.
     */
    public record Kept(Object key, Map<String, Object> moldModel, Map<String, String> values, IntPredicate flagged,
                       String flagText, int flagCount) { }

    private static final Logger log = LoggerFactory.getLogger(KeptPages.class);
    private static final Object REFUSED = new Object();

    private final ThymeleafViewResolver views;
    private final Settings settings;
    private final Map<Object, Object> molds = new ConcurrentHashMap<>();

    public KeptPages(ThymeleafViewResolver views, Settings settings, MeterRegistry meters) {
        this.views = views;
        this.settings = settings;
        Gauge.builder("advisor.kept.pages", molds, m -> m.values().stream().filter(Mold.class::isInstance).count())
                .description("pages kept as molds").tag("state", "kept").register(meters);
        Gauge.builder("advisor.kept.pages", molds, m -> m.values().stream().filter(REFUSED::equals).count())
                .description("pages rendered in full every time because their mold did not check out")
                .tag("state", "refused").register(meters);
    }

    /** Whether this request may get a kept page: only anonymous viewers do (the header differs). */
    public boolean applies(HttpServletRequest request) {
        return settings.enabled() && !Viewer.of(SecurityContextHolder.getContext().getAuthentication()).signedIn();
    }

    /** The view that serves {@code viewName} from its mold for {@code kept.key()}, making it if need be. */
    public View view(String viewName, Kept kept) {
        return (model, request, response) -> {
            Locale locale = RequestContextUtils.getLocale(request);
            Object key = Arrays.asList(viewName, locale, kept.key());
            Object found = molds.get(key);
            Map<String, String> values = new HashMap<>(kept.values());
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (csrf != null) {
                values.put(CSRF, csrf.getToken());
            }
            if (found instanceof Mold mold && values.values().stream().allMatch(PageMold::safe)) {
                mold.write(response, values, kept.flagged());
                return;
            }
            Rendered real = render(viewName, locale, model, request, response);
            if (found == null && molds.size() < settings.maxPages()) {
                molds.put(key, make(viewName, locale, model, kept, values, real, request, response));
            }
            real.write(response);
        };
    }

    /** Forgets every mold (a new catalogue is keyed apart anyway; tests use this). */
    public void clear() {
        molds.clear();
    }

    private Object make(String viewName, Locale locale, Map<String, ?> model, Kept kept, Map<String, String> values,
                        Rendered real, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Map<String, Object> moldModel = new HashMap<>(model);
        moldModel.putAll(kept.moldModel());
        Rendered all = render(viewName, locale, moldModel, request, response);
        Map<String, String> named = new HashMap<>();
        values.forEach((slot, value) -> named.put(value, slot));
        PageMold mold = PageMold.split(all.html(), named, kept.flagText());
        boolean sound = named.size() == values.size() && values.values().stream().allMatch(PageMold::safe)
                && values.keySet().stream().allMatch(slot -> mold.count(slot) > 0)
                && mold.flagCount() == kept.flagCount()
                && Arrays.equals(mold.fill(values, kept.flagged()), real.html().getBytes(StandardCharsets.UTF_8));
        if (!sound) {
            log.warn("The page {} for {} is rendered in full every time: its mold did not reproduce it", viewName,
                    kept.key());
            return REFUSED;
        }
        return new Mold(mold, real.contentType(), real.locale());
    }

    private Rendered render(String viewName, Locale locale, Map<String, ?> model, HttpServletRequest request,
                            HttpServletResponse response) throws Exception {
        View view = Objects.requireNonNull(views.resolveViewName(viewName, locale), viewName);
        Capture capture = new Capture(response);
        view.render(model, request, capture);
        return capture.rendered();
    }

    private static void send(HttpServletResponse response, byte[] body, String contentType, Locale locale)
            throws IOException {
        response.setContentType(contentType);
        if (locale != null) {
            response.setLocale(locale);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A mold with the response headers its page is served with. */
    private record Mold(PageMold mold, String contentType, Locale locale) {
        void write(HttpServletResponse response, Map<String, String> values, IntPredicate flagged) throws IOException {
            send(response, mold.fill(values, flagged), contentType, locale);
        }
    }

    private record Rendered(String html, String contentType, Locale locale) {
        void write(HttpServletResponse response) throws IOException {
            send(response, html.getBytes(StandardCharsets.UTF_8), contentType, locale);
        }
    }

    /** Catches what a view writes, and the content type and locale it sets, instead of sending them. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final CharArrayWriter chars = new CharArrayWriter(16 * 1024);
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private String contentType;
        private Locale locale;
        private String encoding = StandardCharsets.UTF_8.name();

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override public void setContentType(String type) { this.contentType = type; }
        @Override public String getContentType() { return contentType; }
        @Override public void setCharacterEncoding(String charset) { this.encoding = charset; }
        @Override public String getCharacterEncoding() { return encoding; }
        @Override public void setLocale(Locale locale) { this.locale = locale; }
        @Override public void setContentLength(int len) { }
        @Override public void setContentLengthLong(long len) { }
        @Override public boolean isCommitted() { return false; }
        @Override public void flushBuffer() { }
        @Override public PrintWriter getWriter() { return new PrintWriter(chars); }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override public void write(int b) { bytes.write(b); }
                @Override public void write(byte[] b, int off, int len) { bytes.write(b, off, len); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { }
            };
        }

        Rendered rendered() {
            String html = chars.toString() + bytes.toString(Charset.forName(encoding));
            String type = contentType == null ? "text/html;charset=UTF-8" : contentType;
            if (!type.toLowerCase(Locale.ROOT).contains("charset")) {
                type = type + ";charset=" + encoding;
            }
            return new Rendered(html, type, locale);
        }
    }
}
