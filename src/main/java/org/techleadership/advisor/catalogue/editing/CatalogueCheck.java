package org.techleadership.advisor.catalogue.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.CostRange;
import org.techleadership.advisor.catalogue.PriceSource;
import org.techleadership.advisor.catalogue.ConsistencyRule;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.ScoringRule;


/**
 * What is wrong with a catalogue document, in words an admin can act on. Keys and codes are the
 * API's contract: a document must hold exactly the questions, options and profiles of the live one.
 */
public final class CatalogueCheck {

    public static final int MAX_WEIGHT = 10;

    private CatalogueCheck() {
    }

    public static List<String> problems(CatalogueDocument doc, CatalogueDocument live) {
        List<String> problems = new ArrayList<>();
        if (doc == null || doc.questions() == null || doc.profiles() == null || doc.rules() == null
                || doc.steps() == null) {
            problems.add("The file must hold steps, questions, profiles and rules.");
            return problems;
        }
        Consumer<String> add = problems::add;
        if (doc.questions().stream().anyMatch(q -> q == null || q.options() == null)
                || doc.profiles().stream().anyMatch(p -> p == null) || doc.rules().stream().anyMatch(r -> r == null)
                || doc.steps().stream().anyMatch(st -> st == null)) {
            problems.add("Every question needs its options, and no entry may be empty (null).");
            return problems;
        }
        keysMatch(doc, live, add);
        Set<Integer> stepNumbers = new HashSet<>();
        doc.steps().forEach(s -> {
            stepNumbers.add(s.step());
            text("Step " + s.step() + " title", s.title(), 100, add);
            text("Step " + s.step() + " introduction", s.intro(), 400, add);
        });
        for (Question q : doc.questions()) {
            if (!stepNumbers.contains(q.step())) {
                add.accept("Question " + q.key() + " is in step " + q.step() + ", which does not exist.");
            }
            text("Question " + q.key() + " wording", q.prompt(), 300, add);
            text("Question " + q.key() + " help", q.help(), 500, add);
            text("Question " + q.key() + " short label", q.shortLabel(), 80, add);
            for (Question.AnswerOption o : q.options()) {
                String where = "Option " + q.key() + "." + o.key();
                text(where + " label", o.label(), 200, add);
                text(where + " hint", o.hint(), 400, add);
                text(where + " what-if phrase", o.whatIf(), 300, add);
                lean(where + " lean outward", o.leanOutward(), add);
                lean(where + " lean full-time", o.leanFullTime(), add);
            }
        }
        for (RoleProfile p : doc.profiles()) {
            String where = "Role " + p.code();
            text(where + " name", p.name(), 100, add);
            text(where + " short name", p.shortName(), 40, add);
            text(where + " summary", p.summary(), 400, add);
            text(where + " focus", p.focus(), 400, add);
            text(where + " measured on", p.measuredOn(), 300, add);
            text(where + " engagement", p.engagement(), 300, add);
            text(where + " time it takes", p.timeCommitment(), 500, add);
            text(where + " choose this if", p.chooseIf(), 800, add);
            if (!Set.of("INWARD", "OUTWARD", "BOTH").contains(p.looks())) {
                add.accept(where + " looks must be INWARD, OUTWARD or BOTH.");
            }
            if (p.responsibilities() == null || p.responsibilities().isEmpty()) {
                add.accept(where + " needs at least one responsibility.");
            } else {
                p.responsibilities().forEach(r -> text(where + " responsibility", r, 400, add));
            }
            if (p.kpis() == null || p.kpis().isEmpty()) {
                add.accept(where + " needs at least one KPI.");
            } else {
                p.kpis().forEach(k -> {
                    text(where + " KPI name", k.name(), 100, add);
                    text(where + " KPI description", k.description(), 400, add);
                });
            }
            if (p.nextSteps() == null || p.nextSteps().isEmpty()) {
                add.accept(where + " needs at least one next step.");
            } else {
                p.nextSteps().forEach(s -> {
                    text(where + " next-step horizon", s.horizon(), 60, add);
                    text(where + " next step", s.text(), 500, add);
                });
            }
            HiringBriefCheck.problems(p).forEach(b -> add.accept(where + " hiring brief: " + b.message()));
        }
        costsAndSources(doc, add);
        Set<String> seen = new HashSet<>();
        for (ScoringRule r : doc.rules()) {
            String where = "Rule " + r.question() + "=" + r.option() + " \u2192 " + r.profile();
            if (!seen.add(r.question() + "|" + r.option() + "|" + r.profile())) {
                add.accept(where + " appears twice.");
            }
            if (Math.abs(r.weight()) > MAX_WEIGHT) {
                add.accept(where + " weight must be between -" + MAX_WEIGHT + " and " + MAX_WEIGHT + ".");
            }
            text(where + " reason", r.reason(), 300, add);
        }
        consistency(doc, add);
        if (problems.isEmpty()) {
            try {
                doc.scoringModel();
            } catch (IllegalArgumentException e) {
                add.accept(e.getMessage());
            }
        }
        return problems;
    }

