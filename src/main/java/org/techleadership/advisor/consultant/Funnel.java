package org.techleadership.advisor.consultant;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.sharing.LinkOpenings;

/**
 * The consultant's funnel: per link (their invitations, their own questionnaire link) and per month,
 * how many were invited (or opened the public link), started, finished, opened the share link and
 * downloaded the PDF. Each figure counts in the month it happened (UTC).
 */
@Service
public class Funnel {

    /** Where the people came from. */
    public enum Link { INVITATIONS, PUBLIC_LINK }

    public record Month(YearMonth month, long invited, long started, long finished, long shareOpened,
                        long pdfDownloaded) {

        Month plus(Month other) {
            return new Month(month, invited + other.invited, started + other.started, finished + other.finished,
                    shareOpened + other.shareOpened, pdfDownloaded + other.pdfDownloaded);
        }
    }

    /** One link's months, newest first, and their total. */
    public record Figures(Link link, List<Month> months, Month total) {}

    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;
    private final ClientRecords clients;
    private final LinkOpenings openings;

    Funnel(QuestionnaireService questionnaires, AssessmentService assessments, ClientRecords clients,
           LinkOpenings openings) {
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.clients = clients;
        this.openings = openings;
    }

    /** publicLinks: the practice's public link slugs (their openings count as "invited" there). */
    public List<Figures> of(long consultantId, List<String> publicLinks) {
        Map<Long, Client.Source> sourceOfClient = clients.all(consultantId).stream()
                .collect(Collectors.toMap(Client::getId, Client::getSource));
        Map<Long, Link> linkOfDraft = new HashMap<>();
        Map<Link, Map<YearMonth, long[]>> counts = new HashMap<>();
        for (QuestionnaireDraft d : questionnaires.ofConsultant(consultantId)) {
            Link link = d.getClientId() == null || sourceOfClient.get(d.getClientId()) == Client.Source.PUBLIC_LINK
                    ? Link.PUBLIC_LINK : Link.INVITATIONS;
            linkOfDraft.put(d.getId(), link);
            if (link == Link.INVITATIONS) {
                add(counts, link, d.getCreatedAt(), 0, 1);
            }
            if (d.getStartedAt() != null) {
                add(counts, link, d.getStartedAt(), 1, 1);
            }
        }
        Map<String, Link> linkOfTake = new HashMap<>();
        for (AssessmentService.Take take : assessments.takesOf(consultantId)) {
            Link link = linkOfDraft.getOrDefault(take.draftId(), Link.INVITATIONS);
            linkOfTake.put(take.token(), link);
            add(counts, link, take.createdAt(), 2, 1);
        }
        openings.flush();
        for (LinkOpenings.Count count : openings.of(linkOfTake.keySet())) {
            add(counts, linkOfTake.get(count.link()), count.month(), count.kind() == LinkOpenings.Kind.PDF ? 4 : 3,
                    count.opens());
        }
        for (LinkOpenings.Count count : openings.of(publicLinks)) {
            if (count.kind() == LinkOpenings.Kind.PUBLIC) {
                add(counts, Link.PUBLIC_LINK, count.month(), 0, count.opens());
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (Link link : Link.values()) {
            List<Month> months = counts.getOrDefault(link, Map.of()).entrySet().stream()
                    .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                            e.getValue()[4]))
                    .sorted(Comparator.comparing(Month::month).reversed()).toList();
            Month total = months.stream().reduce(new Month(null, 0, 0, 0, 0, 0), Month::plus);
            figures.add(new Figures(link, months, total));
        }
        return figures;
    }

    private static void add(Map<Link, Map<YearMonth, long[]>> counts, Link link, Instant at, int figure, long n) {
        add(counts, link, YearMonth.from(at.atZone(ZoneOffset.UTC)), figure, n);
    }

    private static void add(Map<Link, Map<YearMonth, long[]>> counts, Link link, YearMonth month, int figure, long n) {
        counts.computeIfAbsent(link, l -> new TreeMap<>()).computeIfAbsent(month, m -> new long[5])[figure] += n;
    }
}
