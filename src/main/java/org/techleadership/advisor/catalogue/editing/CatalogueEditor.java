package org.techleadership.advisor.catalogue.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.HiringBrief;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.CostRange;
import org.techleadership.advisor.catalogue.PriceSource;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.ScoringRule;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;
import tools.jackson.core.JacksonException;

/**
 * Edits happen in one working draft document; publishing stores that document as the next
 * catalogue version, which every instance then reads. Stored assessments keep the recommendation
 * they were given, so publishing never rewrites what a link showed. Every step is audited.
 */
@Service
public class CatalogueEditor {

    private final CatalogueStore store;
    private final CatalogueService catalogues;

    CatalogueEditor(CatalogueStore store, CatalogueService catalogues) {
        this.store = store;
        this.catalogues = catalogues;
    }

    /** The live catalogue as the database has it now, even if another instance published a moment ago. */
    public Catalogue current() {
        catalogues.refreshIfChanged();
        return catalogues.current();
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueDraft> draft() {
        return store.draft();
    }

    /** The draft if there is one, else a copy of the live catalogue to start one from. */
    @Transactional(readOnly = true)
    public CatalogueDocument workingCopy() {
        return store.draft().map(CatalogueDraft::document).orElseGet(() -> current().document());
    }

    /** Puts the edited role into the draft; returns the problems instead when the draft would not pass. */
    @Transactional
    public List<String> saveProfile(RoleProfile edited, String actor) {
        CatalogueDocument working = workingCopy();
        List<RoleProfile> profiles = working.profiles().stream()
                .map(p -> p.code().equals(edited.code()) ? edited : p).toList();
        return saveDraft(working.withProfiles(profiles), actor, "edited the role " + edited.code());
    }

    /** Puts a role's edited hiring brief into the draft; returns the problems instead. */
    @Transactional
    public List<String> saveBrief(String code, HiringBrief brief, String actor) {
        CatalogueDocument working = workingCopy();
        List<RoleProfile> profiles = working.profiles().stream()
                .map(p -> p.code().equals(code) ? p.withBrief(brief) : p).toList();
        return saveDraft(working.withProfiles(profiles), actor, "edited the hiring brief of " + code);
    }

    /** Replaces one role's published cost ranges in the draft. */
    @Transactional
    public List<String> saveCosts(String code, List<CostRange> costs, String actor) {
        CatalogueDocument working = workingCopy();
        List<RoleProfile> profiles = working.profiles().stream()
                .map(p -> p.code().equals(code) ? p.withCosts(costs) : p).toList();
        return saveDraft(working.withProfiles(profiles), actor, "edited the cost ranges of " + code);
    }

    /** Replaces the list of cost sources in the draft. */
    @Transactional
    public List<String> saveSources(List<PriceSource> sources, String actor) {
        return saveDraft(workingCopy().withSources(sources), actor, "edited the cost sources");
    }

    @Transactional
    public List<String> saveQuestion(Question edited, String actor) {
        CatalogueDocument working = workingCopy();
        List<Question> questions = working.questions().stream()
                .map(q -> q.key().equals(edited.key()) ? edited : q).toList();
        return saveDraft(working.withQuestions(questions), actor, "edited the question " + edited.key());
    }

    /** Replaces every rule of one question with the given ones. */
    @Transactional
    public List<String> saveRules(String questionKey, List<ScoringRule> rulesOfQuestion, String actor) {
        CatalogueDocument working = workingCopy();
        List<ScoringRule> rules = new ArrayList<>(working.rules().stream()
                .filter(r -> !r.question().equals(questionKey)).toList());
        rules.addAll(rulesOfQuestion);
        return saveDraft(working.withRules(rules), actor, "edited the rules of " + questionKey);
    }

    /**
     * Puts a consistency rule into the draft: in the place of the rule keyed replacing (an edit), or
     * at the end when replacing is null (a new rule). Returns the problems instead when the draft would not pass.
     */
    @Transactional
    public List<String> saveConsistencyRule(String replacing, ConsistencyRule rule, String actor) {
        CatalogueDocument working = workingCopy();
        List<ConsistencyRule> rules = new ArrayList<>(working.consistency());
        int at = replacing == null ? -1 : indexOf(rules, replacing);
        if (at < 0) {
            rules.add(rule);
        } else {
            rules.set(at, rule);
        }
        return saveDraft(working.withConsistency(rules), actor,
                (at < 0 ? "added the consistency rule " : "edited the consistency rule ") + rule.key());
    }

    /** Takes a consistency rule out of the draft; false when the draft has no rule of that key. */
    @Transactional
    public boolean deleteConsistencyRule(String key, String actor) {
        CatalogueDocument working = workingCopy();
        List<ConsistencyRule> rules = new ArrayList<>(working.consistency());
        int at = indexOf(rules, key);
        if (at < 0) {
            return false;
        }
        rules.remove(at);
        return saveDraft(working.withConsistency(rules), actor, "deleted the consistency rule " + key).isEmpty();
    }

    private static int indexOf(List<ConsistencyRule> rules, String key) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).key() != null && rules.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> saveDraft(CatalogueDocument edited, String actor, String what) {
        CatalogueDocument live = current().document();
        List<String> problems = CatalogueCheck.problems(edited, live);
        if (!problems.isEmpty()) {
            return problems;
        }
        int basedOn = store.draft().map(CatalogueDraft::basedOnVersion).orElse(live.version());
        store.saveDraft(edited, basedOn, actor);
        store.audit(actor, "edit", what);
        return List.of();
    }

    /** Reads an exported file into the draft; returns the problems instead when it is not a valid catalogue. */
    @Transactional
    public List<String> importDocument(String text, String actor, String fileName) {
        CatalogueDocument doc;
        try {
            doc = store.read(text);
        } catch (JacksonException e) {
            return List.of("The file is not a catalogue exported from this app (" + e.getOriginalMessage() + ").");
        }
        return saveDraft(doc, actor, "imported " + fileName + " into the draft");
    }

    @Transactional
    public void discard(String actor) {
        if (store.deleteDraft()) {
            store.audit(actor, "discard", "discarded the draft");
        }
    }

    /** Stores the draft as the next version; empty when there was nothing to publish. */
    @Transactional
    public Optional<Integer> publish(String actor, String note) {
        Optional<CatalogueDraft> draft = store.draft();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        int current = store.newestVersion();
        if (draft.get().basedOnVersion() != current) {
            throw new IllegalStateException("Version " + current + " was published after this draft was started;"
                    + " discard the draft and start again from the live catalogue.");
        }
        CatalogueDocument doc = draft.get().document();
        List<String> problems = CatalogueCheck.problems(doc, current().document());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(" ", problems));
        }
        int next = current + 1;
        store.publish(doc.withVersion(next), actor, note);
        store.deleteDraft();
        store.audit(actor, "publish", "published version " + next + ": " + note);
        catalogues.refresh();
        return Optional.of(next);
    }

    /** The JSON of the live catalogue, of a published version, or of the draft. */
    @Transactional(readOnly = true)
    public Optional<String> export(Integer version, boolean draftWanted) {
        if (draftWanted) {
            return store.draft().map(d -> store.write(d.document(), true));
        }
        if (version == null) {
            return Optional.of(store.write(current().document(), true));
        }
        return store.version(version).map(doc -> store.write(doc, true));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> audit(int limit) {
        return store.audit(limit);
    }

    @Transactional(readOnly = true)
    public List<VersionEntry> versions() {
        return store.versions();
    }
}
