package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Each thread's copies of the message formats: its own, and bounded however they are asked for. */
class MessagesTest {

    private static final String CODE = "error429.wait";

    private final Messages.PerThreadFormats messages = (Messages.PerThreadFormats) new Messages().messageSource();

    private String wait(long seconds, Locale locale) {
        return messages.getMessage(CODE, new Object[] {seconds, String.valueOf(seconds)}, locale);
    }

    @Test
    void storedTextInTheRootLocaleKeepsOneCopyHoweverOftenItIsWritten() {
        // Spring keeps no shared format for Locale.ROOT and parses a new one at every call: copies
        // kept by the shared format grew by one per call (ten per assessment made)
        for (int i = 0; i < 5_000; i++) {
            assertThat(wait(i % 2 == 0 ? 1 : 30, Locale.ROOT)).startsWith(i % 2 == 0 ? "Wait 1 second" : "Wait 30 seconds");
        }
        assertThat(messages.keptOnThisThread()).isEqualTo(1);
        wait(1, Locale.ENGLISH);
        assertThat(messages.keptOnThisThread()).isEqualTo(2);
    }

    @Test
    void aThreadKeepsNoMoreThanItsLimitWhateverLocalesItIsAskedFor() {
        int asked = Messages.PerThreadFormats.KEPT_PER_THREAD + 500;
        for (int i = 0; i < asked; i++) {
            Locale made = new Locale.Builder().setLanguage(madeUpLanguage(i)).build();
            assertThat(wait(2, made)).startsWith("Wait 2 seconds");
        }
        assertThat(messages.keptOnThisThread()).isEqualTo(Messages.PerThreadFormats.KEPT_PER_THREAD);
        assertThat(wait(3, Locale.ENGLISH)).startsWith("Wait 3 seconds");
    }

    /** "qa", "qb", ... "qaa", ...: letters only, as a language subtag must be. */
    private static String madeUpLanguage(int i) {
        StringBuilder letters = new StringBuilder();
        for (int n = i; ; n = n / 26 - 1) {
            letters.insert(0, (char) ('a' + n % 26));
            if (n < 26) {
                break;
            }
        }
        return "q" + letters;
    }

    @Test
    void twoThreadsNeverShareAFormat() throws InterruptedException {
        MessageFormat mine = messages.resolveCode(CODE, Locale.ENGLISH);
        assertThat(messages.resolveCode(CODE, Locale.ENGLISH)).isSameAs(mine);
        AtomicReference<MessageFormat> theirs = new AtomicReference<>();
        Thread other = new Thread(() -> theirs.set(messages.resolveCode(CODE, Locale.ENGLISH)));
        other.start();
        other.join();
        assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
        assertThat(theirs.get().toPattern()).isEqualTo(mine.toPattern());
    }
}
