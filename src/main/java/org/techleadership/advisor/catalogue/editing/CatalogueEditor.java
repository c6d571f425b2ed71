package org.techleadership.advisor.catalogue.editing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.editing.CatalogueDocument.ProfileDoc;
import org.techleadership.advisor.catalogue.editing.CatalogueDocument.QuestionDoc;
import org.techleadership.advisor.catalogue.editing.CatalogueDocument.RuleDoc;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.scoring.Recommender;
import org.techleadership.advisor.scoring.ScoringModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edits happen in one working draft; publishing writes the draft into the live tables as a new
 * catalogue version. Stored assessments keep the view they were given, so publishing never
 * rewrites what a link showed. Every step is written to the audit trail.
 */
@Service
public class CatalogueEditor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final CatalogueService catalogues;

    public CatalogueEditor(JdbcTemplate jdbc, JsonMapper json, CatalogueService catalogues) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalogues = catalogues;
    }

    public record Draft(CatalogueDocument document, int basedOnVersion, String updatedBy, Instant updatedAt) {}

    /** The live catalogue as the database has it now, even if another instance published a moment ago. */
    public CatalogueDocument live() {
        catalogues.refreshIfChanged();
        return CatalogueDocument.of(catalogues.current());
    }

    @Transactional(readOnly = true)
    public Optional<Draft> draft() {
        return jdbc.query("SELECT document, based_on_version, updated_by, updated_at FROM catalogue_draft WHERE id = 1",
                (rs, n) -> new Draft(json.readValue(rs.getString(1), CatalogueDocument.class), rs.getInt(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant())).stream().findFirst();
    }

    /** The draft if there is one, else a copy of the live catalogue to start one from. */
    public CatalogueDocument workingCopy() {
        return draft().map(Draft::document).orElseGet(this::live);
    }

    /** Saves the edited document as the draft when it passes every check; otherwise returns the problems. */
    @Transactional
    public List<String> saveDraft(CatalogueDocument edited, String actor, String what) {
        List<String> problems = CatalogueCheck.problems(edited, live());
        if (!problems.isEmpty()) {
            return problems;
        }
        int basedOn = draft().map(Draft::basedOnVersion).orElseGet(() -> {
            catalogues.refreshIfChanged();
            return catalogues.current().version();
        });
        Timestamp now = Timestamp.from(Instant.now());
        String document = json.writeValueAsString(edited);
        if (jdbc.update("UPDATE catalogue_draft SET document = ?, updated_by = ?, updated_at = ? WHERE id = 1",
                document, actor, now) == 0) {
            jdbc.update("INSERT INTO catalogue_draft (id, document, based_on_version, updated_by, updated_at) "
                    + "VALUES (1, ?, ?, ?, ?)", document, basedOn, actor, now);
        }
        audit(actor, "edit", what);
        return List.of();
    }

    /** Reads an exported file into the draft; returns the problems instead when it is not a valid catalogue. */
    @Transactional
    public List<String> importDocument(String text, String actor, String fileName) {
        CatalogueDocument doc;
        try {
            doc = json.readValue(text, CatalogueDocument.class);
        } catch (JacksonException e) {
            return List.of("The file is not a catalogue exported from this app (" + e.getOriginalMessage() + ").");
        }
        return saveDraft(doc, actor, "imported " + fileName + " into the draft");
    }

    @Transactional
    public void discard(String actor) {
        if (jdbc.update("DELETE FROM catalogue_draft WHERE id = 1") > 0) {
            audit(actor, "discard", "discarded the draft");
        }
    }

    /**
     * Replays stored assessments (all, or one consultant's) with the live rules and with the
     * document's rules: what publishing the document would change for the same answers.
     */
    @Transactional(readOnly = true)
    public Impact impact(CatalogueDocument doc, Long consultantId) {
        ScoringModel proposed = doc.scoringModel();
        ScoringModel live = catalogues.current().scoringModel();
        Map<Long, Map<String, String>> answers = new HashMap<>();
        String filter = consultantId == null ? "" : " WHERE a.consultant_id = " + consultantId.longValue();
        jdbc.query("SELECT aa.assessment_id, aa.question_key, aa.option_key FROM assessment_answer aa"
                        + " JOIN assessment a ON a.id = aa.assessment_id" + filter,
                rs -> {
                    answers.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<String, String> names = new HashMap<>();
        doc.profiles().forEach(p -> names.put(p.code(), p.shortName()));
        Map<String, Integer> moves = new LinkedHashMap<>();
        List<Impact.Example> examples = new ArrayList<>();
        int[] replayed = {0};
        jdbc.query("SELECT a.id, a.client_label, a.created_at FROM assessment a" + filter
                + " ORDER BY a.created_at DESC", rs -> {
                    Map<String, String> given = answers.get(rs.getLong(1));
                    if (given == null) {
                        return;
                    }
                    replayed[0]++;
                    Answers asked = new Answers(given);
                    String before = Recommender.primaryCode(live, asked);
                    String after = Recommender.primaryCode(proposed, asked);
                    if (!before.equals(after)) {
                        String from = names.getOrDefault(before, before);
                        String to = names.getOrDefault(after, after);
                        moves.merge(from + "\u0000" + to, 1, Integer::sum);
                        if (examples.size() < 5) {
                            examples.add(new Impact.Example(rs.getString(2), DATE.format(rs.getTimestamp(3).toInstant()),
                                    from, to));
                        }
                    }
                });
        List<Impact.Transition> transitions = moves.entrySet().stream()
                .map(e -> new Impact.Transition(e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue()))
                .sorted((a, b) -> b.count() - a.count()).toList();
        return new Impact(replayed[0], transitions.stream().mapToInt(Impact.Transition::count).sum(), transitions,
                examples);
    }

    /** Writes the draft into the live tables as the next version; empty when there was nothing to publish. */
    @Transactional
    public Optional<Integer> publish(String actor, String note) {
        Optional<Draft> draft = draft();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        int current = jdbc.queryForObject("SELECT MAX(version) FROM catalogue_version", Integer.class);
        if (draft.get().basedOnVersion() != current) {
            throw new IllegalStateException("Version " + current + " was published after this draft was started;"
                    + " discard the draft and start again from the live catalogue.");
        }
        CatalogueDocument doc = draft.get().document();
        List<String> problems = CatalogueCheck.problems(doc, live());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(" ", problems));
        }
        int next = current + 1;
        // the seeded version was never published through here: keep what it held before replacing it
        jdbc.update("UPDATE catalogue_version SET document = ? WHERE version = ? AND document IS NULL",
                json.writeValueAsString(live()), current);
        apply(doc);
        CatalogueDocument published = new CatalogueDocument(next, doc.steps(), doc.questions(), doc.profiles(), doc.rules());
        jdbc.update("INSERT INTO catalogue_version (version, published_at, note, published_by, document) "
                + "VALUES (?, ?, ?, ?, ?)", next, Timestamp.from(Instant.now()), note, actor,
                json.writeValueAsString(published));
        jdbc.update("DELETE FROM catalogue_draft WHERE id = 1");
        audit(actor, "publish", "published version " + next + ": " + note);
        catalogues.refresh();
        return Optional.of(next);
    }

    private void apply(CatalogueDocument doc) {
        doc.steps().forEach(s -> jdbc.update("UPDATE questionnaire_step SET title = ?, intro = ? WHERE step = ?",
                s.title(), s.intro(), s.step()));
        for (QuestionDoc q : doc.questions()) {
            jdbc.update("UPDATE question SET step = ?, prompt = ?, help = ?, short_label = ? WHERE question_key = ?",
                    q.step(), q.prompt(), q.help(), q.shortLabel(), q.key());
            q.options().forEach(o -> jdbc.update("UPDATE question_option SET label = ?, hint = ?, what_if = ?, "
                    + "lean_outward = ?, lean_full_time = ? WHERE question_key = ? AND option_key = ?",
                    o.label(), o.hint(), o.whatIf(), o.leanOutward(), o.leanFullTime(), q.key(), o.key()));
        }
        int position = 1;
        for (ProfileDoc p : doc.profiles()) {
            jdbc.update("UPDATE role_profile SET position = ?, name = ?, short_name = ?, summary = ?, focus = ?, "
                    + "looks = ?, measured_on = ?, engagement = ?, time_commitment = ?, choose_if = ?, map_outward = ?, "
                    + "map_full_time = ? WHERE code = ?", position++, p.name(), p.shortName(), p.summary(), p.focus(),
                    p.looks(), p.measuredOn(), p.engagement(), p.timeCommitment(), p.chooseIf(), p.mapOutward(),
                    p.mapFullTime(), p.code());
            jdbc.update("DELETE FROM role_responsibility WHERE profile_code = ?", p.code());
            jdbc.update("DELETE FROM role_kpi WHERE profile_code = ?", p.code());
            jdbc.update("DELETE FROM role_next_step WHERE profile_code = ?", p.code());
            for (int i = 0; i < p.responsibilities().size(); i++) {
                jdbc.update("INSERT INTO role_responsibility (profile_code, position, text) VALUES (?, ?, ?)",
                        p.code(), i + 1, p.responsibilities().get(i));
            }
            for (int i = 0; i < p.kpis().size(); i++) {
                jdbc.update("INSERT INTO role_kpi (profile_code, position, name, description) VALUES (?, ?, ?, ?)",
                        p.code(), i + 1, p.kpis().get(i).name(), p.kpis().get(i).description());
            }
            for (int i = 0; i < p.nextSteps().size(); i++) {
                jdbc.update("INSERT INTO role_next_step (profile_code, position, horizon, text) VALUES (?, ?, ?, ?)",
                        p.code(), i + 1, p.nextSteps().get(i).horizon(), p.nextSteps().get(i).text());
            }
        }
        jdbc.update("DELETE FROM scoring_rule");
        for (RuleDoc r : doc.rules()) {
            jdbc.update("INSERT INTO scoring_rule (question_key, option_key, profile_code, weight, excludes, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", r.question(), r.option(), r.profile(), r.weight(), r.excludes(),
                    r.reason());
        }
    }

    /** The JSON of the live catalogue, of a published version, or of the draft. */
    @Transactional(readOnly = true)
    public Optional<String> export(Integer version, boolean draftWanted) {
        if (draftWanted) {
            return draft().map(d -> pretty(d.document()));
        }
        if (version == null || version == catalogues.current().version()) {
            return Optional.of(pretty(live()));
        }
        return jdbc.query("SELECT document FROM catalogue_version WHERE version = ? AND document IS NOT NULL",
                (rs, n) -> rs.getString(1), version).stream().findFirst()
                .map(text -> pretty(json.readValue(text, CatalogueDocument.class)));
    }

    private String pretty(CatalogueDocument doc) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> audit(int limit) {
        return jdbc.query("SELECT at, actor, action, detail FROM catalogue_audit ORDER BY id DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", (rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(),
                rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    @Transactional(readOnly = true)
    public List<VersionEntry> versions() {
        return jdbc.query("SELECT version, published_at, published_by, note FROM catalogue_version ORDER BY version DESC",
                (rs, n) -> new VersionEntry(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)));
    }

    private void audit(String actor, String action, String detail) {
        jdbc.update("INSERT INTO catalogue_audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actor, action, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
    }

    /** The live catalogue, as the app currently scores with it. */
    public Catalogue current() {
        return catalogues.current();
    }
}
