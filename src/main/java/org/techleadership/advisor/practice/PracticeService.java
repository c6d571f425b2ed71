package org.techleadership.advisor.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.PracticeNamed;
import org.techleadership.advisor.practice.internal.Practice;
import org.techleadership.advisor.practice.internal.PracticePrices;
import org.techleadership.advisor.practice.internal.PracticeRepository;

/**
 * Practices and who belongs to them. A consultant edits only the practice their own account
 * belongs to: every method takes the signed-in account, never a practice id from the request.
 * Every change announces {@link BrandChanged}.
 */
@Service
public class PracticeService {

    private final PracticeRepository practices;
    private final PracticePrices prices;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PracticeService(PracticeRepository practices, PracticePrices prices, AccountService accounts,
                    ApplicationEventPublisher events) {
        this.prices = prices;
        this.practices = practices;
        this.accounts = accounts;
        this.events = events;
    }

    /** The practice of this consultant's account, if it has one. */
    @Transactional(readOnly = true)
    Optional<Practice> ofConsultant(long userId) {
        return accounts.find(userId).map(AppUser::getPracticeId).flatMap(practices::findById);
    }

    /** Whether another practice than this consultant's has the slug. */
    @Transactional(readOnly = true)
    boolean slugTakenByAnother(long userId, String slug) {
        Optional<Practice> own = ofConsultant(userId);
        return own.isPresent() ? practices.existsBySlugAndIdNot(slug, own.get().getId()) : practices.existsBySlug(slug);
    }

    /** Saves the settings to the consultant's practice, making one (and joining it) when they have none. */
    @Transactional
    public void save(long userId, PracticeForm form) {
        Instant now = Instant.now(clock);
        Practice practice = ofConsultant(userId).orElseGet(() -> join(userId, create(form.getName().strip(), now)));
        String slug = form.getSlug().isEmpty() ? practice.getSlug() : form.getSlug();
        String accent = PracticeForm.blankToNull(form.getAccent());
        practice.describe(form.getName().strip(), slug, accent == null ? null : accent.toLowerCase(Locale.ROOT),
                PracticeForm.blankToNull(form.getContactEmail()), PracticeForm.blankToNull(form.getContactPhone()),
                PracticeForm.blankToNull(form.getBookingUrl()), EmbedOrigins.normalised(form.getEmbedOrigins()), now);
        practices.saveAndFlush(practice);
        accounts.joinPractice(userId, practice.getId(), practice.getName()); // the name as the account reads it
        events.publishEvent(new BrandChanged(practice.getId()));
    }

    /** The consultant's practice shows this logo; false when they have no practice yet. */
    @Transactional
    boolean showLogo(long userId, LogoImage.Png logo) {
        return ofConsultant(userId).map(practice -> {
            practice.showLogo(logo.bytes(), logo.width(), logo.height(), Instant.now(clock));
            practices.saveAndFlush(practice);
            events.publishEvent(new BrandChanged(practice.getId()));
            return true;
        }).orElse(false);
    }

    @Transactional
    void removeLogo(long userId) {
        ofConsultant(userId).ifPresent(practice -> {
            practice.removeLogo(Instant.now(clock));
            practices.saveAndFlush(practice);
            events.publishEvent(new BrandChanged(practice.getId()));
        });
    }

    /** The consultant's own practice's prices (none without a practice). */
    @Transactional(readOnly = true)
    public List<PracticePrice> prices(long userId) {
        return ofConsultant(userId).map(practice -> prices.of(practice.getId())).orElse(List.of());
    }

    /** Sets the price of one role for the consultant's own practice; false when they have no practice. */
    @Transactional
    public boolean setPrice(long userId, PracticePrice price) {
        return ofConsultant(userId).map(practice -> {
            prices.put(practice.getId(), price, Instant.now(clock));
            repriced(practice);
            return true;
        }).orElse(false);
    }

    /** The consultant's own practice goes back to the published ranges for this role. */
    @Transactional
    public void removePrice(long userId, String profileCode) {
        ofConsultant(userId).ifPresent(practice -> {
            prices.remove(practice.getId(), profileCode);
            repriced(practice);
        });
    }

    private void repriced(Practice practice) {
        practice.repriced(Instant.now(clock));
        practices.saveAndFlush(practice);
        events.publishEvent(new BrandChanged(practice.getId()));
    }

    /** Every practice, by name: what an admin may put a consultant in. */
    @Transactional(readOnly = true)
    public List<PracticeChoice> all() {
        return practices.choices();
    }

    /** An admin puts a consultant in an existing practice (null: none); false when the practice is unknown. */
    @Transactional
    public boolean assign(long userId, Long practiceId) {
        Long before = accounts.find(userId).map(AppUser::getPracticeId).orElse(null);
        if (practiceId == null) {
            accounts.joinPractice(userId, null, null);
        } else {
            Optional<Practice> practice = practices.findById(practiceId);
            if (practice.isEmpty()) {
                return false;
            }
            accounts.joinPractice(userId, practiceId, practice.get().getName());
        }
        events.publishEvent(new BrandChanged(practiceId != null ? practiceId : before != null ? before : 0L));
        return true;
    }

    /** An account made with a practice name gets that practice (a new one: names need not be unique). */
    @EventListener
    void named(PracticeNamed named) {
        join(named.userId(), create(named.practiceName(), Instant.now(clock)));
    }

    private Practice create(String name, Instant now) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; practices.existsBySlug(slug); n++) {
            slug = Slugs.attempt(base, n);
        }
        return practices.saveAndFlush(new Practice(name, slug, now));
    }

    private Practice join(long userId, Practice practice) {
        accounts.joinPractice(userId, practice.getId(), practice.getName());
        return practice;
    }
}