    /** The years a cost figure or a source may carry. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static void costsAndSources(CatalogueDocument doc, Consumer<String> add) {
        Set<String> keys = new HashSet<>();
        for (PriceSource source : doc.sources()) {
            if (source == null) {
                add.accept("A cost source is empty (null).");
                continue;
            }
            String where = "Cost source " + source.key();
            sourceProblems(source).forEach((field, problem) -> add.accept(where + ": " + problem));
            if (source.key() != null && !keys.add(source.key())) {
                add.accept(where + " appears twice.");
            }
        }
        for (RoleProfile p : doc.profiles()) {
            Set<String> regions = new HashSet<>();
            for (CostRange c : p.costs()) {
                if (c == null) {
                    add.accept("Role " + p.code() + " has an empty (null) cost range.");
                    continue;
                }
                String where = "Role " + p.code() + " cost range " + c.region();
                costProblems(c, keys).forEach((field, problem) -> add.accept(where + ": " + problem));
                if (c.region() != null && !regions.add(c.region())) {
                    add.accept(where + " appears twice: one range per region.");
                }
            }
        }
    }

    /** What is wrong with one cost range, by its field's name (region, currency, basis, low, high, year, sources, ...). */
    public static Map<String, String> costProblems(CostRange c, Set<String> sourceKeys) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!CostRange.REGIONS.contains(c.region())) {
            problems.put("region", "the region must be UK, US or EU.");
        } else if (!CostRange.CURRENCIES.get(c.region()).equals(c.currency())) {
            problems.put("currency", "the currency of " + c.region() + " is " + CostRange.CURRENCIES.get(c.region()) + ".");
        }
        if (!CostRange.BASES.contains(c.basis())) {
            problems.put("basis", "the basis must be DAY, MONTH or YEAR.");
        }
        if (c.low() < 0) {
            problems.put("low", "the low figure cannot be negative.");
        }
        if (c.high() < c.low()) {
            problems.put("high", "the high figure cannot be below the low one.");
        }
        if (c.year() < FIRST_YEAR || c.year() > LAST_YEAR) {
            problems.put("year", "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
        if (c.sources().isEmpty()) {
            problems.put("sources", "each range needs at least one source.");
        } else {
            c.sources().stream().filter(k -> !sourceKeys.contains(k)).findFirst()
                    .ifPresent(k -> problems.put("sources", "the source " + k + " is not in the list of sources."));
        }
        optional("unit", c.unit(), 200, problems);
        optional("timeToStart", c.timeToStart(), 200, problems);
        optional("note", c.note(), 400, problems);
        return problems;
    }

    /** What is wrong with one source, by its field's name (key, title, url, year). */
    public static Map<String, String> sourceProblems(PriceSource s) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (s.key() == null || !s.key().matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problems.put("key", "the key must be lower-case letters, digits and hyphens, at most 40.");
        }
        if (s.title() == null || s.title().isBlank()) {
            problems.put("title", "the title is empty.");
        } else if (s.title().length() > 200) {
            problems.put("title", "the title is longer than 200 characters.");
        }
        if (s.url() == null || !s.url().matches("https?://[^\\s/$.?#][^\\s]*") || s.url().length() > 500) {
            problems.put("url", "the address must start with http:// or https:// (at most 500 characters).");
        }
        if (s.year() < FIRST_YEAR || s.year() > LAST_YEAR) {
            problems.put("year", "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
        return problems;
    }

    private static void optional(String field, String value, int max, Map<String, String> problems) {
        if (value != null && value.length() > max) {
            problems.put(field, "at most " + max + " characters.");
        }
    }

    /** Each rule: a key of its own, two or more answers to different real questions and options, a message. */
    private static void consistency(CatalogueDocument doc, Consumer<String> add) {
        Set<String> keys = new HashSet<>();
        for (ConsistencyRule rule : doc.consistency()) {
            if (rule == null) {
                add.accept("A consistency rule is empty (null).");
                continue;
            }
            String where = "Consistency rule " + rule.key();
            if (rule.key() == null || !rule.key().matches(ConsistencyRule.KEY_PATTERN)
                    || rule.key().length() > ConsistencyRule.MAX_KEY) {
                add.accept(where + ": the key must be up to " + ConsistencyRule.MAX_KEY
                        + " lower-case letters and digits, words joined by hyphens.");
            } else if (!keys.add(rule.key())) {
                add.accept(where + " appears twice: each rule needs a key of its own.");
            }
            if (rule.answers().size() < ConsistencyRule.MIN_ANSWERS) {
                add.accept(where + " needs at least " + ConsistencyRule.MIN_ANSWERS + " answers.");
            }
            Set<String> questions = new HashSet<>();
            for (ConsistencyRule.Answer a : rule.answers()) {
                Question q = doc.question(a.question());
                if (q == null) {
                    add.accept(where + " names the question " + a.question() + ", which does not exist.");
                } else if (q.option(a.option()) == null) {
                    add.accept(where + " names the option " + a.question() + "." + a.option()
                            + ", which the question does not have.");
                } else if (!questions.add(a.question())) {
                    add.accept(where + " has two answers to the question " + a.question()
                            + ": one person gives only one.");
                }
            }
            text(where + " message", rule.message(), ConsistencyRule.MAX_MESSAGE, add);
        }
    }

    private static void keysMatch(CatalogueDocument doc, CatalogueDocument live, Consumer<String> add) {
        Set<String> docKeys = new HashSet<>();
        Set<String> liveKeys = new HashSet<>();
        doc.questions().forEach(q -> {
            docKeys.add("question " + q.key());
            if (q.options() != null) {
                q.options().forEach(o -> docKeys.add("option " + q.key() + "." + o.key()));
            }
        });
        doc.profiles().forEach(p -> docKeys.add("role " + p.code()));
        live.questions().forEach(q -> {
            liveKeys.add("question " + q.key());
            q.options().forEach(o -> liveKeys.add("option " + q.key() + "." + o.key()));
        });
        live.profiles().forEach(p -> liveKeys.add("role " + p.code()));
        liveKeys.stream().filter(k -> !docKeys.contains(k)).sorted()
                .forEach(k -> add.accept("The " + k + " is missing: keys and codes cannot be removed."));
        docKeys.stream().filter(k -> !liveKeys.contains(k)).sorted()
                .forEach(k -> add.accept("The " + k + " is unknown: keys and codes cannot be added or renamed."));
    }

    private static void text(String what, String value, int max, Consumer<String> add) {
        if (value == null || value.isBlank()) {
            add.accept(what + " is empty.");
        } else if (value.length() > max) {
            add.accept(what + " is longer than " + max + " characters.");
        }
    }

    private static void lean(String what, Integer value, Consumer<String> add) {
        if (value != null && (value < -2 || value > 2)) {
            add.accept(what + " must be between -2 and 2, or empty.");
        }
    }
}
