package org.techleadership.advisor.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.AssessmentService.PastAnswers;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.scoring.Recommender;
import org.techleadership.advisor.scoring.ScoringModel;

/**
 * What publishing a draft would change: the stored answers (all, or one consultant's) replayed with
 * the live rules and with the draft's. Nothing stored changes; this only counts and shows examples.
 */
@Service
public class CatalogueImpact {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final int EXAMPLES = 5;

    /** What publishing would change, in numbers and a few examples. */
    public record Impact(int replayed, int changed, List<Transition> transitions, List<Example> examples) {}

    /** From one recommendation to another, and how many assessments would move that way. */
    public record Transition(String from, String to, int count) {}

    public record Example(String clientLabel, String date, String from, String to) {}

    private final AssessmentService assessments;
    private final CatalogueService catalogues;

    CatalogueImpact(AssessmentService assessments, CatalogueService catalogues) {
        this.assessments = assessments;
        this.catalogues = catalogues;
    }

    public Impact of(CatalogueDocument proposedDocument, Long consultantId) {
        ScoringModel proposed = proposedDocument.scoringModel();
        ScoringModel live = catalogues.current().scoringModel();
        Map<String, String> names = new HashMap<>();
        proposedDocument.profiles().forEach(p -> names.put(p.code(), p.shortName()));
        Map<List<String>, Integer> moves = new LinkedHashMap<>();
        List<Example> examples = new ArrayList<>();
        List<PastAnswers> past = assessments.pastAnswers(consultantId);
        for (PastAnswers given : past) {
            String before = Recommender.primaryCode(live, given.answers());
            String after = Recommender.primaryCode(proposed, given.answers());
            if (!before.equals(after)) {
                String from = names.getOrDefault(before, before);
                String to = names.getOrDefault(after, after);
                moves.merge(List.of(from, to), 1, Integer::sum);
                if (examples.size() < EXAMPLES) {
                    examples.add(new Example(given.clientLabel(), DATE.format(given.createdAt()), from, to));
                }
            }
        }
        List<Transition> transitions = moves.entrySet().stream()
                .map(e -> new Transition(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted((a, b) -> b.count() - a.count()).toList();
        return new Impact(past.size(), transitions.stream().mapToInt(Transition::count).sum(), transitions, examples);
    }
}
