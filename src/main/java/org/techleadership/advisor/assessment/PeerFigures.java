package org.techleadership.advisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.techleadership.advisor.assessment.internal.PeerCounts;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;

/**
 * "Businesses like yours": among the stored assessments of the same company size and the same
 * technical-team band as this one, the share of each recommended role. Shown only when at least
 * {@code advisor.peers.minimum-matches} match, never naming anyone and never giving a count per role
 * (only the group's total and whole percentages). The assessment on the page counts like any other
 * whose link shows it: the figure is the group's, the same for everyone in it at one moment.
 * <p>
 * It is context, not the recommendation: it is worked out when the page is shown and dated so. A link
 * made before it was shown (schema 1) shows none, so an old link still shows exactly what it showed.
 */
@Service
@EnableConfigurationProperties(PeerSettings.class)
public class PeerFigures {

    static final String SIZE = "company_size";
    static final String BAND = "tech_team";

    private final PeerSettings settings;
    private final PeerCounts counts;
    private final CatalogueService catalogues;

    PeerFigures(PeerSettings settings, PeerCounts counts, CatalogueService catalogues) {
        this.settings = settings;
        this.counts = counts;
        this.catalogues = catalogues;
    }

    public PeerSettings settings() {
        return settings;
    }

    /** The figure for the business behind this stored assessment; empty when not shown. */
    public Optional<PeerFigure> around(AssessmentResult stored) {
        if (!settings.enabled() || stored.view().schemaVersion() < 2) {
            return Optional.empty();
        }
        Map<String, String> answers = stored.assessment().getAnswers();
        String size = answers.get(SIZE);
        String band = answers.get(BAND);
        if (size == null || band == null) {
            return Optional.empty();
        }
        PeerCounts.Snapshot snapshot = counts.current();
        Map<String, Long> group = snapshot.of(size, band);
        long total = group.values().stream().mapToLong(Long::longValue).sum();
        if (total < settings.minimumMatches()) {
            return Optional.empty();
        }
        Catalogue catalogue = catalogues.current();
        List<String> order = catalogue.profiles().stream().map(RoleProfile::code).toList();
        Map<String, Long> ordered = new LinkedHashMap<>();
        group.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> position(order, e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        List<PeerFigure.Share> shares = new ArrayList<>();
        String yours = stored.view().recommendation().primary().code();
        PeerFigure.percentages(ordered).forEach((code, percent) -> {
            RoleProfile profile = catalogue.profile(code);
            shares.add(new PeerFigure.Share(code, profile == null ? code : profile.name(), percent, code.equals(yours)));
        });
        // largest first; equal shares in catalogue order (the order the percentages were given in)
        shares.sort(Comparator.comparingInt(PeerFigure.Share::percent).reversed());
        return Optional.of(new PeerFigure((int) total, settings.minimumMatches(), snapshot.countedAt(), label(catalogue, SIZE, size),
                label(catalogue, BAND, band), List.copyOf(shares)));
    }

    private static int position(List<String> order, String code) {
        int at = order.indexOf(code);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static String label(Catalogue catalogue, String questionKey, String optionKey) {
        Question question = catalogue.question(questionKey);
        Question.AnswerOption option = question == null ? null : question.option(optionKey);
        return option == null ? optionKey : option.label();
    }
}
