package org.techleadership.advisor.practice;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.practice.internal.PracticeFacts;
import org.techleadership.advisor.practice.internal.PracticePrices;
import org.techleadership.advisor.practice.internal.PracticeRepository;

/**
 * The brand a page carries, by its consultant or by a practice's slug. Every questionnaire step
 * asks, so brands are kept for {@link #KEPT_FOR}: a change on this instance drops them all when
 * it commits ({@link BrandChanged}); another instance shows it once its kept brand runs out.
 * Short-lived rather than versioned, because finding the version would be the query saved.
 */
@Service
public class Brands {

    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private final AccountService accounts;
    private final PracticeRepository practices;
    private final PracticePrices prices;
    private final Cache<Long, Brand> byConsultant = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(KEPT_FOR).build();
    private final Cache<String, Brand> bySlug = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(KEPT_FOR).build();

    Brands(AccountService accounts, PracticeRepository practices, PracticePrices prices) {
        this.prices = prices;
        this.accounts = accounts;
        this.practices = practices;
    }

    /** The brand of this consultant's pages; {@link Brand#NONE} without a consultant or a practice. */
    public Brand ofConsultant(Long consultantId) {
        if (consultantId == null) {
            return Brand.NONE;
        }
        return byConsultant.get(consultantId, id -> accounts.find(id)
                .flatMap(consultant -> facts(consultant).map(facts -> brand(facts, consultant, prices.of(facts.id()))))
                .orElse(Brand.NONE));
    }

    /** The brand of a practice's own pages (its public questionnaire), with no consultant named. */
    public Brand ofSlug(String slug) {
        if (slug == null || !slug.matches(Slugs.PATTERN)) {
            return Brand.NONE;
        }
        return bySlug.get(slug, s -> practices.findFactsBySlug(s).map(facts -> brand(facts, null, prices.of(facts.id()))).orElse(Brand.NONE));
    }

    /** The logo's PNG bytes, as stored (re-encoded on upload). */
    public Optional<byte[]> logoPng(long practiceId) {
        return practices.findLogo(practiceId);
    }

    /** The logo as a data: URI, for documents that fetch nothing (the PDF); null without one. */
    public String logoDataUri(Brand brand) {
        if (brand.logoUrl() == null) {
            return null;
        }
        return logoPng(brand.practiceId())
                .map(png -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png)).orElse(null);
    }

    // before the share-page cache drops its pages, so that none is rendered again with a kept brand
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(fallbackExecution = true)
    void forget(BrandChanged changed) {
        byConsultant.invalidateAll();
        bySlug.invalidateAll();
    }

    private Optional<PracticeFacts> facts(AppUser consultant) {
        return consultant.getPracticeId() == null ? Optional.empty() : practices.findFacts(consultant.getPracticeId());
    }

    private static Brand brand(PracticeFacts p, AppUser consultant, List<PracticePrice> prices) {
        String logoUrl = p.logoWidth() == null ? null : "/brand/" + p.id() + "/logo.png?v=" + p.version();
        return new Brand(consultant == null ? null : consultant.getId(), p.id(), p.version(), p.name(),
                consultant == null ? null : consultant.getDisplayName(),
                p.accent() == null ? Brand.DEFAULT_ACCENT : p.accent(), logoUrl, p.logoWidth(), p.logoHeight(),
                p.contactEmail(), p.contactPhone(), p.bookingUrl(), p.slug(), EmbedOrigins.lines(p.embedOrigins()),
                prices);
    }
}
