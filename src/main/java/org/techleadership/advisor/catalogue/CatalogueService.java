package org.techleadership.advisor.catalogue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.Hibernate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the catalogue once and hands out the same immutable copy until it is refreshed. */
@Service
public class CatalogueService {

    private final RoleProfileRepository profiles;
    private final QuestionRepository questions;
    private final QuestionnaireStepRepository steps;
    private final ScoringRuleRepository rules;
    private final CatalogueVersionRepository versions;
    private final TransactionTemplate readOnly;
    private final AtomicReference<Catalogue> current = new AtomicReference<>();

    public CatalogueService(RoleProfileRepository profiles, QuestionRepository questions,
                            QuestionnaireStepRepository steps, ScoringRuleRepository rules,
                            CatalogueVersionRepository versions, PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.profiles = profiles;
        this.questions = questions;
        this.steps = steps;
        this.rules = rules;
        this.versions = versions;
    }

    public Catalogue current() {
        Catalogue catalogue = current.get();
        if (catalogue == null) {
            catalogue = refresh();
        }
        return catalogue;
    }

    /**
     * Every instance asks the database for the newest catalogue version now and then (one tiny
     * query) and reloads when another instance has published one; no restart, no message bus.
     */
    @Scheduled(fixedDelayString = "${advisor.catalogue.refresh-interval:PT2S}",
            initialDelayString = "${advisor.catalogue.refresh-interval:PT2S}")
    public void refreshIfChanged() {
        Catalogue loaded = current.get();
        int newest = versions.findTopByOrderByVersionDesc().map(CatalogueVersion::getVersion).orElse(0);
        if (loaded == null || loaded.version() != newest) {
            refresh();
        }
    }

    /** Loads the catalogue from the database and makes it the one every request sees from now on. */
    public Catalogue refresh() {
        // a template rather than @Transactional: current() calls this on the same instance
        Catalogue catalogue = readOnly.execute(status -> load());
        current.set(catalogue);
        return catalogue;
    }

    private Catalogue load() {
        int version = versions.findTopByOrderByVersionDesc().map(CatalogueVersion::getVersion).orElse(0);
        List<RoleProfile> loadedProfiles = profiles.findAllByOrderByPosition();
        loadedProfiles.forEach(p -> {
            Hibernate.initialize(p.getResponsibilities());
            Hibernate.initialize(p.getKpis());
            Hibernate.initialize(p.getNextSteps());
        });
        List<Question> loadedQuestions = questions.findAllByOrderByPosition();
        loadedQuestions.forEach(q -> Hibernate.initialize(q.getOptions()));
        return new Catalogue(version, steps.findAllByOrderByStep(), loadedQuestions, loadedProfiles,
                rules.findAllByOrderById());
    }
}
