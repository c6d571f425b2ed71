package org.techleadership.advisor.system;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * messages.properties, as Boot would configure it (spring.messages.basename=messages, UTF-8, no
 * fallback to the system's locale), with one change: each thread formats with its own copy of a
 * message's {@link MessageFormat}. Spring keeps one per message and formats under its lock; with
 * 32 requests rendering on 2 cores, two thirds of all waits on a lock were for one of them.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource() {
        PerThreadFormats messages = new PerThreadFormats();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * A thread's copies are kept by message code and locale, never by the shared format: Spring
     * keeps no shared format for a locale without a language (Locale.ROOT, in which stored
     * recommendations are written) and parses a new one at every call, so copies kept by format
     * grew by ten for every assessment made. A thread keeps at most {@link #KEPT_PER_THREAD}
     * copies; past that a format is copied for the one call and dropped.
     */
    static final class PerThreadFormats extends ResourceBundleMessageSource {

        static final int KEPT_PER_THREAD = 2048;

        private record Key(String code, Locale locale) { }

        private final ThreadLocal<Map<Key, MessageFormat>> copies = ThreadLocal.withInitial(HashMap::new);

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            Map<Key, MessageFormat> mine = copies.get();
            Key key = new Key(code, locale);
            MessageFormat copy = mine.get(key);
            if (copy != null) {
                return copy;
            }
            MessageFormat shared = super.resolveCode(code, locale);
            if (shared == null) {
                return null;
            }
            copy = (MessageFormat) shared.clone();
            if (mine.size() < KEPT_PER_THREAD) {
                mine.put(key, copy);
            }
            return copy;
        }

        /** How many copies the calling thread keeps (tests). */
        int keptOnThisThread() {
            return copies.get().size();
        }
    }
}
